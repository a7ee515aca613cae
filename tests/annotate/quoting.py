"""What the speaker-rule tests ask of find_quotes: who each speech quote is given to, and each quote's kind."""

from newscurate.annotate.quotes import SPEECH_KINDS, find_quotes


def speakers_of(text):
    return [q.speaker for q in find_quotes(text) if q.kind in SPEECH_KINDS]


def kinds_of(text):
    return [(q.text, q.kind) for q in find_quotes(text)]
