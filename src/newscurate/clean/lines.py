"""Line views of a text: each step that reasons about lines sees the same offsets."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate, repeat
from operator import add
from typing import NamedTuple


# Capital letters a name opens with, as a regex class body: Latin (with the Central European 'Š', 'Ł',
# 'Ż', 'Ř', 'Ő', Turkish 'Ş', 'İ', Romanian 'Ș', 'Ț') and Cyrillic. Latin Extended-A alternates capitals
# and small letters ('Ł', 'ł'): its capitals are listed one by one.
CAPITALS = "A-ZÀ-ÖØ-Þ" + "".join(filter(str.isupper, map(chr, range(0x100, 0x180)))) + "ȘȚА-ЯЁІЇЄҐΑ-ΩΆΈΉΊΌΎΏ"


class Line(NamedTuple):
    start: int  # offset of the first character
    end: int  # offset after the last character, newline excluded
    text: str  # the line without its newline
    stripped: str  # text without the spaces around it, empty for a blank line


# Consecutive steps often see the same text (a step that found nothing leaves it as it was).
@lru_cache(maxsize=4)
def split_lines(text: str) -> tuple[Line, ...]:
    bodies = text.split("\n")
    if not bodies[-1]:
        bodies.pop()  # the empty remainder after a final newline is not a line
    # Built column by column with C-level iterators: every document is split several times. The
    # lengths are taken once, and added with operator.add (a C function; a bound method such as
    # (1).__add__ costs a wrapper's call per line).
    lengths = list(map(len, bodies))
    starts = list(accumulate(map(add, lengths, repeat(1)), initial=0))
    return tuple(map(tuple.__new__, repeat(Line), zip(starts, map(add, starts, lengths), bodies, map(str.strip, bodies))))


def nonblank_lines(text: str) -> list[Line]:
    return [line for line in split_lines(text) if line.stripped]


def first_nonblank_lines(text: str, count: int) -> list[Line]:
    """The first `count` non-blank lines (fewer if the text has fewer), without splitting the rest."""
    lines: list[Line] = []
    start = 0
    while len(lines) < count and start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        body = text[start:end]
        if stripped := body.strip():
            lines.append(Line(start, end, body, stripped))
        start = end + 1
    return lines


# Chinese and Japanese put no spaces between words: there, two characters count as a word.
_UNSPACED_SCRIPT_CHARACTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Where a sentence ends in Chinese and Japanese (full-width marks, closing corner brackets).
UNSPACED_SENTENCE_ENDS = tuple("。！？」』")
# Every mark that ends a sentence besides the Latin ones: the Chinese and Japanese marks and those
# of scripts written with spaces: the danda of Hindi, Marathi, Nepali and Bengali (। ॥), the Urdu
# full stop (۔) and the Arabic question mark (؟).
SCRIPT_SENTENCE_ENDS = (*UNSPACED_SENTENCE_ENDS, *"।॥۔؟")
# British style closes a quote with a straight single mark: "… a solicitor again.'" ends a sentence
# (a mark alone may be an apostrophe: "the Joneses'").
QUOTED_SENTENCE_ENDS = (".'", "!'", "?'", "…'")
# A sentence's end followed by the next sentence's capital: a line holding more than one sentence.
SENTENCE_INSIDE = re.compile(r"[.!?…][\"”’»]? [\"“„«]?[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ]")


def at_most_words(text: str, limit: int) -> bool:
    """`len(text.split()) <= limit`, splitting no further than the limit: a paragraph has hundreds.
    Two Chinese or Japanese characters count as a word: a line of them is one 'word' to split()."""
    words = len(text.split(maxsplit=limit))
    if words > limit or text.isascii() or len(text) <= 2 * limit:
        return words <= limit
    return words + len(_UNSPACED_SCRIPT_CHARACTER.findall(text)) // 2 <= limit


def word_count(text: str) -> int:
    """Words as `at_most_words` counts them: two Chinese or Japanese characters make a word."""
    words = len(text.split())
    return words if text.isascii() else words + len(_UNSPACED_SCRIPT_CHARACTER.findall(text)) // 2


def line_span_with_newline(text: str, line: Line) -> tuple[int, int]:
    """The span that removes a whole line, its newline included."""
    end = line.end + 1 if line.end < len(text) and text[line.end] == "\n" else line.end
    return line.start, end


# Runs of punctuation and symbols: what separates words besides spacing ('_' aside, a word character to re).
_PUNCTUATION_RUN = re.compile(r"[^\w\s][^\w\s]*")
# The same characters and '_' in ASCII, each to a space: str.translate maps an ASCII line in C
# from a table it caches, where re tests each character against the classes.
_ASCII_PUNCTUATION_TO_SPACE = {code: " " for code in range(128) if _PUNCTUATION_RUN.match(chr(code)) or chr(code) == "_"}
# An ASCII line's whole key in one bytes.translate: punctuation and '_' to a space, and spacing
# too (so bytes.split, which knows fewer spaces than str.split, splits where str.split does), the
# rest lower-cased as casefold does in ASCII. One C loop over a table, where str.translate looks
# each character up in a dict and casefold makes one more copy.
_ASCII_KEY_TABLE = bytes(
    ord(" ") if code in _ASCII_PUNCTUATION_TO_SPACE or chr(code).isspace() else ord(chr(code).casefold()) if code < 128 else code
    for code in range(256)
)


def normalized_key(text: str) -> str:
    """A comparison key for repeated lines: case, spacing and punctuation folded (the words, one
    space apart).

    Long lines (paragraphs) only have case and spacing folded: folding punctuation costs a regex
    pass per character and a repeated paragraph is repeated to the letter anyway."""
    if len(text) <= 200 and text.isascii():
        return b" ".join(text.encode("ascii").translate(_ASCII_KEY_TABLE).split()).decode("ascii")
    folded = text.casefold()
    if len(text) > 200:
        # Splitting is for odd spacing; every space but ' ' is unprintable.
        return folded.strip(" ") if folded.isprintable() and "  " not in folded else " ".join(folded.split())
    # Punctuation becomes spacing, which str.split folds faster than a regex match per word gap.
    if folded.isascii():
        return " ".join(folded.translate(_ASCII_PUNCTUATION_TO_SPACE).split())
    return " ".join(_PUNCTUATION_RUN.sub(" ", folded.replace("_", " ")).split())


# A footnote's number after a sentence's end: 'fighting.¹', 'cooperation.1', 'in 2019.[2]' (a
# letter before the stop, so a decimal like '2.1' is no marker).
_FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
# What a line ending in a footnote mark ends with: a cheap test before the search.
FOOTNOTE_MARK_ENDINGS = _FOOTNOTE_MARKS + "0123456789]"
_FOOTNOTE_AFTER_STOP = re.compile(r"(?<=[^\W\d_][.!?…\"”’»)])(?:\d{1,3}|\[\d{1,3}\])$")


def without_footnote_mark(stripped: str) -> str:
    """The line without the footnote number its last sentence ends in, if it has one."""
    last = stripped[-1:]
    if last and last in _FOOTNOTE_MARKS:
        return stripped.rstrip(_FOOTNOTE_MARKS)
    if last.isdigit() or last == "]":
        tail = stripped[-8:]
        if match := _FOOTNOTE_AFTER_STOP.search(tail):
            return stripped[: len(stripped) - len(tail) + match.start()]
    return stripped


def positions_of_any(text: str, characters: str) -> list[int]:
    """Where any of the characters stands, in order. One str.find per character costs a third of
    a regex scan for the class: re tests every position against the class, str.find jumps with
    memchr, and rules out at once a character wider than any in the text."""
    positions = []
    for character in characters:
        position = text.find(character)
        while position >= 0:
            positions.append(position)
            position = text.find(character, position + 1)
    positions.sort()
    return positions
