"""One batch of input files through ingest, clean and annotate: pure work, no orchestration.

The flow in `flows/curate.py` hands batches to `curate_batch` (in parallel when asked) and
gives the results to validate and store.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from newscurate.annotate.document import annotate
from newscurate.annotate.outlets import default_registry
from newscurate.clean import clean_text
from newscurate.clean.learned import paragraph_keys
from newscurate.clean.near_duplicates import signature
from newscurate.ingest import IngestOptions, Quarantined, RawDocument, read_inputs


log = logging.getLogger(__name__)
# Records named one by one per quarantine reason and batch; the rest are counted in one line. A JSONL
# file read with the wrong text column is a million quarantined rows: a million console lines, each
# also sent to Prefect's API, would bury the run's summary, which counts every reason, and the
# quarantine table lists every record.
QUARANTINE_WARNINGS_PER_REASON = 5


@dataclass
class BatchRows:
    documents: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    removals: list[dict] = field(default_factory=list)
    links: list[dict] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)
    minhashes: list[dict] = field(default_factory=list)
    paragraph_stats: list[dict] = field(default_factory=list)
    quarantine: list[dict] = field(default_factory=list)

    def extend(self, other: BatchRows) -> None:
        for name in ("documents", "quotes", "removals", "links", "sources", "minhashes", "paragraph_stats", "quarantine"):
            getattr(self, name).extend(getattr(other, name))

    def removals_by_reason(self) -> dict[str, int]:
        return dict(Counter(r["reason"] for r in self.removals).most_common())


def quarantine_row(item: Quarantined, run_id: str) -> dict:
    return {
        "source_path": item.source_path,
        "content_sha256": item.content_sha256,
        "stage": item.stage,
        "reason": item.reason,
        "detail": item.detail,
        "run_id": run_id,
    }


def curate_document(
    raw: RawDocument, run_id: str, outlets: Path | None = None, learned: Mapping[str, frozenset[int]] | None = None
) -> BatchRows:
    """One raw text's rows. `learned` maps outlets to the paragraph keys learned as their boilerplate:
    the outlet is known only once the text is cleaned and annotated, so a text of an outlet with
    learned boilerplate is cleaned a second time, with it."""
    rows = BatchRows()
    cleaned = clean_text(raw.text)
    if not cleaned.text.strip():
        reasons = Counter(r.reason for r in cleaned.removals)
        detail = "nothing left after cleaning; removed: " + ", ".join(f"{k} x{v}" for k, v in reasons.most_common())
        rows.quarantine.append(quarantine_row(Quarantined(raw.source_path, raw.content_sha256, "clean", "no_body", detail), run_id))
        return rows
    registry = default_registry(outlets)
    annotated = annotate(raw, cleaned, registry, run_id)
    outlet = annotated.document["outlet"]
    keys = paragraph_keys(cleaned.text) if outlet else {}
    # Counted before learned removal, so a learned paragraph keeps its count as the outlet grows.
    doc_id = annotated.document["doc_id"]
    rows.paragraph_stats += [{"doc_id": doc_id, "outlet": outlet, "key": k, "n_docs": 1, "has_quote": q} for k, q in keys.items()]
    outlet_learned = (learned or {}).get(outlet)
    if outlet_learned and outlet_learned & keys.keys():
        relearned = clean_text(raw.text, outlet_learned)
        if relearned.text.strip():
            cleaned, annotated = relearned, annotate(raw, relearned, registry, run_id)
    rows.documents.append(annotated.document)
    rows.quotes.extend(annotated.quotes)
    rows.links.extend(annotated.links)
    rows.removals.extend(annotated.removals)
    rows.sources.append({"doc_id": annotated.document["doc_id"], "raw_text": raw.text})
    rows.minhashes.append({"doc_id": annotated.document["doc_id"], "signature": signature(cleaned.text).tolist()})
    return rows


def curate_batch(paths: list[Path], root: Path, run_id: str) -> BatchRows:
    """Every record of these files, in memory, with the default options: for tests and benchmarks."""
    rows = BatchRows()
    for chunk in curate_chunks(paths, root, run_id):
        rows.extend(chunk)
    return rows


def curate_chunks(
    paths: list[Path],
    root: Path,
    run_id: str,
    outlets: Path | None = None,
    max_bytes: int | None = None,
    options: IngestOptions | None = None,
    learned: Mapping[str, frozenset[int]] | None = None,
    chunk_documents: int = 1_000,
) -> Iterator[BatchRows]:
    """The rows of these files' records, `chunk_documents` records at a time: a 5 GB JSONL file or
    WARC is one file but a million records, and must not be held in memory at once."""
    options = options or IngestOptions()
    if max_bytes:
        options = replace(options, max_document_bytes=max_bytes)
    rows, records = BatchRows(), 0
    counts = Counter()
    warnings = QuarantineWarnings()
    started = time.perf_counter()
    for path in paths:
        for raw in read_inputs(path, root, options):
            if isinstance(raw, Quarantined):
                rows.quarantine.append(quarantine_row(raw, run_id))
                warnings.warn(rows.quarantine[-1])
            else:
                document_rows = curate_document(raw, run_id, outlets, learned)
                for row in document_rows.quarantine:
                    warnings.warn(row)
                rows.extend(document_rows)
            records += 1
            if records % chunk_documents == 0:
                counts.update(documents=len(rows.documents), quarantined=len(rows.quarantine), removals=len(rows.removals))
                yield rows
                rows = BatchRows()
    counts.update(documents=len(rows.documents), quarantined=len(rows.quarantine), removals=len(rows.removals))
    warnings.count_the_rest()
    log.info(
        "curated %d files: %d documents, %d quarantined, %d removals in %.2f s",
        len(paths), counts["documents"], counts["quarantined"], counts["removals"], time.perf_counter() - started,
    )
    yield rows


class QuarantineWarnings:
    """A warning for each of the first quarantined records of a reason, then one line counting the rest."""

    def __init__(self) -> None:
        self.seen: Counter[tuple[str, str]] = Counter()

    def warn(self, row: dict) -> None:
        key = (row["stage"], row["reason"])
        self.seen[key] += 1
        if self.seen[key] <= QUARANTINE_WARNINGS_PER_REASON:
            log.warning("quarantined %s at %s: %s (%s)", row["source_path"], row["stage"], row["reason"], row["detail"])

    def count_the_rest(self) -> None:
        for (stage, reason), seen in sorted(self.seen.items()):
            if seen > QUARANTINE_WARNINGS_PER_REASON:
                log.warning(
                    "quarantined %d more records of this batch at %s: %s (the quarantine table lists every one)",
                    seen - QUARANTINE_WARNINGS_PER_REASON, stage, reason,
                )
