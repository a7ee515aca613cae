"""Speaker rules from session 22's blind set (quotes_holdout28), each on text of our own."""

from newscurate.annotate.quotes import find_quotes
from newscurate.annotate.speakers import clean_name, first_name_gender


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text.strip("“”\"'‘’,. "), q.speaker) for q in find_quotes(text)]


def test_a_call_sign_or_a_name_given_alone_names_whom_the_pronoun_means():
    text = (
        "Marko Petrenko, the battalion's deputy commander, said the line was holding.\n\n"
        "His gunner, a 22-year-old with the call sign Vovk, shrugged. “We sleep in shifts,” he said.\n\n"
        "Later a retired welder who gave his name only as Ostap told us he had stayed. “Where would I go?” he said."
    )
    assert speakers(text) == [("We sleep in shifts", "Vovk"), ("Where would I go?", "Ostap")]


def test_first_names_whose_ending_misleads_are_men():
    assert first_name_gender("Vitalie Rusu") == "m"
    assert first_name_gender("Macharia Kamau") == "m"
    text = (
        "Vitalie Rusu told a news conference the network had paid voters.\n\n"
        "Ion Balan said on Tuesday the raids could backfire. “It helps the opposition,” he said.\n\n"
        "Rusu said more arrests were likely. “We are not finished,” he said."
    )
    assert speakers(text)[-1] == ("We are not finished", "Vitalie Rusu")


def test_an_adverb_before_the_verb_is_no_part_of_the_name():
    text = "Otto von Bismarck famously remarked that politics is “the art of the possible.”"
    assert speakers(text) == [("the art of the possible", "Otto von Bismarck")]


def test_answers_labelled_with_a_surname_at_a_briefing_are_that_persons():
    text = (
        "Navy spokesman Commodore Arturo Sison and security adviser Liza Manalo briefed reporters on Monday.\n\n"
        "The exchange at the end of the briefing follows:\n\n"
        "Q: Will the navy escort the fishing boats?\n\n"
        "SISON: We will be present in the area, and the fishermen will see us.\n\n"
        "Q: Has anyone offered help?\n\n"
        "MANALO: We have spoken to our partners since the morning.\n\n"
        "Q: Will there be a new case?\n\n"
        "MANALO: Every option is open to us."
    )
    answers = [(q.text, q.speaker) for q in find_quotes(text) if q.kind == "interview_answer"]
    assert answers == [
        ("We will be present in the area, and the fishermen will see us.", "Arturo Sison"),
        ("We have spoken to our partners since the morning.", "Liza Manalo"),
        ("Every option is open to us.", "Liza Manalo"),
    ]


def test_a_fact_checks_claim_is_the_speaker_lines_or_the_checked_persons():
    with_speaker_line = "Claims about crime, checked\n\nCLAIM: “Burglaries have tripled since May.”\n\nSPEAKER: Dana Whitlock, a council candidate, in a debate.\n\nVERDICT: False."
    assert speakers(with_speaker_line) == [("Burglaries have tripled since May", "Dana Whitlock")]
    without = (
        "FACT CHECK: A rally speech's numbers\n\n"
        "OMAHA, Neb. — Sen. Harold Brandt spoke to supporters on Friday. We checked two of his claims.\n\n"
        "Analysts say the figures were “cherry-picked” from the worst months.\n\n"
        "CLAIM: “We have lost 90,000 farm jobs in two years.”\n\n"
        "THE FACTS: The state's data show no such fall."
    )
    assert speakers(without)[-1] == ("We have lost 90,000 farm jobs in two years", "Harold Brandt")


def test_the_official_is_the_unnamed_one_introduced_since_and_of_the_same_kind():
    text = (
        "Sen. Paul Ostrander called the map “a fair deal.”\n\n"
        "One GOP senator, who asked not to be named, said members were worried.\n\n"
        "“This will end in court,” the senator said.\n\n"
        "A senior defense official said the office was short of staff.\n\n"
        "“Nobody owned the deadline,” said a former State Department official.\n\n"
        "“We buy for ten years, not ten weeks,” the senior defense official said."
    )
    found = dict(speakers(text))
    assert found["This will end in court"] == "GOP senator"
    assert found["Nobody owned the deadline"] == "a former State Department official"
    assert found["We buy for ten years, not ten weeks"] == "A senior defense official"


def test_the_senator_from_a_state_still_refers_back_to_the_named_senator():
    text = (
        "In Washington, a subcommittee heard testimony. The senator from Ohio, Republican Mark Dellby, pressed the witness. “Why wait?” Dellby asked.\n\n"
        "The witness, Assistant Secretary Joan Priest, said officials were “coordinating.” "
        "“Coordinating is not a policy,” the senator from Ohio shot back."
    )
    assert speakers(text)[-1][1].endswith("Mark Dellby")


def test_a_statement_set_as_a_block_without_marks_is_quoted():
    text = (
        "Senate Majority Leader Carol Whitcombe just issued a statement:\n\n"
        "Tonight the Senate did its job. We passed a bill that keeps our promises to our allies.\n\n"
        "The Senate Democratic Caucus sent a letter to the governor. The letter said, in part:\n\n"
        "The people of this state voted twice for districts drawn by both parties, and we will hold you to it.\n\n"
        "The bill includes:\n\n"
        "Money for air defence, for border staff and for a new court that hears asylum claims.\n\n"
        "The charity calls on all parties to:\n\n"
        "Keep the road open for civilians leaving the frontline towns, by day and by night."
    )
    blocks = [(q.text[:20], q.speaker, q.kind) for q in find_quotes(text)]
    assert blocks == [("Tonight the Senate d", "Carol Whitcombe", "block"), ("The people of this s", "Senate Democratic Caucus", "block")]


def test_an_office_before_a_surname_is_no_part_of_the_name():
    assert clean_name("Majority Leader Whitaker") == "Whitaker"
    assert clean_name("House Speaker Pratt") == "Pratt"
    assert clean_name("Secretary of State Marco Rubio") == "Marco Rubio"
    assert clean_name("Renters First Australia") == "Renters First Australia"  # 'First' is no office
    text = 'Majority Leader Whitaker said she expected a vote "before midnight."\n\nSenate Majority Leader Carol Whitaker spoke later.'
    assert speakers(text) == [("before midnight", "Carol Whitaker")]


def test_a_spokesman_for_a_named_person_speaks_whatever_describes_that_person():
    text = "A spokesman for Gov. Ruth Okafor, a Democrat, said the governor “will read the bill when it reaches her.”"
    assert speakers(text) == [("will read the bill when it reaches her", "a spokesman for Gov. Ruth Okafor")]


def test_a_relative_clauses_own_subject_speaks_past_coordinated_verbs():
    relative = (
        "Negotiators agreed to swap prisoners but made no progress on a truce, with Moscow repeating demands "
        "that Kyiv's chief negotiator described as “a list of surrender terms.”"
    )
    assert speakers(relative) == [("a list of surrender terms", "Kyiv's chief negotiator")]
    reported = "“We are close,” the council president, Ana Roth, told reporters, adding that leaders had asked officials to “work on options.”"
    assert speakers(reported)[-1] == ("work on options", "Ana Roth")
