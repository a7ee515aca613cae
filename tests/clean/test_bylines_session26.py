"""Bylines that session 26 taught the cleaner, from a blind metadata set's misses (metadata_holdout7):
each test is a page shape, written anew, not a page of the set."""

import pytest

from newscurate.clean import clean_text

BODY = (
    "The harbour board approved the dredging contract late on Tuesday after a debate that ran well past the scheduled close.\n\n"
    "Fishermen who spoke during the public session said the work would close the inner channel for most of the spring season.\n\n"
    "The contract takes effect in May and runs for three years, with a review after the first winter, according to the board's clerk.\n"
)
HEADLINE = "Harbour board approves dredging contract after long night"


def _page(*lines: str, foot: tuple[str, ...] = ()) -> str:
    return "\n".join(lines) + "\n" + BODY + ("\n".join(foot) + "\n" if foot else "")


@pytest.mark.parametrize("byline", ["Story by Priya Natarajan • 2d", "Story by Priya Natarajan · 5 h ago", "Haber: Priya Natarajan"])
def test_a_feeds_story_credit_and_a_turkish_news_credit_name_the_author(byline):
    result = clean_text(_page(HEADLINE, byline))
    assert result.authors == ["Priya Natarajan"]
    assert "Natarajan" not in result.text


def test_written_by_and_edited_by_as_two_sentences_on_one_line():
    result = clean_text(_page(HEADLINE, "Written by Tomas Eklund. Edited by Rosa Bianchi."))
    assert (result.authors, result.editors) == (["Tomas Eklund"], ["Rosa Bianchi"])


def test_a_turkish_editor_credit_names_the_editor():
    result = clean_text(_page(HEADLINE, "Haber: Deniz Arslan", "Editör: Kerem Tunç"))
    assert (result.authors, result.editors) == (["Deniz Arslan"], ["Kerem Tunç"])


def test_with_reports_from_credits_another_author():
    result = clean_text(_page(HEADLINE, "By Tomas Eklund", foot=("With reports from Rosa Bianchi",)))
    assert result.authors == ["Tomas Eklund", "Rosa Bianchi"]
    assert "reports from" not in result.text


def test_a_byline_in_capitals_names_its_author_as_a_name():
    result = clean_text(_page(HEADLINE, "By LUCÍA ARANDA DE LA FUENTE"))
    assert result.authors == ["Lucía Aranda de la Fuente"]
