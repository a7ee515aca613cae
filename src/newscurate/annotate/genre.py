"""Genre of an article (news, opinion, interview, analysis) with the cue that decided it, and the
plain counts readers ask for (sentences, quoted share) and the date in an article's own URL.

Cues, strongest first: a question-and-answer layout is an interview; the page's own label ('Opinion',
'Analysis', 'Commentary', an opinion disclaimer or an 'author is' note) names the genre; an article
written in the first person singular with few quotes is opinion. Everything else is news.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from itertools import groupby

_OPINION_LABEL = re.compile(
    r"(?i)\b(?:opinion|op-ed|commentary|comment|column|editorial|viewpoint|kommentar|meinung|tribune|opinione|ledare|úvodník|"
    r"editoriale|opinión|tribuna|opinião|artigo de opinião|opinia|komentarz|felieton|köşe yazısı|názor|komentář|vélemény"
    r"|мнение|колонка|думка|오피니언|칼럼|사설|コラム|社説|观点|評論|رأي|مقالات الرأي|مقال رأي)\b"
)
_OPINION_NOTE = re.compile(
    r"(?i)(?:reflects? the (?:author|writer)['’]s (?:own )?(?:opinion|view)|(?:views?|opinions?) (?:expressed|in this)|"
    r"not necessarily (?:the )?(?:views|reflect|represent)|are (?:his|her|their|the author['’]s|the writer['’]s) own|"
    r"^the (?:author|writer) is\b|is a (?:columnist|contributing writer|guest writer)|n['’]engage que|"
    r"meinung (?:des|der) (?:autors|autorin)|opinione dell['’]autore|opinión (?:del|de la) autor|opinião d[oa] autor"
    # 'Tekst wyraża poglądy autora', 'görüşler yazarın kendisine aittir', 'выражает мнение автора'.
    r"|poglądy autora|yazarın kendisine ait|мнение автора|думку автора|názor autora)"
)
_ANALYSIS_LABEL = re.compile(
    r"(?i)\b(?:analysis|news analysis|explainer|explained|what we know|fact[- ]?check|faktencheck|analyse|analisi|análisis|análise|analiza"
    r"|analýza|analys|décryptage|decryptage|wyjaśniamy|анализ|аналіз|аналітика|аналитика|разбор|розбір|elemzés|analiză|분석|解説|深度|تحليل)\b"
)
_INTERVIEW_LABEL = re.compile(
    r"(?i)\b(?:interview|q&a|in conversation|five questions|entrevista|entretien|intervista|wywiad|rozhovor|röportaj|söyleşi|интервью"
    r"|інтерв['’]ю|gespräch|intervju|interjú|interviu|인터뷰|インタビュー|专访|專訪|访谈|訪談|مقابلة|حوار)\b"
)
# First-person words as whitespace-separated tokens, bare or before light punctuation: a set
# look-up per token (mapped in C), since a density threshold needs no exact count.
_FIRST_PERSON = frozenset(
    word + after
    for word in "I I’m I'm I’ve I've I’d I'd my My me je j’ai ich mir mich io yo eu я мне меня Я".split()
    for after in ("", ",", ".", ";", ":", "!", "?")
)
# A sentence ends at . ! ? … (and closing quotes or brackets) before a space or the end, except
# after a title, a common abbreviation or an initial. The space is looked for before the
# look-behinds (one per length of abbreviation) are tried.
_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Prof", "Jr", "Sr", "Lt", "Col", "Capt", "Gov", "vs", "etc", "U.S", "U.K", "U.N", "E.U")
_AFTER_SENTENCE_MARK = (
    r"(?=[.!?…]*[\"”’»)]*(?:\s|$))(?<![\s.!?…][.!?…])(?<!\b[A-Z]\.)"
    + "".join(rf"(?<!\b(?:{'|'.join(map(re.escape, same))})\.)" for _, same in groupby(sorted(_ABBREVIATIONS, key=len), key=len))
    + r"[.!?…]*[\"”’»)]*(?=\s|$)"
)
_SENTENCE_END = re.compile(r"[.!?…]" + _AFTER_SENTENCE_MARK)
# The same, one pattern per mark: a scan for a single character jumps from one to the next
# several times faster than a scan for any of four. An end never starts right after another mark,
# so never inside another end: the ends of a text are the sum of the four.
_SENTENCE_END_AT = {mark: re.compile(re.escape(mark) + _AFTER_SENTENCE_MARK) for mark in ".!?…"}
# /2024/03/15/, /2024-03-15-, /20240315/ in an article URL's path.
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)")


def genre(text: str, words: list[str], n_direct_quotes: int, has_interview: bool, labels: list[str], notes: list[str], title: str | None) -> tuple[str, str]:
    """(genre, cue): `labels` are section tags and banners the clean stage removed; `notes` the
    editor's notes and disclaimers."""
    if has_interview:
        return "interview", "question_answer_layout"
    # A label is a short line; the title counts only when it opens with one ('Analysis: …').
    short_labels = [label for label in labels if len(label.split()) <= 4]
    if any(_INTERVIEW_LABEL.search(label) for label in short_labels):
        return "interview", "interview_label"
    if title and _ANALYSIS_LABEL.match(title) or any(_ANALYSIS_LABEL.search(label) for label in short_labels):
        return "analysis", "analysis_label"
    if any(_OPINION_LABEL.search(label) for label in short_labels):
        return "opinion", "opinion_label"
    last_paragraph = text.rstrip().rsplit("\n\n", 1)[-1]
    if any(_OPINION_NOTE.search(note) for note in notes) or (len(last_paragraph) < 300 and _OPINION_NOTE.search(last_paragraph)):
        return "opinion", "opinion_note"
    if words and n_direct_quotes <= 3 and sum(map(_FIRST_PERSON.__contains__, words)) * 1000 / len(words) >= 6:
        return "opinion", "first_person"
    return "news", "default"


def count_sentences(text: str) -> int:
    """Sentence ends outside abbreviations ('Mr.', 'U.S.', initials), at least one per paragraph."""
    ends = sum(len(pattern.findall(text)) for mark, pattern in _SENTENCE_END_AT.items() if mark in text)
    # A paragraph that does not end a sentence (a heading, a cut line) still counts as one.
    tails = (p.rstrip()[-4:] for p in text.split("\n\n"))
    unended = sum(1 for tail in tails if tail and not _ends_sentence(tail))
    return ends + unended


@lru_cache(maxsize=4096)
def _ends_sentence(tail: str) -> bool:
    """Whether a paragraph's last four characters end a sentence (the same few recur)."""
    return bool(_SENTENCE_END.search(tail))


def quoted_share(n_chars: int, spans: list[tuple[int, int]]) -> float:
    """Share of the text's characters inside quotes of speech (overlapping spans counted once)."""
    if not n_chars:
        return 0.0
    covered, reach = 0, 0
    for start, end in sorted(spans):
        start = max(start, reach)
        if end > start:
            covered += end - start
            reach = end
    return round(covered / n_chars, 6)


def date_from_url(url: str | None) -> date | None:
    if not url:
        return None
    match = _URL_DATE.search(url.split("?", 1)[0])
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
