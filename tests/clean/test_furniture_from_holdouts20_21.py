"""Page shapes session 30 taught the cleaner, from two blind cleaning sets' misses (cleaning_holdout20,
and holdout21 after its blind score of 0.954): each test is a page shape, written anew, not a page of
the sets."""

from newscurate.clean import clean_text

BODY = (
    "The regional council approved the new bus timetable on Thursday after a long debate about the night services.\n\n"
    "Passenger groups said the changes would leave the outer suburbs without a late bus for the first time in a decade.\n\n"
    "The timetable takes effect in September and will be reviewed after six months, according to the council's transport office.\n"
)
MORE = (
    "\nThe transport office said the savings would pay for two new daytime routes to the hospital and the university campus.\n\n"
    "Drivers' representatives said they had not been consulted and would raise the matter with the council's chief executive next week.\n"
)


def _rules(result) -> set[str]:
    return {removal.rule for removal in result.removals}


def test_a_paywalls_account_notices_are_not_the_article_resuming():
    raw = (
        BODY + MORE + "\nEste artículo es exclusivo para suscriptores\nSuscríbete para seguir leyendo\n"
        "Tu suscripción se está usando en otro dispositivo y solo puedes leer el diario en un dispositivo a la vez, "
        "así que la lectura en este se detendrá cuando sigas en el otro.\n"
        "Si quieres compartir tu cuenta, cambia tu suscripción a la modalidad familiar y añade otro usuario con su propia cuenta "
        "de correo, de modo que cada uno pueda guardar sus artículos y sus preferencias.\n"
        "Para poder comentar debes estar registrado y tener una suscripción activa.\n"
    )
    result = clean_text(raw)
    assert result.text.strip() == (BODY + MORE).strip()
    assert "paywall_to_end" in _rules(result)


def test_a_gallerys_caption_between_its_counter_and_the_pictures_copyright_is_a_caption():
    slides = "".join(
        f"{n} / 3\n{caption}\n© Marta Olsen for the Daily Courier\nShare\n\n{paragraph}\n\n"
        for n, (caption, paragraph) in enumerate(
            [
                ("Passengers wait at the depot on a cold morning.", "The regional council approved the new bus timetable on Thursday after a long debate about the night services."),
                ("A driver checks the route board before the first departure.", "Passenger groups said the changes would leave the outer suburbs without a late bus for the first time in a decade."),
                ("The last night bus leaves the station at midnight.", "The timetable takes effect in September and will be reviewed after six months, according to the council's transport office."),
            ],
            start=1,
        )
    )
    result = clean_text(slides)
    assert result.text.strip() == BODY.strip()
    assert "The last night bus leaves the station at midnight." in result.captions


def test_a_fact_checkers_legend_partnership_and_appeals_leave_the_body():
    raw = (
        BODY + "\nHow we rate claims\n"
        "TRUE: The claim is accurate and nothing important is missing.\n"
        "MISLEADING: The claim holds some truth but leaves a false impression.\n"
        "FALSE: The claim is wrong.\n\n"
        "Was this fact check useful?\n\n"
        "Spotted a claim we should check? Send it to us.\n\n"
        "The Courier is a signatory of the International Fact-Checking Network’s Code of Principles and of the European Fact-Checking Charter.\n\n"
        "This article is part of our work with an independent fact-checking programme.\n"
    )
    result = clean_text(raw)
    assert result.text.strip() == BODY.strip()
    assert "rating_scale" in _rules(result)


def test_a_transcripts_speaker_labels_are_no_rating_scale():
    raw = (
        "Fares row: the minister's radio interview\n\n"
        "HOST: The claim is that fares will fall. Is that right?\n\n"
        "MINISTER: The claim is fair. Fares fall in September for everyone under 25.\n\n"
        "HOST: The claim from the opposition is that the night buses go.\n\n"
        "MINISTER: The claim is wrong, and I have said so in the chamber twice this month.\n"
    )
    assert clean_text(raw).text.strip() == raw.split("\n\n", 1)[1].strip()


def test_entities_for_invisible_characters_and_odd_spaces_go_like_the_characters():
    raw = (
        "Bus timetable approved\n\n"
        "The Regional&shy;direktion said&nbsp;on Thursday that the night&#8203;buses would run again from September.\n"
    )
    assert clean_text(raw).text == "The Regionaldirektion said on Thursday that the nightbuses would run again from September."
