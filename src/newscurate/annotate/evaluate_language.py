"""How well the sampled language detection agrees with langdetect run on the whole text, and at
what cost: `python -m newscurate.annotate.evaluate_language` prints both for a grid of sample sizes.

The texts are the project's own multilingual writing (golden clean outputs and the cleaning and
quote development sets), used as they are and recombined with a fixed seed: paragraphs shuffled
and cut to any length, two articles of a language joined into a long one, and articles with one
or two paragraphs of another language inserted. Inserted paragraphs are known, so the paragraph
labels are scored too: how many foreign paragraphs are flagged with their language, and how many
native paragraphs are flagged at all.
"""

from __future__ import annotations

import json
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from newscurate.annotate.language import PARAGRAPH_CHARS, SAMPLE_CHARS, detect_language

ROOT = Path(__file__).resolve().parents[3]


@dataclass(frozen=True)
class Mixed:
    text: str
    foreign: dict[int, str]  # paragraph index -> language of an inserted paragraph


def source_texts(root: Path = ROOT) -> list[tuple[str, str]]:
    """(language, text) pairs: the tests' own writing, labelled by langdetect on the full text."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "tests/golden/clean").glob("*.out.txt"))]
    for name, key in (("cleaning_dev.jsonl", "body"), ("quotes_dev.jsonl", "text"), ("quotes_holdout.jsonl", "text")):
        path = root / "tests/gold" / name
        if path.exists():
            texts += [json.loads(line)[key] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(reference_language(t), t) for t in texts if t.strip()]


def corpus(sources: list[tuple[str, str]], seed: int = 0) -> list[Mixed]:
    rng = random.Random(seed)
    documents = [Mixed(text, {}) for _, text in sources]
    by_language: dict[str, list[str]] = {}
    for language, text in sources:
        by_language.setdefault(language, []).append(text)
    for _ in range(150):
        paragraphs = rng.choice(sources)[1].split("\n\n")
        rng.shuffle(paragraphs)
        documents.append(Mixed("\n\n".join(paragraphs[: rng.randint(1, len(paragraphs))]), {}))
    for _ in range(50):
        language = rng.choice([l for l, texts in by_language.items() if len(texts) > 1])
        first, second = rng.sample(by_language[language], 2)
        documents.append(Mixed(first + "\n\n" + second, {}))
    while len(documents) < len(sources) + 350:
        language, text = rng.choice(sources)
        others = [(l, t) for l, t in sources if l != language]
        paragraphs = text.split("\n\n")
        foreign = {}
        for _ in range(rng.randint(1, 2)):
            other_language, other = rng.choice(others)
            insert = rng.choice([p for p in other.split("\n\n") if len(p) > 80] or [other])
            at = rng.randint(0, len(paragraphs))
            paragraphs.insert(at, insert)
            foreign = {(i + 1 if i >= at else i): l for i, l in foreign.items()}
            foreign[at] = other_language
        mixed = "\n\n".join(paragraphs)
        if sum(len(paragraphs[i]) for i in foreign) < 0.35 * len(mixed):
            documents.append(Mixed(mixed, foreign))
    return documents


def reference_language(text: str) -> str | None:
    """langdetect as a user would run it on the whole text, seeded."""
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        return detect(text)
    except LangDetectException:
        return None


def measure(documents: list[Mixed], references: list[str | None], sample_chars: int, paragraph_chars: int) -> dict:
    for document in documents:  # load the model and meet the words once: a long run's steady state
        detect_language(document.text, sample_chars, paragraph_chars)
    start = time.process_time()
    guesses = [detect_language(d.text, sample_chars, paragraph_chars) for d in documents]
    seconds = time.process_time() - start
    n_chars = sum(len(d.text) for d in documents)
    agree = sum(g.language == r for g, r in zip(guesses, references))
    foreign = [(g.paragraph_languages[i], l) for d, g in zip(documents, guesses) for i, l in d.foreign.items()]
    native = [
        (g.paragraph_languages[i], g.language)
        for d, g in zip(documents, guesses)
        for i in range(len(g.paragraph_languages))
        if i not in d.foreign
    ]
    return {
        "sample_chars": sample_chars,
        "paragraph_chars": paragraph_chars,
        "documents": len(documents),
        "agreement": round(agree / len(documents), 4),
        "ms_cpu_per_6kb": round(seconds / n_chars * 6000 * 1000, 3),
        "ms_cpu_per_document": round(seconds / len(documents) * 1000, 3),
        "foreign_paragraphs_flagged": round(sum(a == b for a, b in foreign) / max(len(foreign), 1), 4),
        "native_paragraphs_flagged": round(sum(a != b for a, b in native) / max(len(native), 1), 4),
    }


def main(argv: list[str]) -> None:
    documents = corpus(source_texts())
    start = time.process_time()
    references = [reference_language(d.text) for d in documents]
    langdetect_ms = (time.process_time() - start) / sum(len(d.text) for d in documents) * 6000 * 1000
    print(json.dumps({"langdetect_full_text_ms_cpu_per_6kb": round(langdetect_ms, 3)}))
    grid = [(SAMPLE_CHARS, PARAGRAPH_CHARS)] if "--default" in argv else [
        (600, 120), (1200, 120), (1200, 240), (2400, 240), (2400, 400), (4000, 400), (10**6, 10**6)
    ]
    for sample_chars, paragraph_chars in grid:
        print(json.dumps(measure(documents, references, sample_chars, paragraph_chars)))


if __name__ == "__main__":
    main(sys.argv[1:])
