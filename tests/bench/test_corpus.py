"""The benchmark corpus: the same seed writes the same bytes, and its ground truth is true."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from newscurate.bench.corpus import LANGUAGES, OUTLETS, generate_file, plan, write_corpus
from newscurate.evaluate import score_cleaning, words
from newscurate.ingest.reader import Quarantined, read_document

# Noise that cuts or glues words, so a gold word is not found as such in the raw text.
WORD_SPLITTING_NOISE = {"hyphenation", "invisible_char", "mojibake"}


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    write_corpus(out, 20, seed=7)
    return out


def test_same_seed_writes_the_same_bytes(corpus, tmp_path):
    write_corpus(tmp_path, 20, seed=7)
    assert tree(tmp_path) == tree(corpus)


def test_another_seed_writes_other_articles(corpus, tmp_path):
    write_corpus(tmp_path, 20, seed=8)
    assert set(tree(tmp_path).values()).isdisjoint(v for k, v in tree(corpus).items() if k.startswith("raw/") and v.strip())


def test_rewriting_a_corpus_replaces_it_and_a_foreign_folder_is_left_alone(tmp_path):
    write_corpus(tmp_path / "c", 20, seed=1)
    write_corpus(tmp_path / "c", 5, seed=1)
    assert len(list((tmp_path / "c" / "raw").rglob("*.*"))) == 5
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    with pytest.raises(FileExistsError):
        write_corpus(tmp_path / "mine", 5, seed=1)
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"


def test_files_are_news_sized(corpus):
    sizes = [len(b) for name, b in tree(corpus / "raw").items() if name.endswith(".txt") and b.strip()]
    assert 4_000 < sum(sizes) / len(sizes) < 8_000


def test_truth_lists_every_text_file_with_its_gold_body(corpus):
    records = [json.loads(line) for line in (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    manifest = json.loads((corpus / "manifest.json").read_text())
    assert {r["id"] for r in records} | set(manifest["bad_files"]) == set(tree(corpus / "raw"))
    for record in records:
        raw_words, body_words = words(record["raw"]), words(record["body"])
        if not WORD_SPLITTING_NOISE & set(record["noise"]):
            assert not body_words - raw_words, record["id"]
        assert sum(body_words.values()) < sum(raw_words.values()), "the page around a body adds words"


def test_the_gold_body_leaves_out_the_page_around_it():
    generated = next(g for g in (generate_file(3, i) for i in range(40)) if g.kind == "article" and g.outlet == "Harbour Ledger")
    assert "cookies" in generated.text and "cookies" not in generated.body
    assert "Share this article" in generated.text and "Share this article" not in generated.body
    assert generated.text.splitlines()[4] not in generated.body  # the headline


def test_truth_is_what_eval_cleaning_reads(corpus):
    score = score_cleaning(corpus / "truth.jsonl")
    assert len(score.documents) == 20 and score.f1 > 0.8


def test_bad_files_are_what_the_reader_quarantines(tmp_path):
    bad = [generate_file(1, i) for i in range(3000) if plan(1, i).kind == "bad_file"][:8]
    assert {b.variant for b in bad} >= {"png", "whitespace"}
    for generated in bad:
        path = tmp_path / generated.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(generated.data)
        assert isinstance(read_document(path, tmp_path), Quarantined), generated.variant


def test_mix_of_a_large_corpus():
    plans = [plan(1, i) for i in range(3000)]
    kinds = Counter(p.kind for p in plans)
    assert 0.05 <= kinds["near_duplicate"] / len(plans) <= 0.10
    assert 0 < kinds["bad_file"] < 0.03 * len(plans) and kinds["boilerplate_only"] > 0
    languages = Counter(p.outlet.language for p in plans if p.outlet)
    assert set(languages) == set(LANGUAGES) and 0.05 < 1 - languages["en"] / sum(languages.values()) < 0.25
    assert {p.outlet.layout for p in plans if p.outlet} == {o.layout for o in OUTLETS}


def test_near_duplicates_copy_an_earlier_article():
    copies = [(i, p) for i in range(600) if (p := plan(1, i)).kind == "near_duplicate"]
    variants = {p.variant for _, p in copies}
    assert variants == {"syndicated", "edited"}
    for index, planned in copies[:10]:
        copy, original = generate_file(1, index), generate_file(1, planned.original)
        assert planned.original < index and copy.duplicate_of == original.path
        if planned.variant == "syndicated":
            assert copy.body == original.body and copy.text != original.text
        else:
            shared = sum((words(copy.body) & words(original.body)).values())
            assert copy.body != original.body and shared > 0.7 * sum(words(original.body).values())
