"""Batches reach the commit through staged Parquet, a chunk of records at a time, so a file of a
million records never sits in memory whole; a staged batch is found again by its key."""

import json
from pathlib import Path

from newscurate.curate import curate_chunks
from newscurate.runs import stage_chunks
from newscurate.store.staging import Staging, batch_key
from newscurate.validate.gate import Gate, GateReport

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def jsonl_of_examples(folder: Path) -> Path:
    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("0[1-5]*.txt"))]
    feed = folder / "feed.jsonl"
    feed.write_text("".join(json.dumps({"text": text, "url": f"https://example.org/{i}"}) + "\n" for i, text in enumerate(texts)))
    return feed


def test_a_multi_record_file_is_curated_in_chunks_of_records(tmp_path):
    feed = jsonl_of_examples(tmp_path)
    chunks = list(curate_chunks([feed], tmp_path, "run-1", chunk_documents=2))
    assert [len(c.documents) + len(c.quarantine) for c in chunks] == [2, 2, 1]
    assert [d["source_path"] for c in chunks for d in c.documents] == [f"feed.jsonl#row={i}" for i in range(1, 6)]


def test_staged_chunks_are_one_batch_found_again_by_its_key(tmp_path):
    feed = jsonl_of_examples(tmp_path)
    staging = Staging(tmp_path / "staging")
    key = batch_key([("feed.jsonl", "sha")], "code")
    assert staging.load(key) is None

    chunks = curate_chunks([feed], tmp_path, "run-1", chunk_documents=2)
    result = stage_chunks(chunks, key, 1, "run-1", staging, Gate())

    assert (result.files, result.documents + result.quarantined) == (1, 5)
    assert staging.load(key) == result
    assert len(staging.files([key], "documents")) == 3
    assert staging.read([key], "documents").num_rows == result.documents
    assert staging.read([key], "quotes").num_rows > 0
    assert {item["suite"] for item in staging.validation_results([key])} >= {"documents", "quotes"}
    assert batch_key([("feed.jsonl", "other sha")], "code") != key


def test_a_batch_killed_before_its_result_is_not_reused(tmp_path):
    staging = Staging(tmp_path / "staging")
    staging.start("k")
    staging.write_part("k", 0, {}, [])
    assert staging.load("k") is None


def test_schema_expectations_judge_one_file_per_schema_and_catch_a_file_of_another(tmp_path):
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from newscurate.runs import judge_schema

    feed = jsonl_of_examples(tmp_path)
    staging = Staging(tmp_path / "staging")
    key = batch_key([("feed.jsonl", "sha")], "code")
    gate = Gate()
    result = stage_chunks(curate_chunks([feed], tmp_path, "run-1", chunk_documents=2), key, 1, "run-1", staging, gate)
    assert not any(f.expectation == "expect_column_values_to_be_of_type" for f in GateReport.from_state(result.report).failures)
    assert len(staging.one_file_per_schema([key], "documents")) == 1
    assert judge_schema(staging, [key], gate).success

    last = staging.files([key], "documents")[-1]  # a writer that broke the contract: counts as text
    table = pq.read_table(last)
    pq.write_table(table.set_column(table.schema.get_field_index("n_words"), "n_words", pc.cast(table["n_words"], "string")), last)

    assert len(staging.one_file_per_schema([key], "documents")) == 2
    report = judge_schema(staging, [key], gate)
    assert [(f.suite, f.column) for f in report.blocking] == [("documents", "n_words")]
