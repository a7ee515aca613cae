"""What a review of session 9's quote rules showed they must not do: each case once gave a wrong
speaker or kind with those rules, and the one before them did not."""

import pytest

from newscurate.annotate.speakers import _named_with_head
from tests.annotate.quoting import kinds_of, speakers_of


@pytest.mark.parametrize(
    "text, speaker",
    [
        # 'per' names a source only before one: not 'per MWh', not 'per one million people'.
        ("Power cost €300 per MWh on Monday, “a level we have not seen since 2022,” the regulator said.", "regulator"),
        ("Deaths reached 40 per one million people, “an alarming rate,” Dr. Anna Berg said.", "Anna Berg"),
        # A possessive opens an organisation's name too.
        ("“Growth will slow,” Moody's Analytics said.", "Moody's Analytics"),
        # A headline's capitalised words are no expansion of an acronym.
        ("Ukraine Says Russian Strikes Hit Grid\n\nKyiv asked for help. “We will send generators,” the US said.", "US"),
        # 'the report says' after a past report is a report of its own ('states:' is a noun there).
        ("The minister said the report says “the economy will shrink next year.”", "report"),
        ("Malik Durand expects a fight.\n\nAccording to Ms. Elise Pardo, the likeliest outcome is a stopgap. "
         '"Congress is good at moving a deadline," she said.', "Elise Pardo"),
    ],
)
def test_review_cases_keep_their_speaker(text, speaker):
    assert speakers_of(text)[-1].endswith(speaker)


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A title before a name outranks the first-name list and what pronouns taught.
        ("Peter Voss, the mayor, opened the meeting. Spokesman Kelly Marsh answered questions afterwards. "
         "“We will publish the figures,” he said.", "Kelly Marsh"),
        ("John Hale, the mayor, spoke first. Councilwoman Terry Olsen listened. “We will publish the figures,” he said.", "John Hale"),
    ],
)
def test_a_title_before_a_name_tells_its_gender_first(text, speaker):
    assert speakers_of(text) == [speaker]


def test_a_person_reading_aloud_is_no_sign():
    text = "Supporters waved signs as the mayor read “We will rebuild this town together, every street of it.”"
    assert kinds_of(text) == [("We will rebuild this town together, every street of it.", "direct")]


def test_a_one_word_answer_standing_alone_is_speech():
    assert [kind for _, kind in kinds_of("Mr. Smith was asked if he regretted the vote. “Never.”")] == ["direct"]


def test_an_explainer_mentioning_the_us_and_the_eu_is_no_interview():
    text = (
        "The island nation of Velmar is close to a bailout. Here is what to know.\n\n"
        "What happened?\n\nThe government missed a payment owed to US banks in February.\n\n"
        "Why does it matter?\n\nA default would shut the country out of EU markets for years.\n\n"
        "What happens next?\n\nThe fund's board meets on Friday to vote on the loan."
    )
    assert kinds_of(text) == []


def test_an_organisation_head_is_found_in_linear_time():
    # An unanchored pattern retried at every capital: seconds on a page of capitals.
    assert _named_with_head("WORD " * 8000 + "the Department of Veterans Affairs said", "department") == "Department of Veterans Affairs"
