"""Review of holdout23's round (session 12): where its new rules over-generalised. Invented
passages, one pattern each."""

from tests.annotate.quoting import speakers_of


def test_a_name_then_descriptions_then_another_person_is_no_single_subject():
    # 'and her husband, a driver,' coordinates a second person: the list, not the first name, speaks.
    text = "Anna Koval, a nurse, and her husband, a driver, said: “We have nowhere to go.”"
    assert speakers_of(text) != ["Anna Koval"]


def test_a_day_before_a_description_that_speaks_is_no_first_name():
    # 'on Tuesday, a spokesman said': the description is a clause's subject, not Tuesday's apposition.
    text = 'The convoy left on Tuesday, a military spokesman said. Tuesday was quiet. “We saw nothing,” he added.'
    assert speakers_of(text) == [None]


def test_a_person_in_a_places_relative_clause_makes_no_first_name():
    # 'Kharkiv, a city where the mayor …': the mayor is in the city's clause; the city is no person.
    text = "Drones struck Kharkiv, a city where the mayor has ordered blackouts. Kharkiv was dark. “We are used to it,” she said."
    assert speakers_of(text) == [None]


def test_the_object_of_a_sentences_opening_preposition_is_no_first_name():
    # 'In Bakhmut, a medic treated …': a fronted place, then the clause's subject, not an apposition.
    text = "In Bakhmut, a medic treated the wounded. Bakhmut was burning. “We stay,” she said."
    assert speakers_of(text) == [None]


def test_a_count_after_a_capitalised_word_is_no_age():
    # 'On Tuesday, 14 people were killed': a number of something, not 'Mykola, 47,'.
    text = "On Tuesday, 14 people were killed in the strike. Tuesday was the deadliest day. “Nobody slept,” she said."
    assert speakers_of(text) == [None]


def test_a_religious_title_after_a_determiner_is_a_common_noun():
    # 'its Sister City, Wroclaw,': no sister, so 'City' is nobody a pronoun can mean.
    text = "Lviv thanked its Sister City, Wroclaw, for the aid. City officials met on Monday. “We will send more,” she said."
    assert speakers_of(text) == [None]


def test_a_religious_title_before_a_thing_described_is_no_person():
    # 'Sister Act, a musical about a nun,': a title, not a nun.
    text = "The troupe staged Sister Act, a musical about a nun, in the shelter. Act two was cut short by sirens. “We finished it anyway,” she said."
    assert speakers_of(text) == [None]


def test_an_owner_in_a_description_is_not_its_head():
    # 'Bankova, the president’s office,': the office is described, not the president.
    text = "A letter went to Bankova, the president’s office, on Monday. Bankova did not reply. “We wait,” she said."
    assert speakers_of(text) == [None]
