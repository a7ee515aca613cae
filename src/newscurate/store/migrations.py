"""Schema migrations: a table's stored Delta schema follows `schemas/<table>.yaml` only by a recorded step.

Before each write the stored schema is compared with the declared one. New nullable columns and
edited descriptions are applied as their own Delta commits (`alter.add_columns`,
`alter.set_column_metadata`) and recorded as a row of the `migrations` table: the rows already
stored keep their values, and every earlier table version stays readable with its old schema.
Anything else (a column dropped or renamed, a type or nullability change, a new column declared
not-null) is refused before anything is written: it rewrites stored data, so it is done by hand.

Each migration commit also carries its record in the Delta log (`newscurate.migration` in the
commit info), so a process killed between that commit and the `migrations` row still leaves a trace.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import polars as pl
from deltalake import CommitProperties, DeltaTable
from deltalake.exceptions import TableNotFoundError
from deltalake.schema import Field
from deltalake.schema import Schema as DeltaSchema

from newscurate.provenance import code_version
from newscurate.store.schemas import empty_frame, table_schema, to_table

if TYPE_CHECKING:
    from newscurate.store.warehouse import Warehouse

MIGRATIONS_TABLE = "migrations"


@dataclass(frozen=True)
class SchemaChange:
    """How a stored schema differs from the declared one."""

    added: tuple[str, ...] = ()
    redescribed: tuple[str, ...] = ()
    refused: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.redescribed or self.refused)


def compare(stored: DeltaSchema, declared: DeltaSchema) -> SchemaChange:
    """Classify the difference; column order does not count (Delta adds columns at the end)."""
    old = {field.name: field for field in stored.fields}
    new = {field.name: field for field in declared.fields}
    refused = [f"column {name} is stored but no longer declared (dropped or renamed)" for name in old if name not in new]
    added = []
    for name, field in new.items():
        if name not in old:
            if field.nullable:
                added.append(name)
            else:
                refused.append(f"new column {name} is declared not-null, but the stored rows have no value for it")
        elif _delta_type(old[name]) != _delta_type(field):
            refused.append(f"column {name} changed type: {_delta_type(old[name])} -> {_delta_type(field)}")
        elif old[name].nullable != field.nullable:
            refused.append(f"column {name} changed from {_nullability(old[name])} to {_nullability(field)}")
    redescribed = [name for name in new if name in old and _description(old[name]) != _description(new[name])]
    return SchemaChange(tuple(added), tuple(redescribed), tuple(refused))


def fingerprint(schema: DeltaSchema) -> str:
    """Names, Delta types and nullability, in name order: what a reader of the table depends on."""
    columns = sorted((field.name, _delta_type(field), field.nullable) for field in schema.fields)
    return hashlib.sha256(json.dumps(columns).encode()).hexdigest()[:16]


def migrate_to_declared(warehouse: Warehouse, table: str) -> None:
    """Bring an existing table's schema to the declared one, recorded; refuse what needs a manual migration."""
    try:
        delta = DeltaTable(warehouse.table_uri(table), storage_options=warehouse.storage_options)
    except TableNotFoundError:
        return  # the first write creates the table with the declared schema
    stored, declared = delta.schema(), DeltaSchema.from_arrow(table_schema(table).arrow)
    change = compare(stored, declared)
    if change.is_empty:
        return
    if change.refused:
        # Imported here: warehouse.py imports this module to call it on every write.
        from newscurate.store.warehouse import WarehouseError

        raise WarehouseError(
            f"table {table} in {warehouse.root} was written with a schema that schemas/{table}.yaml no longer "
            f"matches: {'; '.join(change.refused)}. Nothing was written. Only new nullable columns and "
            "description edits are migrated automatically; migrate this table by hand (rewrite it to the "
            f"declared schema) or restore schemas/{table}.yaml."
        )
    record = {
        "table_name": table,
        "from_fingerprint": fingerprint(stored),
        "to_fingerprint": fingerprint(declared),
        "columns_added": list(change.added),
        "descriptions_changed": list(change.redescribed),
        "migrated_at": datetime.now(UTC),
        "code_version": code_version(),
    }
    in_log = CommitProperties(custom_metadata={"newscurate.migration": json.dumps(record, default=str)})
    declared_fields = {field.name: field for field in declared.fields}
    if change.added:
        delta.alter.add_columns([declared_fields[name] for name in change.added], commit_properties=in_log)
    for name in change.redescribed:
        delta.alter.set_column_metadata(name, {"description": _description(declared_fields[name])}, commit_properties=in_log)
    # Not append(): that first rolls back commits no run recorded, and no run records this table (as `runs`).
    warehouse._write(MIGRATIONS_TABLE, to_table(MIGRATIONS_TABLE, [{**record, "table_version": delta.version()}]), mode="append")


def recorded_migrations(warehouse: Warehouse) -> pl.DataFrame:
    """Every recorded migration, oldest first."""
    if warehouse.version(MIGRATIONS_TABLE) is None:
        return empty_frame(MIGRATIONS_TABLE)
    frame = pl.read_delta(warehouse.table_uri(MIGRATIONS_TABLE), storage_options=warehouse.storage_options)
    return frame.sort("migrated_at")


def _delta_type(field: Field) -> str:
    kind = json.loads(field.to_json())["type"]
    return kind if isinstance(kind, str) else json.dumps(kind, sort_keys=True)


def _nullability(field: Field) -> str:
    return "nullable" if field.nullable else "not-null"


def _description(field: Field) -> str | None:
    return field.metadata.get("description")
