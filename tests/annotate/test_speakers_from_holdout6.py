"""Speaker and span rules for common newswire patterns (round 3): invented sentences, one pattern each."""

import pytest

from newscurate.annotate.quotes import find_quotes
from tests.annotate.quoting import kinds_of


def speakers_of(text):
    return [q.speaker for q in find_quotes(text) if q.kind in ("direct", "block")]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # An appositive role with a place between the name and the cue.
        ("“We will not back down,” Laura Benning, the senator from Ohio, said on Monday.", ["Laura Benning"]),
        ("Laura Benning, the senator from Ohio, said: “We will not back down.”", ["Laura Benning"]),
        # 'said X, who …': the relative clause is no part of the name.
        ("“The bill is dead,” said Marcus Webb, who chairs the budget committee.", ["Marcus Webb"]),
        # A cue after the quote with the speaker's surname, introduced before.
        ("Ana Kovac spoke first. “It is a start,” Kovac added.", ["Ana Kovac"]),
        # 'according to a statement from X'.
        (
            "The talks will resume in March, “with or without the observers”, according to a statement from the Finnish Foreign Ministry.",
            ["Finnish Foreign Ministry"],
        ),
        # 'X said in an interview with Y': the outlet is no speaker.
        ("“Nobody asked us,” Petra Lind said in an interview with the Berlin Daily Courier.", ["Petra Lind"]),
        ("Petra Lind said in an interview with Radio Nord: “Nobody asked us.”", ["Petra Lind"]),
        # 'X wrote in a post on X': the platform is no speaker.
        ("“The vote was stolen,” Omar Reyes wrote in a post on X.", ["Omar Reyes"]),
        # A description after the cue, then the name set off by commas.
        (
            "“We were not consulted,” said the spokesman for the regional government, Tomas Hale, on Friday.",
            ["Tomas Hale"],
        ),
    ],
)
def test_newswire_attributions(text, speakers):
    assert speakers_of(text) == speakers


def test_a_quote_then_a_paragraph_opening_with_he_said_keeps_the_speaker():
    text = (
        "Defence Minister Jan Holt visited the border on Tuesday.\n\n"
        "“The fence is only the first step.”\n\n"
        "He said the army would add patrols in the spring."
    )
    assert speakers_of(text) == ["Jan Holt"]


def test_it_said_refers_to_the_organisation_that_spoke_last():
    text = (
        "The Polish Interior Ministry said in a statement on Monday that it would close two crossings. "
        "The decision, it said, was “temporary and proportionate”."
    )
    assert speakers_of(text) == ["Polish Interior Ministry"]


def test_a_document_from_an_organisation_speaks_for_it():
    text = (
        "A memo from the Danish Energy Agency, seen by reporters, had warned utilities to prepare for "
        "“a winter of repeated shortages”."
    )
    assert speakers_of(text) == ["Danish Energy Agency"]


def test_a_document_named_after_its_issuer_speaks_for_it():
    text = (
        "The Ukrainian Air Force said in its morning summary that 40 drones had been launched. "
        "“Thirty-one were shot down,” the summary said."
    )
    assert speakers_of(text) == ["Ukrainian Air Force"]


def test_the_age_a_person_was_introduced_with_names_them():
    text = (
        "Karl Brenner, 29, is charged with espionage. Judge Ewa Nowak asked him about the messages.\n\n"
        "“To look,” the 29-year-old said."
    )
    assert speakers_of(text) == ["Karl Brenner"]


def test_an_occupation_refers_back_to_the_person_introduced_with_it():
    text = (
        "Dr. Hanna Vos, a trauma surgeon at the city hospital, has seen the change. "
        "Colonel Piet Smit disagreed. “It is burns now, not fractures,” the surgeon said."
    )
    assert speakers_of(text) == ["Hanna Vos"]


def test_a_role_noun_without_an_antecedent_is_the_last_person():
    text = (
        "“What more do they want?” asked Oksana Marko, 44, who fled the south with her daughters.\n\n"
        "“My daughters dream in Polish,” said the former accountant."
    )
    assert speakers_of(text) == ["Oksana Marko", "Oksana Marko"]


def test_an_infinitive_cue_takes_the_subject_of_its_sentence():
    text = "Andrei Vale later returned to social media to say that the law “will be applied in full”."
    assert speakers_of(text) == ["Andrei Vale"]


def test_a_speaker_after_the_quote_with_a_manner_verb():
    text = "“Now I train men, and they listen better,” Ivan Petrenko, the team's coach, laughs."
    assert speakers_of(text) == ["Ivan Petrenko"]


def test_a_pronoun_skips_a_man_named_with_a_name_ending_in_a():
    text = (
        "Maria Holub treated a soldier, Mykola Tkach, who later said he remembered her voice.\n\n"
        "“I never keep a list,” she said."
    )
    assert speakers_of(text) == ["Maria Holub"]


def test_a_delayed_lede_names_its_indefinite_subject_in_the_next_paragraph():
    text = (
        "WARSAW — A Belarusian man accused of spying on railway junctions told a court on Tuesday that he "
        "had done it “for money, not for Russia”.\n\n"
        "Pavel Marek, 29, is charged with espionage."
    )
    assert speakers_of(text) == ["Pavel Marek"]


def test_a_participle_cue_takes_the_subject_of_its_clause():
    text = (
        "He has been in custody since February; the district court has twice refused bail, citing in a "
        "written decision “a real risk that the accused would flee”."
    )
    assert speakers_of(text) == ["district court"]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Officials said talks on a broader “all for all” exchange had stalled.", "all for all"),
        ("Monitors are barred from what he called “filtration” camps in the east.", "filtration"),
        ("The case was built during an operation code-named “Semafor”, prosecutors said.", "Semafor"),
    ],
)
def test_terms_inside_a_noun_phrase_are_no_speech(text, term):
    assert dict(kinds_of(text))[term] in ("scare", "title")


def test_spanish_dialogue_dashes_set_against_the_words():
    text = (
        "Al volante va Javier Ruiz, un mecánico de 52 años.\n\n"
        "—Aquí no se para nunca —dice mientras aparca—. Los drones lo ven todo.\n\n"
        "Sobre un alto el fuego, el mecánico es prudente: «Ojalá. Pero no lo creo»."
    )
    quotes = [q for q in find_quotes(text) if q.kind == "direct"]
    assert [q.text for q in quotes] == ["Aquí no se para nunca", "Los drones lo ven todo.", "Ojalá. Pero no lo creo"]
    assert {q.speaker for q in quotes} == {"Javier Ruiz"}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A description after an inverted cue, then the name set off by commas.
        ("„Das ist ein Signal“, schrieb der Sprecher des Ministeriums, Jan Novak, auf X.", ["Jan Novak"]),
        # An inverted pronoun after a comma: the words before the cue are the quote's sentence.
        ("Ion Popa sprach zuerst. Beschwerden würden „sorgfältig“ geprüft, sagte er.", ["Ion Popa"]),
        # A spokesperson through whom an institution speaks.
        ("Le Kremlin, par la voix de son porte-parole Pavel Orlov, a jugé « prématuré » de parler d'un sommet.", ["Pavel Orlov"]),
    ],
)
def test_attributions_in_other_languages(text, speakers):
    assert speakers_of(text) == speakers
