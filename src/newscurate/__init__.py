"""newscurate: raw scraped news texts to a clean, annotated, validated, versioned dataset.

The stages, in the order data moves through them: ingest -> clean -> annotate -> validate ->
store -> release. Each is a subpackage; `flows/` holds the Prefect flows that orchestrate them.
"""

import os
import sys

# Arrow's default allocator (mimalloc) keeps most of what a run's tables free, so a long run's
# memory grew with the corpus. Measured on the finish of a 100k-document run (flow process):
# peak 967 MB with mimalloc, 672 MB with the system allocator, at the same speed; a worker's
# 500-file batch 569 -> 527 MB. Worker processes inherit the variable.
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
if "pyarrow" in sys.modules and os.environ["ARROW_DEFAULT_MEMORY_POOL"] == "system":  # imported before us
    sys.modules["pyarrow"].set_memory_pool(sys.modules["pyarrow"].system_memory_pool())

__version__ = "0.1.0"
