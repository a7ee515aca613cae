"""Speaker rules read in isolation (the quote tests cover them through whole texts)."""

import pytest

from newscurate.annotate.quotes import find_quotes
from newscurate.annotate.speakers import clean_name, gender_hint


@pytest.mark.parametrize(
    ("before", "name", "gender"),
    [
        ("After a long week in Brussels, the spokeswoman ", "Anna Berg", "f"),
        ("Au terme d'une longue journée, la ministre ", "Claire Dubois", "f"),
        ("Nach der Sitzung sagte die Moderatorin ", "Ulrike Hahn", "f"),
        ("It was late when her brother, the businessman, ", "Tom Reed", "m"),
        ("Le ministre de la ville ", "Paul Martin", None),
        ("A woman in the crowd spoke to the director ", "Sam Lee", None),
    ],
)
def test_gender_hint_reads_the_role_right_before_a_name(before, name, gender):
    text = before + name + " said it would take years."
    assert gender_hint(name, text, len(before)) == gender


def test_second_part_of_a_quote_split_by_an_inverted_cue_keeps_the_speaker():
    text = "Jonas Brandt war zufrieden. „Das reicht“, sagte er, „für dieses Jahr.“"
    assert [q.speaker for q in find_quotes(text)] == ["Jonas Brandt", "Jonas Brandt"]


def test_a_coordinated_cue_takes_the_subject_of_the_first_verb():
    text = (
        "Lena Fischer met the mayor. Her deputy, Tom Reid, called the plan “a waste of public money” "
        "at a hearing, and said the council would be judged “harshly”."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Tom Reid", "Tom Reid"]


def speakers_of(text):
    return [q.speaker for q in find_quotes(text) if q.kind == "direct"]


def test_dotted_acronyms_and_acronyms_before_titles_are_no_names():
    text = (
        "U.S. Secretary of State Karen Wells flew in on Monday. Omar Haddad said a meeting with the "
        "U.S. envoy was possible. “Nothing is agreed,” he said."
    )
    assert speakers_of(text) == ["Omar Haddad"]
    assert clean_name("NATO Secretary General Lars Holm") == "Lars Holm"
    assert clean_name("U.S. President Dana Cole") == "Dana Cole"


def test_a_pronoun_prefers_the_subject_to_a_person_inside_a_clause():
    text = (
        "Ivan Sirko declined to say whether President Taras Bulba would attend. Asked about the draft, "
        "he said: “I have not seen it.”"
    )
    assert speakers_of(text) == ["Ivan Sirko"]


def test_a_description_skips_earlier_mentions_of_itself_and_names_after_them():
    text = (
        "A senior Nordic diplomat said the gap was wide.\n\n"
        "According to the diplomat, Norway will not move on fishing quotas.\n\n"
        "“We are far apart,” the diplomat said."
    )
    assert speakers_of(text) == ["A senior Nordic diplomat"]


def test_a_clause_between_subject_and_cue_sends_the_cue_back_to_the_reporting_verb():
    assert speakers_of("Mira Holt said she wanted it agreed “before the winter, not after it”.") == ["Mira Holt"]


def test_a_cue_in_a_new_clause_after_a_quote_does_not_take_it():
    text = "Leaders agreed on a target, in what Minister Jan Kolar called “a turning point” for the region, but the final statement said little."
    assert speakers_of(text) == ["Jan Kolar"]


def test_a_name_after_a_possessive_is_no_subject_and_a_bloc_no_person():
    text = "Petr Novak, whose Civic Bloc won seats, said the count was unfair.\n\n“They used every trick,” he told reporters."
    assert speakers_of(text) == ["Petr Novak"]


def test_german_nouns_particles_and_impersonal_cues():
    text = (
        "An der Straße protestierten Hunderte. Das Finanzministerium erklärte am Abend, man rechne mit Mehreinnahmen. "
        "„Das ist machbar“, hieß es aus dem Ministerium.\n\n"
        "Eine Umfrage ergab, dass eine Mehrheit der Deutschen zustimmt. Minister Karl Brandt blieb ruhig. "
        "„Am Ende“, sagte er, „zählt das Ergebnis.“\n\n"
        "Man sei zufrieden, sagte die Grünen-Abgeordnete Ida Lenz der Deutschen Presse-Agentur. „Aber es reicht nicht.“"
    )
    assert speakers_of(text) == ["Finanzministerium", "Karl Brandt", "Karl Brandt", "Ida Lenz"]


def test_the_subject_of_a_participle_cue_looks_through_a_role_to_the_name():
    text = (
        "The European Commission president, Ursula von der Leyen, congratulated the winner, writing that "
        "voters had “chosen a future in Europe”."
    )
    opening = "This week, Chile's newly elected President Ana Soto met the envoy, calling him “an old friend”."
    assert speakers_of(text) == ["Ursula von der Leyen"] and speakers_of(opening) == ["Ana Soto"]
    assert clean_name("Chile's Foreign Minister Luis Vera") == "Luis Vera"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("A senior official involved in the talks put it plainly: “We are close.”", "A senior official"),
        ("The governor of a northern region recently complained that firms were “choking”.", "governor of a northern region"),
        ("«No cederemos», advirtió un alto funcionario de un país vecino que pidió no ser identificado.", "un alto funcionario de un país vecino"),
    ],
)
def test_descriptions_end_before_participles_adverbs_and_relative_clauses(text, mention):
    [quote] = find_quotes(text)
    assert quote.speaker_mention.removeprefix("The ") == mention


def test_a_spanish_verb_of_qualifying_reports_its_subject():
    assert speakers_of("La oposición calificó la ley de «una trampa para los votantes».") == ["oposición"]


def test_an_age_and_a_role_between_a_name_and_its_cue():
    text = "Sur la place, Marie Dubois, 52 ans, infirmière, résume : « Nous attendons encore. »"
    assert speakers_of(text) == ["Marie Dubois"]


def test_slavic_names_in_an_oblique_case_are_no_subjects():
    text = "Президент Петро Коваль подякував Об’єднаним Арабським Еміратам і додав, що країна «не забуде нікого з полонених»."
    assert speakers_of(text) == ["Петро Коваль"]


def test_a_first_name_introduced_with_an_age_or_as_a_relative_is_a_person():
    age = "Mark Stone runs the shop. Tom, 24, a welder, said little. “It was cold every night,” he said."
    relative = "Ivan Petrov said the vote was fair.\n\nHis wife, Olga, was less sure. “We will see what happens,” she said."
    assert speakers_of(age) == ["Tom"] and speakers_of(relative) == ["Olga"]


def test_a_first_name_shares_the_surname_it_is_coordinated_with():
    text = "Lena and Marko Sokol opened a café in Gdansk. “Coffee comes first here,” Lena says."
    assert speakers_of(text) == ["Lena Sokol"]


def test_romance_descriptions_have_their_noun_before_the_adjective():
    text = (
        "Emma Rossi a réuni les dirigeants européens.\n\n"
        "À l’issue de la réunion, la présidente italienne a affirmé que l’accord tiendrait « quoi qu’il arrive demain »."
    )
    assert speakers_of(text) == ["Emma Rossi"]


def test_an_interviewee_quoting_the_minister_is_not_the_minister():
    text = (
        "Anna Kovac chairs the committee on transport.\n\nQ: Why so many hearings?\n\n"
        "A: The minister told me last week: “You talk too much.” I told him that is the job.\n\n"
        "Q: And the budget?\n\nA: Late, as every year."
    )
    assert speakers_of(text) == ["minister"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "У Міністерстві освіти відповіли, що перевірка триває. «Результати будуть у п’ятницю», — повідомили у відомстві.",
            "Міністерство освіти",
        ),
        ("В прокуратуре сообщили о проверке. «Виновные ответят по закону», — говорится в заявлении ведомства.", "прокуратура"),
        ("«Усі вони зараз на обстеженні», — повідомили у Координаційному штабі.", "Координаційний штаб"),
    ],
)
def test_an_office_a_plural_verb_speaks_for_is_named_in_the_nominative(text, speaker):
    assert speakers_of(text) == [speaker]


def test_a_lead_describing_its_speaker_before_naming_them_takes_the_name_that_follows():
    text = (
        "The Finnish ambassador told the council on Monday that talks were “stuck in the mud for now”.\n\n"
        "Anna Virta, who took up the post in May, later met reporters."
    )
    assert speakers_of(text) == ["Anna Virta"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Polish cues, a dash incise inside „…”, and a possessive pronoun before 'zdaniem'.
        (
            "Marta Zielińska zabrała głos. „Ten plan jest drogi – powiedziała Zielińska. – Kto za to zapłaci?” "
            "Jej zdaniem budżet „nie wytrzyma takiego obciążenia”.",
            ["Marta Zielińska", "Marta Zielińska", "Marta Zielińska"],
        ),
        # A genitive after 'według' / 'по словам' is put in the nominative.
        ("Jan Borowski mówił długo. Według Borowskiego ceny „spadną w przyszłym roku”.", ["Jan Borowski"]),
        ("По словам экономиста Игоря Петрова, цены «снизятся к весне».", ["Игорь Петров"]),
        # An Italian dash incise and an adverb inside the perfect.
        ("«Non cederemo — ha detto Carla Neri in aula — su questo punto.» Ha poi aggiunto: «Mai.»", ["Carla Neri", "Carla Neri", "Carla Neri"]),
        # 'Name of Place' and a reflexive after the name.
        ("Senator Dale Porter of Ohio said the deal was “a good start”.", ["Dale Porter"]),
        ("Governor Ruth Ames herself wrote that the cuts were “not on the table”.", ["Ruth Ames"]),
        # An abbreviated title inside the subject ends no sentence.
        ('"We have the votes," Sen. Mark Hollis, a Vermont Democrat who wrote the bill, told reporters.', ["Mark Hollis"]),
        # A title inside a run: what comes before it is no part of the name.
        ("Senate Majority Leader Paula Vance spoke first. Later, the bill passed the Senate. “It is done,” she said.", ["Paula Vance"]),
        # A place ending a list after a preposition is no antecedent.
        ("Nina Kowal works with Warsaw, Vilnius and Tallinn. “Every call matters,” she says.", ["Nina Kowal"]),
        # 'He pauses, then adds:' is the pronoun's.
        ("Omar Haddad looks out of the window. He pauses, then adds: “We will rebuild.”", ["Omar Haddad"]),
        # The company named in the sentence before, or right after the description.
        ('The rail operator, Nordline, cancelled trains. "Safety comes first," the company said.', ["Nordline"]),
        ('The state energy company Voltex restored power. "Crews worked all night," the company said.', ["Voltex"]),
        # An indefinite introduction stays unnamed.
        ('Rita Olsen spoke first. A Treasury Department spokesperson said talks went on. "We are close," the spokesperson said.', ["A Treasury Department spokesperson"]),
        # Inverted after 'как', German verb-second after an adverbial, 'Laut X' before its clause.
        ("Переговоры, как сообщил источник, «идут медленно».", ["источник"]),
        ("In Wien sagte Ministerin Eva Brunner, der Plan sei »vernünftig«.", ["Eva Brunner"]),
        ("Laut Brunner würde Wien solche Pläne als »realistisch und fair« ansehen. Eva Brunner lehnte ab.", ["Eva Brunner"]),
        # 'in X's words', and a relative clause's antecedent.
        ("Ivo Marek warned of delays. The deal, in Marek's words, is “a house built on sand”.", ["Ivo Marek"]),
        ("Nothing was said by the Dutch cabinet, which told reporters that “every option remains open”.", ["Dutch cabinet"]),
        # A clause reported after 'adding that' keeps the reporting subject.
        ("“Not yet,” the council chair, Lea Moreau, said, adding that members had asked staff to “draft options”.", ["Lea Moreau", "Lea Moreau"]),
        # An adverbial opening a colon-introduced sentence; an Italian article before a name.
        ("A Vienna, il sindaco della città, Paolo Greco, ha risposto: «Siamo pronti a tutto.»", ["Paolo Greco"]),
        ("Il Quirinale: «Nessun commento.»", ["Quirinale"]),
        # A German noun phrase with 'von der' is no person.
        ("Der Botschafter Pavel Novak verfolgte die Sitzung von der Tribüne. »Wir warten«, sagte er.", ["Pavel Novak"]),
    ],
)
def test_round_two_patterns(text, speakers):
    assert speakers_of(text) == speakers


def test_a_headline_quote_takes_the_speaker_of_the_same_words_below():
    text = "‘We are not there yet’: talks stall\n\nThe talks stalled again. “We are not there yet,” the envoy, Kai Lund, told reporters."
    assert [q.speaker for q in find_quotes(text)] == ["Kai Lund", "Kai Lund"]


def test_a_name_after_a_preposition_introduced_by_a_relative_clause_is_an_antecedent():
    text = (
        "Karen Doyle opened the debate. Then came a reply from the lawyer Lucy Hart, whose farm borders the base. "
        "“We were never asked,” she said."
    )
    assert speakers_of(text) == ["Lucy Hart"]


def test_so_called_before_a_short_quote_makes_a_term_whatever_the_cue():
    text = "Lo ha ribadito ieri il ministro Carlo Bassi, dopo il vertice dei cosiddetti «pragmatici» a Vienna."
    assert [q.kind for q in find_quotes(text)] == ["scare"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A definite description of a person refers back to the person last named, its gender respected.
        (
            "Oskar Lind, 71, a retired ferry captain, still rises at five. Ruth Ek runs the kiosk. "
            "Lind tidies the pier. “The sea is patient,” the 71-year-old said.",
            ["Oskar Lind"],
        ),
        (
            "Pavel Dvorak fixes radios. Next to him, Irena, 40, sells bread. "
            "“We open when the power does,” said the mother of two.",
            ["Irena"],
        ),
        (
            "Senator Paula Grant met farmers on Monday. The Iowa Republican is drafting a bill. "
            "“It will pass,” she said.",
            ["Paula Grant"],
        ),
        # An indefinite description is someone new: the whole description, without a numeral.
        (
            "Prices jumped again. “Nobody trusts the forecasts,” said one Oslo-based fuel broker.",
            ["Oslo-based fuel broker"],
        ),
        (
            "Crews worked all night. One of our crane operators, a man of 60, told me: “I will stay.”",
            ["crane operator"],
        ),
    ],
)
def test_nominal_anaphora_and_new_unnamed_speakers(text, speakers):
    assert speakers_of(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A statement speaks for whoever issued it; an office keeps where it is.
        (
            "The Malmo District Court jailed a trader on Friday. The court said in a statement that "
            "the fraud was deliberate. “The damage was large,” the statement said.",
            ["Malmo District Court"],
        ),
        (
            "The Turkish consulate in Lyon said its staff had “followed every rule”.",
            ["Turkish consulate in Lyon"],
        ),
        # A word that opens an organisation's name is that organisation.
        (
            "Shares in Norvik Power fell. “Costs rose,” Norvik said in a filing.",
            ["Norvik Power"],
        ),
        # 'the company' with no fuller phrase is the organisation quoted last.
        (
            "El operador de la red, Redegás, indicó que el sistema está «listo para el invierno». "
            "«Tenemos reservas suficientes para tres meses», añadió la empresa.",
            ["Redegás", "Redegás"],
        ),
        # French titles keep the surname; a possessive opening a sentence is no name.
        (
            "Le ministre, Paul-Henri Vasseur, a parlé jeudi. « Nous tiendrons bon, a déclaré M. Vasseur "
            "devant la presse. Il le faut. »",
            ["Paul-Henri Vasseur", "Paul-Henri Vasseur"],
        ),
        (
            "Une étude paraît demain. Son auteur, le sociologue Marc Delaunay, prévient : « Rien ne changera vite. »",
            ["Marc Delaunay"],
        ),
        # A passive verb reports nothing its subject said.
        (
            "Some ministers were accused of 'dodging the vote' by the press. Lena Roth accused them of "
            "“playing for time”.",
            ["Lena Roth"],
        ),
    ],
)
def test_institutions_documents_and_titles(text, speakers):
    assert speakers_of(text) == speakers


def test_a_headline_label_in_a_live_blog_is_the_entry_speaker():
    text = (
        "Key events\nRain delays the count\nMoreno: ‘We will wait for every vote’\n\n"
        "09:10\nMayor Clara Moreno spoke early. “We will wait for every vote, however long it takes,” Moreno told reporters."
    )
    assert speakers_of(text) == ["Clara Moreno", "Clara Moreno"]


def test_a_role_and_the_office_it_serves_in_russian_resolve_to_the_person():
    text = (
        "Официальный представитель Кремля Дмитрий Песков ответил журналистам. "
        "«Мы изучим предложение», — добавил представитель Кремля."
    )
    assert speakers_of(text) == ["Дмитрий Песков"]
    assert clean_name("Речник Кремля Дмитро Пєсков") == "Дмитро Пєсков"
    assert clean_name("ЄС Кая Каллас") == "Кая Каллас"
    assert clean_name("Chief Financial Officer Marek Novak") == "Marek Novak"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # An unnamed speaker keeps an adjective's complement; a place after the noun is no part of it.
        ("An engineer familiar with the repair schedule said crews would need “at least a week”.", ["an engineer familiar with the repair schedule"]),
        # A colon ends the clause before the subject, and 'used to' is no part of it.
        ("On the budget: the Dutch finance minister said the plan was “not affordable”.", ["Dutch finance minister"]),
        # A subject after 'as' opens its own clause; a headline's bare role is whoever the report introduces so.
        (
            "Council backs new tram line as mayor warns of “a long winter ahead”\n\n"
            "The city council approved the line on Monday. The mayor, Teresa Lind, spoke after the vote.",
            ["Teresa Lind"],
        ),
        # A description repeated, then the name: the antecedent of 'the Green MP'.
        (
            "The Green MP Hanna Voss opened the debate. Later the Labour MP Owen Price spoke. "
            "“Where is the money?” asked the Green MP.",
            ["Hanna Voss"],
        ),
        # 'Assistant Secretary of State' is a title; an adverb before the verb is no subject.
        ("The witness, Assistant Secretary of State Lara Quinn, twice said the funds were “on their way”.", ["Lara Quinn"]),
        # A name set off by commas right before the verb; a relative named after 'His'.
        ("A ferry captain who gave only his first name, Tomas, said the sea was rough. “We sail anyway,” he said.", ["Tomas"]),
        # Plural roles are a group, not the last person named.
        ("Rosa Lind chaired the meeting. The EU energy ministers said supplies were “secure for the winter”.", ["EU energy ministers"]),
        # 'read as' interprets, it does not report: the quote stays with the verb's sentence.
        ("Mira Holt said the offer was “late but welcome”, a phrase analysts read as a softening.", ["Mira Holt"]),
        # A name in the sentence that attributes the last quote is no new speaker of the next.
        (
            "Jonas Berg sat in the kitchen. “The harbour was my life,” he said in the flat he shares with his wife, Ilse Berg. "
            "“Now it is gone.”",
            ["Jonas Berg", "Jonas Berg"],
        ),
        # Relatives share a surname: alone, it is the person introduced first; a middle name is the same person.
        (
            "Pavel Dudek ran the mill for years. His son, Marek Dudek, now runs it. Pavel Ivanovych Dudek was born in 1950. "
            "“Wood does not lie,” Dudek said.",
            ["Pavel Dudek"],
        ),
        # 'in X's words' is nearer the quote than an earlier cue's subject.
        ("Anya Kral spoke first. The board asked staff to bring, in Anya's words, “ideas, not complaints”.", ["Anya Kral"]),
        # A document named after an organisation's first word speaks for the organisation.
        ("Officials cited the Baltic Energy Council on Monday. The Baltic report calls the plan “too slow”.", ["Baltic Energy Council"]),
    ],
)
def test_round_five_patterns(text, speakers):
    assert speakers_of(text) == speakers


def test_first_person_and_relatives_in_an_interview_answer_are_the_interviewee():
    text = (
        "Interview: the harbour master\n\nJana Vik has run the port of Tromsholm since 2019.\n\n"
        "How was the winter?\n\nHard. What I tell my crews is simple: “Check the ice twice.”\n\n"
        "Do you plan to stay?\n\nYes. My own brother says, “You will die on that pier.” He may be right."
    )
    quotes = [q for q in find_quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in quotes] == ["Jana Vik", "Jana Vik's brother"]


def test_transcript_labels_in_capitals_resolve_to_the_guest_the_host_introduces():
    text = (
        "Podcast: \"Harbour Talk\", episode 4\n\n"
        "HOST: Welcome. My guest today is Jana Vik, who runs a port. Jana, how was the winter?\n\n"
        "VIK: Hard. The ice came early.\n\n"
        "HOST: And the ships?\n\n"
        "VIK: Fewer than last year. My grandmother used to say, \"The sea keeps its own calendar.\""
    )
    quotes = find_quotes(text)
    answers = [q for q in quotes if q.kind == "interview_answer"]
    assert {q.speaker for q in answers} == {"Jana Vik"}
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Jana Vik's grandmother"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A possessive subject with a described full name after it, then a colon.
        ("Lena Hoff found work in a bakery. Her boss, the baker Emil Strand, told her: “Stay as long as you like.”", ["Emil Strand"]),
        # 'They' after 'Many of the drivers …' are the drivers.
        ("Many of the drivers left in the spring. They ask the union, “Is the road open?”", ["the drivers"]),
    ],
)
def test_described_appositives_and_groups_named_by_a_part(text, speakers):
    assert speakers_of(text) == speakers


def test_a_pronoun_after_a_relative_the_interviewee_names_is_that_relative():
    text = (
        "Interview: the harbour master\n\nJana Vik has run the port of Tromsholm since 2019.\n\n"
        "Why this job?\n\nMy mother was a pilot here. She used to say, “The sea keeps its own calendar.”\n\n"
        "And now?\n\nNow I keep the calendar."
    )
    assert speakers_of(text) == ["Jana Vik's mother"]
