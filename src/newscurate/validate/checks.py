"""Cross-column and cross-table rules GE cannot state natively, computed as `check_*` columns.

The suites in `expectations/` then expect each check column to be True, so the rule is still a
named expectation with a severity, reported in Data Docs like any other.
"""

from __future__ import annotations

import pandas as pd


def with_duplicate_checks(documents: pd.DataFrame, known_doc_ids: set[str]) -> pd.DataFrame:
    """duplicate_of names a document of the warehouse or of the same run."""
    frame = documents.copy()
    all_ids = known_doc_ids | set(frame["doc_id"])
    frame["check_duplicate_of_exists"] = [pd.isna(d) or d in all_ids for d in frame["duplicate_of"]]
    return frame


def with_document_checks(documents: pd.DataFrame, known_doc_ids: set[str]) -> pd.DataFrame:
    frame = with_duplicate_checks(documents, known_doc_ids)
    frame["check_counts_match_text"] = [
        n_chars == len(text) and n_words == len(text.split())
        for text, n_chars, n_words in zip(frame["text"], frame["n_chars"], frame["n_words"])
    ]
    # Here rather than in the text's layout regex: an end anchor or `\s` sends pandas to Python's
    # regex engine (0.23 ms a document); without them the regex runs in Arrow's (0.01 ms).
    frame["check_text_is_trimmed"] = [text == text.strip() for text in frame["text"]]
    return frame


def with_quote_checks(quotes: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    frame = quotes.copy()
    texts = dict(zip(documents["doc_id"], documents["text"]))
    frame["check_text_matches_document"] = [
        doc_id in texts and 0 <= start < end <= len(texts[doc_id]) and texts[doc_id][start:end] == text
        for doc_id, start, end, text in zip(frame["doc_id"], frame["start"], frame["end"], frame["text"])
    ]
    return frame


def with_signature_checks(minhashes: pd.DataFrame) -> pd.DataFrame:
    from newscurate.clean.near_duplicates import NUM_PERM

    frame = minhashes.copy()
    frame["check_signature_complete"] = [len(signature) == NUM_PERM for signature in frame["signature"]]
    return frame


def with_removal_checks(removals: pd.DataFrame) -> pd.DataFrame:
    frame = removals.copy()
    frame["check_length_matches_span"] = [end - start == len(text) for start, end, text in zip(frame["start"], frame["end"], frame["text"])]
    return frame
