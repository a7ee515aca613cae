"""What a review of session 9's cleaning rules showed they must not remove: each passage lost a
line to those rules, and the rules before them kept it."""

import pytest

from newscurate.clean import clean_text

OPENING = "The minister faced reporters on Tuesday after the grid failed across the region for the third time this winter."
CLOSING = "The opposition called the answer evasive and promised a vote of no confidence in parliament next week."


@pytest.mark.parametrize(
    "line",
    [
        # A sentence about some other text's editing or source is the article's, not a syndication notice.
        "The video, which was republished from a Telegram channel run by the regiment, shows a drone striking a bridge.",
        "The letter, which has not been edited by the ministry, was released in full on Tuesday after weeks of pressure.",
        # Swedish dialogue opens speech with a dash: words about subscriptions there are someone's.
        "– Vi ser att kunderna är beredda att betala mer för en prenumeration, säger analytikern Anna Berg.",
    ],
)
def test_article_sentences_that_look_like_notices_stay(line):
    assert line in clean_text(f"{OPENING}\n\n{line}\n\n{CLOSING}").text


def test_a_syndication_notice_about_the_story_itself_goes():
    notice = "(This story has not been edited by Daily staff and is auto-generated from a syndicated feed.)"
    assert notice not in clean_text(f"{OPENING}\n\n{CLOSING}\n\n{notice}").text


def test_a_short_exchange_of_labelled_speakers_is_no_data_box():
    exchange = ["REPORTER: Will you resign over the blackout?", "MINISTER: No. I will stay and fix the grid.", "SPOKESWOMAN: That is all for today."]
    text = clean_text("\n\n".join([OPENING, "\n".join(exchange), CLOSING])).text
    assert all(line.split(": ", 1)[1] in text for line in exchange)


def test_repeated_headings_with_growing_numbers_are_no_running_footer():
    # A live blog's 'Death toll rises to 12 … 31 … 58': no page's spacing sets the number apart.
    entries = [("Death toll rises to 12", "Rescuers worked through the night in the flooded valley as the river kept rising."),
               ("Death toll rises to 31", "More bodies were found in the morning by volunteers searching the ruined houses."),
               ("Death toll rises to 58", "The regional governor declared an emergency and asked the army for boats and helicopters.")]
    text = clean_text("\n\n".join(f"{heading}\n\n{body}" for heading, body in entries)).text
    assert "Death toll rises to 31" in text and "Death toll rises to 58" in text
