"""CPU cost of the annotate stage per 6 KB of article, next to langdetect's on the same machine.

`python -m newscurate.annotate.benchmark [ROUNDS] [DOCS]` cleans full-length articles once (not
timed): the project's example articles of at least `MIN_CHARS` clean characters and, when the shared
seed texts sit beside the project, those too. With DOCS, the first DOCS documents of a generated
corpus (`newscurate bench generate`, by default `.bench/c2k/raw/`, or the folder in
`NEWSCURATE_ANNOTATE_BENCH`) are measured as well, under `corpus`. It then times, in rounds,
keeping each one's fastest round:

- `quotes_ms`: `find_quotes()` alone (spans, kinds, speakers), what `newscurate annotate --jsonl` adds
  to language detection;
- `annotate_ms`: `annotate()` for a document (metadata, quotes, links), less its language detection;
- `language_ms`: `detect_language()` (sample, document and paragraph labels);
- `langdetect_full_text_ms`: langdetect itself, seeded, on the whole clean text.

Every figure is CPU time per 6,000 characters of clean text. On a busy machine all three slow
down together, so the ratios to langdetect say more than the milliseconds.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from newscurate.annotate.document import annotate
from newscurate.annotate.language import detect_language
from newscurate.annotate.outlets import default_registry
from newscurate.annotate.quotes import find_quotes
from newscurate.clean import clean_text
from newscurate.ingest.reader import decode_document, read_document
from newscurate.ingest.records import RawDocument

ROOT = Path(__file__).resolve().parents[3]
CORPUS = Path(os.environ.get("NEWSCURATE_ANNOTATE_BENCH", ROOT / ".bench/c2k/raw"))
PER = 6000
MIN_CHARS = 3000  # short texts would weigh per-document overheads as if they were per-character


def articles(root: Path = ROOT) -> list[tuple[object, object]]:
    """(raw document, clean result) for every example article with a raw input."""
    raws = [(p.name, p.read_bytes()) for p in sorted((root / "tests/golden/clean").glob("*.in.txt"))]
    raws += [(p.name, p.read_bytes()) for p in sorted((root.parent / "shared/seeds").glob("*.txt"))]
    dev = root / "tests/gold/cleaning_dev.jsonl"
    if dev.exists():
        raws += [(f"{r['id']}.txt", r["raw"].encode("utf-8")) for r in map(json.loads, dev.read_text(encoding="utf-8").splitlines())]
    return _cleaned([decode_document(name, data) for name, data in raws])


def corpus_articles(corpus: Path = CORPUS, limit: int = 500) -> list[tuple[object, object]]:
    """(raw document, clean result) for the first `limit` decodable documents of a corpus."""
    documents = []
    for path in sorted(p for p in corpus.rglob("*") if p.is_file()):
        if len(documents) >= limit:
            break
        document = read_document(path, corpus)
        if isinstance(document, RawDocument):
            documents.append(document)
    return _cleaned(documents)


def _cleaned(documents: list) -> list[tuple[object, object]]:
    pairs = [(d, clean_text(d.text)) for d in documents]
    return [(d, c) for d, c in pairs if len(c.text) >= MIN_CHARS]


def _fastest(functions: dict, items, rounds: int) -> dict[str, float]:
    """Each function's fastest round over `items`. The functions take turns within a round, so a
    busy spell on the machine slows all of them alike."""
    best = dict.fromkeys(functions, float("inf"))
    for _ in range(rounds):
        for name, function in functions.items():
            start = time.process_time()
            for item in items:
                function(item)
            best[name] = min(best[name], time.process_time() - start)
    return best


def measure(rounds: int = 5, docs: int = 0) -> dict:
    figures = _figures(articles(), rounds)
    if docs:
        corpus = corpus_articles(limit=docs)
        if not corpus:
            raise SystemExit(f"no generated articles in {CORPUS}: run `newscurate bench generate --docs 2000 --out {CORPUS.parent}` first")
        figures["corpus"] = _figures(corpus, rounds)
    return figures


def _figures(pairs: list, rounds: int) -> dict[str, float]:
    from newscurate.annotate.evaluate_language import reference_language

    registry = default_registry()
    n_chars = sum(len(c.text) for _, c in pairs)
    for raw, cleaned in pairs:  # warm caches: the model, the word vectors, the registry
        annotate(raw, cleaned, registry, "bench")
    best = _fastest(
        {
            "whole": lambda pair: annotate(pair[0], pair[1], registry, "bench"),
            "language": lambda pair: detect_language(pair[1].text),
            "quotes": lambda pair: find_quotes(pair[1].text),
            "langdetect": lambda pair: reference_language(pair[1].text),
        },
        pairs,
        rounds,
    )
    quotes_seconds, language_seconds, langdetect_seconds = best["quotes"], best["language"], best["langdetect"]
    annotate_seconds = best["whole"] - language_seconds
    scale = PER / n_chars * 1000
    return {
        "articles": len(pairs),
        "mean_chars": round(n_chars / len(pairs)),
        "quotes_ms": round(quotes_seconds * scale, 3),
        "annotate_ms": round(annotate_seconds * scale, 3),
        "language_ms": round(language_seconds * scale, 3),
        "langdetect_full_text_ms": round(langdetect_seconds * scale, 3),
        "quotes_per_langdetect": round(quotes_seconds / langdetect_seconds, 4),
        "annotate_per_langdetect": round(annotate_seconds / langdetect_seconds, 4),
        "language_per_langdetect": round(language_seconds / langdetect_seconds, 4),
    }


if __name__ == "__main__":
    print(json.dumps(measure(*[int(a) for a in sys.argv[1:3]]), indent=1))
