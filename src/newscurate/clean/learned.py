"""Boilerplate learned from the corpus: paragraphs that recur across many documents of one outlet.

Rules name the boilerplate every outlet shares; each outlet also has its own (a slogan, a
newsletter line, a standard sign-off) that no rule names. A paragraph seen in at least
`MIN_DOCUMENTS` documents of an outlet, and in at least `MIN_SHARE` of them, is that outlet's
boilerplate. A paragraph holding a quote that several outlets print is news, not boilerplate
(a syndicated statement), and is never learned.
"""

from __future__ import annotations

import hashlib
from functools import partial

import polars as pl

from newscurate.clean.edits import Edit
from newscurate.clean.lines import line_span_with_newline, normalized_key, split_lines

MIN_DOCUMENTS = 3
MIN_SHARE = 0.2
MAX_WORDS = 60  # recurring paragraphs longer than this are syndicated text, left to near-duplicate detection
_QUOTE_MARKS = frozenset("“”\"«»„")


def paragraph_key(paragraph: str) -> int:
    digest = hashlib.blake2b(normalized_key(paragraph).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def paragraph_keys(text: str) -> dict[int, bool]:
    """Key -> whether the paragraph holds a quote mark, for each paragraph short enough to learn."""
    keys: dict[int, bool] = {}
    for paragraph in text.split("\n\n"):
        n_words = paragraph.count(" ") + 1
        if 2 <= n_words <= MAX_WORDS:
            key = paragraph_key(paragraph)
            keys[key] = keys.get(key, False) or bool(_QUOTE_MARKS & set(paragraph))
    return keys


def learned_keys(stats: pl.LazyFrame, documents_per_outlet: pl.LazyFrame) -> dict[str, frozenset[int]]:
    """Per outlet, its learned paragraph keys. `stats` has outlet, key, n_docs and has_quote (one
    row per outlet and paragraph); `documents_per_outlet` has outlet and documents.

    Lazy and columnar: the counts grow with the corpus (about ten short paragraphs a document, most
    of them seen once), and only the few rows seen in MIN_DOCUMENTS documents are ever collected."""
    candidates = (
        stats.filter(pl.col("n_docs") >= MIN_DOCUMENTS)
        .join(documents_per_outlet, on="outlet")
        .filter(pl.col("n_docs") / pl.col("documents") >= MIN_SHARE)
    )
    # A quote several outlets print is news: outlets are counted for the candidates' quoted keys only
    # (counting them for every key would hash the whole table).
    quoted = candidates.filter(pl.col("has_quote")).select("key")
    shared = stats.join(quoted, on="key", how="semi").group_by("key").agg(pl.len().alias("outlets")).filter(pl.col("outlets") >= 2)
    learned = (
        candidates.join(shared, on="key", how="left")
        .filter(~pl.col("has_quote") | pl.col("outlets").is_null())
        .group_by("outlet")
        .agg(pl.col("key"))
        .collect(engine="streaming")
    )
    return {outlet: frozenset(keys) for outlet, keys in learned.iter_rows()}


def find_learned_boilerplate(text: str, learned: frozenset[int]) -> list[Edit]:
    edits = []
    for line in split_lines(text):
        if line.stripped and line.stripped.count(" ") < MAX_WORDS and paragraph_key(line.stripped) in learned:
            edits.append(Edit(*line_span_with_newline(text, line), "learned_boilerplate", "recurring_in_outlet"))
    return edits


def learned_step(learned: frozenset[int]):
    return partial(find_learned_boilerplate, learned=learned)
