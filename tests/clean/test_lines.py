"""Line views and repeat keys keep their plain definitions, however they are computed."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newscurate.clean.lines import first_nonblank_lines, nonblank_lines, normalized_key, split_lines

_TEXT = st.text(alphabet=st.sampled_from("ab É ß_-,.\n\t\u00a0\u3000\u2028“”İ1"), max_size=80)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_lines_are_the_text_split_at_line_feeds(text):
    lines = split_lines(text)
    assert "\n".join(line.text for line in lines) == text.removesuffix("\n")
    for line in lines:
        assert text[line.start : line.end] == line.text and line.stripped == line.text.strip()
    for count in range(4):
        assert first_nonblank_lines(text, count) == nonblank_lines(text)[:count]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_short_line_key_is_its_words_one_space_apart(text):
    assert normalized_key(text) == " ".join(re.findall(r"[^\W_]+", text.casefold()))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab É ß_-,.\t\u00a0\u2028“"), min_size=201, max_size=260))
def test_paragraph_key_folds_case_and_spacing_only(text):
    assert normalized_key(text) == " ".join(text.casefold().split())


def test_two_chinese_or_japanese_characters_count_as_a_word():
    from newscurate.clean.lines import at_most_words

    assert at_most_words("市長は会見で", 3)  # six characters: three words
    assert not at_most_words("市長は記者会見で新しい計画を発表した。", 3)
    assert at_most_words("one two three", 3) and not at_most_words("one two three four", 3)
    assert at_most_words("Größe über alles", 3)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_ascii_line_key_is_its_words_one_space_apart(text):
    # Every ASCII character, the control characters and the spacing str.split knows included.
    assert normalized_key(text) == " ".join(re.findall(r"[^\W_]+", text.casefold()))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("a  \t\t\n\r\u00a0\u3000"), max_size=40))
def test_line_edge_spaces_are_what_the_edge_space_pattern_finds(text):
    from newscurate.clean.layout import _EDGE_SPACE, _line_edge_spaces

    assert _line_edge_spaces(text) == [match.span() for match in _EDGE_SPACE.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["http", "https", "HTTPſ", "s", "://", "/", "www.", "WwW.", "w", ".", "a", "x.y", " ", "\n", ",", "("]), max_size=14).map("".join))
def test_urls_are_what_the_url_pattern_finds(text):
    from newscurate.clean.links import URL, _urls

    assert [match.span() for match in _urls(text)] == [match.span() for match in URL.finditer(text)]
