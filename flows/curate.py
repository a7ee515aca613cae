"""Prefect flow `curate`: input files -> validated, committed warehouse tables.

Only orchestration lives here: batching, parallel task submission, retries on storage I/O, the
run artifact. The work is in the `newscurate` library (`newscurate.curate`, `newscurate.runs`).
"""

from __future__ import annotations

import inspect
import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from itertools import islice
from pathlib import Path

import prefect.context
import psutil
from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.artifacts import create_markdown_artifact
from prefect.futures import PrefectWrappedFuture, as_completed
from prefect.runtime import flow_run
from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS, temporary_settings
from prefect.context import FlowRunContext
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner
from prefect.events.worker import EventsWorker
from prefect.logging.handlers import APILogWorker
from prefect.utilities.asyncutils import run_coro_as_sync

from newscurate import progress
from newscurate.config import EXECUTORS, RunConfig
from newscurate.curate import quarantine_row
from newscurate.ingest.reader import discover_names
from newscurate.prefect_api import TemporaryPrefectServer, configured_api_url
from newscurate.runs import RunSummary, curate_and_stage, end_with_parent, files_to_reclean, finish_run, load_ahead, new_run_id, record_run, unchanged_files
from newscurate.store.staging import BatchResult, Staging
from newscurate.store.warehouse import Warehouse, WarehouseBusy, WarehouseError
from newscurate.validate.gate import Gate


class _WarehouseConditionsWithoutTraceback(logging.Filter):
    """A busy, full or read-only warehouse is an expected condition with a clear message of its own
    (the CLI prints it and exits 3 or 4); Prefect would log its traceback once per task attempt."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], (WarehouseBusy, WarehouseError)):
            record.exc_info = record.exc_text = None
        return True


log = logging.getLogger("newscurate.flow")  # newscurate.*: shown on the console and sent to Prefect
# A worker's peak on a 1,000-file batch is 540-570 MB; the margin is for larger records.
WORKER_PEAK_MB = 700

# At import, so that worker processes, which import this module to run its tasks, filter too.
for _logger in ("prefect.task_runs", "prefect.flow_runs"):
    logging.getLogger(_logger).addFilter(_WarehouseConditionsWithoutTraceback())
# A worker process ends with the run's process, even one killed with SIGKILL (a no-op in that process).
end_with_parent()
# newscurate's INFO lines (each batch's counts and seconds, the run's phases) when asked for: they go
# to the console and to Prefect's API, with the run.
logging.getLogger("newscurate").setLevel(os.environ.get("NEWSCURATE_LOG_LEVEL", "WARNING").upper())


@task(name="discover-inputs", cache_policy=NO_CACHE)
def discover_inputs(input_dir: str) -> tuple[list[str], list]:
    return discover_names(Path(input_dir))


@task(name="skip-unchanged", cache_policy=NO_CACHE)
def skip_unchanged(
    files: list[str], root: str, warehouse_root: str, storage_options: dict[str, str] | None = None, problems: list | None = None
) -> tuple[list[str], int, list]:
    """The files to curate, how many were skipped as unchanged, the discovery problems not yet recorded."""
    return unchanged_files(Warehouse(warehouse_root, storage_options), files, root, problems or [])


@task(name="find-learned-boilerplate", cache_policy=NO_CACHE)
def reclean_files(root: str, config: RunConfig, learned: dict[str, frozenset[int]]) -> list[str]:
    return [str(path) for path in files_to_reclean(Warehouse(config.warehouse, config.storage_options), learned, Path(root))]


@task(name="curate-batch", cache_policy=NO_CACHE)
def curate_files(paths: list[str], root: str, run_id: str, config: RunConfig, learned: dict[str, frozenset[int]]) -> BatchResult:
    """Curate, judge and stage a batch; a batch an interrupted run already staged is reused (see
    store/staging.py: the staged batch, keyed by content hash, is the task cache). The run holds
    paths as strings (see `discover_names`)."""
    return curate_and_stage([Path(p) for p in paths], Path(root), run_id, config, learned)


@task(name="validate-and-commit", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[1, 5])
def validate_and_commit(results: list[BatchResult], discovery: list[dict], config: RunConfig, summary: RunSummary) -> RunSummary:
    warehouse = Warehouse(config.warehouse, config.storage_options)
    staging = Staging(config.staging_root)
    summary = finish_run(results, discovery, warehouse, staging, Gate(config.validation_root), summary)
    record_run(warehouse, summary)
    staging.discard()  # this run's batches, and any an interrupted run left that nothing will reuse
    return summary


@flow(name="curate")
def curate(input_dir: str = "examples/corpus", warehouse: str = "warehouse", config: RunConfig | None = None) -> RunSummary:
    config = config or RunConfig(input_dir=input_dir, warehouse=warehouse)
    root = str(Path(config.input_dir).resolve())
    warehouse_store = Warehouse(config.warehouse, config.storage_options)
    with warehouse_store.lock(wait=config.wait):
        # Stamped once the warehouse is ours: runs are ordered by started_at and the latest committed
        # one names the current versions, but runs queued with --wait get the lock in no set order.
        summary = RunSummary(new_run_id(), _flow_run_id(), config.started_at(), root)
        learned = warehouse_store.learned_boilerplate()
        batches, problems = _batches_to_curate(root, config, learned, summary)
        progress.start(sum(len(batch) for _, batch in batches))
        results = _curate_batches(batches, root, summary.run_id, config, learned)
        _release_worker_processes()
        discovery = [quarantine_row(p, summary.run_id) for p in problems]
        summary = validate_and_commit(results, discovery, config, summary)
    create_markdown_artifact(key="curate-run-summary", markdown=summary.markdown(), description=f"newscurate run {summary.run_id}")
    return summary


def _batches_to_curate(root: str, config: RunConfig, learned: dict[str, frozenset[int]], summary: RunSummary) -> tuple[deque[tuple[int, list[str]]], list]:
    """The new, changed and stale input files, numbered batches of them; the discovery problems
    to record. Only the batches hold the paths (a million are about 120 MB), so they are freed
    as the batches are curated, not held through the commit."""
    files, problems = discover_inputs(root)
    summary.files_read = len(files)
    todo, summary.files_skipped, problems = skip_unchanged(files, root, config.warehouse, config.storage_options, problems)
    recleaned = sorted(set(reclean_files(root, config, learned)).difference(todo))
    summary.files_recleaned, summary.files_skipped = len(recleaned), summary.files_skipped - len(recleaned)
    todo += recleaned
    return deque(enumerate(todo[i : i + config.batch_size] for i in range(0, len(todo), config.batch_size))), problems


def _curate_batches(queue: deque[tuple[int, list[str]]], *arguments: object) -> list[BatchResult]:
    """Every batch curated, results in batch order. On this machine (threads or a process pool)
    this process curates batches too, from the back of the queue while the pool's workers take
    them from the front: it would only wait otherwise, and each worker process it replaces holds
    about 550 MB (README: speed). The pool is given at most two batches per worker at a time, so
    the run holds no more pending submissions than that, whatever the corpus; a Dask cluster
    schedules every batch itself."""
    runner = FlowRunContext.get().task_runner
    batches = len(queue)
    work_here = not _is_dask(runner)
    if isinstance(runner, ProcessPoolTaskRunner):
        in_flight_limit = 2 * runner._max_workers
    else:  # threads: every batch here, one after another; Dask: every batch to the cluster
        in_flight_limit = 0 if work_here else batches
    in_flight: dict[PrefectWrappedFuture, int] = {}
    results: dict[int, BatchResult] = {}

    def done(index: int, result: BatchResult) -> None:
        results[index] = result
        progress.advance(result.files)

    while queue or in_flight:
        while queue and len(in_flight) < in_flight_limit:
            index, batch = queue.popleft()
            in_flight[curate_files.submit(batch, *arguments)] = index
        for future in [future for future in in_flight if future.wrapped_future.done()]:  # no API call
            done(in_flight.pop(future), future.result())
        if queue and work_here:
            index, batch = queue.pop()
            done(index, curate_files(batch, *arguments))
        elif in_flight:
            for future in as_completed(list(in_flight)):
                done(in_flight.pop(future), future.result())
                if queue:  # a place to hand over
                    break
    return [results[index] for index in range(batches)]


def _is_dask(runner: TaskRunner) -> bool:
    # By name: importing prefect_dask (and Dask) only to learn that a run does not use it would
    # cost the run's process its memory.
    return type(runner).__module__.startswith("prefect_dask")


def _release_worker_processes() -> None:
    """End the worker processes this run started once every batch is staged: the commit runs in
    this process, and idle workers would hold their memory (about 550 MB each) through it. The
    workers of a cluster given by address are not ours to end."""
    runner = FlowRunContext.get().task_runner
    if isinstance(runner, ProcessPoolTaskRunner):
        runner.cancel_all()  # every future is done: this only shuts the pool down
        return
    if _is_dask(runner) and not runner.address and runner.client.cluster is not None:
        # Scaled to none, not retired: retiring moves the finished batches' results to a worker
        # that stays, and every result is in this process already.
        runner.client.cluster.scale(0)
        deadline = time.monotonic() + 30
        while runner.client.run_on_scheduler(_worker_count) and time.monotonic() < deadline:
            time.sleep(0.1)


def _worker_count(dask_scheduler) -> int:
    return len(dask_scheduler.workers)


def task_runner_for(config: RunConfig, api_url: str | None = None) -> TaskRunner | None:
    """The task runner `config.executor` names; None keeps the flow's default (threads, this process).

    Worker processes are told `api_url`, the Prefect API their task runs report to. The workers
    of a remote Dask cluster need their own PREFECT_API_URL (see README: scale out).
    """
    executor = resolved_executor(config)
    if executor == "local":
        return None
    if executor == "processes":  # this process curates batches too (see _curate_batches)
        helpers = affordable_workers(config.workers) - 1
        return ProcessPoolTaskRunner(max_workers=helpers) if helpers else None
    if executor == "dask":
        from prefect_dask import DaskTaskRunner

        if config.executor_address:
            return DaskTaskRunner(address=config.executor_address)
        cluster = {"n_workers": affordable_workers(config.workers), "threads_per_worker": 1, "processes": True}
        return DaskTaskRunner(cluster_kwargs=cluster | ({"env": {"PREFECT_API_URL": api_url}} if api_url else {}))
    raise ValueError(f"unknown executor {config.executor!r}: expected one of {', '.join(EXECUTORS)}")


def affordable_workers(requested: int) -> int:
    """As many of the `requested` local workers as this machine's free memory holds: each peaks at
    about 550 MB on a batch (README: speed), and more than fit would end in the kernel's OOM killer
    halfway through the run instead of a slower run."""
    affordable = max(1, psutil.virtual_memory().available // (WORKER_PEAK_MB * 2**20))
    if requested > affordable:
        log.warning("--workers %d: the free memory holds %d workers of about %d MB each; running %d", requested, affordable, WORKER_PEAK_MB, affordable)
    return min(requested, affordable)


def resolved_executor(config: RunConfig) -> str:
    """"auto": worker processes only when there is more than one batch to share out, since starting
    them costs seconds; counting stops as soon as the answer is known."""
    if config.executor != "auto":
        return config.executor
    if config.workers < 2:
        return "local"
    files = (path for path in Path(config.input_dir).rglob("*") if path.is_file())
    return "processes" if next(islice(files, config.batch_size, None), None) is not None else "local"


def curate_with_executor(config: RunConfig, server: TemporaryPrefectServer | None = None) -> RunSummary:
    """Run `curate` on the task runner the configuration asks for; same flow, same results.
    `server`: a temporary Prefect server already booting for this run (see newscurate.prefect_api)."""
    batches_here = resolved_executor(config) != "dask"
    with shared_prefect_api(server, while_booting=partial(load_ahead, batches_here)) as api_url:
        runner = task_runner_for(config, api_url)
        return curate(config=config) if runner is None else curate.with_options(task_runner=runner)(config=config)


@contextmanager
def shared_prefect_api(server: TemporaryPrefectServer | None = None, while_booting: Callable[[], None] | None = None) -> Iterator[str | None]:
    """The configured Prefect API, or else one temporary server for the flow and its workers.

    Without an API address every Dask worker process starts a temporary Prefect server of its own
    (measured: 10-40 s and about 200 MB each); one server started here serves them all. The server
    boots for seconds on a core of its own: `while_booting` is this process's work for that time.
    """
    if url := configured_api_url():
        yield url
        return
    server = server or TemporaryPrefectServer()
    try:
        if while_booting is not None:
            while_booting()
        server.wait_until_ready(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value())
        with temporary_settings({PREFECT_API_URL: server.api_url}):
            # Process-wide too, as prefect_test_harness does (Prefect issues 15818, 21544): the
            # process pool forwards its workers' logs and events from a thread of its own, which
            # would otherwise see no API and start a second temporary server for them.
            with prefect.context._temporary_global_settings_context(prefect.context.get_settings_context()):
                try:
                    yield server.api_url
                finally:  # a failed run's error lines too, or they would be retried at exit against no server
                    _drain_prefect_workers()
    finally:
        server.stop()


def _drain_prefect_workers() -> None:
    """Send buffered logs and events while the server still listens (as prefect_test_harness does):
    otherwise the process spends its exit retrying a server that is gone."""

    async def drain() -> None:
        try:
            result = APILogWorker.instance().drain()
            if inspect.isawaitable(result):
                await result
        except RuntimeError:
            pass  # the log worker never started
        result = EventsWorker.drain_all()
        if inspect.isawaitable(result):
            await result

    run_coro_as_sync(drain())


def _flow_run_id() -> str | None:
    run_id = flow_run.get_id()
    return str(run_id) if run_id else None
