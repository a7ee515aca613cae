"""The boilerplate word cues are tried only where a scan found one of their openings: that scan
must find every place where one of them can match."""

import random
import re

import pytest

from newscurate.clean import boilerplate as b

WORD_CUES = {
    "trigger": re.compile(r"\b" + b._TRIGGER.pattern),
    "copyright": b._COPYRIGHT_WORD,
    "disclaimer": b._DISCLAIMER_WORD,
    "privacy": b._PRIVACY_WORD,
    "appeal_strong": b._APPEAL_STRONG,
    "appeal_weak": b._APPEAL_WEAK,
}
PHRASES = [
    "all rights reserved", "does not necessarily reflect the views", "do not represent the editorial", "opinions in this column",
    "reflects the author's own views", "privacy and cookie policy", "cookies", "e-mail us", "email us", "in your inbox",
    "our work is supported by", "the project is made possible by", "become a patron", "подпишитесь", "підписка", "support our",
    "independent journalism", "please", "funded by", "журналистика", "help us", "reader-funded", "sign up",
]
FILLER = ["the", "we", "you", "a", "x", "é", "2024", "«", "(", "-", "'", "_", "do", "in", "our", "support", "journalism"]


def _random_line(rng: random.Random) -> str:
    words = rng.choices(PHRASES + FILLER * 2, k=rng.randint(1, 30))
    separators = rng.choices([" ", " ", "", "-", ".", "é", "_", "(", "/"], k=len(words))
    return "".join(w + s for w, s in zip(words, separators))


@pytest.mark.parametrize("name", WORD_CUES)
def test_every_word_cue_match_starts_at_a_found_opening(name):
    rng = random.Random(7)
    pattern = WORD_CUES[name]
    for _ in range(2000):
        line = _random_line(rng).lower()
        openings = set(b._word_openings(line))
        assert {m.start() for m in pattern.finditer(line)} <= openings, line


@pytest.mark.parametrize("name", ["appeal_strong", "appeal_weak"])
def test_counting_at_openings_counts_what_findall_finds(name):
    rng = random.Random(11)
    pattern = WORD_CUES[name]
    for _ in range(2000):
        line = _random_line(rng).lower()
        assert b._count_at(pattern, line, b._word_openings(line)) == len(pattern.findall(line)), line


def test_openings_spell_out_optional_parts_and_leading_groups():
    assert b._openings("e-?mail us") == ["email us", "e-mail us"]
    assert b._openings("(?:supported|funded) by") == ["supported by", "funded by"]
    assert b._openings(r"cookies?\b") == ["cookie"]
    with pytest.raises(ValueError):
        b._word_cue_openings((r"\w+ish",))


# Phrases, consent banners, copyright signs, and letters whose lower case is longer ('İ') or depends
# on the next one ('Σ').
OTHER_CUES = ["", "", "©", "(C) 2024", "cookie settings", "Datenschutz", "todos os direitos", "ΟΔΟΣ", "İstanbul", "non rifletto"]


def test_cues_found_in_the_whole_text_are_those_found_line_by_line():
    rng = random.Random(13)
    for _ in range(300):
        lines = [_random_line(rng) + rng.choice(OTHER_CUES) + _random_line(rng) for _ in range(rng.randint(1, 14))]
        lines = [rng.choice(["", "  ", "\t"]) + line + rng.choice(["", " ", "  "]) for line in lines]
        text = "\n".join(rng.choice([line, line.upper(), line.title(), ""]) for line in lines)
        nonblank = b.nonblank_lines(text)
        lowered = b._lowered_in_place(text)
        whole_text = b._cues_found_per_line(lowered, nonblank)
        for index, line in enumerate(nonblank):
            found = whole_text[index]
            if found is not None:
                assert sorted(found) == sorted(b._cues_found(line.stripped.lower())), line
                offset = line.start + b._indent(line)
                assert lowered[offset : offset + len(line.stripped)] == line.stripped.lower(), line
            assert b._judge(line, index, len(nonblank), found, lowered) == b._judge(line, index, len(nonblank), None, None), line


def test_a_paragraph_with_only_appeal_openings_is_judged_as_one_without_cues():
    """Inside the text, a long line whose openings ('work', 'issue', a number's '1') lead to no
    notice's word takes the short way, and reaches the verdict the whole judgement gives."""
    paragraph = (
        "The work on the bridge is an issue for the 12 councillors and 1,400 residents who use the site every day, "
        "the project manager said on Monday after a long meeting with the company and its engineers."
    )
    assert b._openings("18+ only") == ["18"]
    lines_text = "\n".join(["Line one.", "Line two.", "Line three.", "Line four.", "Line five.", "Line six.", paragraph, *["More."] * 6])
    nonblank = b.nonblank_lines(lines_text)
    lowered = b._lowered_in_place(lines_text)
    found = b._cues_found_per_line(lowered, nonblank)
    index = 6
    assert found[index] and not b._opens_a_long_lines_cue(found[index])
    line = nonblank[index]
    assert b._judge(line, index, len(nonblank), found[index], lowered) == b._judge(line, index, len(nonblank), None, None)
