"""Quote rules from the thirty-seventh held-out set's errors (wire copy, a transcript, a press
release, Hansard, and news in French, German, Spanish, Italian, Portuguese, Dutch, Polish, Russian and
Ukrainian, scored blind: quote+speaker F1 0.721). One invented passage each."""

from tests.annotate.quoting import speakers_of


def test_an_italian_quote_told_by_the_next_paragraph():
    text = "La scuola ha riaperto.\n\n«Abbiamo spostato le aule in cantina».\n\nA raccontarlo è Irina Bondar, preside della scuola."
    assert speakers_of(text) == ["Irina Bondar"]


def test_a_portuguese_promise_is_whoever_the_next_paragraph_names():
    text = "A escola fechou.\n\n“Vamos abrir outra vez em setembro.”\n\nA promessa é de Marta Kovalenko, diretora da associação."
    assert speakers_of(text) == ["Marta Kovalenko"]


def test_a_polish_question_asked_by_the_next_paragraph():
    text = "Rolnicy protestują.\n\n„Kto nam za to zapłaci?”\n\nTo pytanie zadaje Janina Nowak, która prowadzi gospodarstwo."
    assert speakers_of(text) == ["Janina Nowak"]


def test_a_french_formula_summed_up_by_the_appositive_name():
    text = (
        "Le sommet s’est achevé.\n\n« Nous voulons la paix, pas une pause. »\n\n"
        "C’est par cette formule que le ministre ukrainien des affaires étrangères, Petro Savchuk, a résumé la position de Kiev."
    )
    assert speakers_of(text) == ["Petro Savchuk"]


def test_a_german_so_describes_its_subject_before_the_object():
    text = "Die Lage ist angespannt.\n\n„Niemand glaubt mehr an schnelle Lösungen.“ So beschreibt ein Diplomat eines Nachbarlandes die Stimmung in Berlin."
    assert speakers_of(text) == ["ein Diplomat eines Nachbarlandes"]


def test_the_words_were_those_of():
    text = "The debate was short.\n\n“Nobody here wants a softer line.” The words were those of Alan Pryce, the committee chairman."
    assert speakers_of(text) == ["Alan Pryce"]


def test_a_press_release_signs_its_quotes_on_a_dash_line():
    text = (
        "Ottawa announced new sanctions.\n\n“Canada stands with Ukraine.”\n\n– The Honourable Claire Boucher, Minister of Foreign Affairs\n\n"
        "“These funds keep the lights on.”\n\n– The Honourable Raj Malhotra, Minister of International Development"
    )
    assert speakers_of(text) == ["Claire Boucher", "Raj Malhotra"]


def test_an_unnamed_source_with_a_spanish_relative_clause_is_the_source():
    text = "Una fuente diplomática francesa, que pidió no ser identificada, admitió que el plan genera «mucha inquietud»."
    assert speakers_of(text) == ["Una fuente diplomática francesa"]


def test_a_portuguese_source_heard_by_a_newspaper_is_the_source_not_the_paper():
    text = "Uma fonte diplomática alemã ouvida pelo Jornal do Norte admitiu que as negociações estão “num impasse”."
    assert speakers_of(text) == ["Uma fonte diplomática alemã"]


def test_a_dutch_coordinated_verb_shares_the_first_verbs_subject():
    text = "Woordvoerder Dmitri Orlov noemde de levering ‘een provocatie’ en waarschuwde dat de toestellen ‘zullen branden’."
    assert speakers_of(text)[-1] == "Dmitri Orlov"  # (the first, a name it is called by, is a scare quote)


def test_according_to_whom_in_italian_is_the_antecedent():
    text = "È intervenuta la commissaria al commercio, Anna Berg, secondo cui le tariffe «non aiutano nessuno»."
    assert speakers_of(text) == ["Anna Berg"]


def test_a_dateline_in_capitals_is_nobody():
    text = (
        "GENEVA (Northwire) — The U.N. refugee agency said arrivals had doubled. "
        "The agency called the situation \"deeply worrying.\""
    )
    assert speakers_of(text) == ["U.N. refugee agency"]


def test_german_zu_before_a_noun_is_no_particle_of_a_name():
    text = "„Wir bleiben an der Seite der Ukraine“, sagte Ministerin Karin Vogt zu Beginn der Sitzung."
    assert speakers_of(text) == ["Karin Vogt"]
