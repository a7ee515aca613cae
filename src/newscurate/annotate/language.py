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

import json
import os
import re
from dataclasses import dataclass, field
import threading
from functools import lru_cache
from itertools import chain

import numpy as np

SAMPLE_CHARS = 1200
PARAGRAPH_CHARS = 120
PARAGRAPH_MARGIN = 12.0
PARAGRAPH_MIN_NGRAMS = 60
_WORD_CACHE_LIMIT = 200_000
_URL = re.compile(r"https?://[-_.?&~;+=/#0-9A-Za-z]{1,2076}")
_MAIL = re.compile(r"[-_.0-9A-Za-z]{1,64}@[-_0-9A-Za-z]{1,255}[-_.0-9A-Za-z]{1,255}")
_LATIN = re.compile(r"[A-z]")
# Each character's class as langdetect counts scripts: an ASCII letter ([A-z]); a Vietnamese
# combining mark (U+0300-U+0323, also outside Latin); another character outside Latin scripts (from
# U+0300 in the Basic Multilingual Plane, except Latin Extended Additional); none of these (astral
# characters are looked up at the table's last row).
_ASCII_LETTER, _VIETNAMESE_MARK, _OTHER_SCRIPT = 1, 2, 3
_SCRIPT = np.zeros(0x10001, dtype=np.uint8)
_SCRIPT[0x300:0x10000] = _OTHER_SCRIPT
_SCRIPT[0x1E00:0x1F00] = 0
_SCRIPT[0x300:0x324] = _VIETNAMESE_MARK
_SCRIPT[ord("A") : ord("z") + 1] = _ASCII_LETTER


@dataclass(frozen=True)
class LanguageGuess:
    language: str | None
    score: float
    paragraph_languages: tuple[str | None, ...] = field(default=())  # one per non-blank paragraph (the document counts them)


class _Model:
    """langdetect's profiles as a matrix (one row of log-probabilities per n-gram), and a growing
    matrix of per-word sums so that a text costs one look-up per word and one numpy reduction."""

    def __init__(self) -> None:
        from langdetect.detector import Detector
        from langdetect.utils.ngram import NGram

        self.languages, self.row, probabilities = _profiles()
        smoothing = Detector.ALPHA_DEFAULT / Detector.BASE_FREQ
        self.log_probabilities = np.log(probabilities + smoothing).astype(np.float32)
        self.normalize = _CharTable(NGram.normalize)
        self.normalize_vi = NGram.normalize_vi
        self._reset_words()

    def _reset_words(self) -> None:
        # Word 0 stands for words without any known n-gram: a zero row.
        self.word_id: dict[str, int] = {}
        self.token_cache: dict[str, tuple[int, ...]] = {}  # holds word ids: reset with them
        self.word_vectors = np.zeros((1024, len(self.languages)), dtype=np.float32)
        self.word_ngrams = np.zeros(1024, dtype=np.int64)
        self.word_is_latin = np.zeros(1024, dtype=bool)
        self.n_words = 1

    def make_room(self) -> None:
        """Forget the cached words once there are too many; only between two texts, since a
        text's ids point into the cache."""
        if self.n_words >= _WORD_CACHE_LIMIT or len(self.token_cache) >= _WORD_CACHE_LIMIT:
            self._reset_words()

    def ids(self, words: list[str]) -> list[int]:
        word_id = self.word_id
        return [word_id[w] if w in word_id else self._add(w) for w in words]

    def token_ids(self, tokens: list[str]) -> list[int]:
        """Word ids of whitespace-separated raw tokens. Normalizing maps every space to a space,
        so a token's words never depend on its neighbours and its ids are cached as they are:
        a text costs one look-up per token instead of a translation per character."""
        cache = self.token_cache
        try:
            return list(chain.from_iterable(map(cache.__getitem__, tokens)))
        except KeyError:
            for token in tokens:
                if token not in cache:
                    cache[token] = tuple(self.ids(token.translate(self.normalize).split()))
            return list(chain.from_iterable(map(cache.__getitem__, tokens)))

    def _add(self, word: str) -> int:
        """The row of one normalized word: the summed log-probabilities of the n-grams
        langdetect takes from it (padded with the spaces around it)."""
        rows = [self.row[g] for g in _word_ngrams(word) if g in self.row]
        if not rows:
            self.word_id[word] = 0
            return 0
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


def _profiles() -> tuple[list[str], dict[str, int], np.ndarray]:
    """langdetect's profiles as its factory reads them (files in directory order, p = count / the
    profile's n-gram total of that length), straight into a matrix: the factory's own form, a
    list of 55 floats per n-gram, holds about 60 MB more in every worker process."""
    from langdetect.detector_factory import PROFILES_DIRECTORY

    languages: list[str] = []
    row: dict[str, int] = {}
    rows, columns, values = [], [], []
    for name in os.listdir(PROFILES_DIRECTORY):
        path = os.path.join(PROFILES_DIRECTORY, name)
        if name.startswith(".") or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as handle:
            profile = json.load(handle)
        totals = profile["n_words"]
        grams = [gram for gram in profile["freq"] if 1 <= len(gram) <= 3]  # langdetect looks up nothing longer
        rows.append(np.array([row.setdefault(gram, len(row)) for gram in grams], dtype=np.int64))
        columns.append(np.full(len(grams), len(languages), dtype=np.int64))
        values.append(np.array([profile["freq"][gram] / totals[len(gram) - 1] for gram in grams], dtype=np.float64))
        languages.append(profile["name"])
    probabilities = np.zeros((len(row), len(languages)), dtype=np.float64)
    probabilities[np.concatenate(rows), np.concatenate(columns)] = np.concatenate(values)
    return languages, row, probabilities


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


def load_model() -> None:
    """Read langdetect's profiles now (about half a second) instead of at the first text."""
    _model()


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
    model.make_room()
    share = max(paragraph_chars, sample_chars // len(paragraphs))
    samples = [_sample(paragraph, share) for paragraph in paragraphs]
    sample = "\n\n".join(samples)
    scripts = _script_counts(sample)
    if "@" in sample or "http" in sample:
        samples = [_MAIL.sub(" ", _URL.sub(" ", s)) for s in samples]
    if scripts[_VIETNAMESE_MARK]:
        samples = [model.normalize_vi(s) for s in samples]
    ids: list[int] = []
    starts = []
    for s in samples:
        starts.append(len(ids))
        ids += model.token_ids(s.split())
    ids_array = np.array(ids or [0], dtype=np.int64)
    word_ngrams = model.word_ngrams.take(ids_array)
    # langdetect drops Latin letters from a text mostly in another script: so does the total.
    if scripts[_ASCII_LETTER] * 2 < scripts[_VIETNAMESE_MARK] + scripts[_OTHER_SCRIPT]:
        weights = ~model.word_is_latin.take(ids_array)
        if not word_ngrams[weights].sum():
            return LanguageGuess(None, 0.0, tuple(None for _ in paragraphs))
        vectors = model.word_vectors.take(ids_array, axis=0)
        total = vectors[weights].sum(axis=0)
    else:
        if not word_ngrams.sum():
            return LanguageGuess(None, 0.0, tuple(None for _ in paragraphs))
        vectors = model.word_vectors.take(ids_array, axis=0)
        total = vectors.sum(axis=0)
    best = int(np.argmax(total))
    language = model.languages[best]
    probability = 1.0 / float(np.sum(np.exp((total - total[best]).astype(np.float64))))
    starts_array = np.array(starts, dtype=np.int64).clip(max=len(ids_array) - 1)
    per_paragraph = np.add.reduceat(vectors, starts_array, axis=0)
    ngrams = np.add.reduceat(word_ngrams, starts_array).tolist()
    own = per_paragraph.argmax(axis=1)
    margins = (per_paragraph[np.arange(len(own)), own] - per_paragraph[:, best] >= PARAGRAPH_MARGIN).tolist()
    ends = starts[1:] + [len(ids)]
    paragraph_languages = tuple(
        model.languages[label] if start < end and count >= PARAGRAPH_MIN_NGRAMS and margin else language
        for label, start, end, count, margin in zip(own.tolist(), starts, ends, ngrams, margins)
    )
    return LanguageGuess(language, round(probability, 4), paragraph_languages)


def _script_counts(sample: str) -> np.ndarray:
    """How many of a sample's characters are of each class in `_SCRIPT`."""
    codes = np.frombuffer(sample.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return np.bincount(_SCRIPT.take(np.minimum(codes, len(_SCRIPT) - 1)), minlength=4)


def _sample(paragraph: str, chars: int) -> str:
    if len(paragraph) <= chars:
        return paragraph
    cut = paragraph.rfind(" ", 0, chars)
    return paragraph[: cut if cut > 0 else chars]
