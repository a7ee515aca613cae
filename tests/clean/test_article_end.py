"""Page furniture told by page structure: where the article ends (comments, paywall, press notes,
author box), crossheads, headline lists and tables. Texts are made up for these tests."""

from newscurate.clean import clean_text

PROSE = [
    "The river authority opened the new flood gates on Monday after four years of building work in the valley.",
    "Engineers said the gates could hold back a surge twice the height of the one that flooded the market in 2019.",
    "Shop owners on the quay said they had waited a long time for the work and hoped insurance costs would now fall.",
    "The scheme cost just over twelve million and was paid for by the national flood fund and the county council.",
    "A second phase, which would protect the houses downstream of the old mill, is still waiting for planning consent.",
    "The authority will test the gates twice a year and publish the results on its website for residents to read.",
]


def _page(*tail: str, head: tuple[str, ...] = ("Flood gates open on the quay",)) -> str:
    return "\n\n".join([*head, *PROSE, *tail]) + "\n"


def test_comment_thread_without_a_header_goes_to_the_end():
    thread = (
        "river_watcher\nAbout time too, we have been sandbagging the shop every winter since I was a child.\nReply\nReport",
        "Mo K.\nWho is paying for the second phase though? Nobody ever says.\nReply\nReport",
        "harbour_jo\n@Mo K. the article says the council is waiting for consent, read it again.\nReply\nReport",
    )
    text = clean_text(_page(*thread)).text
    assert PROSE[-1] in text
    assert "river_watcher" not in text and "sandbagging" not in text and "Nobody ever says" not in text


def test_comments_header_after_the_article_cuts_even_before_the_midpoint():
    comments = "\n".join(f"user{n}\nI agree with the point about insurance, it is the same on our street.\nReply" for n in range(30))
    text = clean_text(_page("Comments", comments)).text
    assert PROSE[-1] in text and "user3" not in text and "same on our street" not in text


def test_comments_label_in_the_page_header_cuts_nothing():
    text = clean_text(_page(head=("Flood gates open on the quay", "Comments (4)"))).text
    assert all(paragraph in text for paragraph in PROSE)


def test_paywall_notice_cuts_the_offers_but_keeps_text_the_scraper_got_behind_it():
    offers = "Subscribe to continue reading\n\nOnly 1 euro for the first month\n\nStart trial\n\nAlready a subscriber? Sign in"
    assert "Start trial" not in clean_text(_page(offers)).text
    hidden = (
        "Residents downstream said they would object to any delay, and a petition against it has gathered more than eight "
        "hundred names in a week, many of them from families whose cellars flooded in 2019.",
        "The planning committee is expected to decide in the spring, after a public consultation that closes at the end of "
        "March and two meetings in the school hall where engineers will answer questions.",
    )
    text = clean_text(_page(offers, *hidden)).text
    assert all(paragraph in text for paragraph in hidden) and "Start trial" not in text


def test_press_release_notes_and_author_box_go_to_the_end():
    notes = "Notes to editors\n\n1. The flood fund was set up in 2015 to pay for defences in towns at high risk of flooding.\n\nMedia enquiries\n\npress@example.org"
    text = clean_text(_page(notes)).text
    assert PROSE[-1] in text and "flood fund was set up" not in text
    bio = "About the author\n\nAnna Bergh is a science writer who has covered rivers and water policy for many years in three countries."
    text = clean_text(_page(bio)).text
    assert PROSE[-1] in text and "science writer" not in text


def test_crosshead_between_paragraphs_goes_but_a_numbered_section_heading_stays():
    paragraphs = [*PROSE[:3], "Costs still rising", *PROSE[3:]]
    text = clean_text("\n\n".join(["Flood gates open on the quay", *paragraphs])).text
    assert "Costs still rising" not in text and all(paragraph in text for paragraph in PROSE)
    paragraphs = [*PROSE[:3], "2. Costs", *PROSE[3:]]
    assert "2. Costs" in clean_text("\n\n".join(["Flood gates open on the quay", *paragraphs])).text


def test_a_list_of_headlines_is_not_reflowed_into_one_paragraph():
    teasers = (
        "Ferry timetable changes again as the winter season starts early\n"
        "Local bakery wins a national award for its rye bread and pastries\n"
        "Council votes to keep the library open on Saturday afternoons"
    )
    text = clean_text(_page(teasers)).text
    assert "Ferry timetable" not in text and "bakery" not in text


def test_table_rows_with_figures_are_kept():
    table = "Year | Homes protected | Cost\n2019 | 120 | 2.1m\n2022 | 480 | 6.3m\n2025 | 910 | 12.4m"
    text = clean_text(_page(head=("Flood gates open on the quay",)).replace(PROSE[3], PROSE[3] + "\n\n" + table)).text
    assert "2022 | 480 | 6.3m" in text and "2025 | 910 | 12.4m" in text


def test_a_long_answer_that_mentions_signing_up_once_is_kept():
    answer = (
        "We check the forecast every evening and decide which gates to close first. If the surge is large, we warn the "
        "harbour and the schools, and people can sign up for text alerts from the authority. The alerts go out about six "
        "hours before high water, so there is time to move cars and open the shelters in the church hall."
    )
    more = (
        "The first test of the gates last autumn went without a hitch, the authority said, apart from a stuck sensor.",
        "Fishermen said the new channel was easier to navigate than the old one, though the current is stronger at low tide.",
        "The quay will be closed to cars for two weekends in May while the last paving stones are laid along the river wall.",
        "A small exhibition about the history of floods in the town opens at the museum next month and runs until the autumn.",
    )
    # In the middle of the page: at its edges, a line that names a sign-up is suspect for standing there.
    text = clean_text(_page(*more).replace(PROSE[5], PROSE[5] + "\n\n" + answer)).text
    assert answer in text


def test_comment_link_in_a_share_bar_above_most_of_the_article_cuts_nothing():
    """'Leave a comment' by the headline, with a couple of sentences above it and the article below."""
    intro = (
        "A short note before today's post: the audio version is read by the author and is linked below.",
        "This week I went back to the valley, where the flood gates were finally opened on Monday morning.",
    )
    bar = "Share\n\nLeave a comment"
    more = [f"Resident number {n} said the new gates had changed how the street thinks about the river in winter." for n in range(6)]
    text = clean_text("\n\n".join(["Flood gates open on the quay", *intro, bar, *PROSE, *more]) + "\n").text
    assert all(paragraph in text for paragraph in [*PROSE, *more])
