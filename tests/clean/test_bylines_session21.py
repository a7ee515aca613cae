"""Session 21's byline round: author and editor labels in more languages, and a byline standing
under a menu's last item, over its article. Passages of our own writing; each test fails on the code
before the round, but the last, which guards the teaser lists the rule must not touch."""

import pytest

from newscurate.clean import clean_text

BODY = "\n\n".join(
    [
        "The regional assembly voted on Tuesday to extend the rent cap to every district, after a debate that ran late into the evening.",
        "Supporters said the measure would protect families who had seen their rents rise by a third in two years, while landlords warned of fewer homes to let.",
        "The minister for housing said the cap would be reviewed after eighteen months, and that the assembly would publish the figures every quarter.",
    ]
)
HEADER = "Rent cap to be extended to every district under assembly plan\n"


@pytest.mark.parametrize(
    ("byline", "authors", "editors"),
    [
        ("Szerző: Tóth Anna", ["Tóth Anna"], []),
        ("Szerkesztette: Nagy Péter", [], ["Nagy Péter"]),
        ("Författare: Anna Lindqvist", ["Anna Lindqvist"], []),
        ("Redigerad av Johan Berg", [], ["Johan Berg"]),
        ("Skrevet av Ingrid Dahl", ["Ingrid Dahl"], []),
        ("Autorius: Tomas Kazlauskas", ["Tomas Kazlauskas"], []),
        ("Yazar: Zeynep Kaya", ["Zeynep Kaya"], []),
        ("Escrito por Lucía Romero", ["Lucía Romero"], []),
    ],
)
def test_author_and_editor_labels_of_more_languages_name_the_byline(byline, authors, editors):
    cleaned = clean_text(HEADER + byline + "\n\n" + BODY)
    assert (cleaned.authors, cleaned.editors) == (authors, editors)
    assert byline not in cleaned.text


def test_a_byline_under_a_menus_last_item_and_over_the_article_is_the_pages_own():
    menu = "Coast Radio\nHome\nNews\nSport\nWeather\nContact\nNews\n"
    cleaned = clean_text(menu + "Posted by Fiona Baird\nMonday 3 March 2025 09:30\n\n" + BODY)
    assert cleaned.authors == ["Fiona Baird"]
    assert cleaned.text.startswith("The regional assembly voted")


def test_a_teasers_byline_in_a_list_of_teasers_stays_with_its_teaser():
    raw = HEADER + "\n" + BODY + "\n\nMore news\nFerry timetable changes for the winter\nBy Fiona Baird\nSchool roof repairs to start in April\nBy Tom Reid\n"
    cleaned = clean_text(raw)
    assert "Fiona Baird" not in cleaned.text and "Tom Reid" not in cleaned.text
    assert cleaned.authors == []
