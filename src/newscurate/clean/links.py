"""URLs, e-mail addresses and their debris. Removed from the body; the URLs become `links`."""

from __future__ import annotations

import re

from newscurate.clean.edits import Edit

URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'“”‘’()\[\]]+[^\s<>\"'“”‘’()\[\].,;:!?]",
    re.IGNORECASE,
)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.IGNORECASE)
# What Cloudflare leaves where it hid an address: '[email protected]', '[email\xa0protected]'. Its
# leading '[' lets re skip through a text in C.
_EMAIL_DEBRIS = re.compile(r"\[email[\s\u00a0]*protected\]", re.IGNORECASE)
# 'www.' in any case, found from its '.': re skips through a text to a literal first character in C.
_WWW = re.compile(r"\.(?<=[wW]{3}\.)")
_URL_ONLY_LINE = re.compile(
    r"^[ \t]*(?:(?:https?://|www\.)\S+[ \t]*)+$", re.IGNORECASE | re.MULTILINE
)


def find_links(text: str) -> list[Edit]:
    edits = []
    if "://" in text or _WWW.search(text):
        edits += [Edit(m.start(), _with_newline(text, m.end()), "url", "url_line") for m in _URL_ONLY_LINE.finditer(text)]
        edits += [Edit(*_with_space_before(text, m.start(), m.end()), "url", "inline_url") for m in _urls(text)]
    if "@" in text:
        edits += [Edit(*_with_space_before(text, start, end), "email", "email") for start, end in _emails(text)]
    edits += [Edit(*_with_space_before(text, m.start(), m.end()), "email", "email_debris") for m in _EMAIL_DEBRIS.finditer(text)]
    return edits


def _urls(text: str):
    """`URL.finditer(text)`, tried only where a URL can start: four or five characters before a
    '://' ('http', 'https'), or three before the '.' of a 'www.'. Ignoring case, re has no literal
    to skip to and tries the pattern at every position."""
    starts = set()
    position = text.find("://")
    while position >= 0:
        starts.update((position - 5, position - 4))
        position = text.find("://", position + 3)
    starts.update(match.start() - 3 for match in _WWW.finditer(text))
    free_from = 0
    for start in sorted(starts):
        if start >= free_from and (match := URL.match(text, start)):
            yield match
            free_from = match.end()


def _emails(text: str):
    """E-mail addresses, found from their '@' outwards: a regex scan from every position costs
    more than the rest of the clean stage."""
    position = text.find("@")
    while position >= 0:
        window_start = max(0, position - 64)
        match = EMAIL.search(text, window_start, min(len(text), position + 256))
        while match and match.end() <= position:
            match = EMAIL.search(text, match.end(), min(len(text), position + 256))
        if match and match.start() <= position < match.end():
            yield match.start(), match.end()
            position = text.find("@", match.end())
        else:
            position = text.find("@", position + 1)


def _with_newline(text: str, end: int) -> int:
    return end + 1 if end < len(text) and text[end] == "\n" else end


def _with_space_before(text: str, start: int, end: int) -> tuple[int, int]:
    # 'see https://x.y for more' -> 'see for more', not 'see  for more'.
    if start > 0 and text[start - 1] == " ":
        return start - 1, end
    return start, end
