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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import pyarrow as pa
from deltalake import DeltaTable, write_deltalake
from deltalake.exceptions import TableNotFoundError

from newscurate.clean.learned import ParagraphStat, learned_keys
from newscurate.store.schemas import table_schema

DOCUMENT_TABLES = ("documents", "quotes", "removals", "links", "sources", "minhashes")


def failpoint(name: str) -> None:
    """Die here, as a SIGKILL would, when NEWSCURATE_FAILPOINT names this point.

    The crash tests use it to kill real runs between two commits; it costs one environment
    lookup per table commit otherwise.
    """
    if os.environ.get("NEWSCURATE_FAILPOINT") == name:
        os.kill(os.getpid(), signal.SIGKILL)


class WarehouseBusy(RuntimeError):
    """Another run holds the warehouse."""


class WarehouseError(RuntimeError):
    """The warehouse cannot be read or written (permissions, disk, corrupt table)."""


@dataclass(frozen=True)
class KnownSource:
    doc_id: str
    content_sha256: str


class Warehouse:
    def __init__(self, root: str | Path, storage_options: dict[str, str] | None = None) -> None:
        self.root = str(root)
        self.storage_options = storage_options
        self.is_local = "://" not in self.root

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

    def read(self, table: str, version: int | None = None, columns: list[str] | None = None) -> pl.DataFrame:
        """A table at a version (default: the warehouse's current one); empty when never written."""
        if version is None:
            version = self.current_versions().get(table)
        if version is None:
            return pl.from_arrow(table_schema(table).arrow.empty_table()).select(columns or pl.all())
        return pl.read_delta(self.table_uri(table), version=version, columns=columns, storage_options=self.storage_options)

    def runs(self) -> pl.DataFrame:
        if self.version("runs") is None:
            return pl.from_arrow(table_schema("runs").arrow.empty_table())
        return pl.read_delta(self.table_uri("runs"), storage_options=self.storage_options).sort("started_at")

    def last_committed_run(self) -> dict | None:
        runs = self.runs().filter(pl.col("status").is_in(["committed", "nothing_new"]))
        return runs.row(-1, named=True) if runs.height else None

    def current_versions(self) -> dict[str, int]:
        run = self.last_committed_run()
        return json.loads(run["table_versions"]) if run else {}

    def known_sources(self) -> dict[str, KnownSource]:
        documents = self.read("documents", columns=["source_path", "doc_id", "content_sha256"])
        return {row[0]: KnownSource(row[1], row[2]) for row in documents.iter_rows()}

    def canonical_text_hashes(self) -> dict[str, str]:
        documents = self.read("documents", columns=["text_sha256", "doc_id", "duplicate_of"])
        canonical = documents.filter(pl.col("duplicate_of").is_null())
        return dict(canonical.select("text_sha256", "doc_id").iter_rows())

    def learned_boilerplate(self) -> dict[str, frozenset[int]]:
        """Per outlet, the paragraph keys recurring often enough to be its boilerplate."""
        stats = self.read("paragraph_stats")
        if not stats.height:
            return {}
        per_outlet = dict(self.read("documents", columns=["outlet"]).drop_nulls().group_by("outlet").len().iter_rows())
        return learned_keys((ParagraphStat(*row) for row in stats.select("outlet", "key", "n_docs", "has_quote").iter_rows()), per_outlet)

    def merge_paragraph_stats(self, rows: list[dict]) -> int | None:
        """Add one run's paragraph counts to the stored ones, rewriting only the outlets it touched."""
        if not rows:
            return self.version("paragraph_stats")
        fresh = pl.DataFrame(rows, schema={"outlet": pl.String, "key": pl.Int64, "n_docs": pl.Int64, "has_quote": pl.Boolean})
        outlets = fresh["outlet"].unique().to_list()
        stored = self.read("paragraph_stats").filter(pl.col("outlet").is_in(outlets))
        merged = (
            pl.concat([stored, fresh])
            .group_by("outlet", "key")
            .agg(pl.col("n_docs").sum(), pl.col("has_quote").any())
        )
        table = merged.to_arrow()
        if self.version("paragraph_stats") is None:
            return self._write("paragraph_stats", table, mode="append")
        names = ", ".join("'" + o.replace("'", "''") + "'" for o in sorted(outlets))
        return self._write("paragraph_stats", table, mode="overwrite", predicate=f"outlet IN ({names})")

    def canonical_signatures(self) -> list[tuple[str, list[int]]]:
        canonical = self.read("documents", columns=["doc_id", "duplicate_of"]).filter(pl.col("duplicate_of").is_null())
        signatures = self.read("minhashes").join(canonical.select("doc_id"), on="doc_id")
        return list(signatures.iter_rows())

    # --- writing -------------------------------------------------------------------------------

    def replace_documents(self, table: str, rows: pa.Table, doc_ids: list[str]) -> int | None:
        """Write the rows of these documents, replacing any they had, in one commit."""
        if not doc_ids:
            return self.version(table)
        existing = self.version(table)
        if existing is None:
            return self._write(table, rows, mode="append")
        id_list = ", ".join("'" + doc_id.replace("'", "''") + "'" for doc_id in sorted(set(doc_ids)))
        return self._write(table, rows, mode="overwrite", predicate=f"doc_id IN ({id_list})")

    def append(self, table: str, rows: pa.Table) -> int | None:
        if rows.num_rows == 0:
            return self.version(table)
        return self._write(table, rows, mode="append")

    def _write(self, table: str, rows: pa.Table, **options) -> int:
        schema = table_schema(table).arrow
        try:
            write_deltalake(
                self.table_uri(table),
                rows.select(schema.names).cast(schema),
                schema_mode="merge",
                storage_options=self.storage_options,
                **options,
            )
        except OSError as error:
            raise WarehouseError(f"cannot write table {table} in {self.root}: {error}") from error
        failpoint(f"after_commit:{table}")
        version = self.version(table)
        assert version is not None
        return version

    def history(self) -> pl.DataFrame:
        return self.runs().select(
            "run_id", "started_at", "status", "validation_success", "files_read", "documents", "quarantined", "table_versions"
        )
