"""The dataset card: a Hugging Face header that `datasets` reads, statistics that match the data,
plots that exist, and a column dictionary from `schemas/`."""

import re

import polars as pl
import pytest
import yaml

from newscurate.release.card import size_category
from newscurate.store.schemas import table_schema


def card_parts(folder):
    text = (folder / "README.md").read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?\n)---\n(.*)", text, re.S)
    assert match, "the card starts with a YAML header between --- lines"
    return yaml.safe_load(match[1]), match[2]


def markdown_table(body, heading):
    """Rows of the first table after `### heading`, as lists of cell strings."""
    table = body.split(f"### {heading}\n", 1)[1].lstrip("\n").split("\n\n", 1)[0]
    return [[cell.strip() for cell in line.strip("|").split("|")] for line in table.splitlines()[2:]]


def test_header_has_one_config_per_table_pointing_at_its_file(releases):
    folder = releases.second.path
    header, _ = card_parts(folder)
    configs = {c["config_name"]: c for c in header["configs"]}
    assert set(configs) == {"documents", "quotes", "removals", "links"}
    for name, config in configs.items():
        assert config["data_files"] == [{"split": "train", "path": f"{name}.parquet"}]
        assert (folder / config["data_files"][0]["path"]).is_file()
    assert [name for name, c in configs.items() if c.get("default")] == ["documents"]
    documents = pl.read_parquet(folder / "documents.parquet")
    assert header["language"] == sorted(documents["language"].drop_nulls().unique().to_list())
    assert header["size_categories"] == ["n<1K"] and header["license"] == "other"


def test_hugging_face_datasets_loads_every_config_from_the_card(releases, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    import datasets  # after the environment: huggingface_hub reads it on import

    folder = releases.second.path
    assert datasets.get_dataset_config_names(str(folder)) == ["documents", "quotes", "removals", "links"]
    quotes = datasets.load_dataset(str(folder), "quotes", split="train", cache_dir=str(tmp_path / "cache"))
    assert quotes.num_rows == releases.second.manifest["files"]["quotes"]["rows"]
    documents = datasets.load_dataset("parquet", data_files=str(folder / "documents.parquet"), split="train", cache_dir=str(tmp_path / "cache"))
    assert documents.column_names == table_schema("documents").names


def test_statistics_tables_add_up_to_the_data(releases):
    folder = releases.second.path
    _, body = card_parts(folder)
    documents = pl.read_parquet(folder / "documents.parquet")
    quotes = pl.read_parquet(folder / "quotes.parquet")
    removals = pl.read_parquet(folder / "removals.parquet")

    outlets = {label: int(n) for label, n in markdown_table(body, "Documents per outlet")}
    assert sum(outlets.values()) == documents.height
    assert outlets.get("unknown", 0) == documents["outlet"].null_count()

    years = markdown_table(body, "Documents per year of publication")
    assert years[-1] == ["unknown", str(documents["published_date"].null_count())]
    assert sum(int(n) for _, n in years) == documents.height

    per_document = {label: int(n) for label, n in markdown_table(body, "Quotes per document")}
    assert sum(per_document.values()) == documents.height
    quoted = quotes.group_by("doc_id").len()
    assert per_document["0"] == documents.height - quoted.height

    reasons = {row[0]: int(row[1].replace(",", "")) for row in markdown_table(body, "Removals by reason")}
    assert reasons == dict(removals.group_by("reason").len().iter_rows())
    assert f"{documents.height:,} documents and {quotes.height:,} quotes" in body


def test_every_plot_the_card_shows_is_a_png_in_the_release(releases):
    folder = releases.second.path
    _, body = card_parts(folder)
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", body)
    assert len(images) == 5
    for image in images:
        assert (folder / image).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_column_dictionary_lists_every_declared_column(releases):
    _, body = card_parts(releases.second.path)
    for name in ("documents", "quotes", "removals", "links"):
        for column in table_schema(name).columns:
            assert f"| `{column.name}` | {column.type} |" in body


def test_card_names_its_provenance_and_the_previous_release(releases):
    _, body = card_parts(releases.second.path)
    assert releases.second.manifest["source"]["run_id"] in body
    assert all(run_id in body for run_id in releases.run_ids)
    assert "since release 1.0.0" in body
    _, first_body = card_parts(releases.first.path)
    assert "The first release in its folder" in first_body


@pytest.mark.parametrize(("rows", "category"), [(0, "n<1K"), (999, "n<1K"), (1_000, "1K<n<10K"), (250_000, "100K<n<1M"), (20_000_000, "n>10M")])
def test_size_category_follows_hugging_face_bounds(rows, category):
    assert size_category(rows) == category
