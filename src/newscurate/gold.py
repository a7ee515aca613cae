"""A user's labeled sample for `newscurate eval`: JSON lines, one record each, every bad line named;
and the F1 every score of it reports."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path


def f1_score(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def read_gold(path: Path, is_record: Callable[[object], bool], shape: str) -> list[dict]:
    """The file's records; ValueError naming the first line that is not JSON or not `shape`
    (`is_record` says which records are), or saying the file holds none."""
    records = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"line {number}: not JSON ({error.msg} at character {error.pos + 1})") from None
            if not is_record(record):
                raise ValueError(f"line {number} is no {shape}")
            records.append(record)
    if not records:
        raise ValueError("it holds no documents")
    return records
