"""Session 17: words hyphenated at a PDF line's end, from cleaning_holdout14's German and English exports."""

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
