"""Prefect flow `curate`: input files -> validated, committed warehouse tables.

Only orchestration lives here: batching, parallel task submission, retries on storage I/O, the
run artifact. The work is in the `newscurate` library (`newscurate.curate`, `newscurate.runs`).
"""

from __future__ import annotations

from pathlib import Path

from prefect import flow, task, unmapped
from prefect.cache_policies import NO_CACHE
from prefect.artifacts import create_markdown_artifact
from prefect.runtime import flow_run

from newscurate.config import RunConfig
from newscurate.curate import BatchRows, curate_batch, quarantine_row
from newscurate.ingest import discover
from newscurate.ingest.reader import file_sha256
from newscurate.runs import RunSummary, gate_and_commit, new_run_id, record_run
from newscurate.store.warehouse import Warehouse
from newscurate.validate.gate import Gate


@task(name="discover-inputs", cache_policy=NO_CACHE)
def discover_inputs(input_dir: str) -> tuple[list[Path], list]:
    return discover(Path(input_dir))


@task(name="skip-unchanged", cache_policy=NO_CACHE)
def skip_unchanged(files: list[Path], root: str, warehouse_root: str) -> tuple[list[Path], int]:
    """Files whose path and bytes the warehouse already has (as a document or in quarantine)."""
    warehouse = Warehouse(warehouse_root)
    known = {(path, source.content_sha256) for path, source in warehouse.known_sources().items()}
    quarantined = warehouse.read("quarantine", columns=["source_path", "content_sha256"])
    known |= {(p, sha) for p, sha in quarantined.iter_rows() if sha}
    if not known:
        return files, 0
    todo = [f for f in files if (Path(f).relative_to(root).as_posix(), file_sha256(f)) not in known]
    return todo, len(files) - len(todo)


@task(name="curate-batch", cache_policy=NO_CACHE)
def curate_files(paths: list[Path], root: str, run_id: str, config: RunConfig) -> BatchRows:
    return curate_batch(paths, Path(root), run_id, config.outlets, config.max_file_bytes)


@task(name="validate-and-commit", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[1, 5])
def validate_and_commit(rows: BatchRows, config: RunConfig, summary: RunSummary) -> RunSummary:
    warehouse = Warehouse(config.warehouse)
    gate = Gate(config.validation_root)
    summary = gate_and_commit(rows, warehouse, gate, summary)
    record_run(warehouse, summary)
    return summary


@flow(name="curate")
def curate(input_dir: str = "examples/corpus", warehouse: str = "warehouse", config: RunConfig | None = None) -> RunSummary:
    config = config or RunConfig(input_dir=input_dir, warehouse=warehouse)
    root = str(Path(config.input_dir).resolve())
    summary = RunSummary(new_run_id(), _flow_run_id(), config.started_at(), root)
    with Warehouse(config.warehouse).lock(wait=config.wait):
        files, problems = discover_inputs(root)
        summary.files_read = len(files)
        todo, summary.files_skipped = skip_unchanged(files, root, config.warehouse)
        batches = [todo[i : i + config.batch_size] for i in range(0, len(todo), config.batch_size)]
        rows = BatchRows(quarantine=[quarantine_row(p, summary.run_id) for p in problems])
        for batch_rows in curate_files.map(batches, unmapped(root), unmapped(summary.run_id), unmapped(config)).result():
            rows.extend(batch_rows)
        summary = validate_and_commit(rows, config, summary)
    create_markdown_artifact(key="curate-run-summary", markdown=summary.markdown(), description=f"newscurate run {summary.run_id}")
    return summary


def _flow_run_id() -> str | None:
    run_id = flow_run.get_id()
    return str(run_id) if run_id else None
