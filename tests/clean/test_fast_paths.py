"""The shortcuts the clean stage takes for speed decide exactly what the regexes they stand for decide."""

import random
import re
import re._constants as sre
import re._parser as sre_parse

from newscurate.clean import boilerplate, characters, lines, structure

_ODD_CHARACTERS = "aB_ -.,;:!?'’\"«»()[]/\\|~^`\t\n\r\f\v\x1c\x1f\x7f\u00a0\u00ad\u200b\u2003\u3000\ufeffé1²ßſİΣ"


def _random_texts(count: int, alphabet: str = _ODD_CHARACTERS):
    rng = random.Random(7)
    for _ in range(count):
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))


def _opening_characters(items) -> set[str] | None:
    """The characters a match of a parsed pattern can open with ('digit' for \\d), as written
    (before IGNORECASE); None when that cannot be told (a class of its own, an empty match)."""
    opening: set[str] = set()
    for op, argument in items:
        if op is sre.AT:
            continue
        if op is sre.LITERAL:
            return opening | {chr(argument)}
        if op is sre.IN:
            for member, value in argument:
                if member is sre.LITERAL:
                    opening.add(chr(value))
                elif member is sre.RANGE:
                    opening |= {chr(code) for code in range(value[0], value[1] + 1)}
                elif member is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                    opening.add("digit")
                else:
                    return None
            return opening
        branches = argument[1] if op is sre.BRANCH else [argument[-1]] if op in (sre.SUBPATTERN, sre.MAX_REPEAT, sre.MIN_REPEAT) else None
        if branches is None:
            return None
        for branch in branches:
            found = _opening_characters(branch)
            if found is None:
                return None
            opening |= found
        if op not in (sre.MAX_REPEAT, sre.MIN_REPEAT) or argument[0] > 0:
            return opening
    return None


def _initials(pattern: re.Pattern) -> set[str]:
    """What a line must open with to match `pattern`, in every case IGNORECASE accepts."""
    letters = _opening_characters(sre_parse.parse(pattern.pattern, pattern.flags)) - {"digit"}
    any_case = re.compile("[" + re.escape("".join(letters)) + "]", re.IGNORECASE)
    return {chr(code) for code in range(0x110000) if any_case.match(chr(code))}


def test_special_characters_are_the_class_they_replaced():
    special = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad\u00a0\u2007\u202f\u2000-\u200a\u3000\t\f\v\r\x1c-\x1f\x85\u2028\u2029]")
    assert {chr(code) for code in range(0x110000) if special.match(chr(code))} == set(characters._SPECIAL_CHARACTERS)
    for text in _random_texts(2000):
        found = lines.positions_of_any(text, characters._SPECIAL_CHARACTERS)
        assert found == [match.start() for match in special.finditer(text)]


def test_ascii_keys_fold_punctuation_as_the_regex_does():
    def by_regex(text: str) -> str:
        return " ".join(lines._PUNCTUATION_RUN.sub(" ", text.casefold().replace("_", " ")).split())

    for text in _random_texts(5000, "".join(map(chr, range(128)))):
        assert lines.normalized_key(text) == by_regex(text)


def test_agency_credits_end_in_the_letters_looked_for():
    ending = {chr(code) for code in range(0x110000) if re.match("s", chr(code), re.IGNORECASE)}
    assert ending == set(structure._AGENCY_CREDIT_LAST_LETTERS)


def test_editors_notes_open_with_the_initials_looked_for():
    assert _initials(structure.EDITORS_NOTE) == set(structure._EDITORS_NOTE_INITIALS)
    for note in ("Editor's note: x", "AUTHOR'S NOTE - x", "Correction: x", "Поправка: x", "Sprostowanie: x", "oprava: x"):
        assert note[0] in structure._EDITORS_NOTE_INITIALS and structure.EDITORS_NOTE.match(note)


def test_comments_headers_open_with_the_initials_looked_for():
    # ... or a figure ('\d', which str.isdecimal tells).
    assert _initials(boilerplate._COMMENTS_HEADER) == set(boilerplate._COMMENTS_HEADER_INITIALS)
    for header in ("Comments (3)", "12 comments", "Leave a reply", "Join the discussion", "Have your say", "Комментарии", "Yorumlar"):
        opens = header[0] in boilerplate._COMMENTS_HEADER_INITIALS or header[0].isdecimal()
        assert opens and boilerplate._COMMENTS_HEADER.match(header)


def test_shouting_is_told_apart_from_prose_as_the_letter_count_does():
    def by_letters(stripped: str) -> bool:
        letters = list(filter(str.isalpha, stripped))
        return len(letters) >= 12 and sum(map(str.isupper, letters)) / len(letters) > 0.8

    for text in [*_random_texts(5000, "aeiouAEIOUxyzXYZ ÉéΣσ1-"), "SUBSCRIBE NOW AND SAVE", "Subscribe now and save", "ÁÉÍ OÚ ÉÍÓ AEI"]:
        assert boilerplate._shouts(text) == by_letters(text), text
