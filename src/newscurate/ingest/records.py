"""What ingest hands on: a decoded raw text with the metadata its input carried, or a quarantine
record saying why an input (or one record of it) did not become one."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

# Where a metadata value was read. Values the later stages infer from the text itself carry the
# name of their cue instead (source_line, banner, date_line, ...).
INPUT = "input"  # a column, a sidecar row, a WARC header: the user's collection says so
HTML_META = "html_meta"  # the page's own markup: <meta>, JSON-LD, <title>, canonical link


@dataclass(frozen=True)
class Sourced:
    value: str | tuple[str, ...]
    source: str  # INPUT | HTML_META


@dataclass(frozen=True)
class Metadata:
    """Metadata that came with an input. Dates stay as written; annotate parses them."""

    url: Sourced | None = None
    title: Sourced | None = None
    outlet: Sourced | None = None
    published_date: Sourced | None = None
    authors: Sourced | None = None  # value is a tuple of names

    def over(self, weaker: Metadata) -> Metadata:
        """These values where present, the weaker source's elsewhere."""
        return replace(weaker, **{f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None})

    def value(self, name: str):
        sourced = getattr(self, name)
        return sourced.value if sourced else None


NO_METADATA = Metadata()


@dataclass(frozen=True)
class RawDocument:
    source_path: str  # relative to the input root, '/'-separated; '#row=N', '#record=N', '!member' for parts of a file
    content_sha256: str  # of the input file's bytes: every record of a multi-record file shares it
    text: str  # what the clean stage gets; every offset later stages record points into it
    encoding: str
    encoding_confidence: float
    n_bytes: int  # bytes of this record in its input
    format: str = "text"  # text | html | pdf | jsonl | csv | parquet | warc
    metadata: Metadata = field(default=NO_METADATA)
    visible_text: str | None = None  # HTML only: all the page's visible text, for auditing the extractor


@dataclass(frozen=True)
class Quarantined:
    source_path: str
    content_sha256: str | None
    stage: str
    reason: str
    detail: str


def printable_name(name: str) -> str:
    """A file or member name with the bytes that are no UTF-8 written as \\xNN. Python hands such
    bytes (a name from a Latin-1 disk or a Windows share) over as lone surrogates, which Parquet and
    the batch keys cannot encode; escaped, the name stays the same from run to run."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
