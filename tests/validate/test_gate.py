"""The gate closes: each way a table can be wrong fails the right expectation, at the right severity."""

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

from newscurate.curate import curate_document
from newscurate.ingest.reader import decode_document
from newscurate.runs import judged_frames, staged_tables
from newscurate.validate.gate import Gate, load_suite_json, suite_for_scope, suite_names

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@pytest.fixture(scope="module")
def gate(tmp_path_factory):
    return Gate(tmp_path_factory.mktemp("gx"))


@pytest.fixture(scope="module")
def valid_tables():
    from newscurate.curate import BatchRows

    rows = BatchRows()
    for path in sorted(EXAMPLES.glob("0[1-4]*.txt")):
        rows.extend(curate_document(decode_document(path.name, path.read_bytes()), "run-test"))
    return staged_tables(rows)


@pytest.fixture(scope="module")
def valid_frames(valid_tables):
    return judged_frames(valid_tables, None, set())


def failures(gate, frames):
    report = gate.validate(frames)
    ordered = sorted(report.failures, key=lambda f: f.severity == "critical")  # critical wins a shared key
    return {(f.suite, f.expectation, f.column): f for f in ordered}


def test_every_table_has_a_suite_and_every_suite_is_valid_ge_json_with_severities():
    from newscurate.store.schemas import TABLES

    # runs, paragraph_stats and migrations are the pipeline's own bookkeeping, written from validated rows.
    assert set(suite_names()) == set(TABLES) - {"runs", "paragraph_stats", "migrations"}
    for name in suite_names():
        suite = load_suite_json(name)
        assert suite["expectations"], name
        for expectation in suite["expectations"]:
            assert expectation["meta"]["severity"] in ("critical", "warning")


def test_valid_tables_pass_every_critical_expectation(gate, valid_frames):
    report = gate.validate(valid_frames)
    assert [f.label for f in report.failures if f.severity == "critical"] == []


def corrupt(frames, table, change):
    copy = {name: frame.copy() for name, frame in frames.items()}
    change(copy[table])
    return copy


def _set(frame, column, value, row=0):
    frame.at[frame.index[row], column] = value


def _retype(frame, column, convert):
    frame[column] = convert(frame[column])


CASES = [
    ("duplicate doc_id", "documents", lambda f: _set(f, "doc_id", f["doc_id"].iloc[1]), ("documents", "expect_column_values_to_be_unique", "doc_id"), False),
    ("URL left in text", "documents", lambda f: _set(f, "text", f["text"].iloc[0] + " see https://x.example/a"), ("documents", "expect_column_values_to_not_match_regex", "text"), True),
    ("empty text", "documents", lambda f: _set(f, "text", ""), ("documents", "expect_column_value_lengths_to_be_between", "text"), True),
    ("e-mail address left in text", "documents", lambda f: _set(f, "text", f["text"].iloc[0] + " Write to desk@example.org."), ("documents", "expect_column_values_to_not_match_regex", "text"), True),
    ("obfuscated e-mail left in text", "documents", lambda f: _set(f, "text", f["text"].iloc[0] + " Write to [email\u00a0protected]."), ("documents", "expect_column_values_to_not_match_regex", "text"), True),
    ("HTML tag left in text", "documents", lambda f: _set(f, "text", f["text"].iloc[0] + ' <a href="x">more</a>'), ("documents", "expect_column_values_to_not_match_regex", "text"), True),
    ("text not trimmed", "documents", lambda f: _set(f, "check_text_is_trimmed", False), ("documents", "expect_column_values_to_be_in_set", "check_text_is_trimmed"), True),
    ("line break inside a paragraph", "documents", lambda f: _set(f, "text", "one line\nand another"), ("documents", "expect_column_values_to_not_match_regex", "text"), True),
    ("dangling duplicate_of", "documents", lambda f: _set(f, "check_duplicate_of_exists", False), ("documents", "expect_column_values_to_be_in_set", "check_duplicate_of_exists"), False),
    ("broken quote offset", "quotes", lambda f: _set(f, "check_text_matches_document", False), ("quotes", "expect_column_values_to_be_in_set", "check_text_matches_document"), True),
    ("quote end before start", "quotes", lambda f: _set(f, "end", -1), ("quotes", "expect_column_pair_values_a_to_be_greater_than_b", "end"), True),
    ("bad removal reason", "removals", lambda f: _set(f, "reason", "because"), ("removals", "expect_column_values_to_be_in_set", "reason"), True),
    ("missing column", "links", lambda f: f.drop(columns=["domain"], inplace=True), ("links", "expect_table_columns_to_match_set", None), False),
    ("count as text", "documents", lambda f: _retype(f, "n_words", lambda c: c.astype(str)), ("documents", "expect_column_values_to_be_of_type", "n_words"), False),
    ("list joined into text", "documents", lambda f: _retype(f, "authors", lambda c: c.map("; ".join)), ("documents", "expect_column_values_to_be_of_type", "authors"), False),
    ("date as text", "documents", lambda f: _retype(f, "published_date", lambda c: "2024-05-01"), ("documents", "expect_column_values_to_be_of_type", "published_date"), False),
    ("offset as float", "quotes", lambda f: _retype(f, "start", lambda c: c.astype(float)), ("quotes", "expect_column_values_to_be_of_type", "start"), False),
    ("nullable bool as text", "links", lambda f: _retype(f, "internal", lambda c: c.map({True: "yes", False: "no"})), ("links", "expect_column_values_to_be_of_type", "internal"), False),
]


@pytest.mark.parametrize(("label", "table", "change", "key", "quarantines"), CASES, ids=[c[0] for c in CASES])
def test_each_corruption_fails_its_critical_expectation(gate, valid_frames, label, table, change, key, quarantines):
    found = failures(gate, corrupt(valid_frames, table, change))
    assert key in found, f"{label}: failures were {sorted(found)}"
    assert found[key].severity == "critical"
    assert found[key].quarantine is quarantines
    if quarantines:
        assert found[key].doc_ids, "row-level failures name the documents to quarantine"


def test_wrong_language_is_a_warning_not_a_block(gate, valid_frames):
    found = failures(gate, corrupt(valid_frames, "documents", lambda f: _set(f, "language", "xx")))
    failure = found[("documents", "expect_column_values_to_be_in_set", "language")]
    assert failure.severity == "warning"


def test_frames_carry_the_declared_columns(valid_frames):
    assert isinstance(valid_frames["documents"], pd.DataFrame)
    assert {"check_duplicate_of_exists", "check_counts_match_text", "check_text_is_trimmed"} <= set(valid_frames["documents"].columns)


@pytest.mark.parametrize(("text", "trimmed"), [("Body.", True), ("Body.\n", False), (" Body.", False), ("Body.\u00a0", False), ("Body.\u2009", False)])
def test_text_with_white_space_at_either_end_is_not_trimmed(text, trimmed):
    from newscurate.validate.checks import text_is_trimmed

    assert text_is_trimmed({"documents": pa.table({"text": [text]})}, ()) == [trimmed]


def test_a_batch_is_judged_on_the_columns_its_expectations_read(gate, valid_tables):
    """doc_id names failing rows; a column no batch expectation reads is not converted for GE."""
    frames = judged_frames(valid_tables, "batch", set())
    documents = set(frames["documents"].columns)
    assert {"doc_id", "text", "language", "check_counts_match_text", "check_text_is_trimmed"} <= documents
    assert not {"authors", "captions", "check_duplicate_of_exists"} & documents  # read by no batch expectation
    assert set(frames["sources"].columns) == {"doc_id", "raw_text"}
    report = gate.validate(frames, scope="batch")
    assert report.success and sum(s.evaluated for s in report.suites) == sum(len(suite_for_scope(n, "batch")["expectations"]) for n in frames)
    broken = valid_tables["quotes"].set_column(valid_tables["quotes"].schema.get_field_index("start"), "start", pa.array([1_000_000] * valid_tables["quotes"].num_rows, pa.int64()))
    failed = gate.validate(judged_frames({**valid_tables, "quotes": broken}, "batch", set()), scope="batch")
    assert failed.quarantine_doc_ids, "a quote whose text no longer matches its document quarantines it"


def test_batches_results_merge_into_one_data_docs_page_per_suite(gate, valid_frames, tmp_path):
    from newscurate.validate.gate import merged_batch_results

    bad = corrupt(valid_frames, "documents", lambda f: _set(f, "language", "xx"))
    good_report = gate.validate({"documents": valid_frames["documents"]}, scope="batch", batch_id="batch-1")
    bad_report = gate.validate({"documents": bad["documents"]}, scope="batch", batch_id="batch-2")

    [page] = merged_batch_results([*good_report.validation_results, *bad_report.validation_results])

    result = page["result"]
    assert (page["suite"], result["meta"]["batches"], result["success"]) == ("documents", 2, False)
    [language] = [r for r in result["results"] if r["expectation_config"]["kwargs"].get("column") == "language"]
    rows = len(valid_frames["documents"])
    assert (language["success"], language["result"]["element_count"], language["result"]["unexpected_count"]) == (False, 2 * rows, 1)
    assert language["result"]["unexpected_percent"] == pytest.approx(100 / (2 * rows))
    assert language["result"]["partial_unexpected_counts"] == [{"value": "xx", "count": 1}]
    assert result["statistics"]["unsuccessful_expectations"] == 1

    site = Gate(tmp_path / "gx").publish("run-merged", [page])  # GE loads and renders the merged result
    assert site and Path(site).is_file()
    # A run id whose random suffix dateutil reads as a UTC offset of -29:04 hours.
    assert Gate(tmp_path / "gx2").publish("20261123T075022Z-2904ad", [page])


def test_scipy_stats_waits_until_first_use_and_then_works():
    """GE imports scipy.stats for expectations no suite uses; the gate defers it (a second of every
    process's start) without breaking anyone who does use it."""
    import subprocess
    import sys

    code = (
        "import sys; from newscurate.validate.gate import Gate; Gate(); "
        "lazy = type(sys.modules['scipy.stats']).__name__; "
        "import scipy.stats; print(lazy, round(float(scipy.stats.entropy([0.5, 0.5])), 4))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["_LazyModule", "0.6931"]
