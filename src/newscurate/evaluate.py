"""Score the cleaner against hand-made article bodies, by bag-of-words precision, recall and F1.

Each document's raw text is cleaned and its words (case-folded, punctuation stripped) are
compared as multisets with the gold body's words: precision is the share of kept words that
belong to the article, recall the share of the article's words that were kept.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from newscurate.clean import clean_text
from newscurate.gold import f1_score, read_gold

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class DocumentScore:
    id: str
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class CleaningScore:
    documents: list[DocumentScore]
    precision: float  # micro-averaged over all words
    recall: float
    f1: float

    @property
    def mean_f1(self) -> float:
        return sum(d.f1 for d in self.documents) / len(self.documents) if self.documents else 0.0


def words(text: str) -> Counter:
    return Counter(w.casefold() for w in _WORD.findall(text))


def _prf(predicted: Counter, gold: Counter) -> tuple[float, float, float, int]:
    overlap = sum((predicted & gold).values())
    precision = overlap / sum(predicted.values()) if predicted else float(not gold)
    recall = overlap / sum(gold.values()) if gold else 1.0
    return precision, recall, f1_score(precision, recall), overlap


def break_at_inline_elements(raw: str, body: str, rng: random.Random) -> str:
    """`raw` as a converter that puts every link or emphasis on a line of its own would have
    written it: each line that is a body paragraph of more than 12 words is broken around one to
    three runs of one to four words ('… told' / 'Reuters' / 'on Tuesday that …')."""
    paragraphs = {p.strip() for p in body.split("\n\n") if len(p.split()) > 12}
    lines = []
    for line in raw.split("\n"):
        if line.strip() not in paragraphs:
            lines.append(line)
            continue
        tokens = line.split(" ")
        runs = sorted({(at, at + rng.randint(1, 4)) for at in (rng.randrange(1, max(2, len(tokens) - 4)) for _ in range(rng.choice((1, 1, 2, 3))))})
        pieces, position = [], 0
        for start, end in runs:
            if start >= position:
                pieces += [" ".join(tokens[position:start]), " ".join(tokens[start:end])]
                position = end
        pieces.append(" ".join(tokens[position:]))
        lines.append("\n".join(piece for piece in pieces if piece))
    return "\n".join(lines)


def score_cleaning(gold_path: Path, break_inline_seed: int | None = None) -> CleaningScore:
    """`break_inline_seed`: score on the raw texts broken at inline elements (`break_at_inline_elements`)."""
    rng = random.Random(break_inline_seed)
    scores = []
    total_overlap = total_predicted = total_gold = 0
    records = read_gold(gold_path, _is_cleaning_record, "{'raw', 'body'} record of two texts")
    for number, record in enumerate(records, 1):
        raw = record["raw"] if break_inline_seed is None else break_at_inline_elements(record["raw"], record["body"], rng)
        predicted, gold = words(clean_text(raw).text), words(record["body"])
        precision, recall, f1, overlap = _prf(predicted, gold)
        scores.append(DocumentScore(str(record.get("id", number)), precision, recall, f1))
        total_overlap += overlap
        total_predicted += sum(predicted.values())
        total_gold += sum(gold.values())
    precision = total_overlap / total_predicted if total_predicted else 0.0
    recall = total_overlap / total_gold if total_gold else 0.0
    return CleaningScore(scores, precision, recall, f1_score(precision, recall))


def _is_cleaning_record(record: object) -> bool:
    return isinstance(record, dict) and isinstance(record.get("raw"), str) and isinstance(record.get("body"), str)
