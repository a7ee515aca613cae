"""How ingest reads a collection: column names of tabular inputs and the limits that keep one bad
input from exhausting memory or disk."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_BYTES = 20_000_000


@dataclass(frozen=True)
class Columns:
    """Column (or JSON key) names in JSONL, CSV, Parquet and sidecar files."""

    text: str = "text"
    url: str = "url"
    title: str = "title"
    outlet: str = "outlet"
    date: str = "date"
    author: str = "author"  # one name, names separated by ';', or a list
    file: str = "file"  # sidecar only: the file a row describes, relative to the sidecar's folder


@dataclass(frozen=True)
class IngestOptions:
    columns: Columns = field(default_factory=Columns)
    # One document's bytes: a whole text, HTML or PDF file; one row, WARC record or archive member.
    max_document_bytes: int = MAX_BYTES
    # Archives are read without unpacking to disk; these bound what one archive may expand to.
    max_archive_bytes: int = 4_000_000_000
    max_archive_members: int = 100_000
    max_compression_ratio: float = 100.0  # uncompressed / compressed, checked once past 1 MB
    sidecar_names: tuple[str, ...] = ("metadata.jsonl", "metadata.csv")
