"""Near copies are found, different texts are not, and the canonical copy is the first seen."""

import numpy as np

from newscurate.clean.near_duplicates import NearDuplicateIndex, signature, similarity
from newscurate.runs import assign_duplicates

STORY = " ".join(
    f"Sentence {i} of the syndicated report says the ceasefire talks in Geneva made progress on prisoner exchanges."
    for i in range(40)
)


def test_signature_is_deterministic_and_similarity_tracks_overlap():
    assert np.array_equal(signature(STORY), signature(STORY))
    edited = STORY.replace("Geneva", "Vienna", 2) + " Added by the second outlet."
    assert similarity(signature(STORY), signature(edited)) >= 0.8
    other = " ".join(f"Line {i}: the harvest in Kherson was smaller than expected this autumn." for i in range(40))
    assert similarity(signature(STORY), signature(other)) < 0.2


def test_index_returns_the_best_match_above_threshold():
    index = NearDuplicateIndex.build([("a", signature(STORY))])
    assert index.best_match(signature(STORY + " One more line."))[0] == "a"
    assert index.best_match(signature("Completely different words about football and weather today.")) is None


def document(doc_id, path, text):
    return {"doc_id": doc_id, "source_path": path, "text_sha256": str(hash(" ".join(text.split()).casefold()))}


def test_copies_point_at_the_first_seen_canonical_document():
    texts = {"b": STORY + " Extra closing line.", "a": STORY, "c": STORY, "d": "Unrelated text about the Olympic truce and sport."}
    documents = [document(k, f"{k}.txt", v) for k, v in texts.items()]
    signatures = {k: signature(v).tolist() for k, v in texts.items()}
    assign_duplicates(documents, signatures, {}, [])
    result = {d["doc_id"]: (d["duplicate_of"], d["duplicate_similarity"]) for d in documents}
    assert result["a"] == (None, None) and result["d"] == (None, None)
    assert result["c"] == ("a", 1.0)
    assert result["b"][0] == "a" and 0.8 <= result["b"][1] < 1.0


def test_earlier_runs_win_over_this_run():
    documents = [document("new", "a.txt", STORY)]
    assign_duplicates(documents, {"new": signature(STORY).tolist()}, {}, [("old", signature(STORY).tolist())])
    assert documents[0]["duplicate_of"] == "old"


def test_signatures_never_change_between_versions():
    """Signatures stored by earlier runs are compared with new ones: the hashing must stay the same."""
    english = signature("The ministry said on Tuesday that talks would resume in Geneva next week, officials confirmed.")
    russian = signature("Переговоры продолжатся в Женеве на следующей неделе.")
    assert english[:8].tolist() == [49796629, 33716706, 148492020, 149020705, 23046356, 386485176, 21978449, 194402453]
    assert russian[:4].tolist() == [520542718, 204998572, 593452791, 666915587]


def test_band_keys_are_equal_exactly_where_bands_are():
    from newscurate.clean.near_duplicates import BANDS, band_key_matrix

    first = signature(STORY)
    second = first.copy()
    second[0] += 1  # only the first band differs
    keys = band_key_matrix(np.stack([first, second, first]))
    assert keys.shape == (3, BANDS)
    assert keys[0, 0] != keys[1, 0] and (keys[0, 1:] == keys[1, 1:]).all() and (keys[0] == keys[2]).all()
