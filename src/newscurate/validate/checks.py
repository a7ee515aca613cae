"""Cross-column and cross-table rules GE cannot state natively, computed as `check_*` columns.

The suites in `expectations/` then expect each check column to be True, so the rule is still a
named expectation with a severity, reported in Data Docs like any other.

GE is given only what a scope's expectations read: the columns they name, doc_id (to name failing
rows) and the check columns they name. Converting whole tables to pandas for it cost more than
judging them (a 1,000-document batch: 270 ms for the frames against 800 ms of judging).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

Tables = dict[str, pa.Table]


def _values(table: pa.Table, *names: str) -> list[list]:
    return [table.column(name).to_pylist() for name in names]


def duplicate_of_exists(tables: Tables, known_doc_ids: Collection[str] | pa.ChunkedArray) -> pa.ChunkedArray:
    """duplicate_of names a document of the warehouse or of the same run. In Arrow: the run scope
    judges a million documents against as many stored ids (as Python sets: 300 MB at that size)."""
    documents = tables["documents"]
    known = known_doc_ids if isinstance(known_doc_ids, pa.ChunkedArray) else pa.chunked_array([list(known_doc_ids)], pa.string())
    everyone = pa.concat_arrays([chunk.cast(pa.string()) for chunk in (*documents.column("doc_id").chunks, *known.chunks)])
    duplicate_of = documents.column("duplicate_of")
    return pc.or_(pc.is_null(duplicate_of), pc.is_in(duplicate_of, value_set=everyone))


def counts_match_text(tables: Tables, _known: Collection[str]) -> list[bool]:
    texts, n_chars, n_words = _values(tables["documents"], "text", "n_chars", "n_words")
    return [chars == len(text) and words == len(text.split()) for text, chars, words in zip(texts, n_chars, n_words)]


def text_is_trimmed(tables: Tables, _known: Collection[str]) -> list[bool]:
    # Here rather than in the text's layout regex: an end anchor or `\s` sends pandas to Python's
    # regex engine (0.23 ms a document); without them the regex runs in Arrow's (0.01 ms).
    return [text == text.strip() for text in tables["documents"].column("text").to_pylist()]


def text_matches_document(tables: Tables, _known: Collection[str]) -> list[bool]:
    texts = dict(zip(*_values(tables["documents"], "doc_id", "text")))
    return [
        doc_id in texts and 0 <= start < end <= len(texts[doc_id]) and texts[doc_id][start:end] == text
        for doc_id, start, end, text in zip(*_values(tables["quotes"], "doc_id", "start", "end", "text"))
    ]


def signature_complete(tables: Tables, _known: Collection[str]) -> list[bool]:
    from newscurate.clean.near_duplicates import NUM_PERM

    return [len(signature) == NUM_PERM for signature in tables["minhashes"].column("signature").to_pylist()]


def length_matches_span(tables: Tables, _known: Collection[str]) -> list[bool]:
    return [end - start == len(text) for start, end, text in zip(*_values(tables["removals"], "start", "end", "text"))]


CHECKS: dict[str, dict[str, Callable[[Tables, Collection[str]], list[bool] | pa.ChunkedArray]]] = {
    "documents": {
        "check_duplicate_of_exists": duplicate_of_exists,
        "check_counts_match_text": counts_match_text,
        "check_text_is_trimmed": text_is_trimmed,
    },
    "quotes": {"check_text_matches_document": text_matches_document},
    "removals": {"check_length_matches_span": length_matches_span},
    "minhashes": {"check_signature_complete": signature_complete},
}


def judged_frame(name: str, tables: Tables, named: Collection[str], whole_table: bool, known_doc_ids: Collection[str] = ()) -> pd.DataFrame:
    """Table `name` as GE judges it: the `named` columns with doc_id (every column when the
    expectations judge the whole table), plus the check columns named; a cross-table check reads
    the other tables it needs from `tables`."""
    table = tables[name]
    frame = table if whole_table else table.select([c for c in table.schema.names if c in named or c == "doc_id"])
    for check, compute in CHECKS.get(name, {}).items():
        if check in named:
            values = compute(tables, known_doc_ids)
            frame = frame.append_column(check, values if isinstance(values, pa.ChunkedArray) else pa.array(values, pa.bool_()))
    return frame.to_pandas()
