"""The one mechanism that changes text in the clean stage.

Cleaning steps never edit strings: they return `Edit`s (a span of the text they were given, a
reason, the rule that fired and an optional replacement). `TextBuffer.apply` applies them and keeps,
for every character of the current text, where it came from in the raw text. So:

- every removed raw character is recorded exactly once, in a `Removal` with raw offsets;
- the raw text is exactly the kept raw pieces plus the removals, in raw order;
- any clean offset maps back to a raw offset (`to_raw`), and any raw offset to where it lands in
  the clean text (`to_clean`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import partial
from itertools import accumulate
from operator import attrgetter, itemgetter
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


# Reasons whose removals are layout, not content: they do not count towards the removed share, and
# the steps that read removed lines pass over them.
LAYOUT_REASONS = frozenset({"whitespace", "reflow", "invisible_char"})

# Removals are made by the dozen per document: straight from a tuple, without the named tuple's
# Python-level constructor.
_new_removal = partial(tuple.__new__, Removal)

# A run of the current text, as a plain tuple since a document's pieces are remade at every step:
# (raw_start, raw_end, None, length) keeps raw[raw_start:raw_end]; (anchor, anchor, inserted, length)
# is inserted text standing where raw offset `anchor` was. The length in the text comes last, so the
# pieces' offsets add up in C.
_Piece = tuple[int, int, "str | None", int]
_LENGTH = itemgetter(3)


class TextBuffer:
    """Raw text plus the edits applied to it so far."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._pieces: list[_Piece] = [(0, len(raw), None, len(raw))] if raw else []
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
        starts = list(accumulate(map(_LENGTH, pieces), initial=0))
        new_pieces: list[_Piece] = []
        raw, record = self.raw, self.removals.append
        n_pieces, n_chosen = len(pieces), len(chosen)
        edit_index = 0
        index = 0
        while index < n_pieces and edit_index < n_chosen:
            piece_start, piece_end = starts[index], starts[index + 1]
            next_start = chosen[edit_index].start
            if piece_end <= next_start:
                # Jump over the pieces before the next edit: most pieces are left as they are.
                following = bisect_right(starts, next_start, index) - 1
                new_pieces += pieces[index:following]
                index = following
                continue
            piece = raw_start, _, inserted, _ = pieces[index]
            cursor = piece_start
            while edit_index < n_chosen and chosen[edit_index].start < piece_end:
                start, end, reason, rule, replacement = chosen[edit_index]
                if start > cursor:
                    new_pieces.append(_slice(piece, piece_start, cursor, start))
                # An edit begun in an earlier piece has its replacement there already.
                if start >= piece_start and replacement:
                    anchor = raw_start if inserted is not None else raw_start + start - piece_start
                    new_pieces.append((anchor, anchor, replacement, len(replacement)))
                cut_from = start if start > cursor else cursor
                cursor = end if end < piece_end else piece_end
                # Inserted text never came from the raw text, so dropping it loses nothing to record.
                if cursor > cut_from and inserted is None:
                    cut_start, cut_end = raw_start + cut_from - piece_start, raw_start + cursor - piece_start
                    record(_new_removal((cut_start, cut_end, raw[cut_start:cut_end], reason, rule, replacement)))
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
                new_pieces.append((len(raw), len(raw), edit.replacement, len(edit.replacement)))
        self._pieces = new_pieces
        self._text = _edited(text, chosen)
        self._offsets = None

    _offsets: tuple[list[int], list[int]] | None = None

    def _offset_map(self) -> tuple[list[int], list[int]]:
        """Clean offset where each piece starts, and the raw offset of its last character: both
        ascend, since pieces stay in raw order."""
        if self._offsets is None:
            starts = list(accumulate(map(_LENGTH, self._pieces), initial=0))
            starts.pop()
            last_raw = [raw_end - 1 if inserted is None else raw_start for raw_start, raw_end, inserted, _ in self._pieces]
            self._offsets = (starts, last_raw)
        return self._offsets

    def to_raw(self, offset: int) -> int:
        """Raw offset of the clean character at `offset` (or of the raw position an insertion stands for)."""
        starts, _ = self._offset_map()
        if not starts:
            return 0
        index = max(bisect_right(starts, offset) - 1, 0)
        raw_start, raw_end, inserted, _ = self._pieces[index]
        if inserted is not None:
            return raw_start
        return min(raw_start + offset - starts[index], raw_end)

    def to_clean(self, raw_offset: int) -> int:
        """The first clean offset whose raw offset (`to_raw`) is `raw_offset` or later, the text's
        length if none is: where a raw position lands in the clean text."""
        starts, last_raw = self._offset_map()
        index = bisect_left(last_raw, raw_offset)
        if index == len(starts):
            return len(self.text)
        raw_start, _, inserted, _ = self._pieces[index]
        return starts[index] + (max(raw_offset - raw_start, 0) if inserted is None else 0)

    def kept_raw_spans(self) -> list[tuple[int, int]]:
        return [(start, end) for start, end, inserted, _ in self._pieces if inserted is None]

    def sorted_removals(self) -> list[Removal]:
        return sorted(self.removals, key=_START)

    def relabel(self, labels: dict[int, tuple[str, str]]) -> None:
        """Give removals (by index in `sorted_removals()`) another reason and rule: what was
        removed stays exactly as it was."""
        self.removals = [
            removal._replace(reason=labels[index][0], rule=labels[index][1]) if index in labels else removal
            for index, removal in enumerate(self.sorted_removals())
        ]


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
    raw_start, raw_end, inserted, _ = piece
    if inserted is not None:
        return (raw_start, raw_end, inserted[start - piece_start : end - piece_start], end - start)
    return (raw_start + start - piece_start, raw_start + end - piece_start, None, end - start)


# Spaces other than the ASCII one, each to one space: offsets into the text do not move.
_SPACES = dict.fromkeys([0xA0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000], " ")


def _without_hints(raw: str, start: int, end: int, hints: list[Removal]) -> str:
    """raw[start:end] without the link hints that stand inside it."""
    runs = []
    for hint in hints:
        if hint.end <= end:
            runs.append(raw[start : hint.start])
            start = hint.end
    return "".join(runs) + raw[start:end]


def whole_passages(raw: str, removals: list[Removal]) -> list[tuple[list[int], Removal]]:
    """The content removals (indices into the sorted `removals`) with each passage whole, as a step
    removed it: a line holding a no-break space ('By Jane\\xa0Roe') or a run of spaces that an
    earlier step replaced is recorded in runs around the replaced characters. Runs of one
    rule that meet on one line, only such replacements between them, are one passage: its raw text,
    a space for each no-break or other typographic space (so 'By' reads as a byline's word). A
    link's hint between runs ('By Jane Roe (opens in new tab), John Doe') is left out of the text."""
    passages = []
    index, n = 0, len(removals)
    while index < n:
        first = removals[index]
        if first.reason in LAYOUT_REASONS:
            index += 1
            continue
        pieces, end, replaced, hints = [index], first.end, False, []
        following = index + 1
        while following < n and removals[following].start == end and not removals[pieces[-1]].text.endswith("\n"):
            removal = removals[following]
            if (removal.reason in LAYOUT_REASONS and "\n" not in removal.text + removal.replacement) or removal.rule == "link_hint":
                replaced = True
                if removal.rule == "link_hint":
                    hints.append(removal)
            elif removal.rule == first.rule and replaced:
                pieces.append(following)
                replaced = False
            else:
                break
            end = removal.end
            following += 1
        last = removals[pieces[-1]].end
        if len(pieces) > 1:
            passages.append((pieces, first._replace(end=last, text=_without_hints(raw, first.start, last, hints).translate(_SPACES))))
        else:
            passages.append((pieces, first))
        index = pieces[-1] + 1
    return passages
