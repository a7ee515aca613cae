"""Line views of a text: each step that reasons about lines sees the same offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

@dataclass(frozen=True, slots=True)
class Line:
    start: int  # offset of the first character
    end: int  # offset after the last character, newline excluded
    text: str  # the line without its newline

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def split_lines(text: str) -> list[Line]:
    lines = []
    position = 0
    for body in text.split("\n"):
        lines.append(Line(position, position + len(body), body))
        position += len(body) + 1
    if lines and not lines[-1].text:
        lines.pop()  # the empty remainder after a final newline is not a line
    return lines


def line_span_with_newline(text: str, line: Line) -> tuple[int, int]:
    """The span that removes a whole line, its newline included."""
    end = line.end + 1 if line.end < len(text) and text[line.end] == "\n" else line.end
    return line.start, end


_NON_WORD = re.compile(r"[\W_]+")


def normalized_key(text: str) -> str:
    """A comparison key for repeated lines: case, spacing and punctuation folded.

    Long lines (paragraphs) only have case and spacing folded: folding punctuation costs a regex
    pass per character and a repeated paragraph is repeated to the letter anyway."""
    if len(text) > 200:
        return " ".join(text.casefold().split())
    return _NON_WORD.sub(" ", text.casefold()).strip()
