"""The eighth held-out set's one general fault: British style closes a quote with a straight single
mark, and paragraphs ending '… again.'' were taken for unfinished lines after the article and lost.
Texts are made up for these tests."""

from newscurate.clean import clean_text
from tests.clean.test_article_end import PROSE

QUOTED = [
    "District Judge Alison Marr said both families had behaved 'with a stubbornness that would test a saint'.",
    "'It is hard to imagine a dispute about a hedge costing more than a car, yet here we are,' the judge said. 'I would urge both households to think again.'",
    "Outside court Mrs Fenn said: 'We never wanted any of this. We just wanted to see the sky.'",
    "Her neighbour said the family was 'devastated'. 'Nobody tells you how fast they grow back,' he said. 'Would you have cut them?'",
]


def test_paragraphs_closing_on_a_straight_single_quote_are_article_text():
    # As a converter prints a tabloid's page: one newline between every block, furniture between paragraphs.
    page = "\n".join(["Hedge row ends in £48k bill", *PROSE[:3], "ADVERTISEMENT", QUOTED[0], QUOTED[1], "RELATED ARTICLES", "Previous", "Next",
                      "Share this article", *QUOTED[2:], "MOST READ NEWS", "Holiday chaos as flights grounded", "Comments 312"])
    text = clean_text(page).text
    assert all(paragraph in text for paragraph in [*PROSE[:3], *QUOTED])
    assert "MOST READ NEWS" not in text and "ADVERTISEMENT" not in text


def test_a_reader_poll_goes_whole():
    poll = ["Should the quay stay open to cars?", "Yes", "No", "Not sure", "Vote", "1,204 votes so far"]
    text = clean_text("\n".join([*PROSE, *poll, "Gamble responsibly. 18+ only."])).text
    assert all(paragraph in text for paragraph in PROSE)
    assert "quay stay open" not in text and "Not sure" not in text and "Gamble" not in text


def test_a_question_over_short_lines_without_a_vote_button_stays():
    # An interview's question and a short answer: no button, no poll.
    question = "Would you do it again?"
    text = clean_text("\n\n".join([*PROSE[:3], question, "Yes.", "Every time.", *PROSE[3:]])).text
    assert question in text
