"""Quote rules, round 6: US political news, one invented sentence (or short passage) each."""

import pytest

from newscurate.annotate.quotes import find_quotes
from tests.annotate.quoting import kinds_of, speakers_of


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A title-cased quote right after 'on' or 'in' names a programme, whatever cue the sentence has.
        ("“We will not blink,” Sen. Ann Roe said on “Weekend Morning Report” that the bill would pass.", "title"),
        ("Rep. Tom Ames made the same case on CBS’s “Evening Roundtable.” He said the vote would hold.", "title"),
        # American style puts the comma inside the marks: still a title after 'titled'.
        ("The bill, formally titled the “Clean Rivers and Jobs Act,” passed the House on Friday.", "title"),
        # A naming verb right before the quote, its object left behind, gives a name.
        ("The talks took place in what diplomats call the “quiet channel” between the capitals.", "scare"),
        ("Officials have dubbed the plan the “northern shield” in internal documents, he said.", "scare"),
        ("Orders went through a chat group that aides called “the back room” for months.", "scare"),
        ("The effort, known internally as “Project Lantern”, was shelved, she said.", "title"),
        # Doubt before a quote makes it a term: 'sham', 'self-described', 'so-called'.
        ("He was accused of taking cash and sham “advisory fees” from a donor, prosecutors said.", "scare"),
        # An adjective between a determiner and a short quote leaves it in a noun phrase: a term.
        ("Rep. Ann Lee, a member of the far-left “Caucus,” voted no, her office said.", "scare"),
        ("He asked whether ministers had read their own “Strategic Review” before voting, he said.", "title"),
        # Quoted words whose meaning the sentence explains are mentioned, not said.
        ("Prosecutors say “the garden project” was a reference to the shell company.", "scare"),
    ],
)
def test_terms_and_titles(text, kind):
    assert kinds_of(text)[-1][1] == kind


@pytest.mark.parametrize(
    "text",
    [
        # A past 'called' with an indefinite article, or an object between, quotes the caller.
        "The mayor denounced what the governor called “a reckless gamble” on Tuesday.",
        "Roe called the plan “a disaster” and said she would vote against it.",
        "He described the talks as “candid and useful,” his office said.",
    ],
)
def test_partial_quotes_stay_speech(text):
    assert [k for _, k in kinds_of(text)] == ["direct"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A name in the attribution of the previous quote is no new speaker, even after a sentence
        # break inside the quoted words.
        (
            "“Prices are up. Everything is up,” said Mr. Lund, who wore a Baxter cap. “He gets that.”",
            ["Lund", "Lund"],
        ),
        ("“We are ready. Are they?” Jane Fisk told host Mark Olsen. “I doubt it.”", ["Jane Fisk", "Jane Fisk"]),
        # 'the senator' is the person introduced with the title 'Sen.'.
        (
            "Sen. Grant Miller and Gov. Paul Stone met on stage.\n\n“You voted against it,” Stone said.\n\n"
            "“That is not true,” the senator shot back.",
            ["Paul Stone", "Grant Miller"],
        ),
        # A role opening the sentence before a pronoun's quote is who the pronoun is.
        (
            "President Dan Ruiz signed the bill. Lena Park, a policy analyst, called it modest.\n\n"
            "Before he left the room, the president waved to the crowd.\n\n“Good day,” he said.",
            ["Dan Ruiz"],
        ),
        (
            "Gov. Rita Holm met Brent Dyke on Monday. “We are close,” Dyke said.\n\n"
            "The governor, for her part, posted a video.\n\n“This bridge is falling down,” she said.",
            ["Brent Dyke", "Rita Holm"],
        ),
        # A name set off by a person's role is a person's, whatever its last word names elsewhere.
        ("“It is close,” said Allison Park, director of the poll.\n\nPark said the gap was small. “It may grow,” she said.", ["Allison Park", "Allison Park"]),
        # 'Mr.' and 'Ms.' before a surname anywhere in the text give its gender.
        (
            "Rita Vance spoke first. Then Jordan Cole, a spokesman, spoke. Mr. Cole left early.\n\n“We will win,” she said.",
            ["Rita Vance"],
        ),
        # A number's grouping comma ends no phrase: the appositive runs to the comma before the cue.
        ("Nora Bell, head of a union of about 100,000 nurses, said the plan was “a slap in the face.”", ["Nora Bell"]),
        # An organisation, a role in lower case, then a name: the name is the subject.
        ("White House press secretary Dana Ortiz waved the worry away, telling reporters it was “noise.”", ["Dana Ortiz"]),
        # A document named before the sentence's subject was issued by that subject.
        (
            "In a memo sent to donors on Monday, the Ames campaign said the race was tied.\n\n"
            "“We lead in the states that matter,” the memo said.",
            ["Ames campaign"],
        ),
        # Someone the sentence has speak is the speaker; 'according to' names where it was reported.
        ("Sen. Ana Cruz replied within minutes, according to the filing: “Done. Call me tomorrow.”", ["Ana Cruz"]),
        ("Premier Li Wen described the talks as “frank and useful”, according to the state news agency.", ["Li Wen"]),
        # Participles in a row share the subject of the clause they hang on, not the object before them.
        (
            "Leader Rosa Kent joined the protest, calling the bill “a sham” and telling reporters it would “die in the Senate.”",
            ["Rosa Kent", "Rosa Kent"],
        ),
        # 'House Republicans' are a party's members, no person the next quote continues.
        (
            "Senate Republicans passed the bill.\n\nRep. Nina Vale, a member of the far-left “Caucus,” took to X to accuse "
            "Republicans of cheating.\n\n“This is a disgrace and everyone knows it.”",
            ["Nina Vale"],
        ),
        # A title's period splits no appositive name: the name, not the description, speaks.
        ("The panel’s top Democrat, Sen. Lou Park (D-Mich.), said the nominee would be “a mouthpiece.”", ["Lou Park"]),
        # A free relative's pronoun is the subject: 'what it called'.
        (
            "The Harbor Workers Union backed the deal on Monday. In a statement, the union said members were relieved "
            "and welcomed what it called “a new start.”",
            ["Harbor Workers Union"],
        ),
        # A US party-state tag in two capitals describes the name before it.
        ("Rep. Bryce Lane (R-AZ), who backed the bill, warned colleagues not to “go soft.”", ["Bryce Lane"]),
    ],
)
def test_speakers(text, speakers):
    assert speakers_of(text) == speakers


def test_transcript_excerpt_with_a_host_who_also_states():
    text = (
        "Will the government shut down? Rick Hale, the budget director, spoke to host Dana Moss. An excerpt follows.\n\n"
        "MOSS: Are you ready to be sued over this?\n\n"
        "HALE: We are sued every week. We are ready.\n\n"
        "MOSS: So this is a threat.\n\n"
        "HALE: It is not a threat. It is arithmetic.\n\n"
        "Unions said they would “fight it in court.”"
    )
    answers = [(q.text, q.speaker) for q in find_quotes(text) if q.kind == "interview_answer"]
    assert answers == [("We are sued every week. We are ready.", "Rick Hale"), ("It is not a threat. It is arithmetic.", "Rick Hale")]
