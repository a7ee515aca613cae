"""The shared edit mechanism: every raw character is kept or recorded as removed, exactly once."""

from bisect import bisect_left

from hypothesis import given, settings
from hypothesis import strategies as st

from newscurate.clean.edits import Edit, TextBuffer


def rebuilt_raw(buffer: TextBuffer) -> str:
    pieces = [(s, buffer.raw[s:e]) for s, e in buffer.kept_raw_spans()]
    pieces += [(r.start, r.text) for r in buffer.removals]
    return "".join(text for _, text in sorted(pieces, key=lambda p: p[0]))


def test_removal_records_raw_offsets_and_reason():
    buffer = TextBuffer("keep DROP keep")
    buffer.apply([Edit(4, 9, "promo_block", "test")])
    assert buffer.text == "keep keep"
    [removal] = buffer.removals
    assert (removal.start, removal.end, removal.text, removal.reason) == (4, 9, " DROP", "promo_block")


def test_replacement_is_recorded_and_later_offsets_map_back():
    buffer = TextBuffer("a\nb\n\n\nc")
    buffer.apply([Edit(1, 2, "reflow", "hard_wrap", " ")])
    assert buffer.text == "a b\n\n\nc"
    buffer.apply([Edit(3, 6, "whitespace", "blank_line_run", "\n\n")])
    assert buffer.text == "a b\n\nc"
    assert buffer.to_raw(buffer.text.index("c")) == 6
    assert rebuilt_raw(buffer) == buffer.raw


def test_second_pass_removal_spanning_earlier_insertion_splits_into_raw_runs():
    buffer = TextBuffer("x\u00a0y z")
    buffer.apply([Edit(1, 2, "whitespace", "odd_space", " ")])
    buffer.apply([Edit(0, 3, "email", "email_debris")])
    assert buffer.text == " z"
    assert [(r.start, r.end, r.reason) for r in buffer.sorted_removals()] == [(0, 1, "email"), (1, 2, "whitespace"), (2, 3, "email")]
    assert rebuilt_raw(buffer) == buffer.raw


@st.composite
def text_and_edit_rounds(draw):
    text = draw(st.text(alphabet=st.sampled_from("ab \n\u00a0“”x"), max_size=60))
    rounds = draw(st.integers(1, 4))
    return text, rounds, draw(st.randoms(use_true_random=False))


def randomly_edited(text, rounds, rng):
    buffer = TextBuffer(text)
    for _ in range(rounds):
        current = buffer.text
        edits = []
        for _ in range(rng.randint(0, 4)):
            start = rng.randint(0, len(current))
            end = rng.randint(start, len(current))
            edits.append(Edit(start, end, "test", "random", rng.choice(["", "", " ", "\n\n"])))
        buffer.apply(edits)
    return buffer


@settings(max_examples=300, deadline=None)
@given(text_and_edit_rounds())
def test_raw_text_is_exactly_rebuilt_from_kept_spans_plus_removals(case):
    text, rounds, rng = case
    buffer = randomly_edited(text, rounds, rng)
    assert rebuilt_raw(buffer) == text
    kept = buffer.kept_raw_spans()
    covered = sorted([*kept, *((r.start, r.end) for r in buffer.removals)])
    position = 0
    for start, end in covered:
        assert start == position
        position = end
    assert position == len(text)
    for start, end in kept:
        assert text[start:end] in buffer.text


@settings(max_examples=300, deadline=None)
@given(text_and_edit_rounds())
def test_to_clean_is_where_to_raw_first_reaches_the_raw_offset(case):
    text, rounds, rng = case
    buffer = randomly_edited(text, rounds, rng)
    offsets = range(len(buffer.text))
    for raw_offset in range(-1, len(text) + 2):
        assert buffer.to_clean(raw_offset) == bisect_left(offsets, raw_offset, key=buffer.to_raw)
