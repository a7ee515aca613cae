"""Character-level debris: invisible characters, markup, entities, stray escapes."""

from __future__ import annotations

import html
import re

from newscurate.clean.edits import Edit

_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
_ODD_SPACE = re.compile(r"[\u00a0\u2007\u202f\u2000-\u200a\u3000\t\f\v]")
_CARRIAGE_RETURN = re.compile(r"\r\n?")
_MARKUP_TAG = re.compile(
    r"\[/?(?:quote|b|i|u|url|img|caption|pullquote|blockquote|embed|tweet)(?:=[^\]\n]*)?\]"
    r"|</?(?:p|br|div|span|a|b|i|em|strong|blockquote|figure|figcaption|img|h[1-6]|ul|ol|li|iframe|script|style)"
    r"(?:\s[^<>\n]*)?/?>",
    re.IGNORECASE,
)
# What HTML-to-Markdown converters leave: '[text](/url)' keeps its text, '## ' and '**' go.
_MARKDOWN_LINK_TAIL = re.compile(r"\]\((?:[^()\s]|\([^()\s]*\))*\)")
_MARKDOWN_MARKER = re.compile(r"^#{1,6} |\*\*|(?<![\w*])_(?=\S)|(?<=\S)_(?![\w*])", re.MULTILINE)
_ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
_STRAY_BACKSLASH = re.compile(r"(?:(?<=\s)|^)\\+(?=\s|$)", re.MULTILINE)
# UTF-8 decoded as cp1252/latin-1: 'â€™' and friends. Only sequences that cannot be real text.
_MOJIBAKE = re.compile(r"(?:â€[™œ\x9d˜”“¦¢]|Ã[©¨¢ª«®´¶¼½¾§ ])")


_UNUSUAL = re.compile(r"[^\n -~\u00c0-\u024f\u0370-\u052f\u2010-\u2027\u2030-\u205e€£«»©°]")


def normalize_characters(text: str) -> list[Edit]:
    # Most texts have none of these characters: one scan for anything unusual decides.
    if not _UNUSUAL.search(text):
        return []
    edits = [Edit(m.start(), m.end(), "invisible_char", "zero_width") for m in _ZERO_WIDTH.finditer(text)]
    edits += [Edit(m.start(), m.end(), "whitespace", "odd_space", " ") for m in _ODD_SPACE.finditer(text)]
    if "\r" in text:
        edits += [Edit(m.start(), m.end(), "whitespace", "carriage_return", "\n") for m in _CARRIAGE_RETURN.finditer(text)]
    return edits


def strip_markup(text: str) -> list[Edit]:
    edits = []
    if "[" in text or "<" in text:
        edits += [Edit(m.start(), m.end(), "markup", "markup_tag") for m in _MARKUP_TAG.finditer(text)]
    if "](" in text:
        for match in _MARKDOWN_LINK_TAIL.finditer(text):
            opening = text.rfind("[", max(0, match.start() - 300), match.start())
            if opening >= 0 and "\n\n" not in text[opening : match.start()]:
                edits.append(Edit(opening, opening + 1, "markup", "markdown_link"))
                edits.append(Edit(match.start(), match.end(), "markup", "markdown_link"))
    if "**" in text or "#" in text or "_" in text:
        edits += [Edit(m.start(), m.end(), "markup", "markdown_marker") for m in _MARKDOWN_MARKER.finditer(text)]
    if "&" in text:
        for match in _ENTITY.finditer(text):
            decoded = html.unescape(match.group())
            if decoded != match.group():
                edits.append(Edit(match.start(), match.end(), "markup", "html_entity", decoded))
    if "\\" in text:
        edits += [Edit(m.start(), m.end(), "debris", "stray_backslash") for m in _STRAY_BACKSLASH.finditer(text)]
    if "â" not in text and "Ã" not in text:
        return edits
    for match in _MOJIBAKE.finditer(text):
        repaired = _repair_mojibake(match.group())
        if repaired:
            edits.append(Edit(match.start(), match.end(), "debris", "mojibake", repaired))
    return edits


def _repair_mojibake(fragment: str) -> str | None:
    for codec in ("cp1252", "latin-1"):
        try:
            return fragment.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return None
