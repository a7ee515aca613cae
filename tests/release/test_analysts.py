"""What the README shows analysts, run for real: a release in DuckDB, polars and pandas, and the
warehouse's latest version in polars and DuckDB (through Arrow, no DuckDB extension)."""

import json

import duckdb
import pandas as pd
import polars as pl


def test_a_release_reads_the_same_in_duckdb_polars_and_pandas(releases):
    folder = releases.second.path
    rows = releases.second.manifest["files"]
    by_outlet = duckdb.sql(
        f"SELECT coalesce(outlet, 'unknown') AS outlet, count(*) AS documents FROM '{folder}/documents.parquet' GROUP BY 1 ORDER BY 1"
    ).pl()
    assert by_outlet["documents"].sum() == rows["documents"]["rows"]
    quotes = pl.read_parquet(folder / "quotes.parquet")
    assert quotes.height == rows["quotes"]["rows"]
    documents = pd.read_parquet(folder / "documents.parquet")
    assert len(documents) == rows["documents"]["rows"] and list(documents.columns) == [c["name"] for c in rows["documents"]["schema"]]
    text = dict(zip(documents["doc_id"], documents["text"]))
    assert all(text[d][s:e] == t for d, s, e, t in quotes.select("doc_id", "start", "end", "text").iter_rows())


def test_the_latest_warehouse_version_reads_in_polars_and_duckdb(releases):
    root = releases.warehouse.root
    runs = pl.read_delta(f"{root}/runs")
    latest = runs.filter(pl.col("status").is_in(["committed", "nothing_new"])).sort("started_at").row(-1, named=True)
    versions = json.loads(latest["table_versions"])
    documents = pl.read_delta(f"{root}/documents", version=versions["documents"])
    per_language = duckdb.sql("SELECT language, count(*) AS n FROM documents GROUP BY 1").pl()
    assert per_language["n"].sum() == documents.height == releases.warehouse.read("documents").height
    assert duckdb.sql("SELECT count(*) FROM duckdb_extensions() WHERE loaded AND extension_name IN ('delta', 'httpfs')").fetchall() == [(0,)]
