"""A sidecar metadata file gives a folder of texts their url, date and outlet, marked as input,
and beats what a page says about itself; rows naming no file are reported, not dropped."""

import json

from newscurate.ingest import HTML_META, INPUT, Quarantined, Sourced, read_inputs

from tests.ingest.files import ARTICLE, html_page


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_sidecar_rows_give_the_files_they_name_their_metadata(tmp_path):
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "texts" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    write_jsonl(tmp_path / "texts" / "metadata.jsonl", [{"file": "a.txt", "url": "https://meduza.io/a", "date": "2024-01-02", "outlet": "Meduza"}])
    [a] = read_inputs(tmp_path / "texts" / "a.txt", tmp_path)
    [b] = read_inputs(tmp_path / "texts" / "b.txt", tmp_path)
    assert a.metadata.url == Sourced("https://meduza.io/a", INPUT)
    assert a.metadata.published_date == Sourced("2024-01-02", INPUT)
    assert a.metadata.outlet == Sourced("Meduza", INPUT)
    assert b.metadata.url is None


def test_a_csv_sidecar_above_the_folder_names_files_by_their_path_below_it(tmp_path):
    (tmp_path / "2024" / "march").mkdir(parents=True)
    (tmp_path / "2024" / "march" / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,url,outlet\n2024/march/talks.txt,https://apnews.com/x,AP News\n", encoding="utf-8")
    [document] = read_inputs(tmp_path / "2024" / "march" / "talks.txt", tmp_path)
    assert document.metadata.outlet == Sourced("AP News", INPUT)


def test_the_sidecar_beats_the_pages_own_metadata(tmp_path):
    (tmp_path / "page.html").write_bytes(html_page(published="2024-03-05"))
    write_jsonl(tmp_path / "metadata.jsonl", [{"file": "page.html", "date": "2024-03-04", "url": "https://example-times.com/p"}])
    [page] = read_inputs(tmp_path / "page.html", tmp_path)
    assert page.metadata.published_date == Sourced("2024-03-04", INPUT)
    assert page.metadata.url == Sourced("https://example-times.com/p", INPUT)
    assert page.metadata.title.source == HTML_META


def test_the_sidecar_is_no_document_but_its_rows_that_name_no_file_are_quarantined(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    write_jsonl(tmp_path / "metadata.jsonl", [{"file": "a.txt", "url": "https://a.org"}, {"file": "typo.txt", "url": "https://b.org"}, {"url": "https://c.org"}])
    records = list(read_inputs(tmp_path / "metadata.jsonl", tmp_path))
    assert all(isinstance(r, Quarantined) for r in records)
    assert [(r.source_path, r.reason) for r in records] == [
        ("metadata.jsonl#row=2", "sidecar_unmatched"),
        ("metadata.jsonl#row=3", "sidecar_no_file"),
    ]


def test_an_edited_sidecar_is_read_again(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    write_jsonl(tmp_path / "metadata.jsonl", [{"file": "a.txt", "outlet": "Meduza"}])
    [before] = read_inputs(tmp_path / "a.txt", tmp_path)
    write_jsonl(tmp_path / "metadata.jsonl", [{"file": "a.txt", "outlet": "The Moscow Times"}])
    [after] = read_inputs(tmp_path / "a.txt", tmp_path)
    assert (before.metadata.outlet.value, after.metadata.outlet.value) == ("Meduza", "The Moscow Times")
