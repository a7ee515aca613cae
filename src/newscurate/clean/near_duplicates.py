"""Near-duplicate texts: MinHash signatures over word 5-shingles, banded for LSH lookup.

Hashing is vectorised with numpy (crc32 per word, shingles combined arithmetically, 64
universal-hash permutations modulo the Mersenne prime 2^31-1): about ten times cheaper here than
a per-shingle MinHash, and stable across processes and machines, so signatures stored in the
warehouse stay comparable with new ones.
"""

from __future__ import annotations

import binascii
from dataclasses import dataclass

import numpy as np

NUM_PERM = 64
BANDS = 8  # 8 bands of 8 rows: pairs above ~0.77 Jaccard become candidates
SHINGLE_WORDS = 5
THRESHOLD = 0.8  # estimated Jaccard similarity at or above which a text is a near copy
_PRIME = np.uint64((1 << 31) - 1)
_RNG = np.random.default_rng(20241122)
_A = _RNG.integers(1, (1 << 31) - 1, NUM_PERM, dtype=np.uint64)[:, None]
_B = _RNG.integers(0, (1 << 31) - 1, NUM_PERM, dtype=np.uint64)[:, None]
_SHINGLE_MULTIPLIER = np.uint32(1000003)


def signature(text: str) -> np.ndarray:
    hashes = _word_hashes(text)
    if not len(hashes):
        return np.full(NUM_PERM, int(_PRIME), dtype=np.int64)
    return _min_hashes(_shingle_hashes(hashes))


def _word_hashes(text: str) -> np.ndarray:
    """crc32 of each case-folded word's UTF-8 bytes (binascii's crc32 is zlib's, with less checking per call)."""
    words = _folded_words(text)
    return np.fromiter(map(binascii.crc32, words), dtype=np.uint32, count=len(words))


_ASCII = bytes(range(128))
# What str.split splits at in ASCII but bytes.split does not.
_UNIT_SEPARATORS = (b"\x1c", b"\x1d", b"\x1e", b"\x1f")


def _folded_words(text: str) -> list[bytes]:
    """The UTF-8 bytes of each word of `text.casefold()`.

    str.casefold walks a text character by character once it holds one non-ASCII character (a
    curly quote will do), at a dozen times the cost of bytes.lower. So when the text's non-ASCII
    characters have no case and are not spacing, its UTF-8 bytes are lower-cased and split at
    ASCII spacing instead: UTF-8 never puts an ASCII byte inside a character, and in ASCII
    case-folding is lower-casing."""
    encoded = text.encode()
    non_ascii = set(encoded.translate(None, _ASCII).decode())
    if any(c.casefold() != c or c.isspace() for c in non_ascii) or any(s in encoded for s in _UNIT_SEPARATORS):
        return [word.encode() for word in text.casefold().split()]
    return encoded.lower().split()


def _shingle_hashes(hashes: np.ndarray) -> np.ndarray:
    # crc32 is below 2^32, so 32-bit arithmetic wraps exactly where the 64-bit one was masked.
    n = max(1, len(hashes) - SHINGLE_WORDS + 1)
    shingles = hashes[:n].copy()
    for offset in range(1, min(SHINGLE_WORDS, len(hashes))):
        shingles *= _SHINGLE_MULTIPLIER
        shingles ^= hashes[offset : offset + n]
    return shingles


def _min_hashes(shingles: np.ndarray) -> np.ndarray:
    """Each permutation's smallest (a * shingle + b) mod p."""
    # In place: a 64 x words matrix per step would otherwise be allocated again. x - x // p * p is
    # x % p: numpy divides by a constant with multiplications, but takes a remainder with divisions.
    with np.errstate():  # restores the buffer size on leaving
        # A ufunc whose rows (one per permutation) are shorter than its buffer (8192 elements) copies
        # several rows into the buffer, spreading a and b over it element by element: a third of
        # the work here. A buffer of one row's length lets it run row by row, on the arrays as they are.
        np.setbufsize(_buffer_size(len(shingles)))
        permuted = _A * shingles
        permuted += _B
        quotients = permuted // _PRIME
        quotients *= _PRIME
        permuted -= quotients
        return permuted.min(axis=1).astype(np.int64)


def _buffer_size(row: int) -> int:
    """The row's length rounded up to the multiple of 16 that numpy asks of a buffer size."""
    return -(-row // 16) * 16


def band_key_matrix(signatures: np.ndarray) -> np.ndarray:
    """(documents, BANDS) uint64: a key per band of each signature, equal when the band's values are:
    what finds the documents that can be near copies without holding their signatures."""
    rows = NUM_PERM // BANDS
    bands = signatures.astype(np.uint64).reshape(len(signatures), BANDS, rows)
    keys = np.zeros((len(signatures), BANDS), dtype=np.uint64)
    for row in range(rows):
        keys *= np.uint64(1000003)  # wraps modulo 2^64, as a hash should
        keys ^= bands[:, :, row]
    return keys


def band_keys(sig: np.ndarray) -> list[tuple[int, int]]:
    """(band, key) of each band of one signature: the buckets it falls in."""
    return list(enumerate(band_key_matrix(sig[None, :])[0].tolist()))


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(a == b))


@dataclass
class NearDuplicateIndex:
    """Canonical documents' signatures, looked up by band key."""

    signatures: dict[str, np.ndarray]
    buckets: dict[tuple[int, int], list[str]]

    @classmethod
    def build(cls, items: list[tuple[str, np.ndarray]]) -> NearDuplicateIndex:
        index = cls({}, {})
        for doc_id, sig in items:
            index.add(doc_id, sig)
        return index

    def add(self, doc_id: str, sig: np.ndarray) -> None:
        self.signatures[doc_id] = sig
        for key in band_keys(sig):
            self.buckets.setdefault(key, []).append(doc_id)

    def best_match(self, sig: np.ndarray) -> tuple[str, float] | None:
        candidates = {doc_id for key in band_keys(sig) for doc_id in self.buckets.get(key, ())}
        scored = sorted(((similarity(sig, self.signatures[c]), c) for c in candidates), key=lambda p: (-p[0], p[1]))
        if scored and scored[0][0] >= THRESHOLD:
            return scored[0][1], scored[0][0]
        return None
