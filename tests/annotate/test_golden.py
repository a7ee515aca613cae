"""Golden annotate: the example corpus's metadata and quote spans, as reviewed JSON.

tests/golden/annotate/<case>.json holds what annotate must produce for
tests/golden/clean/<case>.in.txt. Regenerate after a deliberate change with
`python -m tests.annotate.test_golden` and review the diff.
"""

import json
from pathlib import Path

import pytest

from newscurate.curate import curate_document
from newscurate.ingest.reader import decode_document

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
CASES = sorted(p.name.removesuffix(".json") for p in (GOLDEN / "annotate").glob("*.json"))
FIELDS = (
    "outlet", "outlet_source", "title", "subtitle", "authors", "editors", "published_date", "date_source", "language",
    "paragraph_languages", "genre", "genre_cue", "captions", "n_paragraphs", "n_sentences", "n_quotes", "quoted_share",
)


def annotated(case: str) -> dict:
    raw = (GOLDEN / "clean" / f"{case}.in.txt").read_bytes()
    rows = curate_document(decode_document(f"{case}.txt", raw), "golden")
    [document] = rows.documents
    return {
        **{field: (str(document[field]) if field == "published_date" and document[field] else document[field]) for field in FIELDS},
        "quotes": [{k: q[k] for k in ("start", "end", "text", "speaker", "speaker_mention", "cue", "kind", "closed")} for q in rows.quotes],
    }


def test_there_are_golden_cases():
    assert len(CASES) >= 10


@pytest.mark.parametrize("case", CASES)
def test_golden_annotation(case):
    expected = json.loads((GOLDEN / "annotate" / f"{case}.json").read_text(encoding="utf-8"))
    assert annotated(case) == expected


if __name__ == "__main__":
    for source in sorted((GOLDEN / "clean").glob("*.in.txt")):
        case = source.name.removesuffix(".in.txt")
        target = GOLDEN / "annotate" / f"{case}.json"
        target.write_text(json.dumps(annotated(case), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
