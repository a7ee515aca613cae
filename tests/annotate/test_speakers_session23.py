"""Speaker rules from session 23's blind set (quotes_holdout29), each on text of our own."""

from newscurate.annotate.quotes import find_quotes


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text.strip("“”\"'‘’,. "), q.speaker) for q in find_quotes(text)]


def test_a_college_named_tech_is_no_one_a_pronoun_means():
    text = (
        "Coach Ray Dunmore met reporters on Monday, two days after the loss.\n\n"
        "Dunmore was asked about the fourth-down call in the third quarter. The sneak was stuffed, and Western Tech scored three plays later.\n\n"
        "“I would make that call again,” he said."
    )
    assert speakers(text) == [("I would make that call again", "Ray Dunmore")]
