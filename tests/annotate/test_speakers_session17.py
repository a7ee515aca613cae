"""Session 17's round from the blind set quotes_holdout26 (analysis, opinion and long features on the
war, talks, sanctions and politics): each rule with a passage of our own, and what it must leave alone."""

from newscurate.annotate.quotes import find_quotes


def _speech(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text) if q.kind in ("direct", "interview_answer")]


def _headline_speaker(text: str) -> str | None:
    return find_quotes(text)[0].speaker


_BODY = (
    "The Transport Secretary has promised that the ferry link will not be ‘cut for a winter’, as operators warned of higher fares.\n\n"
    "Miriam Castell told MPs yesterday that the crossing would run through the storm season. ‘We will not abandon the islands, not for a winter and not for a year,’ she said.\n\n"
    "‘Every timetable we publish is a promise,’ Ms Castell added.\n\n"
    "Tomas Ferrier, who speaks for the operators’ association, said fares would still rise. ‘Fuel is fuel,’ he said."
)


def test_a_headline_quote_with_a_role_for_speaker_is_whoever_says_the_words_below():
    text = "‘We will not abandon the islands’: minister vows to keep ferries running\n\n" + _BODY
    assert _headline_speaker(text) == "Miriam Castell"


def test_a_headline_quote_quoted_in_part_below_is_that_speakers():
    text = "“Every timetable we publish is a promise to the islands”: ferries win a reprieve\n\n" + _BODY
    assert _headline_speaker(text) == "Miriam Castell"


def test_a_headline_that_labels_its_quote_with_a_surname_names_that_speaker():
    text = "‘Fares will follow fuel’: Ferrier warns islanders as ferry deal is signed\n\n" + _BODY
    assert _headline_speaker(text) == "Tomas Ferrier"


def test_a_headline_labelled_by_description_goes_to_the_person_the_article_quotes_most():
    text = "Former harbour chief: “Nobody has a plan for the storms”\n\n" + _BODY
    assert _headline_speaker(text) == "Miriam Castell"


def test_a_headline_quote_is_left_alone_when_its_speaker_is_quoted_below_or_when_nothing_labels_it():
    labelled = "Ferrier: “The deal is fragile”\n\n" + _BODY
    assert _headline_speaker(labelled) == "Tomas Ferrier"
    bare = "Islands get ‘breathing space’ in ferry deal\n\n" + _BODY
    assert _headline_speaker(bare) is None  # a scare-quoted phrase, no cue, no label
    lede = "The Transport Secretary said on Monday that “nobody has a plan”, as storms closed the port and the islands ran short of fuel.\n\n" + _BODY
    assert _headline_speaker(lede) != "Miriam Castell"  # a first paragraph that is a sentence is no headline


def test_a_source_that_quotes_someone_as_saying_gives_the_words_to_that_someone():
    text = "Court documents filed on Monday quote the ship’s captain as saying: “We were told to switch off the transponder.”"
    assert _speech(text) == [("We were told to switch off the transponder.", "ship’s captain")]
    cited = "The agency cited Lena Vogt as saying that “no date has been set”."
    assert _speech(cited) == [("no date has been set", "Lena Vogt")]


def test_a_quote_in_what_someone_says_a_body_will_do_is_that_someones():
    text = (
        "The economy minister, Denisa Sarkova, told parliament that supplies were dearer. "
        "She said the government would ask the Commission for “fair compensation” within weeks."
    )
    assert _speech(text) == [("fair compensation", "Denisa Sarkova")]
    # A body that did something it can speak for keeps its words: 'X said the ministry told reporters “…”'.
    told = "Sarkova said the ministry told reporters it had “no intention of backing down”."
    assert _speech(told) == [("no intention of backing down", "ministry")]


def test_a_relative_clause_after_a_name_says_nothing_of_its_gender():
    text = (
        "His mother, standing beside him, laughed. “He always was stubborn,” she said.\n\n"
        "Oksana Demchuk, whose husband, a border guard, has been missing since 2022, had brought a photograph. "
        "“Every exchange, I come,” she said."
    )
    assert _speech(text)[1] == ("Every exchange, I come,", "Oksana Demchuk")


def test_common_slavic_first_names_tell_a_gender():
    text = "Lena Halloway met both delegations on Thursday. Gennady Sorokin, for Moscow, spoke first. “We are not close,” she said."
    assert _speech(text) == [("We are not close,", "Lena Halloway")]
