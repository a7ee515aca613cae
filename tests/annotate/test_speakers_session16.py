"""Session 16's round from the blind set quotes_holdout25 (war and peace-talks coverage in twenty
outlets' styles): each rule with a passage of our own, and what it must leave alone."""

from newscurate.annotate.quotes import find_quotes


def _speech(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text) if q.kind in ("direct", "interview_answer")]


def _answers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text) if q.kind == "interview_answer"]


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in find_quotes(text)]


_QUESTIONS_LABELLED_ONLY = (
    "‘We rebuild at night’: the engineer who keeps Kharkiv’s lights on\n\n"
    "By Marta Ilchenko\n\n"
    "Serhii Dovzhenko, 44, has run the city’s repair crews since the first winter of strikes. We spoke with Dovzhenko about the work.\n\n"
    "Q: How long does a repair take? Most people only see the lights come back.\n\n"
    "The lights are the last hour of a job that can take a week. First we find the damage.\n\n"
    "Q: Who decides what is fixed first?\n\n"
    "Hospitals, then water, then homes. I will be honest, it is never enough.\n\n"
    "Q: How do you rest?\n\n"
    "Badly. I sleep in the truck some weeks."
)


def test_an_interview_whose_questions_alone_are_labelled_gives_each_answer_to_the_interviewee_not_the_byline():
    answers = _answers(_QUESTIONS_LABELLED_ONLY)
    assert [text.split(" ", 2)[:2] for text, _ in answers] == [["The", "lights"], ["Hospitals,", "then"], ["Badly.", "I"]]
    assert {speaker for _, speaker in answers} == {"Serhii Dovzhenko"}


def test_a_labelled_interview_still_needs_two_labelled_questions():
    text = _QUESTIONS_LABELLED_ONLY.replace("Q: Who decides", "Who decides").replace("Q: How do you rest?", "How do you rest")
    assert not _answers(text)


def test_an_adverb_before_a_reporting_verb_is_no_speaker():
    text = (
        "Those who promote “land for peace” rarely ask what happens to the people on the land.\n\n"
        "“They came to the school in the first week,” said Olha Tkachenko, a teacher."
    )
    assert _kinds(text)[0] == ("land for peace", "scare")
    assert _speech(text) == [("They came to the school in the first week,", "Olha Tkachenko")]


def test_a_backbencher_is_a_role_before_a_name():
    text = "Labour backbencher Fiona McCracken rose to intervene: “Does the minister accept that?”"
    assert _speech(text) == [("Does the minister accept that?", "Fiona McCracken")]


def test_she_goes_to_the_woman_the_sentence_names_not_to_a_two_word_place_after_her():
    text = "Yelena Barkova, Russia’s rights commissioner, also thanked Abu Dhabi. “We are grateful to our friends,” she told reporters."
    assert _speech(text) == [("We are grateful to our friends,", "Yelena Barkova")]


def test_with_two_women_in_the_sentence_she_stays_with_its_subject():
    text = "Yelena Barkova met Anna Kask in Tallinn. “We agreed on nothing,” she said."
    assert _speech(text) == [("We agreed on nothing,", "Yelena Barkova")]


def test_the_gulf_states_are_a_noun_phrase_and_according_to_names_the_speaker():
    text = "According to Dr Nadia Haddad, a researcher in Doha, the Gulf states see mediation as “a form of soft power that costs little.”"
    assert _speech(text) == [("a form of soft power that costs little.", "Nadia Haddad")]


def test_a_paragraph_of_words_with_no_cue_belongs_to_whom_the_last_paragraph_ends_by_meeting():
    text = (
        "Putin has said a great deal about the region. Last month I spoke to Olha Tkachenko, a history teacher from Izium.\n\n"
        "“They came to the school in the first week with new textbooks.”"
    )
    assert _speech(text) == [("They came to the school in the first week with new textbooks.", "Olha Tkachenko")]


def test_meeting_someone_does_not_take_over_from_a_speaker_the_last_paragraph_quoted():
    text = (
        "“We need more shelters,” said Mayor Ihor Terekhov, who later met Olha Tkachenko at the school.\n\n"
        "“The winter will be hard.”"
    )
    assert _speech(text)[-1] == ("The winter will be hard.", "Ihor Terekhov")


def test_father_abbreviated_is_a_title():
    text = "Prayers were led by Fr Vasyl Stetsiuk of the parish.\n\n\"Today we thank God for our freedom,\" Fr Stetsiuk told the crowd."
    assert _speech(text) == [("Today we thank God for our freedom,", "Vasyl Stetsiuk")]
