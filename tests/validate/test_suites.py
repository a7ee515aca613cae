"""The schema-derived expectations: in step with schemas/, and meaningful on the frames the gate sees."""

import copy
from datetime import UTC, date, datetime

import pyarrow as pa
import pytest

from newscurate.store.schemas import TABLES, Column, arrow_type, table_schema
from newscurate.validate.gate import load_suite_json, suite_names
from newscurate.validate.suites import COMMAND, schema_expectations, stale_suites, type_expectation, with_schema_expectations


def test_every_suite_matches_its_schema():
    stale = stale_suites()
    assert not stale, f"expectations/ disagrees with schemas/ for {', '.join(stale)}: run `{COMMAND}`"


TYPE_EXPECTATIONS = ("expect_column_values_to_be_of_type", "expect_column_values_to_be_in_type_list")


def test_every_declared_column_has_one_critical_table_level_type_expectation():
    for name in suite_names():
        typed = [e for e in load_suite_json(name)["expectations"] if e["type"] in TYPE_EXPECTATIONS]
        assert sorted(e["kwargs"]["column"] for e in typed) == sorted(table_schema(name).names), name
        assert all(e["meta"]["severity"] == "critical" and e["meta"]["quarantine"] is False for e in typed), name


def test_regenerating_replaces_only_the_schema_derived_expectations_and_keeps_their_other_meta():
    suite = load_suite_json("links")
    handwritten = [e for e in suite["expectations"] if "generated_from" not in e["meta"]]
    edited = copy.deepcopy(suite)
    generated = [e for e in edited["expectations"] if "generated_from" in e["meta"]]
    generated[1]["meta"]["notes"] = "kept"  # a meta key the generator does not write
    edited["expectations"].remove(generated[2])  # a column the suite lost
    stale = {"type": "expect_column_values_to_be_of_type", "kwargs": {"column": "gone", "type_": "str"}, "meta": {"generated_from": "schemas/links.yaml"}}
    edited["expectations"].append(stale)  # a column the schema dropped

    regenerated = with_schema_expectations(edited, "links")

    assert [e for e in regenerated["expectations"] if "generated_from" not in e["meta"]] == handwritten
    assert [e["kwargs"] for e in regenerated["expectations"][: len(generated)]] == [e["kwargs"] for e in schema_expectations("links")]
    assert regenerated["expectations"][1]["meta"]["notes"] == "kept"
    assert stale not in regenerated["expectations"]
    assert with_schema_expectations(regenerated, "links") == regenerated


DECLARED = sorted({(c.type, c.nullable) for table in TABLES for c in table_schema(table).columns})


def sample(kind: pa.DataType):
    if pa.types.is_list(kind):
        return [sample(kind.value_type)]
    if pa.types.is_timestamp(kind):
        return datetime(2024, 5, 1, 12, tzinfo=UTC)
    return {pa.string(): "text", pa.int64(): 7, pa.float64(): 0.5, pa.bool_(): True, pa.date32(): date(2024, 5, 1)}[kind]


def judge(frame, expectation: dict) -> bool:
    import great_expectations as gx

    context = gx.get_context(mode="ephemeral")
    batch = context.data_sources.add_pandas("types").add_dataframe_asset("frame").add_batch_definition_whole_dataframe("all")
    suite = gx.ExpectationSuite(name="types", expectations=[expectation])
    return batch.get_batch(batch_parameters={"dataframe": frame}).validate(suite).success


@pytest.mark.parametrize(("declared", "nullable"), DECLARED, ids=[f"{t}{'?' if n else ''}" for t, n in DECLARED])
def test_each_declared_type_passes_as_arrow_hands_it_to_pandas_and_fails_as_another(declared, nullable):
    kind, value = arrow_type(declared), sample(arrow_type(declared))
    kind_of, kwargs = type_expectation(Column("c", declared, nullable, ""))
    expectation = {"type": kind_of, "kwargs": kwargs}
    shapes = [[value, value], []] + ([[value, None], [None, None]] if nullable else [])
    for values in shapes:
        frame = pa.table({"c": pa.array(values, kind)}).to_pandas()
        assert judge(frame, expectation), f"{declared} {values} became {frame['c'].dtype}"
    wrong = pa.array([1, 2]) if declared == "string" else pa.array(["2024-05-01", "x"])
    assert not judge(pa.table({"c": wrong}).to_pandas(), expectation)
