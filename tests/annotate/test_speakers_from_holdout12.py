"""Quote rules, round 9: US and UK political news (hearings, briefings, Q&As, wire copy), one invented passage each."""

import pytest

from newscurate.annotate.quotes import find_quotes
from tests.annotate.quoting import speakers_of


def test_an_interviewers_follow_up_may_be_a_statement():
    text = (
        "AUSTIN — Gov. Dana Ruiz has been touring the early states all summer.\n\n"
        "We sat down with her in her office on Friday.\n\n"
        "Are you running for president?\n\n"
        "I am running the state. I will decide after the session.\n\n"
        "You have been to Iowa three times this year. People do not go to Iowa for the weather.\n\n"
        "No, they do not. I go where I am invited.\n\n"
        "Why go so often?\n\n"
        "Because nobody else does.\n\n"
        "What is your biggest mistake?\n\n"
        "The licensing backlog. We fixed it too slowly.\n\n"
        "I apologised for it then, and I do again now.\n\n"
        "That puts you at odds with your own agency heads.\n\n"
        "It puts me at odds with some of them, yes."
    )
    answers = [q.text for q in find_quotes(text) if q.kind == "interview_answer"]
    assert answers == [
        "I am running the state. I will decide after the session.",
        "No, they do not. I go where I am invited.",
        "Because nobody else does.",
        "The licensing backlog. We fixed it too slowly.\n\nI apologised for it then, and I do again now.",
        "It puts me at odds with some of them, yes.",
    ]


def test_a_place_after_through_and_a_patrol_are_no_speakers():
    text = (
        "Gov. Ray Lenz spent the summer on a swing through South Carolina, where he told donors the party had "
        "“forgotten who fixes things.”\n\n"
        "Colt Hammond, a former sheriff, said he would hire more Border Patrol agents. “I have stood on that border,” he said."
    )
    assert speakers_of(text) == ["Ray Lenz", "Colt Hammond"]


def test_a_pronoun_after_a_sentence_opening_with_a_surname_is_that_subject():
    text = (
        "Sen. Carla Stone and Sen. Joan Pike both sit on the committee.\n\n"
        "Stone then thanked Pike for raising the issue in the spring. “She saw this coming,” she said."
    )
    assert speakers_of(text) == ["Carla Stone"]


def test_the_same_rule_leaves_a_second_clause_alone():
    text = (
        "Defense lawyer Mark Hale questioned the witness, Yuri Osin, for an hour.\n\n"
        "Hale rephrased, and Osin conceded that he hoped for leniency. “Of course I hope,” he said."
    )
    assert speakers_of(text) == ["Yuri Osin"]


def test_a_speakers_words_introduce_no_antecedent():
    # 'a minister' inside the letter is no antecedent for 'the prime minister' after it.
    text = (
        "The health minister Tom Reyes resigned on Wednesday.\n\n"
        "‘It is with great sadness that I am resigning as a minister.’\n\n"
        "The prime minister replied in a letter of his own, saying he was ‘sorry that you have reached this decision’."
    )
    assert "minister .’" not in (speakers_of(text)[-1] or "")


def test_a_sentence_may_open_with_its_reporting_verb():
    text = "Sen. Luis Marr, who backs the plan, said it was sound. Added Marr: “I would rather explain a delay than a failure.”"
    assert speakers_of(text) == ["Luis Marr"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Downing Street played it down. A No 10 source said: ‘The numbers are nowhere near what is being briefed.’", "A No 10 source"),
        ("Republicans were worried. “Nobody wants to vote against it,” said a House Republican aide who was not authorized to speak.", "a House Republican aide"),
        ("Allies of the chancellor, Jane Lowe, who wants savings, were blunt, insisting that the Treasury had “nothing to do with” it.", "Allies of the chancellor"),
        ("Parents for Safer Screens, an advocacy group that backed the bill, called the decision “heartbreaking” and urged a new vote.", "Parents for Safer Screens"),
        ("The Office of Management and Budget issued a memo on Thursday warning that the shutdown could “significantly degrade” services.", "Office of Management and Budget"),
    ],
)
def test_unnamed_speakers_and_organisations_keep_their_whole_phrase(text, speaker):
    assert speakers_of(text) == [speaker]


def test_the_union_and_the_company_are_the_organisations_that_opened_the_sentence_before():
    text = (
        "The National Federation of Postal Employees, the largest postal workers’ union, called for a deal. "
        "“Our members are not chips. They are carriers,” the union said.\n\n"
        "Ohio-based Brightwater Steel, which backs the quota, disagreed. “A deal without teeth is no deal,” the company said."
    )
    assert speakers_of(text) == ["National Federation of Postal Employees", "Ohio-based Brightwater Steel"]


def test_uncued_words_after_a_question_answer_it():
    text = (
        "“Who signed this?” Sen. Ann Cole asked.\n\n"
        "“I signed it, senator,” Secretary Paul Bram replied.\n\n"
        "“Then who wrote it?”\n\n"
        "The secretary paused. “My staff, as always.”\n\n"
        "“But the law could be changed, couldn’t it? You could ask,” the senator pressed.\n\n"
        "“The law is clear, and I followed it.”"
    )
    assert speakers_of(text) == ["Ann Cole", "Paul Bram", "Ann Cole", "Paul Bram", "Ann Cole", "Paul Bram"]


def test_a_pronoun_opening_a_paragraph_is_not_read_against_the_paragraph_before():
    text = (
        "Defense Secretary Alan Brill testified on Tuesday. Sen. Mark Tiller (R-Texas) pressed him.\n\n"
        "“Who wrote it?” Tiller asked.\n\n"
        "The secretary paused before answering. “It was my staff.”\n\n"
        "Tiller was unsatisfied. He told reporters that the answer had been “a non-answer.”"
    )
    assert speakers_of(text)[-1] == "Mark Tiller"


def test_a_possessive_owning_an_object_and_a_plural_role_are_no_antecedents():
    text = (
        "More than 40 Labour MPs signed the amendment tabled by Owen Marsh.\n\n"
        "The party’s spokesperson, Hannah Cole, said her party would back Marsh’s amendment. "
        "‘This is a cross-party concern,’ she said."
    )
    assert speakers_of(text) == ["Hannah Cole"]


def test_a_relative_after_an_appositive_speaks_for_the_name_before_it():
    text = (
        "The amendment was tabled by Owen Marsh, the Labour MP for Dunmore and a former council leader, who said "
        "the bill would ‘hollow out local democracy’."
    )
    assert speakers_of(text) == ["Owen Marsh"]


def test_a_description_then_a_titled_name_with_a_party_tag():
    text = (
        "The committee’s chairman, Sen. Paul Okafor (R-Miss.), whose state has a yard, opened the hearing by "
        "saying he had “never seen a request handled this way.”"
    )
    assert speakers_of(text) == ["Paul Okafor"]


def test_one_of_them_is_one_of_the_counted_sources():
    text = (
        "The sticking point is a demand on ownership, two people familiar with the talks said. "
        "\"The Americans want a list of names,\" one of them said."
    )
    assert speakers_of(text) == ["person familiar with the talks"]


def test_a_quote_ending_an_infinitive_in_a_reported_clause_is_the_reporters():
    text = 'A Commission official said the blank was "deliberate" and that the two sides had agreed to "park" the issue.'
    assert [s.casefold() for s in speakers_of(text)] == ["a commission official", "a commission official"]


def test_american_style_title_and_a_title_word_ending_the_sentence_before():
    text = (
        "Rep. Lena Doyle has told her story in her memoir, “Second Shift.” Voters like it.\n\n"
        "Jon Kerr, 29, was surprised to see the show. “I don’t know much about him,” he said."
    )
    quotes = find_quotes(text)
    assert [q.kind for q in quotes] == ["title", "direct"]
    assert quotes[1].speaker == "Jon Kerr"


def test_an_indefinite_document_speaks_for_who_circulated_it():
    text = "A memo circulated to donors last month by Forward Ohio, the group he founded, described a “narrow but real path” to victory."
    assert speakers_of(text) == ["Forward Ohio"]


def test_an_unnamed_lead_subject_with_a_capitalised_modifier_is_named_next():
    text = (
        "A Colorado sheriff is defying the governor, telling reporters he will “go to jail before I release them.”\n\n"
        "Calloway County Sheriff Wade Tilson, a 30-year veteran, said his office will keep honoring requests."
    )
    assert speakers_of(text) == ["Wade Tilson"]
