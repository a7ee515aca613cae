"""The one mechanism that changes text in the clean stage.

Cleaning steps never edit strings: they return `Edit`s (a span of the text they were given, a
reason, the rule that fired and an optional replacement). `TextBuffer.apply` applies them and keeps,
for every character of the current text, where it came from in the raw text. So:

- every removed raw character is recorded exactly once, in a `Removal` with raw offsets;
- the raw text is exactly the kept raw pieces plus the removals, in raw order;
- any clean offset maps back to a raw offset (`to_raw`).
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from operator import attrgetter
from typing import NamedTuple

# Edits and removals are immutable records made by the dozen per document: named tuples cost a
# third of what frozen dataclasses cost to create.


class Edit(NamedTuple):
    """Replace `text[start:end]` of the current text with `replacement` (usually nothing)."""

    start: int
    end: int
    reason: str
    rule: str
    replacement: str = ""


class Removal(NamedTuple):
    """Raw characters `raw[start:end]` that are not in the clean text, and why."""

    start: int
    end: int
    text: str
    reason: str
    rule: str
    replacement: str


# A run of the current text, as a plain tuple since a document's pieces are remade at every step:
# (raw_start, raw_end, None) keeps raw[raw_start:raw_end]; (anchor, anchor, inserted) is inserted
# text standing where raw offset `anchor` was.
_Piece = tuple[int, int, "str | None"]


class TextBuffer:
    """Raw text plus the edits applied to it so far."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._pieces: list[_Piece] = [(0, len(raw), None)] if raw else []
        self.removals: list[Removal] = []
        self._text = raw

    @property
    def text(self) -> str:
        return self._text

    def apply(self, edits: list[Edit]) -> None:
        """Apply non-overlapping edits given in coordinates of the current text.

        Overlapping edits are resolved first come, first kept (after sorting by start, longer
        first), so a step may propose overlapping candidates without harm.
        """
        if not edits:
            return
        chosen = _first_come_non_overlapping(edits)
        text = self.text
        pieces = self._pieces
        # Clean offset where each piece starts, and the text's length last.
        starts = list(accumulate([end - start if inserted is None else len(inserted) for start, end, inserted in pieces], initial=0))
        new_pieces: list[_Piece] = []
        edit_index = 0
        index = 0
        while index < len(pieces) and edit_index < len(chosen):
            piece_start, piece_end = starts[index], starts[index + 1]
            if piece_end <= chosen[edit_index].start:
                # Jump over the pieces before the next edit: most pieces are left as they are.
                following = bisect_right(starts, chosen[edit_index].start, index) - 1
                new_pieces += pieces[index:following]
                index = following
                continue
            piece = raw_start, _, inserted = pieces[index]
            cursor = piece_start
            while edit_index < len(chosen) and chosen[edit_index].start < piece_end:
                start, end, reason, rule, replacement = chosen[edit_index]
                if start > cursor:
                    new_pieces.append(_slice(piece, piece_start, cursor, start))
                # An edit begun in an earlier piece has its replacement there already.
                if start >= piece_start and replacement:
                    anchor = raw_start if inserted is not None else raw_start + start - piece_start
                    new_pieces.append((anchor, anchor, replacement))
                cut_from = start if start > cursor else cursor
                cursor = end if end < piece_end else piece_end
                # Inserted text never came from the raw text, so dropping it loses nothing to record.
                if cursor > cut_from and inserted is None:
                    cut_start, cut_end = raw_start + cut_from - piece_start, raw_start + cursor - piece_start
                    self.removals.append(Removal(cut_start, cut_end, self.raw[cut_start:cut_end], reason, rule, replacement))
                if end > piece_end:
                    break
                edit_index += 1
            if cursor < piece_end:
                new_pieces.append(_slice(piece, piece_start, cursor, piece_end))
            index += 1
        new_pieces += pieces[index:]
        # An insertion at the very end of the text has no piece to anchor to.
        for edit in chosen[edit_index:]:
            if edit.start >= starts[-1] and edit.replacement:
                new_pieces.append((len(self.raw), len(self.raw), edit.replacement))
        self._pieces = new_pieces
        self._text = _edited(text, chosen)
        self._offsets = None

    _offsets: tuple[list[int], list[_Piece]] | None = None

    def to_raw(self, offset: int) -> int:
        """Raw offset of the clean character at `offset` (or of the raw position an insertion stands for)."""
        if self._offsets is None:
            starts, position = [], 0
            for raw_start, raw_end, inserted in self._pieces:
                starts.append(position)
                position += raw_end - raw_start if inserted is None else len(inserted)
            self._offsets = (starts, self._pieces)
        starts, pieces = self._offsets
        if not pieces:
            return 0
        index = max(bisect_right(starts, offset) - 1, 0)
        raw_start, raw_end, inserted = pieces[index]
        if inserted is not None:
            return raw_start
        return min(raw_start + offset - starts[index], raw_end)

    def kept_raw_spans(self) -> list[tuple[int, int]]:
        return [(start, end) for start, end, inserted in self._pieces if inserted is None]

    def sorted_removals(self) -> list[Removal]:
        return sorted(self.removals, key=lambda r: r.start)


_START = attrgetter("start")
_END = attrgetter("end")


def _first_come_non_overlapping(edits: list[Edit]) -> list[Edit]:
    chosen: list[Edit] = []
    last_end = -1
    # By start, longer first: two stable sorts with C-level keys.
    for edit in sorted(sorted(edits, key=_END, reverse=True), key=_START):
        if edit.start < last_end or (edit.start == edit.end and not edit.replacement):
            continue
        chosen.append(edit)
        last_end = max(last_end, edit.end)
    return chosen


def _edited(text: str, edits: list[Edit]) -> str:
    """The text with the (sorted, non-overlapping) edits made."""
    parts = []
    cursor = 0
    for start, end, _, _, replacement in edits:
        parts.append(text[cursor:start])
        parts.append(replacement)
        cursor = max(cursor, end)
    parts.append(text[cursor:])
    return "".join(parts)


def _slice(piece: _Piece, piece_start: int, start: int, end: int) -> _Piece:
    raw_start, raw_end, inserted = piece
    if inserted is not None:
        return (raw_start, raw_end, inserted[start - piece_start : end - piece_start])
    return (raw_start + start - piece_start, raw_start + end - piece_start, None)
