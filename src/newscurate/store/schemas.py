"""Table schemas, read from `schemas/*.yaml`: the one place columns, types and meanings are declared."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import polars as pl
import pyarrow as pa
import yaml

from newscurate.contract import contract_dir

TABLES = ("documents", "quotes", "removals", "links", "sources", "minhashes", "paragraph_stats", "quarantine", "runs", "migrations")
RELEASE_TABLES = ("documents", "quotes", "removals", "links")


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    nullable: bool
    description: str


@dataclass(frozen=True)
class TableSchema:
    name: str
    description: str
    key: tuple[str, ...]
    columns: tuple[Column, ...]

    @property
    def arrow(self) -> pa.Schema:
        return pa.schema(
            [pa.field(c.name, arrow_type(c.type), nullable=c.nullable, metadata={"description": c.description}) for c in self.columns],
            metadata={"description": self.description},
        )

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


_SCALARS = {
    "string": pa.string(),
    "int64": pa.int64(),
    "float64": pa.float64(),
    "bool": pa.bool_(),
    "date32": pa.date32(),
}


def arrow_type(declared: str) -> pa.DataType:
    if declared in _SCALARS:
        return _SCALARS[declared]
    if match := re.fullmatch(r"list<(\w+)>", declared):
        return pa.list_(_SCALARS[match[1]])
    if match := re.fullmatch(r"timestamp\[(\w+), (\w+)\]", declared):
        return pa.timestamp(match[1], tz=match[2])
    raise ValueError(f"unknown column type in schemas/: {declared}")


@lru_cache(maxsize=None)
def table_schema(name: str) -> TableSchema:
    spec = yaml.safe_load((contract_dir("schemas") / f"{name}.yaml").read_text(encoding="utf-8"))
    columns = tuple(Column(c["name"], c["type"], bool(c["nullable"]), c["description"]) for c in spec["columns"])
    return TableSchema(spec["table"], spec["description"], tuple(spec["key"]), columns)


def to_table(name: str, rows: list[dict]) -> pa.Table:
    """Rows as an Arrow table of the declared schema: never an inferred one."""
    schema = table_schema(name).arrow
    return pa.Table.from_pylist(rows, schema=schema)


def empty_frame(name: str) -> pl.DataFrame:
    """The table with no rows, in its declared schema: what a reader gets from a table never written."""
    return pl.from_arrow(table_schema(name).arrow.empty_table())
