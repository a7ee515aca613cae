"""Speaker rules read in isolation (the quote tests cover them through whole texts)."""

import pytest

from newscurate.annotate.quotes import find_quotes
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


def test_second_part_of_a_quote_split_by_an_inverted_cue_keeps_the_speaker():
    text = "Jonas Brandt war zufrieden. „Das reicht“, sagte er, „für dieses Jahr.“"
    assert [q.speaker for q in find_quotes(text)] == ["Jonas Brandt", "Jonas Brandt"]


def test_a_coordinated_cue_takes_the_subject_of_the_first_verb():
    text = (
        "Lena Fischer met the mayor. Her deputy, Tom Reid, called the plan “a waste of public money” "
        "at a hearing, and said the council would be judged “harshly”."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Tom Reid", "Tom Reid"]
