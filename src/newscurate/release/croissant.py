"""croissant.json: the release described in MLCommons Croissant 1.0 (JSON-LD).

One FileObject per Parquet file (relative contentUrl, sha256, size) and one RecordSet per table
whose fields, types and descriptions come from `schemas/`. `doc_id` in the child tables (and
`duplicate_of`) reference `documents/doc_id`, so Croissant tools can join the tables.
"""

from __future__ import annotations

import pyarrow as pa

from newscurate.release.card import summary
from newscurate.store.schemas import Column, arrow_type, table_schema

CONFORMS_TO = "http://mlcommons.org/croissant/1.0"
PARQUET = "application/x-parquet"

# The context every Croissant 1.0 document carries (from the specification).
CONTEXT = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}

_DATA_TYPES = {
    pa.string(): "sc:Text",
    pa.int64(): "sc:Integer",
    pa.float64(): "sc:Float",
    pa.bool_(): "sc:Boolean",
    pa.date32(): "sc:Date",
}


def croissant_metadata(manifest: dict) -> dict:
    return {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "name": f"newscurate-{manifest['version']}",
        "description": summary(manifest),
        "conformsTo": CONFORMS_TO,
        "version": manifest["version"],
        "datePublished": manifest["created_at"],
        "citeAs": citation(manifest),
        "license": "other: the article texts keep their publishers' terms",
        "distribution": [_file_object(entry) for entry in manifest["files"].values()],
        "recordSet": [_record_set(name, entry) for name, entry in manifest["files"].items()],
    }


def citation(manifest: dict) -> str:
    version = manifest["version"]
    return (
        f"@misc{{newscurate_{version.replace('.', '_')}, title = {{newscurate dataset {version}}}, "
        f"year = {{{manifest['created_at'][:4]}}}, note = {{release {version}, written {manifest['created_at']}}}}}"
    )


def _file_object(entry: dict) -> dict:
    return {
        "@type": "cr:FileObject",
        "@id": entry["path"],
        "name": entry["path"],
        "contentUrl": entry["path"],
        "contentSize": f"{entry['bytes']} B",
        "encodingFormat": PARQUET,
        "sha256": entry["sha256"],
    }


def _record_set(name: str, entry: dict) -> dict:
    schema = table_schema(name)
    return {
        "@type": "cr:RecordSet",
        "@id": name,
        "name": name,
        "description": schema.description,
        "key": [{"@id": f"{name}/{column}"} for column in schema.key],
        "field": [_field(name, entry["path"], column) for column in schema.columns],
    }


def _field(table: str, path: str, column: Column) -> dict:
    declared = arrow_type(column.type)
    is_list = pa.types.is_list(declared)
    field = {
        "@type": "cr:Field",
        "@id": f"{table}/{column.name}",
        "name": column.name,
        "description": column.description,
        "dataType": _data_type(declared.value_type if is_list else declared),
        "source": {"fileObject": {"@id": path}, "extract": {"column": column.name}},
    }
    if is_list:
        field["repeated"] = True
    if column.name == "doc_id" and table != "documents":
        field["references"] = {"field": {"@id": "documents/doc_id"}}
    return field


def _data_type(declared: pa.DataType) -> str:
    if pa.types.is_timestamp(declared):
        return "sc:DateTime"
    return _DATA_TYPES[declared]
