"""The name a page gives its own site, for outlets the registry does not know.

A page dumped to text names its publisher in a few set places: the browser tab's title ('Headline |
The Site'), the masthead over the menus, the copyright footer ('© 2025 The Site. All rights
reserved.'). Each is read as a candidate name; the site's own e-mail and link domains confirm
one ('lakeshoretribune' in 'news@lakeshoretribune.com'). A name two cues agree on is taken; a
masthead alone is taken only in the form a masthead has, and never when the line is the headline.
Names come out in the page's mixed-case spelling when it has one, else title-cased from capitals.
Scripts without capitals (Chinese, Arabic, Hindi) give no name: nothing tells a name from a line there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice
from typing import NamedTuple

from newscurate.clean.edits import LAYOUT_REASONS, Removal

# Separators of a tab title's parts: spaced dashes and bars ('Headline - Site', 'Section | Site').
_TAB_SEPARATOR = re.compile(r"\s+(?:\||–|—|-|::|·)\s+")
_RIGHTS_WORDS = re.compile(
    r"all rights|rights reserved|riservat|reservad|réservé|vorbehalten|zastrzeżon|защищен|права|захищен|rechten|"
    r"rezervat|saklıdır|förbehåll|vyhrazen|reproduc|riproduzione|copyright",
    re.IGNORECASE,
)
# '© 2025 The Site. All rights reserved.', 'Copyright (c) 2019-2025 Site Media Ltd', '© Site 2025'
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright\b)(?:\s*(?:©|\(c\)|copyright\b))?\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*,?\s*)?(?:by\s+)?[«“\"„]?"
    r"(?P<name>[^\W\d_][^|•·©\n]{0,80}?)\s?(?:(?:19|20)\d\d\s?)?(?:\.\s|\.$|[|•·,;]|\s[-–]\s|$)",
    re.IGNORECASE,
)
# 'Le Quotidien de l'Ouest © 2025 – Mentions légales'
_NAME_THEN_COPYRIGHT = re.compile(r"(?P<name>[^\W\d_][^|•·©\n]{1,60}?)\s?(?:©|\(c\))\s?(?:19|20)\d\d")
_LEGAL_FORM = re.compile(
    r"(?:[,\s]+(?:Ltd\.?|Limited|Inc\.?|LLC|L\.L\.C\.|GmbH|AG|S\.?A\.?|S\.?p\.?A\.?|S\.?L\.?|SRL|S\.r\.l\.|Pvt\.? Ltd\.?|Pty\.? Ltd\.?|Pvt\.?|Pty\.?|Co\.?|Corp\.?|plc|PLC|B\.?V\.?|N\.?V\.?|AB|AS|Oy|[Ss]p\. z o\.o\.|[Ss]p\.?|a\.s\.|s\.r\.o\.|OOO|ООО|ТОВ))$"
)
_MAX_NAME_WORDS = 6
_MAX_NAME_CHARS = 48
_SENTENCE_CASE_WORDS = 3
_CYRILLIC = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")
_ISSUE = re.compile(r"\d{4}|\d/\d")  # a year or an issue number ('REPORT 2025/03') is no part of a name
_WORD = re.compile(r"[^\W\d_]{3}")  # a name has a word of three letters ('A3' is a page number)
_SMALL_WORDS = frozenset(
    "the of for and on in at de del della delle dei di da do dos das du des la le les el los las il lo gli al a o em no "
    "y e et und der die das den van von het op z w i na ve ir och og from to an am zur zum för på".split()
)
# Lines a page opens with that are furniture but not its name: the clean stage's rules for labels.
_NOT_A_MASTHEAD = frozenset({"label_line", "kicker_above_headline"})
_SENTENCE_END = tuple(".!?:;,")
_VOWELS = frozenset("aeiouyAEIOUYàáâäãåèéêëìíîïòóôöõùúûüýÀÁÂÄÃÅÈÉÊËÌÍÎÏÒÓÔÖÕÙÚÛÜÝаеёиоуыэюяАЕЁИОУЫЭЮЯіїєІЇЄ")


class _Candidate(NamedTuple):
    name: str
    cue: str  # tab_title, masthead or copyright
    alone: bool  # taken without another cue agreeing
    line: tuple[int, int]  # (removal start, line in it): a tab title is no masthead confirming it


class SiteName(NamedTuple):
    name: str
    cue: str  # tab_title, masthead or copyright
    confirmed: bool  # another cue, or the site's e-mail or link domain, names it too


def site_name(raw: str, removals: list[Removal], title: str | None, domains: Iterable[str]) -> SiteName | None:
    """The name of the page's own site, or None.

    `removals` are the clean stage's, `title` the headline it found, `domains` the hosts of the
    page's e-mail addresses and links."""
    first, removal = _first_line(raw, removals)
    candidates = [*_tab_title(raw, first, removal, title), *_mastheads(raw, first, removal, removals, title), *_copyrights(removals)]
    labels = {_domain_label(domain) for domain in domains} - {""}
    keys = [_key(candidate.name) for candidate in candidates]
    best = None
    for candidate, key in zip(candidates, keys):
        # Distinct kinds of cue, a line counted once: a tab title is no masthead confirming itself.
        cue_of_line = {other.line: other.cue for other, other_key in zip(candidates, keys) if _agree(key, other_key)}
        confirmed = len(set(cue_of_line.values())) + any(_agree(key, label) for label in labels)
        if confirmed < 2 and not candidate.alone:
            continue
        rank = (confirmed, -_CUES.index(candidate.cue))  # a copyright line may name the company, not the site
        if best is None or rank > best[0]:
            best = (rank, candidate)
    if best is None:
        return None
    (confirmed, _), candidate = best
    return SiteName(_spelling(candidate.name, candidates), candidate.cue, confirmed >= 2)


def _spelling(name: str, candidates: list[_Candidate]) -> str:
    """A name in capitals as another cue spells it in mixed case ('THE MCALLEN MONITOR', '© The McAllen
    Monitor'), else title-cased."""
    if not name.isupper():
        return name
    key = _key(name)
    spelled = next((c.name for c in candidates if not c.name.isupper() and _key(c.name) == key), None)
    return spelled or _title_cased(name)


_CUES = ("tab_title", "masthead", "copyright")


def _tab_title(raw: str, first: str, removal: Removal | None, title: str | None) -> list[_Candidate]:
    """The last part of a first line 'Headline | Site' (or 'Headline – Section – Site'), removed as
    page furniture: when the parts are joined by a bar, or the headline before it is the page's
    headline too (found, or printed again)."""
    if removal is None or removal.reason not in ("navigation", "title"):
        return []
    parts = _TAB_SEPARATOR.split(first)
    if len(parts) < 2:
        return []
    # The headline is the longest part: a section may stand before it ('Opinion | Headline - Site').
    site, head = parts[-1].strip(), max(parts[:-1], key=len).strip()
    separators = _TAB_SEPARATOR.findall(first)
    if not _name_like(site) or len(head.split()) < 3 or len(site) >= len(head):
        return []
    barred = "|" in separators[-1]
    printed_again = f"\n{head}\n" in raw or (title is not None and _key(title).startswith(_key(head)))
    return [_Candidate(site, "tab_title", True, (removal.start, 0))] if barred or printed_again else []


def _mastheads(raw: str, first: str, removal: Removal | None, removals: list[Removal], title: str | None) -> list[_Candidate]:
    """Name-like lines removed as page furniture above the headline. Taken alone: the page's first
    line when it reads as a masthead, and a print page's running head; any other (the masthead under
    'Skip to main content', a menu's first item) only when another cue names the same site."""
    headline = next((r.start for r in removals if r.reason == "title"), None)
    found = []
    for other in removals:
        if (headline is not None and other.start >= headline) or len(found) >= _MASTHEAD_CANDIDATES:
            break
        if other.reason not in _MASTHEAD_REASONS or other.rule in _NOT_A_MASTHEAD:
            continue
        running_head = other.rule == "running_footer"
        for number, line in enumerate(other.text.splitlines()):
            line = " ".join(line.split())
            # A print page's running head: 'THE COASTAL TIMES | TUESDAY, FEBRUARY 18, 2025 | A3'.
            for part in _TAB_SEPARATOR.split(line):
                if not _name_like(part) or (title is not None and _key(title) == _key(part)):
                    continue
                opening = other is removal and other.reason in ("navigation", "section_tag") and other.rule != "list_under_label" and part == first
                alone = running_head or (opening and _reads_as_masthead(part, raw, title))
                found.append(_Candidate(part, "masthead", alone, (other.start, number)))
    return found


_MASTHEAD_REASONS = frozenset({"navigation", "section_tag", "dateline", "repeat"})
# How many name-like lines above the headline are read as possible mastheads (menus follow them).
_MASTHEAD_CANDIDATES = 8


def _copyrights(removals: list[Removal]) -> list[_Candidate]:
    """The name in the page's last copyright line, wherever the clean stage filed it (a footer's
    copyright often ends a comments section or a cookie notice); never a caption's photo credit."""
    for removal in reversed(removals):
        if removal.reason in LAYOUT_REASONS or removal.reason in _NOT_FOOTERS:
            continue
        if "©" not in removal.text and "(c)" not in removal.text.lower() and "opyright" not in removal.text.lower():
            continue  # most removals hold no copyright line: a substring test spares the regexes
        for number, line in reversed(list(enumerate(removal.text.splitlines()))):
            line = " ".join(line.split())
            if len(line) > _COPYRIGHT_LINE_CHARS:
                continue
            after = _COPYRIGHT.search(line)
            # The name before the sign ('Le Quotidien de l'Ouest © 2025') only in a name's own case: 'All content ©
            # 2025', 'Site design © 2025' name no site.
            before = None if after else _NAME_THEN_COPYRIGHT.match(line)
            match = after or before
            if match is None:
                continue
            name = _LEGAL_FORM.sub("", match.group("name").strip(" .'\"«»“”„")).strip()
            if _name_like(name, sentence_case=after is not None) and not _RIGHTS_WORDS.search(name):
                return [_Candidate(name, "copyright", True, (removal.start, number))]
    return []


_COPYRIGHT_LINE_CHARS = 200
_NOT_FOOTERS = frozenset({"caption", "caption_repeat", "title", "title_repeat", "byline", "standfirst", "dateline"})


def _first_line(raw: str, removals: list[Removal]) -> tuple[str, Removal | None]:
    """The page's first line, spaced once, and the removal that took it out of the text (None: kept)."""
    start = len(raw) - len(raw.lstrip())
    line = raw[start:].partition("\n")[0]
    removal = next((r for r in removals if r.start <= start < r.end and r.reason not in LAYOUT_REASONS), None)
    return " ".join(line.split()), removal


def _name_like(text: str, sentence_case: bool = True) -> bool:
    """A short run of capitalised words, small words between them: 'La Gazzetta del Po', 'WRDX 9 News';
    with `sentence_case`, also up to three words of which only the first is capitalised ('Східний вісник')."""
    words = text.split()
    if not words or len(words) > _MAX_NAME_WORDS or len(text) > _MAX_NAME_CHARS or text.endswith(_SENTENCE_END):
        return False
    if not (words[0][0].isupper() or words[0][0].isdigit()) or not _WORD.search(text) or _ISSUE.search(text):
        return False
    if sentence_case and len(words) <= _SENTENCE_CASE_WORDS and all(w.islower() or w.casefold() in _SMALL_WORDS for w in words[1:]):
        return True
    return all(w[0].isupper() or w[0].isdigit() or w.casefold() in _SMALL_WORDS for w in map(_without_elision, words))


def _without_elision(word: str) -> str:
    """The word an elided article stands before: "l'Ouest" -> 'Ouest'."""
    return word[2:] if len(word) > 2 and word[1] in "'’" else word


def _reads_as_masthead(name: str, raw: str, title: str | None) -> bool:
    """The page's first line read alone as its masthead: at most five words, and a single word
    neither opens a menu ('Startseite', then 'Politik', 'Wirtschaft') nor stands right over the
    headline (a kicker: 'OPINION')."""
    if len(name.split()) > 5:
        return False
    if " " in name:
        # In Latin script a name is title-cased: 'Toggle navigation', 'Main menu' are controls. Cyrillic
        # names are written in sentence case: 'Східний вісник'.
        return _name_like(name, sentence_case=False) or _CYRILLIC.search(name) is not None
    lines = (line for line in raw.lstrip().split("\n", 12)[1:12] if line.strip())
    following = [" ".join(line.split()) for line in islice(lines, 2)]
    opens_a_menu = len(following) == 2 and all(len(line.split()) <= 2 and not line.endswith(_SENTENCE_END) for line in following)
    over_the_headline = bool(following) and title is not None and _key(following[0]) == _key(title)
    return not opens_a_menu and not over_the_headline


def _key(name: str) -> str:
    """A name as names are compared: letters and digits, case and a leading 'The' folded."""
    return _NOT_ALNUM.sub("", name.casefold().removeprefix("the "))


_NOT_ALNUM = re.compile(r"[\W_]+")


# Names agree when one holds the other and is most of it: 'Marketplace Weekly' and 'Marketplace Weekly
# Media' agree, a menu's 'Territoires' and "L'Hebdo des Territoires" do not.
_AGREEING_SHARE = 0.6


def _agree(key: str, other: str) -> bool:
    if not key or not other:
        return False
    shorter, longer = sorted((key, other), key=len)
    return shorter in longer and len(shorter) >= _AGREEING_SHARE * len(longer)


def _domain_label(domain: str) -> str:
    """The part of a host that names the site: 'lakeshoretribune' of 'www.news.lakeshoretribune.co.uk'."""
    parts = [p for p in domain.casefold().split(".") if p and p != "www"]
    while len(parts) > 1 and (len(parts[-1]) <= 3 or parts[-1] in ("example", "local")):
        parts.pop()
    return _key(parts[-1]) if parts else ""


def _title_cased(name: str) -> str:
    if " " not in name and len(name) <= 5:
        return name  # an acronym: 'EEPA', 'WRDX'
    words = []
    for index, word in enumerate(name.split()):
        lower = word.casefold()
        if index and lower in _SMALL_WORDS:
            words.append(lower)
        elif lower in _SMALL_WORDS or (len(word) >= 3 and _VOWELS & set(word)):
            words.append("-".join(map(_capitalised, word.split("-"))))
        else:
            words.append(word)  # an acronym: 'WRDX', 'BBC', 'TV'
    return " ".join(words)


def _capitalised(word: str) -> str:
    """'BOTE' -> 'Bote'; an elided article keeps the capital of its word: "L'ÉCHO" -> "L'Écho"."""
    word = word[:1] + word[1:].lower()
    return word[:2] + word[2:].capitalize() if len(word) > 2 and word[1] in "'’" else word
