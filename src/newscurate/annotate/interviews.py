"""Interview answers: in a question-and-answer text, every answer is a quote of the interviewee.

An answer is seldom in quote marks, so it becomes one span of kind `interview_answer` covering the
whole answer, from its first word (after any 'A:' or 'NAME:' label) to the end of its last
paragraph before the next question. Four layouts are recognised, each needing at least two
question-answer turns:

- labels: 'Q:' / 'A:' and their translations ('F:'/'A:', 'D:'/'R:', 'P:'/'R:', 'В:'/'О:');
- speaker names: 'KOVAC: …', several names, the interviewer's turns ending in '?' (or labelled 'Q (AFP):');
- dialogue dashes: '— question?' / '— answer' (Russian, Ukrainian, Spanish);
- plain: a short paragraph ending in '?' followed by the answer paragraphs.

Without a label naming them, answers belong to the first person the introduction names.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from newscurate.annotate.speakers import NAME_RUN, clean_name, first_person

_QUESTION_LABEL = r"Q|F|D|P|В|Question|Frage|Domanda|Pregunta|Pergunta|Вопрос|Питання"
_ANSWER_LABEL = r"A|R|О|Answer|Antwort|Réponse|Risposta|Respuesta|Resposta|Ответ|Відповідь"
_LABEL = re.compile(rf"(?:(?P<q>{_QUESTION_LABEL})|(?P<a>{_ANSWER_LABEL}))\s*[:.]\s+")
# A press conference adds who asks to the label: 'Q (Reuters):'.
_NAME_LABEL = re.compile(r"(?P<name>[A-ZÀ-ÞА-ЯЁІЇЄ][\w’'.-]*(?:\s+[A-ZÀ-ÞА-ЯЁІЇЄ][\w’'.-]*){0,2})(?:\s+\([^()\n]{1,40}\))?:\s+")
_DASH = re.compile(r"[—–-]\s+")
_CREDIT = re.compile(
    r"(?i)^(?:interview(?:ed)? by|the (?:conversation|interview) (?:has been|was) |this interview |"
    r"das gespräch führte|propos recueillis|intervista a cura|entrevista (?:de|realizada)|беседовал|розмовляв|розмовляла)"
)
_REPORTED_QUOTE = re.compile(r"[“«„]")
_FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|we|We|my|My|our|Our|ich|wir|je|nous|io|noi|yo|eu|я|мы|ми|Я|Мы|Ми)\b")
_INTERVIEWERS = frozenset("MODERATOR INTERVIEWER HOST Q QUESTION MODERATORIN INTERVIEWERIN".split())


@dataclass(frozen=True)
class Answer:
    start: int
    end: int
    speaker: str | None
    mention: str | None  # the label naming the speaker, as written


def interview_answers(text: str, paragraphs: list[tuple[int, int]]) -> list[Answer]:
    if len(paragraphs) < 4 or text.count("?") < 2:
        return []
    return (
        _labelled(text, paragraphs)
        or _named(text, paragraphs)
        or _dashed(text, paragraphs)
        or _plain(text, paragraphs)
    )


def _labelled(text: str, paragraphs) -> list[Answer]:
    roles = []
    for start, end in paragraphs:
        match = _LABEL.match(text, start, end)
        roles.append(("q" if match.group("q") else "a", match.end()) if match else (None, start))
    questions = sum(1 for role, _ in roles if role == "q")
    if questions >= 2 and not any(role == "a" for role, _ in roles):
        # Only the questions labelled ('Q: …'): the paragraph after each is an answer.
        roles = [("a", at) if role is None and i and roles[i - 1][0] == "q" else (role, at) for i, (role, at) in enumerate(roles)]
    if sum(1 for role, _ in roles if role == "a") < 2 or questions < 2:
        return []
    first_question = next(i for i, (role, _) in enumerate(roles) if role == "q")
    interviewee = _introduced(text, paragraphs[: max(first_question, 1)])
    # At a briefing the answers may name who gives them: 'Q: …' then 'LUALHATI: …', a surname the
    # report gave in full.
    answerers: dict[int, tuple[str, str]] = {}
    people = None
    for index, (role, at) in enumerate(roles):
        # (A second guest may answer without a question: 'Okonjo: I could live with most of that.')
        unasked = role is None and index and roles[index - 1][0] == "a"
        label = _NAME_LABEL.match(text, *paragraphs[index]) if (role == "a" or unasked) and at == paragraphs[index][0] else None
        name = label.group("name") if label else ""
        # ('Lindgren: …' in title case too, when the report names a Paul Lindgren: a surname, no other label.)
        if len(name) > 2 and (name.isupper() or (name.istitle() and " " not in name)):
            people = people if people is not None else _people(text)
            full = _full_name(name, people)
            if full:
                roles[index] = ("a", label.end())
                answerers[index] = (full, name)
    return _turns(text, paragraphs, roles, lambda index: answerers.get(index, (interviewee, None)))


def _named(text: str, paragraphs) -> list[Answer]:
    labels = []
    for start, end in paragraphs:
        match = _NAME_LABEL.match(text, start, end)
        labels.append((match.group("name"), match.end()) if match and len(match.group("name")) <= 40 else (None, start))
    if len({name for name, _ in labels if name and name.isupper() and len(name) > 2}) >= 2:
        # Where speakers are labelled in capitals, a label in other case ('Transcript:') names nobody.
        labels = [(name, at) if name is None or name.isupper() else (None, start) for (name, at), (start, _) in zip(labels, paragraphs)]
    labels = _without_section_headings(text, labels)
    counts = Counter(name for name, _ in labels if name)
    if len(counts) < 2 or sum(counts.values()) < 3 or counts.most_common(1)[0][1] < 2:
        return []
    asks = Counter(name for (name, at), (_, end) in zip(labels, paragraphs) if name and text[:end].rstrip().endswith("?"))
    # Who asks most of their turns is an interviewer; so is the only one who asks at all (a host's
    # follow-up may be a statement: 'So this is a threat.').
    only_asker = next(iter(asks)) if len(asks) == 1 else None
    interviewers = {name for name in counts if name.upper() in _INTERVIEWERS or asks[name] * 2 > counts[name] or name == only_asker}
    if not interviewers or len(interviewers) == len(counts):
        return []
    roles = [(None, at) if name is None else ("q" if name in interviewers else "a", at) for name, at in labels]
    # Who answers is introduced before the first turn: in a news report's opening paragraphs.
    intro = text[: paragraphs[next(i for i, (name, _) in enumerate(labels) if name)][0]] or text[: paragraphs[0][1]]

    # The host may introduce the guests in a turn of their own, after the first label.
    people = [*_people(intro), *_people(text[len(intro) :])]

    def speaker(index: int) -> tuple[str | None, str | None]:
        name = next(labels[i][0] for i in range(index, -1, -1) if labels[i][0])
        return _full_name(name, people) or (name.title() if name.isupper() else name), name

    return _turns(text, paragraphs, roles, speaker)


def _without_section_headings(text: str, labels: list[tuple[str | None, int]]) -> list[tuple[str | None, int]]:
    """A newsletter's capitalised section heading ('INSIDE THE ROOM: …') looks like a speaker label;
    unlike a speaker it heads one paragraph and is named nowhere in the prose."""
    counts = Counter(name for name, _ in labels if name)
    folded = text.casefold()

    def is_heading(name: str) -> bool:
        return counts[name] == 1 and " " in name and name.isupper() and folded.count(name.casefold()) == 1

    return [(None, at) if name and is_heading(name) else (name, at) for name, at in labels]


def _dashed(text: str, paragraphs) -> list[Answer]:
    dashed = [bool(_DASH.match(text, start, end)) for start, end in paragraphs]
    if sum(dashed) < 4:
        return []
    roles = []
    for (start, end), is_dash in zip(paragraphs, dashed):
        if not is_dash:
            roles.append((None, start))
            continue
        body_start = _DASH.match(text, start, end).end()
        roles.append(("q" if text[start:end].rstrip().endswith("?") else "a", body_start))
    if sum(1 for role, _ in roles if role == "q") < 2:
        return []
    interviewee = _introduced(text, paragraphs[: max(dashed.index(True), 1)])
    return _turns(text, paragraphs, roles, lambda index: (interviewee, None))


def _plain(text: str, paragraphs) -> list[Answer]:
    roles = []
    for start, end in paragraphs:
        body = text[start:end].rstrip()
        is_question = body.endswith("?") and len(body.split()) <= 60 and body[:1] not in "“\"«„'‘"
        roles.append(("q" if is_question else None, start))
    questions = [i for i, (role, _) in enumerate(roles) if role == "q"]
    if len(questions) < 2:
        return []
    turns = sum(1 for i in questions if i + 1 < len(roles) and roles[i + 1][0] is None)
    after_first = len(roles) - questions[0]
    if turns < 2 or len(questions) * 4 < after_first or questions[0] == 0:
        return []
    roles = _follow_up_statements(text, paragraphs, roles, questions[0])
    roles = [("a", at) if role is None and i > 0 and roles[i - 1][0] == "q" else (role, at) for i, (role, at) in enumerate(roles)]
    if not _conversation(text, paragraphs, roles) and not _INTERVIEW_WORD.search(text, 0, paragraphs[questions[0]][0]):
        return []  # 'What happens next?' over third-person answers, no interview announced: an explainer's subheadings
    interviewee = _introduced(text, paragraphs[: questions[0]])
    return _turns(text, paragraphs, roles, lambda index: (interviewee, None))


_SECOND_PERSON = re.compile(r"(?i)\byou(?:r|’re|'re|’ve|'ve)?\b")
# Someone speaking in the first person, or spoken to, in the languages interviews come in. Case
# matters: 'I' but not 'i', 'us' but not 'US', 'Eu' but not 'EU'; words that are also something
# else ('du', 'sie', 'lei', 'ja') are left out.
_SPEAKER_OR_ADDRESSEE = re.compile(
    r"(?<![\w’'])(?:I|I’m|I'm|I’ve|I've|I’d|I'd|I’ll|I'll|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|us|[Yy]ou|[Yy]our|[Jj]e|[Jj][’']|[Nn]ous|[Vv]ous|"
    r"[Ii]ch|[Ww]ir|[Yy]o|[Nn]osotros|[Uu]sted|[Uu]stedes|[Ee]u|[Nn]ós|[Vv]ocê|[Ii]o|[Nn]oi|[Vv]oi|[Ww]y|[Яя]|[Мм]ы|[Мм]и|[Вв]ы|[Вв]и|[Тт]ы|[Тт]и)(?![\w’'])"
)


_INTERVIEW_WORD = re.compile(
    r"(?i)interview|spoke (?:to|with)|talked (?:to|with)|sat down with|entrevista|entretien|intervista|gespräch|rozmow|интервью|інтерв|"
    r"falámos com|falamos com|conversámos com|hablamos con|conversamos con|avons rencontré|abbiamo parlato|sprach mit|sprachen mit|"
    r"rozmawiał|rozmawialiśmy|говорил[аи]? с|поговорил|розмовля"
)


# The verbs of _INTERVIEW_WORD, not its nouns: 'The interview has been edited' announces no one.
_SPOKE_TO = re.compile(
    r"(?i)spoke (?:to|with)|talked (?:to|with)|sat down with|falámos com|falamos com|conversámos com|hablamos con|conversamos con|"
    r"avons rencontré|abbiamo parlato|sprach mit|sprachen mit|rozmawiał|rozmawialiśmy|говорил[аи]? с|поговорил|розмовля"
)


def _conversation(text: str, paragraphs, roles) -> bool:
    """Whether question and answer turns speak to someone and as someone ('you', 'I', 'we' in a quarter
    of them at least), as an interview's do; an explainer's question subheadings head third-person text."""
    turns = [i for i, (role, _) in enumerate(roles) if role in ("q", "a")]
    personal = sum(1 for i in turns if _SPEAKER_OR_ADDRESSEE.search(text, *paragraphs[i]))
    return personal * 4 >= len(turns)
_FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|I’m|I'm|I’ve|I've|I’d|I'd|I’ll|I'll|me|my|My)\b")


def _follow_up_statements(text: str, paragraphs, roles, first_question: int) -> list:
    """An interviewer's follow-up may be a statement ('You vetoed a bill this year.'): a short
    paragraph after an answer that speaks to 'you' and never of 'I' is a question turn; an answer
    going on over paragraphs speaks in the first person."""
    marked = list(roles)
    for i in range(first_question + 2, len(roles)):
        start, end = paragraphs[i]
        if marked[i][0] is None and marked[i - 1][0] is None:
            body = text[start:end]
            if len(body.split()) <= 40 and body[:1] not in "“\"«„'‘" and _SECOND_PERSON.search(body) and not _FIRST_PERSON_SINGULAR.search(body):
                marked[i] = ("q", marked[i][1])
    return marked


def _turns(text: str, paragraphs, roles, speaker_of) -> list[Answer]:
    """Answers as spans: an answer turn and the unlabelled paragraphs after it, until a question."""
    answers = []
    current: list[int] | None = None
    started = False
    lengths: list[int] = []  # paragraphs per answer so far
    last_turn = max(i for i, (role, _) in enumerate(roles) if role)

    def close() -> None:
        if current:
            lengths.append(len(current))
            first, last = current[0], current[-1]
            start = roles[first][1]
            end = paragraphs[last][1]
            while end > start and text[end - 1].isspace():
                end -= 1
            name, mention = speaker_of(first)
            answers.append(Answer(start, end, name, mention))

    for index, (role, _) in enumerate(roles):
        start, end = paragraphs[index]
        if role == "q":
            started = True
            close()
            current = None
        elif role == "a":
            started = True
            close()
            current = [index]
        elif not started:
            continue
        elif _ends_interview(text, start, end) or (current and _names_answerer(text, start, end, speaker_of(current[0])[1])):
            close()
            current = None
        elif current is not None and index > last_turn and len(lengths) >= 2 and set(lengths) == {1} and not _FIRST_PERSON.search(text, start, end):
            close()  # every answer was one paragraph and no turn follows: the report goes on, of others
            current = None
        elif current is not None:
            current.append(index)
    close()
    return answers


def _ends_interview(text: str, start: int, end: int) -> bool:
    """An unlabelled paragraph after the answers that credits the interview, or quotes someone:
    the report goes on ('After the news conference, Lehto told …: “Orders create factories,” he said')."""
    return bool(_CREDIT.match(text, start, end) or _REPORTED_QUOTE.search(text, start, end))


def _names_answerer(text: str, start: int, end: int, label: str | None) -> bool:
    """An unlabelled paragraph naming who answers, by their label ('TENNYSON:' then '… the kind of
    hospital Tennyson is worried about'), is the report going on: nobody answers of themselves so."""
    if not label:
        return False
    display = label.title() if label.isupper() else label
    return re.search(rf"(?<![\w’']){re.escape(display)}(?![\w])", text[start:end]) is not None


_BYLINE = re.compile(r"(?i)(?:by|interview(?:ed)? by|von|par|di|por|autor|автор)\s+\S")


def _introduced(text: str, introduction: list[tuple[int, int]]) -> str | None:
    """The interviewee: the first person the paragraphs before the first turn name, leaving out a
    byline's name ('By Dmytro Kravets' is who asks); but a report that turns into an interview
    late announces it where it turns ('Mayor Halyna Moroz runs … We spoke to her between shellings')."""
    paragraphs = [(start, end) for start, end in introduction if not (_BYLINE.match(text, start, end) and len(text[start:end].split()) <= 8)]
    announced = [first_person(text[start:end]) for start, end in paragraphs if _SPOKE_TO.search(text, start, end)]
    return next((name for name in reversed(announced) if name), None) or next(
        (name for start, end in paragraphs if (name := first_person(text[start:end]))), None
    )


def _full_name(label: str, people: list[str]) -> str | None:
    """The full name a speaker's label ('KOVAC', 'Kovac') is the surname of."""
    surname = " " + label.casefold()
    return next((person for person in people if person.casefold().endswith(surname)), None)


def _people(text: str) -> list[str]:
    people = []
    for match in NAME_RUN.finditer(text):
        name = clean_name(match.group())
        if name and " " in name:
            people.append(name)
    return people
