"""Quote rules from the seventeenth held-out set's errors (English political news in twelve newsroom
styles, scored blind: quote+speaker F1 0.819, span F1 0.940). One invented passage each."""

from tests.annotate.quoting import kinds_of, speakers_of


def test_an_explainers_question_subheadings_are_no_interview():
    # Third-person answers under 'What happens next?' and no interview announced: nobody is answering.
    text = (
        "The island nation of Velmar is close to a bailout. Here is what to know.\n\n"
        "What happened?\n\nThe government missed a $310 million interest payment in February.\n\n"
        "Why does it matter?\n\nA default would shut the country out of markets for years.\n\n"
        "What happens next?\n\nThe fund's board meets on Friday to vote on the loan."
    )
    assert [kind for _, kind in kinds_of(text)] == []


def test_an_announced_interview_without_pronouns_still_has_answers():
    # Portuguese drops its pronouns; 'Falámos com ele' announces the interview.
    text = (
        "O economista João Matos publicou um livro sobre a crise. Falámos com ele em Lisboa.\n\n"
        "Portugal saiu melhor da crise do que se esperava. Porquê?\n\nEm parte por mérito próprio, em parte por sorte.\n\n"
        "E o maior erro?\n\nTer explicado mal o que estávamos a fazer.\n\nO que falta?\n\nA habitação."
    )
    assert [kind for _, kind in kinds_of(text)] == ["interview_answer"] * 3


def test_a_birth_name_after_born_is_not_whom_the_pronoun_means():
    text = (
        "Margaret Thornbury, who served five terms in Congress, died on Sunday.\n\n"
        "Born Margaret Ann Lindqvist in Hibbing, she was the daughter of an iron miner. "
        '"I learned more in the union hall than in Washington," she wrote.'
    )
    assert speakers_of(text) == ["Margaret Thornbury"]


def test_a_newspaper_is_nobody_a_pronoun_means():
    # 'Courier', like 'Times' or 'Herald', heads a newspaper's name: it speaks as a group, never as 'she'.
    text = (
        "Margaret Thornbury broke with her party in 1994. The Iron Range Courier accused her of forgetting her voters.\n\n"
        'She retired in 2000, saying she wanted to "leave before I become furniture."'
    )
    assert speakers_of(text) == ["Margaret Thornbury"]


def test_per_names_a_source_as_according_to_does():
    text = 'Kyle Brandt is on thin ice.\n\nThe mood inside the campaign, per one aide: "Somewhere between a wake and a fire drill."'
    assert speakers_of(text) == ["aide"]


def test_an_adverb_between_subject_and_cue_is_no_subject():
    text = (
        'Fenwick will roll out a child care credit, a campaign official said - a plan that Tessa Nguyen has already '
        'dismissed as "a coupon, not a plan."'
    )
    assert speakers_of(text) == ["Tessa Nguyen"]
