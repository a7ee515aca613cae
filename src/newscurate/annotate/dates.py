"""Publication dates from date lines and wire datelines; never from a copyright year or the story."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            # English, Russian, Ukrainian, Portuguese, German, French, Italian, Spanish, then Dutch,
            # Polish, Czech, Swedish, Romanian and Turkish (genitive forms where dates use them).
            ("jan", "january", "января", "січня", "janeiro", "januar", "janvier", "gennaio", "enero", "januari", "stycznia", "ledna", "ianuarie", "ocak"),
            ("feb", "february", "февраля", "лютого", "fevereiro", "februar", "février", "febbraio", "febrero", "februari", "lutego", "února", "februarie", "şubat", "subat"),
            ("mar", "march", "марта", "березня", "março", "märz", "mars", "marzo", "maart", "mrt", "marca", "března", "martie", "mart"),
            ("apr", "april", "апреля", "квітня", "abril", "avril", "aprile", "kwietnia", "dubna", "aprilie", "nisan"),
            ("may", "мая", "травня", "maio", "mai", "maggio", "mayo", "mei", "maja", "května", "maj", "mayıs"),
            ("jun", "june", "июня", "червня", "junho", "juni", "juin", "giugno", "junio", "czerwca", "června", "iunie", "haziran"),
            ("jul", "july", "июля", "липня", "julho", "juli", "juillet", "luglio", "julio", "lipca", "července", "iulie", "temmuz"),
            ("aug", "august", "августа", "серпня", "agosto", "août", "augustus", "sierpnia", "srpna", "augusti", "ağustos"),
            ("sep", "sept", "september", "сентября", "вересня", "setembro", "septembre", "settembre", "septiembre", "września", "září", "septembrie", "eylül"),
            ("oct", "october", "октября", "жовтня", "outubro", "oktober", "octobre", "ottobre", "octubre", "okt", "października", "října", "octombrie", "ekim"),
            ("nov", "november", "ноября", "листопада", "novembro", "novembre", "noviembre", "listopada", "listopadu", "noiembrie", "kasım"),
            ("dec", "december", "декабря", "грудня", "dezembro", "dezember", "décembre", "dicembre", "diciembre", "grudnia", "prosince", "decembrie", "aralık"),
        ],
        start=1,
    )
    for m in names
}
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH_DAY_YEAR = re.compile(r"([^\W\d_]{3,12})\.?\s+(\d{1,2}),?\s+(\d{4})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\.?\s+(?:de\s+)?([^\W\d_]{3,12})\.?,?\s+(?:de\s+)?(\d{4})")
_NUMERIC = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")


# Where a line giving both dates says which is the publication's: 'Updated: March 5 | Published: March 4'.
_PUBLISHED = re.compile(
    r"(?i)\b(?:published|posted|date of publication|publié|veröffentlicht|publicado|pubblicato|opublikowano|опубликовано|опубліковано"
    r"|gepubliceerd|publicerad|publicat|yayınlanma)"
)


def publication_date(line: str) -> date | None:
    """The date a date line gives for the publication: after its 'Published' label if it has one."""
    label = _PUBLISHED.search(line)
    return (parse_date(line[label.end() :]) if label else None) or parse_date(line)


def parse_date(text: str) -> date | None:
    """The first unambiguous date in a date line; day.month.year for numeric dates (European)."""
    candidates = []
    if m := _ISO.search(text):
        candidates.append((int(m[1]), int(m[2]), int(m[3])))
    if m := _MONTH_DAY_YEAR.search(text):
        if m[1].casefold() in _MONTHS:
            candidates.append((int(m[3]), _MONTHS[m[1].casefold()], int(m[2])))
    if m := _DAY_MONTH_YEAR.search(text):
        if m[2].casefold() in _MONTHS:
            candidates.append((int(m[3]), _MONTHS[m[2].casefold()], int(m[1])))
    if m := _NUMERIC.search(text):
        candidates.append((int(m[3]), int(m[2]), int(m[1])))
    for year, month, day in candidates:
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None
