"""Speaker rules read in isolation (the quote tests cover them through whole texts)."""

import pytest

from newscurate.annotate.speakers import gender_hint


@pytest.mark.parametrize(
    ("before", "name", "gender"),
    [
        ("After a long week in Brussels, the spokeswoman ", "Anna Berg", "f"),
        ("Au terme d'une longue journée, la ministre ", "Claire Dubois", "f"),
        ("Nach der Sitzung sagte die Moderatorin ", "Ulrike Hahn", "f"),
        ("It was late when her brother, the businessman, ", "Tom Reed", "m"),
        ("Le ministre de la ville ", "Paul Martin", None),
        ("A woman in the crowd spoke to the director ", "Sam Lee", None),
    ],
)
def test_gender_hint_reads_the_role_right_before_a_name(before, name, gender):
    text = before + name + " said it would take years."
    assert gender_hint(name, text, len(before)) == gender
