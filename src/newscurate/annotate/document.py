"""One document's rows: its metadata, its quotes and its links, from the ingest and clean results.

Metadata that came with the input (a column, a sidecar, a WARC header, the page's own markup)
beats what the text suggests: the text's cues are used only where the input says nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import partial

from newscurate.annotate.dates import parse_date, publication_date_of_page
from newscurate.annotate.genre import count_sentences, date_from_url, genre, quoted_share
from newscurate.annotate.language import detect_language
from newscurate.annotate.outlets import OutletGuess, OutletRegistry, domain_of, guess_outlet
from newscurate.annotate.quotes import SPEECH_KINDS, find_quotes
from newscurate.annotate.site_name import site_name
from newscurate.clean import CleanResult
from newscurate.clean.blocks import quote_blocks
from newscurate.clean.links import EMAIL, URL
from newscurate.ingest import INPUT, Metadata, RawDocument

_BANNER_REASONS = frozenset({"promo_block", "copyright", "disclaimer", "privacy_notice", "editors_note", "navigation"})
_EMAIL_REASONS = _BANNER_REASONS | {"email"}


@dataclass(frozen=True)
class AnnotatedDocument:
    document: dict
    quotes: list[dict]
    links: list[dict]
    removals: list[dict]


def doc_id_for(source_path: str) -> str:
    return hashlib.sha256(source_path.encode("utf-8")).hexdigest()[:16]


def annotate(raw: RawDocument, cleaned: CleanResult, registry: OutletRegistry, run_id: str) -> AnnotatedDocument:
    doc_id = doc_id_for(raw.source_path)
    text = cleaned.text
    banners = [r.text for r in cleaned.removals if r.reason in _BANNER_REASONS]
    # Read only if the input names no outlet and the text has no 'Source:' line.
    emails = (e for r in cleaned.removals if r.reason in _EMAIL_REASONS and "@" in r.text for e in EMAIL.findall(r.text))
    metadata = raw.metadata
    page = partial(site_name, cleaned.buffer.raw, cleaned.removals, cleaned.title)
    outlet = _outlet_from_metadata(metadata, registry) or guess_outlet(registry, cleaned.source_lines, banners, emails, cleaned.links, page)
    language = detect_language(text)
    url_date = date_from_url(metadata.value("url"))
    published, date_source = _date_from_metadata(metadata) or ((url_date, "url") if url_date else _published_date(cleaned.date_lines))
    if published is None and (own_url_date := date_from_url(_own_url(cleaned))):
        published, date_source = own_url_date, "text_url"
    quotes = find_quotes(text, quote_blocks(cleaned))
    speech = [q for q in quotes if q.kind in SPEECH_KINDS]
    title = metadata.value("title") or cleaned.title
    labels = [r.text for r in cleaned.removals if r.reason == "section_tag"]
    notes = cleaned.editors_notes + [r.text for r in cleaned.removals if r.reason == "disclaimer"]
    words = text.split()
    document_genre, genre_cue = genre(text, words, len(speech), any(q.kind == "interview_answer" for q in quotes), labels, notes, title)
    registry_outlet = registry.by_name(outlet.outlet) if outlet.outlet else None
    document = {
        "doc_id": doc_id,
        "source_path": raw.source_path,
        "url": metadata.value("url"),
        "content_sha256": raw.content_sha256,
        "encoding": raw.encoding,
        "encoding_confidence": raw.encoding_confidence,
        "outlet": outlet.outlet,
        "outlet_source": outlet.source,
        "title": title,
        "subtitle": cleaned.standfirst,
        "authors": list(metadata.value("authors") or ()) or cleaned.authors,
        "editors": cleaned.editors,
        "published_date": published,
        "date_source": date_source,
        "language": language.language,
        "language_score": language.score,
        "paragraph_languages": list(language.paragraph_languages) if language.language else [],
        "genre": document_genre,
        "genre_cue": genre_cue,
        "text": text,
        "captions": cleaned.captions,
        "editors_notes": cleaned.editors_notes,
        "n_chars": len(text),
        "n_words": len(words),
        # The language guess has one entry per non-blank paragraph (split at blank lines, as here):
        # counting them spares a second split of the text.
        "n_paragraphs": len(language.paragraph_languages),
        "n_sentences": count_sentences(text),
        "n_quotes": len(quotes),
        "quoted_share": quoted_share(len(text), [(q.start, q.end) for q in speech]),
        "n_raw_chars": len(raw.text),
        "removed_share": round(cleaned.removed_share, 6),
        "text_sha256": hashlib.sha256(_fold(words).encode("utf-8")).hexdigest(),
        "duplicate_of": None,
        "duplicate_similarity": None,
        "run_id": run_id,
    }
    quote_rows = [
        {
            "doc_id": doc_id,
            "quote_id": index,
            **q.as_row(),
            "raw_start": cleaned.to_raw(q.start),
            "raw_end": cleaned.to_raw(q.end - 1) + 1,
        }
        for index, q in enumerate(quotes)
    ]
    own_domains = set(registry_outlet.domains) if registry_outlet else set()
    link_rows = [
        {
            "doc_id": doc_id,
            "url": url,
            "domain": domain_of(url),
            "internal": (any(domain_of(url) == d or domain_of(url).endswith("." + d) for d in own_domains) if registry_outlet else None),
        }
        for url in cleaned.links
    ]
    removal_rows = [
        {"doc_id": doc_id, "start": r.start, "end": r.end, "text": r.text, "replacement": r.replacement, "reason": r.reason, "rule": r.rule}
        for r in cleaned.removals
    ]
    return AnnotatedDocument(document, quote_rows, link_rows, removal_rows)


def _outlet_from_metadata(metadata: Metadata, registry: OutletRegistry) -> OutletGuess | None:
    """The outlet the input names; else the registry's outlet for the URL's domain; else the
    page's site name. Registry names replace the input's spelling, so one outlet has one name."""
    named = metadata.outlet
    by_domain = registry.by_domain(domain_of(metadata.url.value)) if metadata.url else None
    if by_domain and not (named and named.source == INPUT):
        return OutletGuess(by_domain.name, "url_domain")
    if named:
        known = registry.by_name(named.value)
        return OutletGuess(known.name if known else named.value, named.source)
    return None


def _date_from_metadata(metadata: Metadata):
    if metadata.published_date and (parsed := parse_date(metadata.published_date.value)):
        return parsed, metadata.published_date.source
    return None


def _own_url(cleaned: CleanResult) -> str | None:
    """The page's own address, where a scrape prints it in its first lines (a saved page's header),
    not a link inside the article."""
    header_end = len("\n".join(cleaned.buffer.raw.split("\n", 3)[:3]))
    return next((url for r in cleaned.removals if r.reason == "url" and r.start < header_end for url in URL.findall(r.text)), None)


def _published_date(date_lines: list[str]):
    if found := publication_date_of_page(date_lines):
        parsed, line = found
        return parsed, "wire_dateline" if "(" in line else "date_line"
    return None, None


def _fold(words: list[str]) -> str:
    """Exact duplicates are the same words: case and spacing do not make a new text. (Case
    folding never makes or removes a space, so folding the joined words folds the text.)"""
    return " ".join(words).casefold()
