"""`newscurate sql`: the warehouse's current version as DuckDB views, read through Arrow."""

import polars as pl
import pytest

from newscurate.release.sql import QueryError, query_warehouse, warehouse_connection
from newscurate.store.schemas import TABLES
from newscurate.store.warehouse import Warehouse


def test_every_table_is_a_view_at_the_current_version(releases):
    warehouse = releases.warehouse
    for name in ("documents", "quotes", "removals", "links"):
        counted = query_warehouse(warehouse, f"SELECT count(*) AS n FROM {name}")["n"].item()
        assert counted == warehouse.read(name).height, name
    connection = warehouse_connection(warehouse)
    try:
        assert sorted(row[0] for row in connection.sql("SHOW TABLES").fetchall()) == sorted(TABLES)
    finally:
        connection.close()


def test_runs_holds_every_run_and_tables_join(releases):
    runs = query_warehouse(releases.warehouse, "SELECT run_id FROM runs ORDER BY started_at")
    assert runs["run_id"].to_list() == list(releases.run_ids)
    joined = query_warehouse(
        releases.warehouse,
        "SELECT d.source_path, count(*) AS quotes FROM quotes q JOIN documents d USING (doc_id) GROUP BY 1 ORDER BY 1",
    )
    expected = (
        releases.warehouse.read("quotes")
        .join(releases.warehouse.read("documents"), on="doc_id")
        .group_by("source_path")
        .agg(pl.len().cast(pl.Int64).alias("quotes"))
        .sort("source_path")
    )
    assert joined.to_dicts() == expected.to_dicts()


def test_quote_offsets_hold_in_sql(releases):
    mismatches = query_warehouse(
        releases.warehouse,
        'SELECT count(*) AS n FROM quotes q JOIN documents d USING (doc_id) WHERE substring(d.text, q.start + 1, q."end" - q.start) <> q.text',
    )
    assert mismatches["n"].item() == 0


def test_a_bad_query_is_a_query_error(releases):
    with pytest.raises(QueryError, match="syntax error"):
        query_warehouse(releases.warehouse, "SELEC 1")
    with pytest.raises(QueryError, match="nope"):
        query_warehouse(releases.warehouse, "SELECT * FROM nope")


def test_no_extension_is_ever_downloaded(releases):
    with pytest.raises(QueryError, match="httpfs"):
        query_warehouse(releases.warehouse, "SELECT * FROM read_parquet('https://example.invalid/x.parquet')")


def test_a_warehouse_without_a_committed_run_says_so(tmp_path):
    with pytest.raises(QueryError, match="no committed run"):
        query_warehouse(Warehouse(tmp_path / "empty"), "SELECT 1")
