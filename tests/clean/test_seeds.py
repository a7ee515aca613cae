"""The real scraped seeds (read from ../shared/seeds, never copied): what must go, what must stay."""

import re

import pytest

from newscurate.clean import clean_text

BOILERPLATE_WORDS = re.compile(
    r"Copyright|Privacy and Cookie|active hyperlink|ENJOYING THIS ARTICLE|reader-funded|please subscribe|"
    r"You could close this page|Related Posts|Related article|Search Trends|If you want to contribute|follow:|"
    r"Edited by|Author:|Source:|\[/?quote\]|https?://|@|\(Image:|/VCG|Editor's note",
)


def test_no_boilerplate_survives_in_any_seed(seed_texts):
    for name, raw in seed_texts.items():
        leftovers = BOILERPLATE_WORDS.findall(clean_text(raw).text)
        assert not leftovers, f"{name}: {leftovers}"


def test_body_layout_has_no_line_break_inside_a_paragraph(seed_texts):
    for name, raw in seed_texts.items():
        text = clean_text(raw).text
        assert not re.search(r"[^\n]\n[^\n]|\n{3,}", text), name
        assert "\u00a0" not in text and not text.endswith("\\"), name


@pytest.mark.parametrize(
    ("seed", "first", "last"),
    [
        ("000", "Vladimir Putin not only", "not yet done in Ukraine."),
        ("001", "cross-border offensive in", "consequences for his rule."),
        ("002", "The president will only negotiate", "There is no other way."),
        ("003", "Russia has found itself", "from the worst-case scenario."),
        ("004", "The full-scale invasion", "with a cruise missile."),
    ],
)
def test_body_runs_from_the_first_sentence_to_the_last(seed_texts, seed, first, last):
    text = clean_text(_seed(seed_texts, seed)).text
    assert first in text.split("\n\n")[0]
    assert text.endswith(last)


@pytest.mark.parametrize(
    ("seed", "title"),
    [
        ("000", "Russian aggression in Ukraine ‘not as successful’ as Kremlin wants or needs, Borovoy says"),
        ("001", None),
        ("002", "“Putin wants truce, not peace”: says the Russian diplomat who rebelled against the tsar"),
        ("003", "Is there a way-out of the Russia-West political imbroglio over Ukraine?"),
        ("004", None),
    ],
)
def test_title_is_the_headline_or_none(seed_texts, seed, title):
    [raw] = [text for name, text in seed_texts.items() if name.startswith(seed)]
    result = clean_text(raw)
    assert result.title == title
    if title:
        assert title not in result.text


def _seed(seed_texts, prefix):
    return next(text for name, text in seed_texts.items() if name.startswith(prefix))


def test_captions_printed_twice_are_kept_once_in_captions(seed_texts):
    result = clean_text(_seed(seed_texts, "003"))
    assert len(result.captions) == 2 and all(c.endswith("/VCG") for c in result.captions)
    assert "fist-bumps" not in result.text
    truncated = clean_text(_seed(seed_texts, "000"))
    assert "Konstantin Borovoy (Image:" in truncated.captions
    assert "(Image" not in truncated.text


def test_bylines_go_to_metadata(seed_texts):
    assert clean_text(_seed(seed_texts, "002")).authors == ["Riccardo Amati"]
    assert clean_text(_seed(seed_texts, "000")).editors == ["A. N."]
    assert clean_text(_seed(seed_texts, "003")).authors == ["Danil Bochkov"]


def test_paragraph_cut_by_url_block_is_joined_and_urls_kept_as_links(seed_texts):
    result = clean_text(_seed(seed_texts, "004"))
    assert "or has 20% of its territory under occupation." in result.text
    assert len(result.links) == 4 and all(link.startswith("https://") for link in result.links)
    assert "leader, poses what appears" in result.text


def test_quote_markup_text_stays_and_section_tag_goes(seed_texts):
    markup = clean_text(_seed(seed_texts, "000"))
    assert "Ukraine’s army is strengthening" in markup.text
    interview = clean_text(_seed(seed_texts, "002"))
    assert "conflict in ukraine" not in interview.text
    assert "Is the nuclear threat realistic?" in interview.text


def test_mid_article_promo_is_removed_but_the_paragraphs_around_it_stay(seed_texts):
    text = clean_text(_seed(seed_texts, "001")).text
    assert "But it didn’t." in text
    assert text.index("But it didn’t.") < text.index("Moscow cannot count on its new ally")
    assert "billionaire" not in text
