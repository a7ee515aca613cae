"""Quote spans: offsets exact, kinds typed, speakers resolved from cues."""

import pytest

from newscurate.annotate.quotes import find_quotes
from newscurate.clean import clean_text


def one(text):
    [quote] = [q for q in find_quotes(text) if q.kind == "direct"]
    assert text[quote.start : quote.end] == quote.text
    return quote


@pytest.mark.parametrize(
    ("text", "quoted", "speaker", "cue"),
    [
        ("“We will not give up,” said Olena Marchuk.", "We will not give up,", "Olena Marchuk", "said"),
        ('"The talks are over for now," Putin said on Monday.', "The talks are over for now,", "Putin", "said"),
        ("Boris Bondarev says: «Peace is only possible after withdrawal.»", "Peace is only possible after withdrawal.", "Boris Bondarev", "says"),
        ("According to Jan Novak, “the grid will hold through the winter.”", "the grid will hold through the winter.", "Jan Novak", "according to"),
    ],
)
def test_direct_quote_forms(text, quoted, speaker, cue):
    quote = one(text)
    assert (quote.text, quote.speaker, quote.cue) == (quoted, speaker, cue)


def test_pronoun_and_surname_resolve_to_the_last_named_speaker():
    text = (
        "Konstantin Borovoy said the war would go on. “Nothing has changed,” he argues.\n\n"
        "“The West is tired,” Borovoy adds."
    )
    speakers = [(q.speaker_mention, q.speaker) for q in find_quotes(text)]
    assert speakers == [("he", "Konstantin Borovoy"), ("Borovoy", "Konstantin Borovoy")]


def test_scare_quotes_are_typed_not_dropped():
    text = "Moscow calls it a “special operation” while others call it a “frozen” conflict."
    quotes = find_quotes(text)
    assert [q.kind for q in quotes] == ["scare", "scare"] and all(q.speaker is None for q in quotes)


def test_quote_over_several_paragraphs_is_one_span_and_unclosed_is_flagged():
    text = "“The first part goes on,\n\n“and the second part ends here,” she said.\n\nLater, “this never closes"
    quotes = find_quotes(text)
    assert quotes[0].text == "The first part goes on,\n\n“and the second part ends here,"
    assert quotes[0].closed and not quotes[-1].closed
    assert text[quotes[-1].start : quotes[-1].end] == "this never closes"


def test_apostrophes_do_not_open_or_close_single_quotes():
    text = "The minister said ‘we don’t negotiate under fire’ and left. It’s over."
    [quote] = find_quotes(text)
    assert quote.text == "we don’t negotiate under fire"


def test_seed_quotes_index_the_clean_text_and_name_speakers(seed_texts):
    speakers = set()
    for raw in seed_texts.values():
        text = clean_text(raw).text
        for quote in find_quotes(text):
            assert text[quote.start : quote.end] == quote.text
            speakers.add(quote.speaker)
    assert {"Konstantin Borovoy", "Boris Bondarev", "Vladimir Putin"} <= speakers
