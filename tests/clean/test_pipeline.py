"""clean_text on arbitrary text keeps its promises: exact audit trail and body layout."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newscurate.clean import clean_text
from newscurate.clean.pipeline import REMOVAL_REASONS

_PIECES = st.sampled_from(
    [
        "Putin said.", "“We will talk,” he said.", "Subscribe to our newsletter!", "\n", "\n\n", " ", "\u00a0",
        "https://example.com/a", "[quote]", "[/quote]", "Copyright © 2024", "By Jane Doe", "word", "wrapped-\nline",
        "Related article: x", "caption (Image: AFP)", "\u200b", "\r\n", "Привет мир.", "«Olá», disse ele.",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=25).map("".join))
def test_audit_trail_rebuilds_the_raw_text_and_layout_holds(raw):
    result = clean_text(raw)
    pieces = [(s, raw[s:e]) for s, e in result.buffer.kept_raw_spans()] + [(r.start, r.text) for r in result.removals]
    assert "".join(t for _, t in sorted(pieces, key=lambda p: p[0])) == raw
    assert all(r.reason in REMOVAL_REASONS for r in result.removals)
    assert all(raw[r.start : r.end] == r.text for r in result.removals)
    assert result.text == result.text.strip()
    assert not re.search(r"[^\n]\n[^\n]|\n\n\n", result.text)
    assert "\u00a0" not in result.text and "\u200b" not in result.text and "\r" not in result.text


def test_separators_python_reads_as_space_or_line_end_keep_the_layout():
    # Hypothesis found this one: a line of '\x1f' alone read as blank but stayed in the body.
    for separator in "\x1c\x1d\x1e\x1f\x85\u2028\u2029":
        result = clean_text(f"Putin said.\n{separator}\nHe left.")
        assert result.text == "Putin said.\n\nHe left.", repr(separator)
        assert separator not in result.text
    assert clean_text("One line.\u2028Another line.").text == "One line.\n\nAnother line."


def test_every_kept_character_maps_back_to_the_same_raw_character():
    raw = "Title here\n\nBody\u00a0text with a “quote”,\nwrapped line.\n\nhttps://x.org/y\n\nEnd."
    result = clean_text(raw)
    for offset, char in enumerate(result.text):
        if char not in " \n":
            assert raw[result.to_raw(offset)] == char


def test_all_boilerplate_leaves_an_empty_body():
    raw = "Copyright © 2024 Example News\nSubscribe to our newsletter and support our journalism!\nShare\nRelated Posts"
    assert clean_text(raw).text == ""


def test_a_copyright_notice_in_another_language_leaves_the_body():
    body = "Il governo ha presentato il piano al parlamento. La discussione riprenderà martedì prossimo, secondo fonti della maggioranza."
    for notice in ("Tutti i diritti riservati. Riproduzione vietata.", "Todos los derechos reservados.", "Alle Rechte vorbehalten."):
        result = clean_text(f"{body}\n\n{notice}")
        assert result.text == body, notice
        assert [r.reason for r in result.removals if notice in r.text] == ["copyright"]


def test_a_japanese_article_is_not_taken_for_a_list_of_links():
    """Its lines hold no spaces, so each is one 'word' to split(): the article once went whole as a
    run of short unpunctuated lines. Two characters count as a word and '。' ends a sentence."""
    body = [
        "市の交通局は二十日、来年四月から路線バスの運行本数を平日で約一割減らすと発表した。運転手の不足が理由だという。",
        "交通局によると、運転手の数はこの五年で二割近く減った。募集を続けているが、応募は少ないままだという。",
        "利用者からは「通勤の時間が読めなくなる」と不安の声が上がっている。局は減便の対象となる路線を来月公表する。",
    ]
    raw = "\n".join(["ホーム", "ニュース", "地域", "経済", "バス減便へ　運転手不足で", *body, "関連記事", "駅前の再開発が始まる", "ランキング", "お問い合わせ"])
    cleaned = clean_text(raw)
    assert cleaned.text == "\n\n".join(body)


def test_a_list_of_labelled_amounts_is_body_not_a_menu():
    """Short lines without a sentence's end in a row are a menu, unless each gives an amount after
    its label; the last row above a paragraph is no crosshead either."""
    headline = "A corner bookshop opens its accounts"
    opening = [
        "The owner of the last independent bookshop on the high street has published last year's accounts in full.",
        "She said she wanted customers to see where the money goes and why the margins are so thin this year.",
    ]
    rows = ["New books: £212,000 in sales", "Second-hand books: £41,000", "Rent and rates: £47,000", "Staff: £71,000"]
    closing = "The owner said the figures left no room for a rent rise, and that she would decide in the spring whether to stay."
    cleaned = clean_text("\n\n".join([headline, *opening, *rows, closing]))
    assert all(row in cleaned.text for row in rows)


def test_a_running_header_with_a_year_after_its_colon_is_still_furniture():
    from newscurate.clean.layout import _is_labelled_amount

    assert _is_labelled_amount("Jane Doe (Green): 14,388") and _is_labelled_amount("Turnout: 39.8%")
    assert not _is_labelled_amount("Military assistance to Ukraine: 2025 update")
    assert not _is_labelled_amount("Home: News")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=["\\", " ", "\n", "\t", "\u00a0", "a", "é"], max_size=16))
def test_a_stray_backslash_is_a_run_of_backslashes_standing_between_spaces(text):
    """The pattern is written for speed (it starts at the backslash); it must find exactly the runs
    its plain statement describes: whitespace or the text's edge on both sides."""
    from newscurate.clean.characters import _STRAY_BACKSLASH

    plain = re.compile(r"(?:(?<=\s)|^)\\+(?=\s|$)", re.MULTILINE)
    assert [m.span() for m in _STRAY_BACKSLASH.finditer(text)] == [m.span() for m in plain.finditer(text)]
