"""HTML pages: the article's main text for the clean stage, the page's metadata, and all of its
visible text for the audit.

The clean stage gets trafilatura's main text, one blank line between blocks, so page furniture
the extractor already dropped (menus, footers, comment threads) never reaches the paragraph
heuristics. `RawDocument.visible_text` keeps everything a reader of the page would have seen, so
what the extractor dropped can be checked against it.
"""

from __future__ import annotations

import re

from lxml import etree
from trafilatura import bare_extraction
from trafilatura.utils import load_html

from newscurate.ingest.records import HTML_META, NO_METADATA, Metadata, Quarantined, RawDocument, Sourced
from newscurate.ingest.text import decode_bytes, text_document

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
# Only dates the markup states (meta tags, JSON-LD, <time>, the URL): htmldate's extensive search
# reads dates out of the prose, which is a guess, not metadata.
_DATES_FROM_MARKUP = {"original_date": True, "extensive_search": False}
_INVISIBLE = ("head", "script", "style", "noscript", "template", "svg", "iframe", "object", "canvas")
_BLOCKS = frozenset(
    "address article aside blockquote br dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section summary table td th tr ul".split()
)
_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)+$")


def read_html(
    source_path: str,
    data: bytes,
    content_sha256: str,
    metadata: Metadata = NO_METADATA,
    declared_charset: str | None = None,
) -> RawDocument | Quarantined:
    """metadata: what the input says about the page (sidecar, WARC header); it beats the page's own."""
    decoded = decode_bytes(data, declared_charset or _meta_charset(data))
    if decoded is None:
        return Quarantined(source_path, content_sha256, "ingest", "binary", "no text encoding fits the bytes")
    html, encoding, confidence = decoded
    try:
        visible = visible_text(html)
        extracted = bare_extraction(
            html,
            url=metadata.value("url"),
            with_metadata=True,
            include_comments=False,
            date_extraction_params=_DATES_FROM_MARKUP,
        )
    except Exception as error:  # noqa: BLE001 - hostile markup can break lxml or the extractor in any way
        return Quarantined(source_path, content_sha256, "ingest", "unreadable", f"the HTML could not be parsed: {type(error).__name__}: {error}")
    if extracted is None or not (extracted.text or "").strip():
        return Quarantined(
            source_path, content_sha256, "ingest", "no_main_text", f"the extractor found no article text in {len(visible)} visible characters"
        )
    text = "\n\n".join(line.strip() for line in extracted.text.splitlines() if line.strip())
    return text_document(source_path, content_sha256, text, encoding, confidence, len(data), "html", metadata.over(_page_metadata(extracted)), visible)


def visible_text(html: str) -> str:
    """What a browser shows: no head, scripts or styles; one line per block element."""
    tree = load_html(html)
    if tree is None:
        return ""
    for element in list(tree.iter(*_INVISIBLE)):
        element.drop_tree()
    pieces: list[str] = []
    for event, element in etree.iterwalk(tree, events=("start", "end")):
        is_element = isinstance(element.tag, str)
        if is_element and element.tag in _BLOCKS:
            pieces.append("\n")
        if event == "start" and is_element and element.text:
            pieces.append(element.text)
        if event == "end" and element.tail:
            pieces.append(element.tail)
    lines = (" ".join(line.split()) for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)


def _page_metadata(extracted) -> Metadata:
    def sourced(value: str | None) -> Sourced | None:
        return Sourced(value.strip(), HTML_META) if value and value.strip() else None

    # trafilatura falls back to the host name for a site name; a domain is not an outlet's name,
    # and annotate looks domains up in the outlet registry through the URL instead.
    site_name = extracted.sitename if extracted.sitename and not _DOMAIN.match(extracted.sitename) else None
    authors = tuple(name.strip() for name in (extracted.author or "").split(";") if name.strip())
    return Metadata(
        url=sourced(extracted.url),
        title=sourced(extracted.title),
        outlet=sourced(site_name),
        published_date=sourced(extracted.date),
        authors=Sourced(authors, HTML_META) if authors else None,
    )


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None
