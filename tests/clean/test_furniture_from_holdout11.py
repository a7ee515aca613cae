"""General patterns from the eleventh held-out set's errors: teaser lists with kickers or with a
standfirst and byline per item, a summary box under a long menu, relative date lines, two authors
with roles over the date, a letters appeal, a live blog's opening that ends with a colon. Texts are
made up for these tests."""

import pytest

from newscurate.clean import clean_text
from tests.clean.test_furniture_from_holdout10 import EXPLAINER, EXPLAINER_MORE

MENU = ["Home", "News", "Politics", "Business", "Climate", "Sport", "Culture", "Opinion", "Video", "Podcasts", "Search"]


def test_a_lines_opening_sentence_that_ends_with_a_colon_is_prose_not_a_list_item():
    opening = "Good morning and welcome to our coverage of the council's budget. Here are the latest developments:"
    page = "\n".join([EXPLAINER[0], "Share", "08.30", "Summary of the day so far", opening, *EXPLAINER[1:]])
    assert opening in clean_text(page).text


def test_a_teaser_list_with_a_kicker_over_every_item_goes_however_the_items_end():
    teasers = ["Opinion", "The court's quiet term is over. Here's what's coming.", "Opinion", "I sat on a school board for eight years. Here is what no one tells you.", "Opinion", "Cartoon: the campaign season begins"]
    page = "\n".join([*EXPLAINER, "More from Opinions", *teasers, *EXPLAINER_MORE[:1]])
    text = clean_text(page).text
    assert all(paragraph in text for paragraph in EXPLAINER)
    assert not any(teaser in text for teaser in teasers[1::2])


def test_teasers_with_a_standfirst_and_a_byline_each_go_whole():
    teasers = [
        "The Town That Voted to Keep Its Coal Plant",
        "In a county where the plant pays for the schools, the energy transition looks like a threat to everything.",
        "By Hannah Cortland",
        "Can Heat Pumps Survive a Minnesota Winter?",
        "A year of data from a cold-climate pilot suggests the answer is yes, with a few caveats that matter.",
        "By Oliver Mbatha",
    ]
    page = "\n".join([*EXPLAINER, "More From Climate", *teasers, "Most Popular", "1. The Last Days of the Mall"])
    text = clean_text(page).text
    assert all(paragraph in text for paragraph in EXPLAINER)
    assert not any(teaser in text for teaser in teasers)


def test_an_appeal_for_letters_goes_and_a_letter_to_the_editor_in_the_story_stays():
    told = "In a letter to the editor last week, a reader argued that the charge was the best plan on offer for the town."
    page = "\n\n".join([*EXPLAINER[:3], "Share your perspective. Write a letter to the editor.", told, *EXPLAINER[3:]])
    text = clean_text(page).text
    assert "Write a letter" not in text and told in text


def test_a_key_points_box_under_a_long_menu_is_still_in_the_texts_first_half():
    points = [
        "The charge starts next spring and covers the old town.",
        "Residents, taxis and buses are exempt from paying it.",
        "The money raised goes to cycle lanes and buses.",
    ]
    headline, standfirst = "Old town to charge drivers from spring", "The council voted for the charge on Tuesday after a long debate."
    page = "\n".join([*MENU, *MENU, headline, standfirst, "Key takeaways", *points]) + "\n\n" + "\n\n".join([*EXPLAINER, *EXPLAINER_MORE])
    text = clean_text(page).text
    assert not any(point in text for point in points)
    assert all(paragraph in text for paragraph in EXPLAINER)


@pytest.mark.parametrize("date", ["Dzisiaj, 19:42", "Today, 7:42 pm", "Aktualizacja: Dzisiaj, 21:05", "Heute, 14:05 Uhr", "Сегодня, 19:42"])
def test_a_date_given_relative_to_today_is_a_date_line(date):
    result = clean_text("\n".join(["Old town to charge drivers from spring", date, *EXPLAINER]))
    assert date not in result.text
    assert [r.reason for r in result.removals if r.text.strip() == date] == ["dateline"]


def test_a_standfirst_above_two_authors_with_their_roles_goes():
    standfirst = "The fight over the charge has crowded out harder questions about how the buses will be paid for."
    authors = ["Anneliese Kraemer", "Senior Fellow", "Jonah Whitcombe", "Research Analyst"]
    page = "\n".join([*MENU, "Financing the old town's buses: what the charge debate misses", standfirst, *authors, "July 9, 2024", *EXPLAINER])
    text = clean_text(page).text
    assert standfirst not in text
    assert all(paragraph in text for paragraph in EXPLAINER)
