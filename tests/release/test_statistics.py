"""Release statistics on small hand-made tables, and the charts drawn from them."""

from datetime import date

import polars as pl

from newscurate.release.plots import MAX_BARS, bar_chart, statistics_plots
from newscurate.release.statistics import CountTable, release_statistics


def documents(rows):
    return pl.DataFrame(rows, schema={"doc_id": pl.String, "outlet": pl.String, "language": pl.String, "published_date": pl.Date}, orient="row")


DOCUMENTS = documents(
    [
        ("a", "Daily", "en", date(2023, 5, 1)),
        ("b", "Daily", "de", None),
        ("c", None, "en", date(2021, 1, 9)),
        ("d", "Weekly", None, date(2023, 2, 2)),
    ]
)
QUOTES = pl.DataFrame({"doc_id": ["a"] * 7 + ["b"]})
REMOVALS = pl.DataFrame({"doc_id": ["a", "a", "b"], "start": [0, 10, 0], "end": [5, 12, 1], "reason": ["url", "url", "email"]})


def test_counts_put_unknown_where_values_are_missing():
    statistics = release_statistics(DOCUMENTS, QUOTES, REMOVALS)
    assert statistics.documents_by_outlet.counts == (("Daily", 2), ("Weekly", 1), ("unknown", 1))
    assert statistics.documents_by_language.counts == (("en", 2), ("de", 1), ("unknown", 1))
    assert statistics.documents_by_year.counts == (("2021", 1), ("2023", 2), ("unknown", 1))


def test_quotes_per_document_counts_documents_without_quotes():
    statistics = release_statistics(DOCUMENTS, QUOTES, REMOVALS)
    bins = dict(statistics.quotes_per_document.counts)
    assert bins == {"0": 2, "1": 1, "2": 0, "3-5": 0, "6-10": 1, "11-20": 0, "21+": 0}
    assert (statistics.quotes_per_document_mean, statistics.quotes_per_document_median, statistics.quotes_per_document_max) == (2.0, 0.5, 7)


def test_removals_by_reason_count_rows_characters_and_documents():
    statistics = release_statistics(DOCUMENTS, QUOTES, REMOVALS)
    assert [(r.reason, r.rows, r.characters, r.documents) for r in statistics.removals] == [("url", 2, 7, 1), ("email", 1, 1, 1)]


def test_top_adds_up_the_rest_in_one_row():
    table = CountTable("k", "t", "label", "unit", tuple((f"o{i}", 30 - i) for i in range(30)))
    top = table.top(5)
    assert top.counts[:4] == table.counts[:4] and top.counts[4] == ("26 others", sum(30 - i for i in range(4, 30)))
    assert table.top(30) is table


def test_statistics_plots_are_pngs_named_after_their_tables():
    plots = statistics_plots(release_statistics(DOCUMENTS, QUOTES, REMOVALS))
    assert set(plots) == {f"plots/{key}.png" for key in ("documents_by_outlet", "documents_by_language", "documents_by_year", "quotes_per_document", "removals_by_reason")}
    assert all(png.startswith(b"\x89PNG\r\n\x1a\n") for png in plots.values())


def test_a_chart_is_the_same_bytes_for_the_same_counts():
    table = CountTable("k", "Documents per outlet", "outlet", "documents", tuple((f"outlet {i}", i) for i in range(MAX_BARS)))
    assert bar_chart(table) == bar_chart(table)
