"""A run's work outside Prefect: batches curated, judged and staged, then the run judged and committed.

`curate_and_stage` runs in a worker: it curates a batch, judges it by the batch-scope
expectations (failing documents go to quarantine, whole), and stages its rows on disk.
`finish_run` runs once: duplicates across the run and the warehouse, the run-scope expectations,
Data Docs, and the commit. The commit streams the staged Parquet into Delta: children first,
documents next, the `runs` row last. The runs row is what makes a run's table versions current,
so a run killed before it changes nothing readers see, and the next run rolls back what it left.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import secrets
import signal
import threading
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from newscurate.clean.learned import paragraph_keys
from newscurate.clean.near_duplicates import BANDS, NUM_PERM, NearDuplicateIndex, band_key_matrix
from newscurate.annotate.language import load_model
from newscurate.config import RunConfig
from newscurate.curate import BatchRows, QuarantineWarnings, curate_chunks
from newscurate.ingest.reader import file_sha256, input_file_of, input_files_of, readable_sha256, source_path_of
from newscurate.progress import StageClock, peak_rss_mb
from newscurate.provenance import code_version
from newscurate.store.schemas import empty_frame, table_schema, to_table
from newscurate.store.staging import STAGED_TABLES, BatchResult, Staging, batch_key
from newscurate.store.warehouse import DOCUMENT_TABLES, Warehouse, WarehouseError, failpoint
from newscurate.validate.checks import judged_frame
from newscurate.validate.gate import Gate, GateReport, columns_judged, load_great_expectations, merged_batch_results, suite_names


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
    files_recleaned: int = 0  # unchanged, curated again to remove boilerplate learned since
    batches_reused: int = 0  # staged by an interrupted run, not curated again
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
            f"| files curated again (boilerplate learned since) | {self.files_recleaned} |",
            f"| batches reused from an interrupted run | {self.batches_reused} |",
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
    signatures: dict[str, np.ndarray | list[int]],
    canonical_hashes: dict[str, str],
    canonical_signatures: list[tuple[str, np.ndarray | list[int]]],
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


def staged_tables(rows: BatchRows) -> dict[str, pa.Table]:
    return {name: to_table(name, getattr(rows, name)) for name in STAGED_TABLES}


def judged_frames(tables: dict[str, pa.Table], scope: str | None, known_doc_ids: set[str]) -> dict[str, pd.DataFrame]:
    """Each table with a suite as GE judges it at this scope (None: every expectation's columns and checks)."""
    return {name: judged_frame(name, tables, *columns_judged(name, scope), known_doc_ids) for name in suite_names() if name in tables}


def quarantine_failed_documents(rows: BatchRows, failed: dict[str, list[str]], run_id: str) -> None:
    """Move documents that failed a row-level critical expectation to quarantine, all their rows."""
    if not failed:
        return
    warnings = QuarantineWarnings()
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
            warnings.warn(rows.quarantine[-1])
    warnings.count_the_rest()
    for name in (*DOCUMENT_TABLES, "paragraph_stats"):
        setattr(rows, name, [r for r in getattr(rows, name) if r["doc_id"] not in failed])


# --- one batch, in the worker that curated it ---------------------------------------------------


def load_ahead(batches_here: bool) -> None:
    """Load now what this process will load anyway later: GE for the run's finish and, when the
    batches run in this process, the language model. For a process that has to wait meanwhile (a
    temporary Prefect server booting on another core): seconds off the run."""
    load_great_expectations()
    if batches_here:
        load_model()


@lru_cache(maxsize=1)
def end_with_parent() -> None:
    """In a worker process (one that multiprocessing started: the process pool's, a Dask nanny's):
    end it when the process that started it is gone. A run killed with SIGKILL cannot end its
    workers, which would go on curating (about 550 MB each) and writing into the staging folder a
    re-run is using. Nothing in the run's own process: it may outlive its shell (nohup)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    # Ctrl-C reaches every process of the terminal's group: the run's own process decides (it stops
    # at once, see the CLI), and a worker would only print a KeyboardInterrupt traceback per task.
    with suppress(ValueError):  # not the worker's main thread: signals are the main thread's
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    # join() returns once the parent's sentinel closes, that is when it exits, however it ends.
    threading.Thread(target=lambda: (parent.join(), os._exit(1)), name="end-with-parent", daemon=True).start()


@lru_cache(maxsize=1)
def _worker_gate() -> Gate:
    """One Great Expectations per worker process: loading it costs seconds, judging a batch does not."""
    return Gate()


def judge_batch(rows: BatchRows, run_id: str, batch_id: str, gate: Gate | None = None) -> tuple[GateReport, dict[str, pa.Table]]:
    """Judge a batch by the batch-scope expectations; failing documents go to quarantine, whole.
    The batch's tables, as staged, come back with the report."""
    tables = staged_tables(rows)
    if not rows.documents:
        return GateReport([], None), tables
    # Quarantine rows are judged once per run, with the run's other quarantine rows.
    frames = judged_frames({name: table for name, table in tables.items() if name != "quarantine"}, "batch", set())
    report = (gate or _worker_gate()).validate(frames, scope="batch", batch_id=batch_id)
    if failed := report.quarantine_doc_ids:
        quarantine_failed_documents(rows, failed, run_id)
        tables = staged_tables(rows)
    return report, tables


def curate_and_stage(
    paths: list[Path], root: Path, run_id: str, config: RunConfig, learned: Mapping[str, frozenset[int]]
) -> BatchResult:
    """Curate, judge and stage one batch of files, a chunk of records at a time, or reuse the batch
    an interrupted run staged."""
    staging = Staging(config.staging_root)
    files = [(source_path_of(Path(p), root), readable_sha256(p)) for p in paths]
    key = batch_key(files, code_version(), config.ingest, config.max_file_bytes, _file_digest(config.outlets), sorted(learned.items()))
    if (done := staging.load(key)) is not None:
        log.info("batch %s (%d files) was staged by an interrupted run: reused", key[:12], done.files)
        return replace(done, reused=True)
    chunks = curate_chunks(paths, root, run_id, config.outlets, config.max_file_bytes, options=config.ingest, learned=learned)
    result = stage_chunks(chunks, key, len(paths), run_id, staging)
    failpoint("after_staging")
    return result


def stage_chunks(chunks: Iterable[BatchRows], key: str, files: int, run_id: str, staging: Staging, gate: Gate | None = None) -> BatchResult:
    started = time.perf_counter()
    staging.start(key)
    reports, removals, quarantine = [], Counter(), Counter()
    documents = 0
    for part, rows in enumerate(chunks):
        report, tables = judge_batch(rows, run_id, f"batch-{key[:12]}-{part}", gate)
        staging.write_part(key, part, tables, report.validation_results)
        reports.append(report)
        documents += len(rows.documents)
        removals.update(rows.removals_by_reason())
        quarantine.update(q["reason"] for q in rows.quarantine)
    result = BatchResult(
        key=key,
        files=files,
        documents=documents,
        quarantined=sum(quarantine.values()),
        removals_by_reason=dict(removals),
        quarantine_by_reason=dict(quarantine),
        report=GateReport.merge(reports).state(),
        seconds=round(time.perf_counter() - started, 3),
    )
    staging.finish(result)
    log.info("staged batch %s: %d documents in %.1f s (process peak %d MB)", key[:12], documents, result.seconds, peak_rss_mb())
    return result


def _file_digest(path: Path | None) -> str | None:
    return file_sha256(path) if path else None


def unchanged_files(warehouse: Warehouse, files: list[str], root: str, problems: list) -> tuple[list[str], int, list]:
    """The files to curate: those whose path and bytes the warehouse does not have yet (as a
    document or in quarantine); how many were skipped; the discovery problems not yet recorded.
    A row, WARC record or archive member carries its file's hash, so it stands for its file. A path
    quarantined without a hash (unreadable, a broken link, a loop) is known while it stays so, so a
    re-run adds nothing. Compared as polars frames: as Python tuples, a million stored documents
    took 600 MB of the flow's process."""
    columns = ["source_path", "content_sha256"]
    stored = [table.select(columns) for table in (warehouse.scan("documents"), warehouse.scan("quarantine")) if table is not None]
    known = pl.concat(stored).select(input_files_of(pl.col("source_path")), "content_sha256") if stored else None
    if known is None or not known.select(pl.len()).collect().item():
        return files, 0, problems
    unhashed = set(known.filter(pl.col("content_sha256").is_null()).collect()["source_path"].to_list())
    problems = [p for p in problems if p.source_path not in unhashed]
    inputs = pl.LazyFrame(
        {"source_path": [source_path_of(Path(f), Path(root)) for f in files], "content_sha256": [readable_sha256(f) for f in files]},
        schema={"source_path": pl.String, "content_sha256": pl.String},
    )
    fresh = inputs.with_row_index().join(known, on=columns, how="anti", nulls_equal=True, maintain_order="left").collect(engine="streaming")["index"]
    todo = [files[i] for i in fresh.to_list()]
    return todo, len(files) - len(todo), problems


def files_to_reclean(warehouse: Warehouse, learned: Mapping[str, frozenset[int]], root: Path, slice_rows: int = 20_000) -> list[Path]:
    """Input files of committed documents holding a paragraph their outlet's boilerplate was learned
    from after they were committed. Curated again, with what was learned, they lose it: the same
    doc_id, a new version of its rows. Only files still present under `root` can be curated again."""
    documents = warehouse.scan("documents")
    if not learned or documents is None:
        return []
    candidates = documents.filter(pl.col("outlet").is_in(list(learned))).select("source_path", "outlet", "text")
    stale: set[str] = set()
    offset = 0
    while (chunk := candidates.slice(offset, slice_rows).collect()).height:
        for source_path, outlet, text in chunk.iter_rows():
            if learned[outlet].intersection(paragraph_keys(text)):
                stale.add(input_file_of(source_path))
        offset += slice_rows
    return sorted(path for name in stale if (path := root / name).is_file())


# --- the run: every batch together ----------------------------------------------------------------


def find_duplicates(staging: Staging, keys: list[str], warehouse: Warehouse) -> dict[str, tuple[str, float]]:
    """doc_id -> (canonical doc_id, similarity) for this run's copies, exact and near.

    Only a document sharing its text hash or an LSH band key with another can be a copy or have
    one, so the run and the warehouse are read as compact keys (a 60-bit prefix of the text hash, the
    band keys, where the document is staged), a staged file at a time, and only the documents that
    share one are read whole and given to `assign_duplicates` with their signatures: the same answer
    as giving it every document, in a fraction of the memory (a million documents: 1.1 GB more for
    this step with string keys and a join over every staged signature, 0.6 GB so)."""
    run = _run_keys(staging, keys)
    stored = _stored_keys(warehouse)
    shares = pl.any_horizontal(pl.col(name).is_duplicated() for name in _KEY_COLUMNS)
    everyone = pl.concat([stored.with_columns(stored=True), run.select(stored.columns).with_columns(stored=False)])
    involved = everyone.filter(shares).select("doc_id", "stored")
    involved_run = run.join(involved.filter(~pl.col("stored")), on="doc_id", how="semi")
    documents = staging.take(keys, "documents", involved_run.select(file="doc_file", row="doc_row"), ["doc_id", "source_path", "text_sha256"]).to_pylist()
    staged_signatures = staging.take(keys, "minhashes", involved_run.select(file="signature_file", row="signature_row"), ["doc_id", "signature"])
    signatures = dict(zip(staged_signatures.column("doc_id").to_pylist(), _signature_matrix(staged_signatures)))
    involved_stored = involved.filter(pl.col("stored"))["doc_id"]
    canonical_hashes: dict[str, str] = {}
    if len(involved_stored):
        hashes = warehouse.canonical_documents().join(pl.LazyFrame({"doc_id": involved_stored}), on="doc_id", how="semi").collect()
        canonical_hashes = dict(hashes.select("text_sha256", "doc_id").iter_rows())
    canonical_signatures = [pair for frame in warehouse.signatures(involved_stored) for pair in zip(frame["doc_id"], _signature_matrix(frame.to_arrow()))]
    assign_duplicates(documents, signatures, canonical_hashes, canonical_signatures)
    return {d["doc_id"]: (d["duplicate_of"], d["duplicate_similarity"]) for d in documents if d["duplicate_of"]}


_BAND_COLUMNS = tuple(f"band_{band}" for band in range(BANDS))
_KEY_COLUMNS = ("text_key", *_BAND_COLUMNS)
# 15 hex digits of the text's sha256: equal texts share it, and unequal ones that do (one pair in
# 2^60) only become candidates, compared by their whole hash.
# (A hash that is no hex number, which newscurate never writes, is a null key: every null is a candidate.)
_TEXT_KEY = pl.col("text_sha256").str.slice(0, 15).str.to_integer(base=16, strict=False).alias("text_key")


def _run_keys(staging: Staging, keys: list[str]) -> pl.DataFrame:
    """doc_id, text key and band keys of the run's documents, and where each is staged: the file
    (an index into `staging.files`) and row of its document and of its signature."""
    documents = [pl.DataFrame(schema={"doc_id": pl.String, "text_key": pl.Int64, "doc_file": pl.UInt32, "doc_row": pl.UInt32})]
    for index, part in enumerate(staging.parts(keys, "documents", ["doc_id", "text_sha256"])):
        documents.append(pl.from_arrow(part).select("doc_id", _TEXT_KEY, doc_file=pl.lit(index, pl.UInt32), doc_row=pl.int_range(pl.len(), dtype=pl.UInt32)))
    bands = [_band_keys([]).with_columns(signature_file=pl.lit(0, pl.UInt32), signature_row=pl.lit(0, pl.UInt32))]
    for index, part in enumerate(staging.parts(keys, "minhashes", ["doc_id", "signature"])):
        bands.append(_band_keys([part]).with_columns(signature_file=pl.lit(index, pl.UInt32), signature_row=pl.int_range(pl.len(), dtype=pl.UInt32)))
    return pl.concat(documents).join(pl.concat(bands), on="doc_id")


def _stored_keys(warehouse: Warehouse) -> pl.DataFrame:
    """doc_id, text key and band keys of the warehouse's canonical documents."""
    canonical = warehouse.canonical_documents()
    empty = _band_keys([]).with_columns(text_key=pl.lit(None, pl.Int64)).select("doc_id", *_KEY_COLUMNS)
    if canonical is None:
        return empty
    documents = canonical.select("doc_id", _TEXT_KEY).collect(engine="streaming")
    return documents.join(_band_keys(warehouse.signatures(documents["doc_id"])), on="doc_id").select(empty.columns)


def _band_keys(batches: Iterable[pa.RecordBatch | pa.Table | pl.DataFrame]) -> pl.DataFrame:
    """doc_id and the LSH band keys of its signature, from batches of (doc_id, signature)."""
    frames = [pl.DataFrame(schema={"doc_id": pl.String, **{name: pl.UInt64 for name in _BAND_COLUMNS}})]
    for batch in batches:
        frame = batch if isinstance(batch, pl.DataFrame) else pl.from_arrow(batch)
        if frame.height:
            keys = band_key_matrix(frame["signature"].list.to_array(NUM_PERM).to_numpy())
            frames.append(pl.DataFrame({"doc_id": frame["doc_id"], **{name: keys[:, i] for i, name in enumerate(_BAND_COLUMNS)}}))
    return pl.concat(frames)


def _signature_matrix(minhashes: pa.Table) -> np.ndarray:
    if not minhashes.num_rows:
        return np.empty((0, NUM_PERM), dtype=np.int64)
    values = minhashes.column("signature").combine_chunks().flatten().to_numpy()
    return values.reshape(minhashes.num_rows, -1)


def judge_run(
    run_doc_ids: pa.ChunkedArray, known_doc_ids: pa.Array, quarantine: pa.Table, duplicates: dict[str, tuple[str, float]], gate: Gate
) -> GateReport:
    """The run-scope expectations (uniqueness, row counts, duplicate targets) on the run's documents,
    and the quarantine suite on every quarantine row of the run."""
    copies = pa.array(list(duplicates), pa.string())
    targets = pa.array([target for target, _ in duplicates.values()], pa.string())
    duplicate_of = pc.take(targets, pc.index_in(run_doc_ids, value_set=copies))
    documents = pa.table({"doc_id": run_doc_ids, "duplicate_of": duplicate_of})
    frames = judged_frames({"documents": documents}, "run", pa.chunked_array([known_doc_ids], pa.string())) if len(run_doc_ids) else {}
    report = gate.validate(frames, scope="run")
    if quarantine.num_rows:
        report = GateReport.merge([report, gate.validate({"quarantine": quarantine.to_pandas()}, scope=None)])
    return report


def judge_schema(staging: Staging, keys: list[str], gate: Gate) -> GateReport:
    """The schema-scope expectations (column sets, column types), once per run rather than once per
    batch: every staged row was cast to its table's declared Arrow schema, so they are judged on one
    staged file of each schema found among the run's files (a file of another schema is judged too)."""
    reports = [
        gate.validate({name: pq.read_table(path).to_pandas()}, scope="schema", batch_id=f"schema-{index}")
        for name in STAGED_TABLES
        if name != "quarantine" and name in suite_names()  # quarantine: every row is judged by judge_run
        for index, path in enumerate(staging.one_file_per_schema(keys, name))
    ]
    return GateReport.merge(reports) if reports else GateReport([], None)


def finish_run(
    results: list[BatchResult], discovery: list[dict], warehouse: Warehouse, staging: Staging, gate: Gate, summary: RunSummary
) -> RunSummary:
    """Judge the run as a whole, publish its Data Docs, and commit it unless it failed a blocking check."""
    current = warehouse.current_versions()
    versions = {name: current[name] for name in (*DOCUMENT_TABLES, "quarantine") if name in current}
    keys = [r.key for r in results]
    summary.batches_reused = sum(r.reused for r in results)
    summary.documents = sum(r.documents for r in results)
    summary.quarantined = sum(r.quarantined for r in results) + len(discovery)
    summary.table_versions = versions
    if not summary.documents and not summary.quarantined:
        summary.status = "nothing_new"
        return summary
    summary.removals_by_reason = dict(sum((Counter(r.removals_by_reason) for r in results), Counter()).most_common())
    reasons = sum((Counter(r.quarantine_by_reason) for r in results), Counter(q["reason"] for q in discovery))
    summary.quarantine_by_reason = dict(reasons.most_common())
    clock = StageClock()
    with clock.stage("duplicates"):
        # In Arrow, not Python strings: a million ids are 24 MB so, 70 MB as a list and 100 MB as a set.
        run_doc_ids = staging.read(keys, "documents", ["doc_id"]).column("doc_id")
        known = warehouse.read("documents", columns=["doc_id"])["doc_id"].to_arrow().cast(pa.string())
        quarantine = pa.concat_tables([staging.read(keys, "quarantine"), to_table("quarantine", discovery)])
        duplicates = find_duplicates(staging, keys, warehouse)
    with clock.stage("validation"):
        run_report = GateReport.merge([judge_run(run_doc_ids, known, quarantine, duplicates, gate), judge_schema(staging, keys, gate)])
        summary.report = GateReport.merge([*(GateReport.from_state(r.report) for r in results), run_report])
    with clock.stage("data docs"):
        try:
            pages = [*merged_batch_results(staging.validation_results(keys)), *run_report.validation_results]
            summary.report.data_docs = gate.publish(summary.run_id, pages)
        except OSError as error:  # Data Docs live under the warehouse: a full disk stops the run before its commit
            raise WarehouseError(f"cannot write the run's Data Docs under {gate.gx_root}: {error}") from error
    if summary.report.blocking:
        log.error("run %s failed validation; nothing committed: %s", summary.run_id, [f.label for f in summary.report.blocking])
        summary.status = "failed"
        summary.failure_reasons = [f"{f.label} failed (critical): {f.observed}" for f in summary.report.blocking]
        return summary
    replaced = sorted(run_doc_ids.filter(pc.is_in(run_doc_ids, value_set=known)).to_pylist())  # changed files: their old rows go
    with clock.stage("commit"):
        summary.table_versions = commit_run(staging, keys, quarantine, duplicates, replaced, warehouse, summary.run_id, versions)
    summary.status = "committed"
    log.info("finished the run's %d batches: %s", len(keys), clock)
    log.info("committed %d documents and %d quarantine rows; table versions %s", summary.documents, summary.quarantined, summary.table_versions)
    return summary


def commit_run(
    staging: Staging,
    keys: list[str],
    quarantine: pa.Table,
    duplicates: dict[str, tuple[str, float]],
    replaced: list[str],
    warehouse: Warehouse,
    run_id: str,
    versions: dict[str, int],
) -> dict[str, int]:
    """Stream the staged batches into the warehouse: children first, documents next (a reader who
    sees a document can see all its rows), then paragraph counts and quarantine."""
    versions = dict(versions)
    for name in sorted(DOCUMENT_TABLES, key=lambda table: table == "documents"):
        if _nothing_to_write(staging, keys, name, replaced, warehouse):
            continue
        parts = (
            pa.RecordBatchReader.from_batches(table_schema(name).arrow, (_stamped(batch, run_id, duplicates) for batch in batches))
            for batches in staging.batches_in_parts(keys, name)
        )
        versions[name] = warehouse.replace_documents(name, parts, replaced)
    # A row per short paragraph of every document: summed as a stream, never read whole.
    counts = pl.concat([staging.scan(keys, "paragraph_stats"), _uncounted(warehouse, replaced)])
    if (version := warehouse.merge_paragraph_stats(counts)) is not None:
        versions["paragraph_stats"] = version
    if (version := warehouse.append("quarantine", _stamped(quarantine, run_id, {}))) is not None:
        versions["quarantine"] = version
    return versions


def _nothing_to_write(staging: Staging, keys: list[str], table: str, replaced: list[str], warehouse: Warehouse) -> bool:
    """No staged rows and no rows to delete: a new Delta version would be empty (a run whose every
    input was quarantined), and readers would see a version that changed nothing. A table not yet
    created is still written, empty, so every table opens without newscurate from the first run on.
    A killed run's commits are undone first, so skipping the write leaves no rows readers never saw."""
    if replaced or staging.row_count(keys, table):
        return False
    warehouse.prepare(table)
    return warehouse.version(table) is not None


def _uncounted(warehouse: Warehouse, replaced: list[str]) -> pl.LazyFrame:
    """Negative counts taking the replaced documents' paragraphs out of `paragraph_stats`, so a
    document curated again is not counted twice (paragraphs already removed as learned
    boilerplate are no longer in its text, and keep their count: they stay learned)."""
    schema = empty_frame("paragraph_stats").schema
    documents = warehouse.scan("documents")
    if not replaced or documents is None:
        return pl.LazyFrame(schema=schema)
    old = documents.filter(pl.col("doc_id").is_in(replaced) & pl.col("outlet").is_not_null()).select("outlet", "text").collect()
    rows = [(outlet, key, -1, False) for outlet, text in old.iter_rows() for key in paragraph_keys(text)]
    return pl.LazyFrame(rows, schema=schema, orient="row")


def _stamped(batch: pa.RecordBatch | pa.Table, run_id: str, duplicates: dict[str, tuple[str, float]]):
    """Rows as this run commits them: its run_id (a reused batch was staged by another run) and,
    for documents, the duplicate cluster each belongs to."""
    names = batch.schema.names
    if "run_id" in names:
        batch = batch.set_column(names.index("run_id"), "run_id", pa.array([run_id] * batch.num_rows, pa.string()))
    if "duplicate_of" in names:
        pairs = [duplicates.get(doc_id, (None, None)) for doc_id in batch.column("doc_id").to_pylist()]
        batch = batch.set_column(names.index("duplicate_of"), "duplicate_of", pa.array([p[0] for p in pairs], pa.string()))
        index = names.index("duplicate_similarity")
        batch = batch.set_column(index, "duplicate_similarity", pa.array([p[1] for p in pairs], pa.float64()))
    return batch


def gate_and_commit(rows: BatchRows, warehouse: Warehouse, gate: Gate, summary: RunSummary) -> RunSummary:
    """Rows already in memory through the same gate and commit as a flow run, as one batch."""
    staging = Staging(RunConfig(warehouse=warehouse.root).staging_root)
    key = batch_key([(d["source_path"], d["content_sha256"]) for d in rows.documents], summary.run_id)
    result = stage_chunks([rows], key, len(rows.documents), summary.run_id, staging, gate)
    try:
        return finish_run([result], [], warehouse, staging, gate, summary)
    finally:
        staging.discard([key])


def record_run(warehouse: Warehouse, summary: RunSummary) -> None:
    summary.finished_at = datetime.now(UTC)
    warehouse.append("runs", to_table("runs", [summary.runs_row()]))
