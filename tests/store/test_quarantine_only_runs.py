"""A run whose every new input is quarantined commits its quarantine rows and nothing else: no
empty new version of a document table for readers to diff, count or time-travel to."""

from datetime import UTC, datetime
from pathlib import Path

import polars as pl
from deltalake import DeltaTable

from newscurate.curate import curate_batch
from newscurate.runs import RunSummary, gate_and_commit, new_run_id, record_run
from newscurate.store.warehouse import DOCUMENT_TABLES, Warehouse
from newscurate.validate.gate import Gate

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def commit(inbox: Path, files: list[Path], warehouse: Warehouse, gate: Gate) -> RunSummary:
    summary = RunSummary(new_run_id(), None, datetime.now(UTC), str(inbox), files_read=len(files))
    summary = gate_and_commit(curate_batch(files, inbox, summary.run_id), warehouse, gate, summary)
    record_run(warehouse, summary)
    return summary


def delta_versions(warehouse: Warehouse) -> dict[str, int | None]:
    return {name: warehouse.version(name) for name in DOCUMENT_TABLES}


def test_a_run_of_only_quarantined_inputs_adds_quarantine_rows_and_no_empty_table_versions(tmp_path):
    inbox, warehouse, gate = tmp_path / "inbox", Warehouse(tmp_path / "warehouse"), Gate(tmp_path / "gx")
    inbox.mkdir()
    example = next(EXAMPLES.glob("01_*.txt"))
    article = inbox / example.name
    article.write_bytes(example.read_bytes())
    assert commit(inbox, [article], warehouse, gate).status == "committed"
    before = delta_versions(warehouse)

    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    summary = commit(inbox, [inbox / "empty.txt", inbox / "image.png"], warehouse, gate)

    assert summary.status == "committed" and summary.documents == 0 and summary.quarantined == 2
    assert delta_versions(warehouse) == before, "no empty new version of a document table"
    assert {name: summary.table_versions[name] for name in DOCUMENT_TABLES} == before
    assert sorted(warehouse.read("quarantine")["reason"].to_list()) == ["binary", "empty"]
    assert warehouse.read("documents").height == 1


def test_a_first_run_of_only_quarantined_inputs_still_creates_every_table(tmp_path):
    # Readers open warehouse/documents without newscurate: the table exists, empty, from the first run on.
    inbox, warehouse = tmp_path / "inbox", Warehouse(tmp_path / "warehouse")
    inbox.mkdir()
    (inbox / "empty.txt").write_bytes(b"")
    summary = commit(inbox, [inbox / "empty.txt"], warehouse, Gate(tmp_path / "gx"))
    assert summary.status == "committed" and summary.documents == 0
    for name in DOCUMENT_TABLES:
        assert DeltaTable(warehouse.table_uri(name)).version() == 0 == summary.table_versions[name], name


def test_a_quarantine_only_run_still_undoes_what_a_killed_run_committed(tmp_path):
    # The next run rolls back a killed run's unrecorded commits, even when it writes no document rows.
    inbox, gate = tmp_path / "inbox", Gate(tmp_path / "gx")
    inbox.mkdir()
    examples = sorted(EXAMPLES.glob("0[12]_*.txt"))
    kept, killed = inbox / "kept.txt", inbox / "killed.txt"
    kept.write_bytes(examples[0].read_bytes())
    killed.write_bytes(examples[1].read_bytes())
    commit(inbox, [kept], Warehouse(tmp_path / "warehouse"), gate)
    unrecorded = RunSummary(new_run_id(), None, datetime.now(UTC), str(inbox), files_read=1)
    gate_and_commit(curate_batch([killed], inbox, unrecorded.run_id), Warehouse(tmp_path / "warehouse"), gate, unrecorded)

    (inbox / "empty.txt").write_bytes(b"")
    commit(inbox, [inbox / "empty.txt"], Warehouse(tmp_path / "warehouse"), gate)

    # What any Delta reader sees at the latest version, not only what newscurate reads.
    assert pl.read_delta(str(tmp_path / "warehouse" / "documents"))["source_path"].to_list() == ["kept.txt"]
