"""A run's bookkeeping: what is new, which copies duplicate which, the gate, and the commit.

These functions do the work the curate flow orchestrates; they know nothing of Prefect.
The commit order is children first, documents next, the `runs` row last: the runs row is what
makes a run's table versions current, so a run killed before it changes nothing readers see.
"""

from __future__ import annotations

import json
import logging
import secrets
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

import numpy as np
import pandas as pd

from newscurate.clean.near_duplicates import NearDuplicateIndex
from newscurate.curate import BatchRows
from newscurate.provenance import code_version
from newscurate.store.schemas import to_table
from newscurate.store.warehouse import DOCUMENT_TABLES, Warehouse
from newscurate.validate.checks import (
    with_document_checks,
    with_quote_checks,
    with_removal_checks,
    with_signature_checks,
)
from newscurate.validate.gate import Gate, GateReport


log = logging.getLogger(__name__)


def new_run_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


@dataclass
class RunSummary:
    run_id: str
    flow_run_id: str | None
    started_at: datetime
    input_root: str
    files_read: int = 0
    files_skipped: int = 0
    documents: int = 0
    quarantined: int = 0
    status: str = "failed"
    failure_reasons: list[str] = field(default_factory=list)
    table_versions: dict[str, int | None] = field(default_factory=dict)
    removals_by_reason: dict[str, int] = field(default_factory=dict)
    quarantine_by_reason: dict[str, int] = field(default_factory=dict)
    report: GateReport | None = None
    finished_at: datetime | None = None

    @property
    def validation_success(self) -> bool:
        return self.status in ("committed", "nothing_new") and (self.report is None or self.report.success)

    def runs_row(self) -> dict:
        return {
            "run_id": self.run_id,
            "flow_run_id": self.flow_run_id,
            "started_at": self.started_at,
            "finished_at": self.finished_at or datetime.now(UTC),
            "input_root": self.input_root,
            "files_read": self.files_read,
            "files_skipped": self.files_skipped,
            "documents": self.documents,
            "quarantined": self.quarantined,
            "status": self.status,
            "validation_success": self.validation_success,
            "failure_reasons": self.failure_reasons,
            "table_versions": json.dumps(self.table_versions, sort_keys=True),
            "removals_by_reason": json.dumps(self.removals_by_reason),
            "data_docs": self.report.data_docs if self.report else None,
            "validation_report": json.dumps(self.report.to_json()) if self.report else None,
            "code_version": code_version(),
        }

    def markdown(self) -> str:
        lines = [
            f"### newscurate run `{self.run_id}`: {self.status}",
            "",
            "| measure | value |",
            "|---|---|",
            f"| files read | {self.files_read} |",
            f"| files skipped (unchanged) | {self.files_skipped} |",
            f"| documents written | {self.documents} |",
            f"| quarantined | {self.quarantined} |",
            f"| validation | {'passed' if self.validation_success else 'FAILED'} |",
            f"| table versions | {', '.join(f'{k}={v}' for k, v in sorted(self.table_versions.items()))} |",
        ]
        if self.removals_by_reason:
            lines += ["", "| removal reason | rows |", "|---|---|"]
            lines += [f"| {reason} | {count} |" for reason, count in self.removals_by_reason.items()]
        if self.failure_reasons:
            lines += ["", "**Failures:**", *[f"- {r}" for r in self.failure_reasons]]
        return "\n".join(lines)


def assign_duplicates(
    documents: list[dict],
    signatures: dict[str, list[int]],
    canonical_hashes: dict[str, str],
    canonical_signatures: list[tuple[str, list[int]]],
) -> None:
    """Mark exact copies (same folded text) and near copies (MinHash similarity >= 0.8).

    The canonical copy is the first seen: earlier runs first, then this run's documents in
    source_path order. A copy always points at a canonical document, never at another copy.
    """
    exact = dict(canonical_hashes)
    near = NearDuplicateIndex.build([(doc_id, np.asarray(sig)) for doc_id, sig in canonical_signatures])
    for document in sorted(documents, key=lambda d: d["source_path"]):
        doc_id = document["doc_id"]
        first = exact.get(document["text_sha256"])
        if first is not None and first != doc_id:
            document["duplicate_of"], document["duplicate_similarity"] = first, 1.0
            continue
        sig = np.asarray(signatures[doc_id])
        match = near.best_match(sig)
        if match and match[0] != doc_id:
            document["duplicate_of"], document["duplicate_similarity"] = match[0], round(match[1], 4)
            continue
        document["duplicate_of"] = document["duplicate_similarity"] = None
        exact[document["text_sha256"]] = doc_id
        near.add(doc_id, sig)


def _frames(rows: BatchRows, known_doc_ids: set[str]) -> dict[str, pd.DataFrame]:
    documents = to_table("documents", rows.documents).to_pandas()
    return {
        "documents": with_document_checks(documents, known_doc_ids),
        "quotes": with_quote_checks(to_table("quotes", rows.quotes).to_pandas(), documents),
        "removals": with_removal_checks(to_table("removals", rows.removals).to_pandas()),
        "links": to_table("links", rows.links).to_pandas(),
        "sources": to_table("sources", rows.sources).to_pandas(),
        "minhashes": with_signature_checks(to_table("minhashes", rows.minhashes).to_pandas()),
        "quarantine": to_table("quarantine", rows.quarantine).to_pandas(),
    }


def quarantine_failed_documents(rows: BatchRows, failed: dict[str, list[str]], run_id: str) -> None:
    """Move documents that failed a row-level critical expectation to quarantine, all their rows."""
    if not failed:
        return
    for document in rows.documents:
        if document["doc_id"] in failed:
            rows.quarantine.append(
                {
                    "source_path": document["source_path"],
                    "content_sha256": document["content_sha256"],
                    "stage": "validate",
                    "reason": "failed_expectation",
                    "detail": "; ".join(sorted(set(failed[document["doc_id"]]))),
                    "run_id": run_id,
                }
            )
    for name in DOCUMENT_TABLES:
        setattr(rows, name, [r for r in getattr(rows, name) if r["doc_id"] not in failed])


def gate_and_commit(rows: BatchRows, warehouse: Warehouse, gate: Gate, summary: RunSummary) -> RunSummary:
    versions = {name: v for name in (*DOCUMENT_TABLES, "quarantine") if (v := warehouse.current_versions().get(name)) is not None}
    if not rows.documents and not rows.quarantine:
        summary.status = "nothing_new"
        summary.table_versions = versions
        return summary
    known = warehouse.read("documents", columns=["doc_id"])["doc_id"].to_list()
    assign_duplicates(
        rows.documents,
        {m["doc_id"]: m["signature"] for m in rows.minhashes},
        warehouse.canonical_text_hashes(),
        warehouse.canonical_signatures(),
    )
    first_pass = gate.validate(_frames(rows, set(known)))
    quarantine_failed_documents(rows, first_pass.quarantine_doc_ids, summary.run_id)
    frames = _frames(rows, set(known))
    if not rows.documents:
        for name in DOCUMENT_TABLES:
            frames.pop(name, None)
    summary.report = gate.validate({k: v for k, v in frames.items() if k != "quarantine" or len(v)}, build_docs=True)
    summary.documents = len(rows.documents)
    summary.quarantined = len(rows.quarantine)
    summary.removals_by_reason = rows.removals_by_reason()
    summary.quarantine_by_reason = dict(Counter(q["reason"] for q in rows.quarantine).most_common())
    for doc_id, failed in first_pass.quarantine_doc_ids.items():
        log.warning("quarantined document %s: failed %s", doc_id, "; ".join(sorted(set(failed))))
    if summary.report.blocking:
        log.error("run %s failed validation; nothing committed: %s", summary.run_id, [f.label for f in summary.report.blocking])
        summary.status = "failed"
        summary.failure_reasons = [f"{f.label} failed (critical): {f.observed}" for f in summary.report.blocking]
        summary.table_versions = versions
        return summary
    doc_ids = [d["doc_id"] for d in rows.documents]
    # Documents last: a reader who sees a document can see all its rows.
    for name in sorted(DOCUMENT_TABLES, key=lambda table: table == "documents"):
        version = warehouse.replace_documents(name, to_table(name, getattr(rows, name)), doc_ids)
        if version is not None:
            versions[name] = version
    kept_ids = set(doc_ids)
    stats = [{k: v for k, v in s.items() if k != "doc_id"} for s in rows.paragraph_stats if s["doc_id"] in kept_ids]
    stats_version = warehouse.merge_paragraph_stats(stats)
    if stats_version is not None:
        versions["paragraph_stats"] = stats_version
    quarantine_version = warehouse.append("quarantine", to_table("quarantine", rows.quarantine))
    if quarantine_version is not None:
        versions["quarantine"] = quarantine_version
    summary.table_versions = versions
    summary.status = "committed"
    log.info("committed %d documents and %d quarantine rows; table versions %s", summary.documents, summary.quarantined, versions)
    return summary


def record_run(warehouse: Warehouse, summary: RunSummary) -> None:
    summary.finished_at = datetime.now(UTC)
    warehouse.append("runs", to_table("runs", [summary.runs_row()]))
