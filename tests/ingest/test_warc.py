"""WARC files written with warcio: each captured HTML page a document with its URL from the
record, every other content record accounted for."""

from newscurate.ingest import HTML_META, INPUT, Quarantined, RawDocument, Sourced, read_inputs

from tests.ingest.files import ARTICLE, PARAGRAPHS, html_page, warc_file, zip_file

URL = "https://www.example-times.com/world/ceasefire-talks?utm_source=feed"


def crawl() -> bytes:
    return warc_file(
        [
            ("request", URL, "", b""),
            ("response", URL, "200 text/html; charset=utf-8", html_page()),
            ("response", "https://www.example-times.com/logo.png", "200 image/png", b"\x89PNG\r\n\x1a\n"),
            ("response", "https://www.example-times.com/gone", "404 text/html", b"<html><body>Not found</body></html>"),
            ("conversion", "https://www.example-times.com/plain", "text/plain", ARTICLE.encode()),
        ]
    )


def test_each_record_has_one_outcome_numbered_in_file_order(tmp_path):
    (tmp_path / "crawl.warc.gz").write_bytes(crawl())
    records = list(read_inputs(tmp_path / "crawl.warc.gz", tmp_path))
    # record 1 is warcinfo and record 2 the request: they describe the crawl and hold no article
    assert [(r.source_path, getattr(r, "reason", "document")) for r in records] == [
        ("crawl.warc.gz#record=3", "document"),
        ("crawl.warc.gz#record=4", "unsupported_record"),
        ("crawl.warc.gz#record=5", "http_status"),
        ("crawl.warc.gz#record=6", "document"),
    ]
    assert "image/png" in records[1].detail and "404" in records[2].detail


def test_a_captured_page_keeps_its_target_uri_as_input_metadata_and_the_pages_own(tmp_path):
    (tmp_path / "crawl.warc.gz").write_bytes(crawl())
    page, _, _, plain = read_inputs(tmp_path / "crawl.warc.gz", tmp_path)
    assert isinstance(page, RawDocument) and page.format == "warc"
    assert page.text.endswith(PARAGRAPHS[-1])
    assert page.metadata.url == Sourced(URL, INPUT)
    assert page.metadata.outlet == Sourced("Example Times", HTML_META)
    assert plain.format == "warc" and plain.text == ARTICLE and plain.metadata.url.source == INPUT


def test_an_uncompressed_warc_inside_a_zip_is_read_too(tmp_path):
    (tmp_path / "crawls.zip").write_bytes(zip_file({"day1.warc": warc_file([("response", URL, "200 text/html", html_page())], gzip=False)}))
    [page] = read_inputs(tmp_path / "crawls.zip", tmp_path)
    assert page.source_path == "crawls.zip!day1.warc#record=2" and page.metadata.url == Sourced(URL, INPUT)


def test_a_cut_off_warc_keeps_what_came_before_and_quarantines_the_cut_record(tmp_path):
    data = crawl()
    (tmp_path / "crawl.warc.gz").write_bytes(data[: len(data) - 200])
    records = list(read_inputs(tmp_path / "crawl.warc.gz", tmp_path))
    assert isinstance(records[0], RawDocument) and records[0].text.endswith(PARAGRAPHS[-1])
    assert isinstance(records[-1], Quarantined) and records[-1].reason == "truncated"
    assert records[-1].source_path == "crawl.warc.gz#record=6"


def test_a_file_that_is_not_a_warc_is_quarantined_as_unreadable(tmp_path):
    (tmp_path / "crawl.warc.gz").write_bytes(b"this is not a web archive\n" * 10)
    [result] = read_inputs(tmp_path / "crawl.warc.gz", tmp_path)
    assert isinstance(result, Quarantined) and (result.source_path, result.reason) == ("crawl.warc.gz", "unreadable")
