"""Speaker rules, round 5: English newswire patterns, one invented sentence (or exchange) each."""

import pytest

from newscurate.annotate.quotes import find_quotes
from tests.annotate.quoting import speakers_of


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A US party-state tag describes the name before it and is never the speaker.
        ("“We will pass it,” said Rep. Jane Doe (R-Ohio).", ["Jane Doe"]),
        ("“We will pass it,” Rep. Jane Doe (D-N.Y.) said.", ["Jane Doe"]),
        ("“No deal,” Sen. John Roe, R-Texas, said on Friday.", ["John Roe"]),
        ("“No deal,” said Sen. Ann Roe, I-Vt.", ["Ann Roe"]),
        ("“No deal,” Speaker Tom Ames, R-Springfield, told reporters.", ["Tom Ames"]),
        ("Jane Doe spoke first.\n\nDoe, D-Calif., said: “The bill is dead.”", ["Jane Doe"]),
        # A title's abbreviation after the cue is no name of its own.
        ("“It is over,” said Gov. Lena Park.", ["Lena Park"]),
        # Tags inside the quoted words are left alone.
        ("“Ask Doe, R-Ohio, not me,” said Lena Park.", ["Lena Park"]),
    ],
)
def test_party_state_tags(text, speakers):
    assert speakers_of(text) == speakers


def test_quoted_words_keep_their_tags():
    (quote,) = find_quotes("“Ask Doe, R-Ohio, about it,” said Lena Park.")
    assert quote.text.startswith("Ask Doe, R-Ohio,")


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # An honorific and a surname are the full name introduced earlier, without the honorific.
        ("Press secretary Nadia Vale took questions.\n\n“No comment,” Ms. Vale said.", ["Nadia Vale"]),
        ("Marcus Reed, the chancellor, spoke.\n\n“We hold firm,” said Mr. Reed.", ["Marcus Reed"]),
        # A transcript's capitalised label ('MS. VALE:') too.
        (
            "Press secretary Nadia Vale took questions on Monday.\n\nQ: Will the tariffs stay?\n\n"
            "MS. VALE: They will stay until the talks end, and not a day longer.\n\nQ: And after that?\n\n"
            "MS. VALE: After that, we will see what the partners offer us.",
            ["Nadia Vale", "Nadia Vale"],
        ),
    ],
)
def test_honorific_and_surname(text, speakers):
    assert speakers_of(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # An anonymous source keeps the complement that tells it apart, with a lower-case article.
        ("A person familiar with the talks said the plan was ready.\n\n“It is a small first step,” the person said.", ["a person familiar with the talks"]),
        ("“We are not there yet,” said an official familiar with the matter.", ["an official familiar with the matter"]),
        ("An official familiar with the matter said: “We are not there yet.”", ["an official familiar with the matter"]),
        # A relative clause is cut.
        (
            "A Gulf official whose government was briefed on the talks said capitals were worried.\n\n"
            "“If the talks fail, we are back where we started,” the official said.",
            ["a Gulf official"],
        ),
    ],
)
def test_anonymous_sources(text, speakers):
    assert speakers_of(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A letter, statement or email speaks for whoever wrote it.
        ("Tom Lark resigned on Monday.\n\nIn a letter posted online, Lark wrote that he was pushed out.\n\n‘I was told to go,’ the letter said.", ["Tom Lark"]),
        ("Tom Lark resigned on Monday.\n\nLark’s letter was short. ‘I was told to go,’ the letter said.", ["Tom Lark"]),
        ("Tom Lark resigned on Monday.\n\nThe chancellor received an email from Lark on Tuesday. ‘I was told to go,’ the email read.", ["Tom Lark"]),
        ("Tom Lark resigned on Monday.\n\nIn his resignation letter, Lark wrote: ‘I was told to go.’", ["Tom Lark"]),
        ("Tom Lark resigned on Monday.\n\nIn a statement, Lark said he would stay. ‘I will serve my town,’ the statement said.", ["Tom Lark"]),
    ],
)
def test_documents_speak_for_their_writers(text, speakers):
    assert speakers_of(text) == speakers
