"""Review of session 12's quote-speaker rules: patterns where they over-reached. Texts are made up."""

from newscurate.annotate.quotes import find_quotes


def _speakers(text):
    return [(q.kind, q.speaker) for q in find_quotes(text)]


def test_the_department_named_with_and_stops_before_a_person_or_a_title_joined_to_it():
    person = "The report was sent to the Department of Education and Anna Weiss, the state superintendent. “We are reviewing it,” the department said."
    titled = "The lawsuit names the Department of Education and Governor Anna Weiss. “We will fight it,” the department said."
    assert _speakers(person) == _speakers(titled) == [("direct", "Department of Education")]


def test_the_department_named_with_and_takes_two_words_after_it():
    text = "Tenants complained to the Department of Housing and Urban Development for years. “We take these complaints seriously,” the department said."
    assert _speakers(text) == [("direct", "Department of Housing and Urban Development")]


def test_a_document_from_a_person_of_a_place_names_the_person_not_the_place():
    text = "A letter from Mayor Anna Weiss of Springfield to residents warned of cuts. “We must make hard choices,” the letter said."
    assert _speakers(text) == [("direct", "Anna Weiss")]
    office = "A report from the city’s Office of Budget and Management found a gap. “The gap is $40 million,” the report said."
    assert _speakers(office) == [("direct", "Office of Budget and Management")]


def test_called_it_a_title_cased_name_with_the_comma_inside_the_marks_is_a_name_not_speech():
    assert _speakers("The engineers called it “Project Falcon,” and the name stuck.") == [("title", None)]
    assert _speakers("The spokesman called it “routine prudent planning” and declined to comment.") == [("direct", "spokesman")]


def test_an_acronym_is_not_spelled_out_by_an_events_name():
    text = "Delegates gathered at the Republican National Convention in Milwaukee on Monday. The RNC said in a statement, “This will be the most secure convention in history.”"
    assert _speakers(text) == [("direct", "RNC")]
