"""Publication dates from date lines and wire datelines; never from a copyright year or the story."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            # English, Russian, Ukrainian, Portuguese, German, French, Italian, Spanish, then Dutch,
            # Polish, Czech, Swedish, Romanian, Turkish and Hungarian (genitive forms where dates use them;
            # 'november' and 'december' are Hungarian too); the names the languages after those add come
            # last (Croatian 'listopada' is October, Polish November: it stays Polish).
            ("jan", "january", "января", "січня", "janeiro", "januar", "janvier", "gennaio", "enero", "januari", "stycznia", "ledna", "ianuarie", "ocak", "január", "ιανουαρίου", "tammikuuta", "siječnja", "sausio", "januára", "ene", "gen", "يناير"),
            ("feb", "february", "февраля", "лютого", "fevereiro", "februar", "février", "febbraio", "febrero", "februari", "lutego", "února", "februarie", "şubat", "subat", "február", "φεβρουαρίου", "helmikuuta", "veljače", "vasario", "februára", "fev", "فبراير"),
            ("mar", "march", "марта", "березня", "março", "märz", "mars", "marzo", "maart", "mrt", "marca", "března", "martie", "mart", "március", "μαρτίου", "maaliskuuta", "marts", "ožujka", "kovo", "maret", "marca", "mrz", "مارس"),
            ("apr", "april", "апреля", "квітня", "abril", "avril", "aprile", "kwietnia", "dubna", "aprilie", "nisan", "április", "απριλίου", "huhtikuuta", "travnja", "balandžio", "apríla", "abr", "أبريل", "ابريل"),
            ("may", "мая", "травня", "maio", "mai", "maggio", "mayo", "mei", "maja", "května", "maj", "mayıs", "május", "μαΐου", "toukokuuta", "svibnja", "gegužės", "mája", "mag", "مايو"),
            ("jun", "june", "июня", "червня", "junho", "juni", "juin", "giugno", "junio", "czerwca", "června", "iunie", "haziran", "június", "ιουνίου", "kesäkuuta", "lipnja", "birželio", "júna", "giu", "يونيو"),
            ("jul", "july", "июля", "липня", "julho", "juli", "juillet", "luglio", "julio", "lipca", "července", "iulie", "temmuz", "július", "ιουλίου", "heinäkuuta", "srpnja", "liepos", "júla", "lug", "يوليو"),
            ("aug", "august", "августа", "серпня", "agosto", "août", "augustus", "sierpnia", "srpna", "augusti", "ağustos", "augusztus", "αυγούστου", "elokuuta", "kolovoza", "rugpjūčio", "agustus", "augusta", "ago", "أغسطس"),
            ("sep", "sept", "september", "сентября", "вересня", "setembro", "septembre", "settembre", "septiembre", "września", "září", "septembrie", "eylül", "szeptember", "σεπτεμβρίου", "syyskuuta", "rujna", "rugsėjo", "septembra", "set", "سبتمبر"),
            ("oct", "october", "октября", "жовтня", "outubro", "oktober", "octobre", "ottobre", "octubre", "okt", "października", "října", "octombrie", "ekim", "október", "οκτωβρίου", "lokakuuta", "spalio", "októbra", "ott", "out", "أكتوبر"),
            ("nov", "november", "ноября", "листопада", "novembro", "novembre", "noviembre", "listopada", "listopadu", "noiembrie", "kasım", "νοεμβρίου", "marraskuuta", "studenoga", "studenog", "lapkričio", "novembra", "نوفمبر"),
            ("dec", "december", "декабря", "грудня", "dezembro", "dezember", "décembre", "dicembre", "diciembre", "grudnia", "prosince", "decembrie", "aralık", "δεκεμβρίου", "joulukuuta", "prosinca", "gruodžio", "desember", "decembra", "dic", "dez", "ديسمبر"),
        ],
        start=1,
    )
    for m in names
}
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH_DAY_YEAR = re.compile(r"([^\W\d_]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?([^\W\d_]{3,12})\.?,?\s+(?:de\s+)?(\d{4})")
# The Czech and Slovak write a space after each dot: '7. 3. 2025'.
_NUMERIC = re.compile(r"(\d{1,2})(?:[./-]|\.\s)(\d{1,2})(?:[./-]|\.\s)(\d{4})")
# Year first with dots: the Korean '2025.05.20'.
_YEAR_FIRST_NUMERIC = re.compile(r"(?<![\d.])(\d{4})\.(\d{2})\.(\d{2})(?![\d])")
# Year first: Hungarian '2025. március 3.', and the Chinese and Japanese '2025年3月4日'.
_YEAR_MONTH_DAY = re.compile(r"(\d{4})\.\s+([^\W\d_]{3,12})\s+(\d{1,2})\b")
_CJK = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
MONTH_NAMES = frozenset(_MONTHS)
# Weekdays a date line may name beside its date ('Wed 12 Feb 2025', 'středa 5. března 2025',
# '03 Mart 2025 Pazartesi'), in the dates' languages, with the usual abbreviations.
WEEKDAY_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so
    lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim
    lunes martes miércoles jueves viernes sábado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica
    segunda-feira terça-feira quarta-feira quinta-feira sexta-feira
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma wo vr za zo
    poniedziałek wtorek środa czwartek piątek sobota niedziela pondělí úterý středa čtvrtek pátek neděle
    måndag tisdag onsdag torsdag fredag lördag söndag luni marți miercuri joi vineri sâmbătă duminică
    pazartesi salı çarşamba perşembe cuma cumartesi pazar hétfő kedd szerda csütörtök péntek szombat vasárnap
    понедельник вторник среда четверг пятница суббота воскресенье понеділок вівторок середа четвер пʼятниця п'ятниця субота неділя
    κυριακή δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο mandag tirsdag lørdag søndag
    maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai ponedjeljak utorak srijeda četvrtak petak nedjelja
    الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت
    pirmadienis antradienis trečiadienis ketvirtadienis penktadienis šeštadienis sekmadienis senin selasa rabu kamis jumat sabtu""".split()
)


# Where a line giving both dates says which is the publication's: 'Updated: March 5 | Published: March 4'.
_PUBLISHED = re.compile(
    r"(?i)\b(?:published|posted|date of publication|release date|publié|veröffentlicht|publicado|pubblicato|opublikowano|опубликовано|опубліковано"
    r"|gepubliceerd|publicerad|publicat|yayınlanma|입력|등록)"
)


# Labels of a page's last change: a date after one is the publication's only when no line gives that.
_CHANGED = re.compile(
    r"(?i)\b(?:updated|modified|modifié|mis à jour|aktualisiert|actualizado|atualizado|aggiornato|aktualizacja|uppdaterad|bijgewerkt"
    r"|actualizat|aktualizováno|güncelleme|обновлено|оновлено|수정)"
)


def labelled(line: str) -> bool:
    """Whether a date line says what its date is: published, or changed."""
    return bool(_PUBLISHED.search(line) or _CHANGED.search(line))


def publication_date_of_page(lines: list[str]) -> tuple[date, str] | None:
    """(date, line) from a page's date lines: a line labelled as the publication's ('Published',
    'First published on') wins over an earlier 'Updated' line, and that over nothing."""
    published = [line for line in lines if _PUBLISHED.search(line)]
    unchanged = [line for line in lines if not _CHANGED.match(line.lstrip("(")) and line not in published]
    for line in (*published, *unchanged, *lines):
        if parsed := publication_date(line):
            return parsed, line
    return None


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
    if m := _YEAR_FIRST_NUMERIC.search(text):
        candidates.append((int(m[1]), int(m[2]), int(m[3])))
    if m := _YEAR_MONTH_DAY.search(text):
        if m[2].casefold() in _MONTHS:
            candidates.append((int(m[1]), _MONTHS[m[2].casefold()], int(m[3])))
    if m := _CJK.search(text):
        candidates.append((int(m[1]), int(m[2]), int(m[3])))
    for year, month, day in candidates:
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None
