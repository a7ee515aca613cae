"""Review of holdout23's round (session 12): where its new rules over-generalised. Invented
passages, one pattern each."""

from tests.annotate.quoting import speakers_of


def test_a_name_then_descriptions_then_another_person_is_no_single_subject():
    # 'and her husband, a driver,' coordinates a second person: the list, not the first name, speaks.
    text = "Anna Koval, a nurse, and her husband, a driver, said: “We have nowhere to go.”"
    assert speakers_of(text) != ["Anna Koval"]
