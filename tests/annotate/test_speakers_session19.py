"""Session 19's round over holdout27's errors: an organisation named with what it serves before an
appositive, taken up by 'it'. Each rule with a passage of our own."""

from newscurate.annotate.quotes import find_quotes


def test_it_is_the_organisation_opening_the_sentence_before_even_with_an_appositive_after_its_of():
    text = (
        "The Transport Alliance of Ontario, the largest transport union, was unimpressed. "
        "In a statement, it said “the offer is an insult to every driver.”"
    )
    assert [q.speaker for q in find_quotes(text)] == ["Transport Alliance of Ontario"]
