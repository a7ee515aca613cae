"""Quote rules from session 15's blind set of English political news (holdout24, 0.882 blind).
Invented passages, one pattern each, with the near misses each rule must leave alone."""

import pytest

from tests.annotate.quoting import speakers_of


@pytest.mark.parametrize("title", ["Coun", "Coun.", "Cllr", "Councillor"])
def test_a_councillors_title_is_no_part_of_the_name(title):
    text = (
        "Council agrees cuts\n\nThe council leader, Marion Ashworth, defended the package.\n\n"
        f"‘Nobody came into local politics to close libraries,’ {title} Ashworth told the meeting."
    )
    assert speakers_of(text) == ["Marion Ashworth"]


def test_a_leads_unnamed_subject_is_the_person_the_next_paragraph_names():
    text = (
        "Former MP jailed over expenses\n\n"
        "A former MP has been jailed for two years for claiming expenses on an office he rented from his brother.\n\n"
        "Daniel Harcourt, 61, who represented a Midlands seat for eight years, was convicted last month.\n\n"
        "During the trial, the former MP had insisted that any mistakes were “administrative, not criminal”."
    )
    assert speakers_of(text) == ["Daniel Harcourt"]


def test_a_lead_whose_next_paragraph_opens_otherwise_keeps_its_description():
    text = (
        "Former MP jailed over expenses\n\n"
        "A former MP has been jailed for two years for claiming expenses on an office he rented from his brother.\n\n"
        "The court heard the office stood empty for most of that time.\n\n"
        "During the trial, the former MP had insisted that any mistakes were “administrative, not criminal”."
    )
    assert speakers_of(text) == ["A former MP"]


def test_she_is_the_woman_named_after_a_preposition_rather_than_the_man_named_as_a_subject():
    text = (
        "Hearing turns heated\n\n"
        "Mr. Dunmore, a retired colonel, said he would always follow the law.\n\n"
        "The sharpest exchange came with Senator Evelyn Marsh, a former Navy pilot. "
        "“It is a yes-or-no question, Colonel,” she said."
    )
    assert speakers_of(text) == ["Evelyn Marsh"]


def test_words_of_a_headline_in_title_case_are_nobody():
    text = (
        "Defense Nominee Faces Tough Questions at Hearing\n\n"
        "The sharpest exchange came during the afternoon session. “That is not an answer,” she said."
    )
    assert speakers_of(text) != ["Nominee Faces Tough Questions"]


def test_a_name_of_a_state_after_a_senator_is_no_organisation():
    text = (
        "Republicans rally to nominee\n\n"
        "Senator Roger Tallman of Oklahoma, the committee’s chairman, called him “exactly the kind of leader the Pentagon needs”."
    )
    assert speakers_of(text) == ["Roger Tallman"]


def test_an_appositive_organisation_still_completes_a_name():
    text = "Groups react\n\nParents for Safer Screens, an advocacy group, said the ruling was “a victory for every family”."
    assert speakers_of(text) == ["Parents for Safer Screens"]


@pytest.mark.parametrize(
    "subject, speaker",
    [
        ("Jane Whitford of the Heritage Foundation", "Jane Whitford"),
        ("Julien Dufresne of the Socialist Party", "Julien Dufresne"),
        ("The Bank of England", "Bank of England"),
        ("The Operational Command of the Polish Armed Forces", "Operational Command of the Polish Armed Forces"),
        ("The National Jury of Elections", "National Jury of Elections"),
    ],
)
def test_a_person_of_an_organisation_speaks_for_themselves_and_an_organisations_name_keeps_its_of(subject, speaker):
    text = f"Reactions\n\n{subject} said the plan was “a victory for everyone who was told there was no money”."
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize("group", ["Amnesty International Kenya", "Human Rights Watch"])
def test_the_group_is_the_organisation_the_sentence_before_named_even_without_a_head_noun(group):
    text = (
        "Protests continue\n\n"
        f"{group} said it had documented at least 11 deaths. “The police must stop treating peaceful protesters as enemies,” the group said on X."
    )
    assert speakers_of(text) == [group]


def test_the_group_is_not_a_person_named_before():
    text = (
        "Protests continue\n\n"
        "Grace Wambui said she had documented at least 11 deaths. “The police must stop treating peaceful protesters as enemies,” the group said on X."
    )
    assert speakers_of(text) != ["Grace Wambui"]


# From the review of the round: what its rules must leave alone.


def test_an_unnamed_spokesperson_in_the_lead_is_not_whoever_the_next_paragraph_names():
    text = (
        "Hospital crisis\n\nA hospital spokesperson said the trust was under pressure.\n\n"
        "Sarah Kemp, 45, waited 14 hours in A&E.\n\n“We are doing all we can,” the spokesperson said."
    )
    assert speakers_of(text) == ["A hospital spokesperson"]


def test_only_the_leads_subject_is_named_in_the_next_paragraph():
    text = (
        "Man charged\n\nA man has been charged after a police officer was stabbed in Leeds.\n\n"
        "Daniel Kerr, 24, of Harehills, will appear before magistrates on Monday.\n\n"
        "“It was over in seconds,” the officer said."
    )
    assert speakers_of(text) != ["Daniel Kerr"]


def test_a_guessed_gender_does_not_send_a_pronoun_to_someone_named_in_a_clause():
    text = (
        "Bank chiefs meet\n\nJamie Dimon, who met Treasury Secretary Scott Bessent on Monday, said the talks had gone well. "
        "“We are closer than we were,” he said."
    )
    assert speakers_of(text) == ["Jamie Dimon"]


def test_a_players_appositive_is_no_organisations():
    text = "Cup tie\n\nJack Marlow of Leeds, a former England international, said the club was “in a mess that nobody wants to fix”."
    assert speakers_of(text) == ["Jack Marlow"]


def test_a_headline_in_title_case_is_not_the_group():
    text = (
        "Human Rights Watch Condemns Kenya Crackdown\n\nPolice fired tear gas in Nairobi on Tuesday. "
        "“The police must stop treating peaceful protesters as enemies,” the group said."
    )
    assert speakers_of(text) != ["Human Rights Watch Condemns Kenya Crackdown"]


@pytest.mark.parametrize("unit", ["The Main Intelligence Directorate", "The Financial Crimes Unit", "Mothers Against Violence"])
def test_a_unit_or_a_group_of_an_organisation_is_no_person(unit):
    text = f"Statement\n\n{unit} of the Defence Ministry said the strike had “destroyed two radar stations and a depot”."
    assert speakers_of(text) == [unit.removeprefix("The ") + " of the Defence Ministry"]


def test_an_organisations_part_named_in_its_appositive_keeps_the_organisations_name():
    text = "Rally\n\nYouth for Climate Action, the movement’s student wing, said the rally was “only the beginning of a long campaign”."
    assert speakers_of(text) == ["Youth for Climate Action"]
