"""Quote rules, round 10: war and peace talks in wire style, EU and Indian politics, Italian and German news, one invented passage each."""

from tests.annotate.quoting import speakers_of


def test_a_parliamentary_group_in_brackets_is_no_part_of_the_name():
    text = (
        "Danish MEP Mette Holm (Renew Europe) said the vote was “a missed chance.” “We will try again in spring,” she said.\n\n"
        "Finnish lawmaker Aino Salo (Greens/EFA) called the deal “a step backwards.”"
    )
    assert speakers_of(text) == ["Mette Holm", "Mette Holm", "Aino Salo"]


def test_an_acronym_the_words_before_spell_out_stays_the_organisations_name():
    text = "The Nordic Farmers Union (NFU) opposed the plan. “This will ruin us,” the NFU said."
    assert speakers_of(text) == ["Nordic Farmers Union"]


def test_indian_honorifics_are_titles():
    text = (
        "State finance minister Shri Arvind Menon presented the budget. \"We kept every promise,\" said Shri Menon.\n\n"
        "Smt. Lakshmi Rao, the opposition leader, disagreed. \"The numbers do not add up,\" Smt. Rao told reporters."
    )
    assert speakers_of(text) == ["Arvind Menon", "Lakshmi Rao"]


def test_a_clause_opening_conjunction_is_no_part_of_a_name():
    text = "Whether Daniel Okafor would sign was unclear. Asked again, he shrugged. “Ask me tomorrow,” he said."
    assert speakers_of(text) == ["Daniel Okafor"]


def test_a_participle_clause_after_an_appositive_leaves_the_name_as_subject():
    text = "Irene Falk, the chancellor’s foreign policy adviser, speaking to reporters on the plane, said Berlin would “not be rushed.”"
    assert speakers_of(text) == ["Irene Falk"]


def test_a_place_opening_the_sentence_keeps_the_unnamed_official():
    text = "In Paris, a French Treasury official, speaking on condition of anonymity, said there were “no plans at all” to change course."
    assert speakers_of(text) == ["a French Treasury official"]


def test_an_honorific_after_an_offices_complement_opens_the_name():
    text = "Former envoy to Beijing Sir Alan Grant, appearing on a podcast, said both sides were “talking past each other”."
    assert speakers_of(text) == ["Alan Grant"]


def test_an_italian_host_after_an_elided_preposition_and_a_place_after_a_are_no_speakers():
    text = (
        "Il ministro dell'Interno Paolo Serra ha parlato a lungo. «Non cambieremo linea», ha detto a margine di un convegno dell'Anci a Torino.\n\n"
        "La presidente del Senato Carla Neri ha risposto in serata. «Serve calma», ha dichiarato ai giornalisti a Palazzo Madama."
    )
    assert speakers_of(text) == ["Paolo Serra", "Carla Neri"]


def test_an_office_and_a_romance_of_the_hold_the_field_before_the_name():
    text = "«Non firmeremo», ha detto la segretaria del Pri Giulia Conte, parlando a Bari."
    assert speakers_of(text) == ["Giulia Conte"]


def test_a_short_adverbial_then_an_article_and_a_name_opens_the_subject():
    text = "In mattinata la Coldiretti ha diffuso una nota: «Gli agricoltori sono allo stremo»."
    assert speakers_of(text) == ["Coldiretti"]


def test_an_italian_gerund_cue_takes_its_clauses_subject():
    text = "La Uil ha proclamato uno sciopero per venerdì, definendo la riforma «un passo indietro per tutti»."
    assert speakers_of(text) == ["Uil"]


def test_an_adjunct_between_a_relative_and_its_verb():
    text = "Più prudente Federmeccanica, che in una nota ha chiesto di «non toccare gli incentivi»."
    assert speakers_of(text) == ["Federmeccanica"]


def test_put_with_the_quote_for_object_reports_nothing():
    text = "Foreign Minister Lena Ostrova told reporters that Vilnius had put “a fair and final offer” on the table."
    assert speakers_of(text) == ["Lena Ostrova"]


def test_a_nationality_a_role_and_a_name_open_the_sentence():
    text = "Norwegian mediator Per Lunde, a former envoy to Minsk, told state radio that Oslo could host “a final round,” adding: “We are close.”"
    assert speakers_of(text) == ["Per Lunde", "Per Lunde"]


def test_a_cue_word_after_a_possessive_or_a_verb_is_a_noun():
    text = (
        "Defence Minister Omar Haddad promised more strikes. “No truce,” Haddad said.\n\n"
        "In a statement, the Rafah Front called Haddad’s comments “reckless and dangerous” and said it would respond.\n\n"
        "The Omani Foreign Ministry later issued a statement saying it expected answers “within a week.”"
    )
    assert speakers_of(text) == ["Omar Haddad", "Rafah Front", "Omani Foreign Ministry"]


def test_an_arabic_article_joins_a_name():
    text = "“We will not disarm,” said Nabil al-Hashimi, the movement’s leader."
    assert speakers_of(text) == ["Nabil al-Hashimi"]


def test_terming_a_claim_reports_speech():
    text = "The Lok Vikas Party issued a statement terming the claims \"baseless and motivated\" on Monday."
    assert speakers_of(text) == ["Lok Vikas Party"]


def test_a_contact_clause_and_a_time_adverb_end_an_unnamed_description():
    text = (
        "A senior NATO diplomat I spoke to, who asked not to be named, was blunt. “Nobody believes it,” the diplomat said.\n\n"
        "A Downing Street insider last night dismissed the report as “pure fantasy”."
    )
    assert speakers_of(text) == ["A senior NATO diplomat", "A Downing Street insider"]


def test_an_organisations_name_runs_on_over_of_and_for():
    text = "“Forty families are home tonight,” the Centre for the Search of Missing Persons said on Telegram."
    assert speakers_of(text) == ["Centre for the Search of Missing Persons"]


def test_it_after_an_office_of_a_person_names_the_whole_office():
    text = "The Office of the Ombudsman has issued a short statement. It says an inquiry will open “within days”."
    assert speakers_of(text) == ["Office of the Ombudsman"]


def test_a_german_separable_cue_holds_its_subject():
    text = "Der Bauernverband lehnte den Plan ab. „Das trifft die kleinen Höfe“, teilte der Verband mit."
    assert speakers_of(text) == ["Bauernverband"]


def test_a_pronoun_after_a_second_place_verb_is_the_subject():
    text = (
        "Ministerin Sabine Lorenz sprach lange über den Etat. "
        "Auf die Frage, ob Kürzungen kommen, antwortete sie: „Darüber entscheidet der Haushaltsausschuss.“"
    )
    assert speakers_of(text) == ["Sabine Lorenz"]


def test_nannte_reports_a_characterisation():
    text = "Fraktionsvize Jonas Weber nannte den Entwurf „unausgegoren“."
    assert speakers_of(text) == ["Jonas Weber"]


def test_the_group_after_staff_at_an_organisation_is_their_employer():
    text = (
        "MEP Jan Berg said his group had been “ignored.”\n\n"
        "Lawyers at Terra Legal, by contrast, warned that the law could be challenged. “This will not survive in court,” the group said."
    )
    assert speakers_of(text) == ["Jan Berg", "Terra Legal"]


def test_the_minister_is_the_titled_minister_named_last():
    text = (
        "Union Minister of Ports and Shipping Dr. Anil Kapoor opened the terminal. Chief Minister Shri Mohan Das thanked him. "
        "\"We did the work,\" said Shri Das.\n\n"
        "Responding, Dr. Kapoor said an audit was under way. \"Read it before you shout,\" said the minister."
    )
    assert speakers_of(text) == ["Mohan Das", "Anil Kapoor"]
