"""Quote rules from the fourteenth held-out set's English errors (scored blind in session 7: quote+speaker
F1 0.827): anonymous sources of US political reporting, pronouns after an opening phrase or an
unnamed subject, and words that are no speaker. One invented passage each."""

import pytest

from tests.annotate.quoting import speakers_of


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"We are closer than ever," said a senior White House official, who was granted anonymity.', "a senior White House official"),
        ('"It runs through the border," said a House Republican leadership aide.', "a House Republican leadership aide"),
        ('"We will vote no," said a spokesman for Rep. Ann Ellis.', "a spokesman for Rep. Ann Ellis"),
    ],
)
def test_capitalised_modifiers_of_an_unnamed_source_are_no_name(text, speaker):
    assert speakers_of(text) == [speaker]


def test_a_definite_description_takes_up_the_unnamed_source_quoted_before():
    text = (
        '"We are closer than ever," said a senior White House official.\n\n'
        "Sen. Ray Holt (R-Texas) said the deal was dead. \"It is over,\" Holt said.\n\n"
        'The letter changed the mood. "This is a date on the calendar," the senior official said.'
    )
    assert speakers_of(text) == ["a senior White House official", "Ray Holt", "a senior White House official"]


def test_a_pronoun_after_an_unnamed_subject_is_that_person():
    text = (
        'Karen Liu said she was fired. "Nobody listened," she said.\n\n'
        "A former senior engineer, who spoke on condition of anonymity, described a similar atmosphere. "
        '"There was a sense that anything would pass," he said.'
    )
    assert speakers_of(text)[-1] == "a former senior engineer"


def test_a_named_apposition_is_not_an_unnamed_subject():
    text = 'A neighbour, Mykhailo Boiko, nailed sheeting over the frames. He says he is "about eighty", he jokes.'
    assert speakers_of(text) == ["Mykhailo Boiko"]


def test_a_pronoun_is_not_whoever_the_sentence_opening_phrase_names():
    text = (
        "Irina Dubrovskaya had asked for eight years. Speaking to state news agency RIA Novosti after the hearing, "
        'she said the sentence was "proportionate to the danger".'
    )
    assert speakers_of(text) == ["Irina Dubrovskaya"]


def test_a_place_named_in_the_object_is_not_the_next_pronoun():
    # 'and Hong Kong' ends the sentence: no second clause, so the subject who opened it speaks on.
    text = (
        "Colin Ashdown runs the sanctions office. Ashdown added that investigators had opened cases in the "
        'Emirates and Hong Kong. "We know who they are," he said.'
    )
    assert speakers_of(text) == ["Colin Ashdown"]


def test_a_possessive_before_a_place_makes_no_name():
    # "Pollard's Capitol office" names Pollard, and 'the Capitol' later is nobody.
    text = (
        "Lisa Trang and Grant Pollard met in Pollard's Capitol office on Wednesday. Trang, for her part, kept "
        'a low profile, but she spoke as she left the Capitol. "We had a good conversation," she told reporters.'
    )
    assert speakers_of(text) == ["Lisa Trang"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # 'in which' opens a clause with a subject of its own: the verb before it is nobody.
        ('Rep. Anita Pruitt read from an email in which a vice president told colleagues the failures were "a problem for later."', "a vice president"),
        # 'what one participant described as': the free relative's subject.
        ('Both sides left without an agreement but with what one participant described as "a piece of paper."', "participant"),
        # 'with X describing': the participle's own subject.
        ("Mediators say a deal is near, with Qatar's chief spokesman describing the sides as \"closer than in months\".", "Qatar's chief spokesman"),
    ],
)
def test_the_subject_of_the_clause_the_quote_ends(text, speaker):
    assert speakers_of(text) == [speaker]


def test_an_adjective_participle_is_no_cue():
    # 'worth an estimated 1.4 billion' reports nothing: the quote is Gao's.
    text = 'Gao Wenjie said China "firmly opposes" the sale, worth an estimated 1.4 billion dollars, and would "take resolute measures."'
    assert speakers_of(text) == ["Gao Wenjie", "Gao Wenjie"]


def test_an_unnamed_subject_with_an_affiliation_and_a_relative_clause():
    # 'who' tells a person whatever the noun; the affiliation stays in the description.
    text = (
        'Oleh Marchenko said the unit was holding. "We need people," he said.\n\n'
        "A drone operator from the 47th Brigade, who asked to be identified only by his unit, said jamming was the "
        'main obstacle. "Two out of three drones we lose to jamming," he said.'
    )
    assert speakers_of(text)[-1] == "a drone operator from the 47th Brigade"


def test_a_pronoun_after_a_quote_that_ends_its_sentence_follows_that_sentence():
    # '“…”. She told': the sentence before 'She' is the judge's, not the paragraph before.
    text = (
        "A former deputy mayor was sentenced on Tuesday to six years in prison.\n\n"
        'Judge Halyna Moroz said the evidence showed "a stable scheme". She told the courtroom: "The defendant '
        'treated the budget as a private account."'
    )
    assert speakers_of(text) == ["Halyna Moroz", "Halyna Moroz"]


def test_a_name_in_apposition_inside_a_free_relative():
    text = (
        "Russian forces threw small assault groups at the river in what one battalion commander, Lieutenant Colonel "
        'Oleksandr Kravets of the 110th Mechanized Brigade, called "a meat grinder that never gets full."'
    )
    assert speakers_of(text) == ["Oleksandr Kravets"]


def test_a_listed_first_name_tells_the_gender_a_pronoun_needs():
    # 'Walter' ends like nothing in particular: the list says he is no 'she'.
    text = 'Celia Hammond arrived in Dayton in 1995. Walter Brisbane was her boss there.\n\n"He taught me everything," she said.'
    assert speakers_of(text) == ["Celia Hammond"]
