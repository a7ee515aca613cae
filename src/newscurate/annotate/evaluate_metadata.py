"""Score document metadata against a gold set: title, subtitle, authors, editors, published date,
genre, language and outlet, as a run finds them in a raw text that came with no metadata of its own.

Gold lines are `{"id", "raw", "title", "subtitle", "authors", "editors", "published_date", "genre",
"language", "outlet"}`; a field a line leaves out is not scored for it. A single value is, per document,
right (equal after folding case, spacing, quote marks and dashes, and an outlet's leading 'The'; two nulls are equal), missed
(the gold has one, we say null), wrong (both have one and they differ) or invented (the gold says
the text has none, we give one): the issue's rule is "null when the text does not say it: never
invent", so invented values are counted apart from wrong ones. Author and editor names are
compared as sets, after also dropping punctuation: precision, recall and F1 over names (micro),
and the share of documents whose list is exactly right.

Run it: `newscurate eval metadata GOLD.jsonl --errors`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from newscurate import gold
from newscurate.curate import curate_document
from newscurate.ingest import Quarantined
from newscurate.ingest.text import decode_document

SINGLE_FIELDS = ("title", "subtitle", "published_date", "genre", "language", "outlet")
NAME_FIELDS = ("authors", "editors")
OUTCOMES = ("right", "missed", "wrong", "invented")

_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "\u00a0": " "})
_PUNCTUATION = re.compile(r"[^\w\s]")


@dataclass
class FieldScore:
    outcomes: Counter = field(default_factory=Counter)

    @property
    def documents(self) -> int:
        return sum(self.outcomes.values())

    @property
    def accuracy(self) -> float:
        return self.outcomes["right"] / self.documents if self.documents else 0.0


@dataclass
class NameScore:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    documents: int = 0
    exact: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else float(not self.gold)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        return gold.f1_score(self.precision, self.recall)


@dataclass
class MetadataScores:
    single: dict[str, FieldScore] = field(default_factory=lambda: {name: FieldScore() for name in SINGLE_FIELDS})
    names: dict[str, NameScore] = field(default_factory=lambda: {name: NameScore() for name in NAME_FIELDS})
    errors: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, dict]:
        single = {
            name: {**{o: score.outcomes[o] for o in OUTCOMES}, "accuracy": round(score.accuracy, 4)}
            for name, score in self.single.items() if score.documents
        }
        names = {
            name: {
                "documents": score.documents, "exact": round(score.exact / score.documents, 4), "precision": round(score.precision, 4),
                "recall": round(score.recall, 4), "f1": round(score.f1, 4),
            }
            for name, score in self.names.items() if score.documents
        }
        return single | names


def predicted_metadata(record_id: str, raw: str) -> dict:
    """The documents row a run writes for this raw text (every field null when it is quarantined)."""
    data = raw.encode("utf-8", "surrogatepass")
    document = decode_document(f"gold/{record_id}", data, hashlib.sha256(data).hexdigest())
    rows = curate_document(document, "eval") if not isinstance(document, Quarantined) else None
    return rows.documents[0] if rows and rows.documents else {}


def _language(value: object) -> str | None:
    """A language by its primary subtag: langdetect's 'zh-cn' is the gold's 'zh'."""
    folded = _single(value)
    return folded.split("-", 1)[0] if isinstance(folded, str) else folded


def score_document(record: dict, predicted: dict, scores: MetadataScores) -> None:
    for name in SINGLE_FIELDS:
        if name in record:
            fold = _outlet if name == "outlet" else _language if name == "language" else _single
            expected, found = fold(record[name]), fold(predicted.get(name))
            outcome = _outcome(expected, found)
            scores.single[name].outcomes[outcome] += 1
            if outcome != "right":
                scores.errors.append(f"{record['id']}: {name} {outcome}: gold {record[name]!r}, found {predicted.get(name)!r}")
    for name in NAME_FIELDS:
        if name in record:
            expected, found = {_name(n) for n in record[name]}, {_name(n) for n in predicted.get(name) or ()}
            score = scores.names[name]
            score.documents += 1
            score.gold, score.predicted, score.matched = score.gold + len(expected), score.predicted + len(found), score.matched + len(expected & found)
            score.exact += expected == found
            if expected != found:
                scores.errors.append(f"{record['id']}: {name}: gold {record[name]!r}, found {predicted.get(name)!r}")


def evaluate(records: list[dict]) -> MetadataScores:
    scores = MetadataScores()
    for number, record in enumerate(records, 1):
        record = {"id": str(record.get("id", number)), **{k: v for k, v in record.items() if k != "id"}}
        score_document(record, predicted_metadata(record["id"], record["raw"]), scores)
    return scores


def read_gold(path: Path) -> list[dict]:
    return gold.read_gold(
        path, _gold_record,
        "{'raw', ...} record with a string raw, titles, dates (YYYY-MM-DD), genre and language as strings or null, "
        "and authors and editors as lists of strings",
    )


def _gold_record(record: object) -> bool:
    if not isinstance(record, dict) or not isinstance(record.get("raw"), str):
        return False
    singles_ok = all(record.get(name) is None or isinstance(record[name], str) for name in SINGLE_FIELDS)
    names_ok = all(isinstance(record.get(name, []), list) and all(isinstance(n, str) for n in record.get(name, [])) for name in NAME_FIELDS)
    date_ok = record.get("published_date") is None or _is_iso_date(record["published_date"])
    return singles_ok and names_ok and date_ok


def _is_iso_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _single(value: object) -> str | None:
    if value is None:
        return None
    text = value.isoformat() if isinstance(value, date) else str(value)
    folded = " ".join(unicodedata.normalize("NFKC", text).translate(_MARKS).casefold().split())
    return folded or None


def _outlet(value: object) -> str | None:
    """An outlet's name without its leading article: 'The Lakeshore Tribune' is 'Lakeshore Tribune'."""
    folded = _single(value)
    return folded.removeprefix("the ") if folded else None


def _name(name: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", _single(name) or "").split())


def _outcome(expected: str | None, found: str | None) -> str:
    if expected == found:
        return "right"
    if found is None:
        return "missed"
    return "invented" if expected is None else "wrong"
