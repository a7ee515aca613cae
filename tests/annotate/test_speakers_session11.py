"""Quote rules from session 11's reading of the held-out sets' remaining speaker errors. Invented
passages, one pattern each."""

import pytest

from tests.annotate.quoting import speakers_of


@pytest.mark.parametrize("first_name", ["Tamba", "Narendra", "Hamza", "Pekka", "Takuya", "Raila"])
def test_a_mans_name_ending_in_a_is_no_woman_for_he(first_name):
    text = (
        "Asim Raza, the envoy of Pakistan, struck a cautious note.\n\n"
        f"The envoy of the African group, {first_name} Conteh, said prices had soared. "
        "“Africa did not choose this war, but Africa is paying for it,” he said."
    )
    assert speakers_of(text) == [f"{first_name} Conteh"]


def test_a_woman_whose_name_ends_in_a_is_still_she():
    text = "Ivan Petrov spoke first.\n\nOlena Kovalenko, a nurse, listened. “We are tired,” she said."
    assert speakers_of(text) == ["Olena Kovalenko"]


def test_a_person_introduced_after_a_preposition_then_described_is_the_pronouns_antecedent():
    text = (
        "Edmund Carrow argued for a deal.\n\n"
        "When I put the remark to Oleksandra Movchan, an opposition member of parliament, she laughed. "
        "“Insurance? We are the ones paying the premium,” she said."
    )
    assert speakers_of(text) == ["Oleksandra Movchan"]


def test_whom_a_preposition_names_without_a_description_stays_no_antecedent():
    text = "Edmund Carrow wrote to Oleksandra Movchan last week. “We need an answer,” he said."
    assert speakers_of(text) == ["Edmund Carrow"]


@pytest.mark.parametrize("verb", ["assured", "reiterated", "underscored", "affirmed", "contended"])
def test_more_english_reporting_verbs_name_their_subject(verb):
    text = f"Krzysztof Wrona welcomed it.\n\nThe Russian Embassy in Paris {verb} that Moscow had “no intention of attacking any NATO country”."
    assert speakers_of(text) == ["Russian Embassy in Paris"]


@pytest.mark.parametrize(
    "after",
    [
        "Those were the words of Yael Mizrahi, whose brother is missing.",
        "That was the assessment on Sunday of Yael Mizrahi, a UN coordinator.",
        "The description came from Dr. Yael Mizrahi, a surgeon in the city.",
        "\n\nThe cautious note came from Yael Mizrahi, who asked not to be quoted further.",
    ],
)
def test_words_first_and_their_speaker_named_in_the_next_sentence(after):
    text = f"Omar Said spoke first. “We have talked enough.”\n\n“Every day they talk, and every day my brother is still underground.” {after}".replace(" \n\n", "\n\n")
    assert speakers_of(text)[-1] == "Yael Mizrahi"


def test_a_statement_read_by_an_organisation_named_after_the_words():
    text = (
        "Hamas said it was ready. “We are ready,” Hamas said in a statement.\n\n"
        "“Israel will not agree to any arrangement that leaves Hamas in power.” So read a statement issued hours later "
        "by the Israeli Prime Minister’s Office, which added that talks would go on."
    )
    assert speakers_of(text)[-1] == "Israeli Prime Minister’s Office"


def test_a_quote_inside_a_sentence_is_not_attributed_forward():
    text = "Omar Said spoke. He said the deal was “a disgrace to everyone who fought for this country” at the time. Those were the words of his critics too."
    assert speakers_of(text) == ["Omar Said"]


def test_a_show_title_with_its_comma_inside_the_marks_does_not_hide_the_subject():
    text = 'Democrats objected. Sen. Patricia Lund (D-Minn.), speaking on CNN\'s "State of the Union," said the GOP was "holding a gun to the economy\'s head."'
    assert speakers_of(text) == ["Patricia Lund"]


def test_the_subject_of_a_clause_after_after():
    text = 'The testimony came a day after President Harlan Caldwell called Ahern "a stubborn bureaucrat who is costing America a fortune" in a post.'
    assert speakers_of(text) == ["Harlan Caldwell"]


def test_a_place_between_while_and_the_subject():
    text = (
        "In Washington, the US State Department described the veto as ‘a stain on Russia’s record’, while in Brussels "
        "the European Commission announced €40m in aid, saying the EU ‘will not look away’ from the crisis."
    )
    assert speakers_of(text) == ["US State Department", "European Commission"]


def test_an_organisation_after_its_kind_is_no_one_she_can_be():
    text = (
        "Polly Amankwah, the chief executive of the charity Homes First, said more children were in need. "
        "‘Every month of delay is another month,’ she said."
    )
    assert speakers_of(text) == ["Polly Amankwah"]


def test_a_full_name_in_an_appositive_with_where_they_work():
    text = (
        "Elise Marchand spoke first.\n\nMarchand’s oncologist, Dr. Anjali Rao of the University of Vermont Medical Center, "
        "said in a statement that the prognosis was “encouraging” and that treatment would last six months."
    )
    assert speakers_of(text) == ["Anjali Rao"]


def test_another_unnamed_source_keeps_its_whole_description():
    text = 'Vallender spoke. Another person familiar with the conversations described the offer as "a sweetener, not a solution."'
    assert speakers_of(text)[0].casefold() == "another person familiar with the conversations"


def test_the_definite_description_takes_up_an_unnamed_source_just_mentioned():
    text = (
        "State Sen. Loretta Vance said she would ask for hearings. “This is a scandal,” Vance said.\n\n"
        "A complaint has been filed, according to an official in the attorney general’s office. The official, who spoke on "
        "condition of anonymity, said: “We are aware of the allegations.”"
    )
    assert speakers_of(text) == ["Loretta Vance", "an official in the attorney general’s office"]


def test_an_unnamed_source_given_a_name_is_known_by_it():
    text = "Vance spoke. An official, Mark Dunn, confirmed a complaint. The official said: “We are aware of the allegations.”"
    assert speakers_of(text) == ["Mark Dunn"]


def test_a_definite_plural_of_things_is_no_they_that_speaks():
    text = (
        "Jordan Ellery spoke about roads.\n\nOn tariffs, the roles reversed. Ellery, who films videos beside potholes, "
        'pitched an idea. "Fix the roads with a gas tax. It works," they said.'
    )
    assert speakers_of(text) == ["Jordan Ellery"]


@pytest.mark.parametrize("headline", ["", "Former Aide Testifies She Carried Cash\n\n"])
def test_a_leads_unnamed_subject_named_where_the_next_paragraph_takes_the_description_up(headline):
    text = (
        f"{headline}NEWARK - A former aide to ex-Deputy Mayor Vincent Castellano testified on Tuesday that she had carried "
        'cash, telling jurors that she had "never once asked what was inside, because I already knew."\n\n'
        "The aide, Rosa Delgado, 41, was the most anticipated witness."
    )
    assert speakers_of(text) == ["Rosa Delgado"]


def test_a_place_name_modifying_the_role_of_an_unnamed_source_is_no_speaker():
    text = 'State party leaders are neutral. A veteran Ohio operative, more bluntly: "Fenwick has momentum, Whitlow has money."'
    assert speakers_of(text)[0].casefold() == "a veteran ohio operative"


def test_german_nouns_around_an_article_are_no_ones_name():
    text = (
        "BERLIN — Der Bundestag hat am Donnerstag nach einer hitzigen Debatte das Gesetz beschlossen, und die Union "
        "stimmte nicht dagegen. Der Streit um die Kosten ist nicht beendet, und der Etat ist nicht gedeckt.\n\n"
        "„Die Bedrohung ist real“, sagte Verteidigungsminister Jens Hollmann (SPD) zum Auftakt der Debatte.\n\n"
        "Der Minister betonte, das Gesetz setze auf Freiwilligkeit. „Niemand wird morgen eingezogen“, sagte er.\n\n"
        "Die Wehrbeauftragte Ute Kampmann mahnte, die Bundeswehr sei auf einen Ansturm von Rekruten kaum vorbereitet. "
        "„Wir brauchen Kasernen und Betten“, sagte sie."
    )
    assert speakers_of(text) == ["Jens Hollmann", "Jens Hollmann", "Ute Kampmann"]


def test_it_in_its_own_sentence_is_the_organisation_that_opens_it():
    text = 'Elections New Brunswick said in a statement that turnout had reached a record, which it described as "a strong signal of engagement."'
    assert speakers_of(text) == ["Elections New Brunswick"]


def test_an_unnamed_description_named_further_on_with_the_same_words():
    text = (
        "Executives faced a grilling, with a Greens senator accusing the chief executive of “treating this committee like a focus group”.\n\n"
        "The executive said margins were modest.\n\nBut Greens senator Tess McAllister, who initiated the inquiry, said the figures told another story."
    )
    assert speakers_of(text) == ["Tess McAllister"]


def test_the_source_a_report_cited():
    text = (
        "RIA Novosti, citing a source in the Russian government, reported that Moscow was considering restrictions. "
        '"All options are on the table," the source told the agency.'
    )
    assert speakers_of(text)[0].casefold() == "a source in the russian government"


def test_remarks_after_a_preposition_are_a_noun_and_the_participles_subject_speaks():
    text = 'The Election Commission of India issued a notice to an MLA over remarks made at a rally, saying the speech was "prima facie in violation of the code."'
    assert speakers_of(text) == ["Election Commission of India"]


def test_words_quoted_without_a_reporting_verb_are_the_named_subjects():
    text = (
        "Mayor Tom Brezinski announced that Police Commissioner Darnell Hayes would step down.\n\n"
        'At a news conference, Brezinski thanked Hayes for "three decades of service" but said the city needed "a fresh start."'
    )
    assert speakers_of(text) == ["Tom Brezinski", "Tom Brezinski"]


def test_the_subject_of_a_reported_clause_is_not_the_sentences():
    text = (
        "Z kolei posłanka Lewicy Joanna Pawlak przypomniała, że Komisja Europejska w swoim raporcie „ponownie wskazała KRS jako "
        "główny problem, który trzeba rozwiązać”. „Bruksela pisze to samo od lat” – powiedziała."
    )
    assert speakers_of(text)[-1].endswith("Joanna Pawlak")


def test_first_names_alone_introduced_by_age_or_by_relation():
    text = (
        "Oleksandr, a 34-year-old drone operator, no longer bothers to look up.\n\n“You stop hearing it,” he said.\n\n"
        "Hanna Petrenko, 71, lives alone. “Where would I go?” she said.\n\n"
        "Her neighbor Viktor, a retired miner, was less patient. “Every month someone says it will end soon,” he said."
    )
    assert speakers_of(text) == ["Oleksandr", "Hanna Petrenko", "Viktor"]


def test_a_datelines_region_is_no_one():
    text = "KOSTIANTYNIVKA, Donetsk Oblast – Every few minutes, the windows rattle.\n\n“You stop hearing it after a while,” he said."
    assert speakers_of(text) == [None]
# Review of session 11's rules: inputs they got wrong that the code before them got right.


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents evacuated before the storm said the warnings had been “far too late”.",
        "Witnesses interviewed after the shooting said the gunman was “calm”.",
        "A nurse on duty when the fire broke out said the smoke was “unbearable”.",
    ],
)
def test_after_before_when_as_a_preposition_keep_the_sentences_subject(sentence):
    speaker = speakers_of(f"The town was quiet on Monday. {sentence}")[0]
    assert speaker and speaker.split()[0] == sentence.split()[0] and not speaker.endswith(("storm", "shooting", "out"))


@pytest.mark.parametrize(
    "after",
    [
        "That was the view of many in her party.",
        "That was the verdict of her predecessor as well.",
        "The response came from all sides of the chamber.",
    ],
)
def test_words_after_someone_quoted_in_their_paragraph_stay_theirs(after):
    text = f"“We will not pay a penny more,” Anna Berg said. “Not now, not ever.” {after}"
    assert speakers_of(text) == ["Anna Berg", "Anna Berg"]


def test_a_delayed_attribution_shared_by_many_names_no_speaker():
    text = "Tom Reed spoke on Sunday.\n\n“We will win the next election.”\n\nThat was the view of most delegates, too."
    assert speakers_of(text) == ["Tom Reed"]


def test_so_goes_a_place_is_no_attribution():
    text = "Peter Hall spoke last. “Jobs, jobs, jobs.”\n\n“Jobs, jobs, jobs.” So goes Washington."
    assert speakers_of(text) == ["Peter Hall", "Peter Hall"]


@pytest.mark.parametrize("introduced", ["the publisher Rupert Hale", "the company CEO Rupert Hale", "the charity Chief Executive Rupert Hale"])
def test_a_person_after_a_kind_of_body_is_still_a_person(introduced):
    text = f"Ann Lee spoke first. Rival bidders included {introduced}. “We will not overpay,” he said."
    assert speakers_of(text) == ["Rupert Hale"]


def test_a_title_with_where_it_is_held_is_no_name():
    text = "Their spokesman, Press Secretary of the Embassy, said the claim was “false”."
    assert speakers_of(text) != ["Press Secretary"]


@pytest.mark.parametrize(
    "between",
    ["Hale, who said being a senator was “an honour”, voted no.", "Hale said it was a senator’s duty to vote."],
)
def test_a_predicate_or_possessive_introduces_no_unnamed_person(between):
    text = f"Sen. Tom Hale opposed the bill. {between} “It is reckless,” the senator said."
    assert speakers_of(text)[-1] == "Tom Hale"


def test_an_unnamed_source_just_mentioned_keeps_no_relative_clause():
    text = (
        "The minister spoke. A complaint was filed, according to an official familiar with the case who asked "
        "not to be named. The official said: “We are aware of it.”"
    )
    assert speakers_of(text) == ["an official familiar with the case"]


@pytest.mark.parametrize("group", ["fans", "locals", "twins", "rebels", "pupils"])
def test_a_definite_plural_of_people_no_list_holds_is_still_they(group):
    text = f"The game ended late. The {group} stayed for an hour. “We will be back,” they said."
    assert speakers_of(text) == [f"The {group}"]


def test_a_definite_plural_stays_they_when_only_a_gendered_person_is_named_since():
    text = "The game ended late. The fans stayed for an hour. Tom Reed, the captain, thanked them. “We will be back,” they said."
    assert speakers_of(text)[-1] == "The fans"


@pytest.mark.parametrize("first_name", ["Elisha", "Shiva", "Issa"])
def test_a_name_in_a_borne_by_women_too_is_no_man_for_she(first_name):
    text = f"Tom Hardy spoke first. {first_name} Taylor, a nurse, said the wards were full. Later, Hardy arrived. “We cannot cope,” she said."
    assert speakers_of(text) == [f"{first_name} Taylor"]


@pytest.mark.parametrize(
    "opening",
    ["Responding to Mark Lane, the opposition leader,", "After meeting with Mark Lane, the union leader,", "In a letter to Mark Lane, the committee chairman,"],
)
def test_whom_a_phrase_of_the_speakers_own_names_is_not_the_pronoun_after_it(opening):
    text = f"Tom Reed, the prime minister, was defiant. {opening} he said the economy was “strong”."
    assert speakers_of(text) == ["Tom Reed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Polls indicated that voters saw the party as “out of touch”.",
        "The results indicated a “clear preference” for the Labour candidate.",
        "A map of the area indicated several “no-go zones”.",
    ],
)
def test_a_thing_that_indicates_reports_no_words(sentence):
    assert speakers_of(f"Tom Reed spoke first. {sentence}") == []


def test_a_thing_that_signals_leaves_the_speaker_after_the_quote():
    assert speakers_of("Tom Reed spoke first. The move signalled a “pivot” to Asia, analysts said.") == ["analysts"]


def test_what_a_bare_plural_called_is_theirs_whatever_verb_comes_before():
    assert speakers_of("Tom Reed spoke first. Scans indicated what doctors called “a massive stroke”.") == ["doctors"]


@pytest.mark.parametrize(
    "after",
    ["The words came from the heart, and the fans knew it.", "The warning came from the top of the government.", "That was the message of the budget."],
)
def test_a_delayed_attribution_to_no_one_who_speaks_leaves_the_words_with_the_speaker(after):
    text = f"Tom Reed, the coach, was emotional. “We played well,” he said.\n\n“I love this club.”\n\n{after}"
    assert speakers_of(text) == ["Tom Reed", "Tom Reed"]


def test_the_company_is_the_business_that_spoke_last_whatever_its_name():
    text = 'In a statement, Corvane Aerospace said it was “disappointed” by the vote.\n\n“We remain committed to reaching an agreement,” the company said.'
    assert speakers_of(text) == ["Corvane Aerospace", "Corvane Aerospace"]


def test_the_company_is_not_a_person_who_spoke_last():
    text = 'Maria Lopez said she was “disappointed” by the vote.\n\n“We remain committed to reaching an agreement,” the company said.'
    assert speakers_of(text)[-1] == "company"
