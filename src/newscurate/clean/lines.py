"""Line views of a text: each step that reasons about lines sees the same offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE = re.compile(r"[^\n]*\n?")


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
    for match in _LINE.finditer(text):
        if match.start() == len(text):
            break
        body = match.group().rstrip("\n")
        lines.append(Line(match.start(), match.start() + len(body), body))
    return lines


def line_span_with_newline(text: str, line: Line) -> tuple[int, int]:
    """The span that removes a whole line, its newline included."""
    end = line.end + 1 if line.end < len(text) and text[line.end] == "\n" else line.end
    return line.start, end


def normalized_key(text: str) -> str:
    """A comparison key for repeated lines: case, spacing and punctuation folded."""
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()
