"""Quote rules from the thirty-third held-out set's errors (a council meeting, a tabloid row, a sketch,
an obituary, a festival report and news in German, French, Italian, Portuguese and Dutch, scored blind:
quote+speaker F1 0.717). One invented passage each."""

from newscurate.annotate.quotes import find_quotes
from tests.annotate.quoting import speakers_of


def test_portuguese_a_before_a_role_is_the_article_not_a_stranger():
    text = (
        "BELA VISTA – A governadora Luíza Mendes Prado anunciou nesta quarta-feira um pacote de obras para a região.\n\n"
        "“Não vamos esperar a próxima enchente”, disse a governadora em entrevista. A oposição não comentou a decisão da gestão."
    )
    assert speakers_of(text) == ["Luíza Mendes Prado"]


def test_a_byline_line_is_no_part_of_the_role_on_the_next_line():
    text = (
        "« Nous tiendrons » : la ministre défend son budget\n\nPar Hélène Morin\n\n"
        "La ministre du Travail, Sophie Garnier-Blanc, a défendu mardi son budget.\n\n"
        "Dans l’entourage de la ministre, on se veut serein. « Rien ne ferme », affirme un collaborateur.\n\n"
        "Interrogée sur la grève, la ministre a ironisé : « Les mêmes réclamaient des réformes hier. »"
    )
    assert speakers_of(text)[-1] == "Sophie Garnier-Blanc"


def test_an_italian_role_with_its_field_then_the_full_name_speaks():
    text = (
        "Il sindaco Paolo Venturi ha incontrato i residenti.\n\n"
        "Il consigliere di minoranza Marco Bellandi ha ironizzato sulla visita del prefetto: «Dieci minuti e via»."
    )
    assert speakers_of(text)[-1] == "Marco Bellandi"


def test_a_german_possessive_before_a_noun_is_whose_words_follow():
    text = (
        "Die Stadt schweigt. Deutlicher wird Dr. Anja Lehmkuhl, Historikerin an der Universität. "
        "Ihr Befund fällt eindeutig aus: „Das Gebäude ist ein Denkmal der Nachkriegszeit.“"
    )
    assert speakers_of(text) == ["Anja Lehmkuhl"]


def test_a_german_separable_cue_holds_its_subject_and_its_particle():
    text = "Die Initiative gibt nicht auf. „Wir sammeln Unterschriften“, kündigte Sprecherin Jana Voigt an."
    [quote] = [q for q in find_quotes(text) if q.kind == "direct"]
    assert (quote.speaker, quote.cue) == ("Jana Voigt", "kündigte an")


def test_a_quote_the_separable_verb_follows_without_a_comma_is_a_name():
    text = "Anwohner protestierten. Die Initiative „Parkallee bleibt“ kündigte an, gegen den Plan zu klagen."
    assert [q.speaker for q in find_quotes(text) if q.kind == "direct"] == []


def test_sie_with_a_verb_in_the_singular_is_she():
    text = (
        "Viele Geflüchtete haben inzwischen Arbeit gefunden, zeigen die Zahlen der Agentur.\n\n"
        "Und Marta Kowal? Sie arbeitet jetzt in einer Kanzlei. Ihr Chef, der Anwalt Jörg Pfeiffer, habe ihr gesagt: „Bleiben Sie, so lange Sie wollen.“\n\n"
        "„Das ist nett gemeint“, sagt sie."
    )
    assert speakers_of(text) == ["Jörg Pfeiffer", "Marta Kowal"]


def test_mrs_before_a_surname_two_people_share_is_the_woman():
    text = (
        "Councillor Alan Hargreaves opposed the scheme. “It was decided in private,” he said.\n\n"
        "Joan Hargreaves, no relation, farms the land the road would cross.\n\n"
        "“This is my children’s future,” Mrs Hargreaves said."
    )
    assert speakers_of(text)[-1] == "Joan Hargreaves"


def test_where_an_unnamed_person_sits_is_part_of_their_description():
    text = "The vote passed by two. As the result was read, a man in the public gallery shouted “Resign!” and walked out."
    assert speakers_of(text) == ["a man in the public gallery"]
    text = "Talks ended early. A spokesman for the port authority would say only: “Our door remains open.”"
    assert speakers_of(text) == ["a spokesman for the port authority"]


def test_when_an_unnamed_person_spoke_is_no_part_of_their_description():
    text = "The strike goes on. A spokesman on Tuesday said the offer was “final”."
    assert speakers_of(text) == ["A spokesman"]


def test_a_person_noun_may_modify_the_next():
    text = "The chamber emptied. As members filed out, one veteran member was heard to mutter: “Never so tired.”"
    assert speakers_of(text) == ["veteran member"]


def test_a_papers_short_name_after_the_is_nobody_a_pronoun_means():
    text = (
        "Speaking to the Evening Lantern, chef Dora Quayle said she had kept silent for years. "
        "Her former boss, Rex Mallin, was unmoved.\n\n"
        "“It was a tough kitchen,” he said when the Lantern reached him. “Nobody was forced to stay,” he added."
    )
    assert speakers_of(text) == ["Rex Mallin", "Rex Mallin"]


def test_a_place_an_owner_has_is_nobody_a_pronoun_means():
    text = (
        "In her memoir, Dora Quayle describes long shifts at Rex Mallin’s Michelin-starred kitchen in the town’s Old Harbour.\n\n"
        "“He shouted at everyone,” she writes."
    )
    assert speakers_of(text) == ["Dora Quayle"]


def test_a_role_opening_the_sentence_before_with_the_name_in_apposition():
    text = (
        "Walter Pike has worked the furnace since 1970.\n\n"
        "The owner, Fiona Ledbury, is the sixth of her family to run it, and she does not hide her regret.\n\n"
        "“I ran the numbers every way,” she says."
    )
    assert speakers_of(text) == ["Fiona Ledbury"]


def test_a_role_that_first_took_up_the_person_named_before_it():
    text = (
        "At noon Margaret Ellery rose to introduce the bill.\n\n"
        "The Home Secretary looked confident. Her own benches stirred when Sir Giles Parnell, member for Upton, asked whether gardens were next.\n\n"
        "“Only the noisy ones,” the Home Secretary quipped."
    )
    assert speakers_of(text) == ["Margaret Ellery"]


def test_a_welsh_particle_belongs_to_the_surname():
    text = (
        "Then came Gethin ap Llwyd, the shadow minister.\n\n"
        "“I read it twice,” scoffed Mr ap Llwyd."
    )
    assert speakers_of(text) == ["Gethin ap Llwyd"]


def test_a_possessive_subject_named_in_apposition_after_its_role():
    text = (
        "The senator has made it his slogan.\n\n"
        "His opponent, city comptroller Dana Whitcombe, has mocked it for weeks, calling it “a slogan in search of a plan”."
    )
    assert speakers_of(text) == ["Dana Whitcombe"]


def test_a_romance_name_opening_with_its_head_is_no_person():
    text = (
        "Le film a remporté le grand prix du Festival de Saint-Merlan, devant dix-huit concurrents. "
        "La réalisatrice, Inès Carrel, a remercié son producteur.\n\n"
        "Quant à la lauréate, elle pense déjà au film suivant. « J’ai une idée », a-t-elle souri."
    )
    assert speakers_of(text) == ["Inès Carrel"]


def test_a_relative_pronoun_is_no_speaker():
    text = "Nessuna delle opzioni è compatibile con le promesse dei sostenitori, che hanno sempre assicurato che sarebbe stata «a costo zero»."
    assert "che" not in speakers_of(text)


def test_a_portuguese_verb_ends_the_name_of_the_body_before_it():
    text = (
        "A Prefeitura de Vale Claro anunciou o adiamento das aulas.\n\n"
        "Em nota, a prefeitura disse que as chuvas foram \"muito acima da média\"."
    )
    assert speakers_of(text) == ["Prefeitura de Vale Claro"]
