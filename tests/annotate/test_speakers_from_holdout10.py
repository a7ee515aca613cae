"""Quote rules, round 7: US and UK political news, one invented passage each."""

import pytest

from newscurate.annotate.quotes import find_quotes
from tests.annotate.quoting import speakers_of


def test_newsletter_section_headings_are_no_interview_speakers():
    # Capitalised headings before a colon look like speaker labels; only the Q&A block is an interview.
    text = (
        "Good morning. Welcome to the newsletter.\n\n"
        "ON THE HILL: Members return today after two weeks at home, bringing complaints about prices.\n\n"
        "Q&A — We caught up with Rep. Jo Lane on Tuesday.\n\n"
        "NEWSLETTER: Are you breaking with the party?\n\n"
        "LANE: No. I am telling them what I hear at home.\n\n"
        "NEWSLETTER: What are you hearing?\n\n"
        "LANE: That prices are too high.\n\n"
        "SENATE SIDE: Senators are quieter. “I will give them some room,” Sen. Alan Bork told reporters.\n\n"
        "WEEKEND PLANS: Bork is booked for a Sunday show, his first since the vote."
    )
    answers = [q for q in find_quotes(text) if q.kind == "interview_answer"]
    assert [q.text for q in answers] == ["No. I am telling them what I hear at home.", "That prices are too high."]
    assert {q.speaker for q in answers} == {"Jo Lane"}
    assert speakers_of(text)[-1] == "Alan Bork"


def test_a_lawsuit_speaks_for_whoever_filed_it():
    text = (
        "A union sued the city on Tuesday.\n\n"
        "The lawsuit, filed in state court in Denver by the Municipal Workers Guild, asks a judge to reinstate "
        "the staff. It argues that the city “ignored every rule in the handbook.”\n\n"
        "“The city threw away a century of protections,” the complaint said.\n\n"
        "“The ruling was wrong,” Mr. Hale wrote, according to an exhibit attached to the lawsuit.\n\n"
        "“This is the whole case,” the lawsuit says."
    )
    assert speakers_of(text) == ["Municipal Workers Guild", "Municipal Workers Guild", "Hale", "Municipal Workers Guild"]


def test_a_memo_speaks_for_the_author_named_where_it_is_introduced():
    text = (
        "The party’s campaign arm has warned members about the border.\n\n"
        "The six-page memo, titled “Closing the Gap”, was written by Julia Moreno, the group’s director.\n\n"
        "In those sessions, according to the memo, voters said they wanted answers.\n\n"
        "“Voters want a plan,” the memo said."
    )
    assert speakers_of(text)[-1] == "Julia Moreno"


def test_an_organisation_pronoun_in_its_own_sentence():
    text = "The Hale campaign said in a statement that turnout rose, which it called “a clear message about the state.”"
    assert speakers_of(text) == ["Hale campaign"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The first verb reports nothing (or names its object): the sentence's subject speaks for both.
        (
            "Sen. Ada Brook questioned Lena Marsh on Tuesday.\n\n"
            "About an hour into the hearing, a protester near the back of the room stood and shouted “Keep the Fed "
            "independent!” before being escorted out.",
            "a protester",
        ),
        (
            "Sen. Ada Brook questioned Lena Marsh on Tuesday.\n\n"
            "The committee’s chairman, Senator Tom Hale, Republican of Ohio, called Ms. Marsh a serious economist "
            "and said that critics were “insulting a public servant.”",
            "Tom Hale",
        ),
        # A sentence opening with its conjunction has no subject of its own.
        ("«No es un acuerdo», dijo Julián Ortega. Y añadió: «La paz tiene que ser justa».", "Julián Ortega"),
    ],
)
def test_coordinated_verbs_share_the_sentence_subject(text, speaker):
    assert speakers_of(text)[-1] == speaker


def test_an_acronym_is_the_name_it_is_introduced_with():
    text = (
        "Doctors will strike in a dispute that the British Medical Association (BMA) says could run into next year.\n\n"
        "In a statement on Monday, the BMA said it had received “no meaningful response”."
    )
    assert speakers_of(text) == ["British Medical Association"]


def test_an_unexplained_acronym_stays_as_written():
    assert speakers_of("“We are ready,” the FBI said.") == ["FBI"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # An indefinite description set off before a name is that name's: 'A spokesman for …, Theo Park,'.
        (
            "Rep. Brian Kess said he agreed.\n\nA spokesman for the campaign committee, Theo Park, did not dispute "
            "the memo but said it reflected only “one piece of a much broader conversation” with candidates.",
            "Theo Park",
        ),
        # A party label before a name is a role, like 'spokesman': 'fellow council progressive Lourdes Cabrera'.
        (
            "Councilwoman Tiffany Reed defended the vote.\n\nFellow council progressive Lourdes Cabrera rushed to her "
            "defense, calling the package “the bare minimum for a sanctuary city.”",
            "Lourdes Cabrera",
        ),
        # 'called Ms. Marsh “…”' calls a person something (a cue), as 'called Marsh “…”' does.
        (
            "Sen. Ada Brook questioned Lena Marsh.\n\nThe committee’s chairman, Senator Tom Hale, called Ms. Marsh "
            "“a serious economist with serious credentials” on Tuesday.",
            "Tom Hale",
        ),
    ],
)
def test_the_person_a_description_introduces_speaks(text, speaker):
    assert speakers_of(text)[-1] == speaker


def test_a_titled_subject_before_a_colon_speaks():
    # No cue verb ('quote-posted … with a reply:'): the sentence's subject, after 'Rep.', speaks.
    text = (
        "Rep. Dana Grange posted a video on Monday. “Iowa farmers have been patient,” she said.\n\n"
        "Democrats pounced. Rep. Luis Arreola (D-Calif.) quote-posted Grange with a one-line reply: “You voted for this.”"
    )
    assert speakers_of(text) == ["Dana Grange", "Luis Arreola"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A progressive 'had been chanting' is active, and the relative's antecedent chants.
        (
            "Claire Whitmore won the race. She took the stage just before 11 p.m., to a ballroom of supporters who had "
            "been chanting “Claire! Claire! Claire!” for an hour.",
            "supporters",
        ),
        ("Outside, protesters chanted “No more cuts!” as the mayor arrived.", "protesters"),
        ("The German government, which told reporters “we are ready,” was calm.", "German government"),
    ],
)
def test_who_chants_or_tells_in_a_relative_clause(text, speaker):
    assert speakers_of(text) == [speaker]


def test_plural_people_are_no_she_later():
    text = (
        "Claire Whitmore won the race. She took the stage to a ballroom of supporters who had been chanting "
        "“Claire! Claire!” for an hour.\n\n“Virginia, you did it,” she told supporters."
    )
    assert speakers_of(text) == ["supporters", "Claire Whitmore"]


def test_a_source_briefed_on_talks_keeps_what_tells_it_apart():
    text = (
        "Officials met in Cairo. A person briefed on the negotiations said the delegation had no mandate. "
        "“They came for hostages,” the person said."
    )
    assert speakers_of(text) == ["a person briefed on the negotiations"]


def test_an_answer_ends_where_the_report_names_the_answerer():
    text = (
        "Rep. Mark Tenby was pressed on the point on Sunday. An excerpt of that exchange with anchor Priya Raman follows.\n\n"
        "RAMAN: Congressman, will you vote for the budget?\n\n"
        "TENBY: I’m not going to vote for anything that throws people off their health care.\n\n"
        "RAMAN: And if it doesn’t change?\n\n"
        "TENBY: Then I’ll vote no.\n\n"
        "And I will go home and explain why.\n\n"
        "Forty miles north, Greg Dunn runs the kind of hospital Tenby is worried about."
    )
    answers = [q.text for q in find_quotes(text) if q.kind == "interview_answer"]
    assert answers[-1] == "Then I’ll vote no.\n\nAnd I will go home and explain why."


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # A title-cased name standing before its noun names a plan, whatever verb reports the sentence.
        ("Health Secretary Tom Ash says that the government’s “Fit for the Future” plan will create new posts.", "Fit for the Future"),
        # After 'titled' a title may ask.
        ("He ran an ad, titled “Who Pays?”, that accused her of raising taxes.", "Who Pays?"),
    ],
)
def test_titles(text, quoted):
    assert [(q.text, q.kind) for q in find_quotes(text)] == [(quoted, "title")]


def test_a_name_given_with_the_period_inside_the_marks_is_a_title():
    text = "The firings were carried out under what the administration called its “Workforce Optimization Initiative.”"
    assert [(q.text, q.kind) for q in find_quotes(text)] == [("Workforce Optimization Initiative.", "title")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # 'accusing', 'posting' report as 'accused', 'posted' do; 'But' opens no subject.
        (
            "Councilwoman Tiffany Reed voted yes. But the councilwoman doubled down in a second post on Friday, "
            "accusing her critics of spreading “hate” and “right-wing disinformation.”",
            "Tiffany Reed",
        ),
        (
            "Lourdes Cabrera rushed to her defense, posting that anyone upset about the vote should “check their "
            "privilege” and calling the package “the bare minimum for a sanctuary city.”",
            "Lourdes Cabrera",
        ),
        # The subject's noun phrase ends at its noun, and a participle after a quote is no noun it modifies.
        (
            "The mayor’s office spent much of the day insisting that the devices were “basic communication tools” "
            "needed to schedule court dates.",
            "mayor’s office",
        ),
    ],
)
def test_participle_cues_report_short_quotes(text, speaker):
    quotes = find_quotes(text)
    assert {q.kind for q in quotes} == {"direct"}
    assert {q.speaker for q in quotes} == {speaker}


def test_a_gendered_role_is_the_last_titled_person_of_that_gender():
    text = (
        "TUCSON — At 6:40 on a Saturday morning, Rep. Alma Quin was already at work. She had coffee.\n\n"
        "Her closest partner across the aisle is Rep. Cole Barr, a Republican from Texas. “She does her homework,” "
        "Barr said in a phone interview.\n\n"
        "“We compromise, and I go to Sierra Vista,” the congresswoman said."
    )
    assert speakers_of(text) == ["Cole Barr", "Alma Quin"]
