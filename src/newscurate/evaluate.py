"""Score the cleaner against hand-made article bodies, by bag-of-words precision, recall and F1.

Each document's raw text is cleaned and its words (case-folded, punctuation stripped) are
compared as multisets with the gold body's words: precision is the share of kept words that
belong to the article, recall the share of the article's words that were kept.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from newscurate.clean import clean_text

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
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, overlap


def score_cleaning(gold_path: Path) -> CleaningScore:
    scores = []
    total_overlap = total_predicted = total_gold = 0
    for number, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        record = json.loads(line)
        if not isinstance(record, dict) or not isinstance(record.get("raw"), str) or not isinstance(record.get("body"), str):
            raise ValueError(f"line {number} is no {{'raw', 'body'}} record of two texts")
        predicted, gold = words(clean_text(record["raw"]).text), words(record["body"])
        precision, recall, f1, overlap = _prf(predicted, gold)
        scores.append(DocumentScore(str(record.get("id", number)), precision, recall, f1))
        total_overlap += overlap
        total_predicted += sum(predicted.values())
        total_gold += sum(gold.values())
    precision = total_overlap / total_predicted if total_predicted else 0.0
    recall = total_overlap / total_gold if total_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return CleaningScore(scores, precision, recall, f1)
