"""The development gold set (tests/gold/cleaning_dev.jsonl, our own writing in many outlets'
styles and languages) scores above the floor the README reports."""

from pathlib import Path

import pytest

from newscurate.evaluate import score_cleaning

GOLD = Path(__file__).resolve().parents[1] / "gold" / "cleaning_dev.jsonl"


def test_cleaning_scores_on_the_development_gold_set():
    score = score_cleaning(GOLD)
    assert len(score.documents) >= 30
    assert score.recall >= 0.99
    assert score.f1 >= 0.95
    assert min(d.recall for d in score.documents) >= 0.95, "a document lost part of its body"


@pytest.mark.parametrize(
    ("name", "recall", "f1"),
    [
        ("cleaning_holdout.jsonl", 0.99, 0.975),
        ("cleaning_holdout2.jsonl", 0.99, 0.975),
        ("cleaning_holdout3.jsonl", 0.99, 0.97),
        ("cleaning_holdout4.jsonl", 0.99, 0.96),
        ("cleaning_holdout5.jsonl", 0.99, 0.97),
        ("cleaning_holdout6.jsonl", 0.99, 0.975),
        ("cleaning_holdout7.jsonl", 0.95, 0.955),
        ("cleaning_holdout8.jsonl", 0.98, 0.96),
        ("cleaning_holdout9.jsonl", 0.99, 0.97),
        ("cleaning_holdout10.jsonl", 0.99, 0.985),
        ("cleaning_holdout11.jsonl", 0.99, 0.98),
        ("cleaning_holdout12.jsonl", 0.99, 0.965),
        ("cleaning_holdout13.jsonl", 0.99, 0.98),
        ("cleaning_holdout14.jsonl", 0.975, 0.97),
        ("cleaning_holdout15.jsonl", 0.99, 0.99),
        ("cleaning_holdout16.jsonl", 0.975, 0.95),
        ("cleaning_holdout17.jsonl", 0.985, 0.955),
        ("cleaning_holdout18.jsonl", 0.985, 0.96),
        ("cleaning_holdout19.jsonl", 0.975, 0.97),
        ("cleaning_holdout20.jsonl", 0.995, 0.98),
        ("cleaning_holdout21.jsonl", 0.995, 0.965),
        ("cleaning_holdout22.jsonl", 0.995, 0.965),
        ("cleaning_holdout23.jsonl", 0.96, 0.955),
        ("cleaning_holdout24.jsonl", 0.985, 0.965),
    ],
)
def test_cleaning_scores_on_the_held_out_gold_sets(name, recall, f1):
    """Each set was written without sight of the rules and scored blind first (README: 0.849,
    0.912, 0.912, 0.901, 0.935, 0.943, 0.936, 0.955, 0.932, 0.936, 0.974, 0.960, 0.977), then learned from (the
    twelfth: 0.960 blind, 0.970 after session 15's widget and footer strings; it counts crossheads as
    body, which the cleaner removes as subheadings; the thirteenth, 0.977 blind, 0.984 after session 16's
    registration footers, betting terms, an agency's self-description and readers' money; the fifteenth,
    session 24's, 0.974 blind, 0.993 after session 25's round from its misses; the sixteenth, 0.927 blind
    on session 25's first code, 0.932 after the holdout15 round, 0.954 after a round from its own misses; the seventeenth, session 26's,
    0.957 blind, not learned from; the eighteenth, session 27's, 0.964 blind, not learned from; the nineteenth, session 28's, 0.971 blind,
    0.975 after session 29's newsletter rules; the twentieth, session 29's, 0.979 blind on its first code, 0.980 after
    its rules, 0.984 after session 30's gallery, paywall and fact-check rules learned from it and the twenty-first;
    the twenty-first, session 30's, 0.954 blind, 0.967 after those rules; the twenty-second, session 31's, 0.970 blind,
    not learned from; the twenty-third, session 33's, 0.958 blind, not learned from; the twenty-fourth, session 34's,
    0.967 blind, not learned from);
    the floors guard what the README reports now."""
    score = score_cleaning(GOLD.with_name(name))
    assert len(score.documents) >= 20
    assert score.recall >= recall
    assert score.f1 >= f1
