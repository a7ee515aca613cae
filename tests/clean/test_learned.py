"""Boilerplate learned from the corpus: recurring paragraphs of one outlet go, shared quotes stay."""

import polars as pl

from newscurate.clean import clean_text
from newscurate.clean.learned import learned_keys, paragraph_key, paragraph_keys

SLOGAN = "The Valley Courier is proudly owned by the people of Millbrook since 1921"
QUOTE = "“We will rebuild every bridge,” the governor said on Monday"


def test_a_learned_paragraph_is_removed_with_its_own_reason():
    raw = f"Headline about bridges\n\nThe bridge reopened on Monday after repairs.\n\n{SLOGAN}\n\nTraffic returned quickly."
    result = clean_text(raw, frozenset({paragraph_key(SLOGAN)}))
    assert SLOGAN not in result.text and "Traffic returned quickly." in result.text
    assert [r.reason for r in result.removals if r.reason == "learned_boilerplate"] == ["learned_boilerplate"]
    assert SLOGAN in clean_text(raw).text


def test_keys_fold_case_spacing_and_punctuation_and_flag_quotes():
    assert paragraph_key("Sign  up, now!") == paragraph_key("sign up now")
    keys = paragraph_keys(f"{SLOGAN}\n\n{QUOTE}")
    assert keys[paragraph_key(SLOGAN)] is False and keys[paragraph_key(QUOTE)] is True


def test_learning_needs_enough_documents_of_one_outlet_and_spares_shared_quotes():
    slogan, quote, rare = paragraph_key(SLOGAN), paragraph_key(QUOTE), paragraph_key("once")
    stats = pl.LazyFrame(
        [("Valley Courier", slogan, 8, False), ("Valley Courier", quote, 8, True), ("Other Post", quote, 5, True), ("Valley Courier", rare, 2, False)],
        schema=["outlet", "key", "n_docs", "has_quote"], orient="row",
    )

    def documents(valley_courier: int) -> pl.LazyFrame:
        return pl.LazyFrame({"outlet": ["Valley Courier", "Other Post"], "documents": [valley_courier, 10]})

    assert learned_keys(stats, documents(10)) == {"Valley Courier": frozenset({slogan})}
    assert learned_keys(stats, documents(40)) == {"Valley Courier": frozenset({slogan})}, "8 of 40 is the least share learned"
    assert learned_keys(stats, documents(100)) == {}, "below the share of the outlet's documents"
