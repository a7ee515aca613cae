"""croissant.json is valid Croissant 1.0 by mlcroissant (no errors, no warnings), names every file by
its sha256, and mlcroissant reads every record set's rows from the Parquet files."""

import hashlib
import json

import mlcroissant
import pytest

from newscurate.store.schemas import RELEASE_TABLES, table_schema


@pytest.fixture(scope="module")
def croissant(releases):
    folder = releases.second.path
    return folder, json.loads((folder / "croissant.json").read_text(encoding="utf-8"))


def test_mlcroissant_validates_it_without_errors_or_warnings(croissant):
    folder, _ = croissant
    dataset = mlcroissant.Dataset(jsonld=folder / "croissant.json")
    assert dataset.metadata.ctx.issues.errors == set()
    assert dataset.metadata.ctx.issues.warnings == set()


def test_mlcroissant_reads_every_record_set_from_the_parquet_files(croissant, releases):
    folder, _ = croissant
    dataset = mlcroissant.Dataset(jsonld=folder / "croissant.json")
    for name in RELEASE_TABLES:
        records = list(dataset.records(name))
        assert len(records) == releases.second.manifest["files"][name]["rows"], name
        assert set(records[0]) == {f"{name}/{column}" for column in table_schema(name).names}


def test_each_parquet_file_is_a_file_object_with_its_sha256(croissant):
    folder, metadata = croissant
    assert metadata["conformsTo"] == "http://mlcommons.org/croissant/1.0"
    files = {f["contentUrl"]: f for f in metadata["distribution"]}
    assert set(files) == {f"{name}.parquet" for name in RELEASE_TABLES}
    for path, entry in files.items():
        assert entry["@type"] == "cr:FileObject" and entry["encodingFormat"] == "application/x-parquet"
        assert entry["sha256"] == hashlib.sha256((folder / path).read_bytes()).hexdigest()


def test_record_set_fields_are_the_declared_columns_with_types(croissant):
    _, metadata = croissant
    record_sets = {r["@id"]: r for r in metadata["recordSet"]}
    assert set(record_sets) == set(RELEASE_TABLES)
    documents = {f["name"]: f for f in record_sets["documents"]["field"]}
    assert list(documents) == table_schema("documents").names
    assert documents["doc_id"]["dataType"] == "sc:Text" and documents["n_words"]["dataType"] == "sc:Integer"
    assert documents["published_date"]["dataType"] == "sc:Date" and documents["removed_share"]["dataType"] == "sc:Float"
    assert documents["authors"]["repeated"] is True and "repeated" not in documents["title"]
    assert record_sets["quotes"]["key"] == [{"@id": "quotes/doc_id"}, {"@id": "quotes/quote_id"}]
    quote_doc_id = next(f for f in record_sets["quotes"]["field"] if f["name"] == "doc_id")
    assert quote_doc_id["references"] == {"field": {"@id": "documents/doc_id"}}
