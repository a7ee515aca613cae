"""Write a release: the warehouse's current validated version as plain Parquet, a manifest with
checksums, and a dataset card generated from `schemas/`.

A release is written to a temporary folder beside its destination and renamed into place, so a
release folder either exists whole or not at all; an existing version is never overwritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from newscurate.runs import code_version
from newscurate.store.schemas import RELEASE_TABLES, table_schema
from newscurate.store.warehouse import Warehouse

_VERSION = re.compile(r"^\d+\.\d+\.\d+$")
_DEPENDENCIES = ("pyarrow", "polars", "deltalake", "great-expectations", "prefect", "langdetect")


class ReleaseError(RuntimeError):
    """The release cannot be written; the message says why."""


@dataclass(frozen=True)
class Release:
    path: Path
    manifest: dict


def publish_release(warehouse: Warehouse, version: str, out_dir: Path, include_duplicates: bool = True) -> Release:
    if not _VERSION.match(version):
        raise ReleaseError(f"release version must look like X.Y.Z, got {version!r}")
    destination = out_dir / version
    if destination.exists():
        raise ReleaseError(f"release {version} already exists at {destination}; releases are immutable, pick a new version")
    runs = warehouse.runs()
    if runs.height and runs.row(-1, named=True)["status"] == "failed":
        latest = runs.row(-1, named=True)
        reasons = "; ".join(latest["failure_reasons"]) or "see newscurate report"
        raise ReleaseError(f"the latest run {latest['run_id']} failed validation ({reasons}); fix the data and run again")
    run = warehouse.last_committed_run()
    if run is None:
        raise ReleaseError(f"warehouse {warehouse.root} has no committed run to release")
    if not run["validation_success"]:
        raise ReleaseError(f"the latest committed run {run['run_id']} did not pass validation; fix the data and run again")
    versions = json.loads(run["table_versions"])
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{version}-", dir=out_dir))
    try:
        files = {}
        documents = warehouse.read("documents", versions.get("documents"))
        if not include_duplicates:
            documents = documents.filter(pl.col("duplicate_of").is_null())
        kept_ids = documents["doc_id"]
        for name in RELEASE_TABLES:
            frame = documents if name == "documents" else warehouse.read(name, versions.get(name))
            frame = frame.filter(pl.col("doc_id").is_in(kept_ids.implode())) if name != "documents" else frame
            files[name] = _write_parquet(name, frame, staging)
        manifest = {
            "name": "newscurate",
            "version": version,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "includes_duplicates": include_duplicates,
            "source": {"warehouse": warehouse.root, "run_id": run["run_id"], "table_versions": versions},
            "code_version": code_version(),
            "dependencies": {name: _installed(name) for name in _DEPENDENCIES},
            "files": files,
        }
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2, default=str) + "\n", encoding="utf-8")
        (staging / "README.md").write_text(dataset_card(manifest), encoding="utf-8")
        os.rename(staging, destination)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return Release(destination, manifest)


def _write_parquet(name: str, frame: pl.DataFrame, folder: Path) -> dict:
    schema = table_schema(name).arrow
    table = frame.to_arrow().select(schema.names)
    table = pa.Table.from_batches(table.to_batches(), schema=table.schema).cast(schema)
    path = folder / f"{name}.parquet"
    pq.write_table(table, path, compression="zstd", row_group_size=50_000)
    return {
        "path": path.name,
        "sha256": _sha256(path),
        "bytes": path.stat().st_size,
        "rows": table.num_rows,
        "schema": [{"name": f.name, "type": str(f.type), "nullable": f.nullable} for f in schema],
    }


def verify_release(folder: Path) -> list[str]:
    """Problems found re-checking a release against its manifest; empty when it is intact."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    problems = []
    for name, entry in manifest["files"].items():
        path = folder / entry["path"]
        if not path.exists():
            problems.append(f"{entry['path']}: missing")
            continue
        if _sha256(path) != entry["sha256"]:
            problems.append(f"{entry['path']}: sha256 differs from the manifest")
        try:
            metadata_ = pq.read_metadata(path)
        except (pa.ArrowInvalid, OSError) as error:
            problems.append(f"{entry['path']}: not a readable Parquet file ({error})")
            continue
        if metadata_.num_rows != entry["rows"]:
            problems.append(f"{entry['path']}: {metadata_.num_rows} rows, manifest says {entry['rows']}")
        names = [f["name"] for f in entry["schema"]]
        if metadata_.schema.to_arrow_schema().names != names:
            problems.append(f"{entry['path']}: columns differ from the manifest")
    return problems


def dataset_card(manifest: dict) -> str:
    configs = "\n".join(
        f"  - config_name: {name}\n    data_files: {entry['path']}" for name, entry in manifest["files"].items()
    )
    sections = []
    for name, entry in manifest["files"].items():
        schema = table_schema(name)
        rows = "\n".join(f"| `{c.name}` | {c.type} | {c.description} |" for c in schema.columns)
        sections.append(f"### {name} ({entry['rows']} rows)\n\n{schema.description}\n\n| column | type | meaning |\n|---|---|---|\n{rows}\n")
    return f"""---
configs:
{configs}
license: other
pretty_name: newscurate {manifest['version']}
---

# newscurate dataset {manifest['version']}

News and opinion articles, cleaned of page furniture and annotated with metadata and direct-quote
spans by newscurate {manifest['code_version']}, from warehouse run `{manifest['source']['run_id']}`
(table versions {json.dumps(manifest['source']['table_versions'], sort_keys=True)}).
Near-duplicate copies are {'included (see `duplicate_of`)' if manifest['includes_duplicates'] else 'excluded'}.
Every file's sha256 and row count are in `manifest.json`; `newscurate release verify` re-checks them.

## Loading

```python
import polars as pl; docs = pl.read_parquet("documents.parquet")
import duckdb; duckdb.sql("SELECT outlet, count(*) FROM 'documents.parquet' GROUP BY 1")
```

## Tables

{chr(10).join(sections)}
"""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _installed(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None
