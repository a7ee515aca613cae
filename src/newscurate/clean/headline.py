"""The headline, standfirst and author lines among the page furniture above the article.

A page dumped to text sets the site's name, menus and a section kicker above the headline, and the
standfirst, byline, date, share bar and lead picture's caption between the headline and the
article. The line-shape steps remove all of that; `find_title` looks at the first lines only, so on
such a page it takes the site's name for the headline. Once every step has run, the headline is the
line nearest above the article that reads as one, and the furniture's removals are relabelled
accordingly: only reasons change, never what is removed, so the audit trail stays whole.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newscurate.annotate.dates import publication_date
from newscurate.clean.edits import Removal, whole_passages
from newscurate.clean.lines import word_count
from newscurate.clean.person_names import NAME_SEPARATOR, NAME_SUFFIX, lists_people
from newscurate.clean.structure import BYLINE, NAME_LIST, PERSONS_NAME, byline_fields, byline_role, is_caption, is_clock_time

# Reasons a headline or standfirst may have been removed under by the line-shape steps.
_FURNITURE = frozenset({"navigation", "section_tag", "title"})
# A kicker of three words over a headline of a dozen is no headline over a standfirst: that is longer.
_STANDFIRST_UNDER_SHORT_HEADLINE_WORDS = 18
# Straight under a headline-like line, a line of so many words is its standfirst, though it be the
# shorter (a blank line between sets a masthead's slogan apart from the headline under it).
_STANDFIRST_WORDS = 8
_LOOK_ABOVE = 14  # removed lines between the article and its headline, at most: byline, date, share bar, caption
# Menus and breadcrumbs set their items apart by wide spaces or separators; a headline has none.
_SEPARATED_ITEMS = re.compile(r"\S {2,}\S|\s[|›»>•·]\s|\t")
# French quotes are spaced inside: 'la « coalition des volontaires » cherche' has no breadcrumb's '»'.
_SPACED_GUILLEMETS = re.compile(r"«[^«»]*»")
_UNFINISHED = (*",;:", "|")
_SENTENCE_END = tuple(".!?…")
# A full stop, inside a closing quote too: a lede reporting a quote ('… said: ‘We have waited.’').
_FULL_STOP_ENDINGS = (".", ".’", ".”", ".»", '."', ".'", ". »")
_HAS_DIGIT = re.compile(r"\d")
# '14.02 GMT', not '9.25%', '4.99 per cent', '2.75 billion' or '£3.49'.
_CLOCK_TIME = re.compile(r"(?<![£$€¥₹])\b\d{1,2}[:.h][0-5]\d\b(?!\s*(?:%|per ?cent|percent|bn\b|billion|million|trillion))", re.IGNORECASE)
# A caption's credit in brackets at its end: '(Express photo by Arul Horizon)', '(CBN News: Sam Tran)'.
_BRACKETED_CREDIT = re.compile(r"\((?:[^()]*\b(?:photo|foto|picture|image|credit|file)\b[^()]*|[^():]{2,40}:[^()]{2,40})\)$", re.IGNORECASE)
# What closes a caption rather than a headline: its credit after the last sentence or dash
# ('… el pasado 25 de agosto. PACO RUIZ', '… Porto Clara - Rafael Nunes - 10.jun.2025/Folha do Litoral',
# '… cut shifts. — File photo'), or a byline's names ('Live reporting by Ellie Marsh and Rhys Bowen').
_CREDIT_TAIL = re.compile(r"(?:[.!?…]|\s[-–—/])\s+(?P<tail>(?:\S+\s+){0,3}\S+)$")
_CREDIT_WORD = re.compile(r"\b(?:photo|foto|picture|image|file|archive|archivo|arquivo|bild|supplied|handout)\b", re.IGNORECASE)
# A line a page's furniture opens with: a credit or byline word, a bullet, a page control.
_FURNITURE_OPENING = re.compile(
    r"^[«‹<\s]*(?:(?:photos?|photographs?|pictures?|images?|words|video|text|reporting|writing|written|interview|illustrations?)\s+by\b"
    r"|(?:by|par|por|von|di|door)\s+\S|[•*·▪►■–—-]|作者|updated\b|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|обновлено|оновлено"
    r"|published in\b|(?:next|previous)(?: post| article| story)?\s*:|read (?:more|next)\b|字号"
    r"|\d+\s*(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)\s+ago\b|breaking\s*:|from our (?:own )?(?:correspondent|reporter)"
    r"|pictured\b|now playing|play video|watch\b|listen\b|filed under|tags?\s*:|from the\s+\w+\s+(?:\d{4}\s+)?issue|special to\b|subject\s*:)",
    re.IGNORECASE,
)
# A masthead's slogan: 'Your hometown news source since 1921', 'Serving North Kilbrennan since 1889'.
_SLOGAN = re.compile(r"\b(?:serving|news source|newspaper|established|founded|est\.)\b.*\bsince\b|\bsince\s+1[5-9]\d\d$", re.IGNORECASE)
# An author's affiliation on a title page: 'Institute for Labour and Social Policy, Bratislava'.
_AFFILIATION = re.compile(
    r"\b(?:universit\w*|institut\w*|centre|center|college|school|academy|foundation|council|ministry)\b.*,\s*[A-ZÀ-ÖØ-Þ][\w-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w-]+)?$",
    re.IGNORECASE,
)
# Page controls and appeals inside a line: 'Click to print (Opens in new window)', 'Already a subscriber? Sign in'.
_INTERFACE = re.compile(
    r"\b(?:click|subscriber|sign in|log in|opens in (?:a )?new window|whatsapp|google news|newsletter|unlock|download|duration"
    r"|abone ol|inscreva|receba|abonn|abonnier|suscr[ií]b|iscriviti|\d+\s*[KM]B\))"
    # Share buttons in Japanese, Chinese and Korean, inside words: 'この記事をシェアする'.
    r"|シェア|分享到|공유하기",
    re.IGNORECASE,
)
_CREDITED_NAMES = re.compile(rf"\b(?P<by>by|von|par|por|door|di)\s*:?\s+(?:Dr\.?\s+)?(?P<names>{NAME_LIST})$")
# A person's name, alone on its line or with a role after a bar or comma ('Marisol Vega | Senior
# correspondent', 'Lydia Osei-Mensah, Contributor').
_NAME_WITH_ROLE = re.compile(rf"(?:(?:Dr|Prof|Professor)\.?\s+)?(?P<name>{PERSONS_NAME.pattern})(?:\s*[|,]\s*(?P<role>[\w’' -]{{3,40}}))?")
_ROLE_WORDS = re.compile(
    r"\b(?:correspondent|contributor|editor|reporter|writer|columnist|journalist|staff|analyst|fellow|chief|producer|commentator"
    r"|associate|researcher|lecturer|director"
    r"|analytiker|analytikerin|analityk|analista|analist|kommentator|commentatore"
    r"|redakteur|redakteurin|korrespondent|korrespondentin|rédacteur|rédactrice|correspondant|correspondante|journaliste"
    r"|redactor|redactora|corresponsal|periodista|repórter|redattore|redattrice|corrispondente|dziennikarz|dziennikarka"
    r"|professor|professeur|profesor|professore|обозреватель|корреспондент|журналист|редактор|оглядач|кореспондент|журналіст)",
    re.IGNORECASE,
)
# Words that make a capitalised line an organisation's or a place's name, not a person's.
_NOT_A_PERSON = re.compile(
    r"\b(?:university|institute|college|school|centre|center|press|news|agency|media|times|post|daily|weekly|gazette|ledger"
    r"|review|herald|courier|wire|service|desk|bureau|team|portal|radio|television|tv|gazeta|jornal|diário|diario|zeitung|giornale|corriere|krant|dziennik|redacci[oó]n|reda[cç][aã]o|redazione|rédaction|redaktion|newsroom|agencies|board|sign|share|subscribe|log|register|menu|home|search|more|newsletter|podcasts?)\b",
    re.IGNORECASE,
)


# Scripts whose names are written without a space between family and given name: '佐藤健一', '김민수'.
_WRITTEN_WITHOUT_SPACES = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


class _RemovedLine(NamedTuple):
    index: int  # of the removal, in the sorted removals
    text: str  # stripped
    reason: str
    rule: str
    right_under: bool = False  # nothing kept between it and the removed line above
    next_line: bool = False  # on the line after the removed line above, no blank line between
    other_pieces: tuple[int, ...] = ()  # the line's other runs (see `whole_passages`)


def furniture_labels(raw: str, removals: list[Removal], body_start: int) -> dict[int, tuple[str, str]]:
    """New (reason, rule) for removals (by index into the sorted `removals`) that are the page's
    headline, standfirst and author lines, or the site's name `find_title` took for the headline."""
    lines = _removed_lines_above(raw, removals, body_start)
    found = _headline(lines)
    if found is None:
        return {}
    at, standfirst_at = found
    headline = lines[at]
    labels: dict[int, tuple[str, str]] = {}
    if headline.reason != "title":
        labels[headline.index] = ("title", "headline_above_article")
        # What was taken for the headline (the site's name, a menu) and the names read under it,
        # unless they stand under the headline found (and its standfirst) too, or lower down and
        # known for a person's ('Hannah Lowry' under a caption, not 'Gift Article').
        names_under = (standfirst_at if standfirst_at is not None else at) + 1
        for position, line in enumerate(lines):
            if line is not headline and (line.reason == "title" or (
                line.reason == "byline" and line.rule == "name_line_after_title"
                and (position < at or (position != names_under and not _names_line(line.text)))
            )):
                labels[line.index] = ("navigation", "taken_for_headline")
    if standfirst_at is not None and lines[standfirst_at].reason != "standfirst":
        labels[lines[standfirst_at].index] = ("standfirst", "line_under_headline")
    # The section's label over the headline ('ANALYSIS', 'Opinion | Elections') tells the genre, also
    # when `find_title` took the one right over it for the headline.
    for position, line in enumerate(lines[max(0, at - 2) : at], max(0, at - 2)):
        if (reads_as_kicker(line.reason, line.text) or (line.reason == "title" and position == at - 1 and reads_as_kicker("navigation", line.text))) and not BYLINE.match(line.text):
            labels[line.index] = ("section_tag", "kicker_above_headline")
    below = range(at + 1, len(lines))
    for i in below:
        if lines[i].reason in ("navigation", "section_tag") and word_count(lines[i].text) <= 12 and publication_date(lines[i].text):
            labels[lines[i].index] = ("dateline", "date_under_headline")
    # Lines of known names are bylines whatever else stands there (a title page names each author
    # over their affiliation); a name with a role or 'By' only where no byline was found.
    bylined = any(lines[i].reason == "byline" and lines[i].rule != "byline_editor" and lines[i].index not in labels for i in below)
    for i in below:
        following = lines[i + 1] if i + 1 < len(lines) else None
        directly_under = i - 1 in (at, standfirst_at) or lines[i - 1].reason == "standfirst"
        if lines[i].reason == "navigation" and (_names_line(lines[i].text) or (not bylined and _reads_as_authors_line(lines[i].text, following, directly_under))):
            byline = BYLINE.match(lines[i].text)
            rule = f"byline_{byline_role(byline['role'])}" if byline else "byline_fields" if byline_fields(lines[i].text) else "name_under_headline"
            labels[lines[i].index] = ("byline", rule)
    if not bylined and (over := _name_over_role_above(lines, at)) is not None:
        labels[lines[over].index] = ("byline", "name_under_headline")
    if standfirst_at is None and (under := _standfirst_under_byline(lines, at, labels)) is not None:
        labels[lines[under].index] = ("standfirst", "line_under_byline")
    for line in lines:
        if line.index in labels:
            labels.update(dict.fromkeys(line.other_pieces, labels[line.index]))
    return labels


_BYLINE_OVER_HEADLINE_LINES = 4


_KICKER_REASONS = frozenset({"navigation", "repeat"})


def reads_as_kicker(reason: str, text: str) -> bool:
    """A section's label over a headline ('ANALYSIS', 'Opinion | Elections'): a menu's line, or a
    menu item printed again, of four words at most and no figures."""
    return reason in _KICKER_REASONS and word_count(text) <= 4 and not _HAS_DIGIT.search(text)


def _standfirst_under_byline(lines: list[_RemovedLine], at: int, labels: dict[int, tuple[str, str]]) -> int | None:
    """A standfirst set under the byline and date, not the headline: the first line past them, when
    only those stand between it and the headline."""
    passed_byline = False
    for i in range(at + 1, len(lines)):
        reason = labels.get(lines[i].index, (lines[i].reason,))[0]
        if reason in ("byline", "dateline"):
            passed_byline = passed_byline or reason == "byline"
        elif reason not in ("repeat", "section_tag"):
            standfirst = passed_byline and lines[i].right_under and _reads_as_standfirst_under(lines[i], lines[at].text)
            return i if standfirst and not (is_caption(lines[i].text) or _ends_in_credit(lines[i].text)) else None
    return None


def _name_over_role_above(lines: list[_RemovedLine], at: int) -> int | None:
    """A byline set over the headline: a name alone over its role ('Karabo Mokoena' / 'Legal
    Reporter' / the date / the headline); where the name stands."""
    for i in range(max(0, at - _BYLINE_OVER_HEADLINE_LINES), at - 1):
        name, role = lines[i].text, lines[i + 1].text
        if (
            word_count(role) <= 4 and _ROLE_WORDS.search(role) and not _NOT_A_PERSON.search(role)
            and PERSONS_NAME.fullmatch(name) and names_a_person(name) and not _ROLE_WORDS.search(name)
        ):
            return i
    return None


def _removed_lines_above(raw: str, removals: list[Removal], body_start: int) -> list[_RemovedLine]:
    """The whole lines removed above the article, in text order, the layout removals left out."""
    lines = []
    previous_end = 0
    for pieces, removal in whole_passages(raw, removals):
        if removal.start >= body_start:
            break
        stripped = removal.text.strip()
        line_start = raw.rfind("\n", 0, removal.start) + 1
        line_end = raw.find("\n", removal.start + len(removal.text.rstrip()))
        line = raw[line_start : line_end if line_end >= 0 else len(raw)]
        if stripped and line.strip() == raw[removal.start : removal.end].strip():
            between = raw[previous_end:line_start]
            right_under = not between.strip()
            next_line = right_under and between.count("\n") <= 1
            lines.append(_RemovedLine(pieces[0], stripped, removal.reason, removal.rule, right_under, next_line, tuple(pieces[1:])))
            previous_end = line_start + len(line)
    return lines


def _headline(lines: list[_RemovedLine]) -> tuple[int, int | None] | None:
    """(the headline's position in `lines`, the standfirst's or None). The headline stands above
    the byline or standfirst nearest the article (lines under those are the date, share bar and
    caption); on a page with neither, or when nothing above them reads as a headline (a menu was
    taken for a name), it is the first line up from the article that reads as one. A live blog's
    first entry time ends the page's header: the headline and byline under it are the entry's."""
    lines = lines[: next((at for at, line in enumerate(lines) if is_clock_time(line.text)), len(lines))]
    anchor = next((at for at in range(len(lines) - 1, -1, -1) if _is_anchor(lines[at])), None)
    if anchor is not None and (found := _headline_above(lines, anchor + (lines[anchor].reason == "standfirst"), over_byline=lines[anchor].reason != "standfirst")):
        return found
    return _headline_above(lines, len(lines))


def _is_anchor(line: _RemovedLine) -> bool:
    """A byline, a standfirst, or a line of known first names: what stands under a headline."""
    if line.reason in ("byline", "standfirst"):
        return True
    # A byline or a list of people the line-shape steps removed before bylines were looked for.
    return line.reason in _FURNITURE and (_names_line(line.text) or (word_count(line.text) <= 12 and bool(BYLINE.match(line.text))))


def _headline_above(lines: list[_RemovedLine], below: int, over_byline: bool = False) -> tuple[int, int | None] | None:
    """Walking up from `below`: the first line that reads as a headline, unless the line above it
    does too and it reads as a standfirst under that one (a headline is the shorter of the two)."""
    standfirst_at = None
    for at in range(below - 1, max(-1, below - 1 - _LOOK_ABOVE), -1):
        line = lines[at]
        if line.reason == "standfirst":
            standfirst_at = at
            continue
        if line.reason not in _FURNITURE or not (reads_as_headline(line.text) or (over_byline and _short_headline_over_standfirst(lines, at, below))):
            continue
        above = lines[at - 1] if at else None
        # 'Council tax rise approved': four words read as a headline over a long standfirst over the byline
        # (three are a topic's kicker: 'War in Ukraine').
        short_over_standfirst = (
            over_byline and above is not None and word_count(line.text) >= _STANDFIRST_UNDER_SHORT_HEADLINE_WORDS
            and reads_as_headline(above.text, min_words=4) and _reads_as_standfirst_under(line, above.text)
        )
        if standfirst_at is None and above is not None and _may_be_headline(above) and (reads_as_headline(above.text) or short_over_standfirst):
            over_above = lines[at - 2] if at >= 2 else None
            # Of two headline-like lines, the standfirst is the longer, unless a kicker stands over the
            # first (a print deck may be shorter), or `find_title` already read the first as a standfirst.
            kicker_over = over_above is not None and word_count(over_above.text) <= 3
            standfirst_words = min(word_count(above.text), _STANDFIRST_WORDS) if line.next_line else word_count(above.text)
            if word_count(line.text) >= standfirst_words or kicker_over or above.reason == "standfirst":
                return at - 1, at
        if standfirst_at is None and at + 1 < len(lines) and _reads_as_standfirst_under(lines[at + 1], line.text):
            standfirst_at = at + 1
        return at, standfirst_at
    # `find_title` took a masthead for the headline and the headline under it for its standfirst, or
    # the headline over the byline for a summary ('Dr. Radu Ilieș, managerul …: „Pierdem …”').
    if standfirst_at is not None and lines[standfirst_at].rule in _HEADLINE_TAKEN_FOR_STANDFIRST and reads_as_headline(lines[standfirst_at].text):
        return standfirst_at, None
    return None


_HEADLINE_TAKEN_FOR_STANDFIRST = frozenset({"unpunctuated_line_under_headline", "summary_above_byline"})


def _short_headline_over_standfirst(lines: list[_RemovedLine], at: int, below: int) -> bool:
    """'Council tax rise approved': three or four words read as a headline only straight over a
    standfirst that stands straight over the byline."""
    return (
        at + 2 == below and lines[at + 1].right_under and lines[below].right_under
        and reads_as_headline(lines[at].text, min_words=3) and _reads_as_standfirst_under(lines[at + 1], lines[at].text)
    )


def _may_be_headline(line: _RemovedLine) -> bool:
    """Removed as furniture, as `find_title`'s standfirst, or as a pull quote (an interview's
    headline quotes the answer it repeats)."""
    return line.reason in _FURNITURE or line.reason == "standfirst" or line.rule == "pull_quote"


def _separated_items(text: str) -> bool:
    return bool(_SEPARATED_ITEMS.search(_SPACED_GUILLEMETS.sub("«»", text) if "«" in text else text))


def reads_as_headline(text: str, min_words: int = 5) -> bool:
    """Five (or `min_words`) to thirty words, with small letters (a masthead in capitals is no headline), not ended
    like a clause or a sentence, no menu's separators, and not a date line (a clock time, or
    mostly numbers)."""
    words = word_count(text)
    if not min_words <= words <= 30 or text.endswith(_UNFINISHED) or text.endswith(_FULL_STOP_ENDINGS) or text.isupper():
        return False
    if _separated_items(text):
        return False
    if text[0].islower() or _FURNITURE_OPENING.match(text) or BYLINE.match(text) or _INTERFACE.search(text) or _CLOCK_TIME.search(text) or _SLOGAN.search(text):
        return False
    if _names_with_role(text) or _role_of_author(text):
        return False
    if is_caption(text) or _BRACKETED_CREDIT.search(text) or _ends_in_credit(text) or _credits_names(text) or lists_people(text) or _AFFILIATION.search(text):
        return False
    # Two Chinese or Japanese characters count as a word: '今年已有126部投入使用' is mostly words.
    return sum(1 for token in text.split() if _HAS_DIGIT.search(token)) * 3 < words


def _role_of_author(text: str) -> bool:
    """'Senior Fellow, Energy Transition Program': an author's role and unit, set under their name."""
    role, comma, _ = text.partition(",")
    return bool(comma) and word_count(role) <= 3 and _ROLE_WORDS.search(role) is not None


def _credits_names(text: str) -> bool:
    """'… di Mario Rossi': Italian 'by' is Indonesian 'in' ('… di Pesisir Tanjung Lamo'), so after 'di'
    the names must be known for people's."""
    match = _CREDITED_NAMES.search(text)
    return match is not None and (match["by"] != "di" or lists_people(match["names"]))


def _names_with_role(text: str) -> bool:
    """'Dr Miriam Osei, Senior Fellow': a person's name and role, as a title page sets its authors."""
    match = _NAME_WITH_ROLE.fullmatch(text)
    return match is not None and match["role"] is not None and _ROLE_WORDS.search(match["role"]) is not None and not _NOT_A_PERSON.search(match["name"])


def _names_line(text: str) -> bool:
    """A line listing people, not a caption naming them ('Anna Ashfield in Marshbrook (Image:')."""
    return lists_people(text) and not is_caption(text)


def _ends_in_credit(text: str) -> bool:
    """A tail of capitalised words, numbers and slashes, or of a credit word, after the caption's
    last sentence or a dash. A headline's tail after a dash has small words ('– Eintritt wird teurer')."""
    match = _CREDIT_TAIL.search(text)
    if not match:
        return False
    tail = match["tail"].split()
    if _CREDIT_WORD.search(match["tail"]) or any("/" in word for word in tail):
        return True
    return all(word[:1].isupper() or word[:1].isdigit() for word in tail)


def _reads_as_standfirst_under(line: _RemovedLine, headline: str) -> bool:
    """A sentence or two in the outlet's words: at least six words, more than the headline has or
    ended like a sentence."""
    text = line.text
    if line.reason not in _FURNITURE or _separated_items(text) or not 6 <= word_count(text) <= 60:
        return False
    return text.endswith(_SENTENCE_END) or word_count(text) > word_count(headline)


def _reads_as_authors_line(text: str, following: _RemovedLine | None, directly_under: bool) -> bool:
    """'By …' in any of the bylines' languages; a name with a role after a bar or comma; or a name
    alone straight under the headline or standfirst, with a role, the date or the editor on the next line."""
    if BYLINE.match(text) or byline_fields(text):
        return True
    match = _NAME_WITH_ROLE.fullmatch(text)
    if not match or _NOT_A_PERSON.search(match["name"]) or _ROLE_WORDS.search(match["name"]):
        return False
    if match["role"] is not None:
        return bool(_ROLE_WORDS.search(match["role"]))
    return directly_under and following is not None and (
        following.reason == "dateline" or following.rule == "byline_editor" or (word_count(following.text) <= 12 and bool(_ROLE_WORDS.search(following.text)))
    )


def authors_in_line(text: str) -> list[str]:
    """The names in a line of names under the headline: one with a role ('Marisol Vega | Senior
    correspondent'), or a list ('Tom Ashby (now) and Priya Nair (earlier)')."""
    match = _NAME_WITH_ROLE.fullmatch(text.strip())
    if match and (match["role"] is None or _ROLE_WORDS.search(match["role"])):
        return [match["name"]]
    return [NAME_SUFFIX.sub("", part).strip() for part in NAME_SEPARATOR.split(text.strip()) if part.strip()]


def names_a_person(part: str) -> bool:
    """Whether one part of a byline's list names a person: not a role ('Science Correspondent'),
    an outlet or agency ('Meridian Wire'), or where the reporter wrote from ('de Brasília')."""
    # 'Του Γιώργου Παπαδόπουλου': a Greek byline's name in the genitive, after its article.
    if part[:1].islower() or part.startswith(("The ", "the ", "Του ", "Της ")) or (part.isalpha() and part.isupper() and len(part) <= 5):  # "WNC", "AFP"
        return False
    if " " not in part and not _WRITTEN_WITHOUT_SPACES.search(part):
        return False  # 'By Northwire': one word names an agency or a desk; a person's name has two

    return not (_ROLE_WORDS.search(part) or _NOT_A_PERSON.search(part))
