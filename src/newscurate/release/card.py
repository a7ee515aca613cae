"""The dataset card: a release's README.md in the Hugging Face style.

The YAML header's `configs` name one config per table (documents is the default), each pointing
at its Parquet file as the `train` split, so `datasets.load_dataset(<release folder>, "quotes")`
and the Hub's viewer open the tables without a loading script. The column dictionary comes from
`schemas/`, the statistics and plots from the release's own tables.
"""

from __future__ import annotations

import json
from collections.abc import Collection

import yaml

from newscurate.release.plots import MAX_BARS, plot_path
from newscurate.release.statistics import UNKNOWN, CountTable, ReleaseStatistics
from newscurate.store.schemas import table_schema

MAX_TABLE_ROWS = 50
DEFAULT_CONFIG = "documents"
# Hugging Face's size_categories values: (upper bound, label).
_SIZE_CATEGORIES = ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M"))


def dataset_card(manifest: dict, statistics: ReleaseStatistics, plots: Collection[str], changelog_against: str | None) -> str:
    """README.md for a release. `plots` are the release-relative PNG paths written beside it."""
    header = yaml.safe_dump(card_metadata(manifest, statistics), sort_keys=False, allow_unicode=True)
    sections = [
        f"# newscurate dataset {manifest['version']}",
        summary(manifest),
        _files_section(manifest),
        _loading_section(manifest),
        _statistics_section(statistics, plots),
        _columns_section(manifest),
        _provenance_section(manifest),
        _changes_section(changelog_against),
        "## License\n\n`license: other`: the article texts keep their publishers' terms; check them before you redistribute the text.",
    ]
    return f"---\n{header}---\n\n" + "\n\n".join(sections) + "\n"


def card_metadata(manifest: dict, statistics: ReleaseStatistics) -> dict:
    """The YAML header, as Hugging Face's dataset card metadata reads it."""
    languages = [label for label, _ in statistics.documents_by_language.counts if label != UNKNOWN]
    return {
        "pretty_name": f"newscurate {manifest['version']}",
        "license": "other",
        "language": sorted(languages),
        "tags": ["news", "quotes"],
        "size_categories": [size_category(statistics.documents)],
        "configs": [
            {
                "config_name": name,
                "data_files": [{"split": "train", "path": entry["path"]}],
                **({"default": True} if name == DEFAULT_CONFIG else {}),
            }
            for name, entry in manifest["files"].items()
        ],
    }


def size_category(rows: int) -> str:
    return next((label for bound, label in _SIZE_CATEGORIES if rows < bound), "n>10M")


def summary(manifest: dict) -> str:
    """One paragraph on what the release is; the Croissant description repeats it."""
    duplicates = "included (see `duplicate_of`)" if manifest["includes_duplicates"] else "left out"
    left_out = "; ".join(f"{reason}: {n}" for reason, n in manifest["left_out"].items())
    return (
        "News and opinion articles, cleaned of page furniture and annotated with metadata and quote spans "
        f"by newscurate {manifest['code_version']}, from warehouse run `{manifest['source']['run_id']}`. "
        f"Duplicate copies are {duplicates}; a document whose input is in quarantine is never in a release. "
        + (f"Documents of the warehouse's version left out here: {left_out}. " if left_out else "")
        + "Every character the cleaner removed is in `removals`, with its raw offsets and a reason."
    )


def _files_section(manifest: dict) -> str:
    rows = [f"| `{e['path']}` | {e['rows']:,} | {e['bytes']:,} | `{e['sha256'][:16]}…` |" for e in manifest["files"].values()]
    return "\n".join(
        [
            "## Files",
            "",
            "Plain Parquet (zstd), one file per table. `manifest.json` holds every file's full sha256, size, row count and",
            "schema; `croissant.json` is the MLCommons Croissant 1.0 description; `CHANGELOG.md` compares with the previous release.",
            "`newscurate release verify <folder>` re-checks them all.",
            "",
            "| file | rows | bytes | sha256 |",
            "|---|---:|---:|---|",
            *rows,
        ]
    )


def _loading_section(manifest: dict) -> str:
    folder = f"releases/{manifest['version']}"
    return f"""## Loading

Any Parquet reader opens the files; no newscurate code is needed.

```python
import duckdb
duckdb.sql("SELECT outlet, count(*) AS documents FROM '{folder}/documents.parquet' GROUP BY outlet ORDER BY documents DESC")

import polars as pl
quotes = pl.read_parquet("{folder}/quotes.parquet")

import pandas as pd
documents = pd.read_parquet("{folder}/documents.parquet")

from datasets import load_dataset
quotes = load_dataset("{folder}", "quotes", split="train")  # configs from this card's header
documents = load_dataset("parquet", data_files="{folder}/documents.parquet", split="train")
```

```r
library(arrow)
documents <- read_parquet("{folder}/documents.parquet")
```

```python
documents = spark.read.parquet("{folder}/documents.parquet")  # PySpark
```

Join tables on `doc_id`; quote and removal offsets index `documents.text` and the raw text as described below."""


def _statistics_section(statistics: ReleaseStatistics, plots: Collection[str]) -> str:
    parts = [
        "## Statistics",
        "",
        f"{statistics.documents:,} documents and {statistics.quotes:,} quotes. Quotes per document: "
        f"mean {statistics.quotes_per_document_mean:.2f}, median {statistics.quotes_per_document_median:g}, "
        f"maximum {statistics.quotes_per_document_max}.",
    ]
    for table in statistics.count_tables:
        parts += ["", f"### {table.title}", ""]
        parts.append(_removals_table(statistics) if table == statistics.removals_by_reason else _count_table(table.top(MAX_TABLE_ROWS)))
        if plot_path(table) in plots:
            note = f" (the {MAX_BARS - 1} largest, then the rest together)" if len(table.counts) > MAX_BARS else ""
            parts += ["", f"![{table.title}{note}]({plot_path(table)})"]
    return "\n".join(parts)


def _count_table(table: CountTable) -> str:
    rows = [f"| {_cell(label)} | {count:,} |" for label, count in table.counts]
    return "\n".join([f"| {table.label} | {table.unit} |", "|---|---:|", *rows])


def _removals_table(statistics: ReleaseStatistics) -> str:
    rows = [f"| {_cell(r.reason)} | {r.rows:,} | {r.characters:,} | {r.documents:,} |" for r in statistics.removals]
    return "\n".join(["| reason | rows | raw characters | documents |", "|---|---:|---:|---:|", *rows])


def _columns_section(manifest: dict) -> str:
    parts = ["## Tables and columns", "", "Generated from `schemas/`, where each table's columns are declared once."]
    for name, entry in manifest["files"].items():
        schema = table_schema(name)
        rows = [f"| `{c.name}` | {c.type} | {'yes' if c.nullable else 'no'} | {_cell(c.description)} |" for c in schema.columns]
        parts += [
            "",
            f"### {name} ({entry['rows']:,} rows)",
            "",
            f"{schema.description} Key: {', '.join(f'`{k}`' for k in schema.key)}.",
            "",
            "| column | type | nullable | meaning |",
            "|---|---|---|---|",
            *rows,
        ]
    return "\n".join(parts)


def _provenance_section(manifest: dict) -> str:
    source = manifest["source"]
    dependencies = ", ".join(f"{name} {version}" for name, version in manifest["dependencies"].items() if version)
    return "\n".join(
        [
            "## Provenance",
            "",
            f"- warehouse run: `{source['run_id']}`; Delta table versions: `{json.dumps(source['table_versions'], sort_keys=True)}`",
            f"- runs that wrote the released documents: {', '.join(f'`{r}`' for r in source['document_run_ids']) or 'none'}",
            f"- code: newscurate {manifest['code_version']}; dependencies: {dependencies}",
            f"- written {manifest['created_at']}",
        ]
    )


def _changes_section(changelog_against: str | None) -> str:
    if changelog_against is None:
        return "## Changes\n\nThe first release in its folder; `CHANGELOG.md` says so."
    return f"## Changes\n\n`CHANGELOG.md` lists documents and quotes added, removed and changed since release {changelog_against}, per outlet and per removal reason."


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
