"""A release folder is complete, checksummed to the last file, verifiable, and readable by others."""

import hashlib
import json
import shutil
import stat

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newscurate.release.publish import ReleaseError, previous_release, publish_release, verify_release

DATA_FILES = {"documents.parquet", "quotes.parquet", "removals.parquet", "links.parquet"}
PLOTS = {"plots/documents_by_outlet.png", "plots/documents_by_language.png", "plots/documents_by_year.png", "plots/quotes_per_document.png", "plots/removals_by_reason.png"}


def release_files(folder):
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def test_release_holds_data_card_croissant_changelog_plots_and_manifest(releases):
    folder = releases.second.path
    assert release_files(folder) == DATA_FILES | PLOTS | {"README.md", "croissant.json", "CHANGELOG.md", "manifest.json"}


def test_manifest_checksums_every_file_but_itself(releases):
    folder = releases.second.path
    manifest = json.loads((folder / "manifest.json").read_text())
    listed = {entry["path"] for entry in manifest["files"].values()} | set(manifest["metadata_files"])
    assert listed == release_files(folder) - {"manifest.json"}
    for entry in [*manifest["files"].values(), *({"path": k, **v} for k, v in manifest["metadata_files"].items())]:
        content = (folder / entry["path"]).read_bytes()
        assert hashlib.sha256(content).hexdigest() == entry["sha256"] and len(content) == entry["bytes"]


def test_manifest_records_rows_schema_sources_and_versions(releases):
    manifest = releases.second.manifest
    documents = pl.read_parquet(releases.second.path / "documents.parquet")
    assert manifest["files"]["documents"]["rows"] == documents.height
    assert [c["name"] for c in manifest["files"]["documents"]["schema"]] == documents.columns
    assert manifest["files"]["documents"]["row_groups"] >= 1
    assert manifest["previous_release"] == "1.0.0" and releases.first.manifest["previous_release"] is None
    assert manifest["source"]["document_run_ids"] == sorted(releases.run_ids)
    assert manifest["source"]["table_versions"] == releases.warehouse.current_versions()
    assert manifest["dependencies"]["pyarrow"] == pa.__version__ and manifest["dependencies"]["matplotlib"]
    assert manifest["code_version"]


def test_an_intact_release_verifies(releases):
    assert verify_release(releases.first.path) == []
    assert verify_release(releases.second.path) == []


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (lambda f: (f / "README.md").write_text((f / "README.md").read_text() + "\nedited\n"), "README.md: "),
        (lambda f: (f / "plots" / "documents_by_year.png").write_bytes(b"\x89PNG not really"), "plots/documents_by_year.png: "),
        (lambda f: (f / "croissant.json").unlink(), "croissant.json: missing"),
        (lambda f: (f / "CHANGELOG.md").write_text("# nothing changed, honest\n"), "CHANGELOG.md: "),
        (lambda f: (f / "links.parquet").write_bytes(b"tampered"), "links.parquet: "),
    ],
    ids=["card edited", "plot replaced", "croissant deleted", "changelog rewritten", "data file replaced"],
)
def test_verify_names_each_damaged_file(releases, tmp_path, damage, expected):
    folder = shutil.copytree(releases.second.path, tmp_path / "copy")
    damage(folder)
    problems = verify_release(folder)
    assert problems and all(p.startswith(expected) for p in problems), problems


def test_verify_reports_a_column_whose_type_changed(releases, tmp_path):
    folder = shutil.copytree(releases.second.path, tmp_path / "copy")
    table = pq.read_table(folder / "quotes.parquet")
    index = table.schema.get_field_index("start")
    pq.write_table(table.set_column(index, "start", table["start"].cast(pa.float64())), folder / "quotes.parquet")
    problems = verify_release(folder)
    assert "quotes.parquet: column start is double, manifest says int64 not null" in problems


def test_release_folder_is_readable_by_others(releases):
    assert stat.S_IMODE(releases.second.path.stat().st_mode) == 0o755


def test_release_without_duplicates_has_no_copy_and_no_rows_of_it(releases):
    folder = releases.second.path
    documents = pl.read_parquet(folder / "documents.parquet")
    assert documents["duplicate_of"].null_count() == documents.height
    for name in ("quotes", "removals", "links"):
        assert releases.copy_doc_id not in pl.read_parquet(folder / f"{name}.parquet")["doc_id"].to_list()
    first = pl.read_parquet(releases.first.path / "documents.parquet")
    assert first.filter(pl.col("doc_id") == releases.copy_doc_id)["duplicate_of"].to_list() != [None]


def test_previous_release_is_the_highest_complete_version_below(tmp_path):
    for version in ("0.9.0", "1.0.0", "1.0.10", "1.2.0"):
        (tmp_path / version).mkdir()
        (tmp_path / version / "manifest.json").write_text("{}")
    (tmp_path / "1.1.0").mkdir()  # no manifest: not a complete release
    (tmp_path / ".1.0.11-abc").mkdir()  # a release being written
    assert previous_release(tmp_path, "1.1.0").name == "1.0.10"
    assert previous_release(tmp_path, "0.9.0") is None
    assert previous_release(tmp_path / "missing", "1.0.0") is None


def test_a_document_whose_input_a_later_run_quarantined_is_left_out(releases):
    first = pl.read_parquet(releases.first.path / "documents.parquet")["doc_id"].to_list()
    second = pl.read_parquet(releases.second.path / "documents.parquet")["doc_id"].to_list()
    assert releases.emptied_doc_id in first and releases.emptied_doc_id not in second
    assert releases.emptied_doc_id in releases.warehouse.read("documents")["doc_id"].to_list()
    for name in ("quotes", "removals", "links"):
        assert releases.emptied_doc_id not in pl.read_parquet(releases.second.path / f"{name}.parquet")["doc_id"].to_list()
    assert releases.second.manifest["left_out"] == {"duplicate copy left out": 1, "input quarantined (empty)": 1}
    assert releases.first.manifest["left_out"] == {}


def test_a_list_column_recorded_with_arrows_item_name_still_verifies(releases, tmp_path):
    folder = shutil.copytree(releases.second.path, tmp_path / "copy")
    manifest = json.loads((folder / "manifest.json").read_text())
    for column in manifest["files"]["documents"]["schema"]:
        column["type"] = column["type"].replace("list<element: ", "list<item: ")
    (folder / "manifest.json").write_text(json.dumps(manifest))
    assert verify_release(folder) == []


def test_a_release_that_cannot_be_written_is_a_release_error_and_leaves_nothing(releases, tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    with pytest.raises(ReleaseError, match="cannot write a release in"):
        publish_release(releases.warehouse, "9.0.0", blocked / "releases")

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pq, "write_table", full_disk)
    with pytest.raises(ReleaseError, match="No space left on device"):
        publish_release(releases.warehouse, "9.0.0", tmp_path / "out")
    assert list((tmp_path / "out").iterdir()) == []


def test_a_warehouse_without_documents_is_refused_not_released_empty(tmp_path):
    # Every input so far was quarantined: an immutable version of nothing would use up its number.
    from datetime import UTC, datetime

    from newscurate.curate import curate_batch
    from newscurate.runs import RunSummary, gate_and_commit, record_run
    from newscurate.store.warehouse import Warehouse
    from newscurate.validate.gate import Gate

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    warehouse = Warehouse(tmp_path / "warehouse")
    summary = RunSummary("run-1", None, datetime.now(UTC), str(tmp_path / "in"), files_read=1)
    summary = gate_and_commit(curate_batch([tmp_path / "in" / "empty.txt"], tmp_path / "in", "run-1"), warehouse, Gate(tmp_path / "gx"), summary)
    record_run(warehouse, summary)
    assert summary.status == "committed"

    with pytest.raises(ReleaseError, match="no documents to release"):
        publish_release(warehouse, "1.0.0", tmp_path / "releases")
    assert list((tmp_path / "releases").iterdir()) == []


@pytest.mark.parametrize("manifest", ["{bad", "[]", '{"files": 5}', '{"files": {"documents": {"path": "documents.parquet"}}}'])
def test_a_damaged_manifest_is_a_problem_not_a_crash(releases, tmp_path, manifest):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(releases.first.path, copy)
    (copy / "manifest.json").write_text(manifest)
    problems = verify_release(copy)
    assert problems and all(isinstance(p, str) for p in problems)


def test_a_file_the_manifest_does_not_list_is_a_problem(releases, tmp_path):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(releases.first.path, copy)
    (copy / "extra.csv").write_text("a,b\n")
    assert verify_release(copy) == ["extra.csv: not in the manifest"]
