"""Across runs: a paragraph an outlet prints on every article is learned, then removed."""

import polars as pl
import pytest

from flows.curate import curate
from newscurate.config import RunConfig
from newscurate.store.warehouse import Warehouse

pytestmark = pytest.mark.slow

SLOGAN = "The Valley Courier has told the story of Millbrook and its people every week since 1921"
TOPICS = ["bridge", "school", "library", "harbour", "market", "railway", "hospital"]


def article(topic: str) -> str:
    body = " ".join(f"Sentence {i} about the {topic} repairs approved by the council this spring." for i in range(12))
    return f"Council approves {topic} plan\n\n{body}\n\n{SLOGAN}\n\nSource: Valley Courier\n"


def test_recurring_outlet_paragraph_is_learned_and_removed_in_later_runs(tmp_path):
    inbox, warehouse = tmp_path / "inbox", tmp_path / "warehouse"
    inbox.mkdir()
    for topic in TOPICS[:4]:
        (inbox / f"{topic}.txt").write_text(article(topic))
    first = curate(config=RunConfig(input_dir=str(inbox), warehouse=str(warehouse)))
    assert first.status == "committed"
    store = Warehouse(warehouse)
    assert store.read("documents").filter(pl.col("text").str.contains(SLOGAN)).height == 4
    assert store.learned_boilerplate()["Valley Courier"]

    first_ids = set(store.read("documents")["doc_id"])
    for topic in TOPICS[4:]:
        (inbox / f"{topic}.txt").write_text(article(topic))
    second = curate(config=RunConfig(input_dir=str(inbox), warehouse=str(warehouse)))
    # The 3 new articles, and the 4 committed before the slogan was learned, curated again.
    assert (second.documents, second.files_recleaned) == (7, 4), (second.status, second.files_skipped, second.failure_reasons)
    assert second.removals_by_reason.get("learned_boilerplate") == 7
    documents = store.read("documents")
    assert documents.height == 7 and not documents["text"].str.contains(SLOGAN).any()
    assert first_ids < set(documents["doc_id"])  # same documents, new versions of their rows
    assert store.read("documents", version=0)["text"].str.contains(SLOGAN).all()  # the first run's version, as it was

    slogan = store.read("paragraph_stats").sort("n_docs").row(-1, named=True)
    assert slogan["n_docs"] == 7  # each document counted once, though 4 were curated twice

    third = curate(config=RunConfig(input_dir=str(inbox), warehouse=str(warehouse)))
    assert (third.status, third.files_recleaned) == ("nothing_new", 0)


def test_near_copy_in_a_later_run_points_at_the_earlier_document(tmp_path):
    inbox, warehouse = tmp_path / "inbox", tmp_path / "warehouse"
    inbox.mkdir()
    original = article("bridge").replace(SLOGAN, "The works will take two years.")
    (inbox / "original.txt").write_text(original)
    curate(config=RunConfig(input_dir=str(inbox), warehouse=str(warehouse)))
    (inbox / "syndicated.txt").write_text(original.replace("Sentence 3", "Line 3") + "\nA closing note from the syndicating desk.\n")
    curate(config=RunConfig(input_dir=str(inbox), warehouse=str(warehouse)))
    documents = Warehouse(warehouse).read("documents")
    first = documents.filter(pl.col("source_path") == "original.txt").row(0, named=True)
    copy = documents.filter(pl.col("source_path") == "syndicated.txt").row(0, named=True)
    assert copy["duplicate_of"] == first["doc_id"] and 0.8 <= copy["duplicate_similarity"] < 1.0
