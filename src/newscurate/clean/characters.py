"""Character-level debris: invisible characters, markup, entities, stray escapes."""

from __future__ import annotations

import html
import re

from newscurate.clean.edits import Edit
from newscurate.clean.lines import positions_of_any

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Zero-width characters, odd spaces and carriage returns.
# Python reads the information separators \x1c-\x1f as spaces and line ends: they become spaces too.
_LINE_SEPARATORS = "\x85\u2028\u2029"
_SPECIAL_CHARACTERS = ZERO_WIDTH + "\u00a0\u202f" + "".join(map(chr, range(0x2000, 0x200B))) + "\u3000\t\f\v\r\x1c\x1d\x1e\x1f" + _LINE_SEPARATORS
_MARKUP_TAG = re.compile(
    r"\[/?(?:quote|b|i|u|url|img|caption|pullquote|blockquote|embed|tweet)(?:=[^\]\n]*)?\]"
    r"|</?(?:p|br|div|span|a|b|i|em|strong|blockquote|figure|figcaption|img|h[1-6]|ul|ol|li|iframe|script|style)"
    r"(?:\s[^<>\n]*)?/?>",
    re.IGNORECASE,
)
# What HTML-to-Markdown converters leave: '[text](/url)' keeps its text, '## ' and '**' go.
_MARKDOWN_LINK_TAIL = re.compile(r"\]\((?:[^()\s]|\([^()\s]*\))*\)")
# Each alternative starts with its character and looks back from there, so re only tries where
# one stands: '#' opening a line, '**', '_' opening or closing a word.
_MARKDOWN_MARKER = re.compile(r"#(?<![^\n]#)#{0,5} |\*\*|_(?<![\w*]_)(?=\S)|_(?<=\S_)(?![\w*])")
_ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
# A run of backslashes between spaces (or a text's ends). Written to start with the backslash, so re
# scans for that character instead of trying every position (0.35 → 0.006 ms on a 6 KB article).
_STRAY_BACKSLASH = re.compile(r"\\(?<!\S\\)\\*(?!\S)")
# UTF-8 decoded as cp1252/latin-1: 'â€™' and friends. Only sequences that cannot be real text.
_MOJIBAKE = re.compile(r"(?:â€[™œ\x9d˜”“¦¢]|Ã[©¨¢ª«®´¶¼½¾§ ])")
# A link's hint for screen readers, left behind its text: 'By Jane Roe (opens in new tab)'.
_LINK_HINT = re.compile(r" ?\((?:opens|link opens)? ?in (?:a )?new (?:tab|window)\)|\s\((?:link is )?external(?: link)?\)", re.IGNORECASE)


def normalize_characters(text: str) -> list[Edit]:
    """Zero-width characters go (a run as one edit); odd spaces become spaces, CR and CRLF line feeds."""
    edits: list[Edit] = []
    for start in positions_of_any(text, _SPECIAL_CHARACTERS):
        character = text[start]
        if character in ZERO_WIDTH:
            if edits and edits[-1].rule == "zero_width" and edits[-1].end == start:
                edits[-1] = edits[-1]._replace(end=start + 1)
            else:
                edits.append(Edit(start, start + 1, "invisible_char", "zero_width"))
        elif character == "\r":
            end = start + 2 if text.startswith("\n", start + 1) else start + 1
            edits.append(Edit(start, end, "whitespace", "carriage_return", "\n"))
        elif character in _LINE_SEPARATORS:
            edits.append(Edit(start, start + 1, "whitespace", "line_separator", "\n"))
        else:
            edits.append(Edit(start, start + 1, "whitespace", "odd_space", " "))
    return edits


def strip_markup(text: str) -> list[Edit]:
    edits = []
    edits += [Edit(m.start(), m.end(), "markup", "markup_tag") for m in _markup_tags(text)]
    # A single character is found with memchr, a pair by a slower scan: most texts have no ']' or '*'.
    if "]" in text and "](" in text:
        for match in _MARKDOWN_LINK_TAIL.finditer(text):
            opening = text.rfind("[", max(0, match.start() - 300), match.start())
            if opening >= 0 and "\n\n" not in text[opening : match.start()]:
                edits.append(Edit(opening, opening + 1, "markup", "markdown_link"))
                edits.append(Edit(match.start(), match.end(), "markup", "markdown_link"))
    if ("*" in text and "**" in text) or "#" in text or "_" in text:
        edits += [Edit(m.start(), m.end(), "markup", "markdown_marker") for m in _MARKDOWN_MARKER.finditer(text)]
    if "&" in text:
        for match in _ENTITY.finditer(text):
            decoded = html.unescape(match.group())
            if decoded in ZERO_WIDTH:
                # '&shy;', '&#8203;': an entity for what the step before removes as a character.
                edits.append(Edit(match.start(), match.end(), "invisible_char", "zero_width_entity"))
            elif decoded in _SPECIAL_CHARACTERS and decoded not in _LINE_SEPARATORS and decoded not in "\r\t":
                edits.append(Edit(match.start(), match.end(), "markup", "html_entity", " "))  # '&nbsp;', '&thinsp;'
            elif decoded != match.group():
                edits.append(Edit(match.start(), match.end(), "markup", "html_entity", decoded))
    if "ew tab)" in text or "ew window)" in text or "xternal)" in text or "xternal link)" in text:
        edits += [Edit(m.start(), m.end(), "markup", "link_hint") for m in _LINK_HINT.finditer(text)]
    if "\\" in text:
        edits += [Edit(m.start(), m.end(), "debris", "stray_backslash") for m in _STRAY_BACKSLASH.finditer(text)]
    if "â" not in text and "Ã" not in text:
        return edits
    for match in _MOJIBAKE.finditer(text):
        repaired = _repair_mojibake(match.group())
        if repaired:
            edits.append(Edit(match.start(), match.end(), "debris", "mojibake", repaired))
    return edits


def _markup_tags(text: str):
    """`_MARKUP_TAG.finditer(text)`, tried only where a '[' or '<' stands: every tag starts with one,
    and str.find gets there many times faster than re's own scan."""
    position = 0
    while True:
        starts = [start for start in (text.find("[", position), text.find("<", position)) if start >= 0]
        if not starts:
            return
        start = min(starts)
        match = _MARKUP_TAG.match(text, start)
        if match:
            yield match
        position = match.end() if match else start + 1


def _repair_mojibake(fragment: str) -> str | None:
    for codec in ("cp1252", "latin-1"):
        try:
            return fragment.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return None
