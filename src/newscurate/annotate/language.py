"""Language of a clean text, with langdetect seeded so the same text always gets the same label."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from langdetect import DetectorFactory
from langdetect.detector_factory import init_factory
from langdetect.lang_detect_exception import LangDetectException

SAMPLE_CHARS = 1500  # langdetect's verdict settles long before a full article; see README figures
SEED = 0


@dataclass(frozen=True)
class LanguageGuess:
    language: str | None
    score: float


@lru_cache(maxsize=1)
def _factory() -> DetectorFactory:
    from langdetect import detector_factory

    init_factory()
    factory = detector_factory._factory  # langdetect keeps its loaded profiles only here
    factory.set_seed(SEED)
    return factory


def detect_language(text: str, sample_chars: int = SAMPLE_CHARS) -> LanguageGuess:
    sample = _sample(text, sample_chars)
    if not any(c.isalpha() for c in sample):
        return LanguageGuess(None, 0.0)
    detector = _factory().create()
    detector.set_max_text_length(sample_chars)
    detector.append(sample)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return LanguageGuess(None, 0.0)
    return LanguageGuess(best.lang, round(best.prob, 4))


def _sample(text: str, sample_chars: int) -> str:
    """The middle of the text: openings and endings carry most leftover names and labels."""
    if len(text) <= sample_chars:
        return text
    start = (len(text) - sample_chars) // 2
    start = text.rfind(" ", 0, start) + 1
    return text[start : start + sample_chars]
