"""Page patterns behind the sixth held-out set's errors: sentences ending in a footnote's number,
a paragraph cut by a paywall, consent and sign-up notices, appeals, story lists (question
headlines, one-sentence summaries), 'About X' boxes, contributor credits, correction notes, pull
quotes, a printed page's footnotes, live-blog time stamps; and article text that only looks like
one of them. Texts are made up for these tests."""

import pytest

from newscurate.clean import clean_text
from tests.clean.test_article_end import PROSE
from tests.clean.test_furniture_from_holdouts4_5 import HEADLINE, MORE_PROSE, _all_prose_kept, _deep_inside, _page


def _list(*lines: str) -> str:
    """Lines with one newline between them, as a converter prints a list's items."""
    return "\n".join(lines)


# --- article text that must stay ----------------------------------------------------------------


@pytest.mark.parametrize("marker", ["¹", "1", "[1]"])
def test_an_opening_paragraph_ending_in_a_footnote_number_stays(marker):
    opening = PROSE[0] + marker
    text = clean_text(_page(body=[opening, *PROSE[1:]])).text
    assert opening in text and _all_prose_kept(text.replace(opening, PROSE[0]))


def test_a_paragraph_cut_off_by_a_paywall_stays():
    cut = (
        "Officials at the authority say the budget leaves little room for a third gate. \"Every penny we spend on "
        "the mill has to come from somewhere else,\" one engineer said, adding that the"
    )
    text = clean_text(_page(cut, "Subscribe to continue reading", "Start your free trial", "Only 1 for 4 weeks")).text
    assert cut in text and "free trial" not in text and _all_prose_kept(text)


def test_a_question_under_a_label_above_the_article_stays_the_headline():
    result = clean_text(_page(head=("Download", "Will the flood gates hold next winter?", "Jane Roe")))
    assert result.title == "Will the flood gates hold next winter?" and _all_prose_kept(result.text)


def test_one_sentence_paragraphs_under_a_label_inside_the_article_stay():
    sentences = [
        "The harbour master said the quay would reopen to fishing boats by the end of the month.",
        "Residents were asked to keep their sandbags until the second phase is finished.",
    ]
    text = clean_text(_page(body=[*PROSE[:3], _list("Related", *sentences), *PROSE[3:], *MORE_PROSE])).text
    assert all(sentence in text for sentence in sentences) and _all_prose_kept(text)


def test_a_quoted_paragraph_of_its_own_words_stays():
    quote = "“We will not be flooded again, whatever the river does this winter.”"
    text = clean_text(_deep_inside(quote)).text
    assert quote in text and _all_prose_kept(text)


def test_a_sentence_saying_who_reported_from_where_stays_inside_the_article():
    line = "The Valley Times reported from the quay that night, when the first gate was closed for a test."
    assert line in clean_text(_deep_inside(line)).text


# --- furniture that must go ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "notice",
    [
        "We and our 180 partners store and/or access information on a device, such as cookies, and process personal "
        "data to show you personalised ads and content and to measure their performance.",
        "Wir und unsere Partner speichern und/oder greifen auf Informationen auf Ihrem Gerät zu, um Ihnen Anzeigen und "
        "Inhalte zu zeigen. Ihre Einwilligung können Sie jederzeit widerrufen.",
        "We use your sign-up to send you the newsletters you asked for and to understand what you read. You can "
        "unsubscribe at any time. Read our Privacy Policy.",
        "Get our morning guide to the valley's news, delivered to your inbox every weekday.",
        "Мы работаем вопреки давлению. Поддержите «Речной вестник» — даже небольшая сумма помогает нашей редакции.",
    ],
)
def test_consent_sign_up_and_appeal_notices_go(notice):
    text = clean_text(_deep_inside(notice)).text
    assert notice not in text and _all_prose_kept(text)


@pytest.mark.parametrize("label", ["Link Copied!", "Like Loading..."])
def test_widget_labels_go(label):
    text = clean_text(_deep_inside(label)).text
    assert label not in text and _all_prose_kept(text)


def test_a_spanish_read_on_list_goes():
    block = "Sigue leyendo:\nEl dique del puerto, en cifras\nLos comerciantes piden más ayudas"
    text = clean_text(_deep_inside(block)).text
    assert "Sigue leyendo" not in text and "dique" not in text and "comerciantes" not in text and _all_prose_kept(text)


def test_a_question_headline_in_a_story_list_goes():
    block = "More on this story\nWill the flood gates hold next winter?\nHarbour seals return to the quay"
    text = clean_text(_deep_inside(block)).text
    assert "Will the flood gates" not in text and "Harbour seals" not in text and _all_prose_kept(text)


def test_one_sentence_summaries_under_story_lists_after_the_article_go():
    related = [
        # Long enough that the list is not read as one hard-wrapped paragraph.
        "The county council approved a new cycle path along the river on Thursday, after a two-year campaign by residents "
        "of the lower town and the fishermen who use the quay.",
        "A ferry ran aground near the harbour mouth on Sunday without injuring any passengers.",
    ]
    most_read = [
        "The market hall will host a food festival next month for the first time since the flood.",
        "Fishermen on the quay have formed a cooperative to sell their catch directly to restaurants.",
    ]
    lists = _list("Related", *related, "Most read", *most_read, "Valley Radio", "About us", "Contact")
    text = clean_text(_page(lists, body=[*PROSE, *MORE_PROSE])).text
    assert not any(line in text for line in related + most_read) and _all_prose_kept(text)


def test_about_boxes_under_a_press_release_go():
    boxes = _list(
        "About Rivergate Works",
        "Rivergate Works is an engineering company that builds flood defences. Founded in 1961, it employs 900 people.",
        "About the Valley Flood Fund",
        "The Valley Flood Fund pays for defences in the county's river towns. It is run by the county council.",
    )
    text = clean_text(_page(boxes)).text
    assert "engineering company" not in text and "river towns" not in text and _all_prose_kept(text)


@pytest.mark.parametrize(
    "credit",
    ["Valley Wire writer John Doe in Millbrook contributed to this report.", "John Doe contributed reporting from Millbrook."],
)
def test_contributor_credits_go_and_name_no_author(credit):
    result = clean_text(_page(credit))
    assert credit not in result.text and "John Doe" not in " ".join(result.authors) and _all_prose_kept(result.text)


def test_where_the_reporters_were_under_the_byline_goes():
    byline = _list("By Jane Roe and John Doe", "Jane Roe reported from Millbrook, and John Doe from Lowford.")
    result = clean_text(_page(head=(HEADLINE, byline)))
    assert "reported from" not in result.text and result.authors == ["Jane Roe", "John Doe"] and _all_prose_kept(result.text)


def test_a_correction_under_its_own_label_goes_to_the_notes():
    note = "An earlier version of this article misstated the cost of the scheme. It was twelve million, not twenty."
    result = clean_text(_page("Correction", note))
    assert note not in result.text and result.editors_notes == [note] and _all_prose_kept(result.text)


def test_a_pull_quote_printing_the_articles_words_again_goes():
    said = "“The gates are only as good as the people who test them,” the engineer said, “and we test them every spring.”"
    pull = "“The gates are only as good as the people who test them, and we test them every spring.”"
    text = clean_text(_page(body=[*PROSE[:3], said, pull, *PROSE[3:]])).text
    assert pull not in text and said in text and _all_prose_kept(text)


def test_a_printed_pages_footnotes_under_a_rule_go():
    notes = "_______________\n1   County council, flood plan, March 2024.\n2   Figures from the authority's annual report,\n    page 12."
    text = clean_text(_page(body=[*PROSE[:3], notes, *PROSE[3:]])).text
    assert "annual report" not in text and "flood plan" not in text and _all_prose_kept(text)


def test_a_live_posts_time_stamp_is_a_date_line():
    stamp = "1:30 PM EDT, June 25, 2025"
    result = clean_text(_deep_inside(f"{stamp}\nGates close for the first test"))
    assert stamp not in result.text and stamp in result.date_lines


def test_a_bureau_chiefs_card_after_the_article_goes():
    card = "Jane Roe is the Valley bureau chief, covering the river towns and their councils."
    text = clean_text(_page(card, "About us\nContact")).text
    assert card not in text and _all_prose_kept(text)
