"""CHANGELOG.md says what changed against the previous release: documents, quotes, outlets, reasons."""

from collections import Counter

import polars as pl

from newscurate.release.changelog import NOT_IN_WAREHOUSE, ReleaseTables, changelog


def test_first_release_says_it_is_the_first(releases):
    text = (releases.first.path / "CHANGELOG.md").read_text(encoding="utf-8")
    documents = releases.first.manifest["files"]["documents"]["rows"]
    assert "The first release in this folder" in text and f"{documents:,} documents" in text


def summary_counts(text):
    rows = [line.strip("|").split("|") for line in text.split("## Per outlet")[0].splitlines() if line.startswith("| ")]
    return {label.strip(): value.strip() for label, value in rows[1:]}


def test_second_release_lists_the_added_removed_and_changed_documents(releases):
    text = (releases.second.path / "CHANGELOG.md").read_text(encoding="utf-8")
    assert text.startswith("# Changelog: 1.1.0 against 1.0.0")
    counts = summary_counts(text)
    assert (counts["documents added"], counts["documents removed"], counts["documents changed"]) == ("1", "2", "1")
    assert f"## Documents added\n\n- `{releases.new_doc_id}` 11_harbour_bridge.txt" in text
    assert f"- `{releases.copy_doc_id}` 05_copy_of_local_news.txt (Riverside Gazette; duplicate copy left out)" in text
    assert f"- `{releases.emptied_doc_id}` 09_wire_copy_dateline.txt" in text and "; input quarantined (empty))" in text
    assert f"## Documents changed\n\n- `{releases.edited_doc_id}` 02_interview_qa_section_tags.txt" in text
    assert "| duplicate copy left out | 1 |\n| input quarantined (empty) | 1 |" in text
    assert "1.1.0 leaves them out" in text


def test_quote_and_removal_counts_match_the_two_releases(releases):
    text = (releases.second.path / "CHANGELOG.md").read_text(encoding="utf-8")
    old_quotes = pl.read_parquet(releases.first.path / "quotes.parquet")
    new_quotes = pl.read_parquet(releases.second.path / "quotes.parquet")
    counts = summary_counts(text)
    old_multiset = Counter(old_quotes.select("doc_id", "text").iter_rows())
    new_multiset = Counter(new_quotes.select("doc_id", "text").iter_rows())
    assert int(counts["quotes added"]) == (new_multiset - old_multiset).total() > 0
    assert int(counts["quotes removed"]) == (old_multiset - new_multiset).total() > 0
    old_removals = pl.read_parquet(releases.first.path / "removals.parquet").group_by("reason").len()
    new_removals = dict(pl.read_parquet(releases.second.path / "removals.parquet").group_by("reason").len().iter_rows())
    for reason, before in old_removals.iter_rows():
        after = new_removals.get(reason, 0)
        assert f"| {reason} | {before:,} | {after:,} | {after - before:+,} |" in text


NOTHING_LEFT_OUT = pl.DataFrame(schema={"doc_id": pl.String, "reason": pl.String})


def tables(version, documents, quotes, removals=()):
    return ReleaseTables(
        version,
        True,
        pl.DataFrame(documents, schema={c: pl.String for c in ("doc_id", "source_path", "outlet", "text_sha256", "content_sha256")}, orient="row"),
        pl.DataFrame(quotes, schema={"doc_id": pl.String, "text": pl.String}, orient="row"),
        pl.DataFrame(list(removals), schema={"doc_id": pl.String, "reason": pl.String}, orient="row"),
    )


def test_a_quote_is_its_words_in_its_document_counted_with_repeats():
    before = tables("1.0.0", [("a", "a.txt", "Daily", "t1", "c1")], [("a", "yes"), ("a", "no")], [("a", "url")])
    after = tables("1.1.0", [("a", "a.txt", "Daily", "t2", "c2")], [("a", "yes"), ("a", "yes")], [("a", "url"), ("a", "email")])
    text = changelog(before, after, NOTHING_LEFT_OUT)
    counts = summary_counts(text)
    assert (counts["quotes added"], counts["quotes removed"], counts["documents changed"]) == ("1", "1", "1")
    assert "| Daily | 0 | 0 | 1 | 1 | 1 |" in text
    assert "| email | 0 | 1 | +1 |" in text and "| url | 1 | 1 | +0 |" in text


def test_same_text_and_bytes_is_unchanged_even_when_the_outlet_label_moves():
    before = tables("1.0.0", [("a", "a.txt", None, "t", "c")], [("a", "q")])
    after = tables("1.0.1", [("a", "a.txt", "Daily", "t", "c")], [("a", "q")])
    text = changelog(before, after, NOTHING_LEFT_OUT)
    assert summary_counts(text)["documents unchanged"] == "1"
    assert "No document or quote changed." in text


def test_a_document_the_warehouse_no_longer_has_is_removed_for_that_reason():
    before = tables("1.0.0", [("a", "a.txt", "Daily", "t", "c"), ("b", "b.txt", "Daily", "u", "d")], [])
    after = tables("2.0.0", [("a", "a.txt", "Daily", "t", "c")], [])
    text = changelog(before, after, NOTHING_LEFT_OUT)
    assert f"| {NOT_IN_WAREHOUSE} | 1 |" in text and "| Daily | 0 | 1 | 0 | 0 | 0 |" in text
