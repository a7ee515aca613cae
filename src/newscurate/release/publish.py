"""Write a release: the warehouse's current validated version as plain Parquet, with a dataset card
(statistics and plots), Croissant metadata, a changelog against the previous release, and a
manifest holding every file's checksum.

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

from newscurate.release.card import dataset_card
from newscurate.release.changelog import COLUMNS, ReleaseTables, changelog, first_release_changelog
from newscurate.release.croissant import croissant_metadata
from newscurate.release.plots import statistics_plots
from newscurate.release.statistics import release_statistics
from newscurate.ingest.reader import file_sha256
from newscurate.provenance import code_version
from newscurate.store.schemas import RELEASE_TABLES, table_schema
from newscurate.store.warehouse import Warehouse

# Semantic versioning: no leading zeros, so "01.0.0" cannot be a second "1.0.0".
_VERSION = re.compile(r"^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)$")
_DEPENDENCIES = ("pyarrow", "polars", "deltalake", "great-expectations", "prefect", "langdetect", "charset-normalizer", "matplotlib")
# Rows per Parquet row group are chosen so a group holds about this many uncompressed bytes:
# big enough for efficient scans, small enough that readers (DuckDB, the Hub's viewer) can work
# on one group at a time.
ROW_GROUP_BYTES = 64 * 1024 * 1024


class ReleaseError(RuntimeError):
    """The release cannot be written; the message says why."""


@dataclass(frozen=True)
class Release:
    path: Path
    manifest: dict


def is_release_version(version: str) -> bool:
    return _VERSION.match(version) is not None


def publish_release(warehouse: Warehouse, version: str, out_dir: Path, include_duplicates: bool = True) -> Release:
    if not is_release_version(version):
        raise ReleaseError(f"release version must look like X.Y.Z (numbers without leading zeros), got {version!r}")
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
    previous = previous_release(out_dir, version)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{version}-", dir=out_dir))
    except OSError as error:
        raise ReleaseError(f"cannot write a release in {out_dir}: {error.strerror or error}") from error
    try:
        tables, left_out = _release_tables(warehouse, versions, include_duplicates)
        if not tables["documents"].height:
            raise ReleaseError(_nothing_to_release(warehouse, left_out))
        files = {name: _write_parquet(name, frame, staging) for name, frame in tables.items()}
        manifest = {
            "name": "newscurate",
            "version": version,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "includes_duplicates": include_duplicates,
            "left_out": dict(left_out.group_by("reason").len().sort("reason").iter_rows()),
            "previous_release": previous.name if previous else None,
            "source": {
                "warehouse": warehouse.root,
                "run_id": run["run_id"],
                "table_versions": versions,
                "document_run_ids": sorted(tables["documents"]["run_id"].unique().to_list()),
            },
            "code_version": code_version(),
            "dependencies": {name: _installed(name) for name in _DEPENDENCIES},
            "files": files,
        }
        metadata_files = _metadata_files(manifest, tables, left_out, previous)
        for relative, content in metadata_files.items():
            (staging / relative).parent.mkdir(parents=True, exist_ok=True)
            (staging / relative).write_bytes(content)
        manifest["metadata_files"] = {
            relative: {"sha256": hashlib.sha256(content).hexdigest(), "bytes": len(content)} for relative, content in metadata_files.items()
        }
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2, default=str) + "\n", encoding="utf-8")
        # mkdtemp makes the folder private (0700); a release is for others to read.
        staging.chmod(0o755)
        os.rename(staging, destination)
    except BaseException as error:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(error, OSError):  # a full disk, an unreadable table, the same version renamed into place meanwhile
            raise ReleaseError(f"cannot publish release {version} to {destination}: {error.strerror or error}") from error
        raise
    return Release(destination, manifest)


def _nothing_to_release(warehouse: Warehouse, left_out: pl.DataFrame) -> str:
    why = f"{left_out.height} left out (their inputs were quarantined since)" if left_out.height else "every input so far was quarantined"
    return (
        f"warehouse {warehouse.root} has no documents to release ({why}); see newscurate sql "
        '"SELECT source_path, reason, detail FROM quarantine", fix the inputs and run again'
    )


def previous_release(out_dir: Path, version: str) -> Path | None:
    """The complete release in `out_dir` with the highest version below `version`."""
    below = [
        folder
        for folder in (out_dir.iterdir() if out_dir.is_dir() else [])
        if _VERSION.match(folder.name) and (folder / "manifest.json").is_file() and _version_key(folder.name) < _version_key(version)
    ]
    return max(below, key=lambda folder: _version_key(folder.name), default=None)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def _release_tables(warehouse: Warehouse, versions: dict[str, int], include_duplicates: bool) -> tuple[dict[str, pl.DataFrame], pl.DataFrame]:
    """The tables to publish, and the documents left out of them (doc_id, reason)."""
    documents = warehouse.read("documents", versions.get("documents"))
    quarantined = _quarantined_since_written(documents, warehouse.read("quarantine", versions.get("quarantine")), warehouse.runs())
    reasons = [quarantined]
    if not include_duplicates:
        reasons.append(documents.filter(pl.col("duplicate_of").is_not_null()).select("doc_id", reason=pl.lit("duplicate copy left out")))
    left_out = pl.concat(reasons).unique("doc_id", keep="first", maintain_order=True)
    documents = documents.filter(~pl.col("doc_id").is_in(left_out["doc_id"].implode()))
    kept_ids = documents["doc_id"].implode()
    tables = {"documents": documents}
    for name in RELEASE_TABLES:
        if name != "documents":
            tables[name] = warehouse.read(name, versions.get(name)).filter(pl.col("doc_id").is_in(kept_ids))
    return tables, left_out


def _quarantined_since_written(documents: pl.DataFrame, quarantine: pl.DataFrame, runs: pl.DataFrame) -> pl.DataFrame:
    """Documents whose input a run quarantined after the run that wrote them (doc_id, reason).

    The warehouse keeps a document's last valid rows when a changed version of its file is
    quarantined; the release leaves such a document out, since its input is held back.
    """
    started = runs.select("run_id", "started_at")
    latest = (
        quarantine.join(started, on="run_id")
        .sort("started_at")
        .group_by("source_path")
        .agg(pl.col("started_at").last().alias("quarantined_at"), pl.col("reason").last())
    )
    return (
        documents.select("doc_id", "source_path", "run_id")
        .join(started, on="run_id")
        .join(latest, on="source_path")
        .filter(pl.col("quarantined_at") > pl.col("started_at"))
        .select("doc_id", reason=pl.format("input quarantined ({})", "reason"))
    )


def _metadata_files(manifest: dict, tables: dict[str, pl.DataFrame], left_out: pl.DataFrame, previous: Path | None) -> dict[str, bytes]:
    """Release-relative path -> content of everything but the data and the manifest."""
    statistics = release_statistics(tables["documents"], tables["quotes"], tables["removals"])
    plots = statistics_plots(statistics)
    current = ReleaseTables(manifest["version"], manifest["includes_duplicates"], tables["documents"], tables["quotes"], tables["removals"])
    changes = changelog(_read_release_tables(previous), current, left_out) if previous else first_release_changelog(current)
    card = dataset_card(manifest, statistics, plots, previous.name if previous else None)
    return {
        "README.md": card.encode("utf-8"),
        "croissant.json": (json.dumps(croissant_metadata(manifest), indent=2, ensure_ascii=False) + "\n").encode("utf-8"),
        "CHANGELOG.md": changes.encode("utf-8"),
        **plots,
    }


def _read_release_tables(folder: Path) -> ReleaseTables:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    frames = {name: pl.read_parquet(folder / manifest["files"][name]["path"], columns=columns) for name, columns in COLUMNS.items()}
    return ReleaseTables(manifest["version"], manifest["includes_duplicates"], **frames)


def _write_parquet(name: str, frame: pl.DataFrame, folder: Path) -> dict:
    schema = table_schema(name).arrow
    table = frame.to_arrow().select(schema.names)
    table = pa.Table.from_batches(table.to_batches(), schema=table.schema).cast(schema)
    path = folder / f"{name}.parquet"
    bytes_per_row = table.nbytes / max(table.num_rows, 1)
    pq.write_table(table, path, compression="zstd", row_group_size=max(1_000, int(ROW_GROUP_BYTES / max(bytes_per_row, 1))))
    written = pq.read_metadata(path)
    return {
        "path": path.name,
        "sha256": file_sha256(path),
        "bytes": path.stat().st_size,
        "rows": table.num_rows,
        "row_groups": written.num_row_groups,
        "schema": _schema_entries(written.schema.to_arrow_schema()),
    }


def _schema_entries(schema: pa.Schema) -> list[dict]:
    """The schema as readers see it in the file (Parquet names a list's items `element`)."""
    return [{"name": f.name, "type": str(f.type), "nullable": f.nullable} for f in schema]


def verify_release(folder: Path) -> list[str]:
    """Problems found re-checking a release against its manifest; empty when it is intact."""
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        files = [(entry["path"], entry) for entry in manifest["files"].values()]
        # Releases written before metadata files were checksummed have no such section.
        metadata = list(manifest.get("metadata_files", {}).items())
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        return [f"manifest.json: not a release manifest ({type(error).__name__}: {error})"]
    problems = []
    for relative, entry in files:
        problems += _file_problems(folder, relative, entry)
        if (folder / relative).exists():
            try:
                problems += _parquet_problems(folder / relative, entry)
            except (KeyError, TypeError):
                problems.append(f"{relative}: the manifest gives no rows and columns for it")
    for relative, entry in metadata:
        problems += _file_problems(folder, relative, entry)
    if "metadata_files" in manifest:
        listed = {"manifest.json", *(relative for relative, _ in files + metadata)}
        found = (path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file())
        problems += [f"{relative}: not in the manifest" for relative in sorted(set(found) - listed)]
    return problems


def _file_problems(folder: Path, relative: str, entry: dict) -> list[str]:
    if not isinstance(entry, dict) or not {"bytes", "sha256"} <= entry.keys():
        return [f"{relative}: the manifest gives no size and checksum for it"]
    path = folder / relative
    if not path.is_file():
        return [f"{relative}: missing"]
    if path.stat().st_size != entry["bytes"]:
        return [f"{relative}: {path.stat().st_size} bytes, manifest says {entry['bytes']}"]
    if file_sha256(path) != entry["sha256"]:
        return [f"{relative}: sha256 differs from the manifest"]
    return []


def _parquet_problems(path: Path, entry: dict) -> list[str]:
    try:
        metadata_ = pq.read_metadata(path)
    except (pa.ArrowInvalid, OSError) as error:
        return [f"{entry['path']}: not a readable Parquet file ({error})"]
    problems = []
    if metadata_.num_rows != entry["rows"]:
        problems.append(f"{entry['path']}: {metadata_.num_rows} rows, manifest says {entry['rows']}")
    found = _schema_entries(metadata_.schema.to_arrow_schema())
    for difference in _schema_differences(found, entry["schema"]):
        problems.append(f"{entry['path']}: {difference}")
    return problems


def _schema_differences(found: list[dict], declared: list[dict]) -> list[str]:
    if [f["name"] for f in found] != [d["name"] for d in declared]:
        return [f"columns {[f['name'] for f in found]}, manifest says {[d['name'] for d in declared]}"]
    return [
        f"column {f['name']} is {f['type']}{'' if f['nullable'] else ' not null'}, manifest says {d['type']}{'' if d['nullable'] else ' not null'}"
        for f, d in zip(found, declared)
        if (_list_items_unnamed(f["type"]), f["nullable"]) != (_list_items_unnamed(d["type"]), d["nullable"])
    ]


def _list_items_unnamed(arrow_type: str) -> str:
    """`list<element: string>` and `list<item: string>` are the same column type: Parquet names a
    list's items `element`, and manifests written before the schema was read back from the file
    recorded Arrow's `item`."""
    return re.sub(r"list<\w+: ", "list<", arrow_type)



def _installed(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None
