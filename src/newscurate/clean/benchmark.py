"""Cost of the clean stage per raw document, in total and per step.

`python -m newscurate.clean.benchmark [ROUNDS] [DOCS]` reads the first DOCS text files (500 by
default) of a generated corpus (`newscurate bench generate`; by default `.bench/c2k/raw/`, or the
folder in `NEWSCURATE_CLEAN_BENCH`) and, when the shared seed texts sit beside the project, those
too. It then runs, in ROUNDS rounds (5 by default):

- `clean_text`: `clean_text()` for a document, everything included;
- one figure per step: the step's own function on the text it sees inside `clean_text` (each
  document's step inputs are recorded once, untimed);
- `apply_edits`: the `TextBuffer` applying all steps' edits and rebuilding the text after each;
- `result_of`: the `CleanResult` read back from the removals (title, captions, links, names).

Every figure is milliseconds per document (the corpus's documents are about 6 KB): each call's
fastest round, averaged over the documents. Single-threaded; on a busy machine, more rounds.

The fastest round is the repeatable figure, but it is a warm one: each document has been cleaned
before. `clean_text_one_pass_cpu` is what a batch pays, each document cleaned once in turn (CPU
time of one pass, taken first, so nothing is warm but the code).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from newscurate.clean.edits import TextBuffer
from newscurate.clean.pipeline import STEPS, clean_text, result_of
from newscurate.ingest.reader import read_document
from newscurate.ingest.records import RawDocument

ROOT = Path(__file__).resolve().parents[3]
CORPUS = Path(os.environ.get("NEWSCURATE_CLEAN_BENCH", ROOT / ".bench/c2k/raw"))


def raw_texts(corpus: Path = CORPUS, limit: int = 500) -> list[str]:
    """The first `limit` decodable documents of the corpus, then the seed texts."""
    texts = []
    for path in sorted(p for p in corpus.rglob("*") if p.is_file()):
        if len(texts) >= limit:
            break
        document = read_document(path, corpus)
        if isinstance(document, RawDocument):
            texts.append(document.text)
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT.parent / "shared/seeds").glob("*.txt"))]
    return texts


def _step_inputs(raw: str) -> list[tuple[str, list]]:
    """(text the step sees, edits it returns) for each step, as clean_text runs them."""
    buffer, seen = TextBuffer(raw), []
    for step in STEPS:
        edits = step(buffer.text)
        seen.append((buffer.text, edits))
        buffer.apply(edits)
    return seen


def _replay(raw: str, edits_per_step: list[list]) -> TextBuffer:
    buffer = TextBuffer(raw)
    for edits in edits_per_step:
        buffer.apply(edits)
        buffer.text  # the next step reads it
    return buffer


def _fastest(timed: dict, rounds: int) -> dict[str, float]:
    """Each function's time per document: its fastest of `rounds` runs, summed over documents.

    On a shared machine a round of hundreds of documents is rarely left alone from start to end;
    one document's call often is, so the fastest call per document is the figure that repeats.
    The functions take turns within a round, so a busy spell slows all of them alike."""
    best = {name: [float("inf")] * len(items) for name, (_, items) in timed.items()}
    for _ in range(rounds):
        for name, (function, items) in timed.items():
            fastest = best[name]
            for index, item in enumerate(items):
                start = time.perf_counter()
                function(*item)
                fastest[index] = min(fastest[index], time.perf_counter() - start)
    return {name: sum(fastest) / len(fastest) for name, fastest in best.items()}


def measure(rounds: int = 5, limit: int = 500) -> dict[str, float]:
    texts = raw_texts(limit=limit)
    started = time.process_time()
    for raw in texts:
        clean_text(raw)
    one_pass = (time.process_time() - started) / len(texts)
    recorded = [_step_inputs(raw) for raw in texts]
    edits = [[edits for _, edits in seen] for seen in recorded]
    buffers = [_replay(raw, steps) for raw, steps in zip(texts, edits)]
    timed = {
        "clean_text": (clean_text, [(raw,) for raw in texts]),
        **{step.__name__: (step, [seen[index][:1] for seen in recorded]) for index, step in enumerate(STEPS)},
        "apply_edits": (_replay, list(zip(texts, edits))),
        "result_of": (result_of, [(buffer,) for buffer in buffers]),
    }
    per_doc = {name: round(seconds * 1000, 3) for name, seconds in _fastest(timed, rounds).items()}
    return {"documents": len(texts), "mean_chars": round(sum(map(len, texts)) / len(texts)), "clean_text_one_pass_cpu": round(one_pass * 1000, 3), **per_doc}


if __name__ == "__main__":
    arguments = [int(a) for a in sys.argv[1:3]]
    print(json.dumps(measure(*arguments), indent=1))
