"""Run configuration: one frozen dataclass with embedded defaults (local Prefect, local warehouse)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from newscurate.ingest import IngestOptions
from newscurate.ingest.reader import MAX_BYTES

EXECUTORS = ("auto", "local", "processes", "dask")
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@dataclass(frozen=True)
class RunConfig:
    input_dir: str = str(EXAMPLES)
    warehouse: str = "warehouse"
    # Files per task: GE's cost is mostly per expectation per call (about 0.4 s of CPU a batch), so
    # a batch should be large; a 1,000-file batch takes a worker about 20 MB more at its peak than a
    # 500-file one, and 10,000 files still make ten batches to share between workers.
    batch_size: int = 1000
    max_file_bytes: int = MAX_BYTES
    outlets: Path | None = None  # extra outlet registry entries (YAML)
    wait: bool = False  # wait for another run's lock instead of failing
    gx_dir: str | None = None  # where GE keeps suites, results and Data Docs
    ingest: IngestOptions = field(default_factory=IngestOptions)  # column names of tabular inputs, archive limits
    # Where the curate-batch tasks run: "auto" is "processes" when there is more than one batch to
    # do and "local" otherwise; "local" is this process, one batch after another (one core: the
    # work is Python); "processes" is `workers` processes: this one and a Prefect process pool of
    # `workers` - 1 (see flows/curate.py: _curate_batches); "dask" is a
    # Dask cluster through prefect-dask: the scheduler at `executor_address` (tcp://host:8786), or
    # without one a local cluster of `workers` single-threaded processes.
    executor: str = "auto"
    executor_address: str | None = None
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    storage_options: dict[str, str] | None = None  # deltalake's, for an object-store warehouse (s3://...)
    staging_dir: str | None = None  # where batches wait for the commit; every worker must reach it

    @property
    def staging_root(self) -> Path:
        return self._working_folder(self.staging_dir, "staging")

    @property
    def validation_root(self) -> Path:
        return self._working_folder(self.gx_dir, "validation")

    def _working_folder(self, given: str | None, name: str) -> Path:
        """`given`, or `_<name>` inside a local warehouse, or `.newscurate/<name>` beside an object-store one."""
        if given:
            return Path(given)
        if "://" in self.warehouse:
            return Path(".newscurate") / name
        return Path(self.warehouse) / f"_{name}"

    @staticmethod
    def started_at() -> datetime:
        return datetime.now(UTC)
