"""The curate flow on worker processes (Prefect's process pool, a real local Dask cluster) writes
what a run in one process writes."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from distributed import Client, LocalCluster

from flows.curate import curate_with_executor, resolved_executor, shared_prefect_api, task_runner_for
from newscurate import progress
from newscurate.bench.corpus import write_corpus
from newscurate.config import EXAMPLES, RunConfig
from newscurate.store.warehouse import DOCUMENT_TABLES, Warehouse

pytestmark = pytest.mark.slow


def table_rows(warehouse: Warehouse, table: str) -> list[str]:
    """A table's rows as sorted JSON lines, without the run's own id."""
    frame = warehouse.read(table)
    frame = frame.drop("run_id") if "run_id" in frame.columns else frame
    return sorted(json.dumps(row, sort_keys=True, default=str) for row in frame.to_dicts())


@pytest.fixture(scope="module")
def prefect_api():
    """One Prefect server for this process and the workers."""
    with shared_prefect_api() as api_url:
        yield api_url


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> str:
    root = tmp_path_factory.mktemp("corpus")
    write_corpus(root, 36, seed=5)
    (root / "raw" / "copy.txt").write_bytes(next((root / "raw").rglob("*.txt")).read_bytes())
    return str(root / "raw")


@pytest.fixture(scope="module")
def local_run(corpus, tmp_path_factory, prefect_api):
    warehouse = tmp_path_factory.mktemp("local")
    summary = curate_with_executor(RunConfig(input_dir=corpus, warehouse=str(warehouse), batch_size=100, executor="local"))
    assert summary.status == "committed" and summary.documents >= 30
    return summary, Warehouse(warehouse)


def assert_same_tables(summary, warehouse: Warehouse, local_run) -> None:
    local, local_warehouse = local_run
    assert summary.status == "committed"
    assert (local.documents, local.quarantined) == (summary.documents, summary.quarantined)
    for table in (*DOCUMENT_TABLES, "quarantine"):
        assert table_rows(warehouse, table) == table_rows(local_warehouse, table), table


def test_a_dask_run_writes_the_same_tables_as_a_local_run(tmp_path, corpus, local_run, prefect_api):
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, env={"PREFECT_API_URL": prefect_api}) as cluster:
        config = RunConfig(input_dir=corpus, warehouse=str(tmp_path / "dask"), batch_size=8, executor="dask", executor_address=cluster.scheduler_address)
        distributed = curate_with_executor(config)
        with Client(cluster.scheduler_address) as client:
            ran_on_workers = client.run_on_scheduler(lambda dask_scheduler: sorted(dask_scheduler.task_prefixes))
    assert any(name.startswith("curate-batch") or name.startswith("curate_files") for name in ran_on_workers), ran_on_workers
    assert_same_tables(distributed, Warehouse(tmp_path / "dask"), local_run)


def test_a_local_dask_cluster_run_writes_the_same_tables_and_ends_its_workers_before_the_commit(tmp_path, corpus, local_run, prefect_api, monkeypatch):
    """`--executor dask` without an address starts a cluster of its own; its workers are retired
    once every batch is staged, so they hold no memory through the commit."""
    import flows.curate as curate_flow
    from prefect.context import FlowRunContext

    workers_at_commit = []
    finish_run = curate_flow.finish_run

    def finish_and_count(*args, **kwargs):
        workers_at_commit.append(len(FlowRunContext.get().task_runner.client.run_on_scheduler(lambda dask_scheduler: list(dask_scheduler.workers))))
        return finish_run(*args, **kwargs)

    monkeypatch.setattr(curate_flow, "finish_run", finish_and_count)
    config = RunConfig(input_dir=corpus, warehouse=str(tmp_path / "dask-local"), batch_size=8, executor="dask", workers=2)
    assert_same_tables(curate_with_executor(config), Warehouse(tmp_path / "dask-local"), local_run)
    assert workers_at_commit == [0]


def test_a_process_pool_run_writes_the_same_tables_and_reports_progress(tmp_path, corpus, local_run, monkeypatch):
    """With two workers, the run's own process curates batches beside one pool worker."""
    import flows.curate as curate_flow

    events, curated_here = [], []
    curate_and_stage = curate_flow.curate_and_stage
    monkeypatch.setattr(curate_flow, "curate_and_stage", lambda paths, *rest: curated_here.append(len(paths)) or curate_and_stage(paths, *rest))
    config = RunConfig(input_dir=corpus, warehouse=str(tmp_path / "pool"), batch_size=8, workers=2)
    assert resolved_executor(config) == "processes"  # "auto", with more than one batch to do
    with progress.listening(lambda event, count: events.append((event, count))):
        pooled = curate_with_executor(config)
    assert_same_tables(pooled, Warehouse(tmp_path / "pool"), local_run)
    assert 1 <= len(curated_here) <= 3, curated_here  # the pool is handed the first two batches at once
    assert events[0] == ("start", 37)
    assert sorted(count for event, count in events[1:]) == [5, 8, 8, 8, 8]


def test_one_batch_runs_in_this_process(corpus):
    assert resolved_executor(RunConfig(input_dir=corpus, batch_size=100, workers=2)) == "local"
    assert resolved_executor(RunConfig(input_dir=corpus, batch_size=8, workers=1)) == "local"


def test_local_workers_are_capped_by_free_memory(monkeypatch, caplog):
    """Sixteen workers of about 550 MB each on a machine with 2 GB free would meet the OOM killer
    mid-run; the run goes on with the workers that fit, and says so."""
    import flows.curate

    monkeypatch.setattr(flows.curate.psutil, "virtual_memory", lambda: SimpleNamespace(available=2 * 2**30))
    with caplog.at_level(logging.WARNING, logger="newscurate"):
        runner = task_runner_for(RunConfig(executor="processes", workers=16))
    assert runner._max_workers == 1  # and the run's own process
    assert "--workers 16: the free memory holds 2 workers" in caplog.text
    monkeypatch.setattr(flows.curate.psutil, "virtual_memory", lambda: SimpleNamespace(available=200 * 2**20))
    assert task_runner_for(RunConfig(executor="processes", workers=4)) is None  # the run's own process only
    monkeypatch.setattr(flows.curate.psutil, "virtual_memory", lambda: SimpleNamespace(available=64 * 2**30))
    assert task_runner_for(RunConfig(executor="processes", workers=4))._max_workers == 3


def test_an_unknown_executor_is_refused():
    with pytest.raises(ValueError, match="unknown executor"):
        task_runner_for(RunConfig(executor="spark"))


def test_a_temporary_server_answers_and_its_process_ends_with_it():
    """The flow's process starts the server without importing Prefect's server code (3 s, 70 MB)."""
    import subprocess
    import sys

    import httpx

    from newscurate.prefect_api import TemporaryPrefectServer

    server = TemporaryPrefectServer()
    process = server.process
    try:
        server.wait_until_ready(120)
        assert httpx.get(f"{server.api_url}/health", timeout=5).json() is True
    finally:
        server.stop()
    assert process.poll() is not None and server.process is None
    probe = "import sys, flows.curate, newscurate.cli; print('prefect.server.api.server' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip() == "False"


def test_the_wait_for_a_temporary_server_loads_what_the_run_will_need(monkeypatch):
    """The server boots on a core of its own for seconds; the flow's process loads GE (and, when
    the batches run in it, the language model) meanwhile instead of after. Not with a configured
    server: nothing to wait for."""
    import flows.curate

    calls = []

    class BootingServer:
        api_url = "http://127.0.0.1:9/api"

        def wait_until_ready(self, timeout):
            calls.append("ready")

        def stop(self):
            calls.append("stop")

    monkeypatch.setattr(flows.curate, "_drain_prefect_workers", lambda: None)
    monkeypatch.setattr(flows.curate, "configured_api_url", lambda: None)
    with shared_prefect_api(BootingServer(), while_booting=lambda: calls.append("load")):
        calls.append("run")
    assert calls == ["load", "ready", "run", "stop"]

    calls.clear()
    monkeypatch.setattr(flows.curate, "configured_api_url", lambda: "http://127.0.0.1:4200/api")
    with shared_prefect_api(BootingServer(), while_booting=lambda: calls.append("load")):
        calls.append("run")
    assert calls == ["run"]


@pytest.mark.parametrize("batches_here", [True, False])
def test_loading_ahead_loads_ge_and_the_language_model_only_where_batches_run(batches_here):
    import subprocess
    import sys

    probe = (
        "import sys; from newscurate.runs import load_ahead; from newscurate.annotate import language; "
        f"load_ahead({batches_here}); print('great_expectations' in sys.modules, language._model.cache_info().currsize)"
    )
    printed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert printed == ["True", "1" if batches_here else "0"]


def test_a_pooled_run_reports_to_one_server(tmp_path):
    """The pool forwards its workers' logs and events from a thread of its own: it must report to
    the run's server, not start a second temporary one (which would import Prefect's server code
    into the flow's process, and cost seconds and 200 MB). The workers' INFO lines are what it forwards."""
    import subprocess
    import sys

    corpus = tmp_path / "inbox"
    corpus.mkdir()
    for index, path in enumerate(sorted(EXAMPLES.glob("*.txt"))[:4]):
        (corpus / f"{index}.txt").write_bytes(path.read_bytes())
    probe = (
        "import sys\nfrom flows.curate import curate_with_executor\nfrom newscurate.config import RunConfig\n"
        f"summary = curate_with_executor(RunConfig(input_dir={str(corpus)!r}, warehouse={str(tmp_path / 'w')!r}, batch_size=2, executor='processes', workers=2))\n"
        "print(summary.status, 'prefect.server.api.server' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=600, env={**os.environ, "PREFECT_API_URL": "", "NEWSCURATE_LOG_LEVEL": "INFO", "PREFECT_LOGGING_EXTRA_LOGGERS": "newscurate"})
    assert result.stdout.split()[-2:] == ["committed", "False"], result.stderr[-2000:]


def _child_outlives_killed_starter(starter: str, tmp_path: Path) -> bool:
    """Run `starter` (which prints a child's pid, then kills itself with SIGKILL) and say whether that
    child is still running 30 s later (it is then killed)."""
    import signal
    import subprocess
    import time

    output, errors = tmp_path / "pid", tmp_path / "stderr"  # files, not pipes: an orphan would hold a pipe open
    with open(output, "w") as stdout, open(errors, "w") as stderr:
        result = subprocess.run([sys.executable, "-c", starter], stdout=stdout, stderr=stderr, timeout=180)
    assert result.returncode == -signal.SIGKILL, errors.read_text()[-2000:]
    child = int(output.read_text().split()[0])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:  # gone, or a zombie its new parent has not reaped yet
            if Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()[0] in "ZX":
                return False
        except FileNotFoundError:
            return False
        time.sleep(0.2)
    os.kill(child, signal.SIGKILL)
    return True


@pytest.mark.skipif(sys.platform != "linux", reason="the parent-death signal is Linux's")
def test_a_temporary_server_ends_when_the_process_that_started_it_is_killed(tmp_path):
    """kill -9 (or the OOM killer) skips atexit: the server must not outlive the run's process."""
    starter = "import os, signal; from newscurate.prefect_api import TemporaryPrefectServer; s = TemporaryPrefectServer(); s.wait_until_ready(120); print(s.process.pid, flush=True); os.kill(os.getpid(), signal.SIGKILL)"
    assert not _child_outlives_killed_starter(starter, tmp_path), "the temporary Prefect server outlived the process that started it"


def test_a_worker_process_ends_when_the_run_that_started_it_is_killed(tmp_path):
    """The process pool's workers do not see their parent die (they wait on a queue they hold both
    ends of): a run killed with SIGKILL would leave them curating on, and writing to its staging."""
    starter = (
        "import multiprocessing, os, signal, time\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from newscurate.runs import end_with_parent\n"
        "pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context('spawn'), initializer=end_with_parent)\n"
        "print(pool.submit(os.getpid).result(), flush=True)\n"
        "pool.submit(time.sleep, 600)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    assert not _child_outlives_killed_starter(starter, tmp_path), "the worker outlived the process that started it"


def test_the_runs_own_process_does_not_watch_its_parent():
    from newscurate.runs import end_with_parent

    end_with_parent()
    import threading

    assert "end-with-parent" not in {thread.name for thread in threading.enumerate()}
