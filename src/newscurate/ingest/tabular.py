"""Tabular inputs: JSONL, CSV and Parquet, one document per row, read as streams.

A row's text is in the text column; url, title, outlet, date and author columns, when present,
are metadata from the input and beat anything inferred later. Rows are numbered from 1 in the
order the file holds them (for JSONL, the line number), and the number is part of the row's
source_path: `feed.jsonl#row=12`. Memory stays bounded by one row (JSONL, CSV) or one record
batch (Parquet), whatever the file's size.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import logging
import math
from collections.abc import Iterator, Mapping
from dataclasses import astuple, dataclass
from datetime import date, datetime
from typing import BinaryIO

import pyarrow.parquet as pq
from charset_normalizer import from_bytes

from newscurate.ingest.options import Columns, IngestOptions
from newscurate.ingest.records import INPUT, Metadata, Quarantined, RawDocument, Sourced
from newscurate.ingest.streams import bounded_lines, with_head
from newscurate.ingest.text import text_document, without_surrogates

log = logging.getLogger(__name__)
_SAMPLE_BYTES = 1 << 16
_DELIMITERS = (",", ";", "\t", "|")
_PARQUET_BATCH_ROWS = 256
_PARQUET_READ_BUFFER = 1 << 20


@dataclass(frozen=True)
class RowProblem:
    reason: str
    detail: str


# (row number, the row's fields or why it has none, the row's size in bytes)
Row = tuple[int, Mapping | RowProblem, int]


@dataclass(frozen=True)
class CsvTable:
    encoding: str
    confidence: float
    columns: list[str]
    rows: Iterator[Row]


def read_jsonl(stream: BinaryIO, source_path: str, content_sha256: str, options: IngestOptions) -> Iterator[RawDocument | Quarantined]:
    for number, row, n_bytes in jsonl_rows(stream, options.max_document_bytes):
        yield row_document(f"{source_path}#row={number}", content_sha256, row, options.columns, "utf-8", 1.0, n_bytes, "jsonl")


def read_csv(
    stream: BinaryIO, name: str, source_path: str, content_sha256: str, options: IngestOptions
) -> Iterator[RawDocument | Quarantined]:
    table = open_csv(stream, name, options.max_document_bytes)
    if table is None:
        yield Quarantined(source_path, content_sha256, "ingest", "binary", "no text encoding fits the bytes")
        return
    if not table.columns:
        yield Quarantined(source_path, content_sha256, "ingest", "empty", "no header row")
        return
    wanted = set(astuple(options.columns))
    repeated = sorted({column for column in table.columns if column in wanted and table.columns.count(column) > 1})
    if repeated:
        # Which of two 'text' columns holds the article is unknowable: each row would keep the last.
        # Other repeats (a spreadsheet's blank trailing cells, two 'notes') read nothing we use.
        yield Quarantined(source_path, content_sha256, "ingest", "bad_header", f"the header repeats {', '.join(repeated)}")
        return
    if options.columns.text not in table.columns:
        yield _no_text_column(source_path, content_sha256, options.columns.text, table.columns)
        return
    for number, row, n_bytes in table.rows:
        yield row_document(f"{source_path}#row={number}", content_sha256, row, options.columns, table.encoding, table.confidence, n_bytes, "csv")


def read_parquet(source, source_path: str, content_sha256: str, options: IngestOptions) -> Iterator[RawDocument | Quarantined]:
    """source: a path or a seekable binary file."""
    # Buffered, not pre-buffered, reads stream a column chunk page by page: memory stays near one
    # batch even when a writer put the whole file in one row group (measured: 10 MB of Arrow
    # memory on a 68 MB single-row-group file, against 77 MB unbuffered).
    parquet = pq.ParquetFile(source, buffer_size=_PARQUET_READ_BUFFER, pre_buffer=False)
    names = parquet.schema_arrow.names
    columns = options.columns
    if columns.text not in names:
        yield _no_text_column(source_path, content_sha256, columns.text, names)
        return
    wanted = [c for c in dict.fromkeys((columns.text, columns.url, columns.title, columns.outlet, columns.date, columns.author)) if c in names]
    number = 0
    for batch in parquet.iter_batches(batch_size=_PARQUET_BATCH_ROWS, columns=wanted):
        for row in batch.to_pylist():
            number += 1
            text = row.get(columns.text)
            n_bytes = len(text.encode("utf-8")) if isinstance(text, str) else 0
            if n_bytes > options.max_document_bytes:
                yield Quarantined(f"{source_path}#row={number}", content_sha256, "ingest", "too_large", f"{n_bytes} bytes > limit {options.max_document_bytes}")
                continue
            yield row_document(f"{source_path}#row={number}", content_sha256, row, columns, "utf-8", 1.0, n_bytes, "parquet")


def jsonl_rows(stream: BinaryIO, limit: int) -> Iterator[Row]:
    for number, (line, too_long) in enumerate(bounded_lines(stream, limit), 1):
        if too_long:
            yield number, RowProblem("too_large", f"line longer than {limit} bytes"), 0
            continue
        if not line.strip():
            continue  # a blank line is no row
        try:
            row = json.loads(line.removeprefix(codecs.BOM_UTF8) if number == 1 else line)
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            yield number, RowProblem("bad_row", f"not JSON: {error}"), len(line)
            continue
        yield number, (row if isinstance(row, dict) else RowProblem("bad_row", f"a JSON {type(row).__name__}, not an object")), len(line)


def open_csv(stream: BinaryIO, name: str, limit: int) -> CsvTable | None:
    """The header read and the rows to come; None when no text encoding fits the first bytes."""
    head, stream = with_head(stream, _SAMPLE_BYTES)
    sniffed = _sniff_encoding(head)
    if sniffed is None:
        return None
    encoding, confidence = sniffed
    sample = head.decode(encoding, errors="ignore")
    first_line = sample.lstrip("\ufeff").split("\n", 1)[0]
    delimiter = "\t" if name.lower().endswith((".tsv", ".tsv.gz")) else max(_DELIMITERS, key=first_line.count)
    # The csv module caps a field at 128 KiB by default, below a long article; the cap is per process.
    csv.field_size_limit(max(csv.field_size_limit(), limit))
    reader = csv.reader(io.TextIOWrapper(stream, encoding=encoding, newline=""), delimiter=delimiter)
    header = [column.strip().lstrip("\ufeff") for column in next(reader, [])]
    return CsvTable(encoding, confidence, header, _csv_rows(reader, header, limit))


def _csv_rows(reader, header: list[str], limit: int) -> Iterator[Row]:
    for number, values in enumerate(reader, 1):
        n_bytes = sum(len(v.encode("utf-8")) for v in values)
        if len(values) != len(header):
            yield number, RowProblem("bad_row", f"{len(values)} fields, the header has {len(header)}"), n_bytes
        elif n_bytes > limit:
            yield number, RowProblem("too_large", f"{n_bytes} bytes > limit {limit}"), n_bytes
        else:
            yield number, dict(zip(header, values)), n_bytes


def row_document(
    source_path: str,
    content_sha256: str,
    row: Mapping | RowProblem,
    columns: Columns,
    encoding: str,
    confidence: float,
    n_bytes: int,
    format: str,
) -> RawDocument | Quarantined:
    if isinstance(row, RowProblem):
        return Quarantined(source_path, content_sha256, "ingest", row.reason, row.detail)
    if columns.text not in row:
        return Quarantined(source_path, content_sha256, "ingest", "no_text_column", f"no '{columns.text}' field; fields: {', '.join(map(str, row))}")
    text = row[columns.text]
    if text is None:
        return Quarantined(source_path, content_sha256, "ingest", "empty", f"'{columns.text}' is null")
    if not isinstance(text, str):
        return Quarantined(source_path, content_sha256, "ingest", "bad_row", f"'{columns.text}' is a {type(text).__name__}, not text")
    return text_document(source_path, content_sha256, text, encoding, confidence, n_bytes, format, row_metadata(row, columns, source_path))


def row_metadata(row: Mapping, columns: Columns, source_path: str = "") -> Metadata:
    def sourced(column: str) -> Sourced | None:
        value = row.get(column)
        if isinstance(value, _NOT_TEXT):
            _ignored(source_path, column, value)
            return None
        text = _scalar(value)
        return Sourced(text, INPUT) if text else None

    authors = row.get(columns.author)
    names = authors.split(";") if isinstance(authors, str) else authors if isinstance(authors, list | tuple) else []
    if authors is not None and not isinstance(authors, str | list | tuple):
        _ignored(source_path, columns.author, authors)
    names = tuple(name for name in (_scalar(n) for n in names if not isinstance(n, _NOT_TEXT)) if name)
    return Metadata(
        url=sourced(columns.url),
        title=sourced(columns.title),
        outlet=sourced(columns.outlet),
        published_date=sourced(columns.date),
        authors=Sourced(names, INPUT) if names else None,
    )


# A field that holds a list, an object or a truth value: no title, URL, outlet or date is one.
_NOT_TEXT = (bool, list, tuple, dict, set)


def _ignored(source_path: str, column: str, value) -> None:
    log.warning("%s: metadata field '%s' is a %s, not text: ignored", source_path or "input", column, type(value).__name__)


def _scalar(value) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, date | datetime):
        return value.isoformat()
    return without_surrogates(str(value)).strip() or None


def _no_text_column(source_path: str, content_sha256: str, text_column: str, columns: list[str]) -> Quarantined:
    return Quarantined(source_path, content_sha256, "ingest", "no_text_column", f"no '{text_column}' column; columns: {', '.join(columns)}")


def _sniff_encoding(head: bytes) -> tuple[str, float] | None:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", 1.0
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", 1.0
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8", 1.0
    except UnicodeDecodeError:
        pass
    best = from_bytes(head).best()
    return (best.encoding, round(1.0 - best.chaos, 3)) if best else None
