"""Ingest stage: files in, decoded raw texts (or a quarantine record saying why not) out."""

from newscurate.ingest.reader import Quarantined, RawDocument, discover, read_document

__all__ = ["Quarantined", "RawDocument", "discover", "read_document"]
