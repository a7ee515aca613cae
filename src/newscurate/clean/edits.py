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
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace `text[start:end]` of the current text with `replacement` (usually nothing)."""

    start: int
    end: int
    reason: str
    rule: str
    replacement: str = ""


@dataclass(frozen=True, slots=True)
class Removal:
    """Raw characters `raw[start:end]` that are not in the clean text, and why."""

    start: int
    end: int
    text: str
    reason: str
    rule: str
    replacement: str


@dataclass(frozen=True, slots=True)
class _Piece:
    """A run of the current text: raw[raw_start:raw_end] when kept, else inserted text."""

    raw_start: int
    raw_end: int
    inserted: str | None = None


class TextBuffer:
    """Raw text plus the edits applied to it so far."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._pieces: list[_Piece] = [_Piece(0, len(raw))] if raw else []
        self.removals: list[Removal] = []
        self._text: str | None = raw

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "".join(self._piece_text(p) for p in self._pieces)
        return self._text

    def _piece_text(self, piece: _Piece) -> str:
        if piece.inserted is not None:
            return piece.inserted
        return self.raw[piece.raw_start : piece.raw_end]

    @staticmethod
    def _piece_len(piece: _Piece) -> int:
        if piece.inserted is not None:
            return len(piece.inserted)
        return piece.raw_end - piece.raw_start

    def apply(self, edits: list[Edit]) -> None:
        """Apply non-overlapping edits given in coordinates of the current text.

        Overlapping edits are resolved first come, first kept (after sorting by start, longer
        first), so a step may propose overlapping candidates without harm.
        """
        if not edits:
            return
        chosen: list[Edit] = []
        last_end = -1
        for edit in sorted(edits, key=lambda e: (e.start, -e.end)):
            if edit.start < last_end:
                continue
            if edit.start == edit.end and not edit.replacement:
                continue
            chosen.append(edit)
            last_end = max(last_end, edit.end)
        new_pieces: list[_Piece] = []
        position = 0
        edit_index = 0
        for piece in self._pieces:
            length = self._piece_len(piece)
            piece_start, piece_end = position, position + length
            cursor = piece_start
            while edit_index < len(chosen) and chosen[edit_index].start < piece_end:
                edit = chosen[edit_index]
                if edit.start > cursor:
                    new_pieces.append(self._slice(piece, piece_start, cursor, edit.start))
                if edit.start >= piece_start and edit.replacement and edit.start >= cursor:
                    anchor = self._raw_position(piece, piece_start, max(edit.start, cursor))
                    new_pieces.append(_Piece(anchor, anchor, edit.replacement))
                cut_from = max(edit.start, cursor)
                cut_to = min(edit.end, piece_end)
                if cut_to > cut_from:
                    self._record(piece, piece_start, cut_from, cut_to, edit)
                cursor = max(cursor, cut_to)
                if edit.end <= piece_end:
                    edit_index += 1
                else:
                    break
            if cursor < piece_end:
                new_pieces.append(self._slice(piece, piece_start, cursor, piece_end))
            position = piece_end
        # An insertion at the very end of the text has no piece to anchor to.
        while edit_index < len(chosen):
            edit = chosen[edit_index]
            if edit.start >= position and edit.replacement:
                new_pieces.append(_Piece(len(self.raw), len(self.raw), edit.replacement))
            edit_index += 1
        self._pieces = [p for p in new_pieces if self._piece_len(p) > 0]
        self._text = None
        self._offsets = None

    def _slice(self, piece: _Piece, piece_start: int, start: int, end: int) -> _Piece:
        if piece.inserted is not None:
            return _Piece(piece.raw_start, piece.raw_end, piece.inserted[start - piece_start : end - piece_start])
        return _Piece(piece.raw_start + start - piece_start, piece.raw_start + end - piece_start)

    @staticmethod
    def _raw_position(piece: _Piece, piece_start: int, at: int) -> int:
        if piece.inserted is not None:
            return piece.raw_start
        return piece.raw_start + at - piece_start

    def _record(self, piece: _Piece, piece_start: int, start: int, end: int, edit: Edit) -> None:
        # Inserted text never came from the raw text, so dropping it loses nothing to record.
        if piece.inserted is not None:
            return
        raw_start = piece.raw_start + start - piece_start
        raw_end = piece.raw_start + end - piece_start
        self.removals.append(
            Removal(raw_start, raw_end, self.raw[raw_start:raw_end], edit.reason, edit.rule, edit.replacement)
        )

    _offsets: tuple[list[int], list[_Piece]] | None = None

    def to_raw(self, offset: int) -> int:
        """Raw offset of the clean character at `offset` (or of the raw position an insertion stands for)."""
        if self._offsets is None:
            starts, position = [], 0
            for piece in self._pieces:
                starts.append(position)
                position += self._piece_len(piece)
            self._offsets = (starts, self._pieces)
        starts, pieces = self._offsets
        if not pieces:
            return 0
        index = max(bisect_right(starts, offset) - 1, 0)
        piece = pieces[index]
        if piece.inserted is not None:
            return piece.raw_start
        return min(piece.raw_start + offset - starts[index], piece.raw_end)

    def kept_raw_spans(self) -> list[tuple[int, int]]:
        return [(p.raw_start, p.raw_end) for p in self._pieces if p.inserted is None]

    def sorted_removals(self) -> list[Removal]:
        return sorted(self.removals, key=lambda r: r.start)
