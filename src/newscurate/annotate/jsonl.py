"""The annotate stage on its own: JSON lines of clean texts in, their language and quotes out.

Each input line is {"id": ..., "text": ...} with an already clean text (paragraphs separated by a
blank line); each output line is {"id", "language", "language_score", "paragraph_languages",
"quotes": [{"start", "end", "text", "speaker", "speaker_mention", "cue", "kind", "closed"}]} with
offsets into that text, in input order.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from newscurate.annotate.language import detect_language
from newscurate.annotate.quotes import find_quotes
from newscurate.ingest.text import without_surrogates


def annotate_record(record: dict) -> dict:
    text = without_surrogates(record["text"])  # one character for one: offsets still point into the given text
    language = detect_language(text)
    return {
        "id": record.get("id"),
        "language": language.language,
        "language_score": language.score,
        "paragraph_languages": list(language.paragraph_languages),
        "quotes": [
            q.as_row()
            for q in find_quotes(text)
        ],
    }


class BadLine(ValueError):
    """An input line that is not a JSON object with a string "text"."""

    def __init__(self, number: int, reason: str) -> None:
        super().__init__(f"line {number}: {reason}")
        self.number = number


def has_usable_id(record: dict) -> bool:
    identifier = record.get("id")
    return isinstance(identifier, (str, int)) and not isinstance(identifier, bool) and identifier != ""


def annotate_lines(lines: Iterable[str]) -> Iterator[str]:
    """One output line per non-blank input line; a bad line stops the run with `BadLine`, as the
    clean stage's own command does."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise BadLine(number, f"not JSON ({error.msg})") from error
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise BadLine(number, 'not a {"id", "text"} object with a string text')
        if not has_usable_id(record):
            raise BadLine(number, "no id (a string or a number): output lines could not be joined back to their input")
        yield json.dumps(annotate_record(record), ensure_ascii=False)
