"""Bylines and headlines that session 24 taught the cleaner, from a blind metadata set's misses
(metadata_holdout6): each test is a page shape, written anew, not a page of the set."""

from newscurate.clean import clean_text
from newscurate.clean.edits import Removal, whole_passages
from newscurate.clean.person_names import greek_nominative
from newscurate.clean.structure import byline_fields

BODY = (
    "The county board approved the water contract late on Tuesday after a debate that ran well past the scheduled close of the meeting.\n\n"
    "Residents who spoke during the public session said the new rates would fall hardest on families in the older neighbourhoods near the river.\n\n"
    "The contract takes effect in July and runs for ten years, with a review of the rates after the first three, according to the board's clerk.\n"
)
MENU = ["Home", "News", "Politics", "Business", "Sport", "Opinion", "Subscribe", "Sign in"]


def _page(*lines: str, foot: tuple[str, ...] = ()) -> str:
    return "\n".join(lines) + "\n" + BODY + ("\n".join(foot) + "\n" if foot else "")


def test_a_no_break_space_inside_a_byline_keeps_every_name():
    # An earlier step turns the no-break space into a space, so the byline is removed in two runs.
    raw = _page("Water contract approved after marathon board meeting", "By Maren\xa0Tollefsen and Davi Costa", "March 3, 2025")
    assert clean_text(raw).authors == ["Maren Tollefsen", "Davi Costa"]
    raw = _page("Water contract approved after marathon board meeting", "Edited\xa0by: Ruth Okafor", "By Davi Costa")
    assert clean_text(raw).editors == ["Ruth Okafor"]


def test_a_headline_holding_a_no_break_space_is_found_under_a_menu():
    raw = _page("The Riverside Ledger", *MENU, "County board approves ten-year\xa0water contract after marathon meeting", "By Davi Costa")
    result = clean_text(raw)
    assert result.title == "County board approves ten-year water contract after marathon meeting"
    assert result.authors == ["Davi Costa"]


def test_whole_passages_joins_the_runs_of_one_line_around_a_replaced_space():
    raw = "By Jane\xa0Roe\nBody"
    removals = [
        Removal(0, 7, "By Jane", "byline", "byline_author", ""),
        Removal(7, 8, "\xa0", "whitespace", "odd_space", " "),
        Removal(8, 12, "Roe\n", "byline", "byline_author", ""),
    ]
    [(pieces, passage)] = whole_passages(raw, removals)
    assert pieces == [0, 2]
    assert (passage.start, passage.end, passage.text) == (0, 12, "By Jane Roe\n")
    # Two whole lines of one rule stay two passages.
    lines = [Removal(0, 4, "Home\n", "navigation", "menu_line", ""), Removal(5, 10, "News\n", "navigation", "menu_line", "")]
    assert [pieces for pieces, _ in whole_passages("Home\nNews\n", lines)] == [[0], [1]]


def test_a_wide_spaced_share_bar_is_no_headline():
    raw = _page("The Riverside Ledger", *MENU, "County board approves ten-year water contract after marathon meeting", "Facebook   X   Email   SMS   Print")
    assert clean_text(raw).title == "County board approves ten-year water contract after marathon meeting"


def test_a_greek_byline_names_its_author_in_the_nominative():
    assert greek_nominative("Γιάννη Γεωργίου", "Του") == "Γιάννης Γεωργίου"  # a family name in "-ίου" never changes
    assert greek_nominative("Νίκου Σταθόπουλου", "Του") == "Νίκος Σταθόπουλος"
    assert greek_nominative("Ειρήνης Λαμπράκη", "Της") == "Ειρήνη Λαμπράκη"
    raw = _page(
        "Η Εφημερίδα του Βορρά", "Ειδήσεις", "Πολιτική", "Οικονομία", "Κόσμος",
        "Νέο πρόγραμμα στέγασης για νέα ζευγάρια από τον Σεπτέμβριο",
        "Του Νίκου Σταθόπουλου", "12/09/2025 - 10:15",
    )
    assert clean_text(raw).authors == ["Νίκος Σταθόπουλος"]


def test_a_byline_in_fields_may_name_where_it_was_written():
    assert byline_fields("Written by Kavya Menon | Hubballi |") == (["Kavya Menon"], [])
    assert byline_fields("By Kavya Menon | New Delhi") == (["Kavya Menon"], [])


def test_the_agency_after_its_reporters_names_is_no_name():
    raw = _page("Water contract approved after marathon board meeting", "by TOMAS REYES and ADA NWOSU Associated Press", "Posted: 2025-03-04T10:00:00Z")
    assert clean_text(raw).authors == ["Tomas Reyes", "Ada Nwosu"]


def test_a_wire_signature_with_a_second_reporter_elsewhere_is_the_byline_not_the_headline():
    raw = _page(
        "The Harbour Courier", *MENU, "Home / World / Europe",
        "Negotiators agree grain corridor extension but no ceasefire after Istanbul talks",
        "Both delegations left after three hours with the core disputes untouched",
        "Pierre Lambert with Sofia Marsh in Brussels, AFP",
        "Published: 16/05/2025 19:32",
    )
    result = clean_text(raw)
    assert result.title == "Negotiators agree grain corridor extension but no ceasefire after Istanbul talks"
    assert result.authors == ["Pierre Lambert", "Sofia Marsh"]


def test_a_name_over_its_role_above_the_headline_is_the_byline():
    raw = _page("The Highveld Record", *MENU, "Thandiwe Nkosi", "Court Reporter", "04 Mar 2025", "Court orders county to publish the water contract in full")
    result = clean_text(raw)
    assert result.authors == ["Thandiwe Nkosi"]
    assert result.title == "Court orders county to publish the water contract in full"


def test_credits_for_others_reporting_at_the_foot_name_authors():
    raw = _page("Water contract approved after marathon board meeting", "By Davi Costa", foot=("Additional reporting by Lena Vogt",))
    assert clean_text(raw).authors == ["Davi Costa", "Lena Vogt"]
    raw = _page("Water contract approved after marathon board meeting", "By Davi Costa", foot=("— With files from The Canadian Press and Lena Vogt",))
    result = clean_text(raw)
    assert result.authors == ["Davi Costa", "Lena Vogt"]
    assert "files from" not in result.text


def test_a_live_page_credits_its_reporters():
    raw = _page("Storm live: rail lines closed across the north as gusts reach 80mph", "Live reporting by Ines Castro and Tom Hale")
    assert clean_text(raw).authors == ["Ines Castro", "Tom Hale"]
