"""Whether a line of a page lists people: the test the byline and headline steps share."""

from __future__ import annotations

import re
import unicodedata

from newscurate.annotate.lexicon import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES

# The words between the names of a list of authors, in the bylines' languages: Latin words of several
# letters read in either case ('WANJIRU MWANGI AND OTIENO ODHIAMBO'), the rest in small letters only,
# so an initial ('John E. Smith') stays in its name.
NAME_JOINERS_ANY_CASE = ("and", "und", "et", "en", "och", "ve", "és", "și")
NAME_JOINERS_SMALL = ("и", "і", "та", "y", "e", "i", "a", "with")
NAME_SEPARATOR = re.compile(rf"\s*(?:,|&|·|\b(?:(?i:{'|'.join(NAME_JOINERS_ANY_CASE)})|{'|'.join(NAME_JOINERS_SMALL)})\b)\s*")
# What a name in a list of authors may carry: where they write from, a note in brackets.
NAME_SUFFIX = re.compile(r"\s+(?:in|at)\s+\S.*$|\s*\([^()]*\)")
_FIRST_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES
# The small words inside a family name: 'van der Linden', 'de los Santos', 'bin Salman'.
NAME_PARTICLES = ("de", "da", "van", "von", "der", "den", "di", "del", "la", "le", "du", "dos", "das", "los", "las", "bin", "al", "ibn", "ter")
_PARTICLES = frozenset(NAME_PARTICLES)
# The agency after its reporters' names: 'by SAMUEL OKORO and LINDA MARSH Associated Press',
# 'Dmitri Leclerc with Anna Reyes in Washington, AFP'.
WIRE_AGENCY_AFTER_NAMES = re.compile(
    r",?\s+(?:The\s+)?(?:Associated Press|AP|Reuters|AFP|Agence France-Presse|Bloomberg(?: News)?|dpa|Canadian Press"
    r"|PA Media|Press Association|Xinhua|EFE|ANSA|PTI|IANS|ANI|Kyodo|Yonhap|Anadolu|Ukrinform|Interfax)$"
)


def lists_people(text: str) -> bool:
    """'Elena Marchetti and Piotr Kowal', 'Nadia Okonkwo in Almaty and Jens Wittmann in Berlin',
    "Aoife Ní Bhriain and Ciarán O'Sullivan": every part is shaped like a name and one at least
    starts with a known first name (a title in capitals, 'Minimum Wage Increases and Regional
    Employment', does not)."""
    parts = [NAME_SUFFIX.sub("", part).split() for part in NAME_SEPARATOR.split(WIRE_AGENCY_AFTER_NAMES.sub("", text)) if part.strip()]
    if not parts or not all(1 < len(words) and _at_most_four_names(words) and all(map(_name_word, words)) for words in parts):
        return False
    return any(known_first_name(words[0]) for words in parts)


# A Vietnamese name opens with the family's: 'Nguyễn Thị Thu Hà'. The longer of the common ones ('Le'
# and 'Do' open other things).
_FAMILY_NAMES_FIRST = frozenset("nguyen tran pham hoang huynh phan đang duong".split())
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_PLACE_ABBREVIATIONS = frozenset("U.S. U.K. E.U. U.N. D.C. L.A.".split())


def known_first_name(word: str) -> bool:
    """'Ciarán' as 'ciaran', 'Marie-Ève' by 'marie'; initials ('J.D.') stand for one."""
    if _INITIALS.fullmatch(word):
        return word not in _PLACE_ABBREVIATIONS
    first = word.casefold().split("-", 1)[0]
    return first in _FIRST_NAMES or _without_accents(first) in _FIRST_NAMES or _without_accents(first) in _FAMILY_NAMES_FIRST


def _at_most_four_names(words: list[str]) -> bool:
    return sum(word not in _PARTICLES for word in words) <= 4


def _name_word(word: str) -> bool:
    return word[:1].isupper() or word in _PARTICLES


def _without_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


# A Greek byline names its author in the genitive, after the article: 'Του Γιώργου Παπαδόπουλου'
# (of Giorgos Papadopoulos), 'Της Μαρίας Κωνσταντίνου'.
GREEK_GENITIVE_ARTICLES = ("Του", "Της")
# Family names that end so are the same in every case ('Γεωργίου', 'Νικολάου', 'Ιωάννου').
_INVARIANT_FAMILY_ENDINGS = ("ίου", "άου", "έου", "ιου", "ννου", "ίνου")


def greek_nominative(name: str, article: str) -> str:
    """The name as a Greek text names its subject: a man's '-ου' is '-ος', '-η' is '-ης', '-α' is
    '-ας'; a woman's '-ας' is '-α' and '-ης' is '-η' (her family name never changes)."""
    words = name.split()
    for index, word in enumerate(words):
        family = index == len(words) - 1 and index > 0
        if article == "Του":
            if word.endswith("ου") and not (family and word.endswith(_INVARIANT_FAMILY_ENDINGS)):
                words[index] = word[:-1] + "ς"
            elif word.endswith(("η", "ή", "α", "ά")):
                words[index] = word + "ς"
        elif not family and word.endswith(("ας", "άς", "ης", "ής")):
            words[index] = word[:-1]
    return " ".join(words)
