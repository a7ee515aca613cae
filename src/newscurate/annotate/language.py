"""Language of a clean text and of each of its paragraphs, with langdetect's own model.

langdetect scores a text by sampling its character n-grams at random, trial after trial, until
one language passes 0.99999; that costs ~8 ms an article and its answer depends on the seed. This
module reads the same profiles (the `langdetect` package's 55 languages) and scores every n-gram
of a sample at once: the naive-Bayes sum of log(p(n-gram | language) + alpha/BASE_FREQ) that
langdetect's trials approximate. It is deterministic without a seed, and an n-gram vector is
cached per word, so common words cost one dictionary look-up.

The sample is the opening of every paragraph: `SAMPLE_CHARS` shared among the paragraphs, at least
`PARAGRAPH_CHARS` each. The document's label is the sum over the sample, and a
paragraph's own label is kept only where it beats the document's by `PARAGRAPH_MARGIN` nats over
at least `PARAGRAPH_MIN_NGRAMS` n-grams, so a short quote in a neighbouring language does not flip
it. Sizes and margin are chosen by `python -m newscurate.annotate.evaluate_language` (see README).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
import threading
from functools import lru_cache

import numpy as np

SAMPLE_CHARS = 1200
PARAGRAPH_CHARS = 120
PARAGRAPH_MARGIN = 12.0
PARAGRAPH_MIN_NGRAMS = 60
_WORD_CACHE_LIMIT = 200_000
_URL = re.compile(r"https?://[-_.?&~;+=/#0-9A-Za-z]{1,2076}")
_MAIL = re.compile(r"[-_.0-9A-Za-z]{1,64}@[-_0-9A-Za-z]{1,255}[-_.0-9A-Za-z]{1,255}")
_LATIN = re.compile(r"[A-z]")
_VIETNAMESE_MARK = re.compile("[\u0300-\u0323]")
_NON_LATIN = re.compile(r"[\u0300-\u1dff\u1f00-\uffff]")  # langdetect: >= U+0300 except Latin Extended Additional


@dataclass(frozen=True)
class LanguageGuess:
    language: str | None
    score: float
    paragraph_languages: tuple[str | None, ...] = field(default=())


class _Model:
    """langdetect's profiles as a matrix (one row of log-probabilities per n-gram), and a growing
    matrix of per-word sums so that a text costs one look-up per word and one numpy reduction."""

    def __init__(self) -> None:
        from langdetect import detector_factory
        from langdetect.detector import Detector
        from langdetect.utils.ngram import NGram

        detector_factory.init_factory()
        factory = detector_factory._factory  # langdetect keeps its loaded profiles only here
        self.languages: list[str] = list(factory.langlist)
        self.row = {gram: index for index, gram in enumerate(factory.word_lang_prob_map)}
        probabilities = np.array(list(factory.word_lang_prob_map.values()), dtype=np.float64)
        smoothing = Detector.ALPHA_DEFAULT / Detector.BASE_FREQ
        self.log_probabilities = np.log(probabilities + smoothing).astype(np.float32)
        self.normalize = _CharTable(NGram.normalize)
        self.normalize_vi = NGram.normalize_vi
        self._reset_words()

    def _reset_words(self) -> None:
        # Word 0 stands for words without any known n-gram: a zero row.
        self.word_id: dict[str, int] = {}
        self.word_vectors = np.zeros((1024, len(self.languages)), dtype=np.float32)
        self.word_ngrams = np.zeros(1024, dtype=np.int64)
        self.word_is_latin = np.zeros(1024, dtype=bool)
        self.n_words = 1

    def ids(self, words: list[str]) -> list[int]:
        word_id = self.word_id
        return [word_id[w] if w in word_id else self._add(w) for w in words]

    def _add(self, word: str) -> int:
        """The row of one normalized word: the summed log-probabilities of the n-grams
        langdetect takes from it (padded with the spaces around it)."""
        rows = [self.row[g] for g in _word_ngrams(word) if g in self.row]
        if not rows:
            self.word_id[word] = 0
            return 0
        if self.n_words >= _WORD_CACHE_LIMIT:
            self._reset_words()
        if self.n_words == len(self.word_ngrams):
            grow = len(self.word_ngrams)
            self.word_vectors = np.concatenate([self.word_vectors, np.zeros_like(self.word_vectors[:grow])])
            self.word_ngrams = np.concatenate([self.word_ngrams, np.zeros(grow, dtype=np.int64)])
            self.word_is_latin = np.concatenate([self.word_is_latin, np.zeros(grow, dtype=bool)])
        index = self.n_words
        self.word_vectors[index] = self.log_probabilities[rows].sum(axis=0)
        self.word_ngrams[index] = len(rows)
        self.word_is_latin[index] = bool(_LATIN.search(word))
        self.word_id[word] = index
        self.n_words += 1
        return index


class _CharTable(dict):
    """str.translate table that asks langdetect's per-character normalization once per character."""

    def __init__(self, normalize) -> None:
        super().__init__()
        self._normalize = normalize

    def __missing__(self, code: int) -> str:
        self[code] = value = self._normalize(chr(code))
        return value


@lru_cache(maxsize=1)
def _model() -> _Model:
    return _Model()


def _word_ngrams(word: str) -> list[str]:
    """The 1-3-grams langdetect's NGram buffer yields for ' word ': none while inside a run of
    two or more capitals (acronyms), and the word-final ones once the space arrives."""
    padded = " " + word + " "
    grams = []
    capital_word = False
    for index in range(1, len(padded)):
        char = padded[index]
        if char.isupper():
            if padded[index - 1].isupper():
                capital_word = True
        else:
            capital_word = False
        if capital_word:
            continue
        for n in (1, 2, 3):
            if index - n + 1 < 0:
                break
            gram = padded[index - n + 1 : index + 1]
            if gram != " ":
                grams.append(gram)
    return grams


# The model's word cache grows (and is reset) as texts arrive; batches run in threads, so one
# detection at a time. It costs nothing: the work holds the GIL anyway.
_MODEL_LOCK = threading.Lock()


def detect_language(text: str, sample_chars: int = SAMPLE_CHARS, paragraph_chars: int = PARAGRAPH_CHARS) -> LanguageGuess:
    with _MODEL_LOCK:
        return _detect(text, sample_chars, paragraph_chars)


def _detect(text: str, sample_chars: int, paragraph_chars: int) -> LanguageGuess:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    if not paragraphs:
        return LanguageGuess(None, 0.0, ())
    model = _model()
    share = max(paragraph_chars, sample_chars // len(paragraphs))
    samples = [_sample(paragraph, share) for paragraph in paragraphs]
    sample = "\n\n".join(samples)
    if "@" in sample or "http" in sample:
        samples = [_MAIL.sub(" ", _URL.sub(" ", s)) for s in samples]
    if _VIETNAMESE_MARK.search(sample):
        samples = [model.normalize_vi(s) for s in samples]
    ids: list[int] = []
    starts = []
    for s in samples:
        starts.append(len(ids))
        ids += model.ids(s.translate(model.normalize).split())
    ids_array = np.array(ids or [0], dtype=np.int64)
    # langdetect drops Latin letters from a text mostly in another script: so does the total.
    script_only = max(sample) >= "\u0300" and len(_LATIN.findall(sample)) * 2 < len(_NON_LATIN.findall(sample))
    weights = ~model.word_is_latin[ids_array] if script_only else np.ones(len(ids_array), dtype=bool)
    if not model.word_ngrams[ids_array][weights].sum():
        return LanguageGuess(None, 0.0, tuple(None for _ in paragraphs))
    vectors = model.word_vectors[ids_array]
    total = vectors[weights].sum(axis=0)
    best = int(np.argmax(total))
    language = model.languages[best]
    probability = 1.0 / float(np.sum(np.exp((total - total[best]).astype(np.float64))))
    starts_array = np.array(starts, dtype=np.int64).clip(max=len(ids_array) - 1)
    per_paragraph = np.add.reduceat(vectors, starts_array, axis=0)
    ngrams = np.add.reduceat(model.word_ngrams[ids_array], starts_array)
    paragraph_languages = []
    for index, (vector, count) in enumerate(zip(per_paragraph, ngrams)):
        empty = index + 1 < len(starts) and starts[index] == starts[index + 1] or starts[index] >= len(ids)
        own = int(np.argmax(vector))
        different = not empty and count >= PARAGRAPH_MIN_NGRAMS and vector[own] - vector[best] >= PARAGRAPH_MARGIN
        paragraph_languages.append(model.languages[own] if different else language)
    return LanguageGuess(language, round(probability, 4), tuple(paragraph_languages))


def _sample(paragraph: str, chars: int) -> str:
    if len(paragraph) <= chars:
        return paragraph
    cut = paragraph.rfind(" ", 0, chars)
    return paragraph[: cut if cut > 0 else chars]
