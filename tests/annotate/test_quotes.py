"""Quote spans: offsets exact, kinds typed, speakers resolved from cues."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscurate.annotate.quotes import find_quotes
from newscurate.clean import clean_text


def one(text):
    [quote] = [q for q in find_quotes(text) if q.kind == "direct"]
    assert text[quote.start : quote.end] == quote.text
    return quote


@pytest.mark.parametrize(
    ("text", "quoted", "speaker", "cue"),
    [
        ("“We will not give up,” said Olena Marchuk.", "We will not give up,", "Olena Marchuk", "said"),
        ('"The talks are over for now," Putin said on Monday.', "The talks are over for now,", "Putin", "said"),
        ("Boris Bondarev says: «Peace is only possible after withdrawal.»", "Peace is only possible after withdrawal.", "Boris Bondarev", "says"),
        ("According to Jan Novak, “the grid will hold through the winter.”", "the grid will hold through the winter.", "Jan Novak", "according to"),
    ],
)
def test_direct_quote_forms(text, quoted, speaker, cue):
    quote = one(text)
    assert (quote.text, quote.speaker, quote.cue) == (quoted, speaker, cue)


def test_pronoun_and_surname_resolve_to_the_last_named_speaker():
    text = (
        "Konstantin Borovoy said the war would go on. “Nothing has changed,” he argues.\n\n"
        "“The West is tired,” Borovoy adds."
    )
    speakers = [(q.speaker_mention, q.speaker) for q in find_quotes(text)]
    assert speakers == [("he", "Konstantin Borovoy"), ("Borovoy", "Konstantin Borovoy")]


def test_scare_quotes_are_typed_not_dropped():
    text = "Moscow calls it a “special operation” while others call it a “frozen” conflict."
    quotes = find_quotes(text)
    assert [q.kind for q in quotes] == ["scare", "scare"] and all(q.speaker is None for q in quotes)


def test_quote_over_several_paragraphs_is_one_span_and_unclosed_is_flagged():
    text = "“The first part goes on,\n\n“and the second part ends here,” she said.\n\nLater, “this never closes"
    quotes = find_quotes(text)
    assert quotes[0].text == "The first part goes on,\n\n“and the second part ends here,"
    assert quotes[0].closed and not quotes[-1].closed
    assert text[quotes[-1].start : quotes[-1].end] == "this never closes"


def test_apostrophes_do_not_open_or_close_single_quotes():
    text = "The minister said ‘we don’t negotiate under fire’ and left. It’s over."
    [quote] = find_quotes(text)
    assert quote.text == "we don’t negotiate under fire"


def test_seed_quotes_index_the_clean_text_and_name_speakers(seed_texts):
    speakers = set()
    for raw in seed_texts.values():
        text = clean_text(raw).text
        for quote in find_quotes(text):
            assert text[quote.start : quote.end] == quote.text
            speakers.add(quote.speaker)
    assert {"Konstantin Borovoy", "Boris Bondarev", "Vladimir Putin"} <= speakers


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        ("''We kept them waiting too long,'' said Senator Dana Royce.", "We kept them waiting too long,", "Dana Royce"),
        ("The leader, Paul Hendricks, said: ``We owe them more than speeches.''", "We owe them more than speeches.", "Paul Hendricks"),
        ("« Nous attendons toujours », a déclaré Jean-Marc Dufour.", "Nous attendons toujours", "Jean-Marc Dufour"),
        ("„Niemand hat alles bekommen“, sagte Martina Seidel.", "Niemand hat alles bekommen", "Martina Seidel"),
        ("»Humor ist meine Schutzweste,« sagte Andrij Kowal.", "Humor ist meine Schutzweste,", "Andrij Kowal"),
        ("'We listened to every objection,' said Susan Hart.", "We listened to every objection,", "Susan Hart"),
        ('"A historic day for justice." -Nadia Petrenko, lawyer', "A historic day for justice.", "Nadia Petrenko"),
        ("«Ситуация под контролем», — заявил Андрей Клименко.", "Ситуация под контролем", "Андрей Клименко"),
    ],
)
def test_quote_mark_conventions(text, quoted, speaker):
    quote = one(text)
    assert (quote.text, quote.speaker) == (quoted, speaker)


def test_inner_quotes_belong_to_the_outer_span():
    text = "“My wife said, ‘You are too old to start again.’ I told her I was not,” Viktor Hrytsenko says."
    [quote] = find_quotes(text)
    assert quote.text.startswith("My wife said, ‘You") and quote.text.endswith("I was not,")
    assert quote.speaker == "Viktor Hrytsenko"


def test_interrupted_quote_keeps_its_speaker_and_an_unattributed_one_continues():
    text = (
        "“We have repaired what can be repaired,” Volodymyr Kovtun said, “but every transformer is one less.”\n\n"
        "“The system is alive. It is not healthy.”"
    )
    assert [q.speaker for q in find_quotes(text)] == ["Volodymyr Kovtun"] * 3


def test_dropped_subjects_and_inverted_pronouns_resolve_to_the_last_person():
    spanish = "Javier Ortega dijo que recurrirán la norma. «Vamos a llegar hasta el final», aseguró."
    french = "Le ministre Philippe Garnier a parlé. « Le blocage ne peut pas durer », a-t-il ajouté."
    assert one(spanish).speaker == "Javier Ortega" and one(spanish).speaker_mention is None
    assert (one(french).speaker, one(french).speaker_mention) == ("Philippe Garnier", "il")


def test_pronouns_skip_people_of_the_other_gender():
    text = (
        "Chancellor Friedrich Albers met President Claire Moreau. Moreau said the plan was ready. "
        "Albers was cautious. “Every option includes the ones I do not like,” he said. "
        "Moreau smiled. “That is progress,” she said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Friedrich Albers", "Claire Moreau"]


def test_descriptions_resolve_to_their_antecedent_and_indefinites_stay():
    text = (
        "The Polish defence ministry said the drone came from Belarus. “We are analysing the wreckage,” the ministry said.\n\n"
        "“This is a measured step,” a senior official said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Polish defence ministry", "a senior official"]


def test_titles_and_scare_quotes_are_typed():
    text = (
        "Her new book, “The Broken Record”, came out in May. Officials like to call it “the corridor moment”, "
        "a so-called “peace plan” that she calls “a comfortable fairy tale for people far from the line.”"
    )
    assert [q.kind for q in find_quotes(text)] == ["title", "scare", "scare", "direct"]


def test_question_and_answer_layouts_become_interview_answers():
    plain = (
        "Lina Haddad documents damaged sites. We spoke to her in Amman.\n\n"
        "Why satellites?\n\nBecause you cannot get to the site for years.\n\nThe evidence is gone by then.\n\n"
        "Who uses your reports?\n\nCourts, sometimes. Museums more often."
    )
    labelled = plain.replace("Why satellites?", "Q: Why satellites?").replace("Because", "A: Because")
    labelled = labelled.replace("Who uses", "Q: Who uses").replace("Courts,", "A: Courts,")
    named = (
        "Three mayors met in our studio.\n\nMODERATOR: Who pays?\n\nKOVAC: The state, six months late.\n\n"
        "MODERATOR: And the public?\n\nLINDQVIST: Patient, so far.\n\nKOVAC: Tired, in my town."
    )
    dashed = (
        "Писательница Мария Соколова выпустила роман.\n\n— Почему вы решили писать?\n\n— Потому что никто не пишет.\n\n"
        "— Было ли страшно?\n\n— Конечно."
    )
    answers = [q for q in find_quotes(plain) if q.kind == "interview_answer"]
    assert [a.text for a in answers] == [
        "Because you cannot get to the site for years.\n\nThe evidence is gone by then.",
        "Courts, sometimes. Museums more often.",
    ]
    assert {a.speaker for a in answers} == {"Lina Haddad"}
    assert [q.text for q in find_quotes(labelled) if q.kind == "interview_answer"][1] == "Courts, sometimes. Museums more often."
    assert [(q.speaker, q.speaker_mention) for q in find_quotes(named)] == [("Kovac", "KOVAC"), ("Lindqvist", "LINDQVIST"), ("Kovac", "KOVAC")]
    assert [q.speaker for q in find_quotes(dashed)] == ["Мария Соколова"] * 2


def test_a_marked_up_block_quote_without_marks_is_a_block_quote():
    cleaned = clean_text("The minister wrote:\n\n[quote]We will not give up the port, whatever it costs.[/quote]\n\nThe end.")
    from newscurate.clean.blocks import quote_blocks

    [quote] = find_quotes(cleaned.text, quote_blocks(cleaned))
    assert (quote.kind, quote.text, quote.cue) == ("block", "We will not give up the port, whatever it costs.", "wrote")
    assert cleaned.buffer.raw[cleaned.to_raw(quote.start) : cleaned.to_raw(quote.end - 1) + 1] == quote.text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["“", "”", "„", "«", "»", "‘", "’", "'", '"', "``", "''", "\n\n", " said Anna Berg", ", he said. ", "We won", "don’t", "Q: ", "A: ", "?", "— "]), max_size=40))
def test_quote_offsets_always_index_the_text(pieces):
    text = "".join(pieces)
    for quote in find_quotes(text):
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text


@pytest.mark.parametrize(
    ("text", "parts", "speaker"),
    [
        (
            "« Nous resterons, a déclaré Claire Martin devant la presse. Nous ne partirons pas. »",
            ["Nous resterons,", "Nous ne partirons pas."],
            "Claire Martin",
        ),
        ("«Ми тримаємося, — сказав Петро Коваль. — Іншого виходу немає».", ["Ми тримаємося,", "Іншого виходу немає"], "Петро Коваль"),
    ],
)
def test_an_incise_inside_guillemets_splits_the_quote(text, parts, speaker):
    quotes = find_quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == [(part, speaker) for part in parts]


def test_a_guillemet_quote_reporting_speech_is_not_split():
    text = "Anna Weber sagte: „Ich habe ihn gefragt, sagte nichts davon. Er schwieg.“"
    assert [q.text for q in find_quotes(text)] == ["Ich habe ihn gefragt, sagte nichts davon. Er schwieg."]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Officials said the rules target Russia's “grey fleet” of tankers.", ["scare"]),
        ("Analysts say his “special task” will go on.", ["scare"]),
        ("When a site is described as “untouched”, nobody checks.", ["scare"]),
        ("Volunteers started a campaign called “no more delays” in May.", ["scare"]),
        ("Senator Ann Reyes called the bill “reckless” on Friday.", ["direct"]),
        ("Governor Tom Price has called President Ruiz a “threat to order”.", ["direct"]),
        ("Mayor Eva Lind has put 300 workers on the streets, though a “small” number stay home.", ["scare"]),
    ],
)
def test_short_quotes_in_noun_phrases_are_terms_and_named_callers_are_quoted(text, kinds):
    assert [q.kind for q in find_quotes(text)] == kinds


def test_a_quote_that_is_the_subject_of_a_cue_is_not_its_speech():
    text = "A study by the Nordic Institute, “Winter Without Gas”, estimated that prices would double."
    [quote] = find_quotes(text)
    assert (quote.kind, quote.speaker) == ("title", None)


def test_a_caller_named_before_a_naming_verb_is_the_speaker():
    quotes = find_quotes("Governor Tom Price has called President Ruiz a “threat to order”.")
    assert [q.speaker for q in quotes] == ["Tom Price"]


def test_press_conference_answers_are_named_by_their_labels_and_end_when_the_report_resumes():
    text = (
        "Ministers meet\n\n"
        "Norway's trade minister, Erik Strand, and Estonia's economy minister, Liis Tamm, met in Oslo.\n\n"
        "Q (NTB): Minister Strand, is the deal signed?\n\n"
        "Strand: It is signed, and it is fair.\n\n"
        "Q (ERR): Minister Tamm, what does Estonia gain?\n\n"
        "Tamm: Jobs, mostly. And time.\n\n"
        "Later, Strand spoke to the press. “We will meet again,” he said."
    )
    answers = [(q.speaker, q.text) for q in find_quotes(text) if q.kind == "interview_answer"]
    assert answers == [("Erik Strand", "It is signed, and it is fair."), ("Liis Tamm", "Jobs, mostly. And time.")]
    assert [q.speaker for q in find_quotes(text) if q.kind == "direct"] == ["Erik Strand"]


def test_after_one_paragraph_answers_the_paragraphs_after_the_last_turn_are_the_reports_unless_first_person():
    turns = (
        "Senator Ana Ruiz spoke to us about the vote.\n\n"
        "Daily: Will it pass?\n\nRuiz: Yes, by a few votes.\n\n"
        "Daily: Who decides it?\n\nRuiz: Three senators from the north.\n\n"
        "Daily: And then?\n\nRuiz: Then the hard part starts.\n\n"
    )
    narrated = turns + "The chamber votes on Thursday. Aides expect a close count."
    answers = [q.text for q in find_quotes(narrated) if q.kind == "interview_answer"]
    assert answers == ["Yes, by a few votes.", "Three senators from the north.", "Then the hard part starts."]
    own_words = turns + "I have counted them twice. We will see on Thursday."
    answers = [q.text for q in find_quotes(own_words) if q.kind == "interview_answer"]
    assert answers[-1] == "Then the hard part starts.\n\nI have counted them twice. We will see on Thursday."


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Her group's annual report, “Cold Rooms And Empty Tanks”, warned of shortages.", "title"),
        ("Die Zahlen stehen im Bericht „Winter Ohne Gas“ der Agentur, sagte sie.", "title"),
        ("Голова правління «Енергоатому» Петро Коваль розповів про ремонти.", "title"),
        ("Он рассказал об этом в интервью газете «Ведомости» во вторник.", "title"),
        ("She has been called “the quiet engine of the coalition” by her rivals.", "scare"),
    ],
)
def test_publication_names_and_passive_names_are_not_speech(text, kind):
    assert [q.kind for q in find_quotes(text)] == [kind]


def test_a_question_and_answer_headline_quotes_the_interviewee():
    text = (
        "‘The river always wins’: the engineer who keeps the dams running\n\n"
        "Marta Kowal has run the regional water authority for ten years.\n\n"
        "How bad was the flood?\n\nThe worst in a century. We lost two bridges.\n\n"
        "Will it happen again?\n\nYes. The river always wins, sooner or later."
    )
    quotes = find_quotes(text)
    assert quotes[0].speaker == "Marta Kowal"
    assert {q.speaker for q in quotes if q.kind == "interview_answer"} == {"Marta Kowal"}


def test_dialogue_paragraphs_opened_by_a_dash_are_quotes_around_their_incise():
    text = (
        "Em Faro, Rui Costa abre a loja às sete.\n\n"
        "— Chove há uma semana — diz o comerciante de 52 anos. — Ninguém sai de casa.\n\n"
        "A vizinha, Ana Lopes, concorda:\n\n"
        "— Este inverno é longo. Longo — e caro."
    )
    quotes = find_quotes(text)
    assert [(q.text, q.kind) for q in quotes] == [
        ("Chove há uma semana", "direct"),
        ("Ninguém sai de casa.", "direct"),
        ("Este inverno é longo. Longo — e caro.", "direct"),
    ]
    assert [q.speaker for q in quotes] == ["Rui Costa", "Rui Costa", "Ana Lopes"]


def test_a_dash_list_without_an_incise_or_an_introduction_is_no_dialogue():
    text = "Key dates:\n\nThe plan has three stages.\n\n— March: the first tender\n\n— May: the second tender"
    assert find_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("When I hear the word “reconstruction”, I think of roofs, she said.", "scare"),
        ("The Kremlin calls that “theft”, but few in Brussels agree.", "scare"),
        ("Parents laughed at the idea of the “night school” at first.", "scare"),
        ("The draft carries the title “Rules for a Quiet Border”, a diplomat said.", "title"),
        ("The episode, “Who Pays for the Bridge?”, aired on Friday.", "title"),
    ],
)
def test_terms_and_titles_are_told_from_speech(text, kind):
    assert [q.kind for q in find_quotes(text)] == [kind]


def test_chinese_and_japanese_quotes_are_spans_their_sentences_direct_speech():
    """Corner brackets are Japanese quote marks; a sentence without spaces is many words, so a full
    quoted sentence is speech, not a scare-quoted term. No speaker is guessed: the cues are English."""
    japanese = "首相は記者団に「交渉を支持する。主権は守られなければならない」と述べた。\n\n報道官は『和平案』に慎重だった。"
    chinese = "发言人表示：“中方始终站在和平一边，呼吁各方保持克制。”他还说，对话是唯一出路。"
    found = [(q.text, q.kind, q.speaker) for text in (japanese, chinese) for q in find_quotes(text)]
    assert found == [
        ("交渉を支持する。主権は守られなければならない", "direct", None),
        ("和平案", "scare", None),
        ("中方始终站在和平一边，呼吁各方保持克制。", "direct", None),
    ]


def test_a_title_cased_work_after_its_authors_possessive_is_a_title():
    from newscurate.annotate.quotes import find_quotes

    quotes = find_quotes("Barbara Tuchman’s “The Guns of August” is usually cited as a warning about how wars begin.")
    assert [(q.text, q.kind) for q in quotes] == [("The Guns of August", "title")]
