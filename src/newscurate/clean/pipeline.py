"""The clean stage as one pure function: `clean_text(raw) -> CleanResult`.

Steps run in a fixed order on a `TextBuffer`; each sees the text left by the ones before, so a
title is looked for only after the banners above it are gone, and a paragraph cut by a URL block
is re-joined once the block is out. The page furniture the steps remove (title, bylines,
captions, links) is read back from the removals, so metadata and audit trail cannot disagree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from newscurate.annotate.dates import labelled
from newscurate.clean.boilerplate import find_boilerplate, find_article_end
from newscurate.clean.characters import normalize_characters, strip_markup
from newscurate.clean.edits import LAYOUT_REASONS, Edit, Removal, TextBuffer, whole_passages
from newscurate.clean.headline import authors_in_line, furniture_labels, names_a_person, reads_as_headline, reads_as_kicker
from newscurate.clean.layout import (
    find_lines_around_article,
    find_short_line_runs,
    normalize_blank_lines,
    reflow_hard_wraps,
    rejoin_cut_paragraphs,
    rejoin_inline_breaks,
    trim_spaces,
    trim_text_edges,
)
from newscurate.clean.learned import learned_step
from newscurate.clean.lines import CAPITALS, at_most_words
from newscurate.clean.links import EMAIL, URL, find_links
from newscurate.clean.person_names import GREEK_GENITIVE_ARTICLES, NAME_PARTICLES, NAME_SEPARATOR, WIRE_AGENCY_AFTER_NAMES, greek_nominative, lists_people
from newscurate.clean.structure import BYLINE, CJK_BYLINE, CREDIT_SENTENCE, DATE_LINE, DATED_BYLINE, PERSONS_NAME, ROLE_AFTER_NAMES, SIGNATURE, WIRE_DATELINE, byline_fields, find_clock_times, find_page_furniture, find_title

Step = Callable[[str], list[Edit]]

STEPS: tuple[Step, ...] = (
    normalize_characters,
    strip_markup,
    find_links,
    rejoin_inline_breaks,
    find_article_end,
    find_boilerplate,
    find_page_furniture,
    find_title,
    trim_spaces,
    reflow_hard_wraps,
    find_short_line_runs,
    find_lines_around_article,
    find_clock_times,
    normalize_blank_lines,
    rejoin_cut_paragraphs,
    trim_text_edges,
)

REMOVAL_REASONS = {
    "invisible_char": "zero-width or soft-hyphen character",
    "whitespace": "space, line break or blank line normalized",
    "reflow": "hard line wrap or cut paragraph joined",
    "markup": "markup tag or HTML entity (the text inside is kept)",
    "debris": "stray backslash or mojibake repaired",
    "url": "URL or line of URLs (kept in links)",
    "email": "e-mail address or its obfuscation debris",
    "navigation": "share/follow/download/menu label, list header and its links, a box's labelled fields, teasers after the article, or a run of short link-like lines",
    "comments": "reader comments section (from its header, or its first comment, to the end)",
    "related_link": "'Related article:'-style pointer to another page",
    "copyright": "copyright notice",
    "disclaimer": "opinion disclaimer, contribute note, the author's bio after the article, its notes and references, a press release's notes and contacts, or a notice about the page (print edition, delayed quotes, masthead, press code)",
    "privacy_notice": "privacy or cookie notice",
    "promo_block": "donation, subscription or funding appeal, or a paywall's offers",
    "byline": "author or editor line (names kept in metadata)",
    "editors_note": "editor's note or correction note (kept in metadata)",
    "source_line": "'Source:' line (kept as an outlet cue)",
    "dateline": "date line or wire dateline (kept as published_date cue)",
    "caption": "image caption or credit (kept in captions)",
    "caption_repeat": "caption printed again, or a truncated copy",
    "section_tag": "section label line or crosshead",
    "repeat": "line printed again",
    "title": "headline (kept in title)",
    "title_repeat": "headline repeated as the first paragraph",
    "standfirst": "summary line under the headline or above the byline (kept in standfirst)",
    "learned_boilerplate": "paragraph that recurs across many documents of the same outlet (learned)",
}


@dataclass(frozen=True)
class CleanResult:
    text: str
    removals: list[Removal]
    title: str | None
    standfirst: str | None
    captions: list[str]
    links: list[str]
    authors: list[str]
    editors: list[str]
    editors_notes: list[str]
    source_lines: list[str]
    date_lines: list[str]
    buffer: TextBuffer = field(repr=False)

    def to_raw(self, offset: int) -> int:
        return self.buffer.to_raw(offset)

    @property
    def removed_share(self) -> float:
        """Share of the raw text's non-space characters removed as content, not layout."""
        total = len("".join(self.buffer.raw.split()))
        if not total:
            return 0.0
        removed = sum(len("".join(r.text.split())) for r in self.removals if r.reason not in LAYOUT_REASONS)
        return removed / total


def clean_text(raw: str, learned: frozenset[int] = frozenset()) -> CleanResult:
    """Clean one raw text; `learned` holds paragraph keys learned as its outlet's boilerplate."""
    buffer = TextBuffer(raw)
    steps = STEPS
    if learned:
        # After re-flow, so a wrapped paragraph is one line and matches the key it was learned as.
        at = STEPS.index(find_short_line_runs) + 1
        steps = (*STEPS[:at], learned_step(learned), *STEPS[at:])
    for step in steps:
        buffer.apply(step(buffer.text))
    body_start = buffer.to_raw(0) if buffer.text else len(raw)
    buffer.relabel(furniture_labels(raw, buffer.sorted_removals(), body_start))
    _headline_opening_the_text(buffer)
    return result_of(buffer)


def _headline_opening_the_text(buffer: TextBuffer) -> None:
    """With the furniture gone, the text may open with its headline, which `find_title` could not
    see under the masthead it took for one ('LA VOZ DEL LEVANTE' over an interview's headline,
    menus between them): then the opening line is the headline and the masthead is furniture."""
    removals = buffer.sorted_removals()
    titles = [index for index, removal in enumerate(removals) if removal.reason == "title"]
    body_start = buffer.to_raw(0) if buffer.text else len(buffer.raw)
    if not titles:
        _headline_over_byline(buffer, removals)
        return
    if not _reads_as_masthead(removals, titles[0], body_start):
        return
    edits = find_title(buffer.text)
    headline = next((edit for edit in edits if edit.reason == "title"), None)
    if headline is None or not reads_as_headline(buffer.text[headline.start : headline.end].strip()):
        if _menus_under(removals, titles[0], body_start):
            # A site's name over its menus, and no headline anywhere: the page has none ('Radio
            # Harbour FM' over 'Home', 'News', 'Sport' … and a news post): never invent one.
            taken = [*titles, *(i for i, r in enumerate(removals) if r.rule == "name_line_after_title")]
            buffer.relabel({index: ("navigation", "taken_for_headline") for index in taken})
        return
    # What was taken for the headline, and the names read under it ('I Accept' under a consent box's heading).
    taken = [*titles, *(i for i, r in enumerate(removals) if r.rule == "name_line_after_title" and r.start < body_start)]
    relabelled = {index: ("navigation", "taken_for_headline") for index in taken}
    buffer.relabel({**relabelled, **_kicker_above(removals, body_start)})
    buffer.apply([edit._replace(rule=f"{edit.rule}_after_furniture") for edit in edits])
    buffer.apply(trim_text_edges(buffer.text))


def _headline_over_byline(buffer: TextBuffer, removals: list[Removal]) -> None:
    """A text that opens with a line set apart above the standfirst or byline the steps removed
    opens with its headline: an interview's quote ('« Sans bureau de poste, le village meurt »')
    under a kicker and menus, which `find_title` does not look past."""
    text = buffer.text
    first_end = text.find("\n")
    if first_end < 0 or not reads_as_headline(text[:first_end].strip()):
        return
    next_start = len(text) - len(text[first_end:].lstrip())
    raw_from, raw_to = buffer.to_raw(first_end), buffer.to_raw(next_start) if next_start < len(text) else len(buffer.raw)
    between = [r.reason for r in removals if raw_from <= r.start < raw_to and r.reason not in LAYOUT_REASONS]
    if "byline" in between or "standfirst" in between:
        buffer.relabel(_kicker_above(removals, raw_from))
        buffer.apply([Edit(0, first_end + 1, "title", "headline_over_byline")])
        buffer.apply(trim_text_edges(buffer.text))


def _kicker_above(removals: list[Removal], headline_at: int) -> dict[int, tuple[str, str]]:
    """The section's labels right over a headline found in the text ('ENTREVISTA', 'ANALIZA' /
    'Gospodarka'), which tell the genre: the two lines over it, as `furniture_labels` takes them."""
    above = [i for i, r in enumerate(removals) if r.text.strip() and r.start < headline_at and r.reason not in LAYOUT_REASONS]
    kickers = {}
    for index in reversed(above[-2:]):
        if not reads_as_kicker(removals[index].reason, removals[index].text.strip()):
            break
        kickers[index] = ("section_tag", "kicker_above_headline")
    return kickers


# Removed lines between a headline and its article (byline, date, share bar) are few; a masthead has
# menus too. A short headline ('Ferry terminal delays explained') may stand over a short opening line.
_LINES_UNDER_A_MASTHEAD = 6


_MENU_RULES = frozenset({"list_under_label", "label_line", "menu_line"})


def _menus_under(removals: list[Removal], title: int, body_start: int) -> bool:
    under = [r for r in removals[title + 1 :] if r.start < body_start and r.reason == "navigation" and r.rule in _MENU_RULES]
    return len(under) >= _LINES_UNDER_A_MASTHEAD


def _reads_as_masthead(removals: list[Removal], title: int, body_start: int) -> bool:
    text = removals[title].text.strip()
    if text.isupper():
        return True
    # A consent box's heading reads as a headline: 'We care about your privacy'.
    if title + 1 < len(removals) and removals[title + 1].reason == "privacy_notice":
        return True
    under = [r for r in removals[title + 1 :] if r.start < body_start and r.reason not in LAYOUT_REASONS and r.text.strip()]
    return len(under) >= _LINES_UNDER_A_MASTHEAD and not reads_as_headline(text)


# Byline removals whose line is not a list of the article's authors: a copy, a colleague's credit,
# where the reporters were.
_NOT_NAME_LINES = frozenset({"repeated_line", "contributor_credit", "reported_from"})


def result_of(buffer: TextBuffer) -> CleanResult:
    """The cleaned text with the furniture its removals hold: title, captions, links, names."""
    raw = buffer.raw
    removals = buffer.sorted_removals()
    article_end = buffer.to_raw(len(buffer.text) - 1) if buffer.text else len(raw)
    # A bare date under the article dates an item of a list there ('Read more'), not the article;
    # 'First published: …' at the foot does.
    by_reason = _removed_texts_by_reason(raw, [r for r in removals if r.reason != "dateline" or r.start < article_end or labelled(r.text)])
    titles = by_reason.get("title", [])
    passages = [passage for _, passage in whole_passages(raw, removals)]
    bylines = [r for r in passages if (r.reason == "byline" and r.rule not in _NOT_NAME_LINES) or (r.reason == "dateline" and DATED_BYLINE.match(r.text.strip()))]
    authors, editors = _names_from_bylines(bylines)
    if not authors:
        authors = _signature_under_article(removals, article_end) or _author_presented_under_article(passages)
    # The author presented after the article: 'Jane Roe covers City Hall for the Ledger.'
    authors = _unique_names([*authors, *(name for r in passages if r.rule == "author_card" for name in _names_presented(r.text))])
    return CleanResult(
        text=buffer.text,
        removals=removals,
        title=titles[0] if titles else None,
        standfirst=next(iter(by_reason.get("standfirst", [])), None),
        captions=by_reason.get("caption", []),
        links=_unique(u for r in removals if r.reason == "url" for u in URL.findall(r.text)),
        authors=authors,
        editors=editors,
        editors_notes=by_reason.get("editors_note", []),
        source_lines=by_reason.get("source_line", []),
        # A blog's byline may carry the date: 'Posted by Jane Roe on 2 March 2025'.
        date_lines=[_date_text(t) for t in by_reason.get("dateline", [])] + [t for t in by_reason.get("byline", []) if " on " in t],
        buffer=buffer,
    )


def _removed_texts_by_reason(raw: str, removals: list[Removal]) -> dict[str, list[str]]:
    """Removed text per reason, one entry per removed passage.

    A passage can be recorded as several raw runs (a no-break space inside it was already
    replaced), so runs of one rule on one line are merged when nothing kept stands between them.
    """
    passages: dict[str, list[str]] = {}
    group: list[Removal] = []
    covered_until = 0

    def flush() -> None:
        if group:
            passage = " ".join(raw[group[0].start : group[-1].end].split())
            passages.setdefault(group[0].reason, []).append(passage)
            group.clear()

    for removal in removals:
        gap = removal.start > covered_until
        covered_until = max(covered_until, removal.end)
        if removal.reason in LAYOUT_REASONS and not gap:
            continue
        if group and (gap or removal.rule != group[0].rule or group[-1].text.endswith("\n")):
            flush()
        if removal.reason not in LAYOUT_REASONS:
            group.append(removal)
    flush()
    return passages


_WIRE_ROLES = re.compile(r"(reporting by|writing by|editing by|edited by|with files from|with reports from) ([^;)]+)", re.IGNORECASE)
# A report's authors may carry their degree: 'Dr Helena Marsh and Prof. Anneke de Graaf'.
_HONORIFIC = re.compile(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+(?=\S+\s)")
# Or the ground or venue a match report was filed from: 'Ian Pratt at the Mill Ground'.
# (Or a blog's category: 'Posted by Jane Roe in Personal finance, Opinion'.)
_REPORTER_CITY = re.compile(r"\s+(?:in|at(?: the)?)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}$|\s+in\s+[A-Z][\w-]*\s+[a-z][\w-]*$")


def _names_from_bylines(removals) -> tuple[list[str], list[str]]:
    authors: list[str] = []
    editors: list[str] = []
    for removal in removals:
        line = removal.text.strip()
        if removal.rule == "wire_credit":
            for role, names in _WIRE_ROLES.findall(line):
                (editors if role.lower().startswith("edit") else authors).extend(_split_names(names))
            continue
        if removal.rule == "credit_sentence" and (credit := CREDIT_SENTENCE.match(line)):
            authors.extend(_split_names(credit["authors"]))
            editors.extend(_split_names(credit["editors"] or ""))
            continue
        if removal.rule == "byline_fields" and (fields := byline_fields(line)):
            authors.extend(name for names in fields[0] for name in _split_names(names))
            editors.extend(name for names in fields[1] for name in _split_names(names))
            continue
        if removal.rule == "name_under_headline" and not BYLINE.match(line):
            authors.extend(name for part in authors_in_line(line) for name in _split_names(part))
            continue
        match = BYLINE.match(line) or SIGNATURE.match(line) or DATED_BYLINE.match(line) or ROLE_AFTER_NAMES.match(line) or CJK_BYLINE.match(line)
        names = _split_names(match.group("names") if match else line)
        if match and match.re is BYLINE and match["role"] in GREEK_GENITIVE_ARTICLES:
            names = [greek_nominative(name, match["role"]) for name in names]
        (editors if removal.rule == "byline_editor" else authors).extend(names)
    return _unique(authors), _unique(editors)


_SIGNATURE_NAMES = 4
_SIGNED_WITH_AGENCY = re.compile(rf"\((?P<name>{PERSONS_NAME.pattern})\s?/\s?(?i:dpa|afp|apa|sda|kna|epd|reuters|ap|ansa|efe)\)")


def _signature_under_article(removals: list[Removal], article_end: int) -> list[str]:
    """The authors' names alone on the line right under the article, where a page with no byline
    over it signs it ('Ivana Marić, Luka Perić' over the tags)."""
    under = next((r for r in removals if r.start > article_end and r.reason not in LAYOUT_REASONS and r.text.strip()), None)
    if under is None or under.reason not in ("navigation", "caption"):
        return []
    line = under.text.strip()
    if under.reason == "caption":
        # A German report signs with the agency: '(Lena Hoffmeister/dpa)'.
        signed = _SIGNED_WITH_AGENCY.fullmatch(line)
        return [signed["name"]] if signed and names_a_person(signed["name"]) and lists_people(signed["name"]) else []
    parts = [part.strip() for part in NAME_SEPARATOR.split(line)]
    if len(parts) > _SIGNATURE_NAMES or not lists_people(line) or not all(PERSONS_NAME.fullmatch(part) and names_a_person(part) for part in parts):
        return []
    return parts


# Who an author's card presents, one or two in a line: 'Jane Roe covers elections and John Doe covers state politics.'
_PRESENTED_WORD = rf"(?:[{CAPITALS}]\.|[{CAPITALS}][\w'’-]*)"
_PRESENTED = re.compile(rf"(?:^|\.\s+|\band\s+)(?P<name>{_PRESENTED_WORD}(?: {_PRESENTED_WORD}){{1,3}}) (?:is|was|covers|writes|reports|has)\b")
_NOT_THE_WRITER = re.compile(r"\b(?:photographer|photojournalist|illustrator|videographer)s?\b", re.IGNORECASE)


def _author_presented_under_article(passages: list[Removal]) -> list[str]:
    """The author a page with no byline presents in its 'About the author' box: 'Dr. Lena Whitfield
    is a pediatrician …', 'Gwen Marsh has worked plot 14B …' (the first named only)."""
    box = next((r for r in passages if r.rule == "author_section_to_end"), None)
    if box is None:
        return []
    lines = box.text.strip().split("\n", 2)
    if len(lines) < 2:
        return []
    # A Japanese box sets the name alone under its header: 'この記事を書いた人' / '山中美咲'.
    return [lines[1].strip()] if _NAME_IN_HAN.fullmatch(lines[1].strip()) else _names_presented(lines[1])[:1]


_NAME_IN_HAN = re.compile(r"[\u4e00-\u9fff]{2,5}")


def _names_presented(card: str) -> list[str]:
    if _NOT_THE_WRITER.search(card):
        return []  # 'Calum Grant is a freelance photographer based on Skye.'
    return [name for name in _PRESENTED.findall(card.strip()) if names_a_person(name)]


def _split_names(names: str) -> list[str]:
    parts = NAME_SEPARATOR.split(names.strip())
    # Wire credits name the reporter's city: 'Oksana Levchenko in Kyiv'; a match report, the ground.
    parts = [_HONORIFIC.sub("", _REPORTER_CITY.sub("", WIRE_AGENCY_AFTER_NAMES.sub("", p.strip()))) for p in parts]
    # A credit written as a sentence ends in a full stop: 'Das Gespräch führte Katharina Pölzl.'
    parts = [p[:-1] if p.endswith(".") and len(p.rsplit(" ", 1)[-1]) > 2 else p for p in parts]
    return [_capitalised_as_a_name(p) for p in parts if p and names_a_person(p)]


def _capitalised_as_a_name(name: str) -> str:
    """'JASON KILBRIDE' as 'Jason Kilbride': a byline set in capitals names no one in capitals."""
    if not name.isupper() or len(name) < 4:
        return name
    return " ".join(word.lower() if word.lower() in NAME_PARTICLES else word.capitalize() for word in name.split(" "))


def _date_text(line: str) -> str:
    match = DATE_LINE.match(line) or WIRE_DATELINE.match(line)
    return match.group(0).strip() if match else line


def _unique(values) -> list[str]:
    return list(dict.fromkeys(values))


def _unique_names(names: list[str]) -> list[str]:
    """Each name once, whatever its case, in small letters where one copy has them ('MARIA ALVAREZ' in
    the byline, 'Maria Alvarez' in her card)."""
    by_key: dict[str, str] = {}
    for name in names:
        key = name.casefold()
        if key not in by_key or (by_key[key].isupper() and not name.isupper()):
            by_key[key] = name
    return list(by_key.values())


__all__ = ["CleanResult", "REMOVAL_REASONS", "clean_text", "EMAIL"]
