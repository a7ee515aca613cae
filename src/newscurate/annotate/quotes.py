"""Direct-quote spans in a clean text: where the quoted words are, who said them, with which cue.

Offsets index the clean text and cover the quoted words without the quote marks, so
`text[start:end] == quote.text` always holds. Marks recognised: curly “…” and ‘…’, straight "…"
and '…', German „…“ and ‚…‘, guillemets «…» (and the reversed »…«), ‹…›, Chinese and Japanese
corner brackets 「…」 and 『…』, and the typewriter conventions ''…'' and ``…''. Quotes inside a
quote (‘…’ within “…”) belong to the outer span. A quote that runs over several paragraphs, each
re-opened with a quote mark, is one span; a quote never closed ends at its paragraph's end and is
flagged (`closed=False`). Dialogue set off by dashes instead of marks ('— A — diz X. — B') is
quoted too, around its incise.

Kinds: `direct` (someone's words), `interview_answer` (an answer in a Q&A, see interviews.py),
`block` (a block quote the input marked up, without quote marks), `scare` (a short quoted term
with no speaker: a “frozen” conflict, a so-called “peace plan”) and `title` (a book, film or play).
Scare quotes and titles are kept so analysts can filter them; they have no speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from newscurate.annotate import lexicon
from newscurate.annotate.interviews import interview_answers
from newscurate.annotate.speakers import (
    NAME_RUN,
    NAMING_CUES,
    SpeakerContext,
    _CUE_WORDS,
    _before,
    _sentence_subject,
    _unnamed_subject,
    attribute,
    attribution_after,
    could_speak,
    find_cues,
    resolve,
    sentence_start,
    without_digit_group_commas,
    without_party_tags,
)
from newscurate.clean.lines import UNSPACED_SENTENCE_ENDS, positions_of_any, word_count

SPEECH_KINDS = frozenset({"direct", "interview_answer", "block"})

# `` and '' are paired up below.
_MARKS = "“”„«»‹›‘’‚\"'`「」『』"
_CLOSERS = {
    "“": "”", "„": "“”", "«": "»", "»": "«", "‹": "›", "‘": "’", "‚": "‘’", '"': '"', "'": "'", "``": "''", "''": "''", "「": "」", "『": "』",
}
_ALWAYS_OPEN = frozenset("“„«‹‚「『") | {"``"}
_SINGLE = frozenset("‘’‚'‹")
_OPEN_AFTER = " \n([{—–-/:;“‘«„‚\"'"
_TITLE_WORDS = frozenset(
    """book novel memoir memoirs podcast chyron film movie documentary play song album series show programme program essay poem opera exhibition
    title titled entitled headline headlines headlined captioned code-named codenamed buch roman titel theaterstück livre essai pièce intitulé intitulée intitulés intitulées
    documental documentaire documentario dokumentarfilm
    libro romanzo intitolato intitolata titulada
    película novela titulado livro filme intitulado книга книгу роман фильм пьеса названием""".split()
)
_TITLING = frozenset("titled entitled headlined captioned intitulé intitulée intitolato intitolata titulado titulada".split())
_TITLING_STEMS = ("titl", "titul", "titol", "headlin", "caption")
# A capitalised quote right after one of these (as it is inflected) names a publication: the report “X”,
# el informe «X», в газете «X», w raporcie „X”.
_PUBLICATION_STEMS = (
    "report", "rapport", "rapor", "informe", "relatório", "study", "studie", "studio", "estudio", "paper", "bericht",
    "newspaper", "magazine", "journal", "газет", "журнал", "доклад", "отчет", "отчёт", "звіт", "gazet",
)
# Words right before a quote that make it a term, not speech: a so-called “peace plan”, call it “X”.
_SCARE_WORDS = frozenset(
    """so-called called call calls dub dubs dubbed term terms termed label labels labelled labeled brand brands branded
    known sogenannte sogenannten sogenannter sogenanntes nennen nennt nannte dit dite dits dites appellent appelle
    cosiddetto cosiddetta cosiddetti cosiddette chiamano llamado llamada llamados llamadas llaman chamado chamada
    chamados chamadas chamam называемый называемая называемые называемых называют называет назвал""".split()
)
# 'So-called' right before a short quote makes it a term whatever cue the sentence holds.
_SO_CALLED = frozenset(
    """so-called sogenannte sogenannten sogenannter sogenanntes cosiddetto cosiddetta cosiddetti cosiddette
    называемый называемая называемое называемые называемых званий звана зване звані званих zwany zwana zwane zwanych
    self-described self-styled self-proclaimed supposed alleged purported sham""".split()
)
# Nouns that mention a term rather than quote speech: 'the word “fatigue”', 'the phrase “X”'.
_TERM_NOUNS = frozenset("word words phrase term expression slogan label wort begriff mot terme parola termine palabra término palavra termo слово слова термин".split())
_TERM_WORDS = _SO_CALLED | _TERM_NOUNS
# A slogan is named, not said, even set off by a comma ('chanted her slogan, “Fair Shot,”'); 'in her words, “X”' is speech.
_SLOGAN_NOUNS = frozenset("slogan motto catchphrase tagline".split())
_SIGN_NOUN = re.compile(r"\b(?:signs?|banners?|placards?|posters?|t-shirts?|shirts?|billboards?|stickers?|hats?|caps?)(?:\s+(?:that|which))?\s+(?:read|reads|reading)\s+$", re.I)


def _sign_reads(text: str, open_at: int) -> bool:
    """Whether a sign, banner or shirt 'reads' the quote ('a banner that read “Reform Now.”').
    The pattern is tried only where 'read' stands in the 50 characters before: one substring search
    instead of a case-blind regex tried at each of them. (Only ASCII letters match r, e, a, d
    case-blind, so lowering the window keeps every match.)"""
    window_start = max(0, open_at - 50)
    return "read" in text[window_start:open_at].lower() and bool(_SIGN_NOUN.search(text, window_start, open_at))


# After a quote ending in a full stop, the sentence goes on only with a comma, a dash or lower case.
# So does a sentence of a name and a verb alone ('“….” Vos said.'): a comma gone missing.
_SENTENCE_GOES_ON = re.compile(
    r"\s*(?:[,—–-]|(?=[^\W\d_])[^A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ])"
    r"|\s+(?!(?:Nobody|No one|Everyone|Everybody|Someone|Somebody|Nothing|None|Few|Many|Others)\b)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?:said|says|added|adds|wrote|writes|recalled|insisted|explained)\.(?:\s|$)"
)
# 'we call it “the shed”', 'a group calling itself “X”' give a name; 'the spokesman called it “routine
# prudent planning”', 'calling it “a deliberate assault”' quote what someone said of it.
_TERM_OBJECT = re.compile(r"(?i)(?:\b(?:call|calls|dub|dubs|term|terms|label|labels)\s+(?:it|them|this|that)|\bitself|\bthemselves)\s+(?:(?:a|an|the)\s+)?$")
_PASSIVE_NAMING_VERB = rf"(?i)\b(?:{'|'.join(lexicon.PASSIVE_AUXILIARIES)})\s+(?:\w+\s+)?(?:{'|'.join(NAMING_CUES)})"
_PASSIVE_NAMED = re.compile(_PASSIVE_NAMING_VERB + r"(?:\s+as)?\s*$")  # right before the quote
_PASSIVE_NAMING = re.compile(_PASSIVE_NAMING_VERB + r"\b")
# 'described conditions in the enclave as “…”': 'as' carries the verb further.
_NAMING_NEARBY = re.compile(rf"\b(?:{'|'.join(NAMING_CUES)})\b(?:(?:\s+\S+){{0,4}}|(?:\s+[^\s“”\"‘’]+){{0,8}}?\s+as(?:\s+an?)?)\s*$")
_NAMED_THING = re.compile(r"\b(?:called|dubbed|named|titled)\s*$")
_WHAT_SOMEONE_CALLED = re.compile(r"(?i)\bwhat\s+(?:\S+\s+){1,5}?\w+\s*$")
# A naming verb right before a quote, its object left behind ('a chat staff called “X”', 'what critics
# call the “X”'), gives a name: one in use (present tense), one given (dub, brand), or a definite one.
# A past 'called' with no article or an indefinite one ('what Rutte called “a quantum leap”') is speech.
_NAME_IN_USE = re.compile(
    r"(?i)\b(?:(?:call|calls|calling|describes?\s+as|known\s+(?:\w+ly\s+|to\s+\w+\s+)?as|referred\s+to\s+as|billed\s+(?:by\s+(?:\S+\s+){1,4}?)?as)(?:\s+(?:a|an|the))?"
    r"|(?:dub|dubs|dubbed|nicknamed|code-?named|christened|branded|termed)(?:\s+(?:it|him|her|them|the\s+\w+))?(?:\s+(?:a|an|the))?"
    r"|(?:called|described\s+as)\s+the)\s*$"
)
# Words quoted as the subject of a sentence about what they mean are mentioned, not said:
# '“our friend” was a reference to the company', '“the factory” was the way the men referred to it'.
_MEANING_AFTER = re.compile(
    r"\s+(?:(?:is|was|are|were|has\s+been|had\s+been|became|has\s+become|had\s+become)\s+(?:(?:a|an|the)\s+)?(?:\w+\s+)?"
    r"(?:reference|code|shorthand|euphemism|nickname|way)\b|(?:refers|referred|meant|means|stands\s+for|stood\s+for)\b)"
)
_NAMING_STEMS = ("call", "describ", "known", "referred", "dub", "nicknamed", "code", "christened", "branded", "termed", "billed")
_CALLED_BARE = re.compile(r"(?i)\b(?:called|described\s+as)\s*$")
# A title-cased quote right after 'on' or 'in' names a programme or a work: 'said on NBC’s “Meet the Press.”'
_ON_PROGRAMME = re.compile(r"\b(?:on|in)\s+(?:(?:[A-Z][\w.&-]*\s+){0,2}[\w.&-]+(?:[’']s|s[’'])\s+)?$")  # "on Fox News' “…”"
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A term before its noun is an English word order: German and Romance quotes are left alone.
_ENGLISH_MARKS = frozenset("“‘\"")
_NEXT_WORD = re.compile(r"\s([a-z]{3,})\b(?![’'-])")
_VERB_BEFORE_ADVERB = frozenset(lexicon.PASSIVE_AUXILIARIES) | frozenset("has have had will would can could may might must should shall do does did".split())
_NOT_NOUNS = (
    lexicon.PREPOSITIONS | lexicon.CONJUNCTIONS | lexicon.AUXILIARIES | lexicon.DEFINITE | lexicon.INDEFINITE
    | lexicon.RELATIVES | lexicon.SUBORDINATORS | frozenset(lexicon.PASSIVE_AUXILIARIES)
    | frozenset(w for words in lexicon.VERB_CUES.values() for w in words.split())
    | frozenset("""has have had will would can could may might must should shall does did become became becomes
    remain remains remained look looks looked seem seems seemed such then there here not never only even just""".split())
)
_ARTICLES = frozenset(["the", "l'", "l’"])  # "the idea of the “metro school”": a term in a noun phrase; "a “massive strike”" may be speech
# A lower-case adjective by its form: a compound ('far-left'), 'own', or a suffix nouns seldom have.
_ADJECTIVE_LIKE = re.compile(r"[a-z]+-[a-z-]+|own|[a-z]{3,}(?:al|ic|ist|ern)")
# Who answers a poll's question: 'only 9 percent described it as “excellent”', 'a majority say “poorly”'.
_SURVEY_SHARE = re.compile(
    r"(?i)(?:only|just|about|nearly|almost|roughly|some|fewer\s+than|more\s+than)?\s*"
    r"(?:\d[\d.]*\s*(?:%|percent\b|per\s+cent\b)|(?:a|the)\s+(?:majority|plurality|minority)\b)"
)
_SENTENCE_END_MARKS = (*".!?…", *UNSPACED_SENTENCE_ENDS)
_SMALL_WORDS = frozenset("a an the of in on at to and or for with from by de la le der die das und of".split())


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_mention: str | None
    cue: str | None
    kind: str  # direct | interview_answer | block | scare | title
    closed: bool

    def as_row(self) -> dict:
        return {
            "start": self.start, "end": self.end, "text": self.text, "speaker": self.speaker,
            "speaker_mention": self.speaker_mention, "cue": self.cue, "kind": self.kind, "closed": self.closed,
        }


class _Marked(NamedTuple):
    open_at: int  # the opening mark
    start: int  # first quoted character (after the mark, spaces trimmed)
    end: int
    close_end: int  # after the closing mark (the paragraph end for an unclosed quote)
    closed: bool
    mark: str


@dataclass(frozen=True)
class _Layout:
    """Where a text's paragraphs and quote marks are, for looking around one quote."""

    paragraphs: list[tuple[int, int]]
    paragraph_starts: list[int]
    marked: list[_Marked]
    opens: list[int]  # each marked quote's opening mark, in order
    turns: set[int]  # paragraphs whose speaker the turns of an exchange gave


def find_quotes(text: str, blocks: tuple[tuple[int, int], ...] | list[tuple[int, int]] = ()) -> list[Quote]:
    """Every quote in `text`, in text order. `blocks` are clean-text ranges the input marked up as
    block quotes ([quote], <blockquote>); one without quote marks inside becomes a `block` quote."""
    paragraphs = paragraph_spans(text)
    marked = [part for m in quote_spans(text, paragraphs) for part in around_incise(text, m)]
    answers = interview_answers(text, paragraphs)
    if "—" in text or "–" in text:
        spoken = dialogue_turns(text, paragraphs, marked, answers)
        if spoken:
            marked = sorted(marked + spoken)
    if ":" in text:
        unmarked = statement_blocks(text, paragraphs, marked, answers)
        blocks = [*blocks, *(b for b in unmarked if not any(s < b[1] and b[0] < e for s, e in blocks))]
    quoted = [(m.start, m.end) for m in marked]
    # Speakers are looked for with party-state tags blanked; quoted words are left as they are.
    spoken = quoted + [(a.start, a.end) for a in answers] + list(blocks)
    text = without_digit_group_commas(without_party_tags(text, spoken), spoken)
    context = SpeakerContext(text, quoted, answers)
    answers = context.answers = [replace(a, speaker=context.without_honorific(a.speaker, a.start)) for a in answers]
    layout = _Layout(paragraphs, [s for s, _ in paragraphs], marked, [m.open_at for m in marked], set())
    items: list[tuple[int, str, object]] = [(a.start, "answer", a) for a in answers]
    # An answer set in quote marks is one quote, the answer: not a second, direct one inside it.
    items += [(m.start, "marked", m) for m in marked if not any(0 <= m.start - a.start <= 2 and 0 <= a.end - m.end <= 2 for a in answers)]
    items += [(s, "block", (s, e)) for s, e in blocks if not any(s <= m.start < e for m in marked)]
    quotes: list[Quote] = []
    for _, what, item in sorted(items, key=lambda i: i[0]):
        if what == "answer":
            quotes.append(Quote(item.start, item.end, text[item.start : item.end], item.speaker, item.mention, None, "interview_answer", True))
            if item.speaker:
                context.add_speaker(item.start, item.speaker, "person")
            continue
        if what == "block":
            start, end = _trim(text, *item)
            if end > start:
                quotes.append(_speech(text, context, layout, start, end, start, end, True, "block"))
            continue
        quote = _classify(text, item, context, layout)
        if quote:
            quotes.append(quote)
    if answers and answers[0].speaker:
        # A Q&A's headline quotes its interviewee: '‘We repair at night’: the engineer who …'.
        first_paragraph_end = paragraphs[0][1]
        quotes = [replace(q, speaker=answers[0].speaker) if q.speaker is None and q.kind == "direct" and q.end <= first_paragraph_end else q for q in quotes]
    return _headline_speakers(text, _repeated_speakers(_terms_in_company(text, quotes)))


def statement_blocks(text: str, paragraphs: list[tuple[int, int]], marked: list[_Marked], answers) -> list[tuple[int, int]]:
    """A paragraph of someone's words set as a block quote, its markup lost: it has no quote marks and
    follows a sentence that announces it with a reporting cue and a colon ('Whitaker just issued a
    statement:', 'The letter said, in part:', 'explained his position in a post on X:')."""
    blocks = []
    opens = [m.open_at for m in marked]
    for (previous_start, previous_end), (start, end) in zip(paragraphs, paragraphs[1:]):
        if text[previous_end - 1] != ":" or bisect_left(opens, start) != bisect_left(opens, end):
            continue
        if any(a.start < end and start < a.end for a in answers) or any(mark in text[start:end] for mark in _DOUBLE_MARKS):
            continue
        words = text[start:end].split()
        if len(words) < 8 or text[end - 1] not in ".!?…" or _LIST_ITEM.match(words[0]) or "\n" in text[start:end]:
            continue  # a list, a line of a menu or a heading, not a statement
        announcing = text[sentence_start(text, previous_end - 1, previous_start) : previous_end]
        if announcing.endswith(" to:"):
            continue  # 'HBI calls on all parties to:' runs on into a list of demands
        if _ANNOUNCES_WORDS.search(announcing) or next(find_cues(announcing), None):
            blocks.append((start, end))
    return blocks


_DOUBLE_MARKS = "“”„«»\"「」"
_LIST_ITEM = re.compile(r"(?:[-•*·–—]|\d+[.)]|[a-z][.)])$")
# A written statement's nouns: a cue verb need not come with them ('in a post on X:').
_ANNOUNCES_WORDS = re.compile(r"(?i)\b(?:statement|letter|post(?:ed)?|tweet(?:ed)?|message|e-?mail|reads?|wrote|in part)\b")


def _terms_in_company(text: str, quotes: list[Quote]) -> list[Quote]:
    """A few lower-case words with no cue are a term, not speech, when they are quoted back from
    earlier speech ('the bill does more than regulate “new sales”' after 'This is about new sales,'
    she said) or joined to a term ('rated it “not so good” or “poor.”')."""
    candidates = [i for i, q in enumerate(quotes) if q.cue is None and q.speaker_mention is None and q.kind == "direct" and q.text[:1].islower() and q.text.count(" ") < 3]
    if not candidates:
        return quotes
    termed = list(quotes)
    for index in candidates:
        q = quotes[index]
        joined = index > 0 and termed[index - 1].kind == "scare" and _JOINED_QUOTES.fullmatch(text, termed[index - 1].end, q.start)
        if joined or _echoes(q.text, quotes[:index]):
            termed[index] = replace(q, speaker=None, kind="scare")
    return termed


def _echoes(words: str, earlier: list[Quote]) -> bool:
    """Whether `words` stand, as whole words, in earlier speech of more than three words (an
    interview answer holds its own quotes: it is no earlier speech)."""
    echo = " ".join(_WORD.findall(words.casefold()))
    return bool(echo) and any(
        q.kind in ("direct", "block") and q.text.count(" ") >= 3 and f" {echo} " in " " + " ".join(_WORD.findall(q.text.casefold())) + " "
        for q in earlier
    )


_JOINED_QUOTES = re.compile(r"[\"”’'»]\s*,?\s*(?:or|and)?\s*[\"“‘'«]")


_WORD = re.compile(r"\w+")


def _repeated_speakers(quotes: list[Quote]) -> list[Quote]:
    """A headline quotes words a speaker says further down: a quote with no cue of its own (none at
    all, or a label: 'Kremlin: ‘No reason to expect quick results’') takes the speaker of the
    same words quoted with a cue ('There is no reason to expect quick results,' Peskov said)."""
    bare = [_bare(q.text) for q in quotes]
    said = {words: q.speaker for q, words in zip(quotes, bare) if q.speaker}
    cued = [(words, q.speaker) for q, words in zip(quotes, bare) if q.cue and q.speaker and q.kind in SPEECH_KINDS]
    repeated = []
    for q, words in zip(quotes, bare):
        if q.kind in SPEECH_KINDS and q.cue is None and (q.speaker is None or q.speaker_mention):
            # Contained in, or the same as, words quoted with a cue: a label ('Families of prisoners: ‘…’') names a topic.
            contained = next((s for text, s in cued if words in text), None) if len(words.split()) >= 3 else None
            speaker = contained or (said.get(words) if q.speaker is None else None)
            if speaker:
                q = replace(q, speaker=speaker)
        repeated.append(q)
    return repeated


_HEADLINE_WORDS = 24


def _headline_speakers(text: str, quotes: list[Quote]) -> list[Quote]:
    """A headline's quote whose speaker the headline does not name ('‘We will not be blackmailed’:
    minister vows …', 'Former NATO deputy chief: “…”', '“…”: Bundestag clashes over …') is the
    person the article quotes: whoever says the same words below, else the quoted person whose
    surname the headline gives ('‘…’: Melnyk storms into …'), else, when the headline has a cue or
    a label, the person the article quotes most. A headline is a first paragraph of a few words
    that does not end like a sentence."""
    end = text.find("\n\n")
    headline = text[:end].rstrip()
    if end < 0 or not quotes or quotes[0].start >= end or headline.endswith((".", "!")) or word_count(headline) > _HEADLINE_WORDS:
        return quotes
    body = [q for q in quotes if q.start > end and q.speaker and q.kind in SPEECH_KINDS and " " in q.speaker and q.speaker[:1].isupper()]
    surnames = {q.speaker.rpartition(" ")[2].casefold(): q.speaker for q in body}
    if not surnames:
        return quotes
    counts = Counter(q.speaker for q in body)
    most_quoted = max(counts, key=counts.__getitem__)  # of equals, the first quoted (a Counter keeps that order)
    in_headline = [q for q in quotes if q.start < end]
    speakers_below = {q.speaker.rpartition(" ")[2].casefold() for q in quotes if q.start > end and q.speaker}
    resolved = []
    for i, q in enumerate(quotes):
        if q.start < end and q.kind == "direct" and (not q.speaker or q.speaker.rpartition(" ")[2].casefold() not in speakers_below):
            # The words around this quote, up to the headline's other quotes: 'Ucraina, Ferri: «…». Il Cremlino: «…»'.
            label = text[in_headline[i - 1].end if i else 0 : q.start] + " " + text[q.end : in_headline[i + 1].start if i + 1 < len(in_headline) else end]
            named = [surnames[w.casefold()] for w in re.findall(r"[^\W\d_][\w'’-]*", label) if w[:1].isupper() and w.casefold() in surnames]
            words = _bare(q.text)
            said = next((b.speaker for b in body if len(words.split()) >= 3 and (words in _bare(b.text) or (b.text.count(" ") >= 3 and _bare(b.text) in words))), None)
            labelled = q.cue is not None or q.speaker is not None or ":" in label
            unresolved = _unresolved_in_headline(q.speaker, text[end:])
            speaker = said or (named[-1] if named else None) or (most_quoted if unresolved and labelled and counts[most_quoted] >= 2 else None)
            if speaker:
                q = replace(q, speaker=speaker)
        resolved.append(q)
    return resolved


def _unresolved_in_headline(speaker: str | None, body: str) -> bool:
    """Whether a headline quote's speaker is still to be found: none, a role ('minister',
    'Senator'), or words the article never uses again ('Former NATO' from 'Former NATO deputy
    chief:'); not a label the article goes on to use ('Il Cremlino:')."""
    if not speaker:
        return True
    return not speaker[:1].isupper() or speaker.rpartition(" ")[2].casefold() in lexicon.PERSON_ROLES or speaker not in body


def _bare(quoted: str) -> str:
    return quoted.strip(" ,.;:!?…").casefold()


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[_Marked]:
    """Outermost quotes, paired mark by mark within each paragraph (a stack for nesting)."""
    spans: list[_Marked] = []
    marks = [(text[at], at, at + 1) for at in _mark_positions(text)]
    marks.append(("", len(text), len(text)))  # a sentinel after the last paragraph
    index = 0
    carried: tuple[str, int, int] | None = None  # an open quote running on into the next paragraph
    for p, (p_start, p_end) in enumerate(paragraphs):
        while marks[index][1] < p_start:
            index += 1
        if carried is None and marks[index][1] >= p_end:
            continue  # no mark in this paragraph: nothing opens or closes
        stack: list[tuple[str, int, int]] = []  # mark, open_at, content start
        skip_until = -1
        if carried:
            stack.append(carried)
            if text.startswith(carried[0], p_start):
                skip_until = p_start + len(carried[0])
            carried = None
        while marks[index][1] < p_end:
            mark, at, after = marks[index]
            index += 1
            if at < skip_until:
                continue
            if mark in "'`" and text.startswith(mark, after):
                mark, after = mark * 2, after + 1
                skip_until = after
            elif mark == "`":
                continue
            before_char = text[at - 1] if at > p_start else "\n"
            next_char = text[after] if after < p_end else "\n"
            can_open = not next_char.isspace() and (before_char.isspace() or before_char in _OPEN_AFTER)
            can_close = not before_char.isspace() and not next_char.isalnum()
            if stack and _closes(stack, mark, can_close, can_open):
                depth = 0 if len(stack) == 1 else max(i for i, (m, _, _) in enumerate(stack) if mark in _CLOSERS[m] and (i == len(stack) - 1 or mark not in _SINGLE))
                opened = stack[depth]
                del stack[depth:]
                if not stack:
                    spans.append(_span(text, opened, at, after, True))
                continue
            if mark in _ALWAYS_OPEN or (mark in ('"', "''", "»") and can_open and not (mark == "»" and can_close)):
                stack.append((mark, at, after))
            elif mark in "‘'" and can_open and next_char.isalnum():
                stack.append((mark, at, after))
        if stack:
            outer = stack[0]
            following = paragraphs[p + 1][0] if p + 1 < len(paragraphs) else None
            if following is not None and text.startswith(outer[0], following):
                carried = outer
            elif outer[0] not in _SINGLE:
                spans.append(_span(text, outer, p_end, p_end, False))
    return spans


# French, Ukrainian, Russian, Italian and Polish put the attribution inside the marks: « A, a déclaré X. B »,
# «A, — сказав Y. — B» or „A – powiedział Y. – B”. The incise is not the speaker's words: the quote is two spans around it.
_INCISE_MARKS = frozenset("«»„")
# Spanish sets the incise off with dashes against its words: «A —dijo X—, B».
_INCISE_START = re.compile(r"(?:,\s+(?:[—–]\s*)?|\s+[—–]\s*)(?=[^\W\d_])")
# The period of an initial or a title ('a déclaré M. Barrot') ends no incise.
_INCISE_END = re.compile(r"(?<!\b[A-ZÀ-ÞА-Я])(?<!\bMme)(?<!\bDr)[.!?]\s+(?:[—–]\s+)?(?=\w)|,?\s+[—–]\s+(?=\w)|[—–],?\s+(?=\w)")


def around_incise(text: str, marked: _Marked) -> list[_Marked]:
    """A guillemet quote split around an attribution inside its marks: a comma, a cue right after
    it naming its speaker (or set off by dashes), and a sentence end or dash where the words resume."""
    if marked.mark not in _INCISE_MARKS:
        return [marked]
    for comma in _INCISE_START.finditer(text, marked.start, marked.end):
        cue = next(find_cues(text, comma.end(), min(marked.end, comma.end() + 40)), None)
        if cue is None or cue.start != comma.end():
            continue
        resume = _INCISE_END.search(text, cue.end, min(marked.end, cue.end + 160))
        if resume is None:
            continue
        dashed = "—" in comma.group() or "–" in comma.group()
        found = attribution_after(text[comma.start() + 1 : resume.start()], comma.start() + 1)
        if not (dashed or (found and found.mention)):
            continue
        first_end = comma.start() + (text[comma.start()] == ",")  # the comma ends the words, a dash not
        first = _Marked(marked.open_at, marked.start, first_end, first_end, True, marked.mark)
        rest = _Marked(resume.end(), resume.end(), marked.end, marked.close_end, marked.closed, marked.mark)
        return [first, *around_incise(text, rest)]
    return [marked]


# A dialogue turn opens its paragraph with a dash ('— Tréguas, tréguas — diz o cozinheiro. — Acredito …'),
# and an incise is set off by dashes with spaces (a dash inside the words has them too: 'Временно — это сколько?').
# Spanish sets the dashes against the words they frame: '—Aquí no se para —dice mientras aparca—. Los drones …'.
_TURN_DASH = re.compile(r"[—–]\s*")
_INCISE_DASH = re.compile(r",?\s+[—–]\s*")
_INCISE_CLOSE = re.compile(r",?\s*[—–][.,;:]?\s*")


def dialogue_turns(text: str, paragraphs: list[tuple[int, int]], marked: list[_Marked], answers) -> list[_Marked]:
    """The words of dialogue paragraphs, which carry no quote marks: a paragraph opening with a
    dash whose words an incise with a reporting verb interrupts ('— A — diz X. — B'), or that
    follows a paragraph ending in a colon ('X encolhe os ombros:'). Interview answers are spans already."""
    turns: list[_Marked] = []
    starts = [start for start, _ in paragraphs]
    quoted = None
    for index, (p_start, p_end) in enumerate(paragraphs):
        dash = _TURN_DASH.match(text, p_start, p_end)
        if not dash:
            continue
        quoted = quoted if quoted is not None else {bisect_right(starts, m.open_at) - 1 for m in marked}
        if index in quoted or any(a.start < p_end and p_start < a.end for a in answers):
            continue
        introduced = index > 0 and text[: paragraphs[index - 1][1]].rstrip().endswith(":")
        pieces, start = [], dash.end()
        for incise in _INCISE_DASH.finditer(text, dash.end(), p_end):
            if incise.start() < start:
                continue
            cue = next(find_cues(text, incise.end(), min(p_end, incise.end() + 30)), None)
            if cue is None or text[incise.end() : cue.start].count(" ") > 1:
                continue  # a dash inside the words
            resume = _INCISE_CLOSE.search(text, cue.end, p_end)
            pieces.append((start, incise.start()))
            start = resume.end() if resume else p_end
        if start < p_end:
            pieces.append((start, p_end))
        if len(pieces) < 2 and not introduced and not (pieces and pieces[0][1] < p_end):
            continue
        for piece_start, piece_end in pieces:
            piece_start, piece_end = _trim(text, piece_start, piece_end)
            if piece_end > piece_start:
                turns.append(_Marked(piece_start - 1, piece_start, piece_end, piece_end, True, "—"))
    return turns


def _mark_positions(text: str) -> list[int]:
    """Where quote marks stand, in order: one str.find pass per mark (several times quicker than
    a regex scan for any of them). An apostrophe between two letters or digits (don’t, l'on) is
    never a mark."""
    return [at for at in positions_of_any(text, _MARKS) if not (text[at] in "'’" and at and text[at - 1].isalnum() and text[at + 1 : at + 2].isalnum())]


def _closes(stack, mark: str, can_close: bool, can_open: bool) -> bool:
    top = stack[-1][0]
    if mark in _CLOSERS[top]:
        if mark in ("“", "'", "’", "‘", '"', "''", "«"):
            return can_close or (mark in ('"', "''") and not can_open)
        return True
    return mark not in _SINGLE and any(mark in _CLOSERS[m] for m, _, _ in stack[:-1]) and can_close


def _span(text: str, opened: tuple[str, int, int], close_at: int, close_end: int, closed: bool) -> _Marked:
    start, end = _trim(text, opened[2], close_at)
    return _Marked(opened[1], start, end, close_end, closed, opened[0])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _classify(text: str, marked: _Marked, context: SpeakerContext, layout: _Layout) -> Quote | None:
    if marked.end <= marked.start:
        return None
    quoted = text[marked.start : marked.end]
    before = text[max(0, marked.open_at - 40) : marked.open_at]
    # American style sets a comma inside the marks: 'titled the “X Act,” passed'.
    bare = quoted[:-1] if quoted[-1:] == "," else quoted
    n_words = len(quoted.split())  # asked by three of the tests below: split once
    if quoted[:1].isupper() and n_words <= 10 and (bare[-1:] not in ".!?," or _titled_so(before, bare)):
        # A title word ending the sentence before ('… show up. “I don’t know him,”') titles nothing.
        if (_preceded_by(before, _TITLE_WORDS) and before.rstrip()[-1:] not in ".!?") or _names_publication(before, bare):
            return Quote(marked.start, marked.end, quoted, None, None, None, "title", marked.closed)
    if quoted[-1:] == "." and _title_case(quoted[:-1]) and (_preceded_by(before, _TITLE_WORDS) or _names_directly(before, quoted)):
        # 'her memoir, “Second Shift.”', 'a debate billed as “The Last Word.”'
        return Quote(marked.start, marked.end, quoted, None, None, None, "title", marked.closed)
    few_words = quoted.count(" ") < 10
    if n_words <= 5 and _term_of_art(quoted):
        return Quote(marked.start, marked.end, quoted, None, None, None, "scare", marked.closed)
    if few_words and _title_case(quoted.rstrip(".,")) and _ON_PROGRAMME.search(before):
        return Quote(marked.start, marked.end, quoted, None, None, None, "title", marked.closed)
    if few_words and n_words <= 6 and bare[-1:] not in ".!?," and _MEANING_AFTER.match(text, marked.close_end):
        return Quote(marked.start, marked.end, quoted, None, None, None, "scare", marked.closed)
    if n_words <= 10 and bare[-1:] not in ".!?" and (_PASSIVE_NAMED.search(before) or _names_directly(before, quoted)):
        # 'She has been called “the conscience of the party”', 'a program known as “X”': a name given, nobody's words.
        kind = "title" if _title_case(bare) else "scare"
        return Quote(marked.start, marked.end, quoted, None, None, None, kind, marked.closed)
    # The words resuming after an incise (no mark opens them) are speech however short.
    kind = None if text[marked.open_at] in _MARKS else "direct"
    return _speech(text, context, layout, marked.start, marked.end, marked.open_at, marked.close_end, marked.closed, kind, marked.mark)


def _speech(
    text: str, context: SpeakerContext, layout: _Layout, start: int, end: int, open_at: int, close_end: int,
    closed: bool, kind: str | None, mark: str | None = None,
) -> Quote:
    """A quote with its attribution; its kind, unless given, from what stands around it:

    1. a title-cased phrase with no reporting verb (or after a naming one) is a title;
    2. a short phrase after a naming verb ('call it “X”') is a scare quote;
    3. anything with a cue or a speaker is direct speech, however short;
    4. a short phrase with neither, or after 'so-called', is a scare quote;
    5. the rest is direct speech, continuing the last speaker (the interviewee inside an answer).
    """
    quoted = text[start:end]
    opens, all_marked = layout.opens, layout.marked
    paragraph_start, paragraph_end = layout.paragraphs[bisect_right(layout.paragraph_starts, start) - 1]
    limit = min(paragraph_end, close_end + 200)
    if quoted[-1:] == "." and not _SENTENCE_GOES_ON.match(text, close_end, limit):
        limit = close_end
    # Other quotes around this one are blanked out: words inside them are neither cues nor names.
    following = bisect_right(opens, close_end - 1)
    blanked = [(m.start, m.end) for m in all_marked[bisect_right(opens, paragraph_start - 1) : bisect_right(opens, open_at - 1)]]
    blanked += [(m.open_at, m.close_end) for m in all_marked[following : bisect_right(opens, limit - 1)]]
    found = attribute(text, open_at, close_end, limit, paragraph_start, blanked)
    words = quoted.split()
    # One word is no sentence, whatever American style sets inside the marks: 'it was “resilience.”'
    # (but '… asked if he regretted it. “Never.”' stands as a sentence of its own: speech).
    alone = text[max(0, open_at - 2) : open_at].strip()[-1:] in ("", ".", "?", "!", ":")
    short = word_count(quoted) < 4 and (quoted[-1:] not in _SENTENCE_END_MARKS or (" " not in quoted and not alone))
    if kind is None:
        naming = bool(found and found.cue and found.cue.split()[0] in NAMING_CUES and found.cue != "put it")  # 'as X put it' quotes X
        before = text[max(0, open_at - 60) : open_at] if short else ""
        # American style sets the sentence's period inside the marks: 'called its “X Initiative.”',
        # and a comma: 'introduced the “Clean Water Act,” which …', 'called it “Project Falcon,” and …'.
        if (naming or not (found and found.cue)) and _title_case(quoted.rstrip(".").removesuffix(",") if naming else quoted.removesuffix(",")) and mark not in ("„", "»"):
            kind = "title"
        elif _sign_reads(text, open_at):
            kind = "title"  # 'a banner that read “Reform Now.”', 'signs reading “Built Here.”': what a sign says
        elif _title_case(quoted) and mark in _ENGLISH_MARKS and _modifies_a_noun(text, open_at, close_end):
            kind = "title"  # 'the government’s “Fit for the Future” plan': a name before its noun
        elif not short and len(words) <= 8 and mark in _ENGLISH_MARKS and _title_case(quoted) and _after_possessive(text[max(0, open_at - 60) : open_at]):
            kind = "title"  # 'Barbara Tuchman’s “The Guns of August”': a work its author owns
        elif short and (_after_possessive(before) or (naming and _names_a_term(before, found, quoted))):
            kind = "title" if _title_case(quoted) else "scare"
        elif len(words) < 5 and ((word_before := _word_before(text, open_at)) in _TERM_WORDS or word_before.rstrip(",:") in _SLOGAN_NOUNS):
            kind = "scare"  # 'the so-called “X”', 'the word “X”', 'her campaign slogan, “X”'
        elif len(words) < 4 and quoted[-1:].isalnum() and mark in _ENGLISH_MARKS and _modifies_a_noun(text, open_at, close_end):
            kind = "scare"  # 'a broader “all for all” exchange', 'what he called “filtration” camps'
        elif len(words) < 4 and found and found.mention and _SURVEY_SHARE.match(found.mention):
            kind = "scare"  # 'only 9 percent described it as “excellent.”': an answer a poll offered
        elif mark in _ENGLISH_MARKS and _title_case(quoted.rstrip(".,")) and _names_a_work(text, open_at, close_end):
            kind = "title"  # 'her book, “Lines of Authority”, was cited', 'the author of “The Ballot and the Bench,”'
        elif len(words) < 6 and any(c.isupper() for c in quoted[:2]) and _WORK_NOUN_BEFORE.search(_word_before(text, open_at)):
            kind = "title"  # 'In der ARD-Sendung „Bericht aus Berlin“ mahnte sie': a German work's name after its noun
        elif found and (found.cue or found.mention):
            kind = "direct"
        elif short or (len(words) < 5 and _preceded_by(text[max(0, open_at - 30) : open_at], _SCARE_WORDS)):
            kind = "scare"
        else:
            kind = "direct"
    if kind in ("scare", "title"):
        if kind == "title" and found and found.cue and found.mention and found.cue.split()[0] not in NAMING_CUES:
            # 'A prefeita disse que … no programa “Cidade Resiliente”': whoever the sentence reports
            # spoke, and the next quote with no subject goes on in their voice.
            speaker, speaker_kind = resolve(found.mention, found.at, context, found.cue)
            if speaker:
                context.add_speaker(start, speaker, speaker_kind)
        return Quote(start, end, quoted, None, None, None, kind, closed)
    if found:
        speaker, speaker_kind = resolve(found.mention, found.at, context, found.cue)
        mention, cue = found.mention, found.cue
    else:
        answer = next((a for a in context.answers if a.start <= start < a.end), None)
        # Inside an interview answer, unattributed words are the interviewee's.
        mention = cue = None
        named_after = None if answer else _named_after(text, context, layout, open_at, close_end)
        if named_after:
            mention, cue = named_after
            speaker, _ = resolve(mention, close_end, context, cue)
        elif _CHANTED.search(text, max(paragraph_start, open_at - 160), open_at):
            speaker = None  # 'The crowd is chanting “…”', 'placards reading “…”': a crowd's words, no one's
        else:
            speaker = answer.speaker if answer else (
                _turn_in_exchange(text, context, layout, open_at) or _answer_to_question(text, context, layout, open_at)
                or _named_subject_of_sentence(text, context, paragraph_start, open_at)
                or _source_opening_the_paragraph(text, context, paragraph_start, open_at)
                or _unnamed_subject_before(text, context, paragraph_start, open_at)
                or _met_at_the_end_of_the_last_paragraph(text, context, layout, open_at) or _carry_over(context, open_at)
            )
        speaker_kind = "person"
    if speaker:
        context.add_speaker(start, speaker, speaker_kind)
    return Quote(start, end, quoted, speaker, mention, cue, kind, closed)


_ASKED = re.compile(r"\?\s*[”\"’»“]")


def _speakers_within(context: SpeakerContext, paragraph: tuple[int, int]) -> list[str]:
    """The speakers given so far to quotes in `paragraph`, in text order."""
    return [s for at, s, _ in context.speakers if paragraph[0] <= at < paragraph[1]]


def _turn_in_exchange(text: str, context: SpeakerContext, layout: _Layout, open_at: int) -> str | None:
    """In an exchange (a cross-examination, a press conference, a debate) a paragraph of words with
    no cue is the next turn: after X asks a question and Y answers, the words are X's again; and
    after such a turn, Y's. The asker's paragraph may open with a lead ('X was unimpressed. “…?”')."""
    index = bisect_right(layout.paragraph_starts, open_at) - 1
    if index < 2 or layout.paragraphs[index][0] != open_at:
        return None
    asked_in, answered_in = layout.paragraphs[index - 2], layout.paragraphs[index - 1]
    answerers = set(_speakers_within(context, answered_in))
    askers = _speakers_within(context, asked_in)
    if len(answerers) != 1 or not askers or askers[-1] in answerers or text[answered_in[0]] not in _MARKS:
        return None  # each answer opens its paragraph
    asker_turn = text[asked_in[0]] in _MARKS or _ends_with_quote(text, *asked_in)
    if index - 1 not in layout.turns and not (asker_turn and _ASKED.search(text, *asked_in)):
        return None
    layout.turns.add(index)
    return askers[-1]


def _ends_with_quote(text: str, start: int, end: int) -> bool:
    """Whether a paragraph's last sentence is quoted words with their cue ('… 2022?” he said.')."""
    tail = text[max(start, end - 40) : end]
    return any(mark in tail for mark in "”\"’»")


def _answer_to_question(text: str, context: SpeakerContext, layout: _Layout, open_at: int) -> str | None:
    """The other way round: after Y speaks and X asks a question, uncued words in the next
    paragraph are Y's answer ('“I signed it,” Y replied.' / '“Then who wrote it?”' / '“My staff.”')."""
    index = bisect_right(layout.paragraph_starts, open_at) - 1
    if index < 2:
        return None
    asked_in, answered_in = layout.paragraphs[index - 1], layout.paragraphs[index - 2]
    if text.find("?", *asked_in) < 0 or text[asked_in[0]] not in _MARKS:
        return None
    askers = set(_speakers_within(context, asked_in))
    answerers = set(_speakers_within(context, answered_in))
    if len(askers) != 1 or len(answerers) != 1 or askers == answerers:
        return None
    if any(layout.paragraphs[index][0] <= at < open_at for at, _, _ in context.speakers[-3:]):
        return None  # the paragraph has its speaker already: '“Objection,” Shaw said. “Counsel is …”'
    return next(iter(answerers))


# '“…” Those were the words of X', 'So read a statement issued by X', 'The warning came from X':
# words first, their speaker in the next sentence (a delayed attribution).
_NAMED_AFTER = re.compile(
    r"(?:(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?P<noun>"
    + "|".join(sorted(lexicon.DELAYED_ATTRIBUTION_NOUNS))
    + r")\b[^.!?“”\"\n]{0,80}?\s(?:of|from|by)\s"
    r"|(?:So|Thus)\s+(?:(?:read|reads|said|says|went|goes)\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?(?:statement|post|message|letter|note|tweet)\b[^.!?“”\"\n]{0,60}?\sby\s|(?:read|reads|said|says|wrote|writes)\s+(?=[A-Z]|the\s+[a-z]+\s+[A-Z]))"
    # 'That is how Paul Grady … remembers it', 'Así respondió Jordi Ferrer': the manner, then who.
    r"|(?:That|This)\s+(?:is|was)\s+how\s+(?=[A-Z])"
    r"|(?:Así|Assim|Ainsi|Così)\s+(?:lo\s+|le\s+|o\s+)?(?:respondió|explicó|resumió|contestó|respondeu|explicou|resumiu|répondit|a\s+répondu|rispose|ha\s+risposto)\s+(?=[A-Z])"
    r"|(?:The|That|This|Those|These)\s+(?:[\w’'-]+\s+){0,2}?(?P<came>"
    + "|".join(sorted(lexicon.DELAYED_ATTRIBUTION_NOUNS))
    + r")\s+(?:came|comes)\s+from\s"
    # 'That was Fennimore’s assessment outside the courtroom': the owner of the words.
    r"|(?:That|This)\s+(?:was|is)\s+(?P<owner>(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+)[’']s\s+(?:[\w’'-]+\s+){0,2}?(?:"
    + "|".join(sorted(lexicon.DELAYED_ATTRIBUTION_NOUNS))
    + r")\b"
    # 'The words were those of X'
    r"|(?:The|Those|These)\s+(?:words|remarks|comments)\s+(?:were|are)\s+(?:those\s+)?of\s"
    # Other languages' turns: 'A raccontarlo è X', 'A promessa é de X', 'La frase es de X', 'To pytanie
    # zadaje X', 'C’est par cette formule que X a résumé', 'So beschreibt X', 'Dat zegt X'.
    r"|A\s+[a-zà-ù]+(?:rlo|rla|rli|rle)\s+(?:è|sono|era|fu|è\s+stat[oa])\s+(?=[A-Z])"
    r"|(?:A|As|O|Os|La|Las|El|Los)\s+(?:promessa|frase|palavras|pergunta|garantia|queixa|promesa|palabras|pregunta|advertencia|queja)\s+(?:é|são|foi|foram|es|son|fue|fueron)\s+de\s+(?=[A-Z]|(?:um|uma|un|una)\s)"
    r"|(?:To|Te|Tak|Takie)\s+(?:(?:pytanie|słowa|zdanie)\s+)?(?:zadaje|zadała|zadał|mówi|mówiła|mówił|opisuje|ocenia)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])"
    r"|C[’']est\s+(?:par\s+|avec\s+)?(?:cette|ces|ce)\s+(?:formule|mots|phrase|constat)\s+que\s+"
    r"|(?:So|Das)\s+(?:beschreibt|beschrieb|sagt|sagte|formuliert|formulierte|schildert|schilderte)\s+(?:es\s+)?(?=(?:ein|eine|der|die)\s|[A-Z])"
    r"|Dat\s+(?:zegt|zei|schrijft|schreef)\s+(?=[A-Z]|(?:een|de)\s)"
    # A press release signs its quotes on a line of their own: '– The Honourable Jane Roe, Minister of …'.
    r"|[–—]\s+(?:The\s+Honourable\s+|The\s+Hon\.?\s+|Hon\.?\s+)?(?=[A-Z][\w’'-]+\s+[A-Z][\w’'-]+\s*(?:,|$))"
    r")"
)
_APPOSED_NAME = re.compile(rf",\s+({NAME_RUN.pattern}),")
_MENTION_ENDS = re.compile(r",|;|(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)(?<!\bGen)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bProf)(?<!\b[A-Z])\.(?:\s|$)|[:“\"]|\s(?:who|whose|which|as|in|on|at|within|after|when|during)\s|\s[a-z]+(?:ed|ing)\s|\n")
# 'That was the view of many', 'That was also the verdict of …', '… from Washington, too': who
# shares the words, not who said them.
_SHARED_BY = re.compile(r"(?i)(?:many|most|all|some|several|few|both|others|everyone|everybody|nobody|none)\b")
_AGREEING = re.compile(r"\b(?:too|also|as well|likewise|either)\b")


def _named_after(text: str, context: SpeakerContext, layout: _Layout, open_at: int, close_end: int) -> tuple[str, str] | None:
    """A quote standing as its own sentence, its speaker named by the sentence after it (in its
    paragraph, or opening the next when the quote is the whole paragraph): the mention and a cue."""
    index = bisect_right(layout.paragraph_starts, open_at) - 1
    paragraph_start, paragraph_end = layout.paragraphs[index]
    opens_paragraph = not text[paragraph_start:open_at].strip()
    if not opens_paragraph and text[max(paragraph_start, open_at - 2) : open_at].strip()[-1:] not in (".", "?", "!", "”", "\""):
        return None
    after = close_end + (text[close_end : close_end + 1] == ".")  # '«…». Así respondió X': the full stop after the mark
    while after < len(text) and text[after] in " \t":
        after += 1
    if after >= paragraph_end and index + 1 < len(layout.paragraphs) and opens_paragraph:
        after = layout.paragraphs[index + 1][0]
    found = _NAMED_AFTER.match(text, after)
    if not found:
        return None
    if not opens_paragraph and (
        any(paragraph_start <= at < open_at for at, _, _ in context.speakers) or context.named_since(paragraph_start, open_at)
    ):
        return None  # 'Anna Berg said. “Not now.” That was the view of …': words after someone named or quoted in their paragraph are theirs
    if found["owner"]:
        return found["owner"], "said"
    rest = text[found.end() : found.end() + 120]
    end = _MENTION_ENDS.search(rest)
    # 'the description of the mood by one board member': the speaker follows 'by'
    mention = rest[: end.start() if end else len(rest)].strip().rpartition(" by ")[2]
    apposed = _APPOSED_NAME.match(rest, len(mention)) if end and rest[end.start()] == "," else None
    if apposed and " " in apposed.group(1):
        return apposed.group(1), "said"  # 'C’est par cette formule que le ministre de la défense, Serhiï Bondarenko, a résumé'
    if found.group().startswith(("So ", "Das ")) and (object_at := max(mention.rfind(" die "), mention.rfind(" den "), mention.rfind(" das "))) > 0:
        mention = mention[:object_at]  # 'So beschreibt ein Diplomat eines Nachbarlandes die Lage': the object after the subject
    if (lead := NAME_RUN.match(mention)) and " " in lead.group():
        mention = lead.group()  # 'Así respondió Jordi Ferrer cuando …': the name, not the clause after it
    sentence = re.match(r"[^.!?\n]*", rest).group()
    if not mention or len(mention.split()) > 8 or _SHARED_BY.match(mention) or _AGREEING.search(found.group()) or _AGREEING.search(sentence):
        return None
    if not could_speak(mention):
        return None  # 'The words came from the heart', 'That was the message of the budget'
    named = NAME_RUN.search(mention) if mention[:1].islower() else None
    if named and named.end() == len(mention) and " " in named.group():
        return named.group(), "said"  # 'So wrote the critic Harold Finney': the name after the role
    return mention, "said"


def _named_subject_of_sentence(text: str, context: SpeakerContext, paragraph_start: int, open_at: int) -> str | None:
    """Words quoted inside a sentence with no reporting verb are its named subject's: 'Brezinski
    thanked Hayes for “three decades of service”' (not Hayes, named last)."""
    start = sentence_start(text, open_at, paragraph_start)
    before = text[start:open_at].rstrip()
    subject = _sentence_subject(before) if start < open_at - 2 and before[-1:] not in ".!?:;–—-" else None
    if not subject or not NAME_RUN.fullmatch(subject) or subject[:1].islower():
        return None
    if re.search(r",\s+[a-zà-ÿа-яąćęłńóśźż]", before[: max(before.find(subject), 0)]):
        return None  # '…, że Komisja Europejska …': the subject of a reported clause, not the sentence's
    speaker, kind = resolve(subject, start + max(text.find(subject, start, open_at) - start, 0), context, None)
    return speaker if kind == "person" and speaker and " " in speaker else None


_SOURCE_OPENING = re.compile(r"(?:According to|Selon|Según|Secondo|Segundo|Laut)\s[^,.;:“”\"«»]{3,80},\s")


def _source_opening_the_paragraph(text: str, context: SpeakerContext, paragraph_start: int, open_at: int) -> str | None:
    """'Secondo fonti di Palazzo Chigi, sul tavolo ci sarebbe un compromesso. «…», filtra dalla
    presidenza': words quoted with no cue in a paragraph that opens by naming its source are the source's."""
    opening = _SOURCE_OPENING.match(text, paragraph_start, open_at)
    if not opening or context.speakers and context.speakers[-1][0] >= paragraph_start:
        return None
    found = _before(text[paragraph_start : opening.end()], paragraph_start)
    if not found or not found.mention:
        return None
    speaker, _ = resolve(found.mention, found.at, context, found.cue)
    return speaker


def _unnamed_subject_before(text: str, context: SpeakerContext, paragraph_start: int, open_at: int) -> str | None:
    """'A government backbencher was more generous to his leader. ‘She was good today.’': words quoted
    with no cue after a sentence that opens with someone unnamed are theirs."""
    if open_at - paragraph_start < 20 or text[open_at - 2 : open_at].strip() not in (".", "!", "?"):
        return None
    start = sentence_start(text, open_at - 2, paragraph_start)
    if context.in_quote(start) or any(mark in text[start : open_at - 1] for mark in "“”\"‘’«»„"):
        return None  # '“Grandstanding? A girl is dead,” he said.': a sentence inside quoted words
    return _unnamed_subject(text, start, open_at, None, any_gender=True, context=context)


# 'Last month I spoke to Olha Tkachenko, a teacher from Izium, who …' / '“They came to the school …”'
_MEETS = re.compile(rf"\b(?:(?:spoke|talked|speaking|talking)\s+(?:to|with)|interviewed|met|visited)\s+({NAME_RUN.pattern})")


def _met_at_the_end_of_the_last_paragraph(text: str, context: SpeakerContext, layout: _Layout, open_at: int) -> str | None:
    """A paragraph of quoted words with no cue, after a paragraph that ends by meeting someone and
    quotes nobody's words, is theirs: the writer introduces whom they heard, then lets them speak."""
    index = bisect_right(layout.paragraph_starts, open_at) - 1
    if index < 1 or layout.paragraphs[index][0] != open_at:
        return None
    start, end = layout.paragraphs[index - 1]
    last_sentence = sentence_start(text, end, start)
    met = _MEETS.search(text, last_sentence, end)
    if not met or _speakers_within(context, (start, end)):
        return None
    speaker, kind = resolve(met.group(1), met.start(1), context, None)
    return speaker if kind == "person" and speaker and " " in speaker else None


def _carry_over(context: SpeakerContext, at: int) -> str | None:
    """An unattributed quote continues the most recent speaker (or person named) before it."""
    last_speaker = next(((s_at, s) for s_at, s, _ in reversed(context.speakers) if s_at < at), None)
    person = context.last_person(at)
    if last_speaker is None:
        return person
    if person is None or person == last_speaker[1]:
        return last_speaker[1]
    return person if context.mentioned_after(person, last_speaker[0], at) else last_speaker[1]


def _modifies_a_noun(text: str, open_at: int, close_end: int) -> bool:
    """Whether a quote stands before the noun of its noun phrase, as a term does: 'the “snapback”
    clauses'. The word after it is no function word, verb form or adverb, and no auxiliary before
    it makes the quote an adverb ('has “once again” become')."""
    after = _NEXT_WORD.match(text, close_end)
    if not after or not text.startswith(" ", close_end):
        return False
    word = after.group(1)
    # A participle after the quote modifies it ('were “basic tools” needed to …'): it is no noun.
    participle = word.endswith("ed") and len(word) > 4
    return not (word in _NOT_NOUNS or word.endswith("ly") or participle or _word_before(text, open_at) in _VERB_BEFORE_ADVERB)


def _names_a_work(text: str, open_at: int, close_end: int) -> bool:
    """Whether a title-cased quote names the noun before it, set off by commas ('a study of the
    accord, “Sharing a Thirsty River”, said'), or stands after a preposition ('the author of “X”',
    'the theme from “X.”'): no verb reports it. After a reporting verb and its comma it is speech
    ('she said, “We Will Win.”')."""
    before = text[max(0, open_at - 40) : open_at]
    word = before.split()[-1:] if before[-1:].isspace() else []
    if word and word[0].casefold() in _WORK_PREPOSITIONS:
        return True
    if not word or not word[0].endswith(",") or word[0][:1].isupper() or any(w.rstrip(",").casefold() in _CUE_WORDS for w in before.split()[-4:]):
        return False  # 'she told reporters, “…”'
    return text[close_end - 2 : close_end - 1] in (",", ".") or text[close_end : close_end + 1] in (",", ".")


_WORK_PREPOSITIONS = frozenset("of from in on by".split())
_CHANTED = re.compile(
    r"(?i)\b(?:chant(?:s|ed|ing)?|(?:placards?|banners?|signs?)\s+(?:reading|saying)|scand(?:aient|ait|ant|avano|ivano|ando)|skandowa(?:li|ły|ł|ła)|"
    r"skandierten|skandierend|corea(?:ban|ba|ndo)|скандува(?:ли|ла)|скандирова(?:ли|ла))\b"
    # Right before the quote, but for a word or two ('scandaient mardi', 'a chant of') or the chant's first quote.
    r"(?:\s+[\w’']+){0,2}\s*(?:[“\"«„][^”\"»“]*[”\"»“]\s*(?:,|and|or|et|y|e|i|und)\s*)?$"
)
_WORK_NOUN_BEFORE = re.compile(r"(?:sendung|buch|buches|film|films|serie|zeitung|magazin|podcast|talkshow|roman|romans|motto|titel|dokumentation|reihe|programm|projekt|kampagne"
    r"|piano|progetto|programma|operazione|campagna|iniziativa|programa|proyecto|operación|campaña|plano|projeto|operação|campanha|projet|programme|opération|campagne"
    # Russian and Ukrainian programmes and operations in any case: 'за програмою «єВідновлення»'
    r"|програм[аиуоі]ю?|программ[аыуеой]й?|проект[аиуі]?|проєкт[аиуі]?|операці[яїюі]ю?|операци[яиюей]й?|кампані[яїюі]ю?|кампани[яиюей]й?)$")


def _word_before(text: str, at: int) -> str:
    words = text[max(0, at - 30) : at].split()
    return words[-1].casefold() if words else ""


def _after_possessive(before: str) -> bool:
    """'Russia’s “shadow fleet”', 'his “special operation”': a quote in a noun phrase is a term."""
    words = before.split()
    if len(words) >= 2 and _ADJECTIVE_LIKE.fullmatch(words[-1]) and _owns(words[-2].casefold()):
        words = words[:-1]  # 'the far-left “Squad”', 'their own “Review”': an adjective between
    return bool(words) and _owns(words[-1].casefold())


def _term_of_art(quoted: str) -> bool:
    """Whether a quote is nothing but a label of the coverage (lexicon.TERMS_OF_ART): 'foreign
    agents.', 'the “coalition of the willing”'."""
    term = quoted.casefold().strip(" .,;:!?")
    for article in ("the ", "a "):
        term = term.removeprefix(article)
    return term in lexicon.TERMS_OF_ART or (term.endswith("s") and term[:-1] in lexicon.TERMS_OF_ART)


def _owns(word: str) -> bool:
    return word.endswith(("’s", "'s")) or word in lexicon.POSSESSIVES or word in _ARTICLES


def _titled_so(before: str, bare: str) -> bool:
    """A title may ask or exclaim ('an ad, titled “Who Pays?”,'), and American style sets the
    sentence's period inside the marks ('a meme captioned “Chef Delia’s Plan.”')."""
    if bare[-1:] not in "?!." or not any(stem in before for stem in _TITLING_STEMS):
        return False  # a look for the stems spares most quotes the split into words
    return _preceded_by(before, _TITLING) and (bare[-1:] != "." or _title_case(bare[:-1]))


def _names_a_term(before: str, found, quoted: str) -> bool:
    """A naming verb gives a term when nobody is said to use it ('is described as “X”') or it names
    a thing ('call it “X”'); 'Trump called the plan “terrible”' is his word, quoted."""
    if _NAMED_THING.search(before) and not _WHAT_SOMEONE_CALLED.search(before):
        return True  # 'a movement called “Y”', but not 'what Rutte called “Y”'
    if not _NAMING_NEARBY.search(before):
        return True  # 'Biden put troops on alert, though a “small” number': the verb names nothing
    if quoted.startswith("the ") and not _CALLED_BARE.search(before):
        return True  # 'called his rivals “the consultant class”': a definite label for its object
    return not found.mention or bool(_TERM_OBJECT.search(before) or _PASSIVE_NAMING.search(before))


def _names_directly(before: str, quoted: str) -> bool:
    """Whether a naming verb stands right before a quote, with no object between, and gives a name
    (see _NAME_IN_USE): 'the area the campaigns call the “spin room”', 'what staff called “the other office”'."""
    if not any(word.startswith(_NAMING_STEMS) for word in before[-45:].casefold().split()[-7:]):
        return False  # most quotes follow no naming verb: a look at the last words spares the regex
    if _NAME_IN_USE.search(before):
        return True
    return bool(_CALLED_BARE.search(before)) and quoted.split()[0].casefold() == "the"


def _names_publication(before: str, quoted: str) -> bool:
    """Whether a capitalised quote is a publication's or an organisation's name: right after a
    word for a publication ('the report, “X”', 'в газете «X»'), or a single word after a lower-case
    noun ('голова правління «X»'), not after a verb that reports."""
    words = before.split()[-1:]
    if not words:
        return False
    if words[0][-1] in ".!?:;":
        return False  # a quote opening a sentence
    last = words[0].rstrip(",").casefold()
    # An inflected form, not a longer word: 'газете', 'raporcie', but not 'журналистам'.
    if any(last.startswith(stem) and len(last) <= len(stem) + 3 for stem in _PUBLICATION_STEMS):
        return True
    return " " not in quoted and words[0].isalpha() and words[0].islower() and next(find_cues(words[0]), None) is None


def _preceded_by(before: str, words: frozenset[str]) -> bool:
    """Whether one of `words` is among the last three words before a quote."""
    for word in before.split()[-3:]:
        if word.strip(",:").casefold() in words:
            return True
    return False


@lru_cache(maxsize=4096)  # asked up to four times of each quote's words
def _title_case(quoted: str) -> bool:
    words = quoted.split()
    # A title may ask ('Who Pays for the Peace?'); a question of two words is more likely speech.
    if len(words) < 2 or len(words) > 8 or quoted[-1:] in ".!,;:" or (quoted[-1:] == "?" and len(words) < 4):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in _SMALL_WORDS for w in words) and sum(w[:1].isupper() for w in words) >= 2
