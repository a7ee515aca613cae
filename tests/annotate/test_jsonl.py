"""`newscurate annotate --jsonl`: one output line per input line, offsets into the given text."""

import json

import pytest

from newscurate.annotate.jsonl import BadLine, annotate_lines


def test_each_line_gets_language_and_quotes():
    text = "“We will win,” said Olena Marchuk.\n\nShe left the room."
    [line] = annotate_lines([json.dumps({"id": "a1", "text": text}), ""])
    record = json.loads(line)
    assert (record["id"], record["language"], record["paragraph_languages"]) == ("a1", "en", ["en", "en"])
    [quote] = record["quotes"]
    assert text[quote["start"] : quote["end"]] == quote["text"] == "We will win,"
    assert (quote["speaker"], quote["speaker_mention"], quote["cue"], quote["kind"]) == ("Olena Marchuk", "Olena Marchuk", "said", "direct")


def test_a_bad_line_names_its_number():
    lines = [json.dumps({"id": 1, "text": "Short."}), "", json.dumps({"id": 7})]
    with pytest.raises(BadLine, match="line 3"):
        list(annotate_lines(lines))
    with pytest.raises(BadLine, match="line 1: not JSON"):
        list(annotate_lines(["not json"]))
