"""The curate flow on a real local Dask cluster (2 worker processes) writes what a local run writes."""

from __future__ import annotations

import json

import pytest
from distributed import Client, LocalCluster

from flows.curate import curate_with_executor, shared_prefect_api, task_runner_for
from newscurate.bench.corpus import write_corpus
from newscurate.config import RunConfig
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


def test_a_dask_run_writes_the_same_tables_as_a_local_run(tmp_path, prefect_api):
    write_corpus(tmp_path / "corpus", 36, seed=5)
    (tmp_path / "corpus" / "raw" / "copy.txt").write_bytes(next((tmp_path / "corpus" / "raw").rglob("*.txt")).read_bytes())
    inputs = str(tmp_path / "corpus" / "raw")
    local = curate_with_executor(RunConfig(input_dir=inputs, warehouse=str(tmp_path / "local"), batch_size=100))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, env={"PREFECT_API_URL": prefect_api}) as cluster:
        config = RunConfig(input_dir=inputs, warehouse=str(tmp_path / "dask"), batch_size=8, executor="dask", executor_address=cluster.scheduler_address)
        distributed = curate_with_executor(config)
        with Client(cluster.scheduler_address) as client:
            ran_on_workers = client.run_on_scheduler(lambda dask_scheduler: sorted(dask_scheduler.task_prefixes))
    assert any(name.startswith("curate-batch") or name.startswith("curate_files") for name in ran_on_workers), ran_on_workers
    assert local.status == distributed.status == "committed"
    assert (local.documents, local.quarantined) == (distributed.documents, distributed.quarantined) and local.documents >= 30
    for table in (*DOCUMENT_TABLES, "quarantine"):
        assert table_rows(Warehouse(tmp_path / "dask"), table) == table_rows(Warehouse(tmp_path / "local"), table), table


def test_an_unknown_executor_is_refused():
    with pytest.raises(ValueError, match="unknown executor"):
        task_runner_for(RunConfig(executor="spark"))
