"""Quote rules from the sixteenth held-out set's errors (English political reporting, scored blind:
quote+speaker F1 0.822, span F1 0.954): places and abbreviations read as people, organisations
named by their head word, and terms or signs typed as speech. One invented passage each."""

import pytest

from tests.annotate.quoting import kinds_of, speakers_of


def test_a_state_after_a_town_is_no_speaker():
    text = (
        "Mr. Hallworth, a former emergency director in Tulsa County, Okla., who spent two decades in the Army, told "
        'the committee that the agency had "lost the trust of the people it serves."'
    )
    assert speakers_of(text) == ["Hallworth"]


def test_a_place_after_outside_is_no_antecedent():
    text = (
        "Theodore Hallworth faced the committee. Mr. Hallworth described the flood that destroyed his parents' home "
        'outside Sand Springs when he was a teenager.\n\n"That is what a disaster does to people," he said.'
    )
    assert speakers_of(text) == ["Theodore Hallworth"]


def test_a_present_cue_inside_a_past_report_reports_nothing():
    text = (
        "Sen. Howard Pruett voted no. He also said the funding formula favored populous states: "
        '"If you live in a town of 800 people, this bill puts you at the back of the line."'
    )
    assert speakers_of(text) == ["Howard Pruett"]


def test_then_coordinates_verbs_of_one_subject():
    text = (
        "Graham Ostrander spoke at length. At a veterans hall in a mining town, he repeated the promise, then added "
        'a new line: "If your hospital is an hour away, that is my problem now."'
    )
    assert speakers_of(text) == ["Graham Ostrander"]


def test_the_department_is_the_department_named_before():
    text = (
        "A contract to overhaul the Department of Veterans Affairs' software went to Halverson Ridge Technologies, "
        "a firm that had never held a prime contract.\n\nThe department did not provide data. "
        'The department said in a statement that it "takes all allegations seriously."'
    )
    assert speakers_of(text) == ["Department of Veterans Affairs"]


def test_the_source_after_according_to_is_a_pronoun_antecedent():
    text = (
        "Malik Durand, a budget analyst, expects a fight.\n\nThe likeliest outcome, according to Ms. Elise Pardo, is a "
        'stopgap. "Congress is very good at moving a deadline," she said.'
    )
    assert speakers_of(text) == ["Elise Pardo"]


@pytest.mark.parametrize(
    "text, kinds",
    [
        ("A few years ago the word was “resilience.” Before that, “transparency.”", ["scare", "scare"]),
        ("Sen. Porter Kinsey introduced the “Regulatory Accountability and Reform Act,” which would slow new rules.", ["title"]),
        ("He spoke in front of a banner that read “Reform Now.”", ["title"]),
        ("Volunteers unloaded boxes of yard signs reading “Built Here, Staying Here.”", ["title"]),
        ("“We win,” Lindqvist said, as staff loaded boxes of yard signs reading “Built Here, Staying Here.”", ["direct", "title"]),
    ],
)
def test_terms_acts_and_signs_are_no_speech(text, kinds):
    assert [kind for _, kind in kinds_of(text)] == kinds


def test_an_adverb_after_a_free_relatives_subject_is_no_part_of_it():
    # 'in what one senior minister privately called': someone unnamed, not the last person named.
    text = "Rosalind Mercer campaigned hard.\n\nThe opposition won, in what one senior minister privately called ‘a proper kicking’."
    assert speakers_of(text) == ["senior minister"]


def test_an_acronym_is_the_name_the_text_spells_with_its_initials():
    text = (
        "The centre-right European People’s Party passed a resolution with hard-right votes.\n\n"
        "The EPP insists nothing has changed. ‘We vote for our own texts,’ the group said in a statement."
    )
    assert speakers_of(text) == ["European People’s Party"]


def test_a_modified_organisation_noun_is_the_organisation_that_opened_the_last_sentence():
    text = (
        "The U.S. Chamber of Commerce urged the administration to reconsider. In a statement, the business group "
        "said the tariffs would amount to “a tax on American manufacturers”."
    )
    assert speakers_of(text) == ["U.S. Chamber of Commerce"]


def test_a_dash_ends_the_clause_before_a_cue():
    text = (
        'Henrik Aalto leads the talks. Rick Valdez told Reuters last month that producers had become "a laundering '
        'operation" - a remark Aalto called "insulting and simply untrue."'
    )
    assert speakers_of(text) == ["Rick Valdez", "Henrik Aalto"]


def test_a_thing_in_a_reported_clause_tells_nothing():
    # 'the numbers told voters': the pollster, whose 'said' reports the clause, speaks.
    text = 'Gary Pettibone, a pollster in Detroit, said the numbers told voters "almost nothing they could not have guessed."'
    assert speakers_of(text) == ["Gary Pettibone"]
