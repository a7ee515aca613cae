"""WARC files (web crawls, plain or gzipped per record), read as a stream with warcio.

Each HTML page a crawl captured becomes a document through the HTML reader, with the record's
WARC-Target-URI as its URL (input metadata); plain-text records (WET conversions) go through the
text reader. Records are numbered from 1 in file order, all types counted, and the number is
part of source_path: `crawl.warc.gz#record=3`. Request, metadata, warcinfo and revisit records
describe captures rather than hold content and are passed over; every other content record
that is not a 200 HTML or text capture is quarantined with what it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from newscurate.ingest.html import read_html
from newscurate.ingest.options import IngestOptions
from newscurate.ingest.records import INPUT, NO_METADATA, Metadata, Quarantined, RawDocument, Sourced
from newscurate.ingest.text import decode_document

_CONTENT_RECORDS = ("response", "resource", "conversion")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(stream: BinaryIO, source_path: str, content_sha256: str, options: IngestOptions) -> Iterator[RawDocument | Quarantined]:
    for number, record in enumerate(ArchiveIterator(stream), 1):
        if record.format != "warc":
            # warcio reads any text as old-style ARC records rather than fail
            detail = f"record {number} is no WARC record: not a WARC file, or an ARC file (not read)"
            yield Quarantined(source_path, content_sha256, "ingest", "unreadable", detail)
            return
        if record.rec_type in _CONTENT_RECORDS:
            yield _read_record(record, f"{source_path}#record={number}", content_sha256, options.max_document_bytes)


def _read_record(record, record_path: str, content_sha256: str, limit: int) -> RawDocument | Quarantined:
    url = record.rec_headers.get_header("WARC-Target-URI")

    def quarantined(reason: str, detail: str) -> Quarantined:
        return Quarantined(record_path, content_sha256, "ingest", reason, f"{detail}; {url or 'no URL'}")

    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    if headers is None:
        return quarantined("unsupported_record", "a response record without an HTTP capture")
    if record.rec_type == "response" and (status := headers.get_statuscode()) != "200":
        return quarantined("http_status", f"HTTP status {status}, not 200")
    media_type, _, parameters = (headers.get_header("Content-Type") or "").partition(";")
    media_type = media_type.strip().lower()
    if media_type not in (*_HTML_TYPES, "text/plain"):
        return quarantined("unsupported_record", f"a {record.rec_type} record of {media_type or 'unknown type'}")
    data = record.content_stream().read(limit + 1)
    if len(data) > limit:
        return quarantined("too_large", f"more than {limit} bytes")
    # warcio hands over a cut-off record's bytes without complaint; its length header tells.
    if missing := getattr(record.raw_stream, "limit", 0):
        return quarantined("truncated", f"the file ends {missing} bytes short of the record's end")
    metadata = Metadata(url=Sourced(url, INPUT)) if url else NO_METADATA
    if media_type in _HTML_TYPES:
        document = read_html(record_path, data, content_sha256, metadata, _charset(parameters))
    else:
        document = decode_document(record_path, data, content_sha256, metadata)
    return replace(document, format="warc") if isinstance(document, RawDocument) else document


def _charset(parameters: str) -> str | None:
    for parameter in parameters.split(";"):
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
