"""Session 17: words hyphenated at a PDF line's end, and page notes, from cleaning_holdout14."""

from newscurate.clean import clean_text


def _reflowed(lines: list[str]) -> str:
    return clean_text("\n".join(lines) + "\n").text


def test_a_german_noun_split_after_its_capitalised_first_syllables_is_joined():
    text = _reflowed([
        "Die Bundesregierung hat sich am Mittwoch mit den Partnern in Brüssel auf neue",
        "Regeln für Flüssiggas geeinigt. Über Termi-",
        "nals in Belgien und Frankreich gelangte russisches Gas bisher in die EU, sagte die Bundes-",
        "netzagentur am Donnerstag in Bonn vor Journalisten und Vertretern der Industrie.",
    ])
    assert "Terminals" in text and "Bundesnetzagentur" in text


def test_a_capitalised_head_the_text_uses_as_a_word_keeps_its_hyphen():
    text = _reflowed([
        "Russia has courted the new government for months, and the Kremlin hopes that a Russia-",
        "friendly coalition will soften the sanctions regime before the summer, officials said.",
    ])
    assert "Russia-friendly" in text


def test_a_figure_before_a_line_end_hyphen_keeps_it():
    text = _reflowed([
        "The sensors, 34 hydrophones and ocean-bottom seismometers spaced along a 400-",
        "kilometre corridor, picked up a low-frequency rumble as the anchor dragged on.",
    ])
    assert "400-kilometre" in text


# The notes and labels cleaning_holdout14 found, each with a sentence of an article that shares its words.
_ARTICLE = [
    "The minister said on Tuesday that the new rules would take effect in the spring, after months of talks with unions and employers.",
    "Critics say the reform does not go far enough and that the timetable leaves workers exposed to another winter of high prices.",
] * 3


def _cleaned_with(line: str):
    return clean_text("\n".join([*_ARTICLE, line, *_ARTICLE]) + "\n")


def test_an_interviews_editing_note_is_an_editors_note():
    result = _cleaned_with("This interview has been edited for length and clarity.")
    assert "edited for length" not in result.text
    assert result.editors_notes == ["This interview has been edited for length and clarity."]


def test_an_editing_note_at_the_end_of_an_introduction_stays_with_it():
    line = "We spoke to her about tariffs and the steel dispute. This interview has been edited for length and clarity."
    assert line in _cleaned_with(line).text


def test_where_a_piece_first_ran_stays():
    # The gold sets count it as body as often as not.
    line = "This article originally appeared in The Narrows, a non-profit newsroom, and is republished here under a Creative Commons licence."
    assert line in _cleaned_with(line).text


def test_an_opinion_pages_and_a_comment_sections_disclaimers_go():
    for line in ("Les tribunes publiées n’engagent que leurs auteurs.", "Редакция не несет ответственности за мнения, высказанные в комментариях."):
        assert line not in _cleaned_with(line).text


def test_a_czech_comment_count_is_a_label():
    assert "Diskuze (57)" not in _cleaned_with("Diskuze (57)").text


def test_an_article_sentence_about_responsibility_stays():
    line = "The company said it would not take responsibility for the losses, and shareholders vowed to sue."
    assert line in _cleaned_with(line).text
