"""`newscurate eval metadata`: each field's outcome counted as the issue's rule reads ('never invent')."""

import json

import pytest
from typer.testing import CliRunner

from newscurate.annotate.evaluate_metadata import MetadataScores, evaluate, read_gold, score_document
from newscurate.cli import app

PAGE = (
    "Council approves budget after long debate\n\nBy Maria Lopez and Tom Li\nPublished 3 March 2025\n\n"
    "The city council approved the budget on Monday after a debate that lasted six hours, officials said.\n\n"
    "“This is a good day for the city,” Mayor Tom Baker said after the vote.\n\n"
    "The budget includes new money for schools and roads, and a plan to repave the harbour road next spring."
)


def test_a_value_is_right_missed_wrong_or_invented():
    scores = MetadataScores()
    record = {"id": "x", "title": "A headline", "subtitle": None, "published_date": "2025-03-03", "genre": "news", "language": None,
              "outlet": "The Lakeshore Tribune"}
    predicted = {"title": "A  HEADLINE", "subtitle": "A dek the text does not have", "published_date": None, "genre": "opinion", "language": None,
                 "outlet": "LAKESHORE TRIBUNE"}
    score_document(record, predicted, scores)
    outcomes = {name: next(o for o, n in score.outcomes.items() if n) for name, score in scores.single.items() if score.documents}
    assert outcomes == {
        "title": "right", "subtitle": "invented", "published_date": "missed", "genre": "wrong", "language": "right",
        "outlet": "right",  # an outlet's leading 'The' is folded away with case
    }
    assert len(scores.errors) == 3


def test_names_are_sets_folded_for_case_and_punctuation():
    scores = MetadataScores()
    score_document({"id": "x", "authors": ["J.R. Smith", "Ana Li"]}, {"authors": ["j r smith", "Bo Chen"]}, scores)
    authors = scores.names["authors"]
    assert (authors.gold, authors.predicted, authors.matched, authors.exact) == (2, 2, 1, 0)
    assert authors.f1 == pytest.approx(0.5)
    assert scores.names["editors"].documents == 0  # a field the gold leaves out is not scored


def test_a_raw_page_is_read_as_a_run_reads_it():
    record = {"id": "p", "raw": PAGE, "title": "Council approves budget after long debate", "authors": ["Maria Lopez", "Tom Li"],
              "published_date": "2025-03-03", "language": "en", "subtitle": None}
    summary = evaluate([record]).summary()
    assert summary["title"]["right"] == summary["published_date"]["right"] == summary["language"]["right"] == 1
    assert summary["authors"]["exact"] == 1.0


def test_a_text_that_is_all_boilerplate_scores_as_nothing_found():
    summary = evaluate([{"id": "b", "raw": "Subscribe to our newsletter\n\n© 2025 Example Media. All rights reserved.", "title": "Something"}]).summary()
    assert summary["title"]["missed"] == 1


@pytest.mark.parametrize(
    "line, says",
    [
        ("{not json", "line 1: not JSON"),
        (json.dumps({"id": "x", "raw": "text", "published_date": "3 March 2025"}), "line 1 is no"),
        (json.dumps({"id": "x", "raw": "text", "authors": "Maria Lopez"}), "line 1 is no"),
    ],
)
def test_a_bad_gold_line_is_named(tmp_path, line, says):
    path = tmp_path / "gold.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=says):
        read_gold(path)
    result = CliRunner().invoke(app, ["eval", "metadata", str(path)])
    assert result.exit_code == 2
    assert says in result.stderr


def test_the_command_prints_each_field_and_the_errors(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "p", "raw": PAGE, "title": "Council approves budget after long debate", "genre": "opinion"}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "metadata", str(path), "--errors"])
    assert result.exit_code == 0, result.output
    assert "p: genre wrong: gold 'opinion', found 'news'" in result.stdout
    assert "title" in result.stdout and "names" not in result.stdout  # no name field in the gold: no table of names
