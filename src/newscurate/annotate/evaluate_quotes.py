"""Score quote spans and speakers against a gold set, the way the issue defines it.

A predicted quote matches a gold quote when their token IoU is at least 0.5 (tokens are runs of
word characters; a token belongs to a span when it overlaps it), each gold and predicted quote
matched at most once, best IoU first. Only speech is scored (kinds direct, interview_answer,
block): scare quotes and titles are kept in the tables but are not quotes of anyone, and how well
they are typed is reported apart. A match counts for quote+speaker when the speakers agree:
equal after folding case, dropping articles and punctuation, or one a word-suffix of the other
('Putin' agrees with 'Vladimir Putin', 'ministry' with 'Polish defence ministry').

Run it on a gold file: `python -m newscurate.annotate.evaluate_quotes tests/gold/quotes_dev.jsonl`.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newscurate import gold
from newscurate.annotate.quotes import SPEECH_KINDS, find_quotes

# The kinds of schemas/quotes.yaml.
QUOTE_KINDS = SPEECH_KINDS | {"scare", "title"}

MIN_IOU = 0.5
_TOKEN = re.compile(r"\w+")
_ARTICLES = frozenset("the a an der die das ein eine le la les l un une il lo gli el los las o os as um uma".split())


@dataclass
class QuoteScores:
    n_gold: int = 0
    n_predicted: int = 0
    n_matched: int = 0
    n_speaker_right: int = 0
    n_nonspeech_gold: int = 0
    n_nonspeech_typed: int = 0  # gold scare/title quotes not predicted as speech
    errors: list[str] = field(default_factory=list)

    @property
    def span_precision(self) -> float:
        return _ratio(self.n_matched, self.n_predicted)

    @property
    def span_recall(self) -> float:
        return _ratio(self.n_matched, self.n_gold)

    @property
    def span_f1(self) -> float:
        return gold.f1_score(self.span_precision, self.span_recall)

    @property
    def speaker_precision(self) -> float:
        return _ratio(self.n_speaker_right, self.n_predicted)

    @property
    def speaker_recall(self) -> float:
        return _ratio(self.n_speaker_right, self.n_gold)

    @property
    def speaker_f1(self) -> float:
        return gold.f1_score(self.speaker_precision, self.speaker_recall)

    @property
    def speaker_accuracy(self) -> float:
        return _ratio(self.n_speaker_right, self.n_matched)

    @property
    def nonspeech_typing_accuracy(self) -> float:
        return _ratio(self.n_nonspeech_typed, self.n_nonspeech_gold)

    def summary(self) -> dict[str, float | int]:
        return {
            "gold_quotes": self.n_gold,
            "predicted_quotes": self.n_predicted,
            "span_precision": round(self.span_precision, 4),
            "span_recall": round(self.span_recall, 4),
            "span_f1": round(self.span_f1, 4),
            "quote_speaker_precision": round(self.speaker_precision, 4),
            "quote_speaker_recall": round(self.speaker_recall, 4),
            "quote_speaker_f1": round(self.speaker_f1, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "scare_and_title_typed": round(self.nonspeech_typing_accuracy, 4),
        }


Predict = Callable[[str], Iterable]


def evaluate(documents: Iterable[dict], predict: Predict = find_quotes) -> QuoteScores:
    """`documents`: dicts with text and gold quotes ({start, end, speaker, kind});
    `predict(text)` returns objects or dicts with start, end, speaker and kind."""
    scores = QuoteScores()
    for document in documents:
        text = document["text"]
        tokens = [m.span() for m in _TOKEN.finditer(text)]
        gold = [q for q in document["quotes"] if q["kind"] in SPEECH_KINDS]
        nonspeech = [q for q in document["quotes"] if q["kind"] not in SPEECH_KINDS]
        predicted = [_as_dict(q) for q in predict(text)]
        speech = [q for q in predicted if q["kind"] in SPEECH_KINDS]
        scores.n_gold += len(gold)
        scores.n_predicted += len(speech)
        for g, p in _match(gold, speech, tokens):
            scores.n_matched += 1
            if same_speaker(g["speaker"], p["speaker"]):
                scores.n_speaker_right += 1
            else:
                scores.errors.append(f"{document['id']}: speaker {p['speaker']!r} for {g['speaker']!r}: {_show(text, g)}")
        matched_gold = {id(g) for g, _ in _match(gold, speech, tokens)}
        matched_predicted = {id(p) for _, p in _match(gold, speech, tokens)}
        scores.errors += [f"{document['id']}: missed {_show(text, g)}" for g in gold if id(g) not in matched_gold]
        scores.errors += [f"{document['id']}: spurious {p['kind']} {_show(text, p)}" for p in speech if id(p) not in matched_predicted]
        scores.n_nonspeech_gold += len(nonspeech)
        speech_matches = {id(g) for g, _ in _match(nonspeech, speech, tokens)}
        scores.n_nonspeech_typed += sum(1 for q in nonspeech if id(q) not in speech_matches)
    return scores


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    a, b = _name_words(gold), _name_words(predicted)
    if not a or not b:
        return a == b
    shorter, longer = sorted((a, b), key=len)
    return longer[len(longer) - len(shorter) :] == shorter


def token_iou(a: tuple[int, int], b: tuple[int, int], tokens: list[tuple[int, int]]) -> float:
    in_a = {i for i, (s, e) in enumerate(tokens) if s < a[1] and e > a[0]}
    in_b = {i for i, (s, e) in enumerate(tokens) if s < b[1] and e > b[0]}
    union = in_a | in_b
    return len(in_a & in_b) / len(union) if union else 0.0


def _match(gold: list[dict], predicted: list[dict], tokens) -> list[tuple[dict, dict]]:
    pairs = []
    for g in gold:
        for p in predicted:
            if p["start"] < g["end"] and p["end"] > g["start"]:
                iou = token_iou((g["start"], g["end"]), (p["start"], p["end"]), tokens)
                if iou >= MIN_IOU:
                    pairs.append((iou, g, p))
    used_gold, used_predicted, matches = set(), set(), []
    for _, g, p in sorted(pairs, key=lambda t: -t[0]):
        if id(g) not in used_gold and id(p) not in used_predicted:
            used_gold.add(id(g))
            used_predicted.add(id(p))
            matches.append((g, p))
    return matches


def _name_words(name: str) -> list[str]:
    words = re.sub(r"[’']s\b", "", name.casefold()).replace("’", " ").replace("'", " ")
    words = re.findall(r"\w+", words)
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return words


def _as_dict(quote) -> dict:
    if isinstance(quote, dict):
        return quote
    return {"start": quote.start, "end": quote.end, "speaker": quote.speaker, "kind": quote.kind}


def _show(text: str, quote: dict) -> str:
    snippet = text[quote["start"] : quote["end"]].replace("\n", " ")
    return repr(snippet[:70] + ("…" if len(snippet) > 70 else ""))


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def read_gold(path: Path) -> list[dict]:
    """The gold documents; ValueError naming the line when one is not a document with quotes."""
    return gold.read_gold(
        path, _gold_document,
        f"{{'text', 'quotes': [{{'start', 'end', 'kind', 'speaker'}}]}} document with spans inside its text, a known kind "
        f"({', '.join(sorted(QUOTE_KINDS))}) and a speaker that is a string or null",
    )


def _gold_document(document: object) -> bool:
    if not isinstance(document, dict) or not isinstance(document.get("text"), str) or not isinstance(document.get("quotes"), list):
        return False
    length = len(document["text"])
    return all(
        isinstance(q, dict) and isinstance(q.get("start"), int) and isinstance(q.get("end"), int) and 0 <= q["start"] < q["end"] <= length
        and q.get("kind") in QUOTE_KINDS and (q.get("speaker") is None or isinstance(q.get("speaker"), str))
        for q in document["quotes"]
    )


def main(argv: list[str]) -> None:
    documents = read_gold(Path(argv[0]))
    scores = evaluate(documents)
    if "--errors" in argv:
        print("\n".join(scores.errors))
    print(json.dumps(scores.summary(), indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
