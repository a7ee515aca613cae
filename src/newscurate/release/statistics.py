"""What a release holds, in numbers: the counts its dataset card tabulates and plots.

Computed from the release's own tables (after duplicates are left out when asked), so the card
describes exactly the files beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

UNKNOWN = "unknown"
# Bins of quotes per document: (label, lowest, highest or None for no upper bound).
QUOTE_BINS = (("0", 0, 0), ("1", 1, 1), ("2", 2, 2), ("3-5", 3, 5), ("6-10", 6, 10), ("11-20", 11, 20), ("21+", 21, None))


@dataclass(frozen=True)
class CountTable:
    """Labelled counts, in display order. `key` names the plot file: `plots/<key>.png`."""

    key: str
    title: str
    label: str
    unit: str
    counts: tuple[tuple[str, int], ...]

    def top(self, limit: int) -> CountTable:
        """The first `limit - 1` labels and one row adding up the rest, when there are more than `limit`."""
        if len(self.counts) <= limit:
            return self
        kept, rest = self.counts[: limit - 1], self.counts[limit - 1 :]
        other = (f"{len(rest)} others", sum(count for _, count in rest))
        return CountTable(self.key, self.title, self.label, self.unit, (*kept, other))


@dataclass(frozen=True)
class RemovalCount:
    reason: str
    rows: int
    characters: int
    documents: int


@dataclass(frozen=True)
class ReleaseStatistics:
    documents: int
    quotes: int
    documents_by_outlet: CountTable
    documents_by_language: CountTable
    documents_by_year: CountTable
    quotes_per_document: CountTable
    quotes_per_document_mean: float
    quotes_per_document_median: float
    quotes_per_document_max: int
    removals: tuple[RemovalCount, ...]

    @property
    def removals_by_reason(self) -> CountTable:
        counts = tuple((r.reason, r.rows) for r in self.removals)
        return CountTable("removals_by_reason", "Removals by reason", "reason", "removal rows", counts)

    @property
    def count_tables(self) -> tuple[CountTable, ...]:
        return (
            self.documents_by_outlet,
            self.documents_by_language,
            self.documents_by_year,
            self.quotes_per_document,
            self.removals_by_reason,
        )


def release_statistics(documents: pl.DataFrame, quotes: pl.DataFrame, removals: pl.DataFrame) -> ReleaseStatistics:
    per_document = (
        documents.select("doc_id")
        .join(quotes.group_by("doc_id").len("quotes"), on="doc_id", how="left")
        .with_columns(pl.col("quotes").fill_null(0))["quotes"]
    )
    return ReleaseStatistics(
        documents=documents.height,
        quotes=quotes.height,
        documents_by_outlet=CountTable("documents_by_outlet", "Documents per outlet", "outlet", "documents", _by_count(documents["outlet"])),
        documents_by_language=CountTable("documents_by_language", "Documents per language", "language", "documents", _by_count(documents["language"])),
        documents_by_year=CountTable("documents_by_year", "Documents per year of publication", "year", "documents", _by_year(documents["published_date"])),
        quotes_per_document=CountTable("quotes_per_document", "Quotes per document", "quotes", "documents", _binned(per_document)),
        quotes_per_document_mean=float(per_document.mean() or 0.0),
        quotes_per_document_median=float(per_document.median() or 0.0),
        quotes_per_document_max=int(per_document.max() or 0),
        removals=_removals_by_reason(removals),
    )


def _by_count(values: pl.Series) -> tuple[tuple[str, int], ...]:
    """Most frequent first, ties by label; null counts as `unknown`."""
    counts = values.fill_null(UNKNOWN).value_counts(name="n").sort(["n", values.name], descending=[True, False])
    return tuple(counts.iter_rows())


def _by_year(dates: pl.Series) -> tuple[tuple[str, int], ...]:
    """Oldest year first, `unknown` (no published_date) last."""
    years = dates.dt.year().value_counts(name="n").sort(dates.name, nulls_last=True)
    return tuple((UNKNOWN if year is None else str(year), n) for year, n in years.iter_rows())


def _binned(per_document: pl.Series) -> tuple[tuple[str, int], ...]:
    def documents_in(low: int, high: int | None) -> int:
        return int((per_document >= low if high is None else per_document.is_between(low, high)).sum())

    return tuple((label, documents_in(low, high)) for label, low, high in QUOTE_BINS)


def _removals_by_reason(removals: pl.DataFrame) -> tuple[RemovalCount, ...]:
    grouped = (
        removals.group_by("reason")
        .agg(pl.len().alias("rows"), (pl.col("end") - pl.col("start")).sum().alias("characters"), pl.col("doc_id").n_unique().alias("documents"))
        .sort(["rows", "reason"], descending=[True, False])
    )
    return tuple(RemovalCount(*row) for row in grouped.iter_rows())
