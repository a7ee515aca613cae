"""Golden files: tests/golden/clean/<case>.in.txt cleans to <case>.out.txt, byte for byte.

Regenerate after a deliberate change with `python -m tests.clean.test_golden` and review the diff.
"""

from pathlib import Path

import pytest

from newscurate.clean import clean_text

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "clean"
CASES = sorted(p.name.removesuffix(".in.txt") for p in GOLDEN.glob("*.in.txt"))


def test_there_are_golden_cases():
    assert len(CASES) >= 10


@pytest.mark.parametrize("case", CASES)
def test_golden_clean_output(case):
    raw = (GOLDEN / f"{case}.in.txt").read_bytes().decode("utf-8")
    expected = (GOLDEN / f"{case}.out.txt").read_bytes().decode("utf-8")
    assert clean_text(raw).text == expected


if __name__ == "__main__":
    for path in sorted(GOLDEN.glob("*.in.txt")):
        out = path.with_name(path.name.replace(".in.txt", ".out.txt"))
        out.write_bytes(clean_text(path.read_bytes().decode("utf-8")).text.encode("utf-8"))
