"""The metadata gold sets (our own writing: pages as scrapers and PDF exports leave them, in many
house styles and ten languages): floors the README's figures must keep. Invented values (a title,
date or author where the page gives none) are held at zero: the issue's rule is never to invent."""

from pathlib import Path

import pytest

from newscurate.annotate.evaluate_metadata import evaluate, read_gold

GOLD = Path(__file__).parents[1] / "gold"

# Per set: (title, subtitle, published_date, genre, authors F1, outlet), a hair under what the README reports.
FLOORS = {
    "metadata_dev": (0.96, 0.89, 0.99, 0.89, 0.96, 0.89),
    "metadata_holdout": (0.92, 0.89, 0.92, 0.89, 0.92, 0.86),
    "metadata_holdout2": (0.89, 0.82, 0.87, 0.77, 0.95, 0.79),
    "metadata_holdout3": (0.89, 0.79, 0.94, 0.94, 0.93, 0.87),
    "metadata_holdout4": (0.94, 0.94, 0.94, 0.94, 0.95, 0.89),
    # Session 22's blind set (blind: 0.775, 0.70, 0.825, 0.90, 0.711, 0.775), after session 23's round from it.
    "metadata_holdout5": (0.87, 0.77, 0.89, 0.92, 0.92, 0.77),
    # Session 23's blind set, scored after the holdout5 round (authors 0.817 blind; 0.822 on the session's
    # first code), then four fixes from its misses, then session 24's round from them (authors 0.839 → 0.960).
    "metadata_holdout6": (0.92, 0.89, 0.97, 0.92, 0.95, 0.87),
    # Session 25's blind set (authors 0.854 blind), after session 26's byline forms (authors 0.913; 0.925 with session 28's first names).
    "metadata_holdout7": (0.87, 0.87, 0.89, 0.89, 0.92, 0.89),
    # Session 26's blind set (authors 0.784 blind, 0.800 with names in capitals written as names), then
    # session 27's byline fields ('Reporting: X | Graphics: Y', 'Texto: X / Fotografia: Y'): authors 0.846.
    # Then session 32's round from its misses: 0.95, 0.90, 1.0, 0.875, 0.977, 0.90.
    "metadata_holdout8": (0.94, 0.89, 0.99, 0.87, 0.97, 0.89),
    # Session 32's blind set (0.792, 0.750, 0.875, 0.875, 0.840, 0.958 on the session's first code;
    # 0.792, 0.833, 0.917, 0.833, 0.840, 0.958 after the holdout8 round), then one fix from its misses
    # (an author's role under the name read as the headline).
    "metadata_holdout9": (0.83, 0.83, 0.91, 0.87, 0.86, 0.95),
    # Session 34's blind set (0.95, 0.85, 0.95, 0.90, 0.791, 0.85), then three fixes from its misses: a
    # blog's categories after its byline, a byline and photo credit between middle dots, the page's own
    # address in its first lines as the date (authors 0.864, date 1.0).
    "metadata_holdout10": (0.95, 0.85, 0.99, 0.90, 0.86, 0.85),
}
# Dates a set's gold says the page does not give, found anyway: holdout4's explainer lists related
# articles with bare dates inside what the cleaner keeps as the article (README, "left").
INVENTED_DATES = {"metadata_holdout4": 1}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_metadata_scores_stay_above_what_the_readme_reports(name):
    scores = evaluate(read_gold(GOLD / f"{name}.jsonl"))
    title, subtitle, published, genre_, authors, outlet = FLOORS[name]
    found = {field: scores.single[field].accuracy for field in ("title", "subtitle", "published_date", "genre", "language", "outlet")}
    assert found["outlet"] >= outlet, found
    assert found["title"] >= title and found["subtitle"] >= subtitle and found["published_date"] >= published, found
    assert found["genre"] >= genre_ and found["language"] == 1.0, found
    assert scores.names["authors"].f1 >= authors
    assert scores.single["published_date"].outcomes["invented"] <= INVENTED_DATES.get(name, 0)
    assert scores.single["title"].outcomes["invented"] == 0
    assert scores.single["outlet"].outcomes["invented"] == 0
