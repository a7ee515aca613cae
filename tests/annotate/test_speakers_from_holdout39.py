"""Quote rules from the thirty-ninth held-out set's errors (wire copy, a committee report, a feature,
a Q&A with two guests, and news in German, French, Italian, Spanish, Portuguese, Dutch, Polish,
Russian and Ukrainian, scored blind: quote+speaker F1 0.756). One invented passage each, and what
each rule must leave alone."""

from tests.annotate.quoting import speakers_of

# German rules only apply to a text that reads as German: a few of its function words.
_GERMAN_LEAD = "Der Stadtrat hat am Montag über den Haushalt der Stadt und die Schulden beraten, aber nicht entschieden. Die Opposition und der Bürgermeister stritten lange. "


def test_a_german_role_after_the_cue_is_the_subject_whatever_noun_follows():
    text = _GERMAN_LEAD + "Gesundheitsministerin Petra Lang sprach zuletzt. „Wir sparen nicht an Kliniken“, sagte die Ministerin unter dem Applaus der Regierungsparteien."
    assert speakers_of(text) == ["Petra Lang"]
    text = _GERMAN_LEAD + "Gesundheitsministerin Petra Lang sprach zuletzt. „Wir sparen nicht an Kliniken“, sagte die Ministerin am Abend."
    assert speakers_of(text) == ["Petra Lang"]


def test_a_german_office_in_the_genitive_is_named_in_the_nominative_or_as_the_compound_named_last():
    text = _GERMAN_LEAD + "Ein Sprecher des Umweltministeriums betonte, die Pläne seien „vorläufig“."
    assert speakers_of(text) == ["Umweltministerium"]
    text = _GERMAN_LEAD + "Laut Landesinnenministerium ist die Lage ruhig. Ein Sprecher des Ministeriums sagte, man sei „gut vorbereitet“."
    assert speakers_of(text)[-1] == "Landesinnenministerium"


def test_a_german_pronoun_after_the_verb_in_second_place():
    text = _GERMAN_LEAD + "Eine der Betroffenen ist Jana Roth. Am Dienstag schrieb sie auf Mastodon: »Mein Vertrag endet im Mai.«"
    assert speakers_of(text) == ["Jana Roth"]
    # With no cue among the words: 'rechnet er vor', the pronoun after the verb.
    text = _GERMAN_LEAD + "Karl Wendt leitet das Labor seit elf Jahren. Vier Techniker arbeiten bei ihm. Im Gespräch in seinem Büro, zwischen Akten, rechnet er vor, was das bedeutet:\n\n»Ohne die Mittel schließen wir im Herbst.«"
    assert speakers_of(text) == ["Karl Wendt"]


def test_a_german_feminine_organisation_is_she_in_the_next_sentence_unless_reported():
    text = _GERMAN_LEAD + "Gesundheitsministerin Petra Lang wies das zurück. Die Gewerkschaft Pflege und Gesundheit (GPG) sieht das anders. Sie nannte die Pläne »einen Affront«."
    assert speakers_of(text) == ["Gewerkschaft Pflege und Gesundheit"]
    # 'Die Regierung habe …' is what the minister reports: 'sie' stays the minister.
    text = _GERMAN_LEAD + "Gesundheitsministerin Petra Lang wies das zurück. Die Bundesregierung habe genug getan. An die Opposition gewandt sagte sie: „Sie haben nichts vorgelegt.“"
    assert speakers_of(text) == ["Petra Lang"]


def test_an_appositive_name_after_a_german_possessive_role():
    text = _GERMAN_LEAD + "Auch der Städtetag warnt. Dessen Präsidentin, Erika Vogt, sieht eine Gefahr: »Die Kommunen sind am Limit.«"
    assert speakers_of(text) == ["Erika Vogt"]


def test_a_romance_office_and_its_field_before_the_name_and_a_coordinated_verb():
    text = "El consejero de Educación de la Junta de Andalucía, Pablo Ortega, replicó por la tarde.\n\n«No firmaremos nada», afirmó el consejero."
    assert speakers_of(text) == ["Pablo Ortega"]
    text = "La ministra habló primero. Ortega aseguró que irá «con buena fe», aunque advirtió de que su gobierno «no cederá»."
    assert speakers_of(text) == ["Ortega", "Ortega"]


def test_italian_organisations_named_in_small_letters_and_taken_up_by_their_noun():
    text = "La Federazione nazionale autonoma (Fna) ha proclamato uno sciopero. In una nota, l'organizzazione ha definito il decreto «un passo indietro»."
    assert speakers_of(text) == ["Federazione nazionale autonoma"]
    text = "Un rapporto dell'Istituto nazionale di statistica, diffuso ieri, definisce la ripresa «fragile»."
    assert speakers_of(text) == ["Istituto nazionale di statistica"]
    text = "Da Roma, un portavoce della Protezione civile ha fatto sapere che l'allerta resterà «per tutta la notte»."
    assert speakers_of(text) == ["Protezione civile"]


def test_a_portuguese_head_noun_takes_up_the_body_named_before():
    text = "O Tribunal Regional Federal da Bahia (TRF-BA) recebeu os recursos. Em nota, o tribunal afirmou que os prazos serão cumpridos “com rigor”. Ele não deu datas, e também não é o único a ser ouvido."
    assert speakers_of(text) == ["Tribunal Regional Federal da Bahia"]


def test_a_phrase_before_the_verb_is_no_subject_in_a_language_that_drops_it():
    text = "Wiceminister rolnictwa Litwy Jonas Petraitis ocenił, że blokada szkodzi obu stronom. W rozmowie z Polskim Radiem podkreślił, że import stanowi „mały ułamek” rynku."
    assert speakers_of(text) == ["Jonas Petraitis"]
    text = "A candidata Helena Silva, por sua vez, disse que venceu o debate. Em publicação no Facebook logo depois, escreveu: “A cidade vai decidir.”"
    assert speakers_of(text) == ["Helena Silva"]
    # The phrase's object is no subject where the subject follows: 'In Kyiv the minister said'.
    assert speakers_of("In Kyiv the minister said the talks were “useful”.") == ["minister"]


def test_polish_bodies_after_wedlug_and_a_spokesperson_are_named_in_the_nominative():
    assert speakers_of("Według Straży Miejskiej sytuacja jest „pod kontrolą”.") == ["Straż Miejska"]
    assert speakers_of("Rzecznik Komisji Europejskiej powiedział, że Komisja „monitoruje sytuację”.") == ["Komisja Europejska"]


def test_a_second_guest_labelled_by_surname_in_a_two_guest_interview():
    text = (
        "We asked two people to talk it through: Dr. Maya Fernandes, a hydrologist, and Tom Ridley, a former Senate aide.\n\n"
        "Q: Maya, how bad are the cuts?\n\nFernandes: They are deep. Three programmes close this year.\n\n"
        "Ridley: I would not go that far. Bills change.\n\nQ: Tom, what changed in Congress?\n\n"
        "Ridley: Everything became partisan, even the rain.\n\nFernandes: And the rain does not care."
    )
    assert speakers_of(text) == ["Maya Fernandes", "Tom Ridley", "Tom Ridley", "Maya Fernandes"]
