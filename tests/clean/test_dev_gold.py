"""The development gold set (tests/gold/cleaning_dev.jsonl, our own writing in many outlets'
styles and languages) scores above the floor the README reports."""

from pathlib import Path

from newscurate.evaluate import score_cleaning

GOLD = Path(__file__).resolve().parents[1] / "gold" / "cleaning_dev.jsonl"


def test_cleaning_scores_on_the_development_gold_set():
    score = score_cleaning(GOLD)
    assert len(score.documents) >= 30
    assert score.recall >= 0.99
    assert score.f1 >= 0.95
    assert min(d.recall for d in score.documents) >= 0.95, "a document lost part of its body"


def test_cleaning_scores_on_the_held_out_gold_set():
    """Written without sight of the rules (tests/gold/cleaning_holdout.jsonl); README reports it."""
    score = score_cleaning(GOLD.with_name("cleaning_holdout.jsonl"))
    assert len(score.documents) >= 20
    assert score.recall >= 0.99
    assert score.f1 >= 0.93


def test_cleaning_scores_on_the_second_held_out_gold_set():
    """Written blind this session (tests/gold/cleaning_holdout2.jsonl); README reports it."""
    score = score_cleaning(GOLD.with_name("cleaning_holdout2.jsonl"))
    assert len(score.documents) >= 20
    assert score.recall >= 0.99
    assert score.f1 >= 0.93
