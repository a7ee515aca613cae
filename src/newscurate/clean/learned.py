"""Boilerplate learned from the corpus: paragraphs that recur across many documents of one outlet.

Rules name the boilerplate every outlet shares; each outlet also has its own (a slogan, a
newsletter line, a standard sign-off) that no rule names. A paragraph seen in at least
`MIN_DOCUMENTS` documents of an outlet, and in at least `MIN_SHARE` of them, is that outlet's
boilerplate. A paragraph holding a quote that several outlets print is news, not boilerplate
(a syndicated statement), and is never learned.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import partial

from newscurate.clean.edits import Edit
from newscurate.clean.lines import line_span_with_newline, normalized_key, split_lines

MIN_DOCUMENTS = 3
MIN_SHARE = 0.2
MAX_WORDS = 60  # recurring paragraphs longer than this are syndicated text, left to near-duplicate detection
_QUOTE_MARKS = frozenset("“”\"«»„")


@dataclass(frozen=True)
class ParagraphStat:
    outlet: str
    key: int
    n_docs: int
    has_quote: bool


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


def learned_keys(stats: Iterable[ParagraphStat], documents_per_outlet: Mapping[str, int]) -> dict[str, frozenset[int]]:
    stats = list(stats)
    outlets_per_key: dict[int, int] = {}
    for stat in stats:
        outlets_per_key[stat.key] = outlets_per_key.get(stat.key, 0) + 1
    learned: dict[str, set[int]] = {}
    for stat in stats:
        total = documents_per_outlet.get(stat.outlet, 0)
        if stat.n_docs < MIN_DOCUMENTS or not total or stat.n_docs / total < MIN_SHARE:
            continue
        if stat.has_quote and outlets_per_key[stat.key] >= 2:
            continue
        learned.setdefault(stat.outlet, set()).add(stat.key)
    return {outlet: frozenset(keys) for outlet, keys in learned.items()}


def find_learned_boilerplate(text: str, learned: frozenset[int]) -> list[Edit]:
    edits = []
    for line in split_lines(text):
        if line.stripped and line.stripped.count(" ") < MAX_WORDS and paragraph_key(line.stripped) in learned:
            edits.append(Edit(*line_span_with_newline(text, line), "learned_boilerplate", "recurring_in_outlet"))
    return edits


def learned_step(learned: frozenset[int]):
    return partial(find_learned_boilerplate, learned=learned)
