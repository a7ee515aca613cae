"""Quote rules from session 12's blind set of ordinary news (holdout22). Invented passages, one
pattern each."""

import pytest

from newscurate.annotate.quotes import find_quotes
from tests.annotate.quoting import speakers_of


def test_an_abbreviated_saint_is_part_of_the_name_and_of_the_statements_issuer():
    text = (
        "In a statement released Monday, St. Agnes Health said it was “deeply disappointed” by the strike.\n\n"
        "“Our offer would make our nurses among the best paid in the state,” the statement said."
    )
    assert speakers_of(text) == ["St. Agnes Health", "St. Agnes Health"]


@pytest.mark.parametrize("acronym, name", [("HSE", "Health Service Executive"), ("DWS", "Department of Water and Sanitation")])
def test_an_acronym_of_three_initials_is_the_body_the_text_spelled_out(acronym, name):
    text = (
        f"Under proposals drawn up by the {name}, the unit would close at night.\n\n"
        f"The {acronym} said in a statement that the plan was “designed to ensure patients get the right care”."
    )
    assert speakers_of(text) == [name]


def test_two_initials_still_need_a_body_not_any_capitalised_pair():
    text = "Ukraine Says Talks Stalled\n\nMinisters met in Kyiv. “We will not give up,” the US said in a statement."
    assert speakers_of(text) == ["US"]


@pytest.mark.parametrize(
    "issued",
    ["a memo from the city’s Office of Budget and Management", "a memo from the Office of Budget and Management"],
)
def test_a_documents_issuer_keeps_the_whole_name_and_skips_the_owner_before_it(issued):
    text = (
        f"According to {issued}, the levy would cost a household $140 a year. "
        "The memo, circulated last week, warned that the projections were “highly sensitive to assumptions.”"
    )
    assert speakers_of(text) == ["Office of Budget and Management"]


def test_a_report_owned_by_a_body_with_two_words_between_is_the_bodys():
    text = (
        "According to the Riebeeksdorp Local Municipality’s own infrastructure report, 40 per cent of water is lost. "
        "The report described the works as being in a “critical state of disrepair” and asked for money."
    )
    assert speakers_of(text) == ["Riebeeksdorp Local Municipality"]


@pytest.mark.parametrize("title", ["Cr", "Cllr"])
def test_a_councillors_short_title_is_no_part_of_the_name(title):
    text = f"Shire Mayor Leanne Pogson said jobs had gone.\n\n“When the water goes, the contractors go,” {title} Pogson said."
    assert speakers_of(text) == ["Leanne Pogson"]


def test_list_items_inside_an_appositive_leave_the_name_the_subject():
    text = (
        "The Alliance of Metal-Using Manufacturers, a trade group representing automakers, appliance makers "
        "and equipment producers, said the tariff would “raise costs for every worker who uses steel.”"
    )
    assert speakers_of(text) == ["Alliance of Metal-Using Manufacturers"]


def test_an_appositive_description_with_and_inside_still_yields_to_a_name():
    text = "Maria Lopez, a nurse and mother of two, said the ward was “stretched to breaking point.”"
    assert speakers_of(text) == ["Maria Lopez"]


def test_the_department_is_the_one_named_with_and_after_of():
    text = (
        "She had heard of the new schedule from a Facebook post rather than from the Department of Transportation and Infrastructure.\n\n"
        "The department said in a statement that the changes were “necessary to address crew shortages.”"
    )
    assert speakers_of(text) == ["Department of Transportation and Infrastructure"]


def test_a_possessive_after_and_is_no_part_of_the_departments_name():
    text = (
        "The motion drew objections from the Department of Justice and Trump’s lawyers on Friday.\n\n"
        "The department said the filing was “frivolous.”"
    )
    assert speakers_of(text) == ["Department of Justice"]


@pytest.mark.parametrize("verb", ["called it", "calling it", "described it as"])
def test_what_someone_called_it_is_their_quote(verb):
    text = f"Downing Street played down the revolt. A No 10 spokesperson, {verb} “routine parliamentary business”, said the vote would pass."
    quotes = [q for q in find_quotes(text) if "routine" in q.text]
    assert [q.kind for q in quotes] == ["direct"]


@pytest.mark.parametrize("naming", ["we call it", "a group calling itself", "the residents call them"])
def test_a_name_in_use_or_one_taken_is_a_term(naming):
    text = f"The volunteers met at dawn; {naming} “Millbrook Strong” and plan to meet again."
    assert [q.kind for q in find_quotes(text)] != ["direct"]


@pytest.mark.parametrize(
    "intro, speaker",
    [
        ("Parting shot, from a longtime GOP lobbyist who has watched a dozen of these standoffs:", "a longtime GOP lobbyist"),
        ("The last word goes to a reader from Ohio, and the last line from Sen. Ann Ellis:", "Ann Ellis"),
    ],
)
def test_whom_the_words_come_from_before_the_colon_speaks(intro, speaker):
    text = f"Dolores Whitaker has not said whether she will go.\n\n{intro} “Every one of these ends the same way.”"
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize("rank", ["Sgt.", "Cpl."])
def test_a_police_or_army_rank_abbreviated_ends_no_sentence(rank):
    text = f"Police {rank} Maria Lopez said officers arrived within minutes. “We did everything we could,” {rank} Lopez said."
    quote = find_quotes(text)[0]
    assert (quote.speaker, quote.speaker_mention, quote.cue) == ("Maria Lopez", "Lopez", "said")


# From holdout23 (war reporting in many house styles), blind 0.843.


@pytest.mark.parametrize("rank", ["Col.", "Lt. Col.", "Maj.", "Brig.", "Adm."])
def test_a_military_rank_abbreviated_before_a_name_is_no_speaker(rank):
    text = f"Ukraine's military disputed the report. “The village remains contested,” said {rank} Viktor Danylenko, a spokesperson."
    assert speakers_of(text) == ["Viktor Danylenko"]


def test_a_name_then_only_descriptions_of_them_names_the_subject():
    text = (
        "Daniel Price, director of Northgate Formations Ltd, the agent that provides the registered address, "
        "said his firm had carried out ‘all required checks’ at the time."
    )
    assert speakers_of(text) == ["Daniel Price"]


def test_a_first_name_introduced_alone_is_that_person_further_on():
    text = (
        "Andrii Lysenko, the commander, said the unit was tired.\n\n"
        "Mykola, 47, drives the evacuation van. “We go at night,” he said.\n\n"
        "Andrii Lysenko spoke again later. “We need shells,” Lysenko said.\n\n"
        "As evening falls, Mykola prepares for his second run. He checks the netting.\n\n"
        "“Thirty seconds,” he said."
    )
    assert speakers_of(text) == ["Mykola", "Andrii Lysenko", "Mykola"]


@pytest.mark.parametrize("introduced", ["Father Vasyl, the village priest,", "In the cellar, Vasyl, a volunteer driver from Kupiansk,"])
def test_a_first_name_with_a_title_or_a_persons_description_is_a_person(introduced):
    text = f"Andrii Lysenko said the unit was tired.\n\n{introduced} holds a short service every Sunday. “Peace is not a bus,” he said."
    assert speakers_of(text) == ["Vasyl"]


@pytest.mark.parametrize("opening", ["In Kupiansk, a town near the front, the shelling went on.", "He was tired. Separately, the shelling went on."])
def test_a_place_or_a_sentences_opening_word_before_a_description_stays_no_person(opening):
    text = f"Andrii Lysenko said the unit was tired.\n\n{opening} “We stay,” he said."
    assert speakers_of(text) == ["Andrii Lysenko"]
