"""Who said a quote: the attribution cue next to it and the person or organization it names.

The cue is a reporting verb ('said', 'a déclaré', 'заявил') or a preposition ('according to',
'selon', 'по словам') in the quote's own sentence: after the closing mark ('…,' said X / '…,' X
said / '…', a-t-il ajouté / '…' — X) or before the opening one (X said: '…' / X warned that '…').
What the cue points at is kept as written (`mention`) and resolved to a name (`speaker`):

- a full name stays as it is, minus titles ('Foreign Minister Dmytro Kuleba' -> 'Dmytro Kuleba');
- a surname alone is the full name it was introduced with ('Borovoy' -> 'Konstantin Borovoy');
- a pronoun, or no subject at all (Italian, Spanish, Russian drop it), is the most recent person
  named or quoted before, skipping people whose gender a title, a role word or an earlier
  pronoun contradicts;
- 'they' and 'one of them' are the plural group that opened a recent sentence;
- a definite description ('the ministry', 'the official') is the fuller phrase it was introduced
  with ('the Polish defence ministry'); a person's role with no such antecedent ('the opposition
  figure') is the most recent person; an indefinite one ('a senior official') is a new, unnamed
  speaker and stays as written;
- a name after a cue that takes the genitive ('по словам Олега Лыкова', 'zdaniem Adama Lisa') is
  put in the nominative; 'the company' with no fuller phrase before it is the organisation that
  opened the sentence before;
- a Russian or Ukrainian office a plural verb speaks for ('— повідомили у відомстві') is the one
  last named that way ('У Міністерстві енергетики відповіли'), in the nominative.

Capitalised names are indexed once per text; each quote then reads only the sentence before it
and up to 200 characters after it. The word lists live in lexicon.py.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property, lru_cache
from itertools import compress, groupby
from operator import itemgetter
from typing import NamedTuple

from newscurate.annotate import lexicon
from newscurate.clean.lines import CAPITALS

_UPPER = CAPITALS + "Α-Ω"  # Greek names too
# 'der' and 'den' join a name only after 'van' or 'von': 'Mehrheit der Deutschen' is no name.
_PARTICLE = r"(?:(?:van|von)[ \t]+(?:der|den|dem)|de|da|di|del|della|dos|das|do|du|van|von|ter|ten|zu(?![ \t]+(?:Beginn|Ende|Anfang|Hause|Gast|Wort|Protokoll|Recht|Fuß|Besuch|Tisch|Zeiten))|al|el|bin|ibn|ap|la|le|y|St\.)"
# A capitalised preposition opens a sentence ('À Kyiv', 'Dans Paris'). Short ones may be names ('Per
# Olsson', 'Su Wei'), and Cyrillic ones are function words already.
_LEADING_PREPOSITIONS = frozenset(w for w in lexicon.PREPOSITIONS if len(w) >= 4 and w not in ("ante", "alla")) - frozenset(re.findall(r"[a-z]+", _PARTICLE)) | {"à"}
# Participles and adverbs that open a sentence before a name: 'Born Margaret Ann Lindqvist in …'.
_LEADING_WORDS = _LEADING_PREPOSITIONS | {"für", "born", "asked", "unlike", "meanwhile", "dear", "elected", "raised", "educated", "appointed"}
# A dotted acronym ('U.S.', 'J.D.') is one word, so its letters are never read as initials of a name;
# so is the abbreviated saint or mount of a place's or a body's name ('St. Agnes Health', 'Mt. Sinai'),
# its dot tried only after such a word: an alternative in front cost every scan 15% of find_quotes.
_NAME_WORD = rf"(?:[{_UPPER}](?:\.(?:[{_UPPER}]\.)*|[\w’'-]*(?:(?:(?<=\bSt|\bMt|\bFt)|(?<=\bSen|\bRep|\bGov))\.(?=[ \t]+[{_UPPER}]))?))"
# No look-behind, so the scan starts from the capital letters alone; callers that need a name to
# start a word check the character before it.
NAME_RUN = re.compile(rf"{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*(?:al-|el-)?{_NAME_WORD})*")  # 'Ahmed al-Rashid'

# 'по его словам', 'in his words', "in Lindqvist's phrase": the owner of the words speaks.
_POSSESSIVE_PREPOSITION = re.compile(
    rf"(?i:(?:по|за)\s+(?P<pronoun>его|её|ее|их|його|її|їх)\s+(?:словам|словами|мнению|думку))"
    rf"|\b[Ii]n\s+(?:(?P<owner>his|her|their)|(?P<name>{NAME_RUN.pattern})[’']s)\s+(?:own\s+)?(?:words|phrase)\b"
)
_CUE_WORDS = frozenset(w for words in lexicon.VERB_CUES.values() for w in words.split())
_PHRASE_CUE = re.compile(rf"(?i:{'|'.join(lexicon.PHRASE_CUES)})(?![\w-])")
_PREPOSITION_CUE = re.compile(rf"(?i:{lexicon.PREPOSITION_CUES})(?![\w-])")
_PHRASE_START_WORDS = "a ont ha hanno fügte teilte räumte kündigte kündigt stellte stellt sprach hieß heißt told pointed points went goes summed put puts shot fired hit snapped".split()
_PHRASE_STARTS = frozenset(w.casefold() for w in _PHRASE_START_WORDS)  # looked up case-folded: 'hieß' is 'hiess'
_PREPOSITION_STARTS = frozenset("according per volgens in selon secondo según segundo de laut nach по за на według zdaniem para pour".split())
_EDGES = ".,;:!?()[]{}\"“”„«»‹›‘’'—–-…/*"
# Words worth a closer look: the verbs themselves and the first words of longer cues, in any case.
_CUE_CANDIDATES = _CUE_WORDS | {w for starts in (_PHRASE_START_WORDS, _PREPOSITION_STARTS) for s in starts for w in (s, s.capitalize())}
_PARTICLE_WORDS = frozenset(re.findall(r"[a-z]+", _PARTICLE))
_CAMEL_CASE = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")
_ELISION = re.compile(r"(?:[cdjlmnst]|qu)[’']")


class Cue(NamedTuple):
    """A reporting verb or preposition found in a text (offsets into that text)."""

    start: int
    end: int
    text: str
    is_preposition: bool


_COUNT_ON = {"conta": " com ", "contam": " com ", "contou": " com ", "cuenta": " con ", "cuentan": " con ", "contó": " con "}


_CUES_BEFORE_A_NAME = frozenset(("resume",))


def find_cues(text: str, start: int = 0, end: int | None = None) -> Iterator[Cue]:
    """Cues between two offsets, word by word: a set look-up per word, and a regex only for words
    that may open a longer cue ('according to', 'a-t-il ajouté', 'fügte … hinzu'). Single verbs
    count in lower case only: 'the United States' holds no cue."""
    end = len(text) if end is None else end
    segment = text[start:end]
    covered = -1
    cursor = 0
    words = segment.split()
    verdicts = _candidates(words)
    for raw, token in compress(zip(words, verdicts), verdicts):  # the loop sees candidates only
        found = _token_at(segment, raw, cursor)
        cursor = found + len(raw)
        at = start + found + raw.index(token)
        if at < covered:
            continue
        folded = token.casefold()
        elided = _ELISION.match(folded)
        if elided and not folded.startswith(("d’", "d'")):
            # French and Italian elisions: "m’a dit" holds the cue "a dit".
            at += elided.end()
            token, folded = token[elided.end() :], folded[elided.end() :]
        cue = None
        if folded in _PREPOSITION_STARTS or folded.startswith(("d’", "d'")):
            match = _PREPOSITION_CUE.match(text, at, end)
            cue = Cue(at, match.end(), match.group(), True) if match else None
        if cue is None and (folded in _PHRASE_STARTS or "-" in token):
            match = _PHRASE_CUE.match(text, at, end)
            cue = Cue(at, match.end(), match.group(), False) if match else None
        noun_before = _NOUN_READINGS.get(token)
        relies_on = folded in _COUNT_ON and text.startswith(_COUNT_ON[folded], at + len(token))  # 'a iniciativa já conta com': no telling
        # Spanish 'resume' is English 'resume' too: a cue only before the speaker's name ('resume Carmen Ruiz').
        relies_on = relies_on or (token in _CUES_BEFORE_A_NAME and not text[at + len(token) + 1 : at + len(token) + 2].isupper())
        if cue is None and token in _CUE_WORDS and not (noun_before and noun_before.search(text, max(0, at - 12), at)) and not relies_on:
            cue = Cue(at, at + len(token), token, False)
        if cue:
            covered = cue.end
            yield cue


# Each word's verdict is remembered: most words of a text are common ones, and most are no cue.
_CANDIDATES: dict[str, str] = {}
_CANDIDATES_LIMIT = 100_000


def _candidates(words: list[str]) -> list[str]:
    """Each word's verdict (`_candidate`), looked up in C for the words seen before."""
    verdicts = list(map(_CANDIDATES.get, words))
    if None in verdicts:
        if len(_CANDIDATES) >= _CANDIDATES_LIMIT:
            _CANDIDATES.clear()
        # Threads may share the dictionary: each verdict is kept here, whatever the others do to it.
        verdicts = [_CANDIDATES.setdefault(raw, _candidate(raw)) if verdict is None else verdict for raw, verdict in zip(words, verdicts)]
    return verdicts


def _candidate(raw: str) -> str:
    """A whitespace-delimited word without its edge punctuation if it may be a cue or open one
    (a verb, the first word of a longer cue, a hyphenated or elided word), else ''."""
    token = raw.strip(_EDGES)
    if token not in _CUE_CANDIDATES and "-" not in token and "’" not in token and "'" not in token:
        return ""
    return token if token and token[0].isalpha() else ""


def _token_at(segment: str, token: str, cursor: int) -> int:
    """Where whitespace-delimited `token` next stands from `cursor` on. Only candidate words are
    looked for, so the words skipped since `cursor` are not `token`: its first occurrence there
    that is a whole word is the one."""
    at = segment.find(token, cursor)
    after = at + len(token)
    while (at > 0 and not segment[at - 1].isspace()) or (after < len(segment) and not segment[after].isspace()):
        at = segment.find(token, at + 1)
        after = at + len(token)
    return at


# Verbs that name rather than report: a short quote after them is a term, not speech.
NAMING_CUES = frozenset("called calls call calling dubbed dubs described describes labelled labeled branded termed put".split())
_PARTICIPLE = re.compile(r"\w+(?:ing|[ae]ndo)$")  # English and Italian, Spanish, Portuguese gerunds



class Attribution(NamedTuple):
    mention: str | None  # as written: 'he', 'Borovoy', 'the ministry'; None for a dropped subject
    at: int  # where the mention (or the cue, when there is none) stands in the text
    cue: str | None
    subject_first: bool = False  # a subject then a verb after the quote: '“…”, a formula analysts read as'


_BIRTH_NAME = frozenset("Born born née".split())
_QUESTIONED_BY = re.compile(r"\b(?:[Aa]sked|[Qq]uestioned|[Pp]ressed|[Ii]nterviewed|[Cc]hallenged) by (?:[^\s,.;]+ ){0,4}$")


class SpeakerContext:
    """Names mentioned in one text and the speakers resolved so far, in text order.

    Capitalised runs are found with one scan of the text, when the first question about names is
    asked (quotes that name their speaker in full ask none); each is cleaned (titles and
    sentence-initial words dropped) only when a question about it is asked."""

    def __init__(self, text: str, quoted: list[tuple[int, int]], answers: list | tuple = ()) -> None:
        self.text = text
        self.speakers: list[tuple[int, str, str]] = []  # at, speaker, person|group
        self.answers = answers  # interview answers (interviews.Answer): their speaker is known
        self.genders: dict[str, str] = {}  # learned from the pronouns resolved to a name
        self._hinted: dict[str, str | None] = {}  # from a title or role the text gives the name ('Spokesman', 'Mrs')
        self._capitalised: dict[str, bool] = {}
        self._quoted = quoted
        self._quote_starts = [s for s, _ in quoted]
        self._cleaned: dict[int, str | None] = {}
        self._subject: dict[int, bool] = {}
        self._descriptions: dict[int, bool] = {}
        self._persons: dict[int, str | None] = {}
        self._people: list[tuple[int, int, str]] = []  # (offset, run index, full name) of runs read so far
        self._people_positions: list[int] = []
        self._people_read = 0  # runs read for people so far
        self._by_affix: dict[str, list[tuple[int, str]]] | None = None  # surname or first name -> full names
        self._name_parts: frozenset[str] = frozenset()  # those surnames and first names, also with 's
        self._organisations: dict[str, str] = {}  # a word -> the organisation's name it opens
        # (first name, surname) -> the full name first written with them: 'Bohdan Mykolaiovych
        # Stasiuk' is the 'Bohdan Stasiuk' introduced before.
        self._canonical: dict[tuple[str, str], str] | None = None

    @cached_property
    def _german(self) -> bool:
        """German capitalises its nouns: 'nach einer hitzigen Debatte das Gesetz' reads like 'Maria das
        Dores'. Counting a few function words is enough to tell."""
        sample = self.text[:3000]
        return sample.count(" der ") + sample.count(" und ") + sample.count(" nicht ") >= 5

    @cached_property
    def portuguese(self) -> bool:
        """Portuguese 'a' is the feminine 'the' that English reads as 'a'."""
        return len(_PORTUGUESE_WORDS.findall(self.text, 0, 3000)) >= 3

    @cached_property
    def _title_case_headline_end(self) -> int:
        """Where a first paragraph that capitalises every word, as headlines in title case do, ends;
        0 when the text opens otherwise."""
        end = self.text.find("\n\n")
        first = self.text[: end if end >= 0 else 300]
        words = [word for word in first.split() if len(word) > 3]
        if len(words) < 4 or first.rstrip().endswith((".", "”", '"')) or not all(word[0].isupper() or not word[0].isalpha() for word in words):
            return 0
        return len(first)

    @cached_property
    def _runs(self) -> list[tuple[int, str]]:
        matches = list(NAME_RUN.finditer(self.text))
        return list(zip(map(re.Match.start, matches), map(re.Match.group, matches)))  # loops in C

    @cached_property
    def _positions(self) -> list[int]:
        return list(map(itemgetter(0), self._runs))

    def in_quote(self, at: int) -> bool:
        quote = bisect_right(self._quote_starts, at) - 1
        return quote >= 0 and self._quoted[quote][0] <= at < self._quoted[quote][1]

    def _name(self, index: int) -> str | None:
        """The cleaned name of a run; None for a run that starts mid-word, stands inside a quote
        (names there are talked about, not talking) or is no name at all."""
        if index not in self._cleaned:
            at, run = self._runs[index]
            text = self.text
            mid_word = at and (text[at - 1].isalnum() or text[at - 1] in "’'" or (text[at - 1] == "-" and at > 1 and text[at - 2].isalnum()))
            # (A dateline's place in capitals is nobody: 'VIENNA (Meridian Wire) — The agency …'.)
            dateline = run.isupper() and len(run) > 3 and _DATELINE.match(text, at) is not None
            name = None if (mid_word and not _after_elided_office(text, at)) or dateline or self.in_quote(at) else clean_name(run)
            if name and name.count(" ") > 1 and (mid_word or _after_office_of(text, at)):
                name = _without_office_field(name)
            self._cleaned[index] = name
        return self._cleaned[index]

    def _person(self, index: int) -> str | None:
        """The full name of a run that names a person as a subject (not after a preposition).
        Most runs are one capitalised word ('The', 'Russia'): those are rejected by a dictionary
        look-up before any cleaning."""
        if index not in self._persons:
            at, run = self._runs[index]
            person = None
            if at < self._title_case_headline_end:
                pass  # 'Defense Nominee Faces Tough Questions at Hearing': every word is capitalised there
            elif " " not in run:
                word = run[:-2] if run.endswith(("’s", "'s")) else run
                named_alone = self._introduced_alone(word, at)
                # ('when the Blaze reached him': a surname takes no article, a paper's short name does)
                if word not in lexicon.FUNCTION_WORDS and (self._known_affix(word) or named_alone) and not _THING_OWNER_OR_THE.search(self.text, max(0, at - 20), at):
                    name = self._name(index)
                    if name and " " not in name and self._is_subject(index):
                        person = self.full_name(name, at)
                        person = person if " " in person or named_alone else None
            elif self.text[at - 1 : at] == "(" and self.text[at + len(run) : at + len(run) + 3] in (") -", ") —", ") –"):
                pass  # 'GENEVA, March 14 (Meridian Wire) - …': the agency a dateline credits
            elif run.startswith(_BYLINE_WORDS) and self.text[at - 1 : at] in ("\n", "") and self.text[at + len(run) : at + len(run) + 1] in ("\n", ",", ""):
                pass  # a byline's writer speaks in no quote
            elif not run.startswith("Born "):  # 'Born Margaret Lindqvist in 1936, she …': a birth name, not whom the text calls her
                name = self._name(index)
                if (
                    name and not _is_org(name) and self._is_subject(index) and not _definite_place(self.text, at, run, name)
                    and not (name == run and _organisation_noun_before(self.text, at))
                    and not (self._german and _GERMAN_ARTICLE_INSIDE.search(name))
                ):
                    person = self.canonical(name) if " " in name else self.full_name(name, at)
                    # 'Father Vasyl, the village priest,': a title before a first name introduced alone.
                    person = person if " " in person or self._introduced_alone(name, at, at + len(run)) else None
            self._persons[index] = person
        return self._persons[index]

    @cached_property
    def _apposed(self) -> frozenset[int]:
        """Where names introduced with an age or as someone's relative start ('Artem, 24,', 'His
        wife, Maria,'): a first name alone names a person there. Both patterns are rare, so they are
        looked for in the text, not at each run."""
        positions, runs, starts = self._positions, self._runs, set()
        starts.update(self._given_alone)
        for match in _AGE_AFTER.finditer(self.text):
            index = bisect_left(positions, match.start()) - 1
            # A dateline in capitals ('MOSCOW, 12 November') is no name with an age.
            if index >= 0 and positions[index] + len(runs[index][1]) == match.start() and not runs[index][1].isupper():
                starts.add(positions[index])
        for match in _COMMA_BEFORE_NAME.finditer(self.text):
            words = self.text[max(0, match.start() - 30) : match.start()].split()[-2:]
            index = bisect_left(positions, match.end())
            if index < len(positions) and positions[index] == match.end() and (
                # 'His wife, Maria,', 'A neighbour, Mykhailo,' (but 'Her village, Kamianka,' is a place)
                (len(words) == 2 and (words[0].casefold() in _RELATIVE_OWNERS or words[0] in ("A", "a", "An", "an")) and _is_person_head(words[1].casefold()))
                or _COMMA_THEN_CUE.match(self.text, match.end() + len(self._runs[index][1]))  # 'a commander, Serhiy, said'
            ):
                starts.add(match.end())
        # 'Her neighbor Viktor, a retired miner,': a relation or a role, then the first name alone
        # (a word and its comma are found first: a regex for the possessive costs ten times more).
        for match in _WORD_THEN_COMMA.finditer(self.text):
            words = self.text[max(0, match.start() - 30) : match.start()].split()[-3:]
            owner = next((i for i, w in enumerate(words[:-1]) if w in _OWNERS), None)
            if owner is not None and words[-1].islower() and _is_person_head(words[-1]):
                starts.add(match.start() + 1)
            # 'I met Lyudmyla, a retired teacher of 71,', 'Father Vasyl, the village priest,': a first
            # name with a person's description after it, or a religious title before it.
            # (Not a sentence's first word: 'Separately, the minister said' opens with an adverb.)
            # (Nor a sentence's opening preposition's object: 'On Tuesday, a soldier died', 'In Bakhmut, a medic …'.)
            opening = not words or words[-1].endswith((".", "!", "?", "”", "\"", ":")) or (words[-1].istitle() and words[-1].casefold() in lexicon.PREPOSITIONS)
            described = None if opening else _PERSON_DESCRIBED.match(self.text, match.end())
            person_described = bool(described) and _describes_person(described.group(1))
            # (A title with a determiner or an owner is a common noun, 'its Sister City, Wroclaw,', and
            # one described as no person names a thing: 'Sister Act, a musical', 'Imam Hussein, the hospital'.)
            titled = words[-1:] in (["Father"], ["Sister"], ["Brother"], ["Pastor"], ["Imam"], ["Rabbi"]) and not (
                (len(words) > 1 and words[-2].casefold() in _TITLE_DETERMINERS) or (described and not person_described)
            )
            if person_described or titled:
                starts.add(match.start() + 1)
        return frozenset(starts)

    @cached_property
    def _given_alone(self) -> frozenset[int]:
        """Where a name given alone starts: 'a lieutenant with the call sign Barmen', 'a retired
        bus driver who gave his name only as Leon'. It stands for the person the clause describes."""
        if not any(key in self.text for key in _GIVEN_ALONE_KEYS):
            return frozenset()  # most texts: the pattern is not tried
        return frozenset(match.start(1) for match in _NAME_GIVEN_ALONE.finditer(self.text))

    @cached_property
    def _apposed_names(self) -> dict[str, int]:
        """The first names introduced alone (see `_apposed`), and where first."""
        names: dict[str, int] = {}
        for start in sorted(self._apposed):
            word = _FIRST_WORD.match(self.text, start)
            if word:
                names.setdefault(word.group(), start)
        return names

    def _introduced_alone(self, name: str, at: int, end: int | None = None) -> bool:
        """Whether the first name at `at` (in a run ending at `end`) was introduced alone there or
        before: once 'Mykola, 47,', the first name is that person further on too."""
        first = self._apposed_names.get(name)
        return at in self._apposed or (first is not None and first < (end or at))

    def _known_affix(self, word: str) -> bool:
        affixes = self._by_affix if self._by_affix is not None else self._affixes()
        return "last " + word in affixes or "first " + word in affixes

    def _is_subject(self, index: int) -> bool:
        if index not in self._subject:
            at, run = self._runs[index]
            if at in self._given_alone:
                self._subject[index] = True  # 'a bus driver who gave his name only as Leon told …': Leon tells
                return True
            # 'a response from the MP Anna Whitlock, whose …': a relative clause introduces a topic.
            # Most runs follow no preposition: the clause is looked for only after one.
            after_preposition = _after_preposition(self.text, at)
            # 'according to Ms. Pardo, …. “…,” she said': the source named after 'according to' speaks.
            # 'When I put the remark to Oleksandra Movchan, an opposition MP, she laughed': the
            # description and the pronoun right after it introduce whom the text goes on with, when
            # a clause of someone else's holds the preposition ('Responding to Mark Lane, the
            # opposition leader, he said': 'he' responded, and is not Lane).
            introduced = after_preposition and (
                _INTRODUCING_RELATIVE.match(self.text, at + len(run))
                or _ACCORDING_TO.search(self.text, max(0, at - 20), at)
                or (_DESCRIBED_THEN_PRONOUN.match(self.text, at + len(run)) and _SUBORDINATE_SUBJECT.search(self.text, sentence_start(self.text, at, max(0, at - 200)), at))
                # 'The ruling was read out in full by Chief Justice Elena Moravec. She said …': a passive's agent acts.
                or _PASSIVE_AGENT.search(self.text, max(0, at - 60), at)
            )
            # 'the minister told RN Breakfast': whom a speaker tells is no subject.
            addressee = self.text[max(0, at - 6) : at] == " told "
            # 'KOSTIANTYNIVKA, Donetsk Oblast –': a dateline's region is a place.
            dateline = self.text.startswith(", ", at - 2) and _DATELINE_REGION.search(self.text, max(0, at - 40), at)
            self._subject[index] = not dateline and (not after_preposition or introduced or _after_romance_office(self.text, at)) and not addressee and not self._described(index) and not self._named_inside_relative_clause(at, run) and not _owns_object(self.text, at, run)
        return self._subject[index]

    def _named_inside_relative_clause(self, at: int, run: str) -> bool:
        # 'At the centre, which smelled of soup, Grigore Lupan, 79, sat': a name given an age after
        # the clause's closing comma is introduced as the sentence's subject, not talked about in it.
        return _in_relative_clause(self.text, at) and not _AGE_AFTER.match(self.text, at + len(run))

    def _described(self, index: int) -> bool:
        """'a Pennsylvania Republican' and 'The Ohio Republican' describe someone named elsewhere,
        and 'die Debatte von der Tribüne' is a German noun phrase, no name with a particle."""
        # Asked of a run both when full names are collected and when it is weighed as a subject.
        if index not in self._descriptions:
            self._descriptions[index] = self._reads_as_description(index)
        return self._descriptions[index]

    def _reads_as_description(self, index: int) -> bool:
        at, run = self._runs[index]
        last = run.rpartition(" ")[2].casefold()
        if last in lexicon.PARTY_MEMBERS or last[:-1] in lexicon.PARTY_MEMBERS:
            return True  # 'House Republicans' are a party's members, nobody's name
        if last.endswith("s") and last[:-1] in lexicon.PERSON_ROLES:
            return True  # 'Labour MPs', 'Democratic Senators': holders of a role, nobody's name
        article = self.text[max(0, at - 6) : at].split()[-1:]
        if not article:
            return False
        return article[0] in ("a", "an") or (article[0] in lexicon.DEFINITE and " " in run and run.split(" ")[1][:1].islower())

    def full_name(self, short: str, before: int, gender: str | None = None) -> str:
        """The full name a surname (or, failing that, a first name) was introduced with: the
        nearest earlier one, else the first later one; of that gender when a title gave one
        ('Ms. Delgado' after 'Tomás and Marisol Delgado'). A first name coordinated with a full name
        shares its surname ('Nadia and Pavel Horak')."""
        affixes = self._by_affix if self._by_affix is not None else self._affixes()
        for key in ("last " + short, "first " + short):
            names = affixes.get(key)
            if names and gender and (found := _titled_name(names, gender, before)):
                return self.canonical(found) if found.count(" ") > 1 else found
            if names:
                earlier = [name for at, name in names if at < before]
                if key[0] == "l" and len(set(earlier)) > 1 and len(set(map(self.canonical, earlier))) > 1:
                    # Relatives share a surname and are told apart by first names: the surname
                    # alone is the person the text introduced first, unless one was just named in
                    # the same paragraph ('CDU-Fraktionschef Michael Vogel … sagte Vogel').
                    last_at, last = next((at, name) for at, name in reversed(names) if at < before)
                    if "\n\n" not in self.text[last_at:before] and last.split(" ", 1)[0].casefold() not in _CUE_CANDIDATES:  # not 'Added Barrera:'
                        return self.canonical(last)
                    return self.canonical(earlier[0])
                found = earlier[-1] if earlier else names[0][1]
                return self.canonical(found) if found.count(" ") > 1 else found
        for at in self._word_starts(short):
            if sibling := _SHARED_SURNAME.match(self.text, at + len(short)):
                return f"{short} {sibling.group(1)}"
        return short

    def without_honorific(self, name: str | None, at: int) -> str | None:
        """'Ms. Russo' (a transcript's label, 'MS. RUSSO:') is the 'Nadia Russo' introduced with that
        surname; a surname never introduced in full keeps its title."""
        if name and all(word in lexicon.TITLES for word in name.split()):
            return self._titled_holder(name, at) or name  # 'SECRETARY GENERAL:' is the 'Secretary General Henrik Aalto' named before
        title, _, surname = (name or "").partition(" ")
        if title not in lexicon.TITLES or not surname or " " in surname:
            return name
        full = self.full_name(surname, at)
        return full if " " in full else name

    def _titled_holder(self, title: str, at: int) -> str | None:
        """The first full name written right after `title` before `at` ('Secretary General Henrik Aalto')."""
        for match in re.finditer(rf"\b{re.escape(title)}\s+({NAME_RUN.pattern})", self.text[:at]):
            if self.text[max(0, match.start() - 20) : match.start()].split()[-1:] and self.text[max(0, match.start() - 20) : match.start()].split()[-1] in lexicon.TITLES:
                continue  # 'Deputy Secretary General Mira Olsen' holds another office
            holder = clean_name(match.group(1))
            if holder and " " in holder and not _is_org(holder):
                return holder  # the introduction names the holder first; a question may name another one later
        return None

    def _word_starts(self, word: str) -> Iterator[int]:
        """Where `word` stands in the text at a word's start, followed by a space."""
        at = self.text.find(word + " ")
        while at >= 0:
            if at == 0 or not self.text[at - 1].isalnum():
                yield at
            at = self.text.find(word + " ", at + 1)

    def canonical(self, name: str) -> str:
        """A full name as first written with its first name and surname."""
        if name.count(" ") < 2:
            return name  # only a name with a middle part has a shorter form
        if self._canonical is None:
            self._canonical = {}
            for _, full in sorted(at_name for names in self._affixes().values() for at_name in names):
                self._canonical.setdefault((full.split(" ", 1)[0], full.rsplit(" ", 1)[1]), full)
        return self._canonical.get((name.split(" ", 1)[0], name.rsplit(" ", 1)[1]), name)

    def organisation(self, short: str) -> str:
        """The full name of an organisation a word opens ('Vantera' -> 'Vantera Energy'), else the word."""
        if short not in self._organisations:
            self._organisations[short] = self._find_organisation(short)
        return self._organisations[short]

    def _find_organisation(self, short: str) -> str:
        spelled = _spelled_out(self.text, short) if short.isupper() and len(short) >= 2 else None
        if spelled:
            return spelled  # 'the British Medical Association (BMA)' is 'the BMA' later
        for at in self._word_starts(short):
            run = NAME_RUN.match(self.text, at)
            name = clean_name(run.group()) if run else None
            if name and name.startswith(short + " ") and _is_org(name):
                return name
        if short.casefold() in _ROMANCE_ORG_HEADS:
            # 'l’Ufficio parlamentare di bilancio', 'la Federazione sindacale unitaria': Romance
            # official names go on in small letters after their head.
            for at in self._word_starts(short):
                extent = _ROMANCE_NAME_EXTENT.match(self.text, at + len(short))
                if extent and extent.group().strip():
                    return short + extent.group()
        return short

    def _affixes(self) -> dict[str, list[tuple[int, str]]]:
        if self._by_affix is None:
            self._by_affix = {}
            headline_end = self._title_case_headline_end  # 'What Moscow Actually Wants' names no one
            for index, (at, run) in enumerate(self._runs):
                if " " in run and at >= headline_end:
                    name = self._name(index)
                    owner, _, owned = (name or "").partition(" ")
                    if owner.endswith(("’s", "'s")) and " " in owned and (listed_name_gender(owned) or first_name_gender(owned)):
                        name = owned  # "Russia's Yekaterina Volodina" is Yekaterina Volodina
                    # "Pollard's Capitol office" names a place, and 'the Capitol' later is nobody's surname.
                    if (
                        name and " " in name and not name.split(" ", 1)[0].endswith(("’s", "'s")) and (not _is_org(name) or self._role_follows(at + len(run)))
                        and not self._described(index) and not (self._german and _GERMAN_ARTICLE_INSIDE.search(name))
                    ):
                        self._by_affix.setdefault("last " + name.rsplit(" ", 1)[1], []).append((at, name))
                        self._by_affix.setdefault("first " + name.split(" ", 1)[0], []).append((at, name))
                        if (sibling := _FIRST_NAME_SHARING.search(self.text, max(0, at - 30), at)) and sibling[1] not in lexicon.FUNCTION_WORDS:
                            # 'Tomás and Marisol Delgado': Tomás is a Delgado too.
                            shared = f"{sibling[1]} {name.rsplit(' ', 1)[1]}"
                            self._by_affix.setdefault("last " + name.rsplit(" ", 1)[1], []).append((sibling.start(1), shared))
                            self._by_affix.setdefault("first " + sibling[1], []).append((sibling.start(1), shared))
            parts = {key.partition(" ")[2] for key in self._by_affix}
            self._name_parts = frozenset(parts | {part + s for part in parts for s in ("’s", "'s")})
        return self._by_affix

    def _role_follows(self, end: int) -> bool:
        """'Allison Park, director of …': a name set off by a person's role is a person's, whatever
        its last word names elsewhere (a park, a square)."""
        role = _ROLE_AFTER.match(self.text, end)
        return bool(role) and role.group(1).casefold() in _PERSON_WORDS

    def mentioned_after(self, person: str, after: int, before: int) -> bool:
        """Whether `person` is named (in full, by surname or first name) between two offsets, in a
        sentence of its own: one named in the attribution of the quote at `after` ('…,' he said in
        the flat he shares with his wife, Maria) is no new speaker. The attribution's sentence runs
        from the quote's end: a sentence break inside the quoted words starts none."""
        quoted = bisect_left(self._quote_starts, after)
        said_until = self._quoted[quoted][1] if quoted < len(self._quoted) and self._quote_starts[quoted] == after else after
        for index in range(bisect_left(self._positions, before) - 1, bisect_right(self._positions, after) - 1, -1):
            name = self._name(index)
            if name and (name == person or person.endswith(" " + name) or person.startswith(name + " ")):
                at = self._positions[index]
                paragraph = self.text.rfind("\n\n", 0, at) + 1
                if paragraph > said_until:
                    return True
                # The floor is past the closing mark (sentence_start looks two characters below it):
                # the quote's own '?' or '.' ends no sentence of the attribution.
                floor = said_until + 3
                return sentence_start(self.text, at, floor) > floor
        return False

    def _people_before(self, before: int) -> tuple[list[int], list[tuple[int, int, str]]]:
        """Every run before `before` naming a person as a subject: (offset, run index, full name),
        in text order. Runs are read once, and only as far as a question has needed."""
        stop = bisect_left(self._positions, before)
        if self._people_read < stop:
            affixes = self._affixes()
            name_parts = self._name_parts
            function_words = lexicon.FUNCTION_WORDS
            introduced_alone = self._introduced_alone
            for index in range(self._people_read, stop):
                at, run = self._runs[index]
                if " " not in run:
                    # Most runs are one capitalised word ('The', 'Russia'): a person only when it is
                    # the surname or first name of a full name in the text, or a first name the text
                    # introduced alone.
                    alone = introduced_alone(run, at)
                    if run not in name_parts and not alone:
                        continue
                    word = run[:-2] if run.endswith(("’s", "'s")) else run
                    if word in function_words or ("last " + word not in affixes and "first " + word not in affixes and not alone):
                        continue
                full = self._person(index)
                if full:
                    self._people.append((at, index, full))
                    self._people_positions.append(at)
            self._people_read = stop
        return self._people_positions, self._people

    def names_someone(self, start: int, end: int) -> bool:
        """Whether a name the text gives a person in full (or its surname, or first name) stands between two offsets."""
        self._affixes()  # reads the names once, and with them their parts
        return any(run.group().split(" ", 1)[0] in self._name_parts for run in NAME_RUN.finditer(self.text, start, end))

    def named_since(self, start: int, before: int) -> bool:
        """Whether a person is named as a subject between two offsets."""
        positions, _ = self._people_before(before)
        index = bisect_left(positions, before) - 1
        return index >= 0 and positions[index] >= start

    def last_person(self, before: int, gender: str | None = None) -> str | None:
        """The most recent person named as a subject or quoted, of a compatible gender."""
        positions, people = self._people_before(before)
        end = bisect_left(positions, before)
        candidates: list[tuple[int, str, bool]] = []  # at, name, whether named there (not quoted)
        for at, index, full in people[max(0, end - 6) : end]:
            if gender and not self._hinted.get(full):
                self._hinted[full] = gender_hint(self._runs[index][1], self.text, at)
            candidates.append((at, full, True))
        candidates += [(at, s, False) for at, s, kind in reversed(self.speakers) if at < before and kind == "person"][:6]
        candidates.sort(key=lambda c: -c[0])
        introduced = self._introduced_in_paragraph(before, candidates[0][0] if candidates else -1, gender)
        if introduced:
            return introduced
        embedded = None
        for i, (at, name, named) in enumerate(candidates):
            if gender is None or self.gender_of(name) in (None, gender):
                # Someone named inside a clause ('whether Putin would meet ...') is talked about:
                # the subject of the sentence around them is the likelier antecedent.
                if not (named and (_EMBEDDING.search(self.text, max(0, at - 12), at) or _in_conditional_clause(self.text, at) or _reported_subject(self.text, at))):
                    return (gender and self._surer_in_sentence(name, at, candidates[i + 1 :], gender)) or name
                embedded = embedded or name
        if gender and not embedded:
            # Nobody recent can be 'she': the last person the text says is a woman, further back.
            earlier = [(at, full) for at, _, full in people[: max(0, end - 6)]] + [(at, s) for at, s, kind in self.speakers if at < before and kind == "person"]
            known = next((name for _, name in sorted(earlier, reverse=True) if self.gender_of(name) == gender), None)
            if known:
                return known
            # Nor anyone the text named as a subject: someone it named otherwise ('The sharpest
            # exchange came with Senator Evelyn Park. “…,” she said'), rather than the wrong gender;
            # only when the others' genders are known, not guessed from a name's ending ('Jamie').
            certain = all(self._certain_gender(name) for _, name, _ in candidates)
            if certain and (named_otherwise := self._named_otherwise(before, gender)):
                return named_otherwise
        return embedded or (candidates[0][1] if candidates else None)

    def _introduced_in_paragraph(self, before: int, last_known: int, gender: str | None) -> str | None:
        """A person the quote's paragraph introduces in full, in any role, when no subject or speaker
        stands nearer: 'The samba was written by a group led by Jorge Batista, 52. “…,” he recalled.'"""
        previous_break = self.text.rfind("\n\n", 0, before)
        paragraph = previous_break + 2 if previous_break >= 0 else 0
        if last_known >= paragraph:
            return None
        for index in range(bisect_left(self._positions, before) - 1, bisect_left(self._positions, paragraph) - 1, -1):
            at, run = self._runs[index]
            name = self._name(index) if " " in run else None
            if not name or " " not in name or _is_org(name) or _THING_OWNER_OR_THE.search(self.text, max(0, at - 5), at):
                continue
            # Only a name that opens with a first name the lists know: places and bodies read as names too.
            if not (listed_name_gender(name) or first_name_gender(name)) or (gender and self.gender_of(name) not in (None, gender)):
                continue
            # Not the one who asks ('Asked by prosecutor Luis Benavides whether …, the witness nodded.'),
            # nor a birth name ('Born Margaret Ann Lindqvist in Hibbing, she …').
            if _QUESTIONED_BY.search(self.text, max(0, at - 60), at) or not _BIRTH_NAME.isdisjoint((*self.text[max(0, at - 6) : at].split()[-1:], run.split(" ", 1)[0])):
                continue
            if self.text.find(name.rpartition(" ")[2], 0, paragraph) < 0:
                return self.canonical(name)
        return None

    def _surer_in_sentence(self, name: str, at: int, earlier: list[tuple[int, str, bool]], gender: str) -> str | None:
        """Someone earlier in the sentence that names `name`, known or guessed to be of the pronoun's gender, when
        `name`'s gender is unknown: 'Yelena Barkova also thanked Abu Dhabi. “…,” she said'."""
        if self.gender_of(name):
            return None
        opens = sentence_start(self.text, at, max(0, at - 400))
        return next((other for other_at, other, _ in earlier if other_at >= opens and self.gender_of(other) == gender), None)

    def _named_otherwise(self, before: int, gender: str) -> str | None:
        """The last full name of this gender in the few hundred characters before `before`, as a subject or not."""
        floor = bisect_left(self._positions, before - 400)
        for index in range(bisect_left(self._positions, before) - 1, floor - 1, -1):
            if " " in self._runs[index][1] and self._runs[index][0] >= self._title_case_headline_end:
                name = self._name(index)
                # ('Evelyn Park' ends in an organisation's head noun, and her first name says she is a person.)
                if name and " " in name and (listed_name_gender(name) or not _is_org(name)) and self.gender_of(name) == gender:
                    return self.canonical(name)
        return None

    def gender_of(self, name: str) -> str | None:
        """A name's gender as a title or role before it says ('Spokesman Kelly Marsh'), else a list of
        first names, else an honorific before its surname anywhere ('Mr. Caldwell'; relatives share
        surnames, so after the list), else the pronouns resolved to it so far, else its first name's
        ending: guesses learned from resolved pronouns come late, since one wrong resolution would
        otherwise decide every later one."""
        described = name.split(" ", 1)[0].casefold() in _DETERMINERS
        return self._certain_gender(name) or (None if described else first_name_gender(name))

    def _certain_gender(self, name: str) -> str | None:
        """`gender_of` but for the guess from a first name's ending."""
        if name.split(" ", 1)[0].casefold() in _DETERMINERS:
            # An unnamed speaker ('a Democratic congressman') has a role, not a first name, to tell.
            return self.genders.get(name) or _description_gender(name.rpartition(" ")[2].casefold())
        return self._hinted.get(name) or listed_name_gender(name) or self._honorific_genders.get(name.rpartition(" ")[2]) or self.genders.get(name)

    @cached_property
    def _honorific_genders(self) -> dict[str, str]:
        """Surname -> gender, from the honorifics the text puts before surnames ('Mr. Kuehl', 'Ms. Crane');
        a surname given both is left out (relatives share it)."""
        found: dict[str, str] = {}
        for match in _HONORIFIC.finditer(self.text):
            gender = "m" if match.group(1) == "r" else "f"
            found[match.group(2)] = gender if found.get(match.group(2), gender) == gender else "?"
        return {surname: gender for surname, gender in found.items() if gender != "?"}

    def capitalised_inside(self, word: str) -> bool:
        """Whether the text capitalises `word` inside a sentence too, as a name ('Reports show …' alone
        does not). Asked once per word."""
        if word not in self._capitalised:
            self._capitalised[word] = re.search(rf"[a-z,] {re.escape(word)}\b", self.text) is not None
        return self._capitalised[word]

    def add_speaker(self, at: int, speaker: str, kind: str) -> None:
        self.speakers.append((at, speaker, kind))


_ACRONYM_FILLERS = frozenset("of for the and on & und für der die des et de du la le e di del della y i van voor het".split())


def _spelled_out(text: str, acronym: str) -> str | None:
    """The name an acronym is introduced after, in brackets: 'the British Medical Association (BMA)';
    without brackets, a name the text spells whose initials it is ('the European People’s Party …
    The EPP insists')."""
    at = text.find(f" ({acronym})")
    if at < 0:
        return _name_with_initials(text, acronym)
    words = text[max(0, at - 120) : at].split()
    initials = []
    for index in range(len(words) - 1, -1, -1):
        if words[index].casefold() in _ACRONYM_FILLERS and initials:
            continue
        if not words[index][:1].isupper():
            return None
        initials.insert(0, words[index][0])
        if len(initials) == len(acronym):
            return " ".join(words[index:]) if "".join(initials) == acronym else None
    return None


_COMPOUND_MODIFIER = re.compile(r"[^\W\d_]{2,}-[a-z]")


_NAME_PREFIXES = frozenset("Umm Abu Bin Ibn Al El Ould Don Doña Dona Sri Mar Sant Santa San".split())  # 'Umm Ahmed Shamala' is her name


def _listed_unaccented(word: str) -> str | None:
    """`listed_name_gender` of a word with its accents taken off: 'Antônio' is the listed 'Antonio'."""
    return listed_name_gender(unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode())


def _may_be_first_name(word: str) -> bool:
    """A listed first name, accents aside ('Antônio'), an initial or abbreviation ('S.', 'K', 'St.'), or a word ending as
    Romance and Slavic first names do ('Márcia', 'Mario'): kept before a second first name."""
    return bool(_listed_unaccented(word)) or len(word.rstrip(".")) == 1 or word.endswith(("a", "o", "."))


@lru_cache(maxsize=1 << 16)
def clean_name(run: str) -> str | None:
    """A capitalised run without the sentence-initial words and titles before the name. Cached:
    the same runs recur within a text and across texts."""
    words = _name_extent([w for w in run.replace("\t", " ").split(" ") if w])
    if len(words) > 2 and (_is_acronym(words[0]) or words[0].endswith(("’s", "'s"))) and words[1] in lexicon.TITLES:
        words = words[1:]  # 'NATO Secretary General Mark Rutte', "Russia's Foreign Minister Sergey Lavrov"
    while len(words) > 1 and (
        words[0] in lexicon.FUNCTION_WORDS
        or words[0].casefold() in _LEADING_WORDS
        or words[0].casefold() in lexicon.POSSESSIVES
        or words[0].casefold() in lexicon.POSSESSIVE_GENDER
        or words[0] in lexicon.TITLES
        or (len(words[0]) > 5 and lexicon.TITLE_SUFFIX.search(words[0]))
        or (len(words) >= 3 and lexicon.ROLE_NOUN.fullmatch(words[0]) and words[1][:1].isupper())  # not 'Pieter van der Laan'
        or words[0].casefold() in lexicon.PERSON_NOUNS
        or (words[0] == "of" and len(words) > 2 and words[1] in lexicon.TITLES)  # 'Secretary of State Marco Rubio'
        or _COMPOUND_MODIFIER.match(words[0])  # "Bake-off Kerry Lomax": no name goes on in lower case after a hyphen
    ):
        words = words[1:]
    # 'House Minority Leader Andrea Collins': a title inside the run ends what comes before the name;
    # so does one right before a surname after a word of the office ('Majority Leader Whitaker').
    title = max((i for i, w in enumerate(words[:-1]) if w in lexicon.TITLES and (i < len(words) - 2 or (i >= 1 and w in _OFFICE_NOUNS))), default=-1)
    words = words[title + 1 :]
    # What a title governs stands between it and the name: 'ЄС Кая Каллас', 'Кремля Дмитро Пєсков'.
    while len(words) > 2 and (_is_acronym(words[0]) or _oblique_office(words[0])):
        words = words[1:]
    first_listed = next((i for i in (1, 2) if len(words) - i >= 2 and listed_name_gender(words[i])), None) if len(words) >= 3 else None
    if first_listed and not any(_may_be_first_name(w) or w in _PARTICLE_WORDS or w in _NAME_PREFIXES for w in words[:first_listed]):
        words = words[first_listed:]  # 'Movimento 5 Stelle Giulia Ferraresi': the party's last word before her first name
    if words and words[-1] in _TITLES_CUT_OFF:
        return None  # 'Texas Gov. Dale Whitcomb': the run before the title's full stop
    if not words or (len(words) == 1 and (words[0] in lexicon.FUNCTION_WORDS or words[0] in lexicon.TITLES or words[0].casefold() in _POSSESSIVE_WORDS or words[0].casefold() in _LEADING_WORDS)):
        return None  # 'Outside, resident Pádraig Daly said': an adverb opening the sentence
    if len(words) > 1 and words[-2].endswith(("’s", "'s")) and _COMPOUND_MODIFIER.match(words[-1]):
        return None  # "Delacroix-Pike’s Michelin-starred restaurant": an owner and what their thing is like
    if len(words) > 2 and words[-1].rstrip(".,") in _POST_NOMINALS:
        words = words[:-1]  # 'Daniel Osei KC': an honour or a rank at the bar is no part of the name
    affiliation = next((i for i in range(2, len(words) - 2) if words[i] == "van" and words[i + 1][:1].isupper() and words[i + 2][:1].isupper()), None)
    if affiliation:
        words = words[:affiliation]  # 'Ahmed El Amrani van Lokaal Zuiderveen': his party, not 'Marieke van Dijk'
    name = " ".join(words).rstrip(".")
    if name.endswith(("’s", "'s")):
        name = name[:-2]
    return name


# Titles that name an office themselves, not a word of one ('Defence', 'First'): 'Majority Leader Whitaker'.
_OFFICE_NOUNS = frozenset("Leader Speaker Secretary Minister Chairman Chairwoman Governor Mayor Senator Commissioner Chancellor President Ambassador Envoy".split())
_POST_NOMINALS = frozenset("KC QC SC OBE MBE CBE KBE DBE PhD".split())


def _name_extent(words: list[str]) -> list[str]:
    """The words of a run that can belong to one name. A possessive after a full name ends it
    ("Anne Marie Castellano's Senate office"); a particle ends it before an acronym or a word
    capitalised inside ('Kees de Wit van de SP', 'Lotte Dijkstra van GroenLinks-PvdA'): a
    surname after 'van' or 'de' is written as a word, a party or a company is not."""
    for index, word in enumerate(words[:-1]):
        owner_is_person = not _is_acronym(words[0]) and word[:-2].casefold() not in lexicon.PERSON_ROLES
        if index >= 1 and index == len(words) - 2 and word.endswith(("’s", "'s")) and words[-1] not in lexicon.TITLES and owner_is_person:
            return words[: index + 1]
        if index >= 1 and word in _PARTICLE_WORDS:
            following = next((w for w in words[index + 1 :] if w not in _PARTICLE_WORDS), "")
            if _is_acronym(following) or _CAMEL_CASE.search(following):
                return words[:index]
    return words


def _oblique_office(word: str) -> bool:
    """A Russian or Ukrainian office noun in an oblique case ('Кремля', 'Міністерства'), or a
    country in the genitive ('Украины', 'України'): no first name ends that way."""
    folded = word.casefold()
    cyrillic = "а" <= folded[:1] <= "я" or folded[:1] in ("і", "ї", "є", "ґ")
    if cyrillic and len(folded) > 4 and folded[-1] in ("ы", "и"):
        return True
    return folded not in lexicon.ORG_HEADS and bool(_ORG_STEMS.get(folded) or _ORG_STEMS.get(folded[:-1]))


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def _name_with_initials(text: str, acronym: str) -> str | None:
    if not 2 <= len(acronym) <= 6 or not acronym.isalpha():
        return None
    pattern = r"\s+(?:(?:of|for|the|and|on|&)\s+)*".join(rf"{letter}[\w’'-]*" for letter in acronym)
    for found in re.finditer(rf"(?<![\w-]){pattern}(?![\w-])", text):
        first = found.group().split(" ", 1)[0]
        # Not 'In September' for 'IS', nor a headline's 'Ukraine Says' for 'US'; three initials that
        # match are rarely chance ('the Health Service Executive' … 'The HSE said').
        # An event's name is not the body's ('the Republican National Convention' … 'The RNC said').
        spelled = len(acronym) >= 3 and found.group().rpartition(" ")[2].casefold() not in _EVENT_NOUNS
        if " " in found.group() and first not in lexicon.FUNCTION_WORDS and (spelled or _is_org(found.group())):
            return found.group()
    return None


_EVENT_NOUNS = frozenset("convention conventions election elections championship championships festival tournament olympics exhibition expo".split())


def gender_hint(run: str, text: str, at: int) -> str | None:
    """The gender a title or role word before a name says: 'Mrs', 'spokeswoman', 'Moderatorin'."""
    words = run.split(" ")
    for index, word in enumerate(words[:-1]):
        # A role word stands before the first name: 'Moderatorin Ulrike Hahn', not 'Albin Kurteshi'.
        role = index < len(words) - 2 and word not in lexicon.FUNCTION_WORDS and lexicon.FEMALE_ROLES.search(word)
        if word in lexicon.FEMALE_TITLES or role:
            return "f"
        if word in lexicon.MALE_TITLES:
            return "m"
    before = text[max(0, at - 25) : at].rstrip(" ,")
    # The role patterns are anchored at the end and span at most two words ('la ministre'), so a
    # search from the last two words finds what one over the whole stretch does, for a fraction of
    # the cost (their `\w+in` alternatives backtrack at every word). A longer role needs more here.
    last_two = before.rfind(" ", 0, max(0, before.rfind(" "))) + 1
    if before and lexicon.FEMALE_ROLES.search(before, last_two):
        return "f"
    if before and lexicon.MALE_ROLES.search(before, last_two):
        return "m"
    # An appositive role after the name: 'Jordan Pike, a spokesman for the campaign,'.
    role = _ROLE_AFTER.match(text, at + len(run))
    if role and lexicon.FEMALE_ROLES.search(role.group(1)):
        return "f"
    if role and lexicon.MALE_ROLES.search(role.group(1)):
        return "m"
    return None


def listed_name_gender(name: str) -> str | None:
    first = name.split(" ", 1)[0].casefold()
    return "m" if first in lexicon.MALE_FIRST_NAMES else "f" if first in lexicon.FEMALE_FIRST_NAMES else None


def first_name_gender(name: str) -> str | None:
    first = name.split(" ")[0].casefold()
    if first in lexicon.MALE_NAMES_IN_A:
        return "m"  # listed because they look feminine: 'Mykola' is no antecedent of 'she'
    if first in lexicon.NAMES_IN_A_OF_EITHER_GENDER:
        return None
    if first.endswith(("a", "я")):
        return "f"
    if first in lexicon.MALE_NAMES_IN_IE:
        return "m"
    if first.endswith(("ine", "ette", "elle", "ie", "eike", "ieke", "auke")):
        return "f"
    # 'Elke', 'Anke' are women's names; 'Mike', 'Luke', 'Blake' men's: a vowel before the k says nothing.
    if first.endswith("ke") and len(first) > 2 and first[-3] not in _VOWELS:
        return "f"
    return None


@lru_cache(maxsize=1 << 16)
def _is_org(name: str) -> bool:
    last = name.rpartition(" ")[2].casefold()
    if last in lexicon.ORG_HEADS or lexicon.ORG_SUFFIX.search(last) or name.isupper() and len(name) <= 6:
        return True
    words = name.split(" ")
    if len(words) > 2 and _OF_IN_ORGANISATION_NAMES.intersection(words[1:4]) and words[0].casefold() in lexicon.ORG_HEADS | _ROMANCE_ORG_HEADS:
        return True  # Romance names open with their head: 'Festival de Port-Lerac', 'Tribunal Regional Eleitoral do Paraná'
    if len(words) > 1 and "а" <= words[0][:1].casefold() <= "я" and words[0].casefold() in lexicon.ORG_HEADS:
        return True  # so do Russian and Ukrainian ones: 'МИД Швейцарии', 'Міністерство оборони'
    if len(words) > 1 and lexicon.ORG_SUFFIX.search(words[0].casefold()):
        return True  # and German ones: 'Gewerkschaft Erziehung und Wissenschaft', 'Bundesamt für Migration'
    return any(lexicon.OBLIQUE_CASE.search(word) for word in name.split(" "))


# Words and endings Spanish, Italian and French do not have.
_PORTUGUESE_WORDS = re.compile(r"(?i:\b(?:não|uma|pelo|pela|ao|aos|em|também|disse|muito|são)\b|ção|ões)")
_OF_IN_ORGANISATION_NAMES = frozenset("de du des di del della dello dei degli do da dos das".split())
_ROMANCE_ORG_HEADS = frozenset(
    """festival banco banque banca instituto institut istituto tribunal tribunale consejo conseil consiglio conselho
    ayuntamiento comune câmara prefeitura mairie agence agencia agenzia agência fondation fundación fondazione fundação
    asociación association associazione associação sindicato syndicat sindacato universidad université università universidade
    partido parti partito cámara chambre camera ordem orden ordre colegio collège
    ufficio commissione federazione ministero comisión federación ministerio oficina servicio autoridad
    commission fédération ministère office autorité comissão federação ministério serviço autoridade""".split()
)
# The small-letter adjectives and the complement that follow a Romance organisation's head.
_ROMANCE_NAME_EXTENT = re.compile(
    r"(?:\s+[a-zà-ÿ]{3,}(?:ale|ali|are|ari|aria|ario|ica|ico|ese|ana|ano|iva|ivo|ile|ente|ea|eo|ina|ino|ista|al|ais|aise|el|elle|ique|aire|ien|ienne|ier|ière|eira|eiro|oma|omo))"
    r"{1,2}(?:\s+(?:di|de|del|della|do|da|des|du)\s+[a-zà-ÿ]{4,}\b)?(?=[\s,.;:(])"
)
# (not 'leader '); a lower-case owner marks a thing too: 'in the city’s Old Quarter'.
_ARTICLE_BEFORE_THING = re.compile(r"(?<!\w)(?:the|der|die|das|dem|den|des|ein|eine|einen|einem|einer|eines|(?<!\S)[a-z]+[’']s) $")
_THING_OWNER_OR_THE = re.compile(r"(?<!\w)(?:the|(?<!\S)[a-z]+[’']s) $")


# 'the charity Homes First', 'a consultancy Bright Path': a common noun names what kind of body follows
# (not 'the company CEO Tim Cook': a title; not 'the publisher Rupert Murdoch' nor 'the broadcaster
# Emily Maitlis': those are people too).
_ORGANISATION_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an)\s+(?:[\w-]+\s+)?(?:charity|company|firm|think[- ]tank|organi[sz]ation|union|bank|newspaper|website|agency"
    r"|start-?up|foundation|NGO|consultancy|lobby|magazine|retailer|airline|insurer|manufacturer"
    r"|pressure group|campaign group|advocacy group|lobby group|trade body|trust|alliance|coalition|party|movement|bloc)\s+$"
)


def _organisation_noun_before(text: str, at: int) -> bool:
    """Whether the word before `at` is one the regex would need to try: most words are not."""
    before = text[max(0, at - 16) : at].rstrip().rpartition(" ")[2].casefold()
    return before in _ORGANISATION_KIND_NOUNS and bool(_ORGANISATION_NOUN_BEFORE.search(text, max(0, at - 40), at))


_ORGANISATION_KIND_NOUNS = frozenset(
    """charity company firm tank think-tank organisation organization union bank newspaper website agency startup
    start-up foundation ngo consultancy lobby magazine retailer airline insurer manufacturer
    group body trust alliance coalition party movement bloc""".split()
)


def _definite_place(text: str, at: int, run: str, name: str) -> bool:
    """'Before he left the East Room', 'das Thema Sonderfonds': English and German put no article
    before a person's name, only before a place's or a thing's (a title before the name, 'the late
    President X', 'der Kanzler Olaf Wendt', is no part of `name`)."""
    article = run.startswith("The ") or bool(_ARTICLE_BEFORE_THING.search(text, max(0, at - 7), at))
    return article and run.endswith(name) and len(name.split()) == len(run.split()) - run.startswith("The ")


def _in_conditional_clause(text: str, at: int) -> bool:
    """'Asked whether she would support Tate if …, she paused': a name in a clause 'whether' or
    'if' opens, further back in the same stretch between commas, is talked about."""
    window = text[max(0, at - 60) : at]
    if "whether " not in window and "if " not in window:
        return False
    clause = re.split(r"[,;:.!?\n“”\"]", window)[-1]
    return " whether " in f" {clause}" or " if " in f" {clause}"


_RELATIVE_OPENING = re.compile(r", (?:who|whom|which) [^.;:!?“”\"\n]*$")


def _in_relative_clause(text: str, at: int) -> bool:
    """'Ashby, who has avoided criticizing Tate, fired back', 'Marchetti, who runs a restaurant in
    Paramus, New Jersey, told': a name inside a relative clause (a place in it may have a comma of
    its own) is talked about; the clause's antecedent is the sentence's subject."""
    opening = text.rfind(", wh", max(0, at - 100), at)
    if opening < 0:
        return False
    relative = _RELATIVE_OPENING.search(text, max(0, at - 100), at)
    return bool(relative) and relative.group().count(",") <= 2


def _owns_object(text: str, at: int, run: str) -> bool:
    """'… would back Pryce’s amendment': a possessive right after a verb owns its object, and its
    owner is nobody the next pronoun refers to."""
    if not run.endswith(("’s", "'s")):
        return False
    before = text[max(0, at - 20) : at].split()[-1:]
    # But 'The speech was Cole’s second': a copula's complement is about its owner.
    return bool(before) and before[0].isalpha() and before[0].islower() and before[0] not in lexicon.CONJUNCTIONS and before[0] not in lexicon.PASSIVE_AUXILIARIES


def _after_preposition(text: str, at: int) -> bool:
    """A name right after a preposition ('in Kyiv', 'of the Energy Watch') or a possessive ('whose
    Patriotic Bloc') is not a subject."""
    before = text[max(0, at - 24) : at]
    before = before[before.rfind("\n") + 1 :].split()  # a headline's last word is no preposition of the next line
    if before and before[-1].rstrip(".") in _TITLE_ABBREVIATIONS:
        before.pop()  # 'voted for Mr. Hale': the title's period ends the run before the name
    if before and before[-1].casefold() in lexicon.POSSESSIVES:
        return True
    if before and before[-1].casefold() in _DETERMINERS:
        before.pop()
        if before and before[-1] == "a":
            return True  # 'a la Cadena SER': no English article stands before another one
    if before and before[-1] in _LIST_JOINERS:
        # 'for Moscow, Ankara and Abu Dhabi': the last item of a list after a preposition.
        items = text[max(0, at - 80) : at].split()[:-1]
        while items and (items[-1][:1].isupper() or items[-1] in _LIST_JOINERS):
            items.pop()
        return bool(items) and items[-1].casefold() in lexicon.PREPOSITIONS
    return bool(before) and before[-1].casefold() in lexicon.PREPOSITIONS


def _after_elided_office(text: str, at: int) -> bool:
    """Whether `at` follows an office and an elided 'of the' ('il ministro dell’Economia Gino
    Rossi'): the capitalised words there open with the office's field, then the name."""
    if text[at - 1] not in "’'":
        return False
    words = text[max(0, at - 40) : at - 1].split()[-2:]
    return len(words) == 2 and _elided_preposition(words[1].casefold()) and (words[0].casefold() in lexicon.PERSON_ROLES or bool(lexicon.TITLE_SUFFIX.search(words[0])))


def _elided_preposition(stem: str) -> bool:
    """Whether a word cut before a vowel is a preposition with its article ('dell’', 'all’',
    'nell’') or French 'd’': 'a margine di un convegno dell’Abi' names a host, not a speaker."""
    return stem == "d" or (len(stem) > 2 and stem + "a" in lexicon.PREPOSITIONS)


# A sentence break: . ! ? … (and a closing quote) then space, except after a title, a common
# abbreviation or an initial. Matched at a mark; the space is looked for before the look-behinds
# (one per length of abbreviation) are tried.
_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Prof", "Jr", "Sr", "dr", "gen", "prof", "Lt", "Col", "Capt", "Sgt", "Cpl", "Maj", "Adm", "Brig", "Gov", "Pres", "No", "Nr", "vs", "etc", "U.S", "U.K", "U.N", "E.U", "a.m", "p.m")
_SENTENCE_BREAK = re.compile(
    # A capital and a period is an initial ('John F. Kennedy'), but not the platform X ('in a post on X. Its').
    r"[.!?…](?=[\"”’»]?\s)(?:(?<!\b[A-Z]\.)|(?<= on X\.)|(?<= via X\.)|(?<= auf X\.)|(?<= sur X\.)|(?<= su X\.)|(?<= en X\.)|(?<= w X\.)|(?<= no X\.)|(?<= na X\.))"
    + "".join(rf"(?<!\b(?:{'|'.join(map(re.escape, same))})\.)" for _, same in groupby(sorted(_ABBREVIATIONS, key=len), key=len))
    + r"[\"”’»]?\s+"
)
_THAT = re.compile(r"(?:\bthat|\bdat|\bdass|\bque|\bche|\bчто|\bщо|\bże)\s*$")
_LEAD = re.compile(r"[\s,;:]*(?:(?P<dash>[—–-]+)\s*)?")
# An object pronoun before the verb of an incise: '—Está alta —le dice', '« … », lui répond-elle'.
_CLITIC = re.compile(r"(?:le|les|me|te|se|nos|lui|leur|gli|mi|ti|ci|vi)\s+")
# 'was read out in full by Judge X': who acts in a passive is named after 'by'.
_PASSIVE_AGENT = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:read|delivered|given|made|signed|written|issued|presented|announced|chaired|led)(?:\s+(?:out|aloud|in full|in person)){0,2}\s+by\s+(?:the\s+)?$")
_BYLINE_WORDS = ("By ", "Par ", "Por ", "Von ", "Di ", "Door ")  # a line 'By Jane Roe', 'Par Camille Roussel'
# 'en el que', 'dans lequel', 'in cui', 'no qual': a relative after a preposition, whose clause has the main clause's subject.
_RELATIVE_AFTER_PREPOSITION = re.compile(
    r"\b(?:en|con|por|em|no|na|com|nel|nella)\s+(?:el|la|los|las|lo|o|a|os|as|il)\s+(?:que|qual|quale|cual)\s+$|\b(?:dans|par|avec)\s+(?:lequel|laquelle)\s+$|\b(?:in|con|per)\s+cui\s+$",
    re.IGNORECASE,
)
_CLITIC_IN_INCISE = re.compile(rf"[—–]\s*{_CLITIC.pattern}$")
_GERMAN_SO = re.compile(rf"so\s+({NAME_RUN.pattern})")
_INVERTED_PRONOUN = re.compile(r"-(?:t-)?(il|elle|ils|elles)\b")
# A title's abbreviation ends no clause: 'M. Barrot', 'said Rep. Jane Doe'.
_TITLE_ABBREVIATIONS = ("Mme", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Capt", "Sgt", "Cpl", "Maj", "Adm", "Brig", "Prof")
# Abbreviated titles no surname is spelled like ('Sen' is: Amartya Sen).
_TITLES_CUT_OFF = frozenset(_TITLE_ABBREVIATIONS) - {"Sen"}
_OPENING_CONJUNCTIONS = frozenset("But And Yet".split())
_TITLE_BEFORE_NAME = re.compile(rf"(?:{'|'.join(_TITLE_ABBREVIATIONS)})\.\s+")
_WHAT_APPOSED = re.compile(r"\b(?:what|which)\s+(?:one|an?|the)\s+[^,.;“”\"]{1,40},\s+([^,.;“”\"]{3,100}),\s*$")
_WHAT_PRONOUN = re.compile(r"\b(?:what|which)\s+(he|she|it|they|we|(?:one|an?|the)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*|[a-z][\w-]*s|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?:\s+[a-z]+ly)?\s*$")
_TITLE_ABBREVIATION = re.compile(rf"^(?:{'|'.join(_TITLE_ABBREVIATIONS)})\.\s+")
# The period is matched before the look-behinds (which then end with it), so they are tried at
# periods only, not at every character.
_CLAUSE_BREAK = re.compile(
    r"[,;!?\n(]|\.(?<!\b[A-ZÀ-ÞА-Я]\.)"
    + "".join(rf"(?<!\b(?:{'|'.join(same)})\.)" for _, same in groupby(sorted(_TITLE_ABBREVIATIONS, key=len), key=len))
    + r"|\s?[—–]"
)
_PART_OF = re.compile(r"(?i)\b(?:one|two|some|many|several|each|most|none|any|один|одна|одно|uno|una|un|une|einer|eine)\s+(?:of|de|di|von|из|з)\s+\w+(?:\s+\w+)?$")
# 'according to a statement from the ministry', 'según un comunicado del ministerio': the issuer speaks.
_DOCUMENT_SOURCE = re.compile(
    rf"(?i)^\s*(?:an?|the|its|their|un|una|une|le|la|el|ein|eine|einer|einem|il|lo|um|uma|o)\s+(?:[a-z]+\s+)?"
    rf"(?:{'|'.join(sorted(lexicon.DOCUMENT_NOUNS))})\s+(?:(?:by|from|of|de|des|von|di)\s+)?"
)
# A contracted preposition and article before an issuer, as the article alone: 'del ministerio' is 'el ministerio'.
_CONTRACTED_ARTICLES = {"del": "el", "du": "le", "della": "la", "dello": "lo", "do": "o", "da": "a", "dem": "der", "vom": "der"}
_QUOTE_MARKS = "“”„«»‹›‘’‚\"'"
_SOURCE_BREAK = re.compile(r"[,:;()“”«»„\"]")
_ONE_OF_THEM = re.compile(r"(?i)(?:one|two|some|один|одна) (?:of|из) (?:them|them,|the people|них)$")
_POST_MODIFIER = re.compile(r"[a-z]+(?:ed|ing)")
_ROMANCE_PARTICIPLE = re.compile(r"[a-zà-ú]{2,}(?:ad[oa]s?|id[oa]s?|at[oa]|it[oa]|ée?s?)")  # 'una fonte ouvida pelo jornal
# A first name alone before a full name it shares the surname of: 'Tomás and ' before 'Marisol Delgado',
# opening its clause (after no word, so not the end of a longer name) and not the last items of a
# list: 'Moscow, Ankara and Abu Dhabi'.
_FIRST_NAME_SHARING = re.compile(rf"(?<![\w’'.,-] )(?<![\w’'-])({_NAME_WORD}) (?:and|und|et|e|y|и|і|та) $")
_SHARED_SURNAME = re.compile(rf"\s+(?:and|und|et|e|y|и|і|та)\s+{_NAME_WORD}[ \t]+({_NAME_WORD})(?![\w’'-])")
_LOCATIVE_PREPOSITIONS = ("у", "в", "во")
_LOCATIVE_SOURCE = re.compile(rf"\s+((?:{'|'.join(_LOCATIVE_PREPOSITIONS)})\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)(?=\s*[.,;!?]|\s*$)")
_LOCATIVE_REPORT = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:{'|'.join(map(str.capitalize, _LOCATIVE_PREPOSITIONS))})\s+((?:[^\s,.]+\s+){{1,6}}?)[а-яіїєґё]+ли\b"
    # or the verb first, closing a sentence: '…, повідомили в Міністерстві енергетики.'
    rf"|\b[а-яіїєґё]+ли\s+(?:{'|'.join(_LOCATIVE_PREPOSITIONS)})\s+([{_UPPER}][^\s,.]*(?:\s+[^\s,.]+){{0,3}})(?=[.,;])",
    re.MULTILINE,
)
_ADJECTIVE_NOMINATIVE = re.compile(r"ому$")
# Cyrillic office nouns by stem: a case ending replaces the final vowel ('прокуратур-е') or follows a consonant ('штаб-і').
_ORG_STEMS = {(word[:-1] if word[-1] in "аояеіиь" else word): word for word in lexicon.ORG_HEADS if "а" <= word[0] <= "я" or word[0] in "іїєґ"}
# 'Artem, 24,', 'Oleksandr, a 34-year-old drone operator' (not 'On Tuesday, 14 people', 'Kharkiv, 30 km
# from the border': a count of something).
_AGE_AFTER = re.compile(r",\s+(?:an?\s+)?\d{1,3}(?:-year-old\b|\b(?!\s*%|[ \t]+(?!(?:years?|yrs?|ans|anni|años|anos|Jahre|лет|года|год|роки|років|рік)\b)[a-zа-яіїє]))")
_DATELINE_REGION = re.compile(r"(?:^|\n)[A-ZÀ-ÝА-ЯІЇЄ][A-ZÀ-ÝА-ЯІЇЄ'’. -]{2,}, $")
_WORD_THEN_COMMA = re.compile(r" [A-Z][\w’'-]*,")
_FIRST_WORD = re.compile(r"[\w’'-]+")
_PERSON_DESCRIBED = re.compile(r"\s+(?:an?|the)\s+((?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*)")
_COORDINATED_SEGMENT = re.compile(r"(?:and|or|nor|plus)\b")  # '…, and her husband,'
_NOUN_PHRASE_ENDS = lexicon.RELATIVES | lexicon.PREPOSITIONS | lexicon.CONJUNCTIONS | {"where", "whose", "that"}
_VERBS_AFTER_SUBJECT = lexicon.AUXILIARIES | frozenset(lexicon.PASSIVE_AUXILIARIES) | {"will", "can", "has", "had", "have"}
_TITLE_DETERMINERS = lexicon.DEFINITE | lexicon.INDEFINITE | lexicon.POSSESSIVES | {"her"}
_OWNERS = frozenset("His Her Their My Our his her their my our".split())
_COMMA_BEFORE_NAME = re.compile(rf",\s+(?=[{_UPPER}][\w’'-]*,)")  # a single name set off by commas
_RELATIVE_OWNERS = lexicon.POSSESSIVES | {"her"}  # 'His wife, Maria,'
_MENTION_EDGES = " ,;:—–-\n" + _QUOTE_MARKS
# A description with an article, then a full name, set off by commas: ', der Steuerberater Uwe Krämer,'.
_ARTICLE_WORDS = "|".join(sorted(w for w in lexicon.DEFINITE if w.isalpha()))
_DESCRIBED_NAME = re.compile(rf",\s+(?:{_ARTICLE_WORDS})\s+(?:[^\W\d_]+\s+)??({NAME_RUN.pattern}),")
_GROUP_PARTS = frozenset("Many Some Most Several All Both".split())
_PERSON_WORDS = lexicon.PERSON_ROLES | lexicon.PERSON_NOUNS | lexicon.PARTY_MEMBERS  # "fellow Republican Jane Doe"
_ROLE_BEFORE_NAME = re.compile(rf"(?:[ \t]+[a-z][\w-]*){{0,2}}[ \t]+([a-z][\w-]*)[ \t]+({NAME_RUN.pattern})")
# 'former Ohio Gov.': a state or a country may stand between 'former' and the title.
_FORMER_TITLE = re.compile(r"\b(?:[Ff]ormer|then-|ex-|[Ll]ate)\s*(?:[A-Z][\w.]*\s+){0,2}$")
# A role's abbreviated title before a name: 'Gov. Alicia Moreno' is the governor.
_TITLE_FORMS = {
    "governor": ("Gov",), "senator": ("Sen",), "representative": ("Rep",), "congressman": ("Rep",), "congresswoman": ("Rep",),
    "general": ("Gen",), "professor": ("Prof",), "colonel": ("Col",), "captain": ("Capt",), "lieutenant": ("Lt",),
}
_HONORIFIC = re.compile(r"(?<![\w.])M(r|rs|s)\.?[ \t]+([A-Z][\w’'-]+)")
# A definite role opening a sentence or its main clause, then a verb: 'the president handed', ', the governor closed'.
# An aside may stand between them: 'The governor, for her part, ended'.
_SUBJECT_ROLE = re.compile(
    r"(?:^|(?<=[.!?,]\s)|(?<=[.!?][”\"]\s))([Tt]he\s+(?:[A-Z][\w.-]*\s+)?([a-z-]+))(?:,[^,.;“”\"]{1,30},)?\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b", re.M
)
# The full name a role's subject is given in apposition: 'The owner, Catriona Vass, is …'.
_APPOSED_FULL_NAME = re.compile(rf",\s+({NAME_RUN.pattern}),")
# An appositive role after a name, its head word captured: 'Allison Park, director of', 'Jordan Pike, a spokesman,'.
# (Not a relative clause: 'Oksana Demchuk, whose husband, a border guard,' is no husband.)
_ROLE_AFTER = re.compile(r",\s+(?!(?:whose|who|whom|which)\b)(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?([a-z]+)\b(?=\s+(?:of|for|at)\b|,)")
_COMMA_THEN_CUE = re.compile(r",\s+(?:said|says|told|added|recalled|explained)\b")
# A run, then one or two lower-case role words and a name set off by commas.
_ROLE_THEN_NAME = re.compile(rf"(?:\s+(?![{_UPPER}])[^\W\d_][\w’'-]*){{1,2}},\s+({NAME_RUN.pattern}),")
# 'the chairman, Sen. X (R-Miss.),': a title, a blanked party tag; 'His challenger, state treasurer X,': a role.
_DESCRIPTION_THEN_NAME = re.compile(rf"[^,.:;]{{0,60}},\s+(?:(?!(?:who|whom|whose|which|that)\b)[a-z][\w-]*\s+){{0,2}}(?:{_TITLE_BEFORE_NAME.pattern})?({NAME_RUN.pattern})[ \t]*,")
_OWNED_NAME = re.compile(rf"(?:\s+(?![{_UPPER}])[^\W\d_][\w’'-]*){{0,3}}(,?)\s+({NAME_RUN.pattern})")
# 'the senator from Ohio, Republican Mark Dellinger': a place may stand between the role and the name.
_ROLE_COMPLEMENT = rf"(?:\s+(?:from|of|for)\s+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})*(?=,))?"
_NAME_AFTER_ROLE = re.compile(rf"[ \t]+({NAME_RUN.pattern})")
_ROMANCE_OF = frozenset("di de da do del della".split())
_ROMANCE_FIELD_THEN_NAME = re.compile(rf"(?:\s+(?:{'|'.join(_ROMANCE_OF)})\s+|\s+dell[’'])(?:[a-zà-ú]+\s+){{0,2}}?({NAME_RUN.pattern})")  # 'dell’Interno'
_APPOSITIVE_NAME = re.compile(rf"{_ROLE_COMPLEMENT},?[ \t]*({NAME_RUN.pattern})")  # on the same line: not a dateline under a headline
_SENTENCE_SPLIT = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"”’»]))\s+|\n\s*\n")
_FEMININE_PAST = re.compile(r"[а-яёіїє]+(?:ла)")
_MASCULINE_PAST = re.compile(r"[а-яёіїє]+(?:л|в)")
# A window before a quote ends where its mark stands.
_COMPLEMENT = re.compile(rf"(?:\s+(?:an?|the))?\s*(?:[{_QUOTE_MARKS}]|$)")
_THAT_AFTER = re.compile(r"[\s,]*(?:that|dat|dass|que|che|что|що|że)\b")
_NEW_CLAUSE = re.compile(r"(?i),\s+(?:but|while|whereas|yet|mais|tandis|aber|doch|während|pero|mientras|ma|mentre|mas|но|але)\s")
_EMBEDDING = re.compile(rf"\b(?:{'|'.join(lexicon.SUBORDINATORS)})\s+$")
_REPORTING_VERB_BEFORE = re.compile(r"\b(?:said|says|added|explained|insisted|recalled|believes|thinks|thought)\s+$")
_FINITE_VERB_AFTER = re.compile(r"\s+(?:had|has|have|was|is|were|would|will|could|should|might|must|did|does|[a-z]{3,}ed)\b")


def _reported_subject(text: str, at: int) -> bool:
    """'Her mother, Nataliia, said Sofiia had asked …': a name between a reporting verb and the
    verb of what was reported is talked about (that is dropped), not the one who talks."""
    if not _REPORTING_VERB_BEFORE.search(text, max(0, at - 12), at):
        return False
    run = NAME_RUN.match(text, at)
    return bool(run) and bool(_FINITE_VERB_AFTER.match(text, run.end()))


_DETERMINERS = lexicon.DEFINITE | lexicon.INDEFINITE
# Conjunctions after which the verb comes before its subject: 'как сообщил источник', 'wie X sagte' is not.
_INVERTING = frozenset("как jak come comme como".split())
_LIST_JOINERS = frozenset("and or und oder et ou e y o и или і та".split())
# A possessive determiner opening a sentence is no name: 'Son autrice, …', 'Her deputy said'.
_POSSESSIVE_WORDS = lexicon.POSSESSIVES | {"son", "her", "ihr", "его", "её", "ее", "її", "його", "jej", "jego"}
_SINGULAR_ARTICLES = frozenset("a an one un une uno una um uma ein eine einer один одна".split())
_NUMERAL_ARTICLES = frozenset(("one", "один", "одна", "одне", "одно"))
_AGED = re.compile(r"\d+-year-old$|^\d+-(?:річн|летн|jährig)")
_ISSUED_BY = re.compile(
    rf"\s+(?:(?:from|by|of|de|von|di)\s+(?:the\s+[^\W\d_]+[’']s\s+(?=[{_UPPER}]))?|(?=(?:des|du|del|della|der|vom)\s))((?:(?:the|la|le|el|die|der|des|dem|du|del|della|vom)\s+)?"
    rf"(?:{NAME_RUN.pattern}(?:\s+(?:of|for)\s+(?:the\s+)?{NAME_RUN.pattern}(?:\s+and\s+{NAME_RUN.pattern})?)*|[^\W\d_]+))"
)
# A wire story's dateline: 'WARSAW —', 'KYIV, Ukraine (AP) —', 'POKROVSK DISTRICT, Ukraine —'.
_DATELINE = re.compile(rf"[{_UPPER}][{_UPPER} .'-]+(?:,\s+[{_UPPER}][\w .]+)?(?:\s+\([^()]{{1,20}}\))?\s+[—–-]\s+")
_INTRODUCED_ORGANISATION = re.compile(
    rf"({NAME_RUN.pattern}),\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(sorted(lexicon.BUSINESS_HEADS))})\b"
)
# A participle opening a sentence ('Asked about …,', 'Interrogée sur …,', 'Preguntado por …,') is no subject.
_OPENING_PARTICIPLE = re.compile(r"[^\W\d_]{3,}(?:ed|ée|ées|és|é|ado|ada|ados|adas|ata|ato|ing)")
# After an organisation's head: an adjective, 'de' and a capitalised complement, and an adjective
# ('ministère ukrainien des Affaires étrangères', 'Ministerio de Asuntos Exteriores español'); a verb
# in a past tense (ending in an accented vowel or -ou: 'anunció', 'publié', 'anunciou') is no adjective.
_ROMANCE_COMPLEMENT = re.compile(
    r"(?:\s+([a-zà-ÿ]{4,}))?\s+(?:de|des|du|del|della|di|do|da)\s+(?:l[’']|la\s+|las\s+|los\s+)?[A-ZÀ-Þ][\w’'-]*"
    r"(?:\s+(?:[A-ZÀ-Þ][\w’'-]*|de|des|del|du|y|et|e)(?=\s))*(?:\s+[a-zà-ÿ]{4,}(?<![éóá])(?<!ou)(?=[\s,.;]))?"
)
_THROUGH = frozenset("through via par por durch attraverso através через".split())
_GENDERED_PRONOUN = re.compile(r"\b(?:he|his|she|her)\b")
_CLAUSE_END = re.compile(r"[.!?;:“”\"«»\n]")
_AGE_OF = re.compile(r"(\d{1,3})-(?:year-old|jährige|річн|летн)")
_IN_PLACE = re.compile(rf"\s(?:in|à|en|a|в|у|to the)\s+{NAME_RUN.pattern}")
_NAME_THEN_COMMA = re.compile(rf"({NAME_RUN.pattern})(?:,\s*\d{{1,3}})?,\s*$")
_ORGANISATION_COMPLEMENT = re.compile(rf"\s+(?:(?:of|for|in|to)\s+(?:the\s+)?){NAME_RUN.pattern}(?:\s+(?:of|and)\s+(?:the\s+)?{NAME_RUN.pattern}){{0,2}}")
_INTRODUCING_RELATIVE = re.compile(r",\s+(?:who|whose)\b")
_SUBORDINATE_SUBJECT = re.compile(r"\b(?:[Ww]hen|[Aa]s|[Aa]fter|[Bb]efore|[Oo]nce|[Ww]hile|[Ii]f|[Ss]ince|[Uu]ntil|[Bb]ecause|[Aa]lthough)\s+(?:I|we|you|reporters|journalists)\s")
_DESCRIBED_THEN_PRONOUN = re.compile(r",\s+(?:an?|the)\s+[^,.;:“”\"\n]{1,80},\s+(?:he|she)\s")
_SUBJECT_PRONOUNS = frozenset("he she er elle он она він вона".split())
_VOWELS = frozenset("aeiouyąęóаеёиоуыэюяіїє")
_GROUP_OPENERS = lexicon.INDEFINITE | lexicon.DEFINITE | {"most", "all", "both"}
_INDEFINITE_ARTICLES = frozenset("a an another".split())
_AGE_COMPLEMENT = re.compile(r"\d+(?:-year-old|\s+(?:anos|años|ans|anni|Jahre|Jahren|лет|года|год|років|роки|рік|lat|lata))\b")
# ('il ministro della Difesa Carlo Benedetti': a Romance office's field, then the name.)
_NAMED_AFTER = re.compile(rf"(?:{_ROLE_COMPLEMENT}|\s+(?:della|del|degli|dei|de|du|des|da|do|dos|das|di)\s+{_NAME_WORD}|\s+dell[’']{_NAME_WORD}),?[ \t]+{_NAME_WORD}[ \t]+{_NAME_WORD}")
# The speaker's own words about themselves: 'I', 'my sister', 'our volunteers'.
_FIRST_PERSON_POSSESSIVES = frozenset("my our mein meine unser unsere mon ma mes notre nos mio mia nostro nostra mi nuestro nuestra meu minha nosso nossa мой моя мои наш наша мій моя мої наш наша".split())
_FIRST_PERSON = _FIRST_PERSON_POSSESSIVES | {"i", "ich", "je", "io", "yo", "eu", "я"}
# Relatives, who are someone's ('my sister'); colleagues are named by their role ('my treasurer').
_KIN = frozenset(
    """mother father grandmother grandfather wife husband son daughter sister brother grandson granddaughter
    parents mum dad uncle aunt cousin niece nephew""".split()
)
_POST_ADJECTIVES = frozenset("familiar close responsible opposed loyal critical briefed knowledgeable".split())
# Subordinating conjunctions, in lower case: a subject after one belongs to the clause it opens.
# Prepositions whose complement says whom a description is about: 'a reporter from Polish radio'.
_COMPLEMENT_PREPOSITIONS = frozenset("from for at".split())
_INDEFINITE_PRONOUNS = frozenset("somebody someone anyone one".split())
# Sources a cue's subject names without an article: '«…», ammettono fonti della maggioranza'.
_BARE_SOURCES = frozenset("fonti fuentes fontes sources Quellen источники джерела źródła bronnen".split())
_US_STATES = frozenset(
    "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. "
    "Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo. D.C.".split()
) | frozenset(
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|"
    "Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|"
    "Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|"
    "Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    "West Virginia|Wisconsin|Wyoming".split("|")
)
_ACCORDING_TO = re.compile(rf"\b[Aa]ccording to (?:(?:{'|'.join(_TITLE_ABBREVIATIONS)})\.? )?$")
_DASH_BREAK = re.compile(r"\s[-—–]\s")
_ADVERBS_BEFORE_VERB = frozenset(
    "already also still just never once later previously repeatedly publicly privately rarely seldom often frequently usually sometimes "
    "always routinely openly famously reportedly allegedly initially subsequently recently briefly bluntly flatly angrily "
    "quietly pointedly memorably tersely curtly wryly yesterday today tonight "
    # Russian and Ukrainian time adverbs: 'Кремль вечером сообщил'
    "вечером утром днем днём ночью сегодня вчера ранее позднее позже также ввечері вранці вдень вночі сьогодні вчора раніше пізніше".split()
)
_CUE_NOUNS = frozenset("states notes claims remarks comments reports".split())  # 'populous states:', not 'the report says'
# 'over remarks made at a rally', 'his comments', 'the claims': a plural noun, no verb.
_NOUN_BEFORE = re.compile(r"(?<![\w’'-])(?:over|about|on|of|for|by|after|in|with|his|her|their|its|the|these|those|such|recent|earlier|further|public)\s+$")
# Cue words that may be nouns, and what stands before them when they are: Portuguese 'garante'
# guarantees, but 'el país garante' is a guarantor.
# Italian 'replica' replies, but 'la replica di X' is the reply.
_NOUN_READINGS = {
    **dict.fromkeys(_CUE_NOUNS, _NOUN_BEFORE),
    "garante": re.compile(r"\b(?:país|paese|Estado|Stato|potencia|potenza|parte)\s+$"),
    "replica": re.compile(r"(?i)\b(?:la|una|sua|loro|nella|della|alla|dalla)\s+$"),
}
_PAST_REPORTS = frozenset("said told added wrote argued warned insisted noted explained".split())
_OF_AFFILIATION = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?[A-Z]")
_CLAUSE_OPENERS = frozenset("as while whereas because although though since after before when until once".split())
_PREPOSITION_OPENERS = frozenset("after before when until once".split())
_CALENDAR_NAME = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Christmas|Easter|Ramadan|Eid|Thanksgiving|Passover|Hanukkah|Diwali)(?:\s+\d{1,2})?"
)
_OBLIQUE_RELATIVES = frozenset("which whom".split())


def _last_visible(text: str, before: int) -> str:
    """The last character before `before` that is not a space ('' if none)."""
    while before and text[before - 1].isspace():
        before -= 1
    return text[before - 1] if before else ""


def sentence_start(text: str, at: int, floor: int) -> int:
    """Start of the sentence holding `at` (the end of the last sentence break up to it), not
    before `floor` (the paragraph start). Breaks never overlap, so each is where the pattern
    matches at a mark: the marks are tried from `at` backwards, down to the spaces before `floor`
    (where a break that runs on into the paragraph begins). A line break inside a paragraph (a
    list of key events, a headline over its entry) ends a sentence too."""
    floor = text.rfind("\n", floor, at) + 1 or floor
    lowest = floor
    while lowest and text[lowest - 1].isspace():
        lowest -= 1
    lowest = max(0, lowest - 2)
    before = at
    while True:
        mark = max(text.rfind(".", lowest, before), text.rfind("!", lowest, before), text.rfind("?", lowest, before), text.rfind("…", lowest, before))
        if mark < 0:
            return floor
        match = _SENTENCE_BREAK.match(text, mark)
        if match and match.end() <= at:
            return max(floor, match.end())
        before = mark


# French elides 'que' before a pronoun subject: 'qu’elle', 'qu'il', 'qu’ils'.
_ELIDED_PRONOUN = re.compile(r"(?i)(?:qu|lorsqu|puisqu)[’'](elles?|ils?|on)$")


# A pure function of a short string, asked again for each quote a speaker phrase ('he said') recurs in.
_FOR_OR_OF = re.compile(r"\b(?:for|of)\s")  # compiled here: re.search's pattern cache costs a look-up per mention


@lru_cache(maxsize=1 << 14)
def parse_mention(chunk: str) -> tuple[str | None, str]:
    """The speaker phrase at the end of a stretch of text: (phrase, name|pronoun|description)."""
    chunk = chunk.strip(_MENTION_EDGES)
    words = chunk.split()
    while len(words) > 1 and words[0] in _LIST_JOINERS and not (words[0] == "o" and len(words) == 2 and words[1].islower()):
        words = words[1:]  # '…, and on the same day the ministers said': the clause after the conjunction ('o tribunal' is Portuguese 'the')
    while words and words[-1].casefold() in lexicon.AUXILIARIES:
        words.pop()
    if not words:
        return None, "none"
    part_of = _PART_OF.search(" ".join(words[-4:]))  # it spans at most the last four words
    if part_of:
        return part_of.group(), "description"
    last = words[-1].casefold()
    if last in lexicon.PRONOUN_GENDER or last in lexicon.PLURAL_PRONOUNS:
        return words[-1], "pronoun"
    elided = _ELIDED_PRONOUN.match(words[-1])
    if elided:
        return elided.group(1), "pronoun"  # 'un choix qu’elle dit avoir fait': she says it, not the choice
    if words[0].casefold() in lexicon.INDEFINITE and len(words) <= 10 and _post_modified(words):
        return " ".join(words), "description"  # 'two people familiar with the talks'
    if words[0].casefold() in _INDEFINITE_ARTICLES and len(words) <= 10 and (_post_modified(words) or _speaks_for_someone(words) or _placed_person(words) or (_serving_complement(words) and not _ends_in_persons_name(words))):
        # 'A Ukrainian official familiar with the delegation's instructions said': an unnamed
        # speaker is known only by the whole description, the complement of its modifier included.
        return " ".join(words), "description"
    holder = _office_holder(chunk)
    if holder:
        return holder, "name"
    titled = _titled_organisation(" ".join(words)) if " of " in chunk or " for " in chunk else None
    if titled:
        return titled, "name"
    honoured = list(NAME_RUN.finditer(chunk))[-1:]
    speaks_for = _FOR_OR_OF.search(chunk[: honoured[0].start()]) if honoured else None  # 'Lawyers for … Dr Ian Gibson'
    if honoured and not speaks_for and honoured[0].end() == len(chunk) and _honorific_inside(honoured[0].group()) and clean_name(honoured[0].group()):
        # 'RSM leader in the Rajya Sabha Smt Kavita Raghunathan': the honorific opens the name that
        # ends the phrase, however the phrase before it runs.
        return honoured[0].group(), "name"
    if 3 <= len(words) <= 7 and words[0].casefold() in lexicon.ORG_HEADS and "а" <= words[0][:1].casefold() <= "я" and not any(w[-1] in ",;:" for w in words):
        # 'Міністерство оборони Росії': the genitives after the head make its name, up to an adjunct ('у своєму Telegram-каналі')
        named = next((words[:i] for i, w in enumerate(words) if w.casefold() in lexicon.PREPOSITIONS), words)
        if len(named) >= 2:
            return " ".join(named), "name"
    closing = _name_closing_office(words) if len(words) >= 4 else None
    if closing:
        return closing, "name"
    words = _without_trailing_phrase(words)
    chunk = " ".join(words)
    runs = list(NAME_RUN.finditer(chunk))
    if runs and runs[-1].end() == len(chunk) and (not _after_preposition(chunk, runs[-1].start()) or _in_title(chunk, runs[-1]) or _honorific_inside(runs[-1].group())):
        name = clean_name(runs[-1].group())
        if name and not _role_described(chunk, runs[-1]):
            mention = chunk[runs[-1].start() :].split(" ")
            while len(mention) > 1 and mention[0] in lexicon.FUNCTION_WORDS:
                mention = mention[1:]
            if len(mention) > 2 and _after_office_of(chunk, runs[-1].start()):
                return _without_office_field(" ".join(mention)), "name"
            return " ".join(mention), "name"
    # A noun phrase: back to the nearest preposition, comma or verb-like boundary.
    phrase: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word.casefold() in lexicon.PREPOSITIONS and phrase and word.casefold() not in ("of", "de", "dei", "des", "du") and not (index and word[:1].isupper()):
            opened = any(w.casefold() in _DETERMINERS for w in words[max(0, index - 5) : index])  # "a former U.S. special envoy for"
            if not (opened and word.casefold() in _COMPLEMENT_PREPOSITIONS and _names_an_institution(phrase)):
                break  # but 'the member for Dundee Central' is known by its complement
        phrase.insert(0, word)
        at = len(words) - len(phrase)
        if word.casefold() in lexicon.DEFINITE or word.casefold() in lexicon.INDEFINITE or len(phrase) >= 7:
            # 'the head of one mid-sized company': the determiner opens a complement, go on.
            if not (at >= 2 and words[at - 1].casefold() in lexicon.GENITIVE_PREPOSITIONS and len(phrase) < 6):
                break
    if len(phrase) <= 3 and phrase[0].casefold() in _SUBJECT_PRONOUNS:
        return phrase[0], "pronoun"  # 'He pauses, then adds:': the pronoun and a verb of its own
    return " ".join(phrase), "description"




_ORGANISATION_LINK = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?")
# 'Minister for Digital Development and Information Clara Goh', 'Secretary of State for Defence John
# Healey': an office, its field in capitals, then the holder's first name and surname.
_OFFICE_HOLDER = re.compile(
    r"\b(?:Minister|Secretary|Commissioner|Chancellor)(?:\s+of\s+State)?\s+(?:for|of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'-]*,?\s+(?:(?:and|&)\s+)?)+?(?<!and )(?<!& )([A-Z][\w’'-]+\s+[A-Z][\w’'-]+)$"
)


def _office_holder(chunk: str) -> str | None:
    holder = _OFFICE_HOLDER.search(chunk.rstrip(" .,;")) if " of " in chunk or " for " in chunk else None
    name = holder.group(1) if holder else None
    if name and not _is_org(name) and not any(w.casefold() in lexicon.ORG_HEADS or w in lexicon.TITLES for w in name.split()):
        return name
    return None


def _titled_organisation(chunk: str) -> str | None:
    """An organisation's name that runs on over 'of' and 'for', every word capitalised, at the end of
    `chunk`: 'the Office for the Protection of Minorities', 'Centre for Strategic Studies'."""
    runs = list(NAME_RUN.finditer(chunk))
    if len(runs) < 2 or runs[-1].end() != len(chunk):
        return None
    first = len(runs) - 1
    while first > 0 and _ORGANISATION_LINK.fullmatch(chunk, runs[first - 1].end(), runs[first].start()):
        first -= 1
    if first == len(runs) - 1 or _in_title(chunk, runs[first + 1]) or not _is_org(clean_name(runs[first].group()) or ""):
        return None
    return chunk[runs[first].start() :]


def _post_modified(words: list[str]) -> bool:
    """Whether a description's noun is followed by an adjective and its complement ('an official
    familiar with the talks'). A participle's adjunct ('involved in the talks') or a place ('in
    Brussels') is no part of the description."""
    if any(w[-1] in ",;:" for w in words):
        return False
    return any(index >= 2 and w in _POST_ADJECTIVES and words[index + 1].casefold() in lexicon.PREPOSITIONS for index, w in enumerate(words[:-2]))


def _placed_person(words: list[str]) -> bool:
    """Whether an unnamed person's description ends in where they are or whom they serve: 'a woman
    in the public gallery', 'a Western diplomat in Cairo', 'a spokesman for the port authority' (not
    'a spokesman on Tuesday', 'a resident in tears', 'an aide in a statement')."""
    at = next((i for i, w in enumerate(words) if w in _PLACING_PREPOSITIONS), None)
    if at is None or at < 2 or not (_is_person_head(words[at - 1].casefold()) or words[at - 1].casefold() in _SOURCE_HEADS):
        return False
    complement = words[at + 1 :]
    return 1 <= len(complement) <= 5 and not _ends_in_persons_name(words) and not any(
        w[-1:] in ",;:" or w.casefold() in _NOT_A_PLACE or w.casefold() in lexicon.DOCUMENT_NOUNS or any(c.isdigit() for c in w)
        or (w.casefold() in lexicon.PREPOSITIONS and w.casefold() not in lexicon.GENITIVE_PREPOSITIONS)
        for w in complement
    ) and not (len(complement) == 1 and complement[0].casefold() in _MANNER_WORDS)


_PLACING_PREPOSITIONS = frozenset("in at on from for".split())
_NOT_A_PLACE = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december time times meantime past future end years months weeks days hours decades
    night morning evening afternoon weekend today tonight yesterday interview call video tears condition behalf
    social media television radio tv x facebook telegram""".split()
)
_MANNER_WORDS = frozenset("person public private turn response reply return part fact short particular general record camera air".split())
_VERBS_BEFORE_THAT = frozenset("said says adds notes tells told argues insists believes thinks knows means writes wrote warns explains suggests admits shows hopes fears".split())
_SUBORDINATORS = frozenset("when whenever if while because although though as once after before since unless until".split())


def _speaks_for_someone(words: list[str]) -> bool:
    """'A spokesman for Gov. Annette Carrow', 'an aide to Ramirez': who speaks for a named person is
    known by the whole phrase, the name included."""
    return any(
        w.casefold() in _SPEAKING_FOR and words[i + 1] in ("for", "to") and words[i + 2][:1].isupper() and not any(x.endswith(",") for x in words[: i + 2])
        for i, w in enumerate(words[1:-2], start=1)
    )


_SPEAKING_FOR = frozenset("spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney".split())


def _serving_complement(words: list[str]) -> bool:
    return any(index >= 2 and _serves_in(w, words[index + 1 :]) for index, w in enumerate(words[:-1]))


def _ends_in_persons_name(words: list[str]) -> bool:
    """'A nurse at the county hospital Ruth Penson': a role, then the name of who holds it (not 'the
    Finance Ministry', nor 'in Port Sudan')."""
    capitals = len(words) - next((i for i in range(len(words) - 1, -1, -1) if not words[i][:1].isupper()), -1) - 1
    before = words[-capitals - 1].casefold() if capitals < len(words) else ""
    return capitals >= 2 and before not in _DETERMINERS and before not in lexicon.PREPOSITIONS and not _is_org(" ".join(words[-capitals:]))


def _serves_in(preposition: str, complement: list[str]) -> bool:
    """'… at the energy ministry', '… with the Water Authority', '… in the SBU': whom a person works for."""
    return (preposition in _SERVING_PREPOSITIONS and _names_an_institution(complement)) or (
        preposition in _MEMBERSHIP_PREPOSITIONS and _names_an_institution(complement, inside=True)
    )


def _in_title(chunk: str, run: re.Match) -> bool:
    """Whether a name after 'of' ends a title: 'Secretary of State Joanne Pruitt'."""
    name = clean_name(run.group())
    return _after_office_of(chunk, run.start()) and bool(name) and " " in name


def _honorific_inside(run: str) -> bool:
    """Whether an honorific opens a name inside a run: 'ambassador to Tehran Sir Ian Cole' ends
    with the ambassador's name, not with the place his office is for."""
    words = run.split(" ")
    return any(w in _HONORIFICS for w in words[1:-1])


_HONORIFICS = frozenset("Sir Dame Dr Dr. Prof Prof. Mr Mr. Mrs Mrs. Ms Ms. Shri Smt Smt.".split())


def _after_office_of(text: str, at: int) -> bool:
    """Whether `at` follows an office and 'of' ('Superintendent of Education Holly Vance', 'Chief
    of Staff Daniel Mercer'): the capitalised words there open with the office's field."""
    if text[max(0, at - 4) : at] != " of ":
        return _after_romance_office(text, at)
    office = text[max(0, at - 30) : at - 4].rpartition(" ")[2]
    return office in lexicon.TITLES or (office[:1].isupper() and (office.casefold() in lexicon.PERSON_ROLES or bool(lexicon.ROLE_NOUN.fullmatch(office))))


def _after_title_of(text: str, at: int) -> bool:
    """Whether `at` follows a title and 'of' ('Secretary of State Georgia Lam'), not any capitalised
    noun ('a spokesperson for the Government of New South Wales')."""
    return text[max(0, at - 4) : at] == " of " and text[max(0, at - 30) : at - 4].rpartition(" ")[2] in lexicon.TITLES


_ROMANCE_GENITIVES = frozenset("del della dello dei degli de di des du do da".split())


def _after_romance_office(text: str, at: int) -> bool:
    """Whether `at` follows a lower-case office and a Romance 'of (the)' ('la presidente del
    Consiglio Ada Neri', 'le ministre de l’Intérieur'): the office's field, then the name."""
    words = text[max(0, at - 30) : at].split()[-2:]
    if len(words) < 2 or words[1] not in _ROMANCE_GENITIVES or not text[at - 1].isspace():
        return False
    role = words[0].casefold().removeprefix("ex-")  # 'o ex-ministro da Fazenda'
    return role in lexicon.PERSON_ROLES or bool(lexicon.TITLE_SUFFIX.search(role))


def _name_after_field(run: str) -> str:
    """A run without the field its office names before the first name: 'Difesa Carlo Benedetti' ->
    'Carlo Benedetti', 'Partito Democratico Marco Galli' -> 'Marco Galli'; 'Franco Dalla Valle' stays."""
    words = run.split(" ")
    first = next((i for i in range(1, len(words) - 1) if _listed_unaccented(words[i])), None)
    return " ".join(words[first:]) if first and not listed_name_gender(words[0]) else run


def _without_office_field(name: str) -> str:
    """A name after an office and 'of', without the office's field: 'Education Holly Vance' ->
    'Holly Vance'. A name is its last two words, with the initials, particles and suffix around them."""
    words = name.split(" ")
    start = len(words) - (3 if words[-1].rstrip(".") in _NAME_SUFFIXES else 2)
    while start > 0 and (re.fullmatch(r"[A-Z]\.", words[start]) or words[start] in _PARTICLE_WORDS):
        start -= 1
    return " ".join(words[max(0, start) :])


_NAME_SUFFIXES = frozenset("Jr Sr II III IV".split())


def _role_described(text: str, run: re.Match) -> bool:
    """Whether a capitalised run after an article is a description ending in a role or an
    organisation's noun ('the Labour MP', 'the Conservative MP'), not a name."""
    article = text[max(0, run.start() - 6) : run.start()].split()[-1:]
    last = run.group().rpartition(" ")[2]
    return bool(article) and article[0].casefold() in lexicon.DEFINITE and (last.casefold() in lexicon.PERSON_ROLES or last in lexicon.TITLES)


_PATRONYMIC = re.compile(r"[А-ЯІЇЄ][а-яіїє]+(?:ович|евич|ьевич|йович|ич|овна|евна|ьевна|івна|ївна|инична)")


def _name_closing_office(words: list[str]) -> str | None:
    """The person's name that closes an office held somewhere, with no commas: 'Верховный
    представитель ЕС по иностранным делам Маргит Лехтонен', 'Ambasador Ukrainy w Polsce Ołeh
    Łysenko'. The office's complement ('по …', 'w Polsce') is no adjunct of the name."""
    if any(w[-1] in ",;:" for w in words) or not any(w.casefold() in lexicon.PERSON_ROLES for w in words[:-2]):
        return None
    phrase = " ".join(words)
    run = list(NAME_RUN.finditer(phrase))[-1:]
    if not run or run[0].end() != len(phrase):
        return None
    name = run[0].group().split(" ")
    before = words[: len(words) - len(name)]
    if any(w.casefold() in lexicon.ORG_HEADS for w in before) or any(w in lexicon.TITLES for w in name[:-2]):
        return None  # 'The office of Kadeshi Prime Minister Dov Arieli': his office speaks
    if before and before[-1].casefold() in lexicon.PREPOSITIONS and (
        len(name) < 3 or name[0] in lexicon.TITLES or name[-2] in _PARTICLE_WORDS or (len(name) > 3 and not _may_be_first_name(name[-2]))
    ):
        return None  # 'the member for Dundee Central', 'an aide to Mayor Vincent Castellano': the office's complement
    # A lower-case word before the name ends the office ('опозиції', 'делам', 'to'); a capitalised
    # one may be the name's own first word.
    if not before or not (before[-1][:1].islower() or (len(name) >= 3 and first_name_gender(" ".join(name[-2:])))):
        return None
    if len(name) >= 3 and before[-1].casefold() in lexicon.PREPOSITIONS and not _PATRONYMIC.fullmatch(name[-2]):
        name = name[-2:]  # 'w Polsce Ołeh Łysenko': the place ends where the name begins
    if len(name) < 2 or _is_org(" ".join(name)) or name[0] in lexicon.TITLES or any(w in lexicon.FUNCTION_WORDS for w in name):
        return None
    return " ".join(name)


def _without_trailing_phrase(words: list[str]) -> list[str]:
    """Words up to the first preposition that starts an adjunct ('a diplomat in Brussels'); 'of'
    and its kin make part of the phrase ('asociación de propietarios')."""
    for index in range(1, len(words) - 1):
        word = words[index].casefold()
        if word == "of" and index >= 2 and all(w[:1].isupper() for w in (words[index - 2], words[index - 1], words[index + 1])):
            name = clean_name(" ".join(words[index - 2 : index]))
            if name and " " in name and not _is_org(name):
                return words[:index]  # 'Senator Rachel Kim of Washington': her state is no part of her name
        if index >= 2 and word in _TIME_ADVERBS and _is_person_head(words[index - 1].casefold()):
            return words[:index]  # 'a party insider last night': when, not who
        if index >= 2 and word.endswith("ed") and _is_person_head(words[index - 1].casefold()) and words[index + 1].casefold() in lexicon.PREPOSITIONS:
            return words[:index]  # 'a Belarusian man accused of spying': the participle opens a modifier
        if word in _COMPLEMENT_PREPOSITIONS and index >= 2 and words[0].casefold() in _DETERMINERS and _names_an_institution(words[index + 1 :]):
            continue  # 'the member for Dundee Central': the complement tells which member
        if word in lexicon.PREPOSITIONS and word not in lexicon.GENITIVE_PREPOSITIONS and not words[index][:1].isupper():
            if all(w[:1].isupper() for w in words[index + 1 :]) and _honorific_inside(" ".join(words[index + 1 :])):
                return words  # 'Former envoy to Rome Sir Ian Cole': the name follows the office's complement
            # 'a senior official involved in the talks': the participle opens the adjunct.
            if index >= 3 and (_POST_MODIFIER.fullmatch(words[index - 1]) or _ROMANCE_PARTICIPLE.fullmatch(words[index - 1])):
                index -= 1
            return words[:index]
    return words


def attribute(
    text: str, open_at: int, close_end: int, limit: int, paragraph_start: int, blanked: list[tuple[int, int]]
) -> Attribution | None:
    """The cue and mention for a quote whose marks stand at [open_at, close_end); `blanked` the
    other quotes' spans, whose words are neither cues nor names."""
    start = sentence_start(text, open_at, paragraph_start)
    prefix = _blank(text, start, open_at, blanked)
    dateline = _DATELINE.match(prefix) if start == paragraph_start else None
    if dateline:
        prefix = " " * dateline.end() + prefix[dateline.end() :]  # 'WARSAW — A man …': the place is no subject
    if start == paragraph_start and paragraph_start >= 2 and _last_visible(text, paragraph_start) == ":":
        previous_start = text.rfind("\n\n", 0, paragraph_start - 2) + 2
        colon_sentence = sentence_start(text, paragraph_start - 3, previous_start)
        prefix = text[colon_sentence : paragraph_start - 2] + " "
        start = colon_sentence
    introduced = prefix.rstrip().endswith(":") or bool(_THAT.search(prefix[-12:]))
    if " as " in prefix and (cited := _QUOTED_AS_SAYING.search(prefix)):
        if not cited.group(2).startswith("by "):
            return Attribution(cited.group(2), start + cited.start(2), cited.group(1))
        # 'he was quoted by the Cerval Courier as saying': the passive's subject said it, not the paper.
        subject = _subject_before_cue(_PASSIVE_AUXILIARY.sub("", prefix[: cited.start(1)]))
        if subject:
            return Attribution(subject, start + prefix.rfind(subject, 0, cited.start(1)), cited.group(1))
    if introduced:
        found = _before(prefix, start) or attribution_after(_blank(text, close_end, limit, blanked), close_end)
    else:
        # A cue right after the quote ('“…,” said X') first; a subject then a verb after it ('“…”,
        # a formula analysts read as …') only when the words before name no speaker of their own.
        found = attribution_after(_blank(text, close_end, limit, blanked), close_end)
        if found is None or (found.subject_first and prefix.strip()):
            before = _before(prefix, start)
            found = (before if before and before.mention else None) or found or before
        elif found.mention is None and found.cue and _PARTICIPLE.search(found.cue) and prefix.strip():
            # '… praised the ruling as a victory for “…,” saying that …': the participle's subject opens the sentence.
            subject = _sentence_subject(prefix)
            found = Attribution(subject, start + max(prefix.find(subject), 0), found.cue) if subject else found
    if found and found.cue and _PREPOSITION_CUE.fullmatch(found.cue):
        found = _speaker_over_source(prefix, start) or found
    if found:
        return found
    if prefix.rstrip().endswith(":"):
        if prefix.strip()[:-1].casefold() in _FACT_CHECK_LABELS:
            # 'CLAIM: “…”' then 'SPEAKER: Dale Hutchins, …': a fact-check names who said it in a line of its own.
            # Else the claims are the checked person's, whom the report names first ('Sen. Walter Griggs, who is running …').
            named = _FACT_CHECK_SPEAKER.search(text, close_end, close_end + 400)
            if named:
                return Attribution(named.group(1), named.start(1), None)
            checked = _first_person_named(text, text.find("\n") + 1, start)
            return Attribution(*checked, None) if checked else None
        source = _FROM_SOURCE.search(prefix)
        if source:
            return Attribution(source.group(1), start + source.start(1), None)
        subject = _sentence_subject(prefix)
        if subject:
            return _inverted_opening(subject, prefix, start) or Attribution(subject, start, None)
        if inverted := _PRONOUN_AFTER_VERB.search(prefix):
            # 'Im Gespräch in seinem Büro, …, rechnet er vor, was …:': the verb stands second, no cue
            # among the words, and the pronoun after it is who speaks.
            return Attribution(inverted.group(1), start + inverted.start(1), None)
    return None


# German and Dutch write their nouns with capitals: a word in small letters after a comma, then a
# pronoun, is a verb with its subject after it.
_PRONOUN_AFTER_VERB = re.compile(r",\s+[a-zäöüß]+\s+(er|sie|hij|zij|ze)\b")


def _first_person_named(text: str, start: int, end: int) -> tuple[str, int] | None:
    for run in NAME_RUN.finditer(text, start, end):
        name = clean_name(run.group())
        if name and " " in name and not name.isupper() and not _is_org(name):
            return name, run.start()  # (a dateline in capitals, 'DES MOINES, Iowa —', is a place)
    return None


_FACT_CHECK_LABELS = frozenset({"claim", "the claim", "verdict", "rating", "fact", "facts", "the facts", "context", "ruling", "our ruling"})
_FACT_CHECK_SPEAKER = re.compile(r"\n(?:SPEAKER|Speaker|WHO SAID IT|Who said it|CLAIMED BY|Claimed by|MADE BY|Made by)\s*:\s*([^,;(\n]+?)\s*(?=[,;(\n]|$)")


# 'The documents quote the captain as saying: “…”', 'Interfax cited Peskov as saying …': whom a
# source quotes is the speaker, not the source.
_QUOTED_AS_SAYING = re.compile(r"\b((?:quot|cit)(?:e|es|ed|ing))\s+((?:[\w’'.-]+\s+){0,6}?[\w’'.-]+),?\s+as\s+(?:saying|telling\s+\w+|writing)\b[^“”\"«».!?]{0,100}$")
# 'he was quoted by the paper as saying': the auxiliary before the passive's participle.
_PASSIVE_AUXILIARY = re.compile(r"\s(?:was|were|is|are|been|being)\s+$")


# 'Parting shot, from a longtime GOP lobbyist who has watched a dozen of these standoffs: “…”',
# 'The last word from Sen. Ann Ellis: “…”': whom the words come from, named before the colon.
_FROM_SOURCE = re.compile(
    rf"\bfrom\s+((?:an?|the|one)\s+(?:[\w’'-]+\s+){{0,5}}?[\w’'-]+|(?:(?:{'|'.join(_TITLE_ABBREVIATIONS)})\.\s+)?{NAME_RUN.pattern})(?:,?\s+(?:who|whose)\b[^:“”\"]{{0,120}})?:\s*$"
)


def _inverted_opening(subject: str, prefix: str, start: int) -> Attribution | None:
    """'Added Barrera: “…”': a sentence opening with its reporting verb has the speaker after it."""
    verb, _, rest = subject.partition(" ")
    if not rest or verb.casefold() not in _CUE_WORDS or not verb[:1].isupper() or not NAME_RUN.fullmatch(rest):
        return None
    return Attribution(rest, start + prefix.find(rest), _cue_verb(verb.casefold()))


def _speaker_over_source(prefix: str, start: int) -> Attribution | None:
    """'Salazar replied, according to the indictment: “…”', 'Zhou described the talks as “…”,
    according to Xinhua': someone the sentence has speak is the speaker; the source only reports it."""
    source = [m.start() for m in _PREPOSITION_CUE.finditer(prefix)]
    spoken = _before(prefix[: source[-1]] if source else prefix, start)
    if spoken and spoken.mention and spoken.cue and not _PREPOSITION_CUE.fullmatch(spoken.cue):
        return spoken
    return None


_AS_PUT_IT = re.compile(r"as\s+((?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+(?:has\s+|had\s+)?(?:put|puts|phrased|phrases)\s+it\b")


def attribution_after(window: str, close_end: int) -> Attribution | None:
    """Attribution in the words after a quote's closing mark (`window`, starting at `close_end`)."""
    lead = _LEAD.match(window)
    position = lead.end()
    clitic = _CLITIC.match(window, position)
    if clitic and next(find_cues(window, clitic.end(), clitic.end() + 30), Cue(-1, -1, "", False)).start == clitic.end():
        position = clitic.end()
    put_it = _AS_PUT_IT.match(window, position) if window.startswith("as ", position) else None
    if put_it:
        mention, kind = parse_mention(put_it.group(1))
        if kind in ("name", "pronoun", "description"):
            return Attribution(mention, close_end + put_it.start(1) + put_it.group(1).find(mention), "put it")  # '“…,” as Mr Hale put it'
    if window[position : position + 1] in (".", "!", "?") or window[position:].split(" ", 1)[0].casefold() in lexicon.CONJUNCTIONS:
        return None
    german_so = _GERMAN_SO.match(window, position)
    if german_so and "," in window[: position]:
        return Attribution(german_so.group(1), close_end + german_so.start(1), "so")
    # 'X, a Democrat who wrote the bill, told reporters': a verb in a relative clause reports nothing.
    cue = next((c for c in find_cues(window, position) if _reports(window, c) and not _after_relative(window, c.start)), None)
    if cue and cue.start == position:
        rest = window[cue.end :]
        cue_text = cue.text.casefold()
        pronoun = _INVERTED_PRONOUN.search(cue_text) if "-" in cue_text else None
        if pronoun:
            return Attribution(pronoun.group(1), close_end + cue.start, _cue_verb(cue_text))
        if _THAT_AFTER.match(rest):
            return None  # '“Defending Europe”, estimated that ...': the quote is not what was said
        mention, kind = _mention_after_cue(rest)
        if "," not in lead.group() and cue.text.split(" ", 1)[0] in _SPLIT_VERBS:
            return None  # 'Die Initiative „Lindenallee bleibt“ kündigte an': no comma, the quote names the subject
        inside = None if mention or " " not in cue.text else _SPLIT_CUE_SUBJECT.fullmatch(cue.text)
        if inside:
            # '„…“, teilte der Verband mit': a German separable verb holds its subject between its parts.
            verb = cue_text.split()
            return Attribution(inside.group(1), close_end + cue.start + inside.start(1), f"{verb[0]} {verb[-1]}")  # 'teilte … mit'
        source = None if mention else _LOCATIVE_SOURCE.match(rest)
        if source:
            # '— повідомили у відомстві': the office the plural verb speaks for.
            return Attribution(source.group(1), close_end + cue.end + source.start(1), _cue_verb(cue_text))
        return Attribution(mention, close_end + cue.end + (rest.find(mention) if mention else 0), cue_text if cue.is_preposition else _cue_verb(cue_text))
    if lead.group("dash"):
        run = NAME_RUN.match(window, position)
        if run:
            return Attribution(run.group(), close_end + position, None)
    if cue and not cue.is_preposition:
        pre = window[position : cue.start]
        # '“…” for the alliance, but the statement said': a new clause has a verb of its own.
        if len(pre) <= 90 and len(pre.split()) <= 14 and not _SENTENCE_BREAK.search(pre) and "\n" not in pre and not _NEW_CLAUSE.search(pre):
            named_before = _subject_before_cue(pre) if pre.rstrip().endswith(",") else None
            if named_before and not (NAME_RUN.fullmatch(named_before) and clean_name(named_before)):
                named_before = None  # 'the German defence minister, Matthias Brenner, told X' names its subject
            if pre.rstrip().endswith(",") and not named_before:
                # '„…“ geprüft, sagte er', '“…” in full, said Smith': the subject follows its verb.
                after, kind = _mention_after_cue(window[cue.end :])
                if kind in ("pronoun", "name"):
                    return Attribution(after, close_end + cue.end + window[cue.end :].find(after), _cue_verb(cue.text.casefold()))
            mention = _subject_before_cue(pre)
            if mention:
                return Attribution(mention, close_end + position + pre.find(mention), _cue_verb(cue.text.casefold()), True)
        named = NAME_RUN.match(pre) if pre.rstrip().endswith(",") and "\n" not in pre and not _SENTENCE_BREAK.search(pre) else None
        if named and pre.startswith(",", named.end()) and " " in (clean_name(named.group()) or "") and not _is_org(named.group()):
            # '“…” Mykhailo Tarasenko, the head of the delegation and secretary of …, told reporters':
            # however long the appositive, the name before it is the subject.
            return Attribution(named.group(), close_end + position, _cue_verb(cue.text.casefold()), True)
    return None


# 'Op X schreef ze woensdagochtend:', 'Vergangene Woche schrieb sie auf Bluesky:'
_PRONOUN_AFTER_CUE = re.compile(r"\s+(er|sie|he|she|hij|zij|ze)(?:\s+[^\s,.;:!?“”\"„«»]+){0,4}\s*:?\s*$")
_RELATIVE_PRONOUNS = frozenset("who che qui que quem".split())  # 'i sostenitori, che hanno assicurato «…»'
_SPLIT_VERBS = frozenset("teilte fügte räumte kündigte kündigt stellte stellt".split())  # German verbs whose particle ends the clause
_SPLIT_CUE_SUBJECT = re.compile(rf"(?:{'|'.join(_SPLIT_VERBS)})\s+((?:der|die|das|er|sie)(?:\s+\w+)?|{NAME_RUN.pattern})\s+(?:mit|hinzu|ein|an|klar)")


def _after_relative(window: str, at: int) -> bool:
    """Whether the word before `at` is a relative pronoun ('who wrote')."""
    last = window[max(0, at - 12) : at].split()[-1:]
    return bool(last) and last[0].casefold() in lexicon.RELATIVES


def _reports(window: str, cue: Cue) -> bool:
    """Whether a cue reports what its subject said: not 'a nurse called Aisha Khan', and not a
    passive ('Ministers were accused of “…”', 'he was told “…”'), whose subject said nothing."""
    if _names_someone(window, cue):
        return False
    if cue.text in ("read", "reads") and window[cue.end : cue.end + 4] == " as ":
        return False  # 'a formula Kyiv read as a demand': an interpretation, nobody's words
    if cue.text in ("put", "puts") and (not window[cue.end :].strip() or window[cue.end :].split(" ", 2)[1:2] in (["forward"], ["up"], ["out"], ["together"], ["in"])):
        # 'the city had put “a fair offer” on the table': what is put is no one's words ('as she put
        # it' is); nor is 'the plan put forward by the League', a proposal.
        return False
    before = window[max(0, cue.start - 8) : cue.start].split()[-1:]
    if before and cue.text.endswith("s") and (before[0].endswith(("’s", "'s", "s’", "ed")) or before[0].casefold() in _NOUN_OWNERS):
        return False  # "called Ray’s comments “…”", 'the remarks', 'expected answers': a noun, not a verb
    if before and cue.text == "states" and before[0][:1].isupper() and window[max(0, cue.start - 30) : cue.start].split()[-2:-1] in (["the"], ["The"]):
        return False  # 'the Gulf states see', 'the Baltic states': a noun
    if before and cue.text.endswith("ed") and (before[0].casefold() in _NOUN_OWNERS or before[0].casefold() in ("a", "an")):
        return False  # 'worth an estimated $1.4 billion', 'his stated aim': an adjective
    if cue.text.endswith("ed") and _DOCUMENT_IN_ADJUNCT.search(window, max(0, cue.start - 60), cue.start):
        return False  # 'said in a statement posted on Telegram': the participle tells where the statement went
    if before and before[0] == "who" and _RELATIVE_CLAUSE_CLOSED.match(window, cue.end):
        return False  # 'X, 34, a nurse who said she was undecided, had come “…”': the relative clause closed before the quote
    progressive = cue.text.endswith("ing")  # 'who had been chanting', 'was saying': active
    auxiliary = window[max(0, cue.start - 30) : cue.start].split()[-2:]
    if len(auxiliary) == 2 and (auxiliary[1] in _PASSIVE_ADVERBS or auxiliary[1].endswith("ly")):
        before = auxiliary[:1]  # 'families are often advised': the auxiliary before the adverb
    return progressive or not (before and before[0].casefold() in lexicon.PASSIVE_AUXILIARIES)


_RELATIVE_CLAUSE_CLOSED = re.compile(r"[^,“”\"«»„]{3,80},\s+(?:(?:had|has|have|was|is|would|will)\s+)?[a-z]+(?:ed|e)\s+[^,]*$")
_PASSIVE_ADVERBS = frozenset("often also not never always still already sometimes repeatedly reportedly".split())


_NOUN_OWNERS = frozenset("the these those his her their its my our your".split())
# Verbs that report words only when someone says them: 'the minister indicated', not 'Polls
# indicated', 'The move signalled a “pivot”', 'The figures underscored', 'The ruling affirmed'.
_THING_VERBS = frozenset("indicated indicates signalled signaled signals underscored underscores underlined affirmed affirms proclaimed demanded demands".split())


def _thing_subject(prefix: str, cue: Cue) -> bool:
    """Whether a verb that things do too has a thing for subject: a noun no person's or body's, or
    a plural noun the sentence's opening capitalises ('Polls', 'Scans')."""
    if cue.text.casefold() not in _THING_VERBS:
        return False
    subject = _subject_before_cue(prefix[: cue.start])
    mention, kind = parse_mention(subject) if subject else (None, "")
    if not mention or kind == "pronoun":
        return False
    if kind == "name":
        opening = prefix[: cue.start].strip() == mention
        return opening and " " not in mention and mention.endswith("s") and not _names_speaker(mention.casefold())
    return not _names_speaker(mention)
_DOCUMENT_IN_ADJUNCT = re.compile(
    rf"\b(?:said|says|wrote|writes|added|announced|told\s+\w+)\s+(?:in|via|through|on)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(sorted(lexicon.DOCUMENT_NOUNS))}|video|clip|thread|tweet)\s+$"
)


def _names_someone(window: str, cue: Cue) -> bool:
    """'a nurse called Aisha Khan': the verb names a person, it does not report speech."""
    if cue.text.casefold() not in ("called", "named"):
        return False
    title = _TITLE_BEFORE_NAME.match(window, cue.end + 1)  # 'called Ms. Keswick “…”': the name follows 'Ms.'
    name = NAME_RUN.match(window, title.end() if title else cue.end + 1)
    if name and name.group().endswith(("’", "'", "’s", "'s")):
        return False  # "called Summers’ bill “…”": the name owns what is called something
    # 'called President Zelenskyy a “dictator”' calls a person something: that is a cue.
    return bool(name) and not _COMPLEMENT.match(window, name.end())


def _before(prefix: str, start: int) -> Attribution | None:
    cues = [c for c in find_cues(prefix) if _reports(prefix, c) and not _thing_subject(prefix, c)]
    if not cues:
        possessive = _POSSESSIVE_PREPOSITION.search(prefix)
        if not possessive:
            return None
        group = next(g for g in ("pronoun", "owner", "name") if possessive.group(g))
        return Attribution(possessive.group(group), start + possessive.start(group), "по словам" if group == "pronoun" else "in the words of")
    while len(cues) > 1 and (_subject_before_cue(prefix[sentence_start(prefix, cues[-1].start, 0) : cues[-1].start]) or "").split(" ", 1)[0].casefold() in _CUE_WORDS:
        # 'X, which has sued, said in a statement that the testimony confirmed “…”': X said it; 'X said
        # both delegations had agreed … progress that was “…”': the verb inside what X said is not the cue.
        cues.pop()
    cue = cues[-1]
    inside = _SPLIT_CUE_SUBJECT.fullmatch(cue.text) if " " in cue.text else None
    if inside and inside.group(1) in ("er", "sie"):
        # 'An die Regierungsbank gewandt fügte sie hinzu:': the split verb holds its subject.
        return Attribution(inside.group(1), start + cue.start + inside.start(1), _cue_verb(cue.text.casefold()))
    heard = _HEARD_SAYING.search(prefix, max(0, cue.start - 40), cue.start) if cue.text.endswith("ing") or cue.text in ("say", "tell") else None
    if heard:
        # 'Ruth remembers him telling her mother, “…”': the one heard speaking is the object of the memory.
        return Attribution(heard.group(1), start + heard.start(1), _cue_verb(cue.text.casefold()))
    asked = _ASKED_WHETHER.search(prefix, max(0, cue.start - 100), cue.start) if "whether" in prefix else None
    if asked:
        # 'X rose to ask whether the prime minister agreed that “…”': the words are the asker's question
        asker = _subject_before_cue(prefix[: asked.start()])
        if asker:
            return Attribution(asker, start + prefix.rfind(asker, 0, asked.start()), "asked")
    possessive = _POSSESSIVE_PREPOSITION.search(prefix, cue.end) if " words" in prefix or " phrase" in prefix else None
    if possessive and possessive.group("name"):
        # '… asked mourners to bring, in Natalia's words, “…”': the words' owner is nearer than the cue's subject.
        return Attribution(possessive.group("name"), start + possessive.start("name"), "in the words of")
    if cue.is_preposition:
        source = _DOCUMENT_SOURCE.sub(" ", prefix[cue.end :])
        opening = source.split(maxsplit=1)
        if opening and opening[0].casefold() in _CONTRACTED_ARTICLES:
            source = " " + _CONTRACTED_ARTICLES[opening[0].casefold()] + " " + (opening[1] if len(opening) > 1 else "")
        segments = _SOURCE_BREAK.split(source, maxsplit=2)
        after = segments[0]
        owner = prefix[: cue.start].split()[-1:]
        if after.split()[:1] in (["cui"], ["quien"], ["quienes"], ["qui"], ["quem"], ["whom"]):
            # 'la commissaria, Marta Lindqvist, secondo cui …': the relative's antecedent
            antecedent = _subject_before_cue(prefix[: cue.start])
            if antecedent:
                return Attribution(antecedent, start + prefix.rfind(antecedent, 0, cue.start), cue.text.casefold())
        if owner and owner[0].casefold() in lexicon.PRONOUN_GENDER:
            # 'Jej zdaniem': a possessive pronoun before the cue is the speaker.
            return Attribution(owner[0], start + prefix.rfind(owner[0], 0, cue.start), cue.text.casefold())
        opening_name = NAME_RUN.match(after.lstrip())
        following = after.lstrip()[opening_name.end() :].split()[:3] if opening_name else []
        if opening_name and clean_name(opening_name.group()) and following and following[0][:1].islower() and not any(_is_person_head(w.casefold()) for w in following):
            # 'Volgens Dijkstra moet Nederland …', 'Laut Peskow würde Moskau …': the name right after the
            # cue is whose words they are, not a later one in the clause it reports.
            mention = opening_name.group()
            return Attribution(mention, start + cue.end + after.find(mention), cue.text.casefold())
        mention, kind = parse_mention(after)
        source = after.split()[:3]
        if kind == "description" and cue.text.casefold() in _VERB_SECOND_CUES and len(source) == 3 and source[0].casefold() in _V2_ARTICLES and source[2][:1].islower() and not (
            source[2].casefold() in lexicon.DEFINITE or source[2].casefold() in lexicon.INDEFINITE or source[2].casefold() in lexicon.PREPOSITIONS
        ):
            mention = " ".join(source[:2])  # 'Volgens de coöperatie levert het project …': Dutch and German put the verb right after the source
        elif kind == "description" and len(segments) > 2 and NAME_RUN.fullmatch(segments[1].strip()):
            after = segments[1]
            mention = after.strip()
        elif kind == "description" and not _names_speaker(mention):
            # 'Laut Peskow würde Moskau …': the name right after the cue, then the clause it reports.
            run = NAME_RUN.match(after.lstrip())
            opening = after.split()[:3]
            if run and clean_name(run.group()):
                mention = run.group()
            elif len(opening) >= 2 and opening[0].casefold() in lexicon.DEFINITE and _speaking_head(opening[1].casefold()) and not (
                len(opening) == 3 and (opening[2] in lexicon.GENITIVE_PREPOSITIONS or opening[2] in _ROMANCE_OF)
            ):
                mention = " ".join(opening[:2])  # 'según el ministerio servirá …': the noun phrase right after the cue
        return Attribution(mention, start + cue.end + max(after.find(mention or ""), 0), cue.text.casefold()) if mention else None
    cue_text = cue.text.casefold()
    # (Russian 'воздержался от оценок, заявив, что …': a perfective gerund after a comma, the sentence's subject speaks.)
    participle = bool(_PARTICIPLE.search(cue_text)) or _slavic_gerund(prefix[: cue.start], cue_text)  # asked three times below
    antecedent = _relative_antecedent(prefix, cue, start) if participle else None
    if antecedent:
        return antecedent  # 'supporters who had been chanting “…”'
    absolute = (_WITH_SUBJECT.search(prefix, max(0, cue.start - 80), cue.start) or _OWNED_ROLE_NAME.search(prefix, max(0, cue.start - 80), cue.start)) if participle else None
    if absolute:
        return Attribution(absolute.group(1), start + absolute.start(1), cue_text)  # '…, with Qatar's spokesman describing …'
    if participle:
        finite = [c for c in cues[:-1] if not c.is_preposition and not _PARTICIPLE.search(c.text.casefold())]
        if finite:
            cue = finite[-1]
        else:
            # '…; the court has refused bail, citing “…”', 'X joined the chorus, calling … and telling
            # reporters': the subject of the participles' own clause.
            subject = _sentence_subject(prefix[: cue.start].rsplit(";", 1)[-1])
            return Attribution(subject, start, cue_text) if subject else None
    if relative := _RELATIVE_AFTER_PREPOSITION.search(prefix, max(0, cue.start - 24), cue.start):
        # 'La cofradía …, difundió un comunicado en el que califica el fallo de «…»': whoever issued
        # the statement the relative clause describes.
        sentence = prefix[sentence_start(prefix, cue.start, 0) : cue.start]
        opening = sentence.split(",", 1)[0].strip()
        described = "," in sentence and len(opening.split()) <= 8 and opening.split(" ", 1)[0].casefold() in lexicon.DEFINITE
        subject = opening if described else _sentence_subject(sentence)
        if subject and not described and " " not in (clean_name(subject) or ""):
            subject = None  # 'Horas después llegó un comunicado en el que …': a word opening the sentence, no one
        subject_at = prefix.rfind(subject, 0, relative.start()) if subject else -1
        if subject_at >= 0:
            return Attribution(subject, start + subject_at, _cue_verb(cue.text.casefold()))
    if _CLITIC_IN_INCISE.search(prefix, max(0, cue.start - 12), cue.start):
        # '—Tu abuelo pagaba —le contestó el otro, Ernesto Vidal—. Pagaba al cura.': an object pronoun
        # before the verb of an incise; its subject follows the verb.
        after, _ = _mention_after_cue(prefix[cue.end :])
        if after:
            return Attribution(after, start + cue.end + prefix[cue.end :].find(after), _cue_verb(cue.text.casefold()))
    inverted = _PRONOUN_AFTER_CUE.match(prefix, cue.end)
    if inverted and inverted.group(1) in ("he", "she") and not any(mark in prefix[: cue.start].rstrip()[-3:] for mark in '”"’'):
        inverted = None  # 'Simon Achterberg, who …, says she “confuses …”': English puts its subject first; she is whom he speaks of
    if inverted:
        # 'Auf die Frage, ob …, antwortete sie:': the verb stands second, its subject after it.
        return Attribution(inverted.group(1), start + inverted.start(1), _cue_verb(cue.text.casefold()))
    named = NAME_RUN.match(prefix, cue.end + 1) if prefix[: cue.start].rstrip(" ").endswith(",") else None
    if named and " " in (clean_name(named.group()) or "") and (cue.text in _GERMAN_CUES or not prefix[named.end() :].strip(" ,:«“\"„")):
        # 'Auf die Frage, ob …, antwortete Katrin Vogel knapp:': the verb second, the subject after it;
        # 'D’ici là, a conclu Emmanuel Macron, « … »': an incise, its subject after the verb.
        return Attribution(named.group(), start + named.start(), _cue_verb(cue.text.casefold()))
    if not prefix[: cue.start].strip(" ,—–-"):
        return Attribution(None, start + cue.start, _cue_verb(cue.text.casefold()))
    if not prefix[: cue.start].strip(" ,—–-" + _QUOTE_MARKS):
        # '„A“, sagte er, „B“': only the quote's first part stands before an inverted cue.
        after, _ = _mention_after_cue(prefix[cue.end :])
        if after:
            return Attribution(after, start + cue.end + prefix[cue.end :].find(after), _cue_verb(cue.text.casefold()))
    clause = prefix[: cue.start].rsplit(",", 1)[-1].split()
    opens_adverbial = clause and "," not in prefix[: cue.start] and clause[0].casefold() in lexicon.PREPOSITIONS
    if clause and (clause[-1].casefold() in _INVERTING or (opens_adverbial and (prefix[cue.end :].lstrip()[:1].isupper() or _GERMAN_NOUN_PHRASE.match(prefix, cue.end)))):
        # 'как сообщил источник', 'In Moskau sagte Kremlsprecher Dmitri Peskow': the subject follows the verb.
        after, _ = _mention_after_cue(prefix[cue.end :])
        noun = _CLAUSE_BREAK.split(prefix[cue.end :], maxsplit=1)[0].split()
        if not after and 1 <= len(noun) <= 3 and noun[0].isalpha() and noun[0].islower():
            after = " ".join(noun)  # a bare noun: Russian and Polish have no articles
        if after:
            return Attribution(after, start + cue.end + prefix[cue.end :].find(after), _cue_verb(cue.text.casefold()))
    antecedent = _relative_antecedent(prefix, cue, start)
    if antecedent:
        return antecedent
    if " that " in prefix[max(0, cue.start - 60) : cue.start] or " which " in prefix[max(0, cue.start - 60) : cue.start]:
        # '… made no progress, with Moscow repeating demands that Ukraine's chief negotiator described
        # as “…”': a relative clause's own subject, however the sentence's verbs were coordinated.
        # ('adding that leaders had asked', 'recalled that her boss had told': a verb's reported clause is
        # the speaker's own words, not a relative clause.)
        own = _subject_before_cue(prefix[: cue.start])
        words = own.split() if own else []
        owner = prefix[: prefix.rfind(own, 0, cue.start)].split()[-1:] if own else []
        if (
            len(words) > 1 and words[0] in ("that", "which") and words[1].casefold() not in _SUBORDINATORS
            and owner and owner[0].isalpha() and not owner[0].endswith(("ed", "ing")) and owner[0].casefold() not in _VERBS_BEFORE_THAT
        ):
            return Attribution(own, start + prefix.rfind(own, 0, cue.start), _cue_verb(cue.text.casefold()))
    if _coordinated(prefix[: cue.start]) or _coordinated_past_adverbial(prefix, cues, cue):
        # 'X called it “…” and said …', 'my neighbour called me and said: ‘…’': the first verb's subject.
        earlier = next((c for c in reversed(cues[:-1]) if not c.is_preposition), None)
        if earlier and _after_relative(prefix, earlier.start):
            # 'the woman who called our hotline and said': she is known by the relative clause.
            relative_at = prefix.rfind(" ", 0, earlier.start - 1) + 1
            words = prefix[:relative_at].split()[-4:]
            determiner = max((i for i, w in enumerate(words) if w.casefold() in _DETERMINERS), default=None)
            if determiner is not None:
                noun = " ".join(words[determiner:])
                mention_at = prefix.rfind(noun, 0, relative_at)
                conjunction_at = prefix[: cue.start].rstrip().rfind(" ")
                return Attribution(prefix[mention_at:conjunction_at].strip(" ,"), start + mention_at, _cue_verb(cue.text.casefold()))
        mention = _subject_before_cue(prefix[: earlier.start]) if earlier else None
        if mention and not _coordinated(prefix[: earlier.start]):
            return Attribution(mention, start + prefix.rfind(mention, 0, earlier.start), _cue_verb(cue.text.casefold()))
        # 'a protester … stood and shouted', 'X called Ms. Y “…” and said': the first verb reports
        # nothing, the subject of the sentence is the one the coordinated verbs share.
        opening = prefix[: cue.start].split()[:-1]  # 'Y añadió:' opens with its conjunction: no subject
        mention = _sentence_subject(" ".join(opening)) if opening and not earlier else None
        if mention and mention.casefold() not in lexicon.PRONOUN_GENDER and mention.casefold() not in lexicon.PLURAL_PRONOUNS:
            return Attribution(mention, start + prefix.find(mention), _cue_verb(cue.text.casefold()))
        return Attribution(None, start + cue.start, _cue_verb(cue.text.casefold()))
    mention = _subject_before_cue(prefix[: cue.start])
    if not mention:
        if len(cues) == 1 and cue.text.casefold() not in _ENGLISH_CUES and _only_a_phrase_before(prefix, cue.start):
            # 'W rozmowie z PAP podkreślił, że …': the subject is dropped.
            return Attribution(None, start + cue.start, _cue_verb(cue.text.casefold()))
        return None
    if len(cues) > 1 and prefix.rstrip().endswith(" to") and not cues[-2].is_preposition and cue.text not in _TELLING_TO:
        # 'X said the two sides had agreed to “park” it': the quote ends an infinitive in what X
        # reports (but 'X says Y told her to “…”', 'Y had warned him to “…”' quote Y's words).
        return _before(prefix[: cue.start], start) or Attribution(mention, start + prefix.rfind(mention, 0, cue.start), _cue_verb(cue.text.casefold()))
    mention_at = prefix.rfind(mention, 0, cue.start)
    preposition = prefix[:mention_at].split()[-1:] if " " not in mention and mention_at > 0 else []
    if preposition and preposition[0].casefold() in _LOCATIVE_PREPOSITIONS:
        # 'В Кремле назвали «…»': the office the words come from, where the people in it said them.
        preposition_at = prefix.rfind(preposition[0], 0, mention_at)
        return Attribution(prefix[preposition_at:mention_at] + mention, start + preposition_at, _cue_verb(cue.text.casefold()))
    earlier = next((c for c in reversed(cues[:-1]) if not c.is_preposition), None)
    present_after_past = earlier is not None and cue.text in _CUE_NOUNS and earlier.text.casefold() in _PAST_REPORTS
    if len(cues) > 1 and (present_after_past or any(word in _CUE_WORDS for word in mention.split()[1:]) or mention.split()[0].casefold() in lexicon.SUBORDINATORS):
        # 'Kallas said she wanted it agreed “…”', '…, adding that leaders had asked …', 'He said the
        # formula favored populous states: “…”' (a present form after a past report is no second
        # report): the verb's subject is in a reported clause, the earlier cue reports.
        return _before(prefix[: cue.start], start)
    if earlier is not None and mention.split()[0] in ("the", "The") and " " in mention and (not _names_speaker(mention) or _reported_plan(prefix, cue, earlier)):
        # 'X said the numbers told voters “…”': a thing in the reported clause tells nothing; X does.
        # (Nor does a body in it that would or will do something: 'She said the government would ask
        # for “fair compensation”' quotes her.)
        reporter = _before(prefix[: cue.start], start)
        if reporter:
            return reporter
    return Attribution(mention, start + prefix.rfind(mention, 0, cue.start), _cue_verb(cue.text.casefold()))


def _only_a_phrase_before(prefix: str, cue_start: int) -> bool:
    """Whether a prepositional phrase is all that stands before the verb: no pronoun, no name
    outside it ('W rozmowie z Polską Agencją Prasową podkreślił'). Not 'В Кремле заявили': a place's
    name is where the people in it spoke (_before reads that one)."""
    opening = prefix[:cue_start].split()
    if len(opening) < 2 or not opening[1].islower():
        return False
    preposition = opening[0].casefold()
    if preposition not in lexicon.PREPOSITIONS or preposition in _POSSESSIVE_WORDS or preposition in _NOT_OPENING_A_PHRASE or preposition in _ARTICLES:
        return False
    if any(w.casefold() in lexicon.PRONOUN_GENDER or w.casefold() in lexicon.PLURAL_PRONOUNS or w.casefold() == "it" for w in opening):
        return False
    return not any(run.start() and not _after_preposition(prefix, run.start()) for run in NAME_RUN.finditer(prefix, 0, cue_start))


# 'In einer Mitteilung erklärte das Unternehmen': German puts the subject after the verb, its noun capitalised.
_GERMAN_NOUN_PHRASE = re.compile(r"\s+(?:der|die|das)\s+[A-ZÄÖÜ]\w+(?:\s|,|$)")
_HEARD_SAYING = re.compile(r"\b(?:remembers?|remembered|recalls?|recalled|heard|hears|hearing|watched|saw|sees)\s+(him|her|them)\s+$")
_TELLING_TO = frozenset("told asked warned urged advised instructed ordered".split())
_MODAL_BEFORE = re.compile(r"\b(?:would|will|could|should|might|may|must)\s+(?:[a-z]+ly\s+)?$")


_VERB_SECOND_CUES = frozenset(("volgens", "laut"))
_V2_ARTICLES = frozenset("de het der die das dem den des".split())
_SLAVIC_RELATIVES = frozenset("який яка яке які котрий который которая которое которые".split())


def _slavic_gerund(before: str, cue_text: str) -> bool:
    """A perfective gerund after a comma ('воздержался от оценок, заявив'), which Ukrainian spells
    as its past tense: not the verb closing a relative clause ('Томас Беккер, який відвідав …, назвав')."""
    if not (cue_text.endswith(("в", "вши")) and before.endswith(", ")):
        return False
    aside = before[:-2].rsplit(",", 1)[1:]
    return not (aside and aside[0].split()[:1] and aside[0].split()[0].casefold() in _SLAVIC_RELATIVES)


def _reported_plan(prefix: str, cue: Cue, earlier: Cue) -> bool:
    """'She said the government would ask …': a past report, then a modal before the later cue."""
    return earlier.text.casefold() in _PAST_REPORTS and bool(_MODAL_BEFORE.search(prefix, max(0, cue.start - 12), cue.start))


_GERMAN_CUES = frozenset(lexicon.VERB_CUES["de"].split())
# '…, with Qatar's chief spokesman describing …': a participle's own subject after 'with' (not
# 'responded with a statement saying', where the statement is the subject's).
_WITH_SUBJECT = re.compile(r",\s+with\s+((?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+$")
# '… was more guarded, its chair, Birgit Sollund, saying …': the participle's own subject, named.
_OWNED_ROLE_NAME = re.compile(rf",\s+(?:its|his|her|their)\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+,\s+({NAME_RUN.pattern}),?\s+$")


def _relative_antecedent(prefix: str, cue: Cue, start: int) -> Attribution | None:
    """'the German government, which told reporters …', 'supporters who had been chanting …': the
    relative's antecedent speaks."""
    before = prefix[: cue.start].rstrip()
    while True:
        head, _, last = before.rpartition(" ")
        if not last or (last.casefold() not in lexicon.AUXILIARIES and last.casefold() not in lexicon.PASSIVE_AUXILIARIES):
            break
        before = head.rstrip()
    relative = before.rsplit(None, 1)[-1:] if "," not in before[-1:] else []
    if relative and relative[0].casefold() in lexicon.RELATIVES:
        antecedent = before[: -len(relative[0])].rstrip(" ,")
    else:
        # 'Confindustria, che in un comunicato ha chiesto', 'the union, which in a statement said':
        # an adjunct between the relative and its verb.
        adjunct = _RELATIVE_ADJUNCT.search(before) if "," in before else None
        if not adjunct:
            return None
        antecedent = before[: adjunct.start()].rstrip()
    named = _name_before_appositive(antecedent)
    if named:
        return Attribution(named, start + prefix.rfind(named, 0, cue.start), _cue_verb(cue.text.casefold()))
    words = antecedent.rsplit(",", 1)[-1].split()
    # ('two people familiar with the talks, who described': the people, not the talks)
    after_preposition = max(
        (i + 1 for i, w in enumerate(words) if w.casefold() in lexicon.PREPOSITIONS and not (i and words[i - 1].casefold() in _POST_ADJECTIVES)), default=0
    )
    mention, kind = parse_mention(" ".join(words[after_preposition:]))
    if kind in ("name", "description") and mention:
        return Attribution(mention, start + prefix.rfind(mention, 0, cue.start), _cue_verb(cue.text.casefold()))
    return None


_RELATIVE_ADJUNCT = re.compile(r",\s+(?:who|which|che|qui|que|welche[rs]?|die|der)\s+(?:in|on|at|nel|nella|dans|en|con|with)(?:\s+[^\s,]+){1,3}$")


def _name_before_appositive(antecedent: str) -> str | None:
    """'Owen Pryce, the Labour MP for Caldermoor and a former council leader, who said': a
    relative after an appositive description has the full name before it for antecedent."""
    parts = antecedent.rsplit(",", 2)
    if len(parts) < 2 or parts[-1].split()[:1] == [] or parts[-1].split()[0].casefold() not in _DETERMINERS:
        return None
    run = None
    for run in NAME_RUN.finditer(parts[-2]):
        pass
    name = clean_name(run.group()) if run and run.end() == len(parts[-2].rstrip()) else None
    return run.group() if name and " " in name and not _is_org(name) else None


def _names_speaker(description: str) -> bool:
    """Whether a description ends in a person's role or an organisation ('the defence ministry')."""
    words = description.split()
    head = words[-1].casefold().rstrip(".,") if words else ""
    return bool(words) and (_speaking_head(head) or _is_person_head(head) or _placed_person(words))


def _speaking_head(head: str) -> bool:
    """Only people and organisations speak: a role ('spokesmen' too) or an organisation's noun."""
    return head in lexicon.PERSON_ROLES or (head in lexicon.ORG_HEADS and head not in lexicon.SILENT_NAME_HEADS) or head.rstrip("s") in lexicon.PERSON_ROLES


# 'and at one point', 'and later', 'but then': an adverbial between a conjunction and its verb.
_CONJUNCTION_ADVERBIAL = re.compile(r"\s(?:and|but)\s+(?:(?:then|later|also|again|still|[a-z]+ly)|(?:at|on|in|after|during)(?:\s+[a-z]+){1,3})\s*")


def _coordinated_past_adverbial(prefix: str, cues: list[Cue], cue: Cue) -> bool:
    """'He called them “…” and at one point described …': the verb after the adverbial shares the
    subject of the verb before the conjunction."""
    conjunction = max(prefix.rfind(" and ", 0, cue.start), prefix.rfind(" but ", 0, cue.start))
    if conjunction < 0 or len(cues) < 2:
        return False
    earlier = next((c for c in reversed(cues[:-1]) if not c.is_preposition), None)
    return bool(earlier) and earlier.end <= conjunction and bool(_CONJUNCTION_ADVERBIAL.fullmatch(prefix, conjunction, cue.start))


def _coordinated(chunk: str) -> bool:
    """Whether a verb right after `chunk` is coordinated with an earlier one ('…, and said', '…,
    then added')."""
    words = chunk.split()
    # (Dutch 'en': 'X noemde de leveranties ‘…’ en waarschuwde'; French 'en' opens no finite verb.)
    return bool(words) and (words[-1].casefold() in lexicon.CONJUNCTIONS or words[-1] == "en" or (words[-1] == "then" and len(words) > 1 and words[-2].endswith(",")))


def could_speak(phrase: str) -> bool:
    """Whether a noun phrase could be someone who speaks: a name other than a day's, or a person's or
    an organisation's noun before any complement ('the president', 'the head of the IMF', 'a mother
    from Gaza'; not 'the storm', 'the top of the government')."""
    words = phrase.split()
    complement = next((i for i, w in enumerate(words) if i and w.casefold() in lexicon.PREPOSITIONS), len(words))
    mention, kind = parse_mention(" ".join(words[:complement]))
    if not mention:
        return False
    return not _CALENDAR_NAME.fullmatch(mention) if kind == "name" else _names_speaker(mention)


# Someone who gives only a first name is known by it: 'who gave her name only as Natalia', 'identified
# only as Serhiy', 'who asked to be identified by his first name, Oleh,'.
_NAME_GIVEN_ONLY = re.compile(
    rf"\b(?:gave|gives|giving|give)\s+(?:his|her|their|only\s+(?:his|her|their))\s+(?:first\s+)?name\s+(?:only\s+)?as\s+({_NAME_WORD}(?:[ \t]+{_NAME_WORD})?),?\s*$"
    rf"|\bidentified\s+(?:only\s+)?(?:as|by\s+(?:his|her|their)\s+first\s+name,?)\s+({_NAME_WORD}),?\s*$"
)


# Where a text names someone by one word it was given: a call sign, a nom de guerre, the only name they gave.
_GIVEN_ALONE_KEYS = ("call sign", "call-sign", "callsign", " only as ", "nom de guerre")
_NAME_GIVEN_ALONE = re.compile(
    rf"\b(?:call[ -]?sign|nom de guerre|(?:first\s+)?name\s+only\s+as|identified\s+only\s+as|known\s+only\s+as)\s+({_NAME_WORD})\b(?![ \t]+{_NAME_WORD})"
)


def _subject_before_cue(chunk: str) -> str | None:
    """The subject right before a reporting verb, looking through an appositive:
    'Labour's spokeswoman, Priya Raman,' -> 'Priya Raman'; 'X, who resigned,' -> 'X'."""
    # 'and welcomed what it called “…”', 'with what one participant described as “…”': a free
    # relative's subject is the speaker, whatever comes before.
    # Both patterns open with a lower-case 'what' or 'which': one substring test spares most
    # chunks the two scans.
    aside = _PARTY_ASIDE.search(chunk) if chunk.endswith(") ") else None
    if aside:
        chunk = chunk[: aside.start()] + " "  # 'Sandrine Lefèvre (Union pour Valbonne) dénonce': the party in brackets is hers
    known_as = _NAME_GIVEN_ONLY.search(chunk) if " as " in chunk or ", " in chunk else None
    if known_as:
        return known_as.group(1) or known_as.group(2)  # 'One of them, a teacher who gave her name only as Natalia, said'
    free_relative = "wh" in chunk
    relative = _WHAT_PRONOUN.search(chunk) if free_relative else None
    if relative:
        return relative.group(1)
    apposed = _WHAT_APPOSED.search(chunk) if free_relative else None
    named = NAME_RUN.match(apposed.group(1)) if apposed else None
    if named and clean_name(named.group()):
        return named.group()  # 'in what one commander, Lt. Col. Oleksandr Kravets of the 110th Brigade, called'
    # A colon ends a clause: 'HOST: On the talks: the minister said' has 'the minister' for subject;
    # so does a dash: '… had become “X” - a remark Aalto called'.
    parts = _DASH_BREAK.split(chunk.rstrip().rsplit(": ", 1)[-1] + " ")
    # 'The minister – dubbed “…” by colleagues – insisted': a dash pair encloses an aside, the subject stands before it.
    stripped = parts[-3] if len(parts) >= 3 and not parts[-1].strip() else parts[-1]
    words = stripped.split()
    while words and (words[-1].casefold() in lexicon.AUXILIARIES or words[-1].endswith(("’", "'")) or words[-1] in _ADVERBS_BEFORE_VERB):
        words.pop()  # 'that Nguyen has already dismissed as': the subject before its auxiliary and adverb
    if len(words) > 2 and words[-1] == "to":
        # 'Voicu later returned to X to say': the infinitive's subject opens the sentence.
        subject = _sentence_subject(" ".join(words)) if len(words) > 3 else None
        if subject:
            return subject
        words = words[:-2]  # 'My grandmother used to say', 'He likes to say'
    # 'MPs back the motion as minister warns': the subject follows the conjunction that opens its clause.
    opener = -1 if _CLAUSE_OPENERS.isdisjoint(words) else max((i for i, w in enumerate(words[:-1]) if w in _CLAUSE_OPENERS), default=-1)
    # '… read from an email in which an aide told': a relative after a preposition opens a clause
    # with a subject of its own.
    opener = max(opener, max((i for i in range(1, len(words) - 1) if words[i] in _OBLIQUE_RELATIVES and words[i - 1] in lexicon.PREPOSITIONS), default=-1))
    if opener >= 0 and not any(w.endswith(",") for w in words[opener:]):
        clause = words[opener + 1 :]
        if len(clause) > 2 and clause[0].casefold() in lexicon.PREPOSITIONS and clause[1][:1].isupper():
            # 'while in Brussels the European Commission announced': a place before the subject
            article = next((i for i in range(2, len(clause) - 1) if clause[i] in ("the", "a", "an")), None)
            clause = clause[article:] if article else clause
        # 'after', 'before', 'until', 'once' are prepositions too, and 'when' opens a clause with a verb
        # of its own: 'Residents evacuated before the storm said', 'A nurse on duty when the fire broke
        # out said' have the sentence's subject; 'a day after President X called' has the clause's.
        if len(clause) <= 4 and (words[opener] not in _PREPOSITION_OPENERS or could_speak(" ".join(clause))):
            words = clause
    stripped = " ".join(words)
    if not stripped or _coordinated(stripped):
        return None
    if stripped.endswith(","):
        # 'Mercer, 61, a longtime adviser', 'a director in Tulsa County, Okla., who': an age or a
        # state after its town is no phrase of its own.
        segments = [s.strip() for s in stripped[:-1].split(",") if not s.strip().isdigit() and s.strip() not in _US_STATES]
        if _ends_in_participle_clause(segments) or (len(segments) > 2 and segments[-1].split(" ", 1)[0] in ("who", "which")) or (
            len(segments) >= 2 and segments[-1].split(" ", 1)[0] in _RELATIVE_PRONOUNS and segments[-2][:1].isupper()
        ):
            segments.pop()  # 'X, the president’s adviser, briefing journalists, said', 'X, a director, who …, told': the clause names nobody
        if len(segments) > 2 and _is_list_tail(segments[-1]):
            # 'The Alliance of …, a trade group representing automakers, appliance makers and equipment
            # producers, said': the items after the first are the appositive's, not phrases of their own.
            segments.pop()
            while len(segments) > 2 and _is_list_item(segments[-1]):
                segments.pop()
        if len(segments) >= 3 and all(segment[:1].islower() and not _COORDINATED_SEGMENT.match(segment) for segment in segments[1:]):
            # 'Daniel Price, director of Northgate Formations Ltd, the agent that provides the address,
            # said': a person's name, then only descriptions of them (not 'Anna Koval, a nurse, and her
            # husband, a driver, said': a list of people).
            named = NAME_RUN.fullmatch(segments[0])
            if named and " " in (clean_name(named.group()) or "") and not _is_org(named.group()):
                return named.group()
        if len(segments) >= 2:
            head, appositive = segments[-2], segments[-1]
            # 'The committee’s top Democrat, Sen. Gary Whitlock,': a title's period splits no name.
            untitled = _TITLE_ABBREVIATION.sub("", appositive, count=1)
            appositive_name = NAME_RUN.fullmatch(untitled)
            # (Not "Miguel Serrano, Halvern's Chief Operating Officer,": a capitalised office.)
            if appositive_name and clean_name(appositive_name.group()) and untitled.rsplit(" ", 1)[-1].casefold() not in lexicon.PERSON_ROLES:
                return appositive
            # 'Marchand’s oncologist, Dr. Anjali Rao of the University of Vermont, said': a full name
            # and where they work.
            # (Not 'Press Secretary of the Embassy': a title, no name.)
            named_from = NAME_RUN.match(untitled)
            last = named_from.group().split()[-1] if named_from else ""
            if named_from and _OF_AFFILIATION.match(untitled, named_from.end()) and " " in (clean_name(named_from.group()) or "") and not (
                last in lexicon.TITLES or last.casefold() in lexicon.PERSON_ROLES
            ):
                return named_from.group()
            mention, kind = parse_mention(head)
            mention_b, kind_b = parse_mention(appositive)
            if kind_b == "name" and appositive.split()[0].casefold() in _THROUGH:
                return mention_b  # 'Le Kremlin, par la voix de son porte-parole X, a jugé': X speaks for it
            if kind == "name" or (kind == "pronoun" and kind_b != "name") or (kind == "description" and _speaks_for_someone(mention.split())):
                return mention  # (', a Republican,' describes the governor a spokesman speaks for)
            if kind_b == "name":
                return mention_b
            if kind == "description" and _names_speaker(mention):
                return mention  # 'a US Treasury official, speaking on condition of anonymity,'
            for segment in (head, appositive):
                # 'Within an hour Vice President Elena Marsh, Sandoval’s running mate,': the first name
                # run that can be a name, and no owner of the appositive's noun ('Mr Tesh’s reply,
                # sent …, read:' is his)
                # (not 'A Qatari official familiar with the talks': a capitalised modifier of someone unnamed)
                run = next((r for r in NAME_RUN.finditer(segment) if clean_name(r.group())), None)
                if run and not (segment is appositive and run.group().endswith(("’s", "'s"))) and not _after_preposition(segment, run.start()) and not _modifies_unnamed_person(segment, run):
                    return run.group()
            # 'Oksana Levtchenko, 38 ans, professeure d’anglais,': an age and a role stand between.
            for segment in segments[-3:-5:-1] if len(head.split()) <= 4 and len(appositive.split()) <= 4 else ():
                earlier, earlier_kind = parse_mention(segment)
                if earlier_kind == "name":
                    return earlier
                if len(segment.split()) > 4:
                    break
            return mention
        stripped = segments[0]
    last_segment = stripped.rsplit(",", 1)[-1]
    medium = last_segment.split()
    if len(medium) in (2, 3) and "," in stripped and medium[0].casefold() in _MEDIUM_PREPOSITIONS and medium[-1].casefold() in lexicon.DOCUMENT_NOUNS:
        # 'Il gruppo X, che controlla lo stabilimento, in una nota ha ribadito': how it spoke, not who.
        return _subject_before_cue(stripped[: stripped.rfind(",") + 1])
    mention, kind = parse_mention(last_segment)
    if kind == "description" and len(mention.split()) > (10 if mention.split()[0].casefold() in _INDEFINITE_ARTICLES else 7):
        return None
    locative = bool(medium) and medium[0].casefold() in _LOCATIVE_PREPOSITIONS and medium[-1][:1].isupper()  # 'В Кремле заявили': see _before
    if mention and len(medium) > 1 and medium[0].casefold() in lexicon.PREPOSITIONS and medium[0].casefold() not in _NOT_OPENING_A_PHRASE and medium[0].casefold() not in _POSSESSIVE_WORDS and not locative:
        # 'W rozmowie z PAP podkreślił', 'Em publicação no Instagram, escreveu': the preposition's
        # object is no subject; the subject is dropped.
        objects = [w for w in medium[1:] if w.casefold() not in _ARTICLES]
        if objects and mention.split()[-1] == objects[0].strip(",") and (mention.split()[0] == objects[0].strip(",") or mention.split()[0].casefold() in _ARTICLES):
            return None
    return mention


_ENGLISH_CUES = frozenset(lexicon.VERB_CUES["en"].split())  # English drops no subject
_ARTICLES = lexicon.DEFINITE | lexicon.INDEFINITE | {"einem", "einen", "eines"}
_NOT_OPENING_A_PHRASE = frozenset("according selon según secondo segundo laut as like than".split())


_ASKED_WHETHER = re.compile(r"\b(?:ask|asks|asked|asking)\s+(?:\w+\s+)?whether\s+[^,.;:“”\"]{1,60}$")
_PARTY_ASIDE = re.compile(r"(?<=\w)\s+\([^()]*\s[^()]*\)\s+$")
_MEDIUM_PREPOSITIONS = frozenset("in en dans nel nella em no na w im".split())


def _describes_person(phrase: str) -> bool:
    """Whether up to four lower-case words after 'a', 'an' or 'the' describe a person in apposition:
    'retired teacher of', not 'spokesman said' (the subject of a clause after an adverbial: 'on
    Tuesday, a spokesman said'), 'city where the mayor' (a person in a clause of a place's) nor
    'president’s office'."""
    head = []
    for word in phrase.split():
        if word in _NOUN_PHRASE_ENDS:
            break
        if word in _CUE_WORDS or word in _VERBS_AFTER_SUBJECT:
            return False
        if not word.endswith(("’s", "'s", "s’", "s'")):  # 'the president’s office': an owner, not the head
            head.append(word)
    return any(map(_is_person_head, head))


def _is_list_item(segment: str) -> bool:
    """A bare plural or mass noun phrase: 'appliance makers', not 'a director' nor 'who resigned'."""
    first = segment.split(" ", 1)[0]
    return first[:1].islower() and first not in _DETERMINERS and first not in lexicon.RELATIVES and first not in _PRONOUNS and first not in lexicon.POSSESSIVES


def _is_list_tail(segment: str) -> bool:
    return (" and " in segment or " or " in segment) and _is_list_item(segment)


def _ends_in_participle_clause(segments: list[str]) -> bool:
    """Whether the last of a subject's comma segments is a participle's clause that the subject
    before it can stand without; a place opening the sentence ('In Rome, an official, speaking …,')
    is no subject to fall back on."""
    if len(segments) < 2 or not segments[-1][:1].islower() or not _PARTICIPLE.fullmatch(segments[-1].split()[0]):
        return False
    return len(segments) == 2 or segments[-3].split()[0].casefold() not in lexicon.PREPOSITIONS


def _described_appositive(segment: str) -> str | None:
    """The name closing an appositive that describes the person first ('o ex-ministro da Fazenda
    Augusto Brandão', 'the former finance minister Jan Roe'): an article, words in small letters, the name."""
    words = segment.split()
    if words and words[0][:2].casefold() in ("l’", "l'") and len(words[0]) > 2:
        words[:1] = [words[0][:2], words[0][2:]]  # 'l’ancien Premier ministre Jean-Baptiste Akoué'
    if len(words) < 3 or words[0].casefold() not in lexicon.DEFINITE or not words[1][:1].islower():
        return None
    last = None
    for last in NAME_RUN.finditer(segment):
        pass
    if not last or segment[last.end() :].strip():
        return None
    run = last.group()
    if run.count(" ") >= 2 and (_after_romance_office(segment, last.start()) or _after_title_of(segment, last.start())):
        run = _without_office_field(run)  # 'da Fazenda Augusto Brandão': the office's field, then the name
    elif _after_preposition(segment, last.start()):
        return None
    else:
        role = segment[: last.start()].split()[-1].casefold()
        if not (_is_person_head(role) or role in _PERSON_WORDS):
            return None
    name = clean_name(run)
    return run if name and " " in name else None


_DEMONSTRATIVES = frozenset("this that ce cet cette questo questa este esta dieser diese dieses".split())


_NAMED_ONLY = re.compile(rf"\s*(?:an?|one)\s+(?:[\w-]+\s+){{0,3}}?(?:man|woman|boy|girl|person|soldier|driver|farmer|worker|resident|volunteer)\s+named\s+({_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)(?![\w’'-])")


def _mention_after_cue(rest: str) -> tuple[str | None, str]:
    """'said Boris Bondarev, who…' -> Boris Bondarev; 'заявил на брифинге заместитель мэра Андрей
    Клименко' -> Андрей Клименко; 'aseguró.' -> None (the subject is dropped)."""
    segments = _CLAUSE_BREAK.split(rest, maxsplit=2)
    first = segments[0]
    words = first.split()
    definite = bool(words) and (words[0].casefold() in lexicon.DEFINITE or words[0].casefold() in _DEMONSTRATIVES)
    appositive = NAME_RUN.fullmatch(segments[1].strip()) if len(segments) > 2 and definite else None
    if appositive and " " in (clean_name(appositive.group()) or ""):
        return appositive.group(), "name"  # 'schrieb der Sprecher des Ministeriums, Serhij Bilyk, auf X'
    # 'a déclaré ce médiateur, l'ancien Premier ministre Jean-Baptiste Akoué, à l'issue de la réunion'
    described = _described_appositive(segments[1]) if len(segments) > 1 and definite else None
    named_only = _NAMED_ONLY.match(segments[1]) if len(segments) > 1 and definite and " named " in segments[1] else None
    if named_only:
        return named_only.group(1), "name"  # 'said the driver, a broad-shouldered man named Petro who would not give his surname'
    if described:
        return described, "name"  # 'disse o candidato governista, o ex-ministro da Fazenda Augusto Brandão.'
    # After a cue a pronoun is never French 'il' (that one is inverted: 'a-t-il dit'), but it may
    # be the Italian article.
    owned = len(words) > 1 and words[0].casefold() in _POSSESSIVE_WORDS and words[1][:1].islower()
    if owned and len(segments) > 2:
        # 'said her brother, Michael Castellano, who …': the possessive opens a description, the name follows.
        named = NAME_RUN.fullmatch(segments[1].strip())
        if named and " " in (clean_name(named.group()) or ""):
            return named.group(), "name"
    if words and words[0] != "il" and not owned and (words[0].casefold() in lexicon.PRONOUN_GENDER or words[0].casefold() in lexicon.PLURAL_PRONOUNS):
        return words[0], "pronoun"
    holder = _office_holder(first)
    if holder:
        return holder, "name"  # 'said Minister for Digital Development and Information Clara Tan'
    # Slavic reports put the role first and take no article: 'сказав представник Програми розвитку ООН
    # Томас Нільсен.', 'заявил журналистам глава делегации, заместитель министра Тарас Гнатюк.'
    described = _name_closing_description(first)
    if described is None and len(segments) > 1 and not NAME_RUN.search(first) and rest[rest.find(segments[1]) + len(segments[1]) :].lstrip()[:1] in ".!?":
        described = _name_closing_description(segments[1])
    if described:
        return described, "name"
    for run in NAME_RUN.finditer(first):
        if run.start() and first[run.start() - 1] == "-":
            continue  # inside a compound: 'die 68-Jährige'
        if len(run.group().rstrip(".")) == 1:
            continue  # 'napisała w serwisie X.': a platform, no one's name
        article = first[: run.start()].split()[-1:]
        if " " not in run.group() and article and article[0].casefold() in lexicon.DEFINITE and _speaking_head(run.group().casefold()) and not clean_name(run.group()):
            # 'sagte die Ministerin unter dem Beifall der Koalitionsfraktionen': the role is the
            # subject; a capitalised noun after it is German, not a name.
            return f"{article[0]} {run.group()}", "description"
        if run.group().count(" ") >= 2 and (_after_romance_office(first, run.start()) or _after_title_of(first, run.start())):
            # 'ha detto la segretaria del Pd Ada Neri', 'said Secretary of State Georgia Lam'
            return _without_office_field(run.group()), "name"
        if not _after_preposition(first, run.start()) and clean_name(run.group()):
            if run.group() in lexicon.FUNCTION_WORDS:
                continue
            if article == ["a"] and not first[run.end() :].strip():
                continue  # 'ha dichiarato ai giornalisti a Palazzo Chigi.': Romance 'a' before a place that ends the clause
            if article and article[0][-1] in "’'" and _elided_preposition(article[0][:-1].casefold()):
                continue  # 'a margine di un convegno dell’Anci': the host the preposition names
            if run.end() == len(first.rstrip()) and _role_described(first, run):
                return f"{article[0]} {run.group()}", "description"  # 'asked the Labour MP'
            if " " not in run.group() and article and (article[0].casefold() in lexicon.DEFINITE or (article[0].islower() and _oblique_office(run.group()))):
                # German capitalises every noun: 'hieß es aus dem Ministerium' describes a speaker, as
                # a role and the office it serves do: 'добавил представитель Кремля'.
                return f"{article[0]} {run.group()}", "description"
            if " " not in run.group() and _inside_description(first, run) and first[run.end() :].lstrip()[:1].islower():
                break  # 'said one London-based gas trader', 'said a senior European diplomat': a capitalised adjective
            titled = _ROLE_BEFORE_NAME.match(first, run.end()) if " " not in run.group() else None
            if titled and titled.group(1) in _PERSON_WORDS and " " in (clean_name(titled.group(2)) or ""):
                return titled.group(2), "name"  # 'said Republican campaign pollster Jared Whitlow': the name after the role
            if _modifies_unnamed_person(first, run):
                break  # 'said a House Republican aide': capitalised modifiers of someone unnamed
            return run.group(), "name"
    if len(segments) > 1 and segments[1].strip() and rest.lstrip()[:1] not in ".!?":
        run = NAME_RUN.fullmatch(segments[1].strip())
        if run and clean_name(run.group()):
            return run.group(), "name"
    words = [w for w in words if w.casefold() not in lexicon.AUXILIARIES]
    # 'advirtió un alto diplomático de un país del norte que pidió …': the relative clause is not part of it.
    # ('zegt een raadslid van de coalitie dat anoniem wil blijven': a Dutch relative after its noun)
    relative = next((i for i, w in enumerate(words) if w.casefold() in lexicon.RELATIVES or (i >= 2 and w in ("dat", "die"))), len(words))
    words = words[:relative]
    if words and (words[0].casefold() in _DETERMINERS or words[0].casefold() in _INDEFINITE_PRONOUNS or words[0] in _BARE_SOURCES) and len(words) <= 8 and not _romance_locution(words):
        return " ".join(_description_words(words)), "description"
    return None, "none"


def _name_closing_description(segment: str) -> str | None:
    """The full name that closes a description in small letters without an article: 'представник
    Програми розвитку ООН Томас Нільсен' -> Томас Нільсен; None when no such name ends the segment."""
    words = segment.split()
    if len(words) < 3 or not words[0][:1].islower() or words[0].casefold() in _DETERMINERS or words[0].casefold() in _POSSESSIVE_WORDS:
        return None
    last = None
    for last in NAME_RUN.finditer(segment):
        pass
    if last is None or segment[last.end() :].strip() or _after_preposition(segment, last.start()):
        return None
    word_before = segment[: last.start()].split()[-1]
    if word_before.casefold() in lexicon.PREPOSITIONS or word_before.casefold() == "a":
        return None  # 'ha dichiarato ai giornalisti a Palazzo Chigi': a place after a preposition, Romance 'a' among them
    name = clean_name(last.group())
    if not name or name.count(" ") != 1 or _is_org(name):
        return None
    # A role in small letters right before it, or capitals the cleaning cut off ('ООН Томас Нільсен').
    return name if word_before[:1].islower() or name != last.group() else None


def _romance_locution(words: list[str]) -> bool:
    """Whether 'a' opens a Romance adverbial ('a margine di', 'a nombre de'), not an English
    description ('a member of the board')."""
    return words[0] == "a" and len(words) > 2 and words[2] in _ROMANCE_OF


def _modifies_unnamed_person(chunk: str, run: re.Match) -> bool:
    """Whether capitalised words stand among the modifiers of an unnamed person an indefinite
    article opens: 'a House Republican aide', 'a senior White House official', 'an Obama
    administration official', 'a House Republican leadership aide'."""
    for word in reversed(chunk[: run.start()].split()[-3:]):
        if word.casefold() in _INDEFINITE_ARTICLES:
            break
        if not (word.isalpha() and word.islower()) or word in lexicon.PREPOSITIONS or word in _CUE_WORDS:
            return False
    else:
        return False
    for word in chunk[run.end() :].split()[:3]:
        bare = word.rstrip(",.;:")
        if bare.casefold() in _PERSON_WORDS:
            return True
        if bare != word or not (bare.isalpha() and bare.islower()):
            return False
    return False


def _inside_description(chunk: str, run: re.Match) -> bool:
    """Whether a capitalised word stands among the modifiers of a description a determiner opens:
    'one London-based gas trader', 'a senior European diplomat'."""
    before = chunk[: run.start()].split()[-3:]
    for word in reversed(before):
        if word.casefold() in _DETERMINERS:
            return True
        if not word.isalpha() or not word.islower() or word in lexicon.PREPOSITIONS or word in _CUE_WORDS:
            return False
    return False


def _description_words(words: list[str]) -> list[str]:
    """A description after a cue, up to what modifies it from behind: a preposition other than one
    taking a complement of its own ('a reporter from Polish public radio', 'the spokesman for the
    ministry'), a participle ('a British officer working on the staff'), a place ('in Brussels')."""
    phrase: list[str] = []
    for index, word in enumerate(words):
        folded = word.casefold().rstrip(",.;:!?" + _QUOTE_MARKS)
        if phrase and (not folded or folded in _CUE_WORDS or folded in lexicon.RELATIVES or folded in lexicon.AUXILIARIES or folded in lexicon.PASSIVE_AUXILIARIES):
            break  # the verb of the clause the description is the subject of
        if phrase and folded in _PHRASE_STARTS and _PHRASE_CUE.match(" ".join(words[index : index + 3])):
            break  # 'a source close to the minister hit back last night'
        if phrase and (folded in _CONTACT_CLAUSE_SUBJECTS or folded in _TIME_ADVERBS) and _is_person_head(phrase[-1].casefold()):
            break  # 'an official I spoke to': a relative clause without its pronoun; 'an aide last night': when
        if phrase and word[-1] in ",.;:!?" and not _is_acronym(word) and word[:-1] not in _TITLE_ABBREVIATIONS:  # 'for Rep. Ann Ellis'
            phrase.append(word.rstrip(",.;:!?"))
            break
        if phrase and folded in lexicon.PREPOSITIONS and folded not in lexicon.GENITIVE_PREPOSITIONS and phrase[-1].casefold() not in _POST_ADJECTIVES:
            # 'familiar with the talks' is what tells an unnamed source apart: it stays.
            if not _serves_in(folded, words[index + 1 :]):
                break
        if len(phrase) >= 2 and _POST_MODIFIER.fullmatch(word) and phrase[-1].casefold() not in _DETERMINERS and folded not in _POST_ADJECTIVES and _speaks(phrase[-1].casefold()):
            break  # but 'a person briefed on the talks' is told apart by 'briefed', as by 'familiar'; 'a senior ruling party lawmaker' goes on
        phrase.append(word)
    return phrase


_CONTACT_CLAUSE_SUBJECTS = frozenset("i we you he she they".split())
_TIME_ADVERBS = frozenset("last yesterday today tonight earlier".split())
_STAFF_AT = re.compile(rf"\s*(?:[{_UPPER}][\w-]*\s+)?[A-Za-z][a-z]+s\s+at\s+(?:the\s+)?({NAME_RUN.pattern})")  # 'Lawyers at X


def _speaks(head: str) -> bool:
    return _is_person_head(head) or head in _SOURCE_HEADS


def _names_an_institution(complement: list[str], inside: bool = False) -> bool:
    """Whether a complement names who the person serves ('from Polish public radio', 'at NATO
    headquarters', 'at the energy ministry'), not where or when they spoke ('at a briefing', 'on
    Monday'). Inside a place ('a source in the SBU', 'in the Finance Ministry') only an institution
    counts: 'a diplomat in Brussels' is a diplomat where the story is."""
    for word in complement:
        bare = word.rstrip(",.;:!?" + _QUOTE_MARKS)
        folded = bare.casefold()
        if folded in lexicon.PREPOSITIONS and folded not in lexicon.GENITIVE_PREPOSITIONS:
            return False
        if folded in _INSTITUTION_HEADS or _is_acronym(bare) or (word[:1].isupper() and not inside):
            return True
        if inside and bare != word:
            return False
    return False


# What a source serves inside: 'a source in the Russian government', 'an official at the energy ministry'.
_INSTITUTION_HEADS = frozenset(
    "ministry department government kremlin commission committee office agency administration embassy mission presidency headquarters secretariat".split()
)
_MEMBERSHIP_PREPOSITIONS = frozenset(("in",))
# After a cue the description has no verb to confuse: 'an engineer with the Public Health Department', 'an aide to Ramirez'.
_SERVING_PREPOSITIONS = _COMPLEMENT_PREPOSITIONS | {"with", "to"}


_MEASURE_OPENING = re.compile(
    r"(?i)(?:\d[\d,.]*|a\s+few|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a\s+hundred)"
    r"\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|miles?|kilometres?|kilometers?|km|blocks?|doors?)\b"
)


# Italian fronts the predicate of a verbless reaction: 'Durissima la senatrice X:', 'Netta la replica di Y:'.
_FRONTED_PREDICATE = re.compile(r"(?:[A-Z][a-z]+issim[aoei]|Dur[aoei]|Nett[aoei]|Secc(?:[ao]|he|hi)|Ferm[aoei]|Pront[aoei]|Immediat[aoei]|Lapidari[oa]|Tagliente)\s+(?=(?:il|la|lo|i|gli|le)\s)")


_REACTION_OF = re.compile(
    r"(?i:the|la|le|il|el|a|die|l[’'])\s*(?i:reply|response|reaction|answer|replica|risposta|reazione|réponse|réaction|réplique"
    r"|respuesta|reacción|réplica|resposta|reação|reacção|antwort|reaktion|replik)\s+"
    r"(?:(?:of|from|by|di|de|von)\s+(?:(?:the|il|la|le|el|o|der|dem)\s+)?|(?P<contracted>del|della|dello|du|do|da|dem|vom)\s+)"
)


def _sentence_subject(prefix: str, introduced: bool = False) -> str | None:
    """The noun phrase opening a sentence ('Her final sentence', 'He', "Lyle's department")."""
    dateline = _DATELINE.match(prefix.lstrip()) if prefix.lstrip()[1:2].isupper() else None
    if dateline:
        prefix = prefix.lstrip()[dateline.end() :]  # 'VIENNA (Meridian Wire) — The U.N. nuclear watchdog said'
    words = prefix.split()
    if not words:
        return None
    first = words[0].casefold()
    if first in lexicon.PREPOSITIONS or (first == "a" and len(words) > 1 and words[1][:1].isupper() and words[1].endswith(",")):
        # 'Na sali …, a marszałek Sejmu Ewa Lipińska musiała …:', 'A Kiev, il viceministro …, Oleksandr
        # Myščenko, ha ringraziato Roma:': an adverbial opens the sentence, the person named in full speaks.
        names = [
            r.group() for r in NAME_RUN.finditer(prefix)
            if " " in (clean_name(r.group()) or "") and not _after_preposition(prefix, r.start()) and r.group().split(" ", 1)[0].casefold() not in lexicon.PREPOSITIONS
        ]
        if names:
            return names[-1]
    if first in lexicon.PREPOSITIONS and "," not in prefix and not introduced:
        # 'In serata la Lega ha diffuso una nota:': a short adverbial, then an article and a name.
        opened = next((i for i in range(2, min(len(words) - 1, 5)) if words[i].casefold() in lexicon.DEFINITE and words[i + 1][:1].isupper()), None)
        opened = opened if opened and all(w.islower() for w in words[1:opened]) else None  # not 'In der Erklärung des Verbandes'
        if opened:
            return _sentence_subject(" ".join(words[opened + 1 :]), introduced=True)
    reaction = _REACTION_OF.match(prefix.lstrip()) if len(words) > 3 and first in lexicon.DEFINITE else None
    if reaction:
        article = _CONTRACTED_ARTICLES[reaction["contracted"].casefold()] + " " if reaction["contracted"] else ""
        return _sentence_subject(article + prefix.lstrip()[reaction.end() :], introduced=True)  # 'la replica di Carlo Benedetti:' is his
    fronted = _FRONTED_PREDICATE.match(prefix.lstrip()) if len(words) > 3 and not introduced else None
    if fronted:
        return _sentence_subject(prefix.lstrip()[fronted.end() :], introduced=True)  # 'Durissima la senatrice X:' is the senator, harsh
    participle = _OPENING_PARTICIPLE.fullmatch(first) and len(words) > 1 and words[1][:1].islower()  # not 'United Nations'
    measure = _MEASURE_OPENING.match(prefix.lstrip())  # 'Twenty minutes to the west, …'
    if (first in lexicon.PREPOSITIONS or participle or measure) and "," in prefix and not introduced:
        # 'Sobre un posible alto el fuego, el mecánico es prudente:', 'Asked about it, Smith was blunt:'.
        return _sentence_subject(prefix.split(",", 1)[1], introduced=not measure)  # a place may follow the measure
    elif first in lexicon.DEFINITE or first in _INDEFINITE_ARTICLES:
        # 'A spokesman for the committee, Theo Park, said' names the speaker as surely as 'the'.
        appositive = _DESCRIPTION_THEN_NAME.match(prefix.lstrip())
        if appositive and " " in (clean_name(appositive.group(1)) or ""):
            return appositive.group(1)  # 'il viceministro degli Esteri ucraino, Oleksandr Myščenko,'
    if first in _POSSESSIVE_WORDS and len(words) > 1 and words[1][:1].islower():
        appositive = _DESCRIPTION_THEN_NAME.match(prefix.lstrip())
        if appositive and " " in (clean_name(appositive.group(1)) or ""):
            return appositive.group(1)  # 'Her neighbor, Oleksandr Moroz, 41, was blunter:'
    # But Italian 'Il Cremlino' and 'Il consigliere …' are an article and a noun.
    article = len(words) > 1 and (words[1][:1].isupper() or (first == "il" and words[1].rstrip(",:").casefold() in _PERSON_WORDS))
    if (first in lexicon.PRONOUN_GENDER or first in lexicon.PLURAL_PRONOUNS) and not article:
        return words[0]
    if first in lexicon.POSSESSIVE_GENDER and len(words) > 1 and words[1][:1].isupper():
        appositive = _DESCRIPTION_THEN_NAME.match(prefix.lstrip())
        if appositive and " " in (clean_name(appositive.group(1)) or ""):
            return appositive.group(1)  # 'Ihr Chef, der Steuerberater Uwe Krämer, habe ihr gesagt:'
        noun = words[1].rstrip(",:").casefold()
        if noun not in _PERSON_WORDS and not lexicon.TITLE_SUFFIX.search(noun):
            return words[0]  # 'Ihr Urteil fällt … aus:', 'Zijn boodschap is simpel:': hers, his (not 'Sein Anwalt')
    # 'Rep. Luis Arreola (D-Calif.) quote-posted …:': the name follows the title's abbreviation.
    opening = _TITLE_ABBREVIATION.sub("", prefix.lstrip(), count=1)
    if words[0] in _OPENING_CONJUNCTIONS and len(words) > 2 and not introduced:
        return _sentence_subject(opening[len(words[0]) :], introduced=True)  # 'But the councilwoman doubled down'

    run = NAME_RUN.match(opening)
    if run and run.group().startswith(("A ", "An ")):
        noun = opening[run.end() :].split()[:1]
        if noun and noun[0].rstrip(",") in _PERSON_WORDS:
            return f"{run.group()} {noun[0].rstrip(',')}"  # 'A Colorado sheriff is defying …': someone unnamed
    if run:
        name = clean_name(run.group())
        if not name and " " not in run.group():
            # 'Turkish mediator Ali Demir, …, told …': a nationality, a role, then the name.
            titled = _ROLE_BEFORE_NAME.match(opening, run.end())
            if titled and titled.group(1) in _PERSON_WORDS and " " in (clean_name(titled.group(2)) or ""):
                return titled.group(2)
        if name:
            rest = opening[run.end() :]
            appositive = _ROLE_THEN_NAME.match(rest)
            if appositive and clean_name(appositive.group(1)):
                return appositive.group(1)  # 'The European Commission president, Ursula von der Leyen,'
            titled = _ROLE_BEFORE_NAME.match(rest)
            if titled and titled.group(1) in _PERSON_WORDS and " " in (clean_name(titled.group(2)) or ""):
                return titled.group(2)  # 'White House press secretary Margaret Keane dismissed …'
            described = _DESCRIBED_NAME.match(rest)
            if described and " " in (clean_name(described.group(1)) or ""):
                return described.group(1)  # 'Her boss, the accountant Uwe Brandt, told her:'
            if run.group().endswith(("’s", "'s")) and rest.startswith(" ") and rest.strip():
                owned = _OWNED_NAME.match(rest)
                if owned and (" " in (clean_name(owned.group(2)) or "") or (owned.group(1) and clean_name(owned.group(2)))):
                    return owned.group(2)  # "India's newly elected Prime Minister Narendra Modi", "Ukraine's grid operator, Ukrenergo,"
                return run.group() + " " + rest.split()[0]
            if rest.split()[:1] and rest.split()[0] in lexicon.ORG_HEADS and rest.startswith(" "):
                return run.group() + " " + rest.split()[0]  # 'The Whitmore campaign said'
            following = rest.split()[:3]
            if rest.startswith(" ") and len(following) == 3 and following[0].isalpha() and following[0].islower() and following[1] in lexicon.ORG_HEADS:
                return " ".join([run.group(), *following[:2]])  # 'The U.N. nuclear watchdog said'
            return run.group() + _subject_complement(run.group(), rest)
    if first in lexicon.DEFINITE or first in lexicon.INDEFINITE:
        phrase = [words[0]]
        for index, word in enumerate(words[1:4], start=1):
            if word.casefold() in lexicon.PREPOSITIONS or word.casefold() in lexicon.AUXILIARIES:
                break
            phrase.append(word)
            # 'one veteran member was heard to mutter:': a person noun may modify the next.
            modifier = index < 3 and index + 1 < len(words) and _is_person_head(words[index + 1].rstrip(",:").casefold())
            if word[-1:] in ",:" or (_is_person_head(word.casefold()) and not modifier):
                break
        head = phrase[-1].rstrip(",:").casefold()
        spoken = [i for i, w in enumerate(phrase) if i and (_speaking_head(w.casefold()) or _is_person_head(w.casefold()))]
        if not (_speaking_head(head) or _is_person_head(head)) and spoken and not phrase[-1].endswith(","):
            # 'The mayor's office spent …': the noun phrase ends at its noun, before the verb.
            phrase = phrase[: spoken[-1] + 1]
            head = phrase[-1].casefold()
        if phrase[-1].endswith(",") and head not in lexicon.PERSON_ROLES and not introduced:
            # 'This week, Modi visited …': the subject follows the opening adverbial.
            return _sentence_subject(prefix.lstrip()[len(" ".join(phrase)) :], introduced=True)
        # Only people and organisations speak: 'The pacifists' slogan should be:' names no speaker.
        if _speaking_head(head) or _is_person_head(head):
            rest = prefix.lstrip()[len(" ".join(phrase)) :]
            named = NAME_RUN.match(rest, 1) if rest.startswith(" ") and not phrase[-1].endswith((",", ":")) else None
            if not named and not phrase[-1].endswith((",", ":")):
                # 'Il consigliere di opposizione Davide Ruggeri ha ironizzato': a complement, then the full name.
                field = _ROMANCE_FIELD_THEN_NAME.match(rest)
                named = NAME_RUN.match(rest, field.start(1)) if field and " " in (clean_name(field.group(1)) or "") else None
                if named and named.group() != _name_after_field(named.group()):
                    return _name_after_field(named.group())  # 'il senatore del Partito Democratico Marco Galli'
                ending = rest.rstrip(" :")
                closing = list(NAME_RUN.finditer(ending))[-1:] if field and not named and introduced else []
                closing_name = clean_name(_name_after_field(closing[0].group())) if closing and closing[0].end() == len(ending) else None
                if closing_name and " " in closing_name:
                    return closing_name  # 'la senatrice del Movimento 5 Stelle Giulia Ferraresi:'
            after = rest[named.end() :].split()[:1] if named else []
            if after and after[0].islower() and _is_person_head(after[0].rstrip(",:").casefold()):
                # 'A veteran Ohio operative, more bluntly:': the capitalised word modifies the noun after it.
                return " ".join([*phrase, named.group(), after[0].rstrip(",:")])
            if named and clean_name(named.group()) and named.group().split()[0] not in lexicon.FUNCTION_WORDS:
                return named.group()  # 'the national grid operator Ukrenergo said': the name the description precedes
            return " ".join(phrase).rstrip(",:")
    return None


_GROUP_OF = re.compile(r"\s+of\s+(?:the|his|her|their)\s+[a-z][\w-]*(?=[\s,])")
# The head ends the appositive or its noun phrase ('an advocacy group that …'), or owns its noun: 'the
# movement’s student wing' is an organisation's part, 'the committee’s chairman' (a person's role) and
# 'the jury foreman' describe people, 'a former England international' is a player.
_APPOSED_ORGANISATION = re.compile(rf",\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(sorted(lexicon.ORG_HEADS - {'international'}))})(?:[’']s\s+(?:[\w-]+\s+)?(?P<noun>[\w-]+))?(?=\s*[,.)]|\s+(?:that|which|whose|who|based|founded|representing|led)\b)")


def _subject_complement(subject: str, rest: str) -> str:
    """What a sentence's capitalised subject runs on with: whose allies they are ('Allies of the
    chancellor'), or the rest of an organisation's name its appositive vouches for ('Parents for
    Safer Screens, an advocacy group,')."""
    if subject.casefold() in lexicon.FOLLOWERS:
        group = _GROUP_OF.match(rest)
        return group.group() if group else ""
    complement = _ORGANISATION_COMPLEMENT.match(rest) if rest.startswith((" of ", " for ")) else None
    appositive = _APPOSED_ORGANISATION.match(rest, complement.end()) if complement else None
    if not appositive or (appositive.group("noun") and _is_person_head(appositive.group("noun").casefold())):
        return ""
    return complement.group()


def _cue_verb(cue: str) -> str:
    return " ".join(cue.split())


# A US legislator's party and state ('Jane Doe, R-Ohio, said', 'Doe (D-N.Y.)', 'Roe, I-Vt.') stands
# after a name, which it describes: it names nobody and ends no name.
_PARTY_STATE_TAG = re.compile(
    r"(?:,[ \t]*|[ \t]*\()[RDI]-(?!Day\b)(?:(?:[A-Z]\.){1,2}|[A-Z]{2}|[A-Z][a-z]+\.?(?:[ ][A-Z][a-z]+\.?)?)(?P<close>\))?(?=[,;)]|\s|$)"
)


def without_party_tags(text: str, quoted: list[tuple[int, int]]) -> str:
    """`text` with the party-state tags and the bracketed party labels after a name outside quotes
    blanked (offsets kept); a final period stays, as it may end the sentence ('said Sen. Ann Roe, I-Vt.')."""
    if "(" in text:
        text = _replaced_outside(text, quoted, _party_labels(text))
    if not _PARTY_LETTER.search(text):  # a quick scan: the tag's pattern tries every space and comma
        return text

    def blanks() -> Iterator[tuple[int, int, str]]:
        for match in _PARTY_STATE_TAG.finditer(text):
            start, end = match.span()
            if not match.group("close") and text[end - 1] == "." and not text.startswith(",", end):
                end -= 1
            yield start, end, " " * (end - start)

    return _replaced_outside(text, quoted, blanks())


# A party or parliamentary group in brackets after a name ('Jan Novak (EPP)', 'Eva Roth (Greens/EFA)',
# 'Lena Kraus (SPD)') says whose side the person is on: it is no part of the name. An acronym the
# words before spell out ('the Medical Association (MA)') is the organisation's own short name,
# and a news agency's tag ends a dateline ('Lyon (AFP) —').
_PARTY_LABEL = re.compile(r"\((?:The )?[A-Z][\w&/-]{1,11}(?: [A-Z][\w&/-]{1,11})?\)(?![ \t]*[—–-])")


def _party_labels(text: str) -> Iterator[tuple[int, int, str]]:
    for match in _PARTY_LABEL.finditer(text):
        start = match.start()
        before = text[max(0, start - 40) : start]
        owner = before.rstrip(" \t").rpartition(" ")[2]
        if before.endswith((" ", "\t")) and owner[:1].isupper() and owner[-1:].islower() and not _spelled_out(text, match.group()[1:-1]):
            yield start, match.end(), " " * (match.end() - start)


# The hyphen first: a scan for one literal character skips through the text about ten times faster
# than one for [RDI]-, which stops at every capital R, D and I.
_PARTY_LETTER = re.compile(r"-(?<=[RDI]-)")
_DIGIT_GROUP = re.compile(r",(?=\d{3}\b)")  # a literal first is found quickly; the digit before is checked apart


def without_digit_group_commas(text: str, quoted: list[tuple[int, int]]) -> str:
    """`text` with the commas grouping a number's digits outside quotes made a thin space (offsets kept):
    'president of a union representing roughly 100,000 workers, said' has one comma before its cue."""
    commas = ((m.start(), m.start() + 1, "\u2009") for m in _DIGIT_GROUP.finditer(text) if m.start() and text[m.start() - 1].isdigit())
    return _replaced_outside(text, quoted, commas)


def _replaced_outside(text: str, quoted: list[tuple[int, int]], replacements: Iterable[tuple[int, int, str]]) -> str:
    """`text` with each (start, end, replacement), in order, applied unless it starts inside a quote."""
    pieces, last = [], 0
    for start, end, replacement in replacements:
        if not any(s <= start < e for s, e in quoted):
            pieces += [text[last:start], replacement]
            last = end
    return "".join(pieces) + text[last:] if pieces else text


def _blank(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """text[start:end] with the words inside other quotes blanked: cues quoted are not cues."""
    piece = text[start:end]
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        comma = text.rfind(",", s, e)
        if comma >= 0 and not text[comma + 1 : e].strip("”\"’» "):
            # American style sets the sentence's comma inside the marks: 'X, speaking on CNN's “State
            # of the Union,” said': the comma still closes the clause, the marks go with the words.
            if s > start and text[s - 1] in _OPENING_MARKS:
                s -= 1
            if e < end and text[e] in _CLOSING_MARKS:
                e += 1
            piece = piece[: s - start] + " " * (comma - s) + "," + " " * (e - comma - 1) + piece[e - start :]
        else:
            piece = piece[: s - start] + " " * (e - s) + piece[e - start :]
    return piece


_CLOSING_MARKS = frozenset("”\"’»")
_OPENING_MARKS = frozenset("“\"‘«")
_PRONOUNS = frozenset(lexicon.PRONOUN_GENDER) | frozenset(lexicon.PLURAL_PRONOUNS) | {"it", "its"}


def resolve(mention: str | None, at: int, context: SpeakerContext, cue: str | None) -> tuple[str | None, str]:
    """The speaker's name for a mention (or for a dropped subject), and whether it is a person
    or a group; an organisation's acronym is its name, where the text spells it out."""
    speaker, kind = _resolve(mention, at, context, cue)
    if not (speaker and speaker.strip()):
        return None, kind  # 'un comunicado en el que aseguró': an article alone names no one
    if speaker.isupper() and speaker.isalpha() and len(speaker) > 1:
        return context.organisation(speaker), kind
    return _SPELLED_OUT_ACRONYM.sub("", speaker), kind  # 'Ministry of Digital Development and Information (MDDI)'


# A nationality as a noun: 'the Brazilian', 'the Dutchman', 'the Senegalese', 'the Spaniard'.
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|man|iard)")
_TITLE_BEFORE = re.compile(r"\b(?:(?P<m>Mr|Herr|Sr|Monsieur|M)|(?P<f>Mrs|Ms|Miss|Mme|Frau|Sra|Madame))\.? $")


def _titled_name(names: list[tuple[int, str]], gender: str, before: int) -> str | None:
    """Of the names a surname was introduced with, the one a title of that gender means: the
    nearest earlier of that gender by its first name, else of a first name that tells none, else
    the first later one of either."""
    genders = [listed_name_gender(name) or first_name_gender(name) for _, name in names]
    for wanted in (gender, None):
        earlier = [name for (at, name), of in zip(names, genders) if of == wanted and at < before]
        if earlier:
            return earlier[-1]
    return next((name for (at, name), of in zip(names, genders) if of in (gender, None)), None)


def _title_gender(text: str, at: int) -> str | None:
    """The gender of a title right before a surname: 'Mr. Delgado', 'Ms Delgado'."""
    title = _TITLE_BEFORE.search(text, max(0, at - 9), at)
    return None if title is None else "m" if title["m"] else "f"


_SPELLED_OUT_ACRONYM = re.compile(r"(?<=\w)\s+\([A-Z]{2,8}\)$")


def _resolve(mention: str | None, at: int, context: SpeakerContext, cue: str | None) -> tuple[str | None, str]:
    if mention in lexicon.FUNCTION_WORDS and mention.casefold() not in _PRONOUNS:
        mention = None  # 'Jak dodała, …' (as she added): the subject is dropped, not named
    if mention is None:
        gender = _gender_of_verb(cue)
        return context.last_person(at, gender), "person"
    words = mention.split()
    first = words[0].casefold()
    if first in _LOCATIVE_PREPOSITIONS and len(words) > 1:
        return _resolve_locative(words[1:], at, context), "group"
    if first in _RELATIVE_PRONOUNS and (len(words) == 1 or (len(words) <= 4 and all(w.islower() for w in words[1:]))):
        # ('…, Gregor Tamm, who last week called': an adverb between the relative and its verb.)
        # 'Mayor Theo Blanchard of Toledo, who, asked whether …, replied:': the relative's antecedent.
        window = context.text[max(0, at - 100) : at]
        names = [clean_name(run.group()) for run in NAME_RUN.finditer(window) if window[: run.start()].split()[-1:] not in (["of"], ["in"], ["from"], ["at"])]
        name = next((n for n in reversed(names) if n and " " in n), None)
        return (context.full_name(name, at) if name and " " not in name else name), "person"
    if len(words) == 1 and first == "it":
        # 'The case, it said, was …': the organisation that opened a recent sentence.
        return _recent_organisation(context, at), "group"
    if first == "sie" and len(words) == 1 and context._german and _opens_with_feminine_organisation(context.text, _previous_sentence_start(context.text, at)):
        # 'Die Gewerkschaft … sieht das anders. Sie nannte die Pläne …': German 'sie' is also a
        # feminine organisation that opened the sentence before.
        return _recent_organisation(context, at), "group"
    # 'sagt sie', 'erklärte sie' is she; 'sagen sie', 'sie sagten' they.
    if len(words) == 1 and first in lexicon.PLURAL_PRONOUNS and not (first == "sie" and cue and not cue.split()[0].endswith("n")):
        group = _recent_group(context, at)
        return (group or context.last_person(at)), "group"
    if _ONE_OF_THEM.match(mention):
        described = _APPOSED_DESCRIPTION.match(context.text, at + len(mention))
        if described and _is_person_head(_head_noun(described.group(1).split())):
            return described.group(1), "person"  # 'said one of the people, a European official who has seen …'
        # 'one of them said': one of the people a recent sentence counts ('person familiar with the talks').
        # (They may have been counted a paragraph back: 'according to two people familiar with the talks'.)
        one = _counted_group(context, at, one=True, within=1200) if first == "one" else None
        return (one, "person") if one else (_counted_group(context, at, within=1200) or _recent_group(context, at) or mention, "group")
    if _MEMBER_OF_COUNTED.fullmatch(mention) and (member := _counted_group(context, at, one=True, within=1200)) and (words[1] == "other" or member.startswith("person ")):
        return member, "person"  # 'Two people familiar with the findings said … “…,” the person said'
    interviewee = _interviewee_at(context, at) if first in _FIRST_PERSON else None
    if interviewee:
        # In an answer 'I' is the interviewee, and 'my sister' theirs: "Olena Kovalenko's sister".
        owned = [w for w in words[1:] if w.casefold() != "own"]
        if len(words) == 1:
            return interviewee, "person"
        if owned and first in _FIRST_PERSON_POSSESSIVES and owned[-1].casefold() in _KIN:
            return f"{interviewee}'s {' '.join(owned)}", "person"
    if len(words) == 1 and (first in lexicon.PRONOUN_GENDER or first in lexicon.POSSESSIVE_GENDER):
        gender = "f" if first == "sie" else lexicon.PRONOUN_GENDER.get(first) or lexicon.POSSESSIVE_GENDER[first]
        interviewee = _interviewee_at(context, at) if context.answers else None
        kin = _kin_just_named(context.text, at, gender) if interviewee else None
        if kin:
            return f"{interviewee}'s {kin}", "person"  # 'My father was an engineer. He used to say …'
        speaker = _referent(context, at, gender, _gender_of_verb(cue))
        if speaker and gender:
            context.genders.setdefault(speaker, gender)
        return speaker, "person"
    if member := _member_of_organisation(mention):
        return context.canonical(member), "person"
    run = NAME_RUN.fullmatch(mention)
    if run or (words[0][:1].isupper() and first not in lexicon.DEFINITE and first not in lexicon.INDEFINITE and not any(w[:1].islower() and w.casefold() not in ("de", "da", "di", "van", "von", "del", "der", "dos", "bin", "al", "la", "le") for w in words)):
        name = clean_name(mention)
        if name and ("’s " in mention or "'s " in mention) and not mention.endswith(name) and _is_org(mention):
            return _organisation_name(mention) or mention, "group"  # 'Kassarian Fishermen’s Federation': the possessive is part of the name
        if not name and " " not in mention and context.full_name(mention, at) != mention:
            name = mention  # 'Vos said' after 'Anneke Vos': a surname that is also a word ('vos') is hers here
        if not name:
            return None, "person"
        if name.casefold() in _FIRST_PERSON and _interviewee_at(context, at):
            return _interviewee_at(context, at), "person"  # 'What I tell my clients is: …'
        if (cue and " ".join(cue.split()) in lexicon.GENITIVE_CUES) or (first in _SLAVIC_SPOKESPEOPLE and name != mention):
            # 'Według Straży Granicznej', 'Rzecznik Komisji Europejskiej powiedział': the body in the genitive
            name = " ".join(map(_nominative_word, name.split(" ")))
        if " " not in name and context._german:
            name = _german_office(name, at, context.text) or name
        if name.rpartition(" ")[2].casefold() in lexicon.PARTY_MEMBERS:
            return _resolve_description("the " + name, at, context)  # 'said the Ohio Republican'
        if " " not in name:
            # The title may be the mention's own: 'Mrs Pritchard said'.
            surname_at = at + len(mention) - len(name) if mention.endswith(name) else at
            name = context.full_name(name, at, _title_gender(context.text, surname_at))
        elif name[:1].islower():
            # 'Mr ap Rhys', 'M. de la Vallée': a surname with its particle is the full name's end.
            full = context.full_name(name.rpartition(" ")[2], at)
            name = full if full.endswith(name) and full != name else name
        if " " not in name:
            name = context.organisation(name)
        if " " not in name and _DEMONYM.fullmatch(name) and context.text[max(0, at - 4) : at].casefold() == "the ":
            # 'the Brazilian said', 'The Dutchman, who took charge in October, said': the person just named.
            return _referent(context, at, "f" if name.endswith("woman") else "m" if name.endswith("man") else None) or name, "person"
        if " " not in name and name.casefold() in lexicon.ORG_HEADS and name.casefold() not in lexicon.SILENT_NAME_HEADS:
            name = _named_with_head(context.text[max(0, at - 6000) : at], name.casefold()) or name  # 'the Embassy said'
        if _is_org(name) and not _TITLE_BEFORE_NAME.search(mention):  # 'Gov. Lena Park' is a person whatever her surname
            return (_organisation_name(mention) or name) + _organisation_complement(context.text, at + len(mention)), "group"
        apposed = _subject_complement(name, context.text[at + len(mention) : at + len(mention) + 150])
        if apposed:
            return name + apposed, "group"
        return name, "person"
    return _resolve_description(mention, at, context)


_MIDDLE_INITIAL = re.compile(r"^\S+ [A-Z]\. \S+$")
_UNIT_NOUNS = frozenset("directorate unit units relations chiefs wing bureau division branch corps section staff desk cell".split())


_FEMININE_ORGANISATION_HEAD = re.compile(r"\w*?(?:gewerkschaft|kommission|regierung|partei|fraktion|behörde|agentur|stiftung|gesellschaft|konferenz|kammer|polizei|bundeswehr|anwaltschaft|union)\b", re.IGNORECASE)
_GERMAN_REPORTED_VERB = re.compile(r"\b(?:habe|sei|seien|werde|könne|müsse|solle|wolle|dürfe|gebe|hätte|wäre|würde)\b")


def _opens_with_feminine_organisation(text: str, at: int) -> bool:
    """Whether the sentence at `at` opens with a feminine organisation that says something itself
    ('Die GEW sieht das anders'), not in a reported sentence ('Die Bundesregierung habe …')."""
    if not (text.startswith("Die ", at) and text[at + 4 : at + 5].isupper() and _FEMININE_ORGANISATION_HEAD.match(text, at + 4)):
        return False
    end = text.find(".", at)
    return not _GERMAN_REPORTED_VERB.search(text, at, end if end > 0 else len(text))


def _previous_sentence_start(text: str, at: int) -> int:
    """Where the sentence before the one holding `at` opens, in the same paragraph."""
    paragraph = text.rfind("\n\n", 0, at)
    floor = paragraph + 2 if paragraph >= 0 else 0
    own = sentence_start(text, at, floor)
    return sentence_start(text, own - 2, floor) if own > floor else own


def _member_of_organisation(mention: str) -> str | None:
    """The person in 'Jane Smith of the Heritage Foundation': a name, then the body they belong to."""
    head, of, body = mention.partition(" of ")
    if not of or not NAME_RUN.fullmatch(head):
        return None
    member = clean_name(head)
    body = body.removeprefix("the ")
    if not member or not (member.count(" ") == 1 or _MIDDLE_INITIAL.search(member)):
        return None  # a first name and a surname ('Mothers Against Violence of …' is a group)
    last = member.rpartition(" ")[2]
    # 'Financial Crimes Unit of the National Police', 'Foreign Ministry Spokesperson of …': a unit, a role.
    if last.casefold() in _UNIT_NOUNS or last.casefold() in lexicon.PERSON_ROLES or last in lexicon.TITLES:
        return None
    if not _is_org(member) and NAME_RUN.fullmatch(body) and _is_org(body):
        return member
    return None


# A sentence opening with a participle's or a preposition's phrase: 'Speaking to RIA Novosti after
# the hearing, she said', 'After meeting Macron, he told reporters'.
_OPENING_PHRASE = re.compile(r"(?:[A-Z][a-z]+ing|Asked|After|Before|During|In|At|On|With|Following|Despite)\s[^,.;:!?“”\"]{2,120},\s$")


def _past_opening_phrase(text: str, at: int) -> int:
    """Where a pronoun's antecedent is looked for: before its sentence when the sentence opens with
    a phrase the pronoun's clause follows, since whoever that phrase names is not its subject."""
    if at < 2 or text[at - 2 : at] != ", ":
        return at
    opening = sentence_start(text, at, max(0, text.rfind("\n", 0, at) + 1))
    return opening if _OPENING_PHRASE.fullmatch(text, opening, at) else at


def _described_subject(context: SpeakerContext, at: int, gender: str | None) -> str | None:
    """'Before he left, the president handed her a pen. “…,” he said.': a pronoun after a sentence
    whose subject is a role ('the president', 'the Pentagon chief') is that role's holder, named
    earlier, rather than the last person named. Only a role resolved to a name is taken."""
    text = context.text
    quote = bisect_right(context._quote_starts, at) - 1
    if quote >= 0 and context._quoted[quote][1] <= at < context._quoted[quote][1] + 30 and not any(c in text[context._quoted[quote][1] : at] for c in "\n.!?"):
        at = context._quoted[quote][0] - 1  # '“…,” he said': the sentence is the quote's (not after '“…”. She')
    paragraph = text.rfind("\n\n", 0, at) + 2 if text.rfind("\n\n", 0, at) >= 0 else 0
    sentence = sentence_start(text, at, paragraph)
    previous = sentence_start(text, sentence - 2, paragraph) if sentence > paragraph else sentence
    if sentence <= paragraph and paragraph >= 2:
        # The words open their paragraph: the subject is in the paragraph before.
        before = text.rfind("\n\n", 0, paragraph - 2)
        previous = sentence_start(text, paragraph - 3, before + 2 if before >= 0 else 0)
        sentence = paragraph - 2
    found = None
    for match in _SUBJECT_ROLE.finditer(text, previous, sentence if sentence > previous else at):
        found = match
    if not found:
        return _kin_subject(text, previous, sentence if sentence > previous else at, gender) or _unnamed_subject(text, previous, sentence if sentence > previous else at, gender, context=context)
    head = found.group(2).casefold()
    if not (_is_person_head(head) or head in lexicon.PERSON_NOUNS) or _description_gender(head) not in (None, gender) or gender is None:
        return None
    apposed = _APPOSED_FULL_NAME.match(text, found.end(1))
    if apposed and " " in (clean_name(apposed.group(1)) or "") and context.gender_of(apposed.group(1)) in (None, gender):
        return context.canonical(apposed.group(1))  # 'The owner, Catriona Vass, is … “…,” she says'
    name, kind = _resolve_description(found.group(1), found.start(1), context)
    if name and name.casefold() == head and head in lexicon.PERSON_NOUNS and found.group(2).islower():
        return name  # 'The guard looked at the passports. “…?” he asked': someone the text never names
    if kind != "person" or not name or not name[:1].isupper() or " " not in name or name.split(" ", 1)[0].casefold() in _DETERMINERS:
        return None
    known = context.gender_of(name)
    return name if known in (None, gender) else None


# A relative opening a sentence, then its verb: 'Her husband, standing nearby, nodded.'
_KIN_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s))((?:Her|His|Their)\s+([a-z]+))(?:,\s+[a-z][^,.;“”\"]{0,40},)?\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b", re.M)


def _kin_subject(text: str, start: int, end: int, gender: str | None) -> str | None:
    """'Her husband, standing nearby, nodded. “…,” he said': a relative the sentence before has
    for subject, named by no name, speaks as 'her husband'."""
    if gender is None or ("Her " not in text[start:end] and "His " not in text[start:end] and "Their " not in text[start:end]):
        return None
    found = None
    for found in _KIN_SUBJECT.finditer(text, start, end):
        pass
    if not found or found.group(2) not in _KIN or _description_gender(found.group(2)) != gender:
        return None
    return found.group(1)[0].lower() + found.group(1)[1:]


# A sentence opening with an unnamed person, then its verb: 'A Singapore-based tanker broker was
# less sanguine.', 'A drone operator from the 47th Brigade, who asked …, said …' ('who' tells a
# person; an affiliation is part of the description, 'from a swing district' is not) (but 'A
# neighbour, Mykhailo, nailed …' names him). An opening phrase may come first ('Afterwards, in
# the corridor, an opposition frontbencher who declined to be named summed up …').
_NOT_VERBS = r"(?:his|this|its|is|us|as|yes|thus|plus|less|unless|across|perhaps|always|whereas|needs)\b"
_IRREGULAR_PAST = "was|were|said|told|spoke|wrote|took|gave|made|shook|stood|sat|came|went|held|kept|got|ran|left|began|brought|thought|felt|saw|knew"
_AN_AGE = r"(?:(?:perhaps|about|around|maybe|some|roughly)\s+)?(?:\d+|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b"
# The writer introduces whom they asked: 'I put this to a former senior Treasury official who …'.
_ASKED_BY_WRITER = re.compile(
    r"(?:I|We)\s+(?:put\s+(?:this|that|it|the\s+\w+)\s+to|asked|spoke\s+(?:to|with)|talked\s+(?:to|with)|interviewed|met|called|rang)\s+"
    r"(an?\s+(?:[\w’'-]+\s+){0,5}?([a-z][\w’'-]*))(?=\s+(?:who|whose|at|from|in|on|with)\b|[,.])"
)
# 'said one of the people, a European official who …': who the one is, set off by a comma.
_APPOSED_DESCRIPTION = re.compile(r",\s+(an?\s+(?:[\w’'-]+\s+){0,5}?[a-z][\w’'-]*)(?=\s+(?:who|whose)\b|[,.;])")
_UNNAMED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s))(?:(?:[A-Z][a-z]+ly|(?:Afterwards?|Later|Earlier|Meanwhile|Elsewhere|Outside|Inside|Nearby|Then|Now|Yesterday|Today|In|At|On|After|Before|During|Across|Near|Behind|Back|Around|Shortly|Late|Early|By|Along|Beside|Overnight)(?:\s[^,.;:!?“”\"\n]{1,60})?),\s+(?:[a-z][^,.;:!?“”\"\n]{1,60},\s+)?)?"
    r"((?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){0,4}?(?!who\b)([a-z]+)(?:\s+(?:from|of|at|with|in|for)\s+(?!an?\s|" + _AN_AGE + r")[^,.;“”\"]{1,60}?)?)"
    # What they wear or hold, and their age, are no part of who they are.
    r"(?:\s+(?:in|with|wearing|carrying)\s+an?\s+[^,.;“”\"]{1,40}?|\s+of\s+" + _AN_AGE + r"(?:\s+or\s+\w+)?)?"
    r"(?:,\s+(who\s)?[a-z][^.;“”\"]{0,120},|\s+(who\s)(?:[a-z]+\s+){0,4}?[a-z]+(?=\s+(?!" + _NOT_VERBS + r")[a-z]+(?:ed|s)\s))?\s+(?:[a-z]+ly\s+)?(?:(?!" + _NOT_VERBS + r")[a-z]+(?:ed|s)|" + _IRREGULAR_PAST + r")\b",
    re.M,
)
# 'One of the guards, spotting a notebook, waved it away.': one of a group, unnamed.
_ONE_OF_GROUP = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s))[Oo]ne\s+of\s+(?:the|those|these|their|our|his|her)\s+(?:[\w-]+\s+){0,2}?([a-z]+)"
    r"(?:,\s+[a-z][^.;“”\"]{0,120},)?\s+(?:[a-z]+ly\s+)?(?:(?!" + _NOT_VERBS + r")[a-z]+(?:ed|s)|" + _IRREGULAR_PAST + r")\b",
    re.M,
)
_IRREGULAR_PLURALS = {"men": "man", "women": "woman", "people": "person", "children": "child"}


def _singular(noun: str) -> str:
    """'guards' -> 'guard', 'women' -> 'woman', 'witnesses' -> 'witness'; '' for a word that is no plural."""
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if noun.endswith("sses"):
        return noun[:-2]
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else ""


# The same in French, Spanish, Italian and Portuguese, where the noun comes first and a relative in
# commas says a person: 'Un praticien de l’établissement, qui a souhaité garder l’anonymat, confirme'.
_ROMANCE_UNNAMED_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"»]\s))((?:Un|Une|Uno|Una|Um|Uma)\s+[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+)?)(?:\s+(?:de|du|des|do|da|dos|das|del|della|di)\b[^,.;“”\"«»]{1,60})?,\s+(?:qui|que|che)\s[^.;“”\"«»]{1,120},\s+[a-zà-ÿ]+", re.M)


def _unnamed_subject(text: str, start: int, end: int, gender: str | None, any_gender: bool = False, context: "SpeakerContext | None" = None) -> str | None:
    """'A former engineer … described a similar atmosphere. “…,” he said': the pronoun is the
    unnamed person the sentence before opens with, not the last person named further back. With
    `any_gender`, for words quoted with no cue after that sentence."""
    if gender is None and not any_gender:
        return None
    segment = text[start:end]
    if "a " in segment or "A " in segment or "an " in segment or "An " in segment or "nother " in segment:
        found = _UNNAMED_SUBJECT.match(text, start)
        if (
            found and found.end() <= end and (_is_person_head(found.group(2)) or found.group(3) or found.group(4))
            and (any_gender or _description_gender(found.group(2)) in (None, gender)) and not (context and context.names_someone(found.end(), end))
        ):  # ('Later, an analyst pressed Osei on …. “…,” he said': Osei answers; 'a wiry man named Roy Eckert')
            return "a" + found.group(1)[1:]  # 'A' or 'An' opening the sentence, in small letters
    if segment.startswith(("I ", "We ")) and (asked := _ASKED_BY_WRITER.match(text, start)) and asked.end() <= end:
        head = asked.group(2)
        if _is_person_head(head) and (any_gender or _description_gender(head) in (None, gender)):
            return asked.group(1)  # 'I put this to a former senior official who …. “…,” he told me'
    if "ne of " in segment:
        found = _ONE_OF_GROUP.match(text, start)
        member = _singular(found.group(1)) if found and found.end() <= end else ""
        if (
            member and (member in lexicon.PERSON_NOUNS or _is_person_head(member)) and (any_gender or _description_gender(member) in (None, gender))
            and not (context and context.names_someone(found.end(), end))
        ):
            return member  # 'One of the guards, spotting a notebook, waved it away. “…,” he said': a guard
    if "Un" in segment:
        found = _ROMANCE_UNNAMED_SUBJECT.match(text, start)
        if found and found.end() <= end:
            head = found.group(1).split()[1]
            if _is_person_head(head) and _description_gender(head) in (None, gender):
                return found.group(1).split(" ", 1)[1]
    return None


_SECOND_CLAUSE = re.compile(r"\band\b|\bbut\b|;")


def _referent(context: SpeakerContext, at: int, gender: str | None, verb_gender: str | None = None) -> str | None:
    """Whom 'he', 'she' or 'the Dutchman' means: the subject described or named just before, else
    the last person of a compatible gender (the verb's, where the word tells none)."""
    last = context.last_person(_past_opening_phrase(context.text, at), gender or verb_gender)  # first: it learns genders from roles
    return _described_subject(context, at, gender) or _named_subject(context, at, gender, last) or last


def _named_subject(context: SpeakerContext, at: int, gender: str | None, last: str | None) -> str | None:
    """'Hutchins then thanked Vollmer for …. “…,” she said.': a pronoun right after a sentence that
    opens with a person's name is that subject, not someone the sentence goes on to name as an object."""
    if not last or gender is None:
        return None
    text = context.text
    at = _before_quote(context, at)  # '“…,” she said': the sentence is the quote's
    paragraph = text.rfind("\n\n", 0, at) + 2 if text.rfind("\n\n", 0, at) >= 0 else 0
    sentence = sentence_start(text, at, paragraph)
    if sentence <= paragraph:
        # '… Marsk said she would meet President Vosk.' / '“…,” she said.': a paragraph that opens
        # with the quote follows on from the last sentence of the one before.
        if paragraph < 2 or not text[paragraph - 3 : paragraph - 2].strip():
            return None
        sentence = paragraph - 2
        paragraph = text.rfind("\n\n", 0, sentence) + 2 if text.rfind("\n\n", 0, sentence) >= 0 else 0
    previous = sentence_start(text, sentence - 2, paragraph)
    run = NAME_RUN.match(text, previous, sentence)
    # A surname alone opens the sentence ('Trang, for her part,', 'Mr. Hallworth grew'): someone the
    # text has introduced in full.
    surname = _TITLE_ABBREVIATION.sub("", run.group(), count=1) if run else ""
    name = surname if surname and " " not in surname and text[run.end() : run.end() + 1] in (" ", ",") else None
    if not name or "last " + name not in context._affixes() or text[run.end() + 1 : run.end() + 2].isupper():
        return None
    subject = context.full_name(name, previous)
    object_at = text.find(last.rpartition(" ")[2], run.end(), sentence)
    # 'Feld rephrased, and Danilov conceded': a second clause has a subject of its own ('… in the
    # Emirates and Hong Kong.' ends on the object, no verb follows it).
    object_end = object_at + len(last.rpartition(" ")[2])
    second_clause = _SECOND_CLAUSE.search(text, run.end(), object_at) and not text.startswith((".", ",", ";"), object_end)
    if subject == last or object_at < 0 or second_clause or context.gender_of(subject) not in (None, gender):
        return None
    return subject


def _titled_before(context: SpeakerContext, head: str, at: int, former: bool = False) -> str | None:
    """The person last named with `head` as their title ('Sen. Grant Hollister', 'Speaker Tom
    Garrity'): who 'the senator' or 'the Speaker' is; with `former`, who 'the former governor' is
    ('former Ohio Gov. Curtis Vandermeer')."""
    forms = [re.escape(head.capitalize())] + [re.escape(a) + r"\.?" for a in _TITLE_FORMS.get(head, ())]  # 'Gen. X', British 'Gen X'
    pattern = _titled_pattern(tuple(forms))
    gender = _description_gender(head)
    found: list[tuple[str | None, str]] = []  # titled people and their gender
    text, position = context.text, max(0, at - 6000)
    while title := pattern.search(text, position, at):
        field = _OFFICE_FIELD.match(text, title.end(), at) if text.startswith("of ", title.end()) else None
        honorific = _TITLE_BEFORE_NAME.match(text, field.end() if field else title.end(), at)  # 'Minister of Health and Family Welfare Dr. Ravi Rao'
        match = _TITLED_NAME.match(text, honorific.end() if honorific else title.end(), at)
        position = match.end() if match else title.end()
        if not match or bool(_FORMER_TITLE.search(context.text, max(0, title.start() - 30), title.start())) != former:
            continue  # 'former Speaker X' is not who 'the Speaker' is now, nor a sitting one 'the former governor'
        name = clean_name(match.group(1))
        full = (context.full_name(name, at) if " " not in name else context.canonical(name)) if name else None
        if full:
            found.append((context.gender_of(full) if gender else None, full))
    # 'the congresswoman' is a 'Rep.' known to be a woman, else one of unknown gender: of those, the
    # one whose surname stands last ('Minister Ada Roe … Minister Li Chen … Roe said. “…,” the minister said').
    pool = [full for g, full in found if g == gender] or [full for g, full in found if g is None]
    return max(reversed(pool), key=lambda full: text.rfind(full.rsplit(" ", 1)[-1], 0, at)) if pool else None


_OFFICE_FIELD = re.compile(rf"of\s+(?:(?:[{_UPPER}][\w-]*|and|&)\s+){{1,8}}?(?={_TITLE_BEFORE_NAME.pattern})")


@lru_cache(maxsize=1024)
def _titled_pattern(forms: tuple[str, ...]) -> re.Pattern:
    """The title alone, and the name after it by the one pattern compiled once: a pattern of both
    for each title cost milliseconds to compile (the name's character classes are long)."""
    return re.compile(rf"(?<![\w.])(?:{'|'.join(forms)})[ \t]+")


_TITLED_NAME = re.compile(rf"({_NAME_WORD}(?:[ \t]+{_NAME_WORD})+)")


def _kin_just_named(text: str, at: int, gender: str | None) -> str | None:
    """The relative opening the sentence before `at` in an answer ('My father was …'), if a pronoun
    of `gender` can refer to them."""
    floor = text.rfind("\n", 0, at) + 1
    sentence = sentence_start(text, at, floor)
    if sentence <= floor:
        return None
    words = text[sentence_start(text, sentence - 1, floor) : sentence].split()[:3]
    if len(words) < 2 or words[0].casefold() not in _FIRST_PERSON_POSSESSIVES:
        return None
    kin = words[2] if words[1].casefold() == "own" and len(words) > 2 else words[1]
    kin = kin.casefold().rstrip(",.")
    return kin if kin in _KIN and _description_gender(kin) in (None, gender) else None


def _interviewee_at(context: SpeakerContext, at: int) -> str | None:
    """Who answers in the interview answer holding `at`, if any."""
    return next((answer.speaker for answer in context.answers if answer.start <= at < answer.end), None)


def _resolve_description(mention: str, at: int, context: SpeakerContext) -> tuple[str | None, str]:
    words = mention.split()
    if words[0][:2].casefold() in ("l’", "l'") and words[0][2:].casefold() in lexicon.ORG_HEADS:
        words[:1] = [words[0][:2], words[0][2:]]  # 'l’organizzazione': the elided article is a word of its own
    if len(words) > 3 and words[2].casefold() in ("who", "whom"):
        return mention, "person"  # 'the woman who called our hotline': someone the clause identifies
    # 'disse a prefeita': Portuguese 'a' is 'the', no 'a' as English has it.
    articles, indefinite_words = (lexicon.DEFINITE | {"a"}, lexicon.INDEFINITE - {"a"}) if context.portuguese else (lexicon.DEFINITE, lexicon.INDEFINITE)
    determiner = words[0].casefold()
    if determiner == "a" and context.portuguese:
        determiner = "o"
    head = _head_noun(words)
    # An age says a person whatever the noun: 'o cozinheiro de 44 anos', 'продавщица, 54 года'.
    person = _is_person_head(head) or bool(_AGE_COMPLEMENT.search(mention))
    plural = person and head[:-1] in _PERSON_WORDS and head not in _PERSON_WORDS
    kind = "person" if person and not plural else "group"  # 'supporters' are no 'she' later
    document = next((i for i, w in enumerate(words) if w.casefold() in lexicon.DOCUMENT_NOUNS), None)
    issuer = _document_issuer(context, words[document + 1 :], at + len(mention)) if document is not None else None
    if issuer:
        return issuer, "group"  # 'a memo from the Interior Ministry', 'einer Erklärung der Kommission'
    filer = _filed_by(context.text, at + mention.find(words[document])) if document is not None and determiner in lexicon.INDEFINITE else None
    if filer:
        return clean_name(filer), "group"  # 'a memo circulated to donors by Forward Nevada described …'
    if determiner in lexicon.INDEFINITE:
        named = (_named_later_as(context.text, words, at) or _named_in_next_paragraph(context.text, at)) if person else None
        return (named, "person") if named else (_lowered_article(_unnamed(words)), kind)
    # Languages without articles name a role bare: 'представитель Кремля', 'каже жінка'.
    articleless = determiner not in lexicon.DEFINITE and len(words) <= 3 and (determiner in lexicon.PERSON_ROLES or determiner in lexicon.PERSON_NOUNS)
    bare = " ".join(words[1:]) if determiner in lexicon.DEFINITE else mention
    # 'the governor of one industrial region' is someone new, as 'a governor' would be.
    of_someone_new = any(w.casefold() in lexicon.GENITIVE_PREPOSITIONS and n.casefold() in _SINGULAR_ARTICLES for w, n in zip(words[1:], words[2:]))
    if (determiner not in lexicon.DEFINITE and not articleless) or of_someone_new or any(w.endswith(("’s", "'s")) for w in words):
        return bare, kind
    aged = _introduced_with_age(context, head, at)
    if aged:
        return aged, "person"  # 'Karl Brenner, 29, …' is 'the 29-year-old' later
    former = len(words) == 3 and words[1].casefold() == "former"
    # 'Foreign Ministry Spokeswoman Daria Volkova' is not who 'the ministry' is.
    titled = _titled_before(context, head, at, former) if (len(words) == 2 or former) and determiner in ("the", "The") and head not in lexicon.ORG_HEADS else None
    if former and not titled:
        titled = _titled_before(context, head, at)  # 'Gen Oskar Talvik, who commanded the army in the war' is 'the former general' as minister
    if titled and not _introduced_unnamed_since(context.text, titled, head, at):
        return titled, "person"  # 'Gov. Alicia Moreno' is 'the governor' later
    if head in lexicon.DOCUMENT_NOUNS:
        issuer = _issuer(context, at, head)
        if issuer:
            return issuer, "group"
        # 'the Vistula report' is the Vistula Energy Forum's: the organisation its modifier opens.
        modifier = words[-2] if len(words) >= 2 and words[-1].casefold() == head and words[-2][:1].isupper() else None
        issuer = context.organisation(modifier) if modifier and modifier.casefold() not in lexicon.DEFINITE else None
        if issuer and issuer != modifier:
            return issuer, "group"
    # A role is named once, where the person is introduced: far back, only a name is worth finding.
    window_start = max(0, at - 6000)
    earlier = context.text[window_start:at]
    best = _antecedent(earlier, head, bare, _complement_names(words), lambda offset: context.in_quote(window_start + offset), articles)
    distant = bool(best) and window_start + best[0] < at - 2500
    if best:
        phrase_words = best[1].split()
        indefinite = [i for i, w in enumerate(phrase_words) if w.casefold() in indefinite_words]
        article = earlier[: best[0]].split()[-1:]
        # 'A source familiar with the talks' is someone too, though 'source' may name a document.
        if (person or head in _SOURCE_HEADS) and (indefinite or (article and article[0].casefold() in indefinite_words & {"a", "an"})):
            # 'Hrytsenko, 67, a retired railway mechanic' is named; 'A U.S. State Department spokesperson' is not.
            named = _named_before(context, window_start + best[0] - (len(article[0]) + 1 if article and not indefinite else 0))
            # 'A former MP has been jailed …' then 'Neil Forsyth, 58, …': the lead's subject, named next
            # (not 'A man was charged after a police officer was stabbed': the officer is not the subject).
            if indefinite:
                article_at = context.text.find(phrase_words[indefinite[-1]], window_start + best[0])
            else:
                article_at = window_start + earlier.rfind(article[0], 0, best[0])
            # (Spokespeople, officials and sources are the ones a text leaves unnamed: 'A hospital
            # spokesperson said …' then 'Sarah Kemp, 45, waited 14 hours' is a patient.)
            if not named and head not in _UNNAMED_BY_CONVENTION and _opens_its_paragraph(context.text, article_at):
                named = _named_in_next_paragraph(context.text, article_at)
            if named:
                return named, "person"
            # 'a reporter from Polish public radio asked …' is known by the whole description later.
            following = context.text[window_start + best[0] + len(best[1]) :][:120].split()
            if following and not following[0][:1].isalnum():
                following = []  # 'resigning as a minister.’ The prime minister …': the description ends at its sentence
            unnamed = _unnamed(phrase_words[indefinite[-1] :] if indefinite else [article[0], *phrase_words])
            if not distant:
                relative = bool(following) and following[0].casefold() in lexicon.RELATIVES
                return _lowered_article(" ".join(_description_words(unnamed.split() + following)), relative), "person"
        phrase_end = window_start + best[0] + len(best[1])
        titled_name = _NAME_AFTER_ROLE.match(context.text, phrase_end) if person else None
        titled_name = clean_name(titled_name.group(1)) if titled_name else None
        field = _ROMANCE_FIELD_THEN_NAME.match(context.text, phrase_end) if person and not titled_name else None
        if field:
            titled_name = clean_name(_name_after_field(field.group(1)))  # 'il ministro della Difesa Carlo Benedetti'
            if titled_name and not any(map(_listed_unaccented, titled_name.split())):
                titled_name = None  # 'el consejero de Vivienda de la Comunidad de Madrid, Javier Montoro': a field, no name
        if titled_name and " " in titled_name and not _is_org(titled_name):
            return titled_name, "person"  # 'Foreign Ministry spokesperson Gao Wenjun' is 'the spokesperson', not a name before the role
        if person:
            # 'Tom Ashdown, the armed forces minister,' and 'Olena Markiv, Ukraine's ambassador,' name the role.
            article_length = len(article[0]) + 1 if article and article[0].casefold() in lexicon.DEFINITE and phrase_words[0].casefold() not in lexicon.DEFINITE else 0
            named = _named_before(context, window_start + best[0] - article_length)
            if named:
                return named, "person"
            if phrase_words[0].endswith(("’s", "'s")) and window_start + best[0] > at - 600 and not _APPOSED_LATER.match(earlier, best[0] + len(best[1])):
                # 'Peru’s outgoing president, who …, called for calm. “…,” the president wrote.': no one named
                # (not "Ukraine’s ambassador in Berlin, Oleksandr Kovtun,").
                return best[1], "person"
        while phrase_words and (phrase_words[0].casefold() in articles or phrase_words[0].casefold() in lexicon.PREPOSITIONS or phrase_words[0][:1].islower() and not any(w[:1].isupper() for w in phrase_words)):
            phrase_words = phrase_words[1:]
        while phrase_words and phrase_words[0][:1].islower() and any(w[:1].isupper() for w in phrase_words[1:]) and phrase_words[0].casefold() not in lexicon.INDEFINITE:
            phrase_words = phrase_words[1:]
        phrase_end = window_start + best[0] + len(best[1])
        after = context.text[phrase_end : phrase_end + 60]
        name = _APPOSITIVE_NAME.match(after)
        if person:
            cleaned = clean_name(name.group(1)) if name else None
            full = context.full_name(cleaned, at) if cleaned else None
            # 'the diplomat, Anna Berg,' names the diplomat; 'the diplomat, Russia continues' does not.
            if full and (" " in full or after[name.end() : name.end() + 1] in (",", ")")):
                return full, "person"
        elif name and not distant and (after[:1] == "," or name.group(1).split()[0] not in lexicon.TITLES) and clean_name(name.group(1)) and (after[name.end() : name.end() + 1] in (",", ")") or after[name.end() :].lstrip()[:1].islower()):
            # "Ukraine's state energy company Naftogaz said" (not 'Foreign Ministry Spokeswoman Daria Volkova')
            if after[:1] == " " and phrase_words and phrase_words[-1][:1].isupper() and _is_org(f"{phrase_words[-1]} {name.group(1)}"):
                return f"{phrase_words[-1]} {name.group(1)}", "group"  # 'O Tribunal Regional Eleitoral do Paraná': the head opens the name
            return clean_name(name.group(1)), "group"
        if phrase_words and any(w[:1].isupper() for w in phrase_words) and not person and not distant:
            return " ".join(phrase_words) + _organisation_complement(after, 0), "group"
    if head in lexicon.ORG_HEADS and (len(words) == 2 or (len(words) == 3 and words[1].islower())):
        # 'Ukraine's grid operator, Ukrenergo, said …. "…," the company said': the last sentence's subject.
        sentence = sentence_start(context.text, _before_quote(context, at), window_start)
        previous = sentence_start(context.text, max(window_start, sentence - 2), window_start)
        staff = _STAFF_AT.match(context.text, previous, sentence) if previous < sentence else None
        if staff:
            return staff.group(1), "group"  # 'Lawyers at Terra Legal warned …. “…,” the group said': their employer
        subject = _sentence_subject(context.text[previous:sentence]) if previous < sentence else None
        if subject and " " in subject and subject.split(" ", 1)[0] in lexicon.DEFINITE:
            subject = subject.split(" ", 1)[1]  # 'In a statement, the Ministry of Defence said': after the opener, 'the' is lower case
        name = clean_name(subject) if subject and subject[:1].isupper() and subject.casefold() not in lexicon.PRONOUN_GENDER and subject.casefold() not in _FIRST_PERSON else None
        if name and subject.endswith(" " + name) and name[:1].islower() and name.rpartition(" ")[2] in lexicon.ORG_HEADS:
            name = subject.removeprefix("The ")  # 'The U.N. nuclear watchdog said …. The agency …': the capitalised owner and its head
        # A single word is a name only where the text capitalises it inside a sentence too: not
        # 'The department did …', 'Reports show …'.
        single = bool(name) and " " not in name and context.full_name(name, at) == name and context.capitalised_inside(name)
        # 'Amnesty International Kenya said …. “…,” the group said': a group's name may end in no head
        # either, when it is no headline's and three words or more, or 'it' takes it up ('X said it had').
        headless = bool(name) and head in _GROUP_HEADS and previous >= context._title_case_headline_end and _no_persons_name(context, name) and (
            name.count(" ") >= 2 or _TAKEN_UP_AS_IT.search(context.text, previous, sentence) is not None
        )
        if name and name[:1].isupper() and (_is_org(name) or single or headless):
            subject_end = context.text.find(subject, previous, sentence) + len(subject)
            organisation = _organisation_name(subject) or name
            if " " not in organisation:
                organisation = context.organisation(organisation)  # 'La Federazione sindacale unitaria (Fsu) ha …'
            return organisation + _organisation_complement(context.text, subject_end), "group"
        named = _named_with_head(earlier, head)
        if named:
            return named, "group"  # 'the Department of Veterans Affairs' … 'The department said'
        # '«…», añadió la empresa': the organisation quoted last.
        # A business's name may carry no head ('In a statement, Corvane Aerospace said …'): a name
        # no first name or pronoun tells a person's is one for 'the company'.
        speaker = next(
            (s for s_at, s, _ in reversed(context.speakers) if at - 600 < s_at < at and (_is_org_name(context, s, at) or (head in _BUSINESS_HEADS and _no_persons_name(context, s)) or (head in _GROUP_HEADS and s.count(" ") >= 2 and _no_persons_name(context, s) and s_at >= context._title_case_headline_end))),
            None,
        )
        if speaker:
            return speaker, "group"
        # 'Dniprovska Enerhiia, a private utility that …': the organisation introduced as one.
        introduced = None
        for introduced in _INTRODUCED_ORGANISATION.finditer(earlier):
            pass
        if introduced and clean_name(introduced.group(1)) and introduced.group(1).split()[0] not in lexicon.FUNCTION_WORDS:
            return _organisation_name(introduced.group(1)) or introduced.group(1), "group"
    if plural:
        return bare, "group"  # 'the G7 finance ministers' are no one person named before
    if articleless and determiner in lexicon.PERSON_ROLES and at < context.text.find("\n\n"):
        # A headline drops the article: 'as minister warns' is whoever the report introduces so.
        introduced = _introduced_as(context.text, head, at)
        if introduced:
            return introduced, "person"
    if person and not (articleless and determiner not in lexicon.PERSON_NOUNS):
        # A bare role with no antecedent ('Губернатор области заявил') is someone not named.
        quoted_before = _unnamed_speaker_before(context, words, head, at) or _unnamed_just_mentioned(context.text, words, head, at) if determiner in lexicon.DEFINITE else None
        if quoted_before:
            return quoted_before, "person"  # 'said a senior White House official' … 'the senior official said'
        gender = _description_gender(head) or _gender_said_after(context.text, at + len(mention))
        # 'Priscilla Vane-Tempest rose …. The Home Secretary had the air of …': a role that first
        # opened a sentence took up the person named just before it.
        first = _opening_mention(context.text, bare, at) if determiner in lexicon.DEFINITE else None
        speaker = (context.last_person(first, gender) if first is not None else None) or context.last_person(at, gender)
        # An interviewee telling what 'the minister' said is not the minister, nor is one the host tells of.
        answers = context.answers
        if answers and answers[0].start <= at < answers[-1].end and any(answer.speaker == speaker for answer in answers):
            return bare, "person"
        if speaker and gender:
            context.genders.setdefault(speaker, gender)
        # A lead may name its speaker only after describing them: 'The U.N. secretary-general told …'.
        return (speaker or first_person(context.text[at : at + 400]) or bare), "person"
    if determiner in lexicon.DEFINITE and head in _SOURCE_HEADS:
        just = _unnamed_just_mentioned(context.text, words, head, at)
        if just:
            return just, "person"  # 'citing a source in the Russian government. … the source told'
    place = _IN_PLACE.match(context.text, at + len(mention)) if head in lexicon.ORG_HEADS else None
    return bare + (place.group() if place else ""), kind  # 'the Russian embassy in Warsaw said', 'the Russian mission to the EU'


def _opening_mention(text: str, bare: str, before: int) -> int | None:
    """Where 'The <bare>' first opens a sentence or a paragraph before `before`, if it does."""
    found = re.search(rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s))The\s+{re.escape(bare)}\b", text[:before], re.M)
    return found.start() if found else None


def _no_persons_name(context: SpeakerContext, name: str) -> bool:
    return " " in name and NAME_RUN.fullmatch(name) is not None and context.gender_of(name) is None and not listed_name_gender(name)


def _named_with_head(earlier: str, head: str) -> str | None:
    """The last organisation named with `head` as a word of its name ('the Department of Veterans
    Affairs', 'the State Department'): whom 'the department' stands for when no sentence just before
    names it. English only: other languages' heads inflect. The head is found with str.rfind, and
    only the words around each occurrence are matched."""
    if not head.isascii() or not head.isalpha():
        return None
    capitalised = head.capitalize()
    at = earlier.rfind(capitalised)
    while at >= 0:
        for found in _CAPITALISED_NAME.finditer(earlier, max(0, at - 60), at + len(capitalised) + 80):
            if found.start() <= at < found.end():
                name = _without_joined_other(found).removeprefix("The ")
                words = name.split()
                head_at = words.index(capitalised) if capitalised in words[:-1] else -1
                if head_at >= 0 and words[head_at + 1] in lexicon.TITLES:
                    name = " ".join(words[: head_at + 1])  # 'Foreign Ministry Spokeswoman Yelena …' is the ministry's spokeswoman
                if " " in name:
                    return name + _organisation_complement(earlier, found.end())  # 'the Chinese Embassy in the Philippines'
                break
        at = earlier.rfind(capitalised, 0, at)
    return None


# 'the Department of Transportation and Infrastructure', 'of Housing and Urban Development': after
# 'of', a name may join one or two words with 'and'.
_CAPITALISED_NAME = re.compile(
    r"(?<![\w.-])(?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w-]*(?:\s+(?:of|for)(?:\s+the)?(?:\s+[A-Z][\w-]*){1,4}"
    r"(?:\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?![\w-]*[’']s\b)(?![\w-]*\s+[A-Z]))?)?"
)


def _without_joined_other(found: re.Match) -> str:
    """A name without what 'and' joined to it when that is someone else: 'the Department of
    Education and Governor Anna Weiss', '… and Anna Weiss' name two."""
    name = found.group()
    head, joined, other = name.rpartition(" and ")
    if not joined or " of " not in head and " for " not in head:
        return name
    first = other.split(" ", 1)[0]
    person = listed_name_gender(first) or (" " in other and first_name_gender(first))
    return head if first in lexicon.TITLES or person else name


def _unnamed_just_mentioned(text: str, words: list[str], head: str, at: int) -> str | None:
    """An unnamed source the sentence before described, unquoted: 'according to an official in the
    attorney general’s office. The official, who …, said:' is that official."""
    if not head.isalpha():
        return None
    window = text[max(0, at - 300) : at]
    window = window[window.rfind("\n") + 1 :]
    found = None
    for found in _unnamed_introductions(window, head):
        pass
    if found is None or not {w.casefold() for w in words[1:-1]} <= {w.casefold() for w in found[2].split()}:
        return None
    if re.match(r",\s+(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w’'-]+,", window[found[1] :]):
        return None  # 'an official, Mark Dunn, said': named, and found by name
    return _lowered_article(_unnamed(found[2].split()))


def _introduced_unnamed_since(text: str, titled: str, head: str, at: int) -> bool:
    """Whether someone unnamed with this head ('according to an official in the attorney general’s
    office') came after the titled person last named: 'the official' then is the unnamed one."""
    named_at = text.rfind(titled.rpartition(" ")[2], 0, at)
    return named_at >= 0 and next(_unnamed_introductions(text[named_at:at], head), None) is not None


# 'Hale, who said being a senator was …', 'who became a judge', 'as a mayor': a predicate, no one introduced.
_PREDICATIVE_BEFORE = re.compile(r"(?i)\b(?:is|was|were|are|be|been|being|became|become|becomes|remain|remains|remained|as|like)\s+$")
_INTRODUCTION_ENDS = frozenset("who whom whose which that and but had has have was were is are will would".split())


def _unnamed_introductions(window: str, head: str) -> Iterator[tuple[int, int, str]]:
    """Where someone unnamed with this head is introduced in a window, and how: 'an official in the
    attorney general’s office', 'another official familiar with the talks' (start, end, words), the
    description ending before a relative or a verb ('… familiar with the case who asked', '… said')
    and no predicate ('being a senator') or possessive ('a mayor’s duty')."""
    if head not in window:
        return  # most windows: no pattern to build for the head
    for found in re.finditer(rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(head)}\b(?![’']s\b)(?:\s+(?:in|at|of|from|with|for|familiar|close)\s+[^,.;:“”\"]{{1,60}})?", window):
        if _PREDICATIVE_BEFORE.search(window, max(0, found.start() - 12), found.start()):
            continue
        spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", found.group())]
        words = [found.group()[s:e] for s, e in spans]
        head_at = next(i for i, w in enumerate(words) if w == head and i)
        cut = next((i for i in range(head_at + 1, len(words)) if words[i] in _INTRODUCTION_ENDS or words[i] in _CUE_WORDS), len(words))
        end = found.start() + spans[cut - 1][1]
        yield found.start(), end, window[found.start() : end]


def _unnamed_speaker_before(context: SpeakerContext, words: list[str], head: str, at: int) -> str | None:
    """The unnamed speaker quoted earlier whom a definite description takes up again: 'the senior
    official' is the last 'a senior White House official' quoted, with every modifier it repeats."""
    modifiers = {w.casefold() for w in words[1:-1]}
    for spoken_at, speaker, _ in reversed(context.speakers):
        parts = speaker.split()
        if spoken_at < at and len(parts) > 1 and parts[0] in ("a", "an", "A", "An") and _head_noun(parts) == head and modifiers <= {p.casefold() for p in parts}:
            return speaker
    return None


def _before_quote(context: SpeakerContext, at: int) -> int:
    """Where the sentence of a mention right after a quote is looked for: at the quote's opening,
    since full stops inside the quoted words end none of the attribution's sentences."""
    quote = bisect_right(context._quote_starts, at) - 1
    if quote >= 0 and context._quoted[quote][1] <= at < context._quoted[quote][1] + 30 and "\n" not in context.text[context._quoted[quote][1] : at]:
        return context._quoted[quote][0] - 1
    return at


_GERMAN_ARTICLE_INSIDE = re.compile(r"(?<!\bvon)(?<!\bvan) (?:das|der|die|den|dem|des) ")
def _named_later_as(text: str, words: list[str], at: int) -> str | None:
    """'a Greens senator accusing …' is 'Greens senator Tess McAllister' a paragraph later: the same
    description, a capital on its first word or not, then a full name."""
    description = words[1:]
    if not 1 <= len(description) <= 4 or not _is_person_head(description[-1].casefold()):
        return None
    first = re.escape(description[0])
    pattern = r"\s+".join([rf"\b(?:{first[:1].upper()}{first[1:]}|{first[:1].lower()}{first[1:]})", *map(re.escape, description[1:])])
    later = re.search(pattern + r",?\s+(" + NAME_RUN.pattern + ")", text[at : at + 3000])
    name = clean_name(later.group(1)) if later else None
    return name if name and " " in name and not _is_org(name) else None


_SOURCE_HEADS = frozenset("source insider".split())
_GROUP_HEADS = frozenset("group organisation organization charity watchdog".split())
_TAKEN_UP_AS_IT = re.compile(r"\b(?:said|says|added|reported|warned)\s+(?:that\s+)?(?:it|its)\b")
_BUSINESS_HEADS = frozenset("company firm carrier airline retailer manufacturer maker insurer developer chain operator startup lender".split())
_DESCRIPTION_TAKEN_UP = re.compile(r"The\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,\s+")


_UNNAMED_BY_CONVENTION = frozenset("spokesperson spokesman spokeswoman official officials source sources aide diplomat insider".split())
_DATELINE_OPENING = re.compile(r"(?:[A-Z][A-Z .,'’-]*(?:\([^)\n]*\))?\s*[—–-]\s*)?")


def _opens_its_paragraph(text: str, at: int) -> bool:
    """Whether only a dateline ('KYIV (Reuters) -') stands between a paragraph's start and `at`."""
    start = text.rfind("\n\n", 0, at) + 1
    start += start > 0
    return at >= 0 and _DATELINE_OPENING.fullmatch(text, start, at) is not None


_HEADING_WORDS = 30


def _named_in_next_paragraph(text: str, at: int) -> str | None:
    """A lead's unnamed subject named where the second paragraph opens: 'A Belarusian man … told a
    court …' then 'Pavel Marek, 29, is charged …' (a delayed lead)."""
    lead_at = text.rfind("\n\n", 0, at) + 2 if "\n\n" in text[:at] else 0
    above = 0
    while above < lead_at:
        # Only a headline, a standfirst and a byline stand above a lead: the first long paragraph
        # met going down ends the look (a description deep in the text costs no split of all above).
        end = text.find("\n\n", above, lead_at)
        end = lead_at if end < 0 else end
        if len(text[above:end].split()) > _HEADING_WORDS:
            return None
        above = end + 2
    first_break = text.find("\n\n", at)
    if first_break < 0:
        return None
    second = first_break + 2
    while text[second : second + 1].isspace():
        second += 1
    # 'The aide, Rosa Delgado, 41, was …': the description taken up, then the name.
    taken_up = _DESCRIPTION_TAKEN_UP.match(text, second)
    second = taken_up.end() if taken_up else second
    run = NAME_RUN.match(text, second)
    name = clean_name(run.group()) if run and text.startswith(",", run.end()) else None
    return name if name and " " in name and not _is_org(name) else None


def _document_issuer(context: SpeakerContext, complement: list[str], after: int) -> str | None:
    """Who issued a document a mention names: its complement ('Erklärung der Kommission') or the
    words after the mention in the text ('A memo from the Romanian Interior Ministry')."""
    source = _ISSUED_BY.match(" " + " ".join(complement)) if complement else _ISSUED_BY.match(context.text, after)
    if not source:
        return None
    words = source.group(1).split()  # a genitive article stays: 'der Kommission'; 'from' goes
    if len(words) == 1 and words[0].islower():
        return None  # 'a letter of support', 'a memo from sources': no issuer named
    named = words[1:] if len(words) > 1 and words[0].casefold() in lexicon.DEFINITE | _CONTRACTED_ARTICLES.keys() else words
    if complement and named[0][:1].isupper() and len(complement) > len(words):
        # Written out in the mention: 'un communiqué du Département fédéral des affaires étrangères'
        # (German capitalises every noun: 'der Kommission' alone refers back).
        rest = " ".join(complement)
        return rest[rest.find(named[0]) :]
    if words[0].casefold() in _CONTRACTED_ARTICLES:
        words[0] = _CONTRACTED_ARTICLES[words[0].casefold()]
    last = words[-1].casefold()
    if len(words) > 1 and last.endswith("s") and (last[:-1] in lexicon.ORG_HEADS or lexicon.ORG_SUFFIX.search(last[:-1])):
        words[-1] = words[-1][:-1]  # German genitive: 'des Ministeriums' is the ministry
    issuer, _ = resolve(" ".join(words), after, context, None)
    return issuer


def _recent_organisation(context: SpeakerContext, at: int) -> str | None:
    """The organisation opening one of the last three sentences, else the last one quoted."""
    text = context.text
    floor = max(0, at - 800)
    # 'The campaign said …, which it called “…”': its own sentence first, then the three before.
    bounds = [sentence_start(text, at, floor), at]
    for sentence in range(4):
        begin, end = bounds
        if end <= floor:
            break
        bounds = [sentence_start(text, begin - 2, floor) if begin > floor else floor, begin]
        if context.in_quote(begin):
            continue  # '“… every wave. The Yantar is a research vessel …,” it said': a sentence the quote holds
        subject = _sentence_subject(text[begin:end])
        name = _organisation_name(subject) if subject and subject[:1].isupper() else None
        if not name and subject and " of " in subject:
            body, _, served = subject.partition(" of ")
            name = _organisation_name(body) if body[:1].isupper() else None
            name = f"{name} of {served}" if name else None  # 'The Public Service Alliance of Canada, the largest union, was …'
        if not name and not sentence and subject and NAME_RUN.fullmatch(subject) and " " in subject and not listed_name_gender(subject):
            # 'Elections New Brunswick said …, which it described as “…”': in its own sentence 'it'
            # is the subject, whatever its name's last word.
            name = subject
        if name:
            # 'The Office of the President has put out a statement. It adds …': the body it serves is part of its name.
            opened = text.find(subject, begin, end)
            if opened >= 0 and (joined := _JOINED_BEFORE_ACRONYM.match(text, opened + len(subject))) and _spelled_out(text, joined.group(2)) == f"{name}{joined.group(1)}":
                return name + joined.group(1)  # 'Die Gewerkschaft Erziehung und Wissenschaft (GEW) sieht das anders.'
            return name + (_organisation_complement(text, opened + len(subject)) if opened >= 0 and text.startswith((" of ", " in "), opened + len(subject)) else "")
        document = _OPENING_DOCUMENT.match(text, begin, end)
        if document:
            # 'The lawsuit, filed by the union, asks …. It argues …': a document speaks for its author.
            author = _filed_by(text, document.start(1))
            return resolve(author, begin, context, None)[0] if author else _issuer(context, begin, document.group(1))
    return next((s for s_at, s, kind in reversed(context.speakers) if floor < s_at < at and kind == "group"), None)


# The rest of a name its acronym spells out, after a conjunction the name runs on over.
_JOINED_BEFORE_ACRONYM = re.compile(r"((?:\s+(?:und|and|et|e|y|i|&))(?:\s+[^\W\d_][\w-]*){1,4}?)\s+\(([A-ZÄÖÜ]{2,})\)")


def _organisation_name(mention: str) -> str | None:
    """An organisation's name as written, without a leading article: 'The Polish Interior Ministry'
    is the 'Polish Interior Ministry' (a person's name loses 'Polish' as a title, an organisation's not)."""
    words = mention.split()
    while len(words) > 1 and words[0] in lexicon.FUNCTION_WORDS:
        words = words[1:]
    name = " ".join(words)
    if len(words) > 1 and words[-1] in lexicon.ORG_HEADS and NAME_RUN.fullmatch(" ".join(words[:-1])):
        return name  # 'Whitmore campaign'
    return name if NAME_RUN.fullmatch(name) and _is_org(name) and not name.endswith(("’s", "'s")) else None


def _gender_said_after(text: str, at: int) -> str | None:
    """The gender an English pronoun says in the rest of a cue's clause: 'the medic said under her
    breath', 'the official said, adding that he …'."""
    rest = _CLAUSE_END.split(text[at : at + 100], maxsplit=1)[0]
    pronoun = _GENDERED_PRONOUN.search(rest)
    return lexicon.PRONOUN_GENDER[pronoun.group().casefold()] if pronoun else None


# Compiled once: a pattern built for each age cost milliseconds a call (NAME_RUN is long).
_INTRODUCED_WITH_AGE = re.compile(rf"({NAME_RUN.pattern}),\s+(\d+)\b|\b(\d+)-year-old\s+(?:[a-z]+\s+){{0,3}}?(?:named\s+|called\s+)?({NAME_RUN.pattern})(?=,)")


def _introduced_with_age(context: SpeakerContext, head: str, at: int) -> str | None:
    """The person last introduced with the age a description gives ('the 29-year-old', 'die
    68-Jährige'): 'Karl Brenner, 29,' or 'a 29-year-old … named Karl Brenner'."""
    age = _AGE_OF.match(head)
    if not age:
        return None
    years = age.group(1)
    earlier = context.text[max(0, at - 3000) : at]
    introduced = None
    for match in _INTRODUCED_WITH_AGE.finditer(earlier):
        if (match.group(2) or match.group(3)) == years:
            introduced = match
    name = clean_name(introduced.group(1) or introduced.group(4)) if introduced else None
    if not name or _is_org(name):
        return None
    return context.full_name(name, at) if " " not in name else context.canonical(name)


def _introduced_as(text: str, role: str, after: int) -> str | None:
    """The first full name set right after `role` in the text after `after` ('the Foreign Office
    minister, Helen Carraway,')."""
    for match in re.finditer(rf"\b{re.escape(role)}\b", text[after : after + 1500], re.IGNORECASE):
        named = _APPOSITIVE_NAME.match(text, after + match.end())
        name = clean_name(named.group(1)) if named else None
        if name and " " in name and not _is_org(name):
            return name
    return None


def _head_noun(words: list[str]) -> str:
    """The noun a description is about: 'the mother of three' -> 'mother', 'le président français'
    -> 'président' (Romance adjectives follow the noun), 'the retired mechanic' -> 'mechanic'."""
    core = words[1:] if len(words) > 1 and words[0].casefold() in _DETERMINERS else words
    cut = next((i for i, w in enumerate(core) if i and (w.casefold() in lexicon.GENITIVE_PREPOSITIONS or w.casefold() in _COMPLEMENT_PREPOSITIONS)), len(core))
    core = core[:cut]
    head = core[-1].casefold().rstrip(".,")
    if not (_is_person_head(head) or head in lexicon.ORG_HEADS):
        head = next((w for w in (w.casefold() for w in reversed(core[:-1])) if _is_person_head(w) or w in lexicon.ORG_HEADS), head)
    return head


def _is_person_head(head: str) -> bool:
    """Whether a description's noun is a person: a role, a relation, an age ('the 67-year-old')."""
    if head in lexicon.ORG_HEADS or head in lexicon.DOCUMENT_NOUNS:
        return False
    singular = head[:-1] if head.endswith("s") else head
    return (
        head in lexicon.PERSON_ROLES or singular in lexicon.PERSON_ROLES or head in lexicon.PERSON_NOUNS
        or singular in lexicon.PERSON_NOUNS or head in lexicon.PARTY_MEMBERS or bool(_AGED.search(head))
        or (len(head) > 8 and lexicon.TITLE_SUFFIX.search(head) is not None)  # 'Oberbürgermeisterin', 'Innenministerin'
    )


def _description_gender(head: str) -> str | None:
    """The gender a description's noun says: 'the mother of three', 'the grandfather'."""
    if lexicon.FEMALE_ROLES.search(head):
        return "f"
    if lexicon.MALE_ROLES.search(head):
        return "m"
    return None


def _unnamed(words: list[str]) -> str:
    """An indefinite description as a speaker, as written ('a senior official'), but without a
    numeral: 'one London-based gas trader' is a London-based gas trader, 'one of our line workers' a
    line worker."""
    while len(words) > 2 and words[-1].casefold() in lexicon.RELATIVES:
        words = words[:-1]  # 'A former envoy who worked alongside her … said': the relative is no part of it
    if len(words) > 1 and words[0].casefold() in _NUMERAL_ARTICLES:
        words = words[1:]
        if len(words) > 2 and words[0].casefold() in lexicon.GENITIVE_PREPOSITIONS:
            words = words[2:] if words[1].casefold() in _DETERMINERS or words[1].casefold() in _POSSESSIVE_WORDS else words[1:]
            last = words[-1]
            words = [*words[:-1], last[:-1] if last.endswith("s") and not last.endswith("ss") else last]
    return " ".join(words)


def _lowered_article(description: str, relative: bool = False) -> str:
    """'A person familiar with the talks said', 'A Gulf official whose government …': an anonymous
    source, known by a description with a complement or a relative clause, whose capital was the
    sentence's."""
    article, _, rest = description.partition(" ")
    words = description.split()
    modified = relative or _post_modified(words) or _serving_complement(words) or _placed_person(words)
    return f"{article.lower()} {rest}" if article in ("A", "An", "Another") and modified else description


_APPOSED_LATER = re.compile(r"(?:\s+(?:in|of|for|to|at)\s+[^,.;:]{1,40})?,\s+\W?[A-ZÀ-ÝА-ЯІЇЄ]")


def _named_before(context: SpeakerContext, phrase_start: int) -> str | None:
    """The person an indefinite description is in apposition to: 'said Hrytsenko, 67, a retired …'."""
    match = _NAME_THEN_COMMA.search(context.text, max(0, phrase_start - 80), phrase_start)
    if not match or "\n" in context.text[match.end() : phrase_start]:  # a description opening its paragraph is in apposition to no one
        return None
    name = clean_name(match.group(1))
    if not name or _is_org(name):
        return None
    return context.full_name(name, phrase_start) if " " not in name else name


def _issuer(context: SpeakerContext, at: int, head: str) -> str | None:
    """Who issued the document a cue's subject is ('the statement said'): the subject of the last
    sentence before that mentions such a document ('The court said in a written statement that …')."""
    text = context.text
    # An author is named once, where the document is introduced: far back, only that is worth finding.
    floor = max(0, at - 6000)
    folded = text[floor:at].lower()
    names = lexicon.LEGAL_FILINGS if head in lexicon.LEGAL_FILINGS else (head,)
    mentions = sorted(m.start() for m in re.finditer(rf"\b(?:{'|'.join(names)})\b", folded))
    # A document's author, where one mention names it ('The lawsuit, filed by the union'), outranks
    # the subject of a sentence that merely mentions the document ('an exhibit to the lawsuit').
    for found in reversed(mentions):
        mention_at = floor + found
        author = _filed_by(text, mention_at)
        if author:
            return resolve(author, mention_at, context, None)[0]
    for found in reversed([m for m in mentions if floor + m >= at - 1500]):
        head = re.match(r"\w+", folded[found:]).group()
        mention_at = floor + found
        sentence = sentence_start(text, mention_at, text.rfind("\n\n", 0, mention_at) + 2 if "\n\n" in text[:mention_at] else 0)
        piece = text[sentence:mention_at]
        cue = next(find_cues(piece), None)
        subject = _document_author(text, sentence, mention_at, mention_at + len(head))
        subject = subject or (_subject_before_cue(piece[: cue.start]) if cue else _sentence_subject(piece))
        if not subject and not cue:
            # 'In a memo released on Monday, the campaign said …': the subject follows the document.
            later = next(find_cues(text, mention_at + len(head), min(len(text), mention_at + 300)), None)
            if later and not _CLAUSE_END.search(text, mention_at, later.start):
                subject = _subject_before_cue(text[sentence : later.start])
        if not subject or subject.split()[-1].casefold().strip(",:") == head:
            return None
        speaker, _ = resolve(subject, sentence, context, None)
        return speaker
    return None


# 'The lawsuit, filed in federal court in Denver by the Municipal Workers Guild, …', 'The memo,
# titled “…”, was written by Jane Roe'.
_FILED_BY = re.compile(
    rf",?\s+(?:[^.;!?]{{0,60}}?,\s+)?(?:was\s+)?(?:filed|brought|submitted|lodged|written|drafted|authored|signed|circulated|released|issued|published|sent)\b[^.;:!?“”\"]{{0,80}}?\bby\s+((?:the\s+)?{NAME_RUN.pattern})"
)


_OPENING_DOCUMENT = re.compile(rf"\s*(?:The|Its|Their|A|An)\s+(?:[\w-]+\s+)?({'|'.join(sorted(lexicon.DOCUMENT_NOUNS | lexicon.LEGAL_FILINGS))})\b")


def _filed_by(text: str, at: int) -> str | None:
    """Who filed the lawsuit named at `at`, where the words after it say so."""
    word = re.match(r"\w+", text[at:])
    filed = _FILED_BY.match(text, at + len(word.group())) if word else None
    return filed.group(1) if filed and clean_name(NAME_RUN.search(filed.group(1)).group()) else None


_OWNER_BEFORE = re.compile(rf"({NAME_RUN.pattern})[’']s\s+(?:[a-z]+\s+){{0,2}}$")  # "Ashby’s (resignation) ", "the Municipality’s own (water) report"
_AUTHOR_AFTER = re.compile(rf"[^.;:!?“”‘’\"]*?,\s+({NAME_RUN.pattern})\s+$")  # " posted online, Ashby "


def _document_author(text: str, sentence: int, start: int, end: int) -> str | None:
    """Whose a document (at text[start:end]) is, by the words around it: "Ashby’s letter", 'a
    letter from Ashby', 'In a letter posted online, Ashby wrote'."""
    owner = _OWNER_BEFORE.search(text, max(sentence, start - 80), start)
    if owner and clean_name(owner.group(1)):
        return owner.group(1)
    issued = _ISSUED_BY.match(text, end)
    # 'a memo from the city’s Office of Budget and Management': a name, not 'a letter from the heart'.
    named = issued.group(1).removeprefix("the ") if issued else ""
    body = re.split(r"\s+(?:of|for)\s+", named, maxsplit=1)[0]
    if body != named and not _is_org(body):
        named = body  # 'a letter from Mayor Anna Weiss of Springfield': a person's place is no part of the name
    if named[:1].isupper() and clean_name(NAME_RUN.match(named).group()):
        return named
    if text[sentence:start].split()[:1] not in (["In"], ["in"]):
        return None
    # The first cue with a name before it ('posted' reports nothing here).
    authors = (_AUTHOR_AFTER.fullmatch(text, end, cue.start) for cue in find_cues(text, end, min(len(text), end + 200)))
    author = next(filter(None, authors), None)
    return author.group(1) if author and clean_name(author.group(1)) else None


def _is_org_name(context: SpeakerContext, name: str, at: int) -> bool:
    """Whether a speaker's name is an organisation's: one the word lists know, or a single word
    that is no part of any person's name in the text ('Enagás')."""
    return _is_org(name) or (" " not in name and context.full_name(name, at) == name and name.casefold() not in lexicon.PRONOUN_GENDER)


def _organisation_complement(text: str, end: int) -> str:
    """What an organisation's name runs on with after `end`: the body it belongs to or serves
    ('Operational Command of the Polish Armed Forces', "U.S. Attorney's Office for the Eastern
    District of New York") and its seat ("Ukraine's embassy in Berlin")."""
    complement = _ORGANISATION_COMPLEMENT.match(text, end)
    if not complement or text.startswith(("’s", "'s"), complement.end()):
        return ""
    following = text[complement.end() : complement.end() + 30].split(" ", 2)[1:2] if text[complement.end() : complement.end() + 1] == " " else []
    if complement.group().lstrip().startswith("in the ") and following and following[0][:1].islower() and following[0] not in _CUE_WORDS:
        return ""  # 'in the Philippines' is a seat, 'in the Tucson sector' a place the name only modifies
    return complement.group()


def _complement_names(words: list[str]) -> list[str]:
    """The capitalised words of a description's complement: 'the member for Dundee Central' ->
    ['Dundee', 'Central']. An antecedent must be followed by them."""
    at = next((i for i, w in enumerate(words) if i and w.casefold() in _COMPLEMENT_PREPOSITIONS), None)
    return [w.strip(",.") for w in words[at + 1 :] if w[:1].isupper()] if at is not None else []


def _antecedent(earlier: str, head: str, bare: str, complement: list[str] = (), quoted: Callable[[int], bool] | None = None, articles: frozenset[str] = lexicon.DEFINITE) -> tuple[int, str] | None:
    """The last phrase of up to four words ending in `head` that says more than `bare` does, and
    is followed by the names its complement gives: (offset in `earlier`, phrase). A phrase inside
    someone's quoted words (`quoted` tells) introduces nobody: 'resigning as a minister.’'."""
    folded = earlier.lower()  # not casefold(): 'ß' would become 'ss' and shift every offset after it
    if len(folded) != len(earlier):
        folded = earlier
    end = len(folded)
    while (found := folded.rfind(head, 0, end)) >= 0:
        end = found
        after = found + len(head)
        if (found and folded[found - 1].isalnum() and not _compound_head(earlier, found, head)) or (after < len(folded) and folded[after].isalnum()):
            continue
        if complement and not all(name in earlier[after : after + 80] for name in complement):
            continue  # 'the member for Bromsgrove' is not 'the member for Dundee Central'
        if quoted and quoted(found):
            continue
        # A phrase stays on its line: 'Par Claire Vasseur' above 'La ministre de la Santé' is a byline.
        words = [w.lstrip(_QUOTE_MARKS) for w in earlier[max(0, found - 60, earlier.rfind("\n", 0, found) + 1) : after].split()[-4:]]
        words = [w for w in words if w]
        # The phrase starts after a preposition or punctuation: 'according to the diplomat' is 'the diplomat'.
        opening = max((i + 1 for i, w in enumerate(words[:-1]) if _closes_phrase(w)), default=0)
        # An article opens a phrase: 'alla Camera il ministro' is 'il ministro'.
        opening = max((i for i, w in enumerate(words[:-1]) if i > opening and w in articles), default=opening)
        words = words[opening:]
        romance = _ROMANCE_COMPLEMENT.match(earlier, after) if words[0][:1].isupper() and _remention(words, bare, articles) else None
        if romance and (romance.group(1) or "") not in _CUE_WORDS:
            # 'Le ministère ukrainien des Affaires étrangères': Romance names run on after their head.
            phrase = " ".join(words) + romance.group()
            return after - len(" ".join(words)), phrase
        # A repeated description still names its antecedent when the name follows it ('the Labour MP Priya Raman').
        if len(words) > 1 and (not _remention(words, bare, articles) or _NAMED_AFTER.match(earlier, after)) and _agrees(words, bare):
            phrase = " ".join(words)
            return after - len(phrase), phrase
    return None


def _agrees(phrase: list[str], bare: str) -> bool:
    """Whether a phrase may be what a description refers back to: 'the Green MP' is not 'the Labour MP'."""
    modifiers = [m.casefold() for m in bare.split()[:-1]]
    if not modifiers:
        return True
    lower_case = not bare[:1].isupper()
    if lower_case and any(m in lexicon.PREPOSITIONS for m in modifiers):
        return True  # 'the senator from Ohio': a complement, whose head is not the last word
    # 'the senior defense official' is not 'a former State Department official' either; a re-mention
    # may add a loose word of rank ('the senior official' after 'a Pentagon official').
    loose = _LOOSE_MODIFIERS if lower_case else frozenset()
    folded = {w.casefold() for w in phrase}
    return all(m in folded or m in loose for m in modifiers)


_LOOSE_MODIFIERS = frozenset("senior top high-ranking same other young older elderly veteran".split())


def _compound_head(text: str, at: int, head: str) -> bool:
    """Whether `head` at `at` ends a capitalised compound: German 'dem Ministerium' refers back
    to 'das Verteidigungsministerium'."""
    word_start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    return len(head) >= 5 and text[word_start : word_start + 1].isupper() and text[at].islower()


def _closes_phrase(word: str) -> bool:
    word = word.rstrip(_QUOTE_MARKS) or word  # 'a minister.’ The prime minister': the quote's full stop ends it
    folded = word.casefold()
    # Portuguese 'das' is a preposition, German 'Das' an article.
    # A reporting verb ends its subject: 'Ray said his group …' refers to no group called 'Ray said'.
    return word[-1] in ",;:!?" or (word[-1] == "." and not _is_acronym(word)) or (folded in lexicon.PREPOSITIONS and folded not in lexicon.DEFINITE) or folded in _CUE_WORDS


def _remention(words: list[str], bare: str, articles: frozenset[str] = lexicon.DEFINITE) -> bool:
    """Whether a phrase only repeats a description ('the diplomat' for 'diplomat'): no antecedent."""
    rest = words[1:] if words[0].casefold() in articles else words
    return " ".join(rest).casefold() == bare.casefold()


def _resolve_locative(words: list[str], at: int, context: SpeakerContext) -> str:
    """The office behind 'у відомстві', 'в заявлении ведомства': named where it is, else the last
    one that reported ('У Міністерстві енергетики відповіли') or opened a recent sentence ('МИД
    Швейцарии подтвердил …'), in the nominative."""
    if not words[0][:1].isupper():
        earlier = None
        for earlier in _LOCATIVE_REPORT.finditer(context.text, max(0, at - 800), at):
            pass
        reported = (earlier.group(1) or earlier.group(2)).split() if earlier else []
        # (Only an office's name: 'В Женеву не приехали' reports no one.)
        if any(map(_office_head, reported)):
            # 'В МИД Украины заявление Кремля назвали': the name ends where small letters follow its capitals.
            words = reported[: next((i for i in range(2, len(reported)) if reported[i][:1].islower() and reported[i - 1][:1].isupper()), len(reported))]
        elif organisation := _recent_organisation(context, at):
            return organisation
    return " ".join(_nominative(words))


def _nominative(words: list[str]) -> list[str]:
    """A Russian or Ukrainian office's name in the nominative, up to its first preposition: the
    head noun from the word list ('Міністерстві' -> 'Міністерство'), an adjective before it from
    its ending ('Координаційному' -> 'Координаційний'); its complement stays ('енергетики')."""
    words = words[: next((i for i, w in enumerate(words) if i and w.casefold() in lexicon.PREPOSITIONS), len(words))]
    for index, word in enumerate(words):
        head = _office_head(word)
        if head:
            adjectives = [_ADJECTIVE_NOMINATIVE.sub("ий", w) for w in words[:index]]
            return [*adjectives, word if word.isupper() else head.capitalize() if word[:1].isupper() else head, *words[index + 1 :]]
    return words


def _office_head(word: str) -> str | None:
    """The nominative of a Russian or Ukrainian office's head noun in any case ('Міністерстві' ->
    'міністерство'), None for any other word."""
    folded = word.casefold().rstrip(".,")
    return _ORG_STEMS.get(folded) or _ORG_STEMS.get(folded[:-1])


_SLAVIC_SPOKESPEOPLE = frozenset("rzecznik rzeczniczka przedstawiciel przedstawicielka речник речниця представник представниця представитель".split())
_GERMAN_GENITIVE = re.compile(r"(?<=\w{3})(?:ministeriums|amtes|amts|gerichts|gerichtes|instituts|verbands|verbandes|konzerns)$")
_BARE_GERMAN_OFFICE = re.compile(r"Ministeriums|Amtes|Amts|Gerichts|Gerichtes")


def _german_office(word: str, at: int, text: str) -> str | None:
    """A German office after 'ein Sprecher des …' in the nominative ('Forschungsministeriums' ->
    'Forschungsministerium'), and a bare head ('des Ministeriums') as the compound named last
    ('Laut Bundesfinanzministerium …'); None for any other word."""
    if not (_GERMAN_GENITIVE.search(word) or _BARE_GERMAN_OFFICE.fullmatch(word)):
        return None
    nominative = word[: -2 if word.endswith(("amtes", "Amtes", "gerichtes", "Gerichtes", "verbandes")) else -1]
    if nominative not in ("Ministerium", "Amt", "Gericht"):
        return nominative
    compound = None
    for compound in re.finditer(rf"\b[A-ZÄÖÜ]\w+{nominative.lower()}(?:s|es)?\b", text[max(0, at - 1500) : at]):
        pass
    return (_german_office(compound.group(), at, text) or compound.group()) if compound else nominative


def _nominative_word(word: str) -> str:
    """A Russian, Ukrainian or Polish name word in the genitive, in the nominative."""
    for ending, nominative in lexicon.GENITIVE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + nominative
    if word[-1:] in ("a", "а") and len(word) > 3 and word[-2].casefold() not in _VOWELS:
        return word[:-1]
    return word


def _recent_group(context: SpeakerContext, at: int) -> str | None:
    """The plural noun phrase opening one of the last sentences: 'Prosecutors', 'Two diplomats'."""
    text = context.text
    previous = text.rfind("\n\n", 0, at)
    before_previous = text.rfind("\n\n", 0, previous) if previous > 0 else -1
    paragraph_start = before_previous + 2 if before_previous >= 0 else 0  # this paragraph and the one before
    window_start = max(paragraph_start, at - 600)
    for sentence in reversed(_SENTENCE_SPLIT.split(text[window_start:at])):
        words = sentence.split()[:10]
        opening = next((i for i, w in enumerate(words[:6]) if w.endswith(",")), None)
        if words and words[0].casefold() in lexicon.PREPOSITIONS and opening is not None:
            words = words[opening + 1 :]  # 'Behind the scenes, diplomats …': the phrase before the comma is where, not who
        words = words[:4]
        if len(words) == 4 and words[1] == "of" and words[2] in ("the", "these", "those") and words[0] in _GROUP_PARTS:
            words = words[2:]  # 'Many of the callers left': the callers
        for index, word in enumerate(words[:3]):
            clean = word.strip(",")
            # 'Prosecutors', 'Two diplomats', 'Polish prosecutors': a plural noun after openers or adjectives.
            openers = words[:index]
            if clean.endswith("s") and clean.isalpha() and len(clean) > 3 and context.full_name(clean, at) == clean and (
                index == 0 or words[0].casefold() in _GROUP_OPENERS or all(_adjective_like(w) for w in openers)
            ) and clean.casefold() not in _CUE_WORDS and not (
                # 'On tariffs, the roles reversed. Ellery … pitched an idea. “…,” they said': a definite
                # plural of things, no one who speaks, when someone named since can be 'they' (not in
                # 'The fans stayed. “…,” they said': the fans, whom no list of people's nouns holds).
                index and words[0].casefold() in lexicon.DEFINITE and clean.islower() and not _is_person_head(clean)
                and clean[:-1] not in lexicon.ORG_HEADS and not clean.endswith(_AGENT_PLURALS)
                and _they_named_since(context, text.rfind(sentence, window_start, at) + len(sentence), at)
            ):
                return " ".join(w.strip(",") for w in words[: index + 1])
            if word.endswith(","):
                break
    return None


def _they_named_since(context: SpeakerContext, start: int, at: int) -> bool:
    """Whether someone the text gives no gender ('Jordan Ellery', not 'Tom Reed') is quoted or named
    as a subject between two offsets: one a singular 'they' can be."""
    positions, people = context._people_before(at)
    named = [full for full_at, _, full in people[bisect_left(positions, start) : bisect_left(positions, at)]]
    quoted = [speaker for s_at, speaker, kind in context.speakers if start <= s_at < at and kind == "person"]
    return any(context.gender_of(person) is None for person in named + quoted)


_AGENT_PLURALS = ("ers", "ors", "ists", "ants", "ents", "ians", "ees", "ives")  # 'the callers', 'the residents'
_COUNTED_GROUP = re.compile(
    r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal)\s+((?:[a-z-]+\s+)?(people|persons|officials|sources|diplomats|aides|lawmakers|negotiators)"
    r"(?:\s+(?:familiar|close|briefed)\s+(?:with|to|on)\s+(?:the\s+)?[a-z]+(?:\s+(?!said\b|told\b|say\b)[a-z]+)?)?)(?![\w-])"
)
_A_PERSON = re.compile(r"\b[Aa]n?\s+(?:[\w-]+\s+){0,3}?person\b")
# A counted group's member named again: 'the other', 'the person' ('one of them' is `_ONE_OF_THEM`).
_MEMBER_OF_COUNTED = re.compile(r"(?i)the (?:other|person)$")


def _counted_group(context: SpeakerContext, at: int, one: bool = False, within: int = 400) -> str | None:
    """'… two people familiar with the talks said. “…,” one of them said': the unnamed sources a
    recent sentence counts, wherever in it they stand; with `one`, one of them ('person familiar
    with the talks')."""
    found = None
    for found in _COUNTED_GROUP.finditer(context.text, max(0, at - within), at):
        pass
    if not found or not one:
        return found.group() if found else None
    if _A_PERSON.search(context.text, found.end(), at):
        return None  # 'A person close to the investors, …, said … “…,” the person said': that one
    return found.group(1).replace(found.group(2), _singular(found.group(2)), 1)


def _adjective_like(word: str) -> bool:
    """Whether a word before a plural noun may be its adjective ('Polish', 'local'): no pronoun, no name's 's."""
    folded = word.casefold()
    return word.isalpha() and not folded.endswith("s") and word not in lexicon.FUNCTION_WORDS and folded not in lexicon.PRONOUN_GENDER and folded not in lexicon.PLURAL_PRONOUNS


def _gender_of_verb(cue: str | None) -> str | None:
    """Russian and Ukrainian past tenses say the speaker's gender: заявил / заявила."""
    if not cue:
        return None
    if _FEMININE_PAST.fullmatch(cue):
        return "f"
    if _MASCULINE_PAST.fullmatch(cue):
        return "m"
    return None


def first_person(text: str) -> str | None:
    """The first full person name in a text (an interview's introduction names the interviewee)."""
    for match in NAME_RUN.finditer(text):
        name = clean_name(match.group())
        if name and " " in name and not _is_org(name) and not _after_preposition(text, match.start()):
            return name
    return None
