"""Sidecar metadata: a metadata.jsonl or metadata.csv that maps file names to url, title, outlet,
date and author for a folder of texts, HTML pages or PDFs.

A sidecar describes the files in its folder and below it, each row naming one by its path relative
to the sidecar's folder (the `file` column). The nearest sidecar that names a file wins. The
sidecar is metadata, not a document: read as an input, it yields only its rows that name no
file, so a typo in a file name is not lost.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from newscurate.ingest.options import Columns, IngestOptions
from newscurate.ingest.records import NO_METADATA, Metadata, Quarantined
from newscurate.ingest.tabular import Row, RowProblem, jsonl_rows, open_csv, row_metadata


def sidecar_metadata(path: Path, root: Path, options: IngestOptions) -> Metadata:
    """What the nearest sidecar in path's folder or above it (up to root) says about path."""
    for folder in _folders_up_to(path.parent, root):
        # A folder's sidecars are looked up once, not once per file: the folder's mtime changes
        # when a sidecar is added or removed, so it keys the cache.
        for sidecar in _sidecars_in(folder, os.stat(folder).st_mtime_ns, options.sidecar_names):
            stat = os.stat(sidecar)
            by_file = _load(sidecar, stat.st_mtime_ns, stat.st_size, options.columns, options.max_document_bytes)
            if (found := by_file.get(path.relative_to(folder).as_posix())) is not None:
                return found
    return NO_METADATA


@lru_cache(maxsize=256)
def _folders_up_to(folder: Path, root: Path) -> tuple[str, ...]:
    """folder and the folders above it, nearest first, up to root (none when folder is not under root)."""
    found = []
    for above in (folder, *folder.parents):
        if not above.is_relative_to(root):
            break
        found.append(str(above))
        if above == root:
            break
    return tuple(found)


@lru_cache(maxsize=256)
def _sidecars_in(folder: str, mtime_ns: int, names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sidecar for name in names if os.path.isfile(sidecar := os.path.join(folder, name)))


def check_sidecar(path: Path, source_path: str, content_sha256: str, options: IngestOptions) -> Iterator[Quarantined]:
    """The sidecar's rows that cannot be applied: unreadable, without a file name, or naming no file."""
    for number, row, _ in _rows(path, options.max_document_bytes):
        row_path = f"{source_path}#row={number}"
        if isinstance(row, RowProblem):
            yield Quarantined(row_path, content_sha256, "ingest", row.reason, row.detail)
        elif not (name := _file_name(row, options.columns)):
            yield Quarantined(row_path, content_sha256, "ingest", "sidecar_no_file", f"no '{options.columns.file}' value")
        elif not (path.parent / name).is_file():
            yield Quarantined(row_path, content_sha256, "ingest", "sidecar_unmatched", f"names {name}, which is not in {path.parent.name or '.'}/")


@lru_cache(maxsize=8)
def _load(sidecar: str, mtime_ns: int, size: int, columns: Columns, limit: int) -> dict[str, Metadata]:
    """mtime_ns and size are part of the cache key: an edited sidecar is read again."""
    by_file: dict[str, Metadata] = {}
    for _, row, _ in _rows(Path(sidecar), limit):
        if not isinstance(row, RowProblem) and (name := _file_name(row, columns)):
            by_file.setdefault(name, row_metadata(row, columns, sidecar))
    return by_file


def _rows(path: Path, limit: int) -> Iterator[Row]:
    with open(path, "rb") as handle:
        if path.suffix.lower() == ".csv":
            table = open_csv(handle, path.name, limit)
            if table is None:
                yield 1, RowProblem("binary", "no text encoding fits the bytes"), 0
                return
            yield from table.rows
        else:
            yield from jsonl_rows(handle, limit)


def _file_name(row, columns: Columns) -> str | None:
    value = row.get(columns.file)
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip().replace("\\", "/").removeprefix("./")
