"""Page patterns behind the seventh held-out set's errors: footers that say where a site's links
lead, whose land it stands on, and how a sign-up form handles what you give it; and article text
that only uses the same words. Texts are made up for these tests."""

import pytest

from newscurate.clean import clean_text
from tests.clean.test_article_end import PROSE
from tests.clean.test_furniture_from_holdouts4_5 import _all_prose_kept, _page


@pytest.mark.parametrize(
    "footer, reason",
    [
        ("The Harbour Times is not responsible for the content of external sites.", "disclaimer"),
        ("We are not responsible for the content of third-party websites linked from this page.", "disclaimer"),
        (
            "The Harbour Times acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and "
            "Traditional Custodians of the lands where we live and work.",
            "disclaimer",
        ),
        ("We acknowledge the Traditional Owners of the land on which we work.", "disclaimer"),
        ("Your information is being handled in accordance with the Privacy Collection Statement.", "privacy_notice"),
    ],
)
def test_site_footers_go_with_their_reason(footer, reason):
    result = clean_text(_page(footer))
    assert footer not in result.text and _all_prose_kept(result.text)
    assert any(r.reason == reason and footer in r.text for r in result.removals)


@pytest.mark.parametrize(
    "sentence",
    [
        "The council said it was not responsible for the flooding of the lower town and blamed the weather.",
        "The minister acknowledged the protesters outside and promised to meet them after the vote.",
        "All complaints will be handled in accordance with the harbour authority's rules, the spokesman said.",
    ],
)
def test_article_sentences_with_the_same_words_stay(sentence):
    assert sentence in clean_text(_page(body=[*PROSE[:2], sentence, *PROSE[2:]])).text


def _gallery(total: int = 3) -> list[str]:
    """Slides printed among the paragraphs, as a converter prints them: counter, caption, credit."""
    captions = ["Boats wait at the new gates on the first morning.", "A diver checks the seals under the quay.", "The control room above the harbour."]
    return ["\n".join([f"{n} of {total}", captions[n - 1], "Mara Quinlan / Harbour Times"]) for n in range(1, 4)]


def test_a_photo_gallery_among_the_paragraphs_leaves_the_body_its_captions_kept():
    first, second, third = _gallery()
    result = clean_text(_page(body=[*PROSE[:2], first, *PROSE[2:4], second, third, *PROSE[4:]]))
    assert _all_prose_kept(result.text)
    assert " of 3" not in result.text and "diver" not in result.text and "control room" not in result.text
    assert "A diver checks the seals under the quay." in result.captions
    assert {r.rule for r in result.removals} >= {"gallery_counter", "gallery_caption"}


def test_counters_of_no_one_slideshow_leave_the_text_alone():
    # Each counts to its own total: a list, not a gallery.
    lines = ["1 of 3", "Boats wait at the new gates on the first morning.", "Mara Quinlan / Harbour Times"]
    other = ["2 of 5", "A diver checks the seals under the quay.", "Mara Quinlan / Harbour Times"]
    result = clean_text(_page(body=[*PROSE[:2], "\n".join(lines), *PROSE[2:4], "\n".join(other), *PROSE[4:]]))
    assert not {r.rule for r in result.removals} & {"gallery_counter", "gallery_caption"}


@pytest.mark.parametrize("credit", ["(Supplied: Harbour Divers Club)", "(Supplied)"])
def test_a_caption_credited_as_supplied_is_a_caption(credit):
    caption = f"A diver checks the seals under the quay. {credit}"
    result = clean_text(_page(body=[*PROSE[:2], caption, *PROSE[2:]]))
    assert caption not in result.text and _all_prose_kept(result.text)
    assert any(credit in kept for kept in result.captions)


def test_figures_supplied_by_someone_stay():
    sentence = "The figures, supplied by the harbour authority (and checked by the council), show the tide rising."
    assert sentence in clean_text(_page(body=[*PROSE[:2], sentence, *PROSE[2:]])).text


def test_a_list_the_article_introduces_with_labelled_items_stays():
    intro = "The trust's own figures, compiled from the company's returns, show the scale of the discharges:"
    items = ["Coverham works: 1,214 spill hours in 2025", "Middleham works: 947 spill hours in 2025", "Combined estimate: 2.3bn litres"]
    # As a converter prints a page: one newline between every paragraph and item.
    text = clean_text("\n".join([*PROSE[:2], intro, *items, *PROSE[2:]])).text
    assert all(item in text for item in items)


def test_a_menu_under_a_short_label_still_goes():
    menu = ["Follow us:", "Facebook: @harbourtimes", "Instagram: @harbourtimes", "Newsletter"]
    text = clean_text(_page(body=[*PROSE[:2], "\n".join(menu), *PROSE[2:]])).text
    assert "@harbourtimes" not in text and _all_prose_kept(text)
