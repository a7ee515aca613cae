"""Paragraph counts merged run after run, a bucket of keys at a time: the same table as one sum."""

import random
from datetime import UTC, datetime

import polars as pl
import pytest

import newscurate.store.warehouse as warehouse_module
from newscurate.runs import RunSummary, new_run_id, record_run
from newscurate.store.warehouse import Warehouse

SCHEMA = {"outlet": pl.String, "key": pl.Int64, "n_docs": pl.Int64, "has_quote": pl.Boolean}


def _run_counts(seed: int) -> pl.DataFrame:
    """A run's staged counts, unsummed: one row per document and paragraph, a few taken back (-1)."""
    rng = random.Random(seed)
    rows = [(rng.choice(["Alpha Times", "Beta Post", "O'Gamma"]), rng.randrange(-(2**63), 2**63) if rng.random() < 0.3 else rng.randrange(200), 1, rng.random() < 0.1) for _ in range(3_000)]
    rows += [(outlet, key, -1, False) for outlet, key, _, _ in rows[:40]]  # documents curated again
    return pl.DataFrame(rows, schema=SCHEMA, orient="row")


def _merge_and_commit(root, counts: pl.DataFrame) -> None:
    warehouse = Warehouse(root)
    version = warehouse.merge_paragraph_stats(counts.lazy())
    summary = RunSummary(new_run_id(), None, datetime.now(UTC), "input", status="committed", table_versions={"paragraph_stats": version})
    record_run(warehouse, summary)


def _expected(*runs: pl.DataFrame) -> pl.DataFrame:
    summed = pl.concat(runs).group_by("outlet", "key").agg(pl.col("n_docs").sum(), pl.col("has_quote").any())
    return summed.filter(pl.col("n_docs") > 0).sort("outlet", "key")


@pytest.mark.parametrize("merged_rows", [100, 10_000_000])
def test_counts_merged_in_buckets_equal_one_sum_over_every_run(tmp_path, monkeypatch, merged_rows):
    monkeypatch.setattr(warehouse_module, "_MERGED_ROWS", merged_rows)  # 100: 64 buckets of keys
    first, second = _run_counts(1), _run_counts(2)
    _merge_and_commit(tmp_path, first)
    _merge_and_commit(tmp_path, second)
    stored = Warehouse(tmp_path).read("paragraph_stats").sort("outlet", "key")
    assert stored.height > 1_000
    assert stored.equals(_expected(first, second))


def test_a_run_rewrites_only_the_outlets_it_counted(tmp_path):
    first = _run_counts(1)
    _merge_and_commit(tmp_path, first)
    only_beta = pl.DataFrame([("Beta Post", 7, 1, False)], schema=SCHEMA, orient="row")
    _merge_and_commit(tmp_path, only_beta)
    stored = Warehouse(tmp_path).read("paragraph_stats").sort("outlet", "key")
    assert stored.equals(_expected(first, only_beta))
