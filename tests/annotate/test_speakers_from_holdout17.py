"""Quote rules from the seventeenth held-out set's errors (English political news in twelve newsroom
styles, scored blind: quote+speaker F1 0.819, span F1 0.940). One invented passage each."""

from tests.annotate.quoting import kinds_of


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
