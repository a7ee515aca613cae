"""Direct-quote spans in a clean text: where the quoted words are, who said them, with which verb.

Offsets index the clean text and cover the quoted words without the quote marks, so
`text[start:end] == quote.text` always holds. A quote that runs over several paragraphs, each
re-opened with a quote mark, is one span; a quote never closed ends at its paragraph's end and is
flagged. Short quoted phrases with no speech cue are scare quotes or titles: kept, typed apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PAIRS = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "``": "''"}
_OPEN = re.compile(r"``|[“«„\"]|(?:(?<=^)|(?<=[\s(\[—–-]))‘")
_CUE_VERBS = (
    r"said|says|say|told|tells|added|adds|argued|argues|noted|notes|stated|states|asked|asks|wrote|writes"
    r"|explained|explains|insisted|insists|claimed|claims|warned|warns|continued|continues|declared|declares"
    r"|replied|replies|recalled|recalls|stressed|stresses|emphasized|emphasised|emphasizes|added|observed|observes"
    r"|concluded|concludes|admitted|admits|announced|announces|suggested|suggests|believes|believed|thinks|thought"
    r"|remarked|remarks|commented|comments|acknowledged|acknowledges|predicted|predicts|urged|urges|told reporters"
)
_NAME = r"(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]+)(?:\s+(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]+|de|van|von|al|bin))*"
_PRONOUN = r"(?:he|she|they|He|She|They)"
_MENTION = rf"(?:{_NAME}|{_PRONOUN}|the [a-z][\w -]{{2,40}}?(?:figure|official|minister|president|spokesman|spokeswoman|spokesperson|diplomat|leader|expert|analyst|source|author|ambassador|envoy))"
_AFTER = re.compile(
    rf"[\s,]*(?:[^“”\"«»\n.!?]{{0,80}}?,\s*)?(?:(?P<cue1>{_CUE_VERBS})\s+(?P<m1>{_MENTION})|(?P<m2>{_MENTION}),?\s+(?:has |had )?(?P<cue2>{_CUE_VERBS}))\b"
)
_BEFORE = re.compile(
    rf"(?:(?P<m1>{_MENTION}),?\s+(?:has |had |also |then )?(?P<cue1>{_CUE_VERBS})(?:\s+(?:that|reporters|journalists|us|me|him|her|them))?"
    rf"|(?P<cue2>(?i:according to))\s+(?P<m2>{_MENTION})|(?P<cue3>{_CUE_VERBS})\s+(?P<m3>{_MENTION}))[\s,:]*(?:that\s+)?$"
)
_PERSON = re.compile(r"\b[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿа-яё'’-]+(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿа-яё'’-]+)+")


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_mention: str | None
    cue: str | None
    kind: str  # direct | scare
    closed: bool


def find_quotes(text: str) -> list[Quote]:
    spans = list(_quote_spans(text))
    quotes: list[Quote] = []
    speakers: list[str] = []
    for start, end, closed, close_end in spans:
        inner_start, inner_end = _trim(text, start, end)
        if inner_end <= inner_start:
            continue
        quoted = text[inner_start:inner_end]
        mention, cue = _attribution(text, start, close_end)
        speaker = _resolve(mention, speakers, text[:start])
        if speaker:
            speakers.append(speaker)
        kind = "direct" if cue or _reads_as_speech(quoted) else "scare"
        quotes.append(Quote(inner_start, inner_end, quoted, speaker if kind == "direct" else None, mention if kind == "direct" else None, cue if kind == "direct" else None, kind, closed))
    return quotes


def _quote_spans(text: str):
    """(content start, content end, closed, end of the closing mark) for each quote."""
    position = 0
    while True:
        opening = _OPEN.search(text, position)
        if not opening:
            return
        mark = opening.group()
        closing_mark = _PAIRS[mark]
        start = opening.end()
        paragraph_end = _paragraph_end(text, start)
        close = text.find(closing_mark, start, paragraph_end)
        if mark == "‘":
            close = _closing_single(text, start, paragraph_end)
        while close < 0 and _reopens(text, paragraph_end, mark):
            # A quote running on: the next paragraph re-opens it with the same mark.
            next_start = paragraph_end + 2 + len(mark)
            paragraph_end = _paragraph_end(text, next_start)
            close = text.find(closing_mark, next_start, paragraph_end)
        if close < 0:
            yield start, paragraph_end, False, paragraph_end
            position = paragraph_end
        else:
            yield start, close, True, close + len(closing_mark)
            position = close + len(closing_mark)


def _closing_single(text: str, start: int, limit: int) -> int:
    """A closing ’ is one not followed by a letter: 'don’t' is an apostrophe, not a close."""
    for match in re.finditer("’", text[start:limit]):
        after = text[start + match.end() : start + match.end() + 1]
        if not after.isalpha():
            return start + match.start()
    return -1


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n\n", start)
    return len(text) if end < 0 else end


def _reopens(text: str, paragraph_end: int, mark: str) -> bool:
    return paragraph_end < len(text) and text.startswith(mark, paragraph_end + 2)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _attribution(text: str, open_at: int, close_end: int) -> tuple[str | None, str | None]:
    after = _AFTER.match(text, close_end, min(len(text), close_end + 160))
    if after and (after.group("m1") or after.group("m2")):
        return after.group("m1") or after.group("m2"), after.group("cue1") or after.group("cue2")
    sentence_start = max(text.rfind(". ", 0, open_at - 1), text.rfind("\n", 0, open_at - 1), 0)
    before = _BEFORE.search(text, sentence_start, max(open_at - 1, 0))
    if before:
        for index in (1, 2, 3):
            mention = before.group(f"m{index}")
            if mention:
                return mention, before.group(f"cue{index}").lower()
    return None, None


_NOT_NAMES = frozenset(
    "But And However So Yet Then As In On At For If When While Although Though Instead Meanwhile Still "
    "Now Today Yesterday Earlier Later Also Even Only Indeed Moreover Furthermore Thus Hence The A An "
    "President Prime Minister Secretary State Foreign Deputy General Ambassador Chancellor Senator Mr Mrs Ms Dr "
    "Sir Chief Former Vice Defense Defence Russian Ukrainian American British French German Chinese Italian "
    "Spokesman Spokeswoman Spokesperson Leader Opposition Commander Envoy Representative Permanent First".split()
)


def _person_name(words: list[str]) -> str:
    """The name in a capitalised run: 'But Russian President Vladimir Putin' -> 'Vladimir Putin'."""
    while len(words) > 1 and words[0] in _NOT_NAMES:
        words = words[1:]
    return " ".join(words)


def _resolve(mention: str | None, speakers: list[str], preceding: str) -> str | None:
    """A pronoun or a description ('the opposition figure') is the last named speaker; a surname
    is the full name it was first given with."""
    if not mention:
        return None
    mention = _person_name(mention.split())
    if re.fullmatch(_PRONOUN, mention) or mention.startswith("the "):
        if speakers:
            return speakers[-1]
        people = _people(preceding)
        return people[-1] if people else None
    if " " not in mention:
        for earlier in [*reversed(speakers), *reversed(_people(preceding))]:
            if earlier.endswith(" " + mention):
                return earlier
    return mention


def _people(text: str) -> list[str]:
    names = (_person_name(match.split()) for match in _PERSON.findall(text))
    return [name for name in names if " " in name]


def _reads_as_speech(quoted: str) -> bool:
    words = quoted.split()
    return len(words) >= 5 or (len(words) >= 3 and quoted.rstrip()[-1:] in ".!?,…")
