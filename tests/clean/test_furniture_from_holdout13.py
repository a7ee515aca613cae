"""General patterns from the thirteenth held-out set's errors: a publisher's registration footer, a
betting advertiser's terms, a news agency's description of itself, a blog's related-post category
labels, donation appeals in the outlet's voice, a reader told to use a VPN, a Spanish newsletter box;
and the article sentences that share their words and must stay. Texts are made up for these tests."""

import pytest

from newscurate.clean import clean_text
from tests.clean.test_furniture_from_holdout10 import EXPLAINER, EXPLAINER_MORE


@pytest.mark.parametrize(
    "furniture",
    [
        "The Harbour Ledger is a registered charity in England and Wales (no. 1187654).",
        "Registered office: 12 Mill Lane, Leeds LS1 4AB",
        "Harbour Media Ltd, company number 01849521.",
        "Bet on the big match. New customers get a free bet. T&Cs apply. 18+ only.",
        "Northline, the news and media division of Northline Group, is the world's largest multimedia news provider.",
        "We keep the lights on in our newsroom thanks to our readers.",
        "We can only keep working with your help. Even 5 euros a month makes a difference.",
        "The Courier is blocked in Russia. Use a VPN or our mirror site to keep reading.",
    ],
)
def test_furniture_between_or_after_the_paragraphs_goes(furniture):
    page = "\n\n".join([*EXPLAINER[:3], furniture, *EXPLAINER[3:], *EXPLAINER_MORE[:1]])
    text = clean_text(page).text
    assert furniture not in text
    assert all(paragraph in text for paragraph in (*EXPLAINER, *EXPLAINER_MORE[:1]))


def test_a_related_posts_category_label_goes_with_its_list():
    labels = ['In "EU Politics"', "In “Explainers”"]
    page = "\n".join([*EXPLAINER, "Related", "How a proposal becomes law", labels[0], "Why the budget talks stalled", labels[1]])
    text = clean_text(page).text
    assert all(paragraph in text for paragraph in EXPLAINER)
    assert not any(label in text for label in labels)


def test_a_spanish_newsletter_box_goes():
    body = [
        "El Ayuntamiento aprobó este martes el presupuesto para el próximo año con los votos del equipo de gobierno.",
        "La oposición criticó que las partidas para vivienda apenas crecen un dos por ciento respecto al año pasado.",
        "El alcalde defendió que la prioridad es terminar las obras del nuevo centro de salud antes del verano.",
        "Los vecinos podrán presentar alegaciones durante quince días hábiles a partir de su publicación en el boletín.",
    ]
    promo = "Recibe cada mañana las noticias más importantes de la ciudad en tu correo."
    text = clean_text("\n\n".join([*body[:2], promo, *body[2:]])).text
    assert promo not in text and all(paragraph in text for paragraph in body)


@pytest.mark.parametrize(
    "sentence",
    [
        "Many Russians now use a VPN to read blocked news sites, according to a survey published on Monday.",
        "The foundation, a registered charity since 2019, said it would appeal against the fine.",
        "Pensioners will receive 50 euros a month more from January, the finance ministry said.",
        "With your help, we can rebuild the school by spring, the mayor told residents at the meeting.",
        "The firm describes itself as a leading provider of software to hospitals across the region.",
    ],
)
def test_article_sentences_that_share_the_words_stay(sentence):
    page = "\n\n".join([*EXPLAINER[:3], sentence, *EXPLAINER[3:]])
    assert sentence in clean_text(page).text
