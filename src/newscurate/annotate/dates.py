"""Publication dates from date lines and wire datelines; never from a copyright year or the story."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january", "января", "січня", "janeiro", "januar", "janvier", "gennaio", "enero"),
            ("feb", "february", "февраля", "лютого", "fevereiro", "februar", "février", "febbraio", "febrero"),
            ("mar", "march", "марта", "березня", "março", "märz", "mars", "marzo"),
            ("apr", "april", "апреля", "квітня", "abril", "avril", "aprile"),
            ("may", "мая", "травня", "maio", "mai", "maggio", "mayo"),
            ("jun", "june", "июня", "червня", "junho", "juni", "juin", "giugno", "junio"),
            ("jul", "july", "июля", "липня", "julho", "juli", "juillet", "luglio", "julio"),
            ("aug", "august", "августа", "серпня", "agosto", "août"),
            ("sep", "sept", "september", "сентября", "вересня", "setembro", "septembre", "settembre", "septiembre"),
            ("oct", "october", "октября", "жовтня", "outubro", "oktober", "octobre", "ottobre", "octubre"),
            ("nov", "november", "ноября", "листопада", "novembro", "novembre", "noviembre"),
            ("dec", "december", "декабря", "грудня", "dezembro", "dezember", "décembre", "dicembre", "diciembre"),
        ],
        start=1,
    )
    for m in names
}
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH_DAY_YEAR = re.compile(r"([^\W\d_]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\.?\s+(?:de\s+)?([^\W\d_]{3,9})\.?,?\s+(?:de\s+)?(\d{4})")
_NUMERIC = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")


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
