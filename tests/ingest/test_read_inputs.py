"""The one entry point: every file found gets its format's reader and at least one outcome, and
the metadata it carries reaches the documents table ahead of what the text suggests."""

import hashlib
import json

import polars as pl
import pytest

from newscurate.curate import curate_batch
from newscurate.ingest import Quarantined, RawDocument, discover, input_file_of, read_inputs
from newscurate.ingest.reader import input_files_of

from tests.ingest.files import ARTICLE, PARAGRAPHS, html_page, pdf_file


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("export.json", b'{"articles": []}', "unsupported_format"),
        ("letter.docx", b"PK\x03\x04rest of an office file", "unsupported_format"),
        ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"),
        ("empty.txt", b"", "empty"),
        ("empty.jsonl", b"", "empty"),
        ("empty.csv", b"", "empty"),
        ("header_only.csv", b"text,url\n", "empty"),
    ],
)
def test_unknown_and_unreadable_files_are_quarantined_with_the_reason(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    [result] = read_inputs(tmp_path / name, tmp_path)
    assert isinstance(result, Quarantined) and (result.source_path, result.reason) == (name, reason)


def test_a_text_file_reads_as_it_always_did(tmp_path):
    (tmp_path / "a.txt").write_bytes(ARTICLE.encode("utf-16"))
    [document] = read_inputs(tmp_path / "a.txt", tmp_path)
    assert isinstance(document, RawDocument)
    assert (document.text, document.encoding, document.format) == (ARTICLE, "utf-16", "text")


@pytest.mark.parametrize(
    ("source_path", "input_file"),
    [
        ("feed.jsonl#row=12", "feed.jsonl"),
        ("crawl.warc.gz#record=3", "crawl.warc.gz"),
        ("a.zip!inner/x.html", "a.zip"),
        ("dumps/a.tar.gz!part/feed.jsonl#row=2", "dumps/a.tar.gz"),
        ("Wow! news #1.txt", "Wow! news #1.txt"),
    ],
)
def test_a_records_source_path_leads_back_to_its_input_file(source_path, input_file):
    assert input_file_of(source_path) == input_file
    column = pl.DataFrame({"source_path": [source_path]}).select(input_files_of(pl.col("source_path")))
    assert column.item() == input_file  # the same answer for a column, in polars' regex engine


def collection(root):
    """What a user really has: a feed export, saved pages, a PDF, with metadata in various places."""
    rows = [
        {"text": f"Source: Kyiv Independent\n\n{ARTICLE}", "outlet": "Meduza", "date": "2024-02-01", "title": "Talks stall",
         "author": "Jane Doe", "url": "https://meduza.io/en/news/talks"},
        {"text": PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[2], "url": "https://www.reuters.com/world/talks"},
        {"text": ""},
    ]
    (root / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (root / "pages").mkdir()
    (root / "pages" / "talks.html").write_bytes(html_page(site_name="The Moscow Times"))
    (root / "pages" / "other.html").write_bytes(html_page(site_name="Example Times", published="2024-03-07"))
    (root / "pages" / "metadata.csv").write_text("file,outlet\nother.html,Byline Times\n", encoding="utf-8")
    (root / "report.pdf").write_bytes(pdf_file([ARTICLE]))
    (root / "metadata.jsonl").write_text(json.dumps({"file": "report.pdf", "outlet": "CGTN", "date": "2024-03-06"}) + "\n", encoding="utf-8")


def test_curate_batch_puts_input_metadata_ahead_of_what_the_text_says(tmp_path):
    collection(tmp_path)
    files, _ = discover(tmp_path)
    rows = curate_batch(files, tmp_path, "run-1")
    documents = {d["source_path"]: d for d in rows.documents}
    assert sorted(documents) == ["feed.jsonl#row=1", "feed.jsonl#row=2", "pages/other.html", "pages/talks.html", "report.pdf"]
    row = documents["feed.jsonl#row=1"]
    # the text's own 'Source:' line names another outlet: the input wins
    assert (row["outlet"], row["outlet_source"]) == ("Meduza", "input")
    assert (str(row["published_date"]), row["date_source"]) == ("2024-02-01", "input")
    assert (row["title"], row["authors"], row["url"]) == ("Talks stall", ["Jane Doe"], "https://meduza.io/en/news/talks")
    assert (documents["feed.jsonl#row=2"]["outlet"], documents["feed.jsonl#row=2"]["outlet_source"]) == ("Reuters", "url_domain")
    talks = documents["pages/talks.html"]
    assert (talks["outlet"], talks["outlet_source"], talks["date_source"]) == ("The Moscow Times", "html_meta", "html_meta")
    assert talks["url"] == "https://www.example-times.com/world/ceasefire-talks"
    other = documents["pages/other.html"]
    assert (other["outlet"], other["outlet_source"], str(other["published_date"]), other["date_source"]) == (
        "Byline Times", "input", "2024-03-07", "html_meta",
    )
    pdf = documents["report.pdf"]
    assert (pdf["outlet"], pdf["outlet_source"], str(pdf["published_date"])) == ("CGTN", "input", "2024-03-06")
    assert [(q["source_path"], q["reason"]) for q in rows.quarantine] == [("feed.jsonl#row=3", "empty")]
    assert row["doc_id"] == hashlib.sha256(b"feed.jsonl#row=1").hexdigest()[:16]
