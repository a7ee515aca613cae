"""Find input files and turn each into its records: decoded raw texts, or quarantine records.

`read_inputs` is the one entry point: it tells a file's format from its name (and, for names
it does not know, its first bytes) and hands it to that format's reader. A text, HTML or PDF
file is one record; a JSONL, CSV or Parquet file one per row, a WARC file one per captured page,
an archive whatever its members hold. Every file found has at least one outcome: a file whose
reader yields nothing is itself quarantined.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import os
import re
import tarfile
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import polars as pl
from pyarrow import ArrowException
from warcio.exceptions import ArchiveLoadFailed

from newscurate.ingest.archive import read_archive
from newscurate.ingest.html import read_html
from newscurate.ingest.options import MAX_BYTES, IngestOptions
from newscurate.ingest.pdf import read_pdf
from newscurate.ingest.records import NO_METADATA, Metadata, Quarantined, RawDocument, printable_name
from newscurate.ingest.sidecar import check_sidecar, sidecar_metadata
from newscurate.ingest.streams import with_head
from newscurate.ingest.tabular import read_csv, read_jsonl, read_parquet
from newscurate.ingest.text import decode_document
from newscurate.ingest.warc import read_warc

__all__ = ["MAX_BYTES", "decode_document", "discover", "file_sha256", "input_file_of", "read_document", "read_inputs", "readable_sha256", "source_path_of"]

# Longest suffix first, so '.warc.gz' is not taken for a gzipped something else.
_SUFFIXES = sorted(
    {
        ".txt": "text", ".text": "text", ".md": "text",
        ".html": "html", ".htm": "html", ".xhtml": "html",
        ".pdf": "pdf",
        ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "csv", ".parquet": "parquet",
        ".warc": "warc", ".warc.gz": "warc",
        ".zip": "zip", ".tar": "tar", ".tar.gz": "tar", ".tgz": "tar", ".tar.bz2": "tar", ".tar.xz": "tar",
        ".jsonl.gz": "gzip", ".ndjson.gz": "gzip", ".csv.gz": "gzip", ".tsv.gz": "gzip",
    }.items(),
    key=lambda item: -len(item[0]),
)
_UNSUPPORTED = {
    ".json": "a JSON document: write one object per line as .jsonl",
    ".xml": "XML (RSS and Atom feeds are not read)",
    ".docx": "a Word document: export it as text, HTML or PDF",
    ".doc": "a Word document: export it as text, HTML or PDF",
    ".odt": "an OpenDocument text: export it as text, HTML or PDF",
    ".rtf": "RTF: export it as text, HTML or PDF",
    ".epub": "an e-book",
    ".xlsx": "a spreadsheet: export it as CSV",
    ".xls": "a spreadsheet: export it as CSV",
    ".gz": "a gzipped file of an unknown format",
    ".bz2": "a bzip2-compressed file",
    ".xz": "an xz-compressed file",
    ".7z": "a 7-Zip archive: repack it as .zip or .tar.gz",
    ".rar": "a RAR archive: repack it as .zip or .tar.gz",
}
_SINGLE = ("text", "html", "pdf")
_ARCHIVES = ("zip", "tar")
# What a broken file raises from the libraries the readers stream through.
_READ_ERRORS = (OSError, ValueError, EOFError, csv.Error, zipfile.BadZipFile, tarfile.TarError, zlib.error, ArchiveLoadFailed, ArrowException)
_RECORD_SUFFIX = re.compile(r"#(?:row|record)=\d+$")
_ARCHIVE_MEMBER = re.compile(r"^(.*?\.(?:zip|tar|tar\.gz|tgz|tar\.bz2|tar\.xz))!", re.IGNORECASE)


def discover(root: Path) -> tuple[list[Path], list[Quarantined]]:
    """Every regular file under root, sorted; links are followed once, loops and folders that cannot be listed reported."""
    problems: list[Quarantined] = []
    return list(_walk(root, problems)), problems


def discover_names(root: Path) -> tuple[list[str], list[Quarantined]]:
    """`discover` as path strings, for a run that holds every input's path: a million Path objects
    take about 390 MB, their strings 110 MB."""
    problems: list[Quarantined] = []
    return [str(path) for path in _walk(root, problems)], problems


def has_input_files(root: Path) -> bool:
    """Whether a run would read anything under root (hidden files and folders are never read);
    stops at the first file."""
    return next(_walk(root, []), None) is not None


def _walk(root: Path, problems: list[Quarantined]) -> Iterator[Path]:
    seen_dirs: set[tuple[int, int]] = set()

    def unlistable(error: OSError) -> None:  # os.walk would pass over a folder it cannot list
        problems.append(Quarantined(source_path_of(Path(error.filename), root), None, "ingest", "unreadable", f"folder not listed: {type(error).__name__}: {error.strerror or error}"))

    for directory, subdirs, names in os.walk(root, followlinks=True, onerror=unlistable):
        stat = os.stat(directory)
        if (stat.st_dev, stat.st_ino) in seen_dirs:
            subdirs.clear()
            problems.append(
                Quarantined(source_path_of(Path(directory), root), None, "ingest", "symlink_loop", "folder already visited through a link")
            )
            continue
        seen_dirs.add((stat.st_dev, stat.st_ino))
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            path = Path(directory) / name
            if path.is_file():
                yield path
            else:
                problems.append(Quarantined(source_path_of(path, root), None, "ingest", "not_a_file", "broken link or special file"))


def read_inputs(path: Path, root: Path, options: IngestOptions | None = None) -> Iterator[RawDocument | Quarantined]:
    """Every record in one input file, in file order; at least one per file."""
    options = options or IngestOptions()
    source_path = source_path_of(path, root)
    try:
        if path.name in options.sidecar_names:
            content_sha256 = file_sha256(path)
            yield from _until_broken(check_sidecar(path, source_path, content_sha256, options), source_path, content_sha256)
            return
        with open(path, "rb") as handle:
            head, stream = with_head(handle, 512)
            kind = detect_format(path.name, head)
            if kind in _SINGLE:
                yield _read_single_file(path, source_path, stream, kind, root, options)
                return
            content_sha256 = file_sha256(path)
            if kind in _ARCHIVES:
                records = read_archive(path, kind, source_path, content_sha256, options, _member_reader(content_sha256, options))
            elif kind == "parquet":
                records = read_parquet(path, source_path, content_sha256, options)
            else:
                records = _read_stream(stream, path.name, kind, source_path, content_sha256, options)
            count = 0
            for record in _until_broken(records, source_path, content_sha256):
                count += 1
                yield record
            if not count:
                yield Quarantined(source_path, content_sha256, "ingest", "empty", f"no {kind} records in the file")
    except OSError as error:
        yield Quarantined(source_path, None, "ingest", "unreadable", f"{type(error).__name__}: {error.strerror or error}")


def read_document(path: Path, root: Path, max_bytes: int = MAX_BYTES) -> RawDocument | Quarantined:
    """One file as plain text, whatever its name says."""
    source_path = source_path_of(path, root)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Quarantined(source_path, None, "ingest", "too_large", f"{size} bytes > limit {max_bytes}")
        data = path.read_bytes()
    except OSError as error:
        return Quarantined(source_path, None, "ingest", "unreadable", f"{type(error).__name__}: {error.strerror or error}")
    return decode_document(source_path, data)


def detect_format(name: str, head: bytes) -> str:
    """text | html | pdf | jsonl | csv | parquet | warc | zip | tar | gzip | unsupported."""
    lower = name.lower()
    for suffix, kind in _SUFFIXES:
        if lower.endswith(suffix):
            return kind
    if Path(lower).suffix in _UNSUPPORTED:
        return "unsupported"
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"WARC/"):
        return "warc"
    if head.lstrip().lower().startswith((b"<!doctype html", b"<html")):
        return "html"
    # Anything else is tried as text: the text reader quarantines what is binary.
    return "text"


def input_file_of(source_path: str) -> str:
    """The input file a record's source_path points into ('feed.jsonl#row=3' -> 'feed.jsonl')."""
    path = _RECORD_SUFFIX.sub("", source_path)
    member = _ARCHIVE_MEMBER.match(path)
    return member.group(1) if member else path


def input_files_of(source_paths: pl.Expr) -> pl.Expr:
    """`input_file_of` over a column, by the same two patterns in polars' regex engine."""
    paths = source_paths.str.replace(_RECORD_SUFFIX.pattern, "")
    return pl.coalesce(paths.str.extract("(?i)" + _ARCHIVE_MEMBER.pattern, 1), paths)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def readable_sha256(path: Path) -> str | None:
    """The file's sha256, or None when it cannot be read: `read_inputs` quarantines it as unreadable."""
    try:
        return file_sha256(path)
    except OSError:
        return None


def _read_single_file(path: Path, source_path: str, stream: BinaryIO, kind: str, root: Path, options: IngestOptions) -> RawDocument | Quarantined:
    size = path.stat().st_size
    if size > options.max_document_bytes:
        # Hashed (not kept): a re-run skips the unchanged file instead of quarantining it again.
        return Quarantined(source_path, file_sha256(path), "ingest", "too_large", f"{size} bytes > limit {options.max_document_bytes}")
    data = stream.read()
    return _read_single(source_path, kind, data, hashlib.sha256(data).hexdigest(), sidecar_metadata(path, root, options))


def _read_single(source_path: str, kind: str, data: bytes, content_sha256: str, metadata: Metadata) -> RawDocument | Quarantined:
    if kind == "html":
        return read_html(source_path, data, content_sha256, metadata)
    if kind == "pdf":
        return read_pdf(source_path, data, content_sha256, metadata)
    return decode_document(source_path, data, content_sha256, metadata)


def _read_stream(
    stream: BinaryIO, name: str, kind: str, source_path: str, content_sha256: str, options: IngestOptions
) -> Iterator[RawDocument | Quarantined]:
    """Formats read front to back: JSONL, CSV, WARC, and a gzipped JSONL or CSV."""
    if kind == "jsonl":
        yield from read_jsonl(stream, source_path, content_sha256, options)
    elif kind == "csv":
        yield from read_csv(stream, name, source_path, content_sha256, options)
    elif kind == "warc":
        yield from read_warc(stream, source_path, content_sha256, options)
    elif kind == "gzip":
        inner = name[: -len(".gz")]
        yield from _read_stream(gzip.GzipFile(fileobj=stream), inner, detect_format(inner, b""), source_path, content_sha256, options)
    else:
        yield Quarantined(source_path, content_sha256, "ingest", "unsupported_format", _UNSUPPORTED.get(Path(name.lower()).suffix, "unknown format"))


def _member_reader(content_sha256: str, options: IngestOptions):
    def read_member(member_path: str, name: str, stream: BinaryIO) -> Iterator[RawDocument | Quarantined]:
        head, stream = with_head(stream, 512)
        kind = detect_format(name, head)
        if kind in _ARCHIVES:
            yield Quarantined(member_path, content_sha256, "ingest", "nested_archive", "an archive inside an archive is not opened")
        elif kind in _SINGLE:
            try:
                data = stream.read(options.max_document_bytes + 1)
            except _READ_ERRORS as error:
                yield Quarantined(member_path, content_sha256, "ingest", "unreadable", f"{type(error).__name__}: {error}")
                return
            if len(data) > options.max_document_bytes:
                yield Quarantined(member_path, content_sha256, "ingest", "too_large", f"more than {options.max_document_bytes} bytes")
            else:
                yield _read_single(member_path, kind, data, content_sha256, NO_METADATA)
        elif kind == "parquet":
            # Parquet's footer is at the end: the member is copied to a temporary file (through
            # the archive's byte budget) to be read in row groups.
            with tempfile.TemporaryFile() as spool:
                while chunk := stream.read(1 << 20):
                    spool.write(chunk)
                spool.seek(0)
                yield from _until_broken(read_parquet(spool, member_path, content_sha256, options), member_path, content_sha256)
        else:
            yield from _until_broken(_read_stream(stream, name, kind, member_path, content_sha256, options), member_path, content_sha256)

    return read_member


def _until_broken(records: Iterator, source_path: str, content_sha256: str) -> Iterator[RawDocument | Quarantined]:
    """The records a reader gives before the file turns out broken, then one record saying where."""
    count = 0
    try:
        for record in records:
            count += 1
            yield record
    except _READ_ERRORS as error:
        yield Quarantined(source_path, content_sha256, "ingest", "unreadable", f"stopped after {count} record(s): {type(error).__name__}: {error}")


def source_path_of(path: Path, root: Path) -> str:
    """A file's source_path: its path under root, as every table and key can hold it."""
    try:
        return printable_name(path.relative_to(root).as_posix())
    except ValueError:
        return printable_name(path.as_posix())

