"""Page furniture around and inside the article, told by line shape and page structure: teasers
after the article, lists under a label, labelled link lines, boxed fields, the summary above the
byline, correction notes, gallery counters; and article text that only looks like furniture.
Texts are made up for these tests."""

from newscurate.clean import clean_text
from tests.clean.test_article_end import PROSE  # the same made-up article

HEADLINE = "Flood gates open on the quay"


def _page(*tail: str, head: tuple[str, ...] = (HEADLINE,), body: list[str] = PROSE) -> str:
    return "\n\n".join([*head, *body, *tail]) + "\n"


TEASERS = (
    "Ferry service cut to two crossings a day\nHarbour Gazette · 3 hours ago\n"
    "The operator blamed a shortage of crew and said the timetable would return in spring.",
    "Council approves new cycle lane on the coast road\nValley Times · 5 hours ago\n"
    "Work starts in June and will close one lane for six weeks.\nShops along the road have asked for a delay.",
    "Lighthouse keepers' cottages to become a museum\nCoast Weekly · 9 hours ago\n"
    "A trust bought the cottages last year and has raised most of the money for repairs.",
)


def test_teasers_after_the_article_go_to_the_end():
    text = clean_text(_page("More from the region", *TEASERS, "Load more\nAbout us\nHelp")).text
    assert PROSE[-1] in text
    assert "Ferry service" not in text and "shortage of crew" not in text and "raised most of the money" not in text


def test_sections_with_crossheads_are_not_teasers():
    sections = [f"Section {n} heading\n{PROSE[n]}" for n in range(3)]
    text = clean_text(_page(*sections, PROSE[3], PROSE[4])).text
    assert all(paragraph in text for paragraph in PROSE[:5])


def test_teaser_shaped_blocks_followed_by_article_text_stay():
    text = clean_text(_page(*TEASERS, PROSE[0] + " More text follows here.", PROSE[1] + " And here.")).text
    assert "shortage of crew" in text


def test_headlines_under_a_list_label_go_even_when_they_end_in_a_quote():
    links = 'Also on this subject\nResidents: "We were never asked"\nDredging of the harbour: what happens next'
    page = _page(head=(HEADLINE,), body=[*PROSE[:3], "Read also\n" + links.split("\n", 1)[1], *PROSE[3:]])
    text = clean_text(page).text
    assert "never asked" not in text and "Dredging of the harbour" not in text
    assert all(paragraph in text for paragraph in PROSE)


def test_a_sentence_right_under_a_label_stays():
    page = _page(body=[*PROSE[:3], "Advertisement\n" + PROSE[3], *PROSE[4:]])
    assert PROSE[3] in clean_text(page).text


def test_related_line_may_name_the_kind_of_piece_before_its_separator():
    related = "Read also the interview | Subscribers only The engineer who designed the gates on forty years of floods"
    text = clean_text(_page(body=[*PROSE[:3], related, *PROSE[3:]])).text
    assert "forty years of floods" not in text and PROSE[3] in text


def test_boxed_fields_go_and_a_transcripts_speaker_labels_stay():
    box = "CLAIM:\nThe gates were bought second-hand from another country.\n\nVERDICT: False\nThe gates were built in the county."
    text = clean_text(_page(box, head=(HEADLINE, "By Ann Example"))).text
    assert "second-hand" not in text and "VERDICT" not in text and PROSE[0] in text
    turns = [f"{speaker}:\n{line}" for speaker, line in zip(["HOST", "ENGINEER"] * 3, PROSE)]
    text = clean_text(_page(head=(HEADLINE,), body=turns)).text
    assert all(paragraph in text for paragraph in PROSE)


def test_summary_paragraph_above_the_byline_is_the_standfirst():
    summary = "Four years of work end with a ceremony on the quay, but the houses downstream are still waiting for theirs."
    cleaned = clean_text(_page(head=(HEADLINE, summary, "By Ann Example (Riverton, staff reporter)")))
    assert summary not in cleaned.text and cleaned.standfirst == summary
    assert cleaned.authors == ["Ann Example"] and PROSE[0] in cleaned.text


def test_a_lede_that_opens_with_a_quote_above_the_byline_stays():
    lede = "“We have waited long enough for this,” said the harbour master as the first of the gates swung shut on Monday."
    assert lede in clean_text(_page(head=(HEADLINE, lede, "By Ann Example"))).text


def test_a_lede_after_the_byline_stays():
    cleaned = clean_text(_page(head=(HEADLINE, "By Ann Example in Riverton")))
    assert all(paragraph in cleaned.text for paragraph in PROSE) and cleaned.authors == ["Ann Example"]


def test_correction_note_is_kept_as_an_editors_note():
    note = "Correction: An earlier version of this article gave the wrong cost of the scheme. It was twelve million."
    cleaned = clean_text(_page(note))
    assert note not in cleaned.text and cleaned.editors_notes == [note]


def test_gallery_counter_and_comment_count_labels_go():
    text = clean_text(_page(head=(HEADLINE, "Photo 2 of 6", "Diskuse (12)"))).text
    assert "Photo 2" not in text and "Diskuse" not in text and PROSE[0] in text


def test_paragraphs_about_subscriptions_or_cookies_stay_when_they_do_not_address_the_reader():
    reported = (
        "The quay's weekly paper now has more subscribers than at any time since it was founded, and subscriptions "
        "have risen every month since the flood, many of them paid for by relatives who moved away."
    )
    quoted = (
        "A court ruled last year that a site which hides the button to refuse cookies behind a second menu does not "
        'obtain valid consent, and that "refusing must be as easy as accepting", a ruling the authority now cites.'
    )
    # Inside the text, away from the header and footer where banners and appeals stand.
    body = [*PROSE, reported, quoted, *(paragraph.replace("gates", "barriers") for paragraph in PROSE)]
    text = clean_text(_page(body=body)).text
    assert reported in text and quoted in text
