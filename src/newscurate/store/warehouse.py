"""The warehouse: one Delta Lake table per name in `schemas/`, at `<root>/<table>/`.

Each Delta commit is atomic for its table. A run touches several tables, so the warehouse's
current version is defined by the `runs` table: the table versions recorded by the latest run that
committed. A run killed between two table commits leaves versions no run row points at; readers
never see them, and the next run re-processes those files and overwrites their rows.

Reads go through polars (`pl.read_delta`): deltalake's own `to_pyarrow_table()` made the
process abort at exit here (see README: dependency notes).
"""

from __future__ import annotations

import fcntl
import json
import os
import signal
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import polars as pl
import pyarrow as pa
from deltalake import DeltaTable, write_deltalake
from deltalake.exceptions import DeltaError, TableNotFoundError

from newscurate.clean.learned import learned_keys
from newscurate.store.migrations import MIGRATIONS_TABLE, migrate_to_declared, recorded_migrations
from newscurate.store.schemas import empty_frame, table_schema

DOCUMENT_TABLES = ("documents", "quotes", "removals", "links", "sources", "minhashes")


def failpoint(name: str) -> None:
    """Die here, as a SIGKILL would, when NEWSCURATE_FAILPOINT names this point.

    The crash tests use it to kill real runs between two commits; it costs one environment
    lookup per table commit otherwise.
    """
    if os.environ.get("NEWSCURATE_FAILPOINT") == name:
        os.kill(os.getpid(), signal.SIGKILL)


# Paragraph counts summed at once, at most (about 40 MB of them, as many again while summing).
_MERGED_ROWS = 1_000_000


class WarehouseBusy(RuntimeError):
    """Another run holds the warehouse."""


class WarehouseError(RuntimeError):
    """The warehouse cannot be read or written (permissions, disk, corrupt table)."""


class Warehouse:
    def __init__(self, root: str | Path, storage_options: dict[str, str] | None = None) -> None:
        self.root = str(root)
        self.storage_options = storage_options
        self.is_local = "://" not in self.root
        self._prepared: set[str] = set()
        self._recorded: dict[str, int] | None = None

    def table_uri(self, table: str) -> str:
        return f"{self.root.rstrip('/')}/{table}"

    # --- locking -------------------------------------------------------------------------------

    @contextmanager
    def lock(self, wait: bool = False) -> Iterator[None]:
        """One writer at a time. Object stores rely on Delta's own commit conflicts instead."""
        if not self.is_local:
            yield
            return
        try:
            Path(self.root).mkdir(parents=True, exist_ok=True)
            handle = open(Path(self.root) / ".lock", "a+")
        except OSError as error:
            raise WarehouseError(f"cannot write to warehouse {self.root}: {error.strerror}") from error
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip() or "another run"
                raise WarehouseBusy(f"warehouse {self.root} is in use by {holder}; try again later or pass --wait") from None
            handle.seek(0)
            handle.truncate()
            handle.write(f"pid {os.getpid()}")
            handle.flush()
            try:
                yield
            finally:
                handle.seek(0)
                handle.truncate()
                fcntl.flock(handle, fcntl.LOCK_UN)

    # --- reading -------------------------------------------------------------------------------

    def version(self, table: str) -> int | None:
        try:
            return DeltaTable(self.table_uri(table), storage_options=self.storage_options).version()
        except TableNotFoundError:
            return None
        except (OSError, DeltaError) as error:
            raise self._unreadable(table, error) from error

    def _check_readable(self, table: str, version: int) -> None:
        """Open the table's log at this version before polars or DuckDB reads it: a damaged or
        missing log is then one message naming the table, not their own errors from deep inside."""
        try:
            DeltaTable(self.table_uri(table), version=version, storage_options=self.storage_options)
        except (OSError, DeltaError) as error:
            raise self._unreadable(table, error) from error

    def _unreadable(self, table: str, error: Exception) -> WarehouseError:
        return WarehouseError(
            f"cannot read table {table} in {self.root}: {str(error).splitlines()[0]}; "
            f"restore {self.table_uri(table)} from a backup"
        )

    def read(self, table: str, version: int | None = None, columns: list[str] | None = None) -> pl.DataFrame:
        """A table at a version (default: the warehouse's current one); empty when never written."""
        if version is None:
            version = self.current_versions().get(table)
        if version is None:
            return empty_frame(table).select(columns or pl.all())
        self._check_readable(table, version)
        try:
            return pl.read_delta(self.table_uri(table), version=version, columns=columns, storage_options=self.storage_options)
        except BaseException as error:  # a Rust panic (pyo3's PanicException) is no Exception
            if not isinstance(error, Exception) and type(error).__name__ != "PanicException":
                raise  # Ctrl-C, exit
            raise WarehouseError(
                f"table {table} in {self.root}: a data file of version {version} cannot be read ({type(error).__name__}: {str(error)[:160]}); "
                "restore the table's files from a backup"
            ) from error

    def scan(self, table: str, version: int | None = None) -> pl.LazyFrame | None:
        """A lazy table at a version (default: the warehouse's current one); None when never written."""
        version = self.current_versions().get(table) if version is None else version
        if version is None:
            return None
        self._check_readable(table, version)
        return pl.scan_delta(self.table_uri(table), version=version, storage_options=self.storage_options)

    def runs(self) -> pl.DataFrame:
        if self.version("runs") is None:
            return empty_frame("runs")
        return pl.read_delta(self.table_uri("runs"), storage_options=self.storage_options).sort("started_at")

    def last_committed_run(self) -> dict | None:
        runs = self.runs().filter(pl.col("status").is_in(["committed", "nothing_new"]))
        return runs.row(-1, named=True) if runs.height else None

    def current_versions(self) -> dict[str, int]:
        run = self.last_committed_run()
        return json.loads(run["table_versions"]) if run else {}

    def canonical_documents(self) -> pl.LazyFrame | None:
        """doc_id and text_sha256 of every canonical document (not a copy), lazily."""
        documents = self.scan("documents")
        if documents is None:
            return None
        return documents.filter(pl.col("duplicate_of").is_null()).select("doc_id", "text_sha256")

    def learned_boilerplate(self) -> dict[str, frozenset[int]]:
        """Per outlet, the paragraph keys recurring often enough to be its boilerplate."""
        stats, documents = self.scan("paragraph_stats"), self.scan("documents")
        if stats is None or documents is None:
            return {}
        per_outlet = documents.select("outlet").drop_nulls().group_by("outlet").agg(pl.len().alias("documents"))
        return learned_keys(stats.select("outlet", "key", "n_docs", "has_quote"), per_outlet)

    def merge_paragraph_stats(self, fresh: pl.LazyFrame) -> int | None:
        """Add one run's paragraph counts (rows of outlet, key, n_docs, has_quote, not yet summed) to
        the stored ones, rewriting only the outlets it touched.

        Summed and written a bucket of keys at a time, as one streamed write: a million documents
        stage 15 million counts of 12 million paragraphs, which summed whole, converted and written
        in one piece took the process to 3.6 GB."""
        self.prepare("paragraph_stats")
        outlets = fresh.select(pl.col("outlet").unique()).collect(engine="streaming")["outlet"].to_list()
        if not outlets:
            return self.version("paragraph_stats")
        schema = empty_frame("paragraph_stats").schema
        stored = self.scan("paragraph_stats")
        counts = fresh.select(schema.names()).cast(schema)
        if stored is not None:
            counts = pl.concat([stored.filter(pl.col("outlet").is_in(outlets)).select(schema.names()).cast(schema), counts])
        rows = counts.select(pl.len()).collect(engine="streaming").item()
        buckets = 1 << max(0, (rows // _MERGED_ROWS).bit_length())  # a power of two, for the mask below
        arrow_schema = table_schema("paragraph_stats").arrow

        def merged() -> Iterator[pa.RecordBatch]:
            for bucket in range(buckets):
                summed = (
                    counts.filter((pl.col("key") & (buckets - 1)) == bucket)
                    .group_by("outlet", "key")
                    .agg(pl.col("n_docs").sum(), pl.col("has_quote").any())
                    .filter(pl.col("n_docs") > 0)
                    .collect(engine="streaming")
                )
                yield from summed.to_arrow().cast(arrow_schema).to_batches()

        stream = pa.RecordBatchReader.from_batches(arrow_schema, merged())
        if self.version("paragraph_stats") is None:
            return self._write("paragraph_stats", stream, mode="append")
        names = ", ".join("'" + o.replace("'", "''") + "'" for o in sorted(outlets))
        return self._write("paragraph_stats", stream, mode="overwrite", predicate=f"outlet IN ({names})")

    def signatures(self, doc_ids: pl.Series, slice_rows: int = 20_000) -> Iterator[pl.DataFrame]:
        """doc_id and MinHash signature of these documents, `slice_rows` at a time."""
        minhashes = self.scan("minhashes")
        if minhashes is None or not len(doc_ids):
            return
        wanted = minhashes.join(pl.LazyFrame({"doc_id": doc_ids}), on="doc_id", how="semi").select("doc_id", "signature")
        yield from wanted.collect_batches(chunk_size=slice_rows)  # streamed: never the whole table

    # --- writing -------------------------------------------------------------------------------

    def replace_documents(self, table: str, parts: Iterable[pa.Table | pa.RecordBatchReader], replaced_ids: list[str]) -> int | None:
        """Append documents' rows, first deleting the rows that `replaced_ids` (changed files) had.

        Each part is its own append: delta-rs holds a whole streamed write in memory (measured:
        about 0.85 MB per MB written), so a run's rows go in parts of bounded size; none is visible
        before the run's `runs` row. The delete joins on a key table instead of a `doc_id IN (...)`
        predicate: a predicate of 50,000 ids crashed deltalake 1.6.6 (segmentation fault)."""
        self.prepare(table)
        if replaced_ids and self.version(table) is not None:
            keys = pa.table({"doc_id": pa.array(sorted(set(replaced_ids)), pa.string())})
            with self._storage_errors(table):
                self._table(table).merge(keys, predicate="t.doc_id = s.doc_id", source_alias="s", target_alias="t").when_matched_delete().execute()
        version = self.version(table)
        for part in parts:
            version = self._write(table, part, mode="append")
        return version

    def prepare(self, table: str) -> None:
        """Before this instance first writes a table: undo commits past the version the last
        committed run recorded (a killed run's: readers never saw them, and a new commit must not
        build on them), then migrate the table to its declared schema (store/migrations.py).
        `runs` and `migrations` are append-only logs: nothing in them is uncommitted."""
        if table in self._prepared:
            return
        self._prepared.add(table)
        with self._storage_errors(table):
            if table not in ("runs", MIGRATIONS_TABLE):
                latest, recorded = self.version(table), self._recorded_versions().get(table)
                if latest is not None and latest != recorded:
                    if recorded is None:
                        self._table(table).delete()
                    else:
                        self._table(table).restore(recorded)
            if table != MIGRATIONS_TABLE:
                migrate_to_declared(self, table)

    def _recorded_versions(self) -> dict[str, int]:
        """The versions the last committed run recorded, read once per instance (a run's own
        commits do not change them until its runs row)."""
        if self._recorded is None:
            self._recorded = self.current_versions()
        return self._recorded

    @contextmanager
    def _storage_errors(self, table: str) -> Iterator[None]:
        try:
            yield
        except (OSError, DeltaError) as error:  # deltalake reports a full disk as a DeltaError (os error 28)
            raise WarehouseError(f"cannot write table {table} in {self.root}: {error}") from error

    def _table(self, table: str) -> DeltaTable:
        return DeltaTable(self.table_uri(table), storage_options=self.storage_options)

    def append(self, table: str, rows: pa.Table) -> int | None:
        self.prepare(table)
        if rows.num_rows == 0:
            return self.version(table)
        return self._write(table, rows, mode="append")

    def _write(self, table: str, rows: pa.Table | pa.RecordBatchReader, **options) -> int:
        schema = table_schema(table).arrow
        if isinstance(rows, pa.Table):
            rows = rows.select(schema.names).cast(schema)
        elif rows.schema != schema:
            raise ValueError(f"rows for {table} do not have its declared schema")
        self.prepare(table)
        with self._storage_errors(table):
            write_deltalake(self.table_uri(table), rows, storage_options=self.storage_options, **options)
        failpoint(f"after_commit:{table}")
        version = self.version(table)
        assert version is not None
        return version

    def migrations(self) -> pl.DataFrame:
        """Every schema migration applied to a table, oldest first (see store/migrations.py)."""
        return recorded_migrations(self)

    def history(self) -> pl.DataFrame:
        return self.runs().select(
            "run_id", "started_at", "status", "validation_success", "files_read", "documents", "quarantined", "table_versions"
        )
