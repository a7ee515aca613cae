"""Quick SQL questions to the warehouse's current version, in DuckDB (`newscurate sql`).

Each table is a DuckDB view named after it, over a polars scan of its Delta table at the version
the latest committed run recorded (`runs` holds every run). DuckDB reads the scans through Arrow
and pushes its column and row filters down to polars, so a query reads only what it asks for,
and no DuckDB extension (delta, httpfs) is needed: extension auto-install is switched off, so a
query can never download one.
"""

from __future__ import annotations

import duckdb
import polars as pl

from newscurate.store.schemas import TABLES, empty_frame
from newscurate.store.warehouse import Warehouse


class QueryError(RuntimeError):
    """The query cannot run; the message says why."""


def warehouse_connection(warehouse: Warehouse) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with one view per warehouse table, at the current version."""
    if warehouse.last_committed_run() is None:
        raise QueryError(f"warehouse {warehouse.root} has no committed run to query")
    versions = warehouse.current_versions()
    versions["runs"] = warehouse.version("runs")
    versions["migrations"] = warehouse.version("migrations")
    connection = duckdb.connect()
    connection.execute("SET autoinstall_known_extensions = false")
    connection.execute("SET autoload_known_extensions = false")
    for name in TABLES:
        connection.register(name, _scan(warehouse, name, versions.get(name)))
    return connection


def query_warehouse(warehouse: Warehouse, sql: str) -> pl.DataFrame:
    """The query's result; an empty frame for a statement that returns no rows."""
    connection = warehouse_connection(warehouse)
    try:
        relation = connection.sql(sql)
        return relation.pl() if relation is not None else pl.DataFrame()
    except duckdb.Error as error:
        raise QueryError(str(error)) from error
    finally:
        connection.close()


def _scan(warehouse: Warehouse, name: str, version: int | None) -> pl.LazyFrame:
    if version is None:
        return empty_frame(name).lazy()
    return warehouse.scan(name, version)
