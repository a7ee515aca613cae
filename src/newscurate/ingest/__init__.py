"""Ingest stage: input files in, decoded raw texts with their metadata (or a quarantine record
saying why not) out. `read_inputs` reads every format; the rest of the pipeline sees only
`RawDocument` and `Quarantined`."""

from newscurate.ingest.options import Columns, IngestOptions
from newscurate.ingest.reader import decode_document, discover, has_input_files, input_file_of, read_document, read_inputs, source_path_of
from newscurate.ingest.records import HTML_META, INPUT, Metadata, Quarantined, RawDocument, Sourced

__all__ = [
    "HTML_META",
    "INPUT",
    "Columns",
    "IngestOptions",
    "Metadata",
    "Quarantined",
    "RawDocument",
    "Sourced",
    "decode_document",
    "discover",
    "has_input_files",
    "input_file_of",
    "read_document",
    "read_inputs",
    "source_path_of",
]
