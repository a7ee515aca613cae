"""Frequent web furniture inside and around the article: ad and 'continues below' markers, inline
teasers, captions with credits, most-read blocks, newsletter boxes, embedded-post debris, update
lines, author cards, notes, and comment sections whose comments are prose; and article text that
only looks like one of them. Texts are made up for these tests."""

import pytest

from newscurate.clean import clean_text
from tests.clean.test_article_end import PROSE  # the same made-up article

HEADLINE = "Flood gates open on the quay"


def _page(*tail: str, body: list[str] = PROSE, head: tuple[str, ...] = (HEADLINE,)) -> str:
    return "\n\n".join([*head, *body, *tail]) + "\n"


# More of the article, so that a line set in its middle stands well away from the page's edges.
MORE_PROSE = [
    "Residents of the lower town were told to keep their sandbags until the second phase is finished next year.",
    "The harbour master said the quay would stay open to fishing boats during the tests of the new gates.",
    "Insurers have not yet said whether premiums for shops on the quay will fall now that the gates are working.",
    "The council plans a public meeting in the market hall next month to explain how the warning sirens will work.",
]


def _with_inside(line: str, at: int = 3) -> str:
    return _page(body=[*PROSE[:at], line, *PROSE[at:]])


def _deep_inside(line: str) -> str:
    return _page(body=[*PROSE[:3], line, *PROSE[3:], *MORE_PROSE])


def _all_prose_kept(text: str) -> bool:
    return all(paragraph in text for paragraph in PROSE)


@pytest.mark.parametrize(
    "marker",
    ["Advertisement", "Supported by", "Story continues below", "Article continues below advertisement", "SKIP ADVERTISEMENT",
     "Continue reading the main story", "Sponsored content", "[Start free trial]"],
)
def test_ad_and_continues_below_markers_go(marker):
    text = clean_text(_with_inside(marker)).text
    assert marker not in text and _all_prose_kept(text)


@pytest.mark.parametrize(
    "teaser",
    ["Read more: Harbour dredging to start in spring", "Also read: Ferry timetable cut to two crossings",
     "MOST READ IN NEWS: Seagull steals a ring on the seafront", "Watch: Gates close for the first time",
     "Te puede interesar: Así se construyó el dique"],
)
def test_inline_teasers_go(teaser):
    text = clean_text(_with_inside(teaser)).text
    assert teaser.split(": ")[1] not in text and _all_prose_kept(text)


def test_a_sentence_that_opens_with_a_teaser_word_stays():
    line = "Watch the river level, the engineers told residents, because the gates only close when it passes the mark."
    assert line in clean_text(_deep_inside(line)).text


@pytest.mark.parametrize(
    "caption, credit",
    [
        ("Workers fit the last gate panel on Friday.", "Credit...Jane Roe for The Valley Times"),
        ("Sandbags piled outside a shop on the quay in 2019.", "JANE ROE (AGENCY)"),
        ("Sandbags piled outside a shop on the quay in 2019.", "Foto: Jan Novák, Zprávy"),
    ],
)
def test_a_caption_goes_with_the_credit_under_it(caption, credit):
    text = clean_text(_with_inside(f"{caption}\n{credit}")).text
    assert caption not in text and credit not in text and _all_prose_kept(text)


@pytest.mark.parametrize(
    "caption",
    [
        "Image caption, Residents queue for sandbags at the depot",
        "The gates seen from the old mill. (Jane Roe/Valley Agency)",
        "The gates seen from the old mill, in February. JANE ROE FOR THE VALLEY TIMES",
        "Sandbags outside a shop on the quay (file photo)",
    ],
)
def test_captions_told_by_a_label_or_a_credit_go(caption):
    text = clean_text(_with_inside(caption)).text
    assert "gates seen" not in text and "Sandbags" not in text and "Residents queue" not in text and _all_prose_kept(text)


def test_most_read_block_goes():
    block = "MOST READ\n1. Ferry timetable cut\n2. Lighthouse sold to a trust\n3. Council approves cycle lane"
    text = clean_text(_page(block, "Trending\nHarbour seals return\nMarket to close early")).text
    assert "Ferry timetable" not in text and "Harbour seals" not in text and _all_prose_kept(text)


@pytest.mark.parametrize(
    "box",
    [
        "Newsletter\nThe week on the coast\nEvery Thursday, our reporters round up the news from the harbour.\nSign up",
        "Thanks for reading The Quay Letter! Subscribe for free to receive new posts and support my work.\nType your email...\nSubscribe",
        "Get the week's coast news in your inbox. Sign up here.",
        "Subscribe to The Valley Times from £1 a week. Subscribe »",
        "Our morning email breaks down the key stories of the day, telling you what's happening and why it matters.",
        "Iscriviti alla newsletter \"Il Porto\". Le notizie dalla costa, ogni giorno alle 18.",
    ],
)
def test_newsletter_boxes_go(box):
    text = clean_text(_with_inside(box, at=6)).text
    assert not any(part in text for part in box.split("\n")) and _all_prose_kept(text)


def test_a_reported_sentence_about_subscribers_stays():
    line = ("The weekly paper now has more subscribers than at any time since 1994, and subscriptions cost "
            "four euros a month, its editor said.")
    assert line in clean_text(_deep_inside(line)).text


def test_quoted_speech_with_an_appeal_word_stays():
    line = "\"We asked people to subscribe to the flood alerts, and most of the quay did,\" the mayor said on Monday."
    assert line in clean_text(_deep_inside(line)).text


def test_embedded_post_debris_goes():
    embed = (
        "The gates are closing for the first time tonight. pic.twitter.com/AbC123xYz\n"
        "— Valley Flood Authority (@ValleyFloods) March 6, 2025"
    )
    text = clean_text(_with_inside(embed)).text
    assert "pic.twitter.com" not in text and "@ValleyFloods" not in text and _all_prose_kept(text)


@pytest.mark.parametrize("line", ["Updated 2 hours ago", "Published March 6, 2025", "07 marzo 2025 (modifica il 07 marzo 2025 | 12:40)"])
def test_update_lines_go(line):
    text = clean_text(_page(head=(HEADLINE, line))).text
    assert line not in text and _all_prose_kept(text)


@pytest.mark.parametrize(
    "card",
    [
        "Jane Roe covers the coast and its economy. She previously reported from the capital.",
        "Valley-based correspondent covering flood defences and planning.",
        "Jane Roe is a correspondent for The Valley Times covering the coast.",
    ],
)
def test_author_card_after_the_article_goes_even_above_the_footer(card):
    footer = "Valley Media is part of Valley Group, which publishes newspapers and websites across the region.\nAbout us\nContact"
    text = clean_text(_page("Jane Roe", card, footer)).text
    assert card not in text and _all_prose_kept(text)


def test_a_person_presented_inside_the_article_stays():
    line = "Jane Roe is a reporter at the local radio station who has covered every flood on the quay since 1998."
    assert line in clean_text(_deep_inside(line)).text


def test_notes_under_the_article_go_to_the_end():
    notes = "Notes\n\n1. Figures from the river authority's annual report.\n\n2. See the council's planning file for the second phase."
    text = clean_text(_page(notes)).text
    assert "annual report" not in text and _all_prose_kept(text)


@pytest.mark.parametrize(
    "notice",
    [
        "A version of this article appears in print on March 9, 2025, Section A, Page 10 with the headline: Gates Open.",
        "All quotes delayed a minimum of 15 minutes.",
        "Please turn on JavaScript in your browser to receive live updates.",
        "Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl + Enter, щоб повідомити про це редакцію.",
        "This website adheres to the Press Standards Organisation's Editors' Code of Practice.",
        "Registrazione presso il Tribunale n. 12. Direttore responsabile: Mario Rossi.",
    ],
)
def test_page_notices_go(notice):
    text = clean_text(_page(notice, "About us\nContact")).text
    assert notice not in text and _all_prose_kept(text)


def test_wire_credit_without_brackets_goes():
    credit = "Reporting by Jane Roe in Valley; Editing by John Doe"
    result = clean_text(_page(credit))
    assert credit not in result.text and "Jane Roe" in result.authors and "John Doe" in result.editors


def test_a_sentence_naming_who_reported_stays():
    line = "Reporting by the local paper in 2019 first showed that the old gates leaked at high tide, the authority said."
    assert line in clean_text(_deep_inside(line)).text


def test_prose_comments_after_a_comments_header_go():
    comments = (
        "Comments (3)\n\nHarbourJo\nAbout time. We have been sandbagging the shop every winter since I was a child.\n\n"
        "Mo K.\nWho is paying for the second phase though? Nobody ever says, and the council will not answer letters."
    )
    text = clean_text(_page(comments)).text
    assert "sandbagging" not in text and "Nobody ever says" not in text and _all_prose_kept(text)


def test_long_paragraphs_one_per_line_are_not_joined_as_a_hard_wrap():
    """Paragraphs of about the same length set one per line, without blank lines between, are not
    a wrapped paragraph: joined, the last one's counter ('14 Likes') would drag them all out."""
    paragraphs = [f"{first} {second}" for first, second in zip(PROSE, MORE_PROSE)]
    text = clean_text(f"{HEADLINE}\n" + "\n".join(paragraphs) + "\n14 Likes∙\n").text
    assert set(paragraphs) <= set(text.split("\n\n"))


def test_signature_under_the_article_goes_and_names_the_author():
    result = clean_text(_page("Jane Roe (Valley, special correspondent)"))
    assert "special correspondent" not in result.text and "Jane Roe" in result.authors and _all_prose_kept(result.text)


def test_table_rows_set_apart_by_spaces_stay():
    table = "Gate 1 4.2 3,100 North\nGate 2 3.8 2,950 North\nGate 3 4.0 3,020 South\nTotal 12.0 9,070"
    text = clean_text(_with_inside(table)).text
    assert all(row in text for row in table.split("\n")[:3])
