"""The schema-derived expectations of each suite in `expectations/`, written from `schemas/`.

Each suite's column set and one type expectation per declared column are generated, so a table's
columns and types stay declared once (in `schemas/`); the hand-written expectations (values,
cross-column checks) are left as they are. Run after changing a schema:

    python -m newscurate.validate.suites

A test fails while a suite and its schema disagree.
"""

from __future__ import annotations

import json

from newscurate.contract import contract_dir
from newscurate.store.schemas import Column, table_schema
from newscurate.validate.gate import suite_names

COMMAND = "python -m newscurate.validate.suites"

# The pandas type each declared type has in the frames the gate judges (`to_table(...).to_pandas()`,
# pandas 3 with pyarrow), as GE's expect_column_values_to_be_of_type names it. GE compares a typed
# column's dtype, and checks each non-null value of an object column (isinstance) instead.
PANDAS_TYPES = {
    "string": "str",  # pandas' string dtype (Arrow-backed), or Python str values
    "int64": "int64",
    "float64": "float64",
    "bool": "bool",  # a nullable bool column holding nulls is an object column of bools and None
    "date32": "date",  # datetime.date values (GE finds "date" among pandas' dtype names)
}


def pandas_type(declared: str) -> str:
    if declared.startswith("list<"):
        return "object"  # numpy arrays in an object column: GE can name the column's dtype, not theirs
    if declared.startswith("timestamp["):
        return "Timestamp"  # a datetime64 column with its time zone
    try:
        return PANDAS_TYPES[declared]
    except KeyError:
        raise ValueError(f"no pandas type for the schema type {declared!r}: add it to PANDAS_TYPES in {__name__}") from None


def type_expectation(column: Column) -> tuple[str, dict]:
    if column.type == "int64" and column.nullable:
        # pandas has no null in an int64 column: Arrow hands it over as float64 when a value is null.
        return "expect_column_values_to_be_in_type_list", {"column": column.name, "type_list": ["int64", "float64"]}
    return "expect_column_values_to_be_of_type", {"column": column.name, "type_": pandas_type(column.type)}


def schema_expectations(table: str) -> list[dict]:
    """The table's column set, then each column's type: critical, for the table as a whole, judged
    once per run (scope "schema": a function of the Arrow schema every staged row was cast to)."""
    schema = table_schema(table)
    column_set = ("expect_table_columns_to_match_set", {"column_set": schema.names, "exact_match": False})  # check_* columns may follow
    meta = {"severity": "critical", "quarantine": False, "scope": "schema", "generated_from": f"schemas/{table}.yaml"}
    return [
        {"type": kind, "kwargs": kwargs, "meta": dict(meta), "severity": "critical"}
        for kind, kwargs in [column_set, *(type_expectation(column) for column in schema.columns)]
    ]


def _key(expectation: dict) -> tuple[str, str | None]:
    return expectation["type"], expectation["kwargs"].get("column")


def with_schema_expectations(suite: dict, table: str) -> dict:
    """The suite with its schema-derived expectations written afresh, first.

    Schema-derived are those marked `meta.generated_from` and any hand-written one the schema
    now generates (same type and column). A meta key the old one had beyond those generated (a
    `scope`, say) is kept; the hand-written expectations keep their order after them."""
    fresh = schema_expectations(table)
    fresh_keys = {_key(e) for e in fresh}
    old = [e for e in suite["expectations"] if "generated_from" in e.get("meta", {}) or _key(e) in fresh_keys]
    old_meta = {_key(e): e.get("meta", {}) for e in old}
    for expectation in fresh:
        expectation["meta"] = {**old_meta.get(_key(expectation), {}), **expectation["meta"]}
    handwritten = [e for e in suite["expectations"] if not any(e is o for o in old)]
    return {**suite, "expectations": [*fresh, *handwritten]}


def suite_text(suite: dict) -> str:
    return json.dumps(suite, indent=2, ensure_ascii=False) + "\n"


def stale_suites() -> dict[str, str]:
    """Suite name -> its file's text as the schemas would have it, for every suite that differs."""
    stale = {}
    for name in suite_names():
        path = contract_dir("expectations") / f"{name}.json"
        current = path.read_text(encoding="utf-8")
        expected = suite_text(with_schema_expectations(json.loads(current), name))
        if expected != current:
            stale[name] = expected
    return stale


def main() -> None:
    stale = stale_suites()
    for name, text in stale.items():
        (contract_dir("expectations") / f"{name}.json").write_text(text, encoding="utf-8")
        print(f"rewrote expectations/{name}.json from schemas/{name}.yaml")
    if not stale:
        print("every suite in expectations/ matches schemas/")


if __name__ == "__main__":
    main()
