"""Quote rules, round 8: US political news, one invented passage each."""

import pytest

from newscurate.annotate.speakers import first_name_gender
from tests.annotate.quoting import kinds_of, speakers_of


@pytest.mark.parametrize(("name", "gender"), [("Mike Dolan", None), ("Luke Brandt", None), ("Elke Vogt", "f"), ("Bernie Cole", "m"), ("Annie Ross", "f")])
def test_first_names_in_ke_and_ie(name, gender):
    assert first_name_gender(name) == gender


def test_a_man_named_mike_is_he():
    text = (
        "“She listens,” said Tom Whitby, 61, a retired welder.\n\n"
        "Mike Rourke, 38, a plumber, said the endorsement mattered. “Half my crew is undecided,” he said."
    )
    assert speakers_of(text) == ["Tom Whitby", "Mike Rourke"]


def test_an_unnamed_congressman_is_he():
    text = (
        "“No comment,” said Paul Pell, a spokesman.\n\n"
        "A Democratic senator from a swing state, who asked not to be named, said the plan was “a mistake.”\n\n"
        "“We spent a year saying the opposite,” he said."
    )
    speakers = speakers_of(text)
    assert speakers[-1] == speakers[-2] and "senator" in speakers[-1]


def test_an_age_between_commas_is_no_subject():
    text = "Harlan Pierce, 58, a longtime aide who ran the campaign, has told friends he is “done with politics,” one of them said."
    assert speakers_of(text) == ["Harlan Pierce"]


@pytest.mark.parametrize(
    "text",
    [
        "Director of National Intelligence Carla Brink said the report was “not finished.”",
        "Chief of Staff Carla Brink, a veteran of two campaigns, said the plan was “not finished.”",
    ],
)
def test_the_field_of_an_office_is_no_part_of_the_name(text):
    assert speakers_of(text) == ["Carla Brink"]


def test_a_name_after_a_party_and_a_role_after_the_cue():
    text = "“Turnout decides this,” said Democratic campaign strategist Lena Vos in a memo."
    assert speakers_of(text) == ["Lena Vos"]


def test_a_relative_opening_its_sentence_speaks_as_a_relative():
    text = (
        "Rosa Mendez, 31, said she wanted to work. “We are not afraid,” she said.\n\n"
        "Her brother, leaning on the fence, laughed. “We want papers,” he said."
    )
    assert speakers_of(text) == ["Rosa Mendez", "her brother"]


def test_a_relative_named_in_apposition_is_the_name():
    text = "Her brother, Tomas, laughed. “We want papers,” he said."
    assert speakers_of(text) == ["Tomas"]


def test_names_inside_a_relative_clause_are_talked_about():
    text = (
        "Sen. Paul Voss and Gov. Dean Harker met in the debate.\n\n"
        "Voss, who has avoided attacking Harker by name, answered at once. “You raised taxes,” he said.\n\n"
        "Owen Pratt, who runs a diner in Dayton, Ohio Valley, told us he would close. “Gas is cheaper,” he said."
    )
    assert speakers_of(text) == ["Paul Voss", "Owen Pratt"]


def test_a_name_in_a_whether_clause_is_no_antecedent():
    text = (
        "The favourite, Mark Dunne, stayed away.\n\n"
        "Julia Kent spoke last. Asked whether she would back Dunne if he won, she paused. “I will back the nominee,” she said."
    )
    assert speakers_of(text) == ["Julia Kent"]


def test_a_definite_label_after_a_naming_verb_and_its_object():
    text = (
        "Businessman Roy Tamm mocked his rivals. He called the other candidates “the donor class” and at one point "
        "described the forum as “a meeting nobody needed.”"
    )
    assert kinds_of(text) == [("the donor class", "scare"), ("a meeting nobody needed.", "direct")]
    assert speakers_of(text) == ["Roy Tamm"]


def test_a_name_owning_what_is_called_something():
    text = "Columnist Ned Ames called Marsh’s plan “the Coastal Giveaway Program.” Another account posted a cartoon, captioned “Captain Marsh Sets Sail.”"
    assert [kind for _, kind in kinds_of(text)] == ["title", "title"]


def test_a_slogan_after_a_comma_is_a_term():
    text = "The crowd chanted his slogan, “Build It Now,” as he waved."
    assert [kind for _, kind in kinds_of(text)] == ["scare"]


def test_poll_answers_are_terms():
    text = (
        "A survey found 40 percent rated city services as “fair” or “bad.” "
        "Only 12 percent called them “excellent.” A majority said they were “unlikely” to move."
    )
    assert all(kind == "scare" for _, kind in kinds_of(text))


def test_a_phrase_quoted_back_from_earlier_speech_is_a_term():
    text = (
        "“This is only about future permits. Nobody loses a license,” Rep. Tara Lund said.\n\n"
        "But opponents note the bill reaches beyond “future permits.”"
    )
    assert [kind for _, kind in kinds_of(text)] == ["direct", "scare"]


def test_a_former_officeholder_is_the_former_governor():
    text = (
        "Former Iowa Gov. Frank Dyer and Gov. Amy Rusk met on stage.\n\n"
        "“You lost twice,” Rusk said. “That is what losers say,” the former governor answered."
    )
    assert speakers_of(text) == ["Amy Rusk", "Frank Dyer"]


def test_turns_of_a_hearing_alternate():
    text = (
        "Rep. Carl Boone chaired the hearing.\n\n"
        "Boone was unmoved. “Who signed the contract?” he asked.\n\n"
        "“I was not there, Mr. Chairman,” Nina Holt answered.\n\n"
        "“That is not my question.”\n\n"
        "“I will find out.”"
    )
    assert speakers_of(text) == ["Carl Boone", "Nina Holt", "Carl Boone", "Nina Holt"]


def test_a_participle_after_a_quote_shares_the_sentence_subject():
    text = (
        "“It is a good day,” said Lia Cho, an analyst.\n\n"
        "The National Builders Association welcomed the ruling as a win for “common sense,” saying it would “bring back jobs.”"
    )
    assert speakers_of(text) == ["Lia Cho", "National Builders Association", "National Builders Association"]


# Review of round 8 against an unseen set: three general guards.


def test_a_noun_with_its_complement_is_no_participle_subject():
    """'Allies of the chancellor …, insisting “…”' named nobody: taken as a person, 'Allies' became
    the antecedent of every 'he' after it."""
    text = (
        "Marcus Ogunleye resigned on Wednesday.\n\n"
        "Allies of the chancellor were more blunt, insisting that the Treasury had “nothing to do with” the decision.\n\n"
        "“I have confidence in him,” the 46-year-old said."
    )
    assert speakers_of(text)[-1] == "Marcus Ogunleye"


def test_a_role_inside_someone_s_quote_introduces_nobody():
    """'the prime minister' is not 'a minister' the resigning minister's letter mentions, and a
    description ends at its sentence ('a minister.’ The prime minister')."""
    text = (
        "Marcus Ogunleye wrote: ‘It is with great sadness that I am resigning as a minister.’\n\n"
        "The prime minister replied in a letter, saying he was ‘sorry that you have reached this decision’."
    )
    assert "minister" not in (speakers_of(text)[-1] or "")
