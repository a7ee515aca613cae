"""Speaker rules from session 24's blind set (quotes_holdout30), each on text of our own."""

from newscurate.annotate.quotes import find_quotes


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text.strip("“”\"'‘’,. "), q.speaker) for q in find_quotes(text)]


def test_a_title_tells_which_of_a_couple_sharing_a_surname_speaks():
    text = (
        "The Okafor Hardware store on Main Street will close in May after 40 years.\n\n"
        "Emeka and Ngozi Okafor, who opened it in 1985, said the new lease was more than they could pay.\n\n"
        "“We are too old to start again,” Mr. Okafor said.\n\n"
        "“I would have kept going,” Ms. Okafor said. “He is the tired one.”"
    )
    assert speakers(text) == [
        ("We are too old to start again", "Emeka Okafor"),
        ("I would have kept going", "Ngozi Okafor"),
        ("He is the tired one", "Ngozi Okafor"),
    ]


def test_a_list_of_places_shares_no_surname():
    text = (
        "Halyna Petrenko keeps offices in Kyiv, Warsaw and Tel Aviv.\n\n"
        "“The paper files never leave this room,” she says."
    )
    assert speakers(text) == [("The paper files never leave this room", "Halyna Petrenko")]


def test_the_next_sentence_names_whose_words_they_were():
    text = (
        "The trial of the builder entered its second week on Monday.\n\n"
        "“The jury will have to decide what he knew.” That was Ruth Ambler’s assessment outside court. Ambler represents the builder.\n\n"
        "“Nobody should expect a deal this month.” That warning came from Colin Reyes, the envoy who met both sides on Tuesday."
    )
    assert [speaker for _, speaker in speakers(text)] == ["Ruth Ambler", "Colin Reyes"]


def test_a_nationality_as_a_noun_is_the_person_just_named():
    text = (
        "Kingsport manager Joost van Dijkman watched his side lose a two-goal lead in the last ten minutes.\n\n"
        "The Dutchman, who took charge in October, said his players had “stopped playing football.”"
    )
    assert speakers(text) == [("stopped playing football", "Joost van Dijkman")]
