"""CHANGELOG.md: what a release changes against the previous one in the same folder.

A document is identified by `doc_id` (stable per source path): added, removed, or changed when its
clean text or its input bytes differ (`text_sha256`, `content_sha256`). A removed document carries
the reason the new release left it out (a duplicate copy, its input quarantined), or "not in the
warehouse's current version" when the warehouse no longer has it. A quote is identified by
its document and its words, counted with multiplicity, so a quote that only moved (its document's
text changed around it) is neither added nor removed.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from newscurate.release.statistics import UNKNOWN

# The columns a changelog compares; the previous release is read with these only.
COLUMNS = {
    "documents": ["doc_id", "source_path", "outlet", "text_sha256", "content_sha256"],
    "quotes": ["doc_id", "text"],
    "removals": ["doc_id", "reason"],
}
MAX_LISTED = 100
NOT_IN_WAREHOUSE = "not in the warehouse's current version"


@dataclass(frozen=True)
class ReleaseTables:
    """A release's tables, at least the columns in COLUMNS."""

    version: str
    includes_duplicates: bool
    documents: pl.DataFrame
    quotes: pl.DataFrame
    removals: pl.DataFrame


def first_release_changelog(current: ReleaseTables) -> str:
    return (
        f"# Changelog: {current.version}\n\n"
        f"The first release in this folder: there is no earlier release to compare with. It holds "
        f"{current.documents.height:,} documents, {current.quotes.height:,} quotes and {current.removals.height:,} removals.\n"
    )


def changelog(previous: ReleaseTables, current: ReleaseTables, left_out: pl.DataFrame) -> str:
    """`left_out`: documents the current release leaves out of the warehouse's version (doc_id, reason)."""
    documents = _document_changes(previous.documents, current.documents, left_out)
    quotes = _quote_changes(previous, current)
    counts = {status: documents.filter(pl.col("status") == status).height for status in ("added", "removed", "changed", "unchanged")}
    parts = [
        f"# Changelog: {current.version} against {previous.version}",
        "",
        *_duplicates_note(previous, current),
        "| change | count |",
        "|---|---:|",
        *[f"| documents {status} | {count:,} |" for status, count in counts.items()],
        f"| quotes added | {quotes['added'].sum():,} |",
        f"| quotes removed | {quotes['removed'].sum():,} |",
        f"| cleaning removal rows | {previous.removals.height:,} → {current.removals.height:,} |",
        "",
        "## Per outlet",
        "",
        _per_outlet(documents, quotes),
        "",
        "## Documents removed per reason",
        "",
        _removed_per_reason(documents),
        "",
        "## Cleaning removals per reason (rows of `removals`)",
        "",
        _removals_per_reason(previous, current),
    ]
    for status in ("added", "removed", "changed"):
        parts += ["", _document_list(documents, status)]
    return "\n".join(parts) + "\n"


def _duplicates_note(previous: ReleaseTables, current: ReleaseTables) -> list[str]:
    if previous.includes_duplicates == current.includes_duplicates:
        return []
    before = "included" if previous.includes_duplicates else "left out"
    now = "includes them" if current.includes_duplicates else "leaves them out"
    return [f"Release {previous.version} {before} duplicate copies and {current.version} {now}: some documents are added or removed for that reason alone.", ""]


def _document_changes(previous: pl.DataFrame, current: pl.DataFrame, left_out: pl.DataFrame) -> pl.DataFrame:
    """One row per doc_id in either release: its status, outlet and source path (the newer when
    both), and for a removed document why."""
    columns = COLUMNS["documents"]
    joined = previous.select(columns).join(current.select(columns), on="doc_id", how="full", coalesce=True, suffix="_new")
    same = (pl.col("text_sha256") == pl.col("text_sha256_new")) & (pl.col("content_sha256") == pl.col("content_sha256_new"))
    status = (
        pl.when(pl.col("text_sha256").is_null())
        .then(pl.lit("added"))
        .when(pl.col("text_sha256_new").is_null())
        .then(pl.lit("removed"))
        .when(same)
        .then(pl.lit("unchanged"))
        .otherwise(pl.lit("changed"))
    )
    return (
        joined.join(left_out.select("doc_id", "reason"), on="doc_id", how="left")
        .select(
            "doc_id",
            status.alias("status"),
            pl.coalesce("outlet_new", "outlet").fill_null(UNKNOWN).alias("outlet"),
            pl.coalesce("source_path_new", "source_path").alias("source_path"),
            pl.col("reason"),
        )
        .with_columns(pl.when(pl.col("status") == "removed").then(pl.col("reason").fill_null(NOT_IN_WAREHOUSE)).alias("reason"))
    )


def _quote_changes(previous: ReleaseTables, current: ReleaseTables) -> pl.DataFrame:
    """Per (doc_id, quote words): how many more (added) or fewer (removed) the new release has, with the outlet."""
    before = previous.quotes.group_by("doc_id", "text").agg(pl.len().cast(pl.Int64).alias("before"))
    after = current.quotes.group_by("doc_id", "text").agg(pl.len().cast(pl.Int64).alias("after"))
    outlets = pl.concat(
        [previous.documents.select("doc_id", "outlet"), current.documents.select("doc_id", "outlet")], how="vertical_relaxed"
    ).unique("doc_id", keep="last", maintain_order=True)
    difference = pl.col("after").fill_null(0) - pl.col("before").fill_null(0)
    return (
        before.join(after, on=["doc_id", "text"], how="full", coalesce=True)
        .join(outlets, on="doc_id", how="left")
        .select(
            "doc_id",
            pl.col("outlet").fill_null(UNKNOWN),
            difference.clip(lower_bound=0).alias("added"),
            (-difference).clip(lower_bound=0).alias("removed"),
        )
    )


def _per_outlet(documents: pl.DataFrame, quotes: pl.DataFrame) -> str:
    statuses = documents.group_by("outlet").agg(
        *[(pl.col("status") == status).sum().alias(status) for status in ("added", "removed", "changed")]
    )
    quote_counts = quotes.group_by("outlet").agg(pl.col("added").sum().alias("quotes_added"), pl.col("removed").sum().alias("quotes_removed"))
    table = (
        statuses.join(quote_counts, on="outlet", how="full", coalesce=True)
        .fill_null(0)
        .filter(pl.sum_horizontal(pl.exclude("outlet")) > 0)
        .sort("outlet")
    )
    if table.is_empty():
        return "No document or quote changed."
    rows = [f"| {outlet} | {' | '.join(f'{n:,}' for n in counts)} |" for outlet, *counts in table.iter_rows()]
    return "\n".join(
        [
            "| outlet | documents added | documents removed | documents changed | quotes added | quotes removed |",
            "|---|---:|---:|---:|---:|---:|",
            *rows,
        ]
    )


def _removed_per_reason(documents: pl.DataFrame) -> str:
    removed = documents.filter(pl.col("status") == "removed").group_by("reason").len().sort("reason")
    if removed.is_empty():
        return "No document was removed."
    rows = [f"| {reason} | {n:,} |" for reason, n in removed.iter_rows()]
    return "\n".join(["| reason | documents |", "|---|---:|", *rows])


def _removals_per_reason(previous: ReleaseTables, current: ReleaseTables) -> str:
    before = previous.removals.group_by("reason").agg(pl.len().cast(pl.Int64).alias("before"))
    after = current.removals.group_by("reason").agg(pl.len().cast(pl.Int64).alias("after"))
    table = before.join(after, on="reason", how="full", coalesce=True).fill_null(0).sort("reason")
    if table.is_empty():
        return "Neither release has removals."
    rows = [f"| {reason} | {b:,} | {a:,} | {a - b:+,} |" for reason, b, a in table.select("reason", "before", "after").iter_rows()]
    return "\n".join([f"| reason | rows in {previous.version} | rows in {current.version} | change |", "|---|---:|---:|---:|", *rows])


def _document_list(documents: pl.DataFrame, status: str) -> str:
    listed = documents.filter(pl.col("status") == status).sort("source_path")
    if listed.is_empty():
        return f"## Documents {status}\n\nNone."
    lines = [
        f"- `{doc_id}` {source_path} ({outlet}{'; ' + reason if reason else ''})"
        for doc_id, source_path, outlet, reason in listed.select("doc_id", "source_path", "outlet", "reason").head(MAX_LISTED).iter_rows()
    ]
    if listed.height > MAX_LISTED:
        lines.append(f"- and {listed.height - MAX_LISTED:,} more")
    return f"## Documents {status}\n\n" + "\n".join(lines)
