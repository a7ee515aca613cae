"""newscurate: raw scraped news texts to a clean, annotated, validated, versioned dataset.

The stages, in the order data moves through them: ingest -> clean -> annotate -> validate ->
store -> release. Each is a subpackage; `flows/` holds the Prefect flows that orchestrate them.
"""

__version__ = "0.1.0"
