"""The real flow on a real (temporary) Prefect backend, real Great Expectations, real Delta tables."""

import json
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pytest

from flows.curate import curate
from newscurate.config import RunConfig
from newscurate.release.publish import ReleaseError, publish_release, verify_release
from newscurate.store.warehouse import Warehouse, WarehouseBusy

pytestmark = pytest.mark.slow

BOILERPLATE_ONLY = "Copyright © 2024 Example News\n\nSubscribe to our newsletter and support our journalism!\n\nShare\n\nRelated Posts\n"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory, seeds_dir):
    """Seeds plus the bad inputs a collection really contains, curated once."""
    root = tmp_path_factory.mktemp("input")
    for path in seeds_dir.glob("*.txt"):
        shutil.copy(path, root / path.name)
    shutil.copy(next(seeds_dir.glob("001_*.txt")), root / "copy of 001 (ünïcode).txt")
    (root / "empty.txt").write_bytes(b"")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (root / "all_boilerplate.txt").write_text(BOILERPLATE_ONLY)
    warehouse = tmp_path_factory.mktemp("warehouse")
    summary = curate(config=RunConfig(input_dir=str(root), warehouse=str(warehouse)))
    return root, Warehouse(warehouse), summary


def test_run_commits_documents_and_quarantines_bad_inputs(seeded):
    _, warehouse, summary = seeded
    assert summary.status == "committed" and summary.validation_success
    assert summary.files_read == 9 and summary.documents == 6
    quarantine = warehouse.read("quarantine")
    assert sorted(quarantine["reason"].to_list()) == ["binary", "empty", "no_body"]
    for table in ("sources", "minhashes"):
        assert set(warehouse.read(table)["doc_id"]) == set(warehouse.read("documents")["doc_id"]), table
    assert summary.report.data_docs and Path(summary.report.data_docs).exists()


def test_exact_copy_points_at_its_canonical_document(seeded):
    _, warehouse, _ = seeded
    documents = warehouse.read("documents")
    copy = documents.filter(pl.col("source_path") == "copy of 001 (ünïcode).txt").row(0, named=True)
    original = documents.filter(pl.col("source_path").str.starts_with("001_")).row(0, named=True)
    assert copy["duplicate_of"] == original["doc_id"] and original["duplicate_of"] is None


def test_quote_rows_satisfy_the_offset_contract(seeded):
    _, warehouse, _ = seeded
    texts = dict(warehouse.read("documents").select("doc_id", "text").iter_rows())
    quotes = warehouse.read("quotes")
    assert quotes.height > 30
    for doc_id, start, end, text in quotes.select("doc_id", "start", "end", "text").iter_rows():
        assert texts[doc_id][start:end] == text


def test_rerun_adds_no_documents_and_records_a_run(seeded):
    root, warehouse, _ = seeded
    before = warehouse.read("documents").height
    summary = curate(config=RunConfig(input_dir=str(root), warehouse=warehouse.root))
    assert summary.status == "nothing_new" and summary.files_skipped == 9
    assert warehouse.read("documents").height == before
    assert warehouse.runs().height == 2


def test_release_is_complete_verifiable_immutable_and_readable_without_our_code(seeded, tmp_path):
    _, warehouse, _ = seeded
    release = publish_release(warehouse, "1.0.0", tmp_path)
    folder = release.path
    assert {p.name for p in folder.iterdir()} >= {"documents.parquet", "quotes.parquet", "removals.parquet", "links.parquet", "manifest.json", "README.md"}
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["files"]["documents"]["rows"] == 6 and manifest["source"]["table_versions"]
    assert verify_release(folder) == []
    with pytest.raises(ReleaseError, match="already exists"):
        publish_release(warehouse, "1.0.0", tmp_path)
    assert duckdb.sql(f"SELECT count(*) FROM '{folder}/documents.parquet'").fetchall() == [(6,)]
    assert len(pd.read_parquet(folder / "quotes.parquet")) == manifest["files"]["quotes"]["rows"]
    docs = pl.read_parquet(folder / "documents.parquet")
    assert docs.filter(pl.col("outlet").is_null()).height == 0
    (folder / "links.parquet").write_bytes(b"tampered")
    assert verify_release(folder)


def test_release_without_duplicates(seeded, tmp_path):
    _, warehouse, _ = seeded
    release = publish_release(warehouse, "1.0.1", tmp_path, include_duplicates=False)
    assert release.manifest["files"]["documents"]["rows"] == 5


def test_changed_file_keeps_its_doc_id_and_the_old_version_stays_readable(seeded, tmp_path):
    root, warehouse, _ = seeded
    target = root / "all_boilerplate.txt"
    target.write_text("A real article now.\n\n" + "The council met on Tuesday and approved the budget for repairs. " * 5)
    summary = curate(config=RunConfig(input_dir=str(root), warehouse=warehouse.root))
    assert summary.status == "committed" and summary.documents == 1
    assert warehouse.read("documents").filter(pl.col("source_path") == "all_boilerplate.txt").height == 1
    first_run_versions = json.loads(warehouse.runs().row(0, named=True)["table_versions"])
    assert warehouse.read("documents", version=first_run_versions["documents"]).height == 6


def test_second_writer_is_refused_while_a_run_holds_the_warehouse(seeded):
    _, warehouse, _ = seeded
    with warehouse.lock():
        with pytest.raises(WarehouseBusy):
            with Warehouse(warehouse.root).lock():
                pass


def test_inspect_shows_a_documents_removals_from_the_warehouse(seeded, tmp_path):
    from typer.testing import CliRunner

    from newscurate.cli import app

    _, warehouse, _ = seeded
    doc_id = warehouse.read("documents").filter(pl.col("source_path").str.starts_with("000_"))["doc_id"][0]
    page = tmp_path / "doc.html"
    result = CliRunner().invoke(app, ["inspect", doc_id, "--warehouse", warehouse.root, "--html", str(page)])
    assert result.exit_code == 0, result.output
    assert "⟨copyright⟩" in result.output and "⟨caption_repeat⟩" in result.output
    assert '<del class="promo_block"' in page.read_text()
    missing = CliRunner().invoke(app, ["inspect", "0" * 16, "--warehouse", warehouse.root])
    assert missing.exit_code == 1 and "no document" in missing.output
    unwritable = CliRunner().invoke(app, ["inspect", doc_id, "--warehouse", warehouse.root, "--html", str(tmp_path / "no" / "doc.html")])
    assert unwritable.exit_code == 2 and "cannot write" in unwritable.output and unwritable.exception.__class__.__name__ == "SystemExit"


def test_report_prints_each_suite_and_the_data_docs_path(seeded):
    from typer.testing import CliRunner

    from newscurate.cli import app

    _, warehouse, _ = seeded
    result = CliRunner().invoke(app, ["report", "--warehouse", warehouse.root])
    assert result.exit_code == 0, result.output
    for suite in ("documents", "quotes", "removals", "links"):
        assert suite in result.output
    assert "Data Docs:" in result.output and "index.html" in result.output.replace("\n", "")


def test_run_summary_is_a_prefect_artifact_on_the_flow_run(seeded):
    import asyncio

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    _, warehouse, summary = seeded

    async def artifacts():
        async with get_client() as client:
            return await client.read_artifacts(
                artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[summary.flow_run_id]))
            )

    [artifact] = asyncio.run(artifacts())
    assert artifact.key == "curate-run-summary" and "documents written" in artifact.data


def test_a_run_that_waited_for_the_warehouse_is_ordered_by_when_it_took_it(tmp_path, monkeypatch):
    # Runs are ordered by started_at, and the latest committed one names the current table versions.
    # Runs queued with --wait take the lock in no set order: a run stamped before it waited could
    # commit after a later-stamped one and be shadowed by it (its rows unseen, then rolled back).
    import threading
    import time
    from datetime import UTC, datetime

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("The council approved the new budget on Monday after a long debate in the town hall.")
    asked, released = threading.Event(), []
    locking = Warehouse.lock

    def lock_after_saying_so(self, wait=False):
        asked.set()
        return locking(self, wait)

    def hold_until_the_run_waits() -> None:
        with locking(Warehouse(tmp_path / "w")):
            holding.set()
            asked.wait(timeout=120)
            time.sleep(1.5)
            released.append(datetime.now(UTC))

    holding = threading.Event()
    holder = threading.Thread(target=hold_until_the_run_waits)
    holder.start()
    holding.wait(timeout=10)
    monkeypatch.setattr(Warehouse, "lock", lock_after_saying_so)
    summary = curate(config=RunConfig(input_dir=str(tmp_path / "in"), warehouse=str(tmp_path / "w"), wait=True))
    holder.join(timeout=10)
    assert summary.status == "committed"
    assert summary.started_at >= released[0]
    assert summary.run_id[:16] >= released[0].strftime("%Y%m%dT%H%M%S")
