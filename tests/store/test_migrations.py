"""A schema change is a recorded migration, not a silent rewrite: new nullable columns and description
edits are applied and recorded; anything else is refused before a byte is written."""

import json
import shutil

import polars as pl
import pytest
import yaml
from deltalake import DeltaTable

from newscurate.store import schemas
from newscurate.store.migrations import fingerprint
from newscurate.store.schemas import table_schema, to_table
from newscurate.store.warehouse import Warehouse, WarehouseError


@pytest.fixture
def declare(tmp_path, monkeypatch):
    """Declare `table` as edit(columns) makes it, the other tables as in schemas/; undone after the test."""
    real = schemas.contract_dir("schemas")
    folder = tmp_path / "schemas"

    def declared(table, edit):
        shutil.copytree(real, folder, dirs_exist_ok=True)
        spec = yaml.safe_load((real / f"{table}.yaml").read_text())
        spec["columns"] = edit({c["name"]: c for c in spec["columns"]})
        (folder / f"{table}.yaml").write_text(yaml.safe_dump(spec))
        monkeypatch.setattr(schemas, "contract_dir", lambda name: folder)
        table_schema.cache_clear()

    yield declared
    table_schema.cache_clear()


def quarantined(path, **values):
    """A quarantine row; keys the declared schema lacks are left out by to_table."""
    row = {"source_path": path, "content_sha256": "ab" * 32, "stage": "ingest", "reason": "empty", "detail": "0 bytes", "run_id": "r1"}
    return {**row, "severity": "low", "note": "n", **values}


def committed(warehouse):
    """Record a committed run at the table's latest version, as a flow run does: a version no run
    recorded is a killed run's, and the next write rolls it back."""
    from datetime import UTC, datetime

    from newscurate.runs import RunSummary, record_run

    versions = {"quarantine": warehouse.version("quarantine")}
    record_run(warehouse, RunSummary("r1", None, datetime.now(UTC), "inbox", status="committed", table_versions=versions))


def as_in_repository(columns):
    return list(columns.values())


def without(name):
    return lambda columns: [c for c in columns.values() if c["name"] != name]


def test_new_nullable_column_is_added_by_a_recorded_migration_and_old_versions_stay_readable(tmp_path, declare):
    warehouse = Warehouse(tmp_path / "warehouse")
    declare("quarantine", without("content_sha256"))
    assert warehouse.append("quarantine", to_table("quarantine", [quarantined("old.txt")])) == 0
    committed(warehouse)

    declare("quarantine", as_in_repository)
    warehouse = Warehouse(tmp_path / "warehouse")  # a new run: a Warehouse checks each table's schema once
    written = warehouse.append("quarantine", to_table("quarantine", [quarantined("new.txt")]))

    migration = warehouse.migrations().row(0, named=True)
    assert warehouse.migrations().height == 1
    assert migration["table_name"] == "quarantine" and migration["columns_added"] == ["content_sha256"]
    assert migration["descriptions_changed"] == []
    assert migration["table_version"] == 1 and written == 2
    stored = DeltaTable(warehouse.table_uri("quarantine")).schema()
    assert migration["to_fingerprint"] == fingerprint(stored) != migration["from_fingerprint"]
    assert migration["code_version"]
    # The Delta log carries the same record on the migration's own commit.
    logged = next(commit for commit in DeltaTable(warehouse.table_uri("quarantine")).history() if commit["version"] == 1)
    assert json.loads(logged["newscurate.migration"])["columns_added"] == ["content_sha256"]

    before = pl.read_delta(warehouse.table_uri("quarantine"), version=0)
    assert "content_sha256" not in before.columns and before["source_path"].to_list() == ["old.txt"]
    now = pl.read_delta(warehouse.table_uri("quarantine")).sort("source_path")
    assert now.select("source_path", "content_sha256", "detail").rows() == [("new.txt", "ab" * 32, "0 bytes"), ("old.txt", None, "0 bytes")]

    warehouse.append("quarantine", to_table("quarantine", [quarantined("later.txt")]))
    assert warehouse.migrations().height == 1


def test_a_description_edit_is_recorded_and_changes_no_fingerprint(tmp_path, declare):
    warehouse = Warehouse(tmp_path / "warehouse")
    warehouse.append("quarantine", to_table("quarantine", [quarantined("a.txt")]))
    committed(warehouse)

    declare("quarantine", lambda columns: [{**c, "description": "Why, in words."} if n == "detail" else c for n, c in columns.items()])
    warehouse = Warehouse(tmp_path / "warehouse")
    warehouse.append("quarantine", to_table("quarantine", [quarantined("b.txt")]))

    migration = warehouse.migrations().row(0, named=True)
    assert (migration["columns_added"], migration["descriptions_changed"]) == ([], ["detail"])
    assert migration["from_fingerprint"] == migration["to_fingerprint"]
    detail = next(f for f in DeltaTable(warehouse.table_uri("quarantine")).schema().fields if f.name == "detail")
    assert detail.metadata["description"] == "Why, in words."
    assert pl.read_delta(warehouse.table_uri("quarantine")).height == 2


def retyped(name, type_):
    return lambda columns: [{**c, "type": type_} if n == name else c for n, c in columns.items()]


def required(name):
    return lambda columns: [{**c, "nullable": False} if n == name else c for n, c in columns.items()]


def with_column(name, nullable):
    return lambda columns: [*columns.values(), {"name": name, "type": "string", "nullable": nullable, "description": "A new column."}]


def and_a_nullable_column(edit):
    """The edit plus an allowed one: a single refused difference refuses the whole change."""
    return lambda columns: [*edit(columns), {"name": "note", "type": "string", "nullable": True, "description": "A new column."}]


@pytest.mark.parametrize(
    ("edit", "detail", "reason"),
    [
        (without("detail"), "0 bytes", "column detail is stored but no longer declared"),
        (retyped("detail", "int64"), 0, "column detail changed type: string -> long"),
        (required("content_sha256"), "0 bytes", "column content_sha256 changed from nullable to not-null"),
        (with_column("severity", nullable=False), "0 bytes", "new column severity is declared not-null"),
    ],
    ids=["dropped", "retyped", "made_not_null", "new_not_null"],
)
def test_any_other_change_is_refused_and_nothing_is_written(tmp_path, declare, edit, detail, reason):
    warehouse = Warehouse(tmp_path / "warehouse")
    warehouse.append("quarantine", to_table("quarantine", [quarantined("a.txt", content_sha256=None)]))
    committed(warehouse)

    declare("quarantine", and_a_nullable_column(edit))
    warehouse = Warehouse(tmp_path / "warehouse")
    with pytest.raises(WarehouseError, match=reason) as refused:
        warehouse.append("quarantine", to_table("quarantine", [quarantined("b.txt", detail=detail)]))

    assert "Nothing was written" in str(refused.value) and "by hand" in str(refused.value)
    assert warehouse.version("quarantine") == 0
    assert warehouse.version("migrations") is None and warehouse.migrations().height == 0
    stored = pl.read_delta(warehouse.table_uri("quarantine"))
    assert stored["source_path"].to_list() == ["a.txt"] and "note" not in stored.columns
