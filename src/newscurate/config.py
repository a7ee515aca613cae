"""Run configuration: one frozen dataclass with embedded defaults (local Prefect, local warehouse)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from newscurate.ingest import IngestOptions
from newscurate.ingest.reader import MAX_BYTES

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@dataclass(frozen=True)
class RunConfig:
    input_dir: str = str(EXAMPLES)
    warehouse: str = "warehouse"
    batch_size: int = 200  # files per task: enough to dwarf Prefect's per-task overhead
    max_file_bytes: int = MAX_BYTES
    outlets: Path | None = None  # extra outlet registry entries (YAML)
    wait: bool = False  # wait for another run's lock instead of failing
    gx_dir: str | None = None  # where GE keeps suites, results and Data Docs
    ingest: IngestOptions = field(default_factory=IngestOptions)  # column names of tabular inputs, archive limits
    # Where the curate-batch tasks run: "local" is Prefect's thread pool in this process; "dask" is a
    # Dask cluster through prefect-dask: the scheduler at `executor_address` (tcp://host:8786), or
    # without one a local cluster of `dask_workers` single-threaded processes.
    executor: str = "local"
    executor_address: str | None = None
    dask_workers: int = 2
    storage_options: dict[str, str] | None = None  # deltalake's, for an object-store warehouse (s3://...)

    @property
    def validation_root(self) -> Path:
        if self.gx_dir:
            return Path(self.gx_dir)
        if "://" in self.warehouse:
            return Path(".newscurate") / "validation"
        return Path(self.warehouse) / "_validation"

    @staticmethod
    def started_at() -> datetime:
        return datetime.now(UTC)
