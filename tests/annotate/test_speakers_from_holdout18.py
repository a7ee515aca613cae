"""Quote rules from the eighteenth held-out set's errors (English political news in regional house
styles, scored blind: quote+speaker F1 0.856, span F1 0.984). One invented passage each."""

from tests.annotate.quoting import speakers_of


def test_whom_a_speaker_told_is_no_pronouns_antecedent():
    text = (
        '"Rent caps mean fewer homes," Housing Minister Julian Petrakis told Radio National Breakfast.\n\n'
        'He said the government was "open to sensible conversations" about renters.'
    )
    assert speakers_of(text) == ["Julian Petrakis", "Julian Petrakis"]


def test_a_participle_inside_an_unnamed_source_does_not_cut_it():
    # 'ruling' modifies 'party lawmaker'; only after the person's noun does a participle start a clause.
    text = (
        "A senior ruling party lawmaker close to the premier described the reshuffle as a last card.\n\n"
        '"If the numbers do not move, people will talk about a change," the lawmaker said.'
    )
    assert speakers_of(text) == ["a senior ruling party lawmaker close to the premier"]


def test_who_with_an_adjunct_is_the_person_before_it():
    text = 'Honorable mention to Mayor Theo Blanchard of Toledo, who, asked whether the parking app worked, replied: "Define working."'
    assert speakers_of(text) == ["Theo Blanchard"]


def test_alleged_reports_speech():
    text = 'Opposition leader Kavita Raghunathan alleged that her state had been "systematically starved of funds" for two years.'
    assert speakers_of(text) == ["Kavita Raghunathan"]
