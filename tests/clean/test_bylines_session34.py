"""Bylines and dates that session 34 taught the pipeline, from a blind metadata set's misses
(metadata_holdout10): each test is a page shape, written anew, not a page of the set."""

from datetime import date

from newscurate.clean import clean_text
from newscurate.curate import curate_document
from newscurate.ingest.reader import decode_document

BODY = (
    "The county board approved the water contract late on Tuesday after a debate that ran well past the scheduled close of the meeting.\n\n"
    "Residents who spoke during the public session said the new rates would fall hardest on families in the older neighbourhoods near the river.\n\n"
    "The contract takes effect in July and runs for ten years, with a review of the rates after the first three, according to the board's clerk.\n"
)


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n\n" + BODY


def test_a_blog_byline_names_its_categories_after_in():
    raw = _page("Money Matters", "Home | About | Archive", "Why the water contract matters", "Posted by Ana Ribeiro in Local politics, Opinion", "Reading time: 4 minutes")
    assert clean_text(raw).authors == ["Ana Ribeiro"]


def test_a_byline_and_a_photo_credit_between_middle_dots():
    raw = _page(
        "Harbour Notes — Ideas & Culture",
        "Magazine | Science | Culture | Podcasts | Subscribe",
        "INTERVIEW",
        '"Water is the only contract that matters": Ines Vale on the county deal',
        "The engineer has spent two decades on the river. We asked her what the new contract will change for the families who live along it.",
        "Interview by Lena Moss · Photography by Karl Beck",
        "Posted June 12, 2024 · From the Summer 2024 issue",
    )
    result = clean_text(raw)
    assert result.authors == ["Lena Moss"]
    assert "Karl Beck" not in result.authors


def test_the_pages_own_address_in_its_first_lines_dates_it_when_nothing_else_does():
    raw = _page("Water contract approved after marathon meeting — River Valley Notes", "https://www.rivervalleynotes.example/2023/11/08/water-contract/", "River Valley Notes", "Water contract approved after marathon meeting")
    [document] = curate_document(decode_document("page.txt", raw.encode()), "test").documents
    assert (document["published_date"], document["date_source"]) == (date(2023, 11, 8), "text_url")
    # A dated link further down is another article's, not this one's.
    linked = _page("Water contract approved after marathon meeting", "River Valley Notes") + "\nRead more: https://www.rivervalleynotes.example/2021/02/01/older-story/\n"
    [document] = curate_document(decode_document("page.txt", linked.encode()), "test").documents
    assert document["published_date"] is None
