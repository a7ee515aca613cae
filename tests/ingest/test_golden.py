"""Golden ingest: each example corpus file decodes to the raw text the clean goldens start from
(tests/golden/clean/<case>.in.txt), whatever its encoding or line endings."""

from pathlib import Path

import pytest

from newscurate.ingest import RawDocument, read_document

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
FILES = sorted(p.name for p in CORPUS.glob("*.txt"))


@pytest.mark.parametrize("name", FILES)
def test_example_file_decodes_to_its_golden_raw_text(name):
    document = read_document(CORPUS / name, CORPUS)
    assert isinstance(document, RawDocument)
    expected = (ROOT / "tests" / "golden" / "clean" / name.replace(".txt", ".in.txt")).read_bytes().decode("utf-8")
    assert document.text == expected


def test_the_corpus_has_a_non_utf8_file_and_a_crlf_file():
    encodings = {read_document(CORPUS / n, CORPUS).encoding for n in FILES}
    assert encodings - {"utf-8"}
    assert any(b"\r\n" in (CORPUS / n).read_bytes() for n in FILES)
