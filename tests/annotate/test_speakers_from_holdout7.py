"""Speaker rules, round 4: general mechanisms, one invented sentence (or exchange) each."""

import pytest

from newscurate.annotate.quotes import find_quotes


def speakers_of(text):
    return [q.speaker for q in find_quotes(text) if q.kind in ("direct", "block")]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A sentence-opening adverb or conjunction is no name, in any language.
        ("Clara Voss sprak eerst.\n\nToen Voss de minister verweet ‘oorlogje te spelen met andermans geld’, greep niemand in.", ["Clara Voss"]),
        ("Marco Bellini è senatore.\n\nNon la pensa così Bellini: «Abbiamo fatto la nostra parte, adesso basta.»", ["Marco Bellini"]),
        # A capitalised adjective inside an indefinite description.
        ("“We are not ready,” said a senior Nordic diplomat involved in the talks.", ["a senior Nordic diplomat"]),
        # A description keeps a complement that names an institution, and stops at a participle.
        ("“It is late,” said a reporter from Baltic public radio.", ["a reporter from Baltic public radio"]),
        ("“We wait,” said a Danish officer working on the staff.", ["a Danish officer"]),
        # 'her brother, NAME,' after the cue: the possessive opens a description.
        ("Mara Lind is a nurse.\n\n“She was always first,” said her brother, Tomas Lind, who runs a shop.", ["Tomas Lind"]),
        # A particle before an acronym or a party name ends the name.
        ("‘Wij zijn tegen een oorlog zonder einde,’ zei Jan de Vries van de SP.", ["Jan de Vries"]),
        # 'told <someone>': the object of the verb is no speaker; the appositive name before it is.
        ("“Too early,” the Danish defence minister, Karl Holm, told broadcaster Radio Nord on Friday.", ["Karl Holm"]),
        # A preposition cue: the name right after it, not a later one in the clause.
        ("Volgens Dijkman moet Nederland harder duwen: ‘Het kan niet langer zo.’", ["Dijkman"]),
        # A definite description resolves to the name it was set beside earlier ('Name, the role,').
        (
            "Eva Stone, the armed forces minister, took questions. Lars Berg then asked her about the plan.\n\n"
            "“We are in close contact with all our partners,” the minister said.",
            ["Eva Stone"],
        ),
        # A description with its own complement matches only an antecedent with that complement.
        (
            "Sir Rolf Hay, the Labour member for Eastwick, spoke. Then came Ana Pike.\n\n"
            "“Russia must pay,” the member for Northgate said.",
            ["Ana Pike"],
        ),
        # An organisation's name keeps the body it belongs to.
        (
            "The Northern Command of the Latvian Armed Forces said in a statement that the drone was a decoy. Jets did not "
            "fire, the command said, because the drone “did not pose a direct threat to the population” at the time.",
            ["Northern Command of the Latvian Armed Forces"],
        ),
        # 'the grid operator NAME said': the name the description stands before.
        (
            "In Riga, the national grid operator Voltana said in a statement that repairs were under way. "
            "“The truce held, but it was violated,” the company said.",
            ["Voltana"],
        ),
    ],
)
def test_speaker(text, speakers):
    assert speakers_of(text) == speakers


def test_question_answer_exchange_alternates():
    text = (
        "The witness was calm.\n\n"
        "“Did he know?” the prosecutor, Ruth Kane, asked.\n\n"
        "“Yes,” Ivan Petrov said.\n\n"
        "“How do you know that?”"
    )
    assert speakers_of(text) == ["Ruth Kane", "Ivan Petrov", "Ruth Kane"]


def test_long_appositive_between_quote_and_cue():
    text = (
        "“We came to talk about stopping the killing,” Pavel Dorn, the head of the delegation and secretary "
        "of the national security council, told reporters outside the palace."
    )
    assert speakers_of(text) == ["Pavel Dorn"]
