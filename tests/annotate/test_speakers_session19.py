"""Session 19's round over holdout27's errors: an organisation named with what it serves before an
appositive, taken up by 'it'. Each rule with a passage of our own."""

from newscurate.annotate.quotes import find_quotes


def test_it_is_the_organisation_opening_the_sentence_before_even_with_an_appositive_after_its_of():
    text = (
        "The Transport Alliance of Ontario, the largest transport union, was unimpressed. "
        "In a statement, it said “the offer is an insult to every driver.”"
    )
    assert [q.speaker for q in find_quotes(text)] == ["Transport Alliance of Ontario"]


def test_a_quote_that_is_only_a_label_of_the_coverage_is_a_scare_quote_even_beside_a_speaker():
    text = (
        "The ministry added Petrova to its register in May, accusing her of opposing the “special military operation.” "
        "Prosecutors said she had acted as a “foreign agent” for two years, and Lindqvist said the “coalition of the willing” would meet."
    )
    assert [(q.text, q.kind) for q in find_quotes(text)] == [
        ("special military operation.", "scare"),
        ("foreign agent", "scare"),
        ("coalition of the willing", "scare"),
    ]


def test_a_label_of_the_coverage_inside_longer_speech_leaves_the_speech_alone():
    text = "“The special military operation will go on,” Peskov said."
    assert [(q.kind, q.speaker) for q in find_quotes(text)] == [("direct", "Peskov")]


def test_a_title_cased_quote_set_off_after_a_noun_or_after_a_preposition_names_a_work():
    text = (
        "Anna Lisowska, whose study of the truce, “Lines in the Snow”, won a prize, said the talks would fail. "
        "Tom Reyes, the author of “The Quiet Border,” said the same. "
        "Reyes told reporters, “Thank You All.”"
    )
    assert [(q.text, q.kind) for q in find_quotes(text)] == [
        ("Lines in the Snow", "title"),
        ("The Quiet Border,", "title"),
        ("Thank You All.", "direct"),
    ]


def test_a_programme_after_a_broadcasters_name_of_several_words_is_a_title():
    text = "Rep. Dana Ortiz said on Fox News’ “Sunday Night Roundup” that the deal was “a sellout.”"
    assert [(q.text, q.kind) for q in find_quotes(text)] == [("Sunday Night Roundup", "title"), ("a sellout.", "direct")]


def test_a_measure_of_time_or_distance_opening_the_sentence_is_no_subject():
    text = (
        "Maria Lopez and Tom Baxter spoke on Sunday.\n\nThirty miles to the south, in an airport hangar outside the village of Hobart, "
        "Mr. Baxter mocked her plan as “a list” and told voters that his rival had “never seen a budget she liked.”"
    )
    assert [q.speaker for q in find_quotes(text) if q.kind == "direct"] == ["Tom Baxter"]


def test_a_cue_whose_subject_is_another_cue_gives_way_to_that_cue():
    text = (
        "The Tenants Union of Ohio, which has sued the city twice, said in a statement that the vote confirmed "
        "“that the council answers to landlords.”"
    )
    assert [q.speaker for q in find_quotes(text)] == ["Tenants Union of Ohio"]


def test_an_organisations_name_runs_on_through_of_the():
    text = (
        "The Kaldrian Union of Parents of the Missing said in a statement that 600 people were unaccounted for.\n\n"
        "“Open the archives first,” the union said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Kaldrian Union of Parents of the Missing"]


def test_an_unnamed_speakers_relative_pronoun_is_no_part_of_the_description():
    text = "A former envoy who worked alongside her in Geneva described her as “brilliant and exhausting” and said she was “impossible to outlast.”"
    assert {q.speaker for q in find_quotes(text)} == {"A former envoy"}


def test_a_report_that_turns_into_an_interview_late_answers_for_whom_it_announces_there():
    text = (
        "Shelling hit the Zaporizhzhia Oblast town again on Monday, the regional governor Ivan Fedorenko said.\n\n"
        "In the town itself, Mayor Halyna Moroz runs the administration from a basement. We spoke to her between shellings.\n\n"
        "What keeps people here?\n\nSome are old. Some are simply stubborn, like me.\n\n"
        "What do you need most?\n\nGenerators and water.\n\n"
        "Why water?\n\nThe pumping station was hit twice."
    )
    assert {q.speaker for q in find_quotes(text) if q.kind == "interview_answer"} == {"Halyna Moroz"}


def test_as_carries_a_describing_verb_to_the_quote_after_its_object():
    text = "Lina Haddad, head of the agency for refugees, described conditions in the enclave as “beyond catastrophic”, saying aid had stopped."
    assert [(q.kind, q.speaker) for q in find_quotes(text)] == [("direct", "Lina Haddad")]
    assert [q.kind for q in find_quotes("The ministry described the actions of several European states as “piracy.”")] == ["direct"]
