"""Annotate stage: document metadata and direct-quote spans for a cleaned text."""
