"""HTML pages: the main text for the clean stage, the page's metadata marked html_meta, and all
visible text kept for the audit."""

from newscurate.ingest import HTML_META, INPUT, Metadata, Quarantined, RawDocument, Sourced, read_inputs
from newscurate.ingest.html import read_html

from tests.ingest.files import PARAGRAPHS, html_page


def test_main_text_is_the_article_one_blank_line_between_blocks(tmp_path):
    (tmp_path / "page.html").write_bytes(html_page())
    [document] = read_inputs(tmp_path / "page.html", tmp_path)
    assert isinstance(document, RawDocument) and document.format == "html"
    assert document.text == "\n\n".join(["Ceasefire talks stall again", *PARAGRAPHS])
    assert "Home" not in document.text and "Copyright" not in document.text


def test_visible_text_keeps_what_the_extractor_dropped_but_nothing_invisible():
    document = read_html("page.html", html_page(), "sha")
    lines = document.visible_text.splitlines()
    assert lines[:3] == ["Home", "World", "Sport"]
    assert lines[-1] == "Copyright 2024 Example Times. All rights reserved."
    assert all(p in lines for p in PARAGRAPHS)
    assert "script text" not in document.visible_text and "color: red" not in document.visible_text


def test_page_metadata_is_kept_and_marked_html_meta():
    metadata = read_html("page.html", html_page(), "sha").metadata
    assert metadata == Metadata(
        url=Sourced("https://www.example-times.com/world/ceasefire-talks", HTML_META),
        title=Sourced("Ceasefire talks stall again", HTML_META),
        outlet=Sourced("Example Times", HTML_META),
        published_date=Sourced("2024-03-05", HTML_META),
        authors=Sourced(("Jane Doe",), HTML_META),
    )


def test_metadata_from_the_input_beats_the_pages_own():
    given = Metadata(url=Sourced("https://example-times.com/a", INPUT), title=Sourced("Talks stall", INPUT))
    metadata = read_html("page.html", html_page(), "sha", given).metadata
    assert metadata.url == Sourced("https://example-times.com/a", INPUT)
    assert metadata.title == Sourced("Talks stall", INPUT)
    assert metadata.authors == Sourced(("Jane Doe",), HTML_META)


def test_declared_charset_decodes_a_legacy_page():
    paragraphs = ["Переговоры о прекращении огня снова зашли в тупик во вторник, сообщили делегаты после третьего дня переговоров в Брюсселе."] * 3
    page = html_page(title="Переговоры снова в тупике", site_name="Пример", paragraphs=paragraphs, charset="windows-1251")
    document = read_html("page.html", page, "sha")
    assert document.encoding == "windows-1251"
    assert paragraphs[0] in document.text


def test_a_page_without_article_text_is_quarantined():
    page = b"<html><head><title>Gallery</title></head><body><div><img src='a.jpg'></div><script>render()</script></body></html>"
    result = read_html("index.html", page, "sha")
    assert isinstance(result, Quarantined) and result.reason == "no_main_text"


def test_an_html_file_with_another_extension_is_recognised_by_its_start(tmp_path):
    (tmp_path / "saved_page").write_bytes(html_page())
    [document] = read_inputs(tmp_path / "saved_page", tmp_path)
    assert document.format == "html" and document.text.startswith("Ceasefire talks stall again\n\n")
