"""Lines that belong to the page around the article: title, bylines, captions, tags, datelines,
editor's notes, source lines, and lines printed twice. They leave the body; annotate reads them
back from the removals, so the metadata and the audit trail are one record.
"""

from __future__ import annotations

import re

from newscurate.annotate.dates import MONTH_NAMES, WEEKDAY_NAMES
from newscurate.clean.edits import Edit
from newscurate.clean.lines import (
    CAPITALS,
    SCRIPT_SENTENCE_ENDS,
    Line,
    at_most_words,
    first_nonblank_lines,
    line_span_with_newline,
    nonblank_lines,
    normalized_key,
    without_footnote_mark,
)
from newscurate.clean.person_names import NAME_JOINERS_ANY_CASE, NAME_JOINERS_SMALL, NAME_PARTICLES, lists_people

_I = re.IGNORECASE
_NAME = rf"[{CAPITALS}][\w'’.-]*"
_NAMES = rf"{_NAME}(?:\s+(?:{_NAME}|{'|'.join(NAME_PARTICLES)}))*\.?"
NAME_LIST = rf"{_NAMES}(?:(?:\s*[,&]\s*|\s+(?:{'|'.join(NAME_JOINERS_ANY_CASE + NAME_JOINERS_SMALL)})\s+){_NAMES})*"

BYLINE = re.compile(
    rf"^(?:(?P<role>author|authors|by|written by|words by|text|edited by|editor|editing by|reporting by|words|penulis|pewarta|redaktur|redaktion|автор|редактор|редакторка|por|von|di|par"
    rf"|autor|autorka|autora|auteur|autore|redagował|redagowała|redaktor|redaktorka|redaktör|redakcja|edición|edição|door|(?-i:Av|Af)|a cura di"
    # Words that open sentences too ('de uitkomst van …'), taken only before a capital.
    rf"|(?-i:(?:de|текст)(?=\s+[{CAPITALS}]))|(?-i:Текст)"
    # A Greek byline's article, its name in the genitive: 'Του Γιώργου Παπαδόπουλου'.
    rf"|(?-i:Του|Της)(?=\s+[Α-ΩΆΈΉΊΌΎΏ])"
    rf"|posted by|story by|live coverage by|live reporting by|series editor|rozmawiał|rozmawiała|haber|editör|reporting(?=\s*:)|texto(?=\s*:)"
    rf"|szerző|szerzők|szerkesztő|szerkesztette|autors|autorius|avtor|kirjoittaja|yazar|forfatter|författare"
    rf"|skrevet av|skrivet av|redigert av|redigerad av|escrito por|geschrieben von"
    rf"|розмовляла|розмовляв|беседовала|беседовал"
    rf"|ein kommentar von|eine analyse von|ein gastbeitrag von|ein interview von"
    # Who conducted an interview: 'Propos recueillis par …', 'Interview by …'.
    rf"|propos recueillis par|interview(?:ed)? by|entrevista de|intervista di|das gespräch führte|interview:)"
    # The reporter's place may follow: 'By Jane Roe in Kyiv', 'Par Jeanne Roe (Kiev, envoyée spéciale)'.
    # A blog's 'Posted by Jane Roe on 2 March 2025'. (Not 'By Jane Roe | jroe@…': once the address is
    # gone, a page's own header of headline, standfirst and 'By Jane Roe |' reads as a teaser list's item.)
    # Or the city after a dash: 'Por Ana Souza e Rafael Lima, Portal Planalto — Brasília'.
    # A feed's age after a bullet: 'Story by Jane Roe • 2d'.
    rf"\s*[:\-–—]?\s+)(?P<names>{NAME_LIST})(?:\s+in\s+{_NAME}(?:,?\s+[\w&'’-]+){{0,3}}|\s*\([^()]{{2,60}}\)|\s+on\s+\w[\w ,.]{{3,30}}|\s+[—–]\s+{_NAME}(?:\s+{_NAME})?|\s+[•·]\s+\d{{1,2}}\s?[a-z]{{1,5}}(?:\s+ago)?)?\s*$",
    _I,
)
# A Chinese byline, the photographer perhaps beside it: '文/记者 林晓雯 图/记者 吴涛', '作者：林晓雯',
# '责任编辑：周建国' (the editor in charge).
_HAN_NAME = r"[\u4e00-\u9fff]{2,4}"
CJK_BYLINE = re.compile(
    rf"^【?(?P<role>(?:文\s*/\s*)?(?:记者|記者|作者|撰文|责任编辑|責任編輯|编辑|編輯)|文)\s*[:：/]?\s*(?P<names>{_HAN_NAME}(?:\s*[、，,]\s*{_HAN_NAME})*)"
    rf"(?:\s+(?:图|圖|摄影|攝影)\s*/\s*(?:记者|記者)?\s*{_HAN_NAME})?】?$"
)
# The photographer credited beside the byline: 'By Jane Roe | Photos: John Doe', 'Jane Roe | Nuotr. John Doe'.
_PHOTO_FIELD = re.compile(
    r"(?:photos?|photography|pictures?|fotos?|fot\.|fotografie|fotografia|graphics?|illustrations?|ilustração|nuotr\.|nuotraukos|kuvat?|bild(?:er)?|zdjęci[ae]|фото|ảnh|사진|写真)"
    r"\s*[:.]?\s+\S.{0,60}",
    _I,
)


# Or a sentence each: 'Written by Jane Roe. Edited by John Doe.'
_FIELD_SEPARATOR = re.compile(r" [|/·•] | {2,}|(?<=\w\w)\.\s+(?=(?:Edited|Editing|Photos?|Photography) by\b)")
_PLACE_FIELD = re.compile(rf"{_NAME}(?:[ -]{_NAME})?")


def byline_fields(stripped: str) -> tuple[list[str], list[str]] | None:
    """A byline set out in fields between bars or wide spaces: 'By Jane Roe | Photos: John Doe',
    'Words: Jane Roe  Photos: John Doe', 'Penulis: Jane Roe | Editor: John Doe', 'Jane Roe | Nuotr. John Doe'.
    The (authors, editors) texts it names, or None when a field is neither a byline, a photo credit
    nor, first, a name alone beside one of those."""
    if " | " not in stripped and " / " not in stripped and " · " not in stripped and " • " not in stripped and "  " not in stripped and ". Edited by " not in stripped and ". Photo" not in stripped:
        return None
    fields = [field.strip() for field in _FIELD_SEPARATOR.split(stripped.removesuffix(" |").removesuffix("."))]
    if len(fields) < 2:
        return None
    authors: list[str] = []
    editors: list[str] = []
    photographed = False
    for position, field in enumerate(fields):
        if _PHOTO_FIELD.fullmatch(field):
            photographed = True
        elif match := BYLINE.match(field):
            (editors if byline_role(match["role"]) == "editor" else authors).append(match["names"])
        elif position and (authors or editors) and _PLACE_FIELD.fullmatch(field):
            pass  # where the byline was written: 'Written by Jane Roe | Mysuru |'
        elif position != 0 or not _NAME_LINE.fullmatch(field):
            return None
    if (authors or editors) and " " not in fields[0] and not (BYLINE.match(fields[0]) or _PHOTO_FIELD.fullmatch(fields[0])):
        return None  # a section's word over a clip's credit: 'Video | By Jane Roe'
    if not authors and not editors and photographed:
        # Beside a 'By' field the first is the outlet's name ('Tidewater Public Radio | By Jane Roe').
        authors.append(fields[0])
    return (authors, editors) if authors or editors else None


# A blog's date line naming its author: 'Posted on 3 March 2025 by Jane Roe | 4 Comments'. It stays a date
# line (the headline is looked for over it as over any); the author is read from it.
DATED_BYLINE = re.compile(rf"^posted on [\w ,./-]{{3,30}}? by (?P<names>{NAME_LIST})(?:\s+[|—–-]\s.*)?$", _I)
_NAME_LINE = re.compile(NAME_LIST)
# The role after the names, in Korean: '이서연·박준호 기자' (reporters Lee Seo-yeon and Park Jun-ho), an address after it.
ROLE_AFTER_NAMES = re.compile(r"^(?P<names>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:기자|특파원|논설위원)(?:\s+\S+@\S+)?$")
# A signature: the author's name and, in brackets, where and as what they wrote ('Jane Roe (Kyiv, special envoy)').
SIGNATURE = re.compile(rf"^(?P<names>{_NAME}\s+{_NAMES})\s*\((?!(?i:image|photo|picture|foto|credit|source|video)s?\b)[^()]{{2,60}}\)$")
_WIRE_CREDIT = re.compile(
    r"^\((?:with )?(?:reporting|writing|editing|edited|additional reporting) by [^)]*\)\s*$"
    # Without brackets two roles at least, chained by semicolons: a sentence names one.
    r"|^(?:additional )?(?:reporting|writing|editing) by [^;.]{2,80}(?:;\s*(?:additional )?(?:reporting|writing|editing) by [^;.]{2,80})+\.?$"
    # One role alone, when it is another's reporting: 'Additional reporting by Jane Roe', and the
    # Canadian '— With files from The Canadian Press and Jane Roe'.
    r"|^(?:with )?additional reporting by [^;.]{2,80}\.?$|^[—–-]?\s*with (?:files|reports) from [^;.]{2,120}\.?$",
    _I,
)
# A correction note is the editor's too: 'Correction: An earlier version of this article said …'.
EDITORS_NOTE = re.compile(
    r"^(?:(?:editor'?s'?|editorial|author'?s'?) note"
    # 'Correction note:', 'Correction, March 18, 2024:' (the date of the correction).
    r"|(?:correction|clarification)s?(?: notes?|,(?: \w+,?){1,4})?|korrektur|richtigstellung|rectificatif"
    r"|correcci[óo]n|correção|correzione|rettifica|sprostowanie|oprava|поправка|уточнение|виправлення)\s*[:\-–—]",
    _I,
)
# What those labels open with, in every case re's IGNORECASE accepts: a line opening otherwise is not
# tried against them.
_EDITORS_NOTE_INITIALS = "ACEKORSacekorsВПУвпу\u017f\u1c80\u212a"  # the last three: long s, rounded ve, Kelvin sign
# ... and so is one whose label stands on a line of its own (gone as a header), told by its opening.
_CORRECTION_OPENINGS = ("An earlier version", "A previous version", "Une version précédente", "In einer früheren Version", "Una versión anterior")
_CORRECTION_NOTE = re.compile(
    r"^(?:(?:An earlier|A previous) version of this (?:article|story|report|post)|Une version précédente de cet article"
    r"|In einer früheren Version dieses (?:Artikels|Beitrags)|Una versión anterior de (?:este artículo|esta noticia))\b"
)
# How an interview was trimmed, a note opening its line: 'This interview has been edited for length and
# clarity.' (Where a piece first ran, 'This article originally appeared in …', the gold sets count as
# body as often as not: it stays.)
# A credit written as the article's last sentence: 'This fact-check was written by Jane Roe and edited by John Doe.'
CREDIT_SENTENCE = re.compile(
    rf"^This (?:article|story|report|piece|fact-check|fact check|analysis|explainer|investigation) was (?:written|reported) by "
    rf"(?P<authors>{NAME_LIST})(?:,? and (?:was )?edited by (?P<editors>{NAME_LIST}))?\.$"
)
_EDITED_FOR_LENGTH = re.compile(
    r"^This (?:interview|conversation|transcript|Q&A)\b[^.]{0,20}?\b(?:has|have) been (?:lightly )?(?:edited|condensed)"
    r"(?: and (?:edited|condensed))? for (?:length|clarity|brevity)\b"
)
# A credit for reporting done by others: 'Jane Roe in Kyiv contributed to this report.'
_CONTRIBUTOR_CREDIT = re.compile(
    r"^[^.]{2,160}\bcontributed (?:reporting|research|additional reporting|to this (?:report|article|story))\b[^.]{0,120}\.?$", _I
)
# Under the byline, where its reporters were: 'Jane Roe reported from Kyiv, and John Doe from Lviv.'
_REPORTED_FROM = re.compile(r"^(?:[A-Z][\w'’.-]+ ){1,3}reported from [^.]{2,120}\.?$")
_SOURCE_LINE = re.compile(r"^(?:source|quelle|fonte|fuente|источник)\s*:\s*(?P<source>.{2,60})$", _I)
# Longest first, so 'march' is not read as 'mar' and a stray 'ch'.
_MONTHS = rf"(?:{'|'.join(sorted(map(re.escape, MONTH_NAMES), key=len, reverse=True))})\.?"
# Where the reporter wrote from, before the date: 'Valencia, 2 de marzo de 2025'.
_PLACE = r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'.-]+(?:\s(?-i:[A-ZÀ-ÖØ-Þ])[\w'.-]+)?"
_WEEKDAY = rf"(?:{'|'.join(sorted(map(re.escape, WEEKDAY_NAMES), key=len, reverse=True))})\.?,?"
_DATE = (
    rf"(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?{_MONTHS},?\s+(?:de\s+)?\d{{4}}(?:\s*(?:г\.|р\.))?|\d{{4}}-\d{{2}}-\d{{2}}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{1,2}\.\s\d{1,2}\.\s\d{4}|\d{4}\.\d{2}\.\d{2}\.?"
    # Year first: Hungarian '2025. március 3.', Chinese and Japanese '2025年3月4日'.
    rf"|\d{{4}}\.\s+{_MONTHS}\s+\d{{1,2}}\.?|\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)"
)
DATE_LINE = re.compile(
    rf"^(?:[\w .'-]{{2,30}}\s*[|·•–—-]\s*)?(?:(?:published|first published|updated|posted|date|last updated|release date|publié|mis à jour|veröffentlicht"
    rf"|aktualisiert|stand|publicado|actualizado|atualizado|pubblicato|aggiornato|опубликовано|обновлено|опубліковано|gepubliceerd"
    rf"|opublikowano|aktualizacja|publicerad|uppdaterad|publicat|actualizat|zveřejněno|aktualizováno|yayınlanma|güncelleme|입력|수정|등록|기사입력)"
    rf"(?: on| le| am| el| em| il| op)?\s*:?\s*)?(?:\d{{1,2}}[:.h]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{{2,4}})?,?\s*)?(?:{_WEEKDAY}\s+|{_PLACE},\s+)?(?P<date>{_DATE})"
    # A weekday after the date: '03 Mart 2025 Pazartesi 06:00'; Japanese clock times: '19時30分'.
    rf"(?:,?\s+{_WEEKDAY})?(?:,?\s*(?:at\s*|à\s*|um\s*|kl\.?\s*|ore\s*|alle\s*|a las\s*|às\s*|o\s)?\d{{1,2}}\s?(?:[:.h]\s?\d{{2}}|時\d{{1,2}}分)(?:\s*[ap]\.?m\.?)?(?:\s*(?:uhr|[A-Z]{{2,4}})(?:[+-]\d{{1,2}}(?::?\d{{2}})?)?)?)?"
    # The last change after a comma: 'Publié le 6 mai 2024 à 10h30, modifié le 6 mai 2024 à 14h12'.
    r"(?:,?\s*(?:modifié|mis à jour|updated|aktualisiert|actualizado|atualizado|aggiornato)\b.{0,60})?"
    r"\s*(?:[|·•-].{0,60}|\s\D{0,40}|\([^()]{0,60}\))?$",
    _I,
)
# A clock time, the words before it ('at', 'um', 'à' …) and the labels of a page's last change.
_CLOCK_TIME = r"(?: at| um| à| a las| alle| às| o| в| о)?\s*:?\s*\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:uhr|[A-Z]{2,4}))?"
_CHANGE_LABELS = r"updated|last updated|aktualisiert|mis à jour|modifié|actualizado|atualizado|aggiornato|обновлено|оновлено|aktualizacja"
# An update's time alone, the date given above it: '(Updated 11:42 am)', 'Aktualisiert 14:05 Uhr'.
_UPDATE_TIME_LINE = re.compile(rf"\(?(?:{_CHANGE_LABELS}){_CLOCK_TIME}\)?", _I)
# A clock time alone on a line: a live blog's entry time ('10:31 p.m.', '22:31', '14.05 Uhr').
_CLOCK_TIME_LINE = re.compile(r"\d{1,2}(?::\d{2}(?: *[ap]\.?m\.?)?(?: *[A-Z]{2,4})?|[.h]\d{2} *(?:[ap]\.?m\.?|uhr))", _I)
_CLOCK_TIME_CHARS = 16


# A blog's line under its post, giving the date among the categories and tags: 'This entry was
# posted in Money, Seeds and tagged allotments on November 18, 2024.', 'This entry was posted on
# Monday, November 18th, 2024 at 7:12 pm and is filed under Seeds.'
_BLOG_ENTRY_META = re.compile(r"This (?:entry|post) was (?:posted|filed|written) (?:in|on|under|by)\b.{0,300}$")


def is_clock_time(stripped: str) -> bool:
    return len(stripped) <= _CLOCK_TIME_CHARS and stripped[:1].isdecimal() and _CLOCK_TIME_LINE.fullmatch(stripped) is not None
# A date given relative to the day it was read: 'Today, 19:42', 'Aktualizacja: Dzisiaj, 21:05'.
_RELATIVE_DATE_LINE = re.compile(
    rf"(?:(?:{_CHANGE_LABELS}|published|publié|opublikowano)\s*:?\s*)?"
    r"(?:today|yesterday|heute|gestern|aujourd'hui|hier|hoy|ayer|oggi|ieri|hoje|ontem|dzisiaj|dziś|wczoraj|сегодня|вчера|сьогодні|вчора),?"
    + _CLOCK_TIME,
    _I,
)
# Every date has a digit: a line without one is not tried against the date line's many branches.
_DIGIT = re.compile(r"\d")
_DATE_LINE_WORDS = 16
WIRE_DATELINE = re.compile(
    r"^(?P<dateline>[A-ZÀ-ÖА-ЯЁІЇЄҐ][A-ZÀ-ÖА-ЯЁІЇЄҐ .'-]{2,40}(?:,\s*[\w .]{2,30})?\s*\((?:[A-ZА-ЯЁІЇЄҐ][\w .]{1,20})\)\s*[-–—]+\s*)(?=\S)"
)
# A press release's, with the date and the wire that carried it: 'ABERDEEN, Scotland, April 2, 2025 /BeaconWire/ -- '.
_PRESS_RELEASE_DATELINE = re.compile(
    rf"^(?P<dateline>[A-ZÀ-Ö][A-ZÀ-Ö .'-]{{2,40}}(?:,\s*[\w .]{{2,30}})?,\s*(?i:{_DATE})\s*/[\w .&-]{{2,30}}/\s*[-–—]+\s*)(?=\S)"
)
# A Chinese paper's or agency's dateline: '本报讯（记者 陈思远）', '新华社北京3月8日电（记者 王浩）'.
_CHINESE_DATELINE = re.compile(r"(?P<dateline>(?:本报讯|本报[\u4e00-\u9fff]{2,4}\d{1,2}月\d{1,2}日电|[\u4e00-\u9fff]{2,5}社[\u4e00-\u9fff]{2,4}\d{1,2}月\d{1,2}日电)（[^）]{1,40}）)")
# A credit ends the line. The labelled and agency forms start with a word, which re tries at
# every position, so they are searched apart and only when their colon or agency name is there.
_CREDIT = re.compile(
    r"(?:\((?:image|photo|picture|foto|фото|credit|illustration|source|video|supplied|submitted)s?\b[^)]*\)?|/\s?[A-Z][A-Za-z]{1,14}"
    # The outlet and its photographer: '… at Ningaloo. (PBN News: Tom Farrugia)'.
    r"|\((?-i:[A-Z][\w&'’-]*(?:\s[A-Z][\w&'’-]*){0,3}:\s[A-ZÀ-Ö][\w.'’-]+(?:\s[A-ZÀ-Ö][\w.'’-]+){1,3})\)"
    # A photographer's name in capitals: '… ayer por la tarde. / JOSÉ L. MARTÍ'.
    r"|/\s?(?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+(?:\s[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]*){1,3})"
    # An agency and its photographer after a slash, and the agency's licensing link: 'MERIDIAN/Tunde
    # Akinola Purchase Licensing Rights'.
    r"|\b(?-i:[A-Z]{2,}/[A-Z][a-z]+\s[A-Z])|purchase licensing rights"
    r"|\(AP\)|\(AFP\)|\.\s+(?:photo|fot\.|foto)\s[^.]{2,60}|©\s*[\w .'/-]{2,40}"
    r"|\([A-ZÀ-Ö][\w.'’-]+(?:\s[A-ZÀ-Ö][\w.'’-]+)+\s?/\s?[\w .&'’-]{2,30}\)"
    r"|\((?:file|archive|illustrative) (?:photo|image|picture)\)|\((?:archivbild|symbolbild|ilustrační (?:snímek|foto)|zdjęcie ilustracyjne"
    r"|foto de archivo|foto d'archivio|иллюстративное фото|ілюстративне фото)\)"
    # The photographer and the outlet in square brackets: '… on May 28. [Jane Roe, Observer]'.
    r"|\[[A-ZÀ-Ö][\w.'’-]+(?:\s[A-ZÀ-Ö][\w.'’-]+)+,\s?[A-Z][\w.&'’ -]{1,40}\])\s*$",
    _I,
)
# A Japanese caption's end: its photographer ('…、写真・田村健一', '（山本大輔撮影）'), or the day and
# place it was taken ('…本会議場（21日、札幌市中央区）').
_JAPANESE_CREDIT = re.compile(
    r"[、＝（(\s]写真[・：:]\s?[\u4e00-\u9fff\u3040-\u30ff]{2,8}[）)]?$|（[^（）]{2,12}撮影）$|（\d{1,2}日(?:午前|午後|夜)?、[^（）]{2,20}）$"
)
# A Chinese caption's photographer: '… 记者 王浩 摄' (looked for only in a line ending in '摄').
_CHINESE_CREDIT = re.compile(r"[\s　](?:记者|通讯员)?\s?[\u4e00-\u9fff]{2,4}\s?摄$")
# A photographer's name in capitals after the caption's last sentence: '… in February. JANE ROE FOR THE TIMES'.
_CAPITALS_CREDIT = re.compile(
    r"\.\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?:\s+(?:/\s+)?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)+\s+(?:POUR|FOR|FÜR|PARA|PER)\s\S.{0,40}$"
)
# A caption labelled as one: 'Image caption, …', 'Légende : …'.
_CAPTION_LABEL = re.compile(
    r"^(?:(?:Image|Media|Video|Photo|IMAGE|MEDIA|VIDEO|PHOTO) [Cc]aption\s*[,:]|(?:Caption|CAPTION|Légende|Leyenda|Didascalia"
    r"|Bildunterschrift)\s*:)"
)
_CAPTION_LABEL_INITIALS = "IMVPCLB"
# A credit alone on its line, under the caption it belongs to: 'Credit...Jane Roe for The Times',
# 'Foto: Jan Novák, Zprávy', 'JANE ROE (AGENCY)'.
_CREDIT_LINE = re.compile(
    r"^(?:(?:[Pp]hoto|[Pp]hotograph|[Pp]icture|[Ii]mage|[Cc]redit|PHOTO|CREDIT|[Bb]ild|[Ff]oto|[Ff]otoğraf|[Фф]ото)s?\s*(?::|\.\.\.|…)\s*\S.{0,80}"
    r"|[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ][A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ.'’-]+(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ][A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ.'’-]+)+\s*(?:\([^()]{2,30}\)|/\s*\S.{0,30})"
    # A photographer working for the outlet: 'Jane Roe for The Daily Ledger'.
    r"|[A-ZÀ-ÖØ-Þ][\w.'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w.'’-]+){1,2}\s+for\s+The\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})$"
)
# What a credit line opens with: a label's initial ('Photo:', 'Credit…', 'Фото:') or a name in capitals
# (or it names the outlet the photographer works for).
_CREDIT_LABEL_INITIALS = "PpIiCcBbFfФф"
_CREDIT_LINE_WORDS = 12
_CREDIT_LINE_CHARS = 120  # twelve words: a longer line is not tried at all
CAPTION_WORDS = 40
_LABELLED_CREDIT = re.compile(r"\b(?:photo|photograph|picture|image|credit|bild|foto|fotoğraf|фото)s?\s*:\s*[^.]{2,60}\s*$", _I)
_AGENCY_CREDIT = re.compile(r"(?:getty images|via reuters)\s*$", _I)
_AGENCY_CREDIT_LAST_LETTERS = "sS\u017f"  # the last: long s
_SECTION_TAG = re.compile(r"^[a-zа-яё][a-zа-яё'’ &-]{1,40}$")
_TERMINAL = (*".!?…:;\"”’»)", *SCRIPT_SENTENCE_ENDS)
# A repeated line goes for the reason its first copy went; a repeated body line is a 'repeat'.
_REPEAT_REASONS = {"caption": "caption_repeat", "body": "repeat", "dateline": "repeat"}


def find_page_furniture(text: str) -> list[Edit]:
    """Bylines, editor's notes, source lines, datelines, captions, tags and repeated lines."""
    lines = nonblank_lines(text)
    keys = [_repeat_key(line.stripped) for line in lines]
    edits: list[Edit] = []
    bylines: list[int] = []
    first_reason: dict[str, str] = {}
    first_at: dict[str, int] = {}
    for index, line in enumerate(lines):
        key = keys[index]
        if key and key in first_reason and not _ends_wrapped_sentence(text, lines, index):
            first = first_reason[key]
            edits.append(Edit(*line_span_with_newline(text, line), _REPEAT_REASONS.get(first, first), "repeated_line"))
            if first == "body" and _LAYOUT_GAP.search(line.stripped):
                # A page's running header, its fields set apart by spaces: its first copy goes too.
                edits.append(_line_edit(text, lines[first_at[key]], "navigation", "running_header"))
                first_reason[key] = "navigation"
            continue
        edit = _classify(text, lines, keys, index)
        first_reason[key] = edit.reason if edit else "body"
        first_at[key] = index
        if edit:
            edits.append(edit)
            if edit.reason == "byline":
                bylines.append(index)
    edits += _reported_from_under_bylines(text, lines, bylines, edits) if bylines else []
    # '_' alone is found with memchr, the rule by a slower scan: most texts have no '_'.
    edits += _footnotes_under_rule(text, lines) if "_" in text and "_____" in text else []
    edits += _contributor_credits(text, lines) if "contributed " in text else []
    edits += _gallery_slides(text, lines, edits) if " of " in text or "/" in text else []
    edits += _running_footers(text, lines)
    return edits + _standfirst_above_byline(text, lines, edits) + _captions_above_credits(text, lines, edits)


# A line ending in a page number, set apart by spacing: 'Dry Summers | October 2025     3'.
_PAGE_NUMBER_AT_END = re.compile(r"^(?P<head>.*?\S)(?: {2,}|\t)\s*(?P<page>\d{1,3})$")
_RUNNING_FOOTER_CHARS = 160


def _running_footers(text: str, lines: list[Line]) -> list[Edit]:
    """A PDF's running header or footer: the same line on two pages or more but for the page
    number at its end, the number growing. A repeated line is only seen with the same number, so
    every copy of this one goes, the first too. Its head is two words or more ('Part 2' is a
    crosshead). The next page's running header goes with it: a line or two right under it, short,
    not ending a sentence nor opening in lower case (the cut sentence's rest does)."""
    pages: dict[str, list[tuple[int, int]]] = {}
    for index, line in enumerate(lines):
        stripped = line.stripped
        if stripped[-1].isdigit() and len(stripped) <= _RUNNING_FOOTER_CHARS and (match := _PAGE_NUMBER_AT_END.match(stripped)):
            if not at_most_words(match["head"], 1):
                pages.setdefault(normalized_key(match["head"]), []).append((index, int(match["page"])))
    edits = []
    for key, found in pages.items():
        numbers = [number for _, number in found]
        if key and len(found) >= 2 and all(a < b for a, b in zip(numbers, numbers[1:])):
            for index, _ in found:
                header = _running_header(lines, index)
                last = index + len(header)
                if 0 < index and last + 1 < len(lines) and _cut_by_page_break(lines[index - 1].stripped, lines[last + 1].stripped):
                    # The sentence runs on across the break: the blank lines go too, so the page's
                    # halves are one wrapped paragraph again.
                    edits.append(Edit(lines[index - 1].end + 1, lines[last + 1].start, "repeat", "running_footer"))
                    continue
                edits.append(Edit(*line_span_with_newline(text, lines[index]), "repeat", "running_footer"))
                edits += [Edit(*line_span_with_newline(text, line), "repeat", "running_header") for line in header]
    return edits


def _cut_by_page_break(above: str, below: str) -> bool:
    return not above.endswith(_TERMINAL) and below[0].islower()


_RUNNING_HEADER_WORDS = 10


def _running_header(lines: list[Line], footer: int) -> list[Line]:
    header = []
    for line in lines[footer + 1 : footer + 3]:
        stripped = line.stripped
        if (
            not at_most_words(stripped, _RUNNING_HEADER_WORDS) or stripped.endswith(_TERMINAL) or stripped[0].islower()
            or "www." in stripped or "://" in stripped or "@" in stripped
        ):
            break
        header.append(line)
    return header


def _reported_from_under_bylines(text: str, lines: list[Line], bylines: list[int], edits: list[Edit]) -> list[Edit]:
    """The line under a byline saying where its reporters were."""
    taken = {edit.start for edit in edits}
    return [
        _line_edit(text, lines[index + 1], "byline", "reported_from")
        for index in bylines
        if index + 1 < len(lines) and lines[index + 1].start not in taken and _REPORTED_FROM.match(lines[index + 1].stripped)
    ]


def _contributor_credits(text: str, lines: list[Line]) -> list[Edit]:
    return [
        _line_edit(text, line, "byline", "contributor_credit")
        for line in lines
        if "contributed " in line.stripped and at_most_words(line.stripped, 40) and _CONTRIBUTOR_CREDIT.match(line.stripped)
    ]


_FOOTNOTE_RULE = re.compile(r"_{5,}")
_FOOTNOTE = re.compile(r"(?:\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s+\S")


def _footnotes_under_rule(text: str, lines: list[Line]) -> list[Edit]:
    """A printed page's footnotes: a rule of underscores, then numbered notes (with the lines they
    wrap onto) up to the next blank line."""
    edits = []
    for index, line in enumerate(lines[:-1]):
        if not _FOOTNOTE_RULE.fullmatch(line.stripped) or not _FOOTNOTE.match(lines[index + 1].stripped):
            continue
        block = [line]
        for below in lines[index + 1 :]:
            if text.count("\n", block[-1].end, below.start) != 1:
                break
            block.append(below)
        edits.append(Edit(block[0].start, line_span_with_newline(text, block[-1])[1], "disclaimer", "footnotes_under_rule"))
    return edits


def _captions_above_credits(text: str, lines: list[Line], edits: list[Edit]) -> list[Edit]:
    """A credit alone on its line, and the caption right above it (no blank line between): a
    caption is often a plain sentence, told from the article's only by the credit under it."""
    taken = {edit.start for edit in edits}
    found = []
    for index in range(1, len(lines)):
        credit, above = lines[index], lines[index - 1]
        opening = credit.stripped[:2]
        if len(credit.stripped) > _CREDIT_LINE_CHARS or not (
            opening[:1] in _CREDIT_LABEL_INITIALS or opening.isupper() or " for The " in credit.stripped
        ):
            continue
        if not _CREDIT_LINE.match(credit.stripped):
            continue
        if not at_most_words(credit.stripped, _CREDIT_LINE_WORDS):
            continue
        if credit.start not in taken:
            found.append(_line_edit(text, credit, "caption", "credit_line"))
        if (
            above.start not in taken and text.count("\n", above.end, credit.start) == 1
            and at_most_words(above.stripped, CAPTION_WORDS) and not _CREDIT_LINE.match(above.stripped)
            and not is_clock_time(above.stripped)
        ):
            found.append(_line_edit(text, above, "caption", "caption_above_credit"))
            taken.add(above.start)
    return found


# A slideshow's counter on a line of its own: '4 of 9', 'Photo 4/9', 'Bild 4 von 9'.
SLIDE_COUNTER = re.compile(
    r"(?:(?:image|photo|picture|slide|foto|bild|фото)\s+)?(\d{1,3})\s*(?:of|/|von|de|di|su|из|з|z)\s*(\d{1,3})", _I
)


# 'Nadia Reyes / Examiner', 'Mara Quinlan/Harbour Times': a photographer and the outlet, alone on a line.
_PHOTOGRAPHER_CREDIT = re.compile(r"[A-ZÀ-Þ][\w.'’-]+(?:\s[A-ZÀ-Þ][\w.'’-]+){1,3}\s?/\s?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}")


# '© Yulia Krasnova for Europa Today': a picture's owner, no year as a page's copyright has.
PICTURE_COPYRIGHT = re.compile(r"(?:©|\(c\))\s*[^\d\s][^\d]{2,70}")


def slideshow_counters(lines: list[Line]) -> list[tuple[int, str]]:
    """The lines counting one slideshow's slides: two or more counting to the same total, two of
    them a few lines apart at least. A PDF's page numbers ('https://…    1/4') stand a page apart,
    set after the address an earlier step took out of the line."""
    counters = [
        (index, match) for index, line in enumerate(lines)
        if line.text[:1] == line.stripped[:1] and (match := SLIDE_COUNTER.fullmatch(line.stripped))
    ]
    slides = [(index, match.group(2)) for index, match in counters if 0 < int(match.group(1)) <= int(match.group(2))]
    totals = [total for _, total in slides]
    total = max(set(totals), key=totals.count, default=None)
    if total is None or totals.count(total) < 2:
        return []
    counted = [(index, counted_to) for index, counted_to in slides if counted_to == total]
    if all(later - earlier > _SLIDE_LINES for (earlier, _), (later, _) in zip(counted, counted[1:])):
        return []
    return counted


_SLIDE_LINES = 4  # counter, caption, credit, and a line to spare


def _gallery_slides(text: str, lines: list[Line], edits: list[Edit]) -> list[Edit]:
    """A photo gallery printed among the article's paragraphs: counters of one slideshow (two or
    more counting to the same total), each with the caption on the line under it and, under
    that, a credit when one was found. Counter and caption go; the caption is a caption."""
    counters = [index for index, _ in slideshow_counters(lines)]
    if not counters:
        return []
    credits = {edit.start for edit in edits if edit.reason in ("caption", "caption_repeat")}

    def is_credit(line: Line) -> bool:
        return line.start in credits or bool(_PHOTOGRAPHER_CREDIT.fullmatch(line.stripped) or PICTURE_COPYRIGHT.fullmatch(line.stripped))

    found = []
    all_captioned = True
    for number, index in enumerate(counters):
        found.append(_line_edit(text, lines[index], "navigation", "gallery_counter"))
        caption, under = index + 1, index + 2
        if caption >= len(lines) or is_credit(lines[caption]) or not at_most_words(lines[caption].stripped, CAPTION_WORDS):
            all_captioned = False
            continue
        # Without credits (or with credits an earlier step took as copyright lines), a caption is
        # what stands between two counters; the last slide's, when every slide before had one.
        last = number == len(counters) - 1
        if (under < len(lines) and is_credit(lines[under])) or (not last and counters[number + 1] == under) or (last and all_captioned and number):
            found.append(_line_edit(text, lines[caption], "caption", "gallery_caption"))
        else:
            all_captioned = False
    return found


_PROSE_WORDS = 12
_OPENING_QUOTES = tuple("\"“„«‘'")


_NAME_LINES_OVER_DATE = 5  # two authors' names and roles, 'Updated'
_ONE_AUTHORS_LINES = 3  # name, role, 'Updated'
_AUTHORS_PICTURE_WORDS = 6
PERSONS_NAME = re.compile(rf"[{CAPITALS}][\w'’.-]+(?:\s+(?:(?:{'|'.join(NAME_PARTICLES)})\s+)*[{CAPITALS}][\w'’.-]+){{1,3}}")


def _is_name_label(stripped: str) -> bool:
    return at_most_words(stripped, 4) and not stripped.endswith((".", "!", "?", "…", ":")) and not any(map(str.isdigit, stripped))


def _standfirst_above_byline(text: str, lines: list[Line], edits: list[Edit]) -> list[Edit]:
    """The summary paragraph set between the headline and the first byline: the only paragraph
    above the byline that reads as prose. (A lede comes after the byline, or opens with the
    quote it reports: a summary is in the outlet's own words.)"""
    byline = next((edit for edit in edits if edit.rule.startswith("byline_")), None)
    if byline is not None:
        above = [line for line in lines if line.end < byline.start]
    else:
        # Without 'By': the author's name (and role) alone on short lines over a date line (the
        # first with any: a date may stand in the masthead too).
        for date in (edit for edit in edits if edit.reason == "dateline"):
            above = [line for line in lines if line.end < date.start]
            names = []
            while above and len(names) < _NAME_LINES_OVER_DATE and (_is_name_label(above[-1].stripped) or (lists_people(above[-1].stripped) and not is_caption(above[-1].stripped))):
                names.insert(0, above.pop().stripped)
            if len(names) > _ONE_AUTHORS_LINES and not all(map(PERSONS_NAME.fullmatch, names[::2][:2])):
                # Past one author's name, role and 'Updated', two authors' lines each open with a name
                # ('Anneliese Kraemer' / 'Senior Fellow' / …); a box of short facts over a date does not.
                above += [line for line in lines if line.end < date.start][len(above) : -_ONE_AUTHORS_LINES]
                names = names[-_ONE_AUTHORS_LINES:]
            if names:
                break
        else:
            # Nor names: the summary stands right over the first date line, under the page's header.
            date = next((edit for edit in edits if edit.reason == "dateline"), None)
            if date is None or date.rule != "date_line":
                return []
            above = [line for line in lines if line.end < date.start]
            if len(above) < 2:
                return []
    # A date line may stand between the summary and the byline, and so may the author's picture,
    # printed as its name ('Portrait of Jane Roe').
    author = text[byline.start : byline.end].split()[-1] if byline is not None else None
    while above and (
        any(edit.start == above[-1].start and edit.reason == "dateline" for edit in edits)
        or (author and author in above[-1].stripped and at_most_words(above[-1].stripped, _AUTHORS_PICTURE_WORDS))
    ):
        above.pop()
    if not above or not _is_prose(above[-1].stripped) or above[-1].stripped.startswith(_OPENING_QUOTES) or is_caption(above[-1].stripped) or _PHOTO_LABEL.match(above[-1].stripped):
        return []
    earlier = above[:-1]
    if earlier and not earlier[-1].stripped.endswith((".", ":")):
        # The headline right above the summary may be a quote or a question ('Jane Roe: « … »'),
        # as long as a sentence; a paragraph ends with a full stop.
        earlier = earlier[:-1]
    if any(_is_prose(line.stripped) for line in earlier):
        return []
    return [_line_edit(text, above[-1], "standfirst", "summary_above_byline")]


# A caption may open with its label: 'Photo: The disused railway bridge at Carrigmore …'.
_PHOTO_LABEL = re.compile(r"(?:photo|picture|image|foto|фото|illustration)s?\s*:", _I)


_LAYOUT_GAP = re.compile(r" {2,}")
_FIELDS_LINE_CHARS = 120


def _repeat_key(stripped: str) -> str:
    """A page's running header sets its fields apart by spaces, and facing pages swap them
    ('SÁBADO, 8 DE MARZO DE 2025  DIARIO X' / 'DIARIO X  SÁBADO, 8 DE MARZO DE 2025'): such a line's
    key is its fields' keys sorted, so either side repeats the other."""
    if "  " in stripped and len(stripped) <= _FIELDS_LINE_CHARS:
        return " ".join(sorted(map(normalized_key, _LAYOUT_GAP.split(stripped))))
    return normalized_key(stripped)


def find_clock_times(text: str) -> list[Edit]:
    """A clock time alone on a line: a live blog entry's time, which the line-shape steps before
    left because it ends like a sentence ('10:31 p.m.')."""
    return [_line_edit(text, line, "dateline", "clock_time_line") for line in nonblank_lines(text) if is_clock_time(line.stripped)]


def _ends_wrapped_sentence(text: str, lines: list[Line], index: int) -> bool:
    """'…que alquilan su segunda' / 'vivienda».': the lower-case end of a hard-wrapped sentence repeats
    a tag ('VIVIENDA') by its words only, and is not a copy of it."""
    line = lines[index]
    return (
        index > 0 and line.stripped[:1].islower() and line.stripped.endswith(_TERMINAL)
        and lines[index - 1].end + 1 == line.start and not lines[index - 1].stripped.endswith(_TERMINAL)
    )


def _is_prose(stripped: str) -> bool:
    return stripped.endswith(_TERMINAL) and not at_most_words(stripped, _PROSE_WORDS - 1)


def _classify(text: str, lines: list[Line], keys: list[str], index: int) -> Edit | None:
    line = lines[index]
    stripped = line.stripped
    n_words = stripped.count(" ") + 1
    # Page furniture is short; a long paragraph is tested only for a leading wire dateline.
    if (stripped[:1] == "(" or " by " in stripped[:24] or "files from " in stripped[:20] or "reports from " in stripped[:20]) and _WIRE_CREDIT.match(stripped):
        return _line_edit(text, line, "byline", "wire_credit")
    if n_words <= 12:
        if byline_fields(stripped):
            return _line_edit(text, line, "byline", "byline_fields")
        if match := capitalised_byline(stripped):
            return _line_edit(text, line, "byline", f"byline_{byline_role(match.group('role'))}")
        if stripped.endswith(")") and SIGNATURE.match(stripped):
            return _line_edit(text, line, "byline", "signature")
        if ("기자" in stripped or "특파원" in stripped or "논설위원" in stripped) and ROLE_AFTER_NAMES.match(stripped):
            return _line_edit(text, line, "byline", "signature")
        if _SOURCE_LINE.match(stripped):
            return _line_edit(text, line, "source_line", "source_line")
    if n_words <= 5 and _DIGIT.search(stripped):
        if _UPDATE_TIME_LINE.fullmatch(stripped):
            return _line_edit(text, line, "dateline", "update_time_line")
        if _RELATIVE_DATE_LINE.fullmatch(stripped):
            return _line_edit(text, line, "dateline", "relative_date_line")
    # A date line may name its last change too: 'Publié le 6 mai 2024 à 10h30, modifié le 6 mai 2024 à 14h12'.
    if n_words <= _DATE_LINE_WORDS and _DIGIT.search(stripped) and DATE_LINE.match(stripped):
        return _line_edit(text, line, "dateline", "date_line")
    if stripped.startswith("This ") and _BLOG_ENTRY_META.match(stripped):
        return _line_edit(text, line, "dateline", "blog_entry_meta")
    if stripped.startswith("This ") and CREDIT_SENTENCE.match(stripped):
        return _line_edit(text, line, "byline", "credit_sentence")
    labelled_note = stripped[0] in _EDITORS_NOTE_INITIALS and EDITORS_NOTE.match(stripped)
    if labelled_note or (stripped.startswith(_CORRECTION_OPENINGS) and _CORRECTION_NOTE.match(stripped)) or (stripped.startswith("This ") and _EDITED_FOR_LENGTH.match(stripped)):
        return _line_edit(text, line, "editors_note", "editors_note")
    if stripped[-1] in _CLOSING_QUOTES and stripped[0] in _OPENING_QUOTE_CHARS and 6 <= n_words <= 40 and _is_pull_quote(text, line):
        return _line_edit(text, line, "repeat", "pull_quote")
    if n_words <= 60:
        if is_caption(stripped):
            return _line_edit(text, line, "caption", "caption_credit")
        if index + 1 < len(keys) and keys[index + 1] == keys[index] and (stripped.endswith(_TERMINAL) or ". " in stripped or not _over_byline(lines, index + 2)):
            # A line followed at once by its own copy is a caption printed twice (a headline
            # printed twice, one clause without a full stop, stands over the byline).
            return _line_edit(text, line, "caption", "caption_twice")
        for near in (index - 1, index + 1):
            # Most lines share no opening with either neighbour: the cheap test first.
            if 0 <= near < len(lines) and lines[near].stripped.startswith(stripped[:_COPY_PREFIX]) and _truncates(stripped, lines[near].stripped):
                # Cut short ('… between January and early...'), or the caption without its credit.
                if stripped.endswith(_ELLIPSES):
                    return _line_edit(text, line, "repeat", "truncated_copy")
                if is_caption(lines[near].stripped):
                    return _line_edit(text, line, "caption_repeat", "truncated_copy")
    if n_words <= 5 and _SECTION_TAG.match(stripped):
        return _line_edit(text, line, "section_tag", "lowercase_label")
    # The agency's brackets are required: a paragraph without one is not tried.
    if (
        ("(" in stripped and (match := WIRE_DATELINE.match(stripped))) or ("（" in stripped[:40] and (match := _CHINESE_DATELINE.match(stripped)))
        or ("/ -" in stripped[:160] and (match := _PRESS_RELEASE_DATELINE.match(stripped)))
    ):
        indent = len(line.text) - len(line.text.lstrip())
        return Edit(line.start, line.start + indent + match.end("dateline"), "dateline", "wire_dateline")
    return None


def _over_byline(lines: list[Line], index: int) -> bool:
    return index < len(lines) and capitalised_byline(lines[index].stripped) is not None


def capitalised_byline(stripped: str) -> re.Match | None:
    """BYLINE ignores case: 'por otra normativa.' is the end of a wrapped sentence, not a byline."""
    match = BYLINE.match(stripped) or CJK_BYLINE.match(stripped)
    return match if match and not match.group("names")[:1].islower() else None


_ELLIPSES = ("...", "…")
_COPY_PREFIX = 12
_TRUNCATED_COPY_WORDS = 5


def _truncates(stripped: str, below: str) -> bool:
    """'Researchers surveyed … between January and early...' beside the whole caption: a copy cut short."""
    kept = stripped.rstrip(".… ")
    return len(below) > len(stripped) and below.startswith(kept) and not at_most_words(kept, _TRUNCATED_COPY_WORDS - 1)


_CLOSING_QUOTES = "\"”“»’'"
_OPENING_QUOTE_CHARS = "".join(_OPENING_QUOTES)
_QUOTE_MARK = re.compile(r"[\"“”„«»]")
_CLAUSE_BREAK = re.compile(r"[,.;:!?…—–]+\s*")
_PULL_QUOTE_CLAUSE_WORDS = 3


def _is_pull_quote(text: str, line: Line) -> bool:
    """A quote set apart on its own line, with no quote mark inside (speech with its attribution
    has them), whose every clause stands elsewhere in the text: a pull quote, the article's words
    printed again in large type (the quote itself may have been interrupted there: '"You begin,"
    he said, "to see it."')."""
    # French guillemets take a space inside: '« … »'.
    inner = line.stripped.strip(_OPENING_QUOTE_CHARS + _CLOSING_QUOTES + " \u00a0\u202f")
    if _QUOTE_MARK.search(inner):
        return False
    clauses = [c for c in _CLAUSE_BREAK.split(inner) if not at_most_words(c, _PULL_QUOTE_CLAUSE_WORDS - 1)]
    return bool(clauses) and all(_found_outside(text, clause, line) for clause in clauses)


def _found_outside(text: str, passage: str, line: Line) -> bool:
    """Found in the text but in this line and the first (a headline quoting the article is no copy
    of it: the body's line would be the only one left)."""
    at = text.find(passage, max(text.find("\n"), 0))
    if line.start <= at < line.end:
        at = text.find(passage, line.end)
    return at >= 0


def _line_edit(text: str, line: Line, reason: str, rule: str) -> Edit:
    """An edit removing the whole line: its span is worked out only for a line that goes."""
    return Edit(*line_span_with_newline(text, line), reason, rule)


# A picture's text alternative, left where the picture was: 'Portrait of Jane Roe'.
_PICTURE_OF = re.compile(r"(?:portrait|photo|picture|headshot|image) of ", _I)


def find_title(text: str) -> list[Edit]:
    """The headline is the first line when it reads as one; a later copy of it is a repeat.

    A headline is short, does not end like a sentence or a clause, and is not the first line of a
    hard-wrapped paragraph. Without such a line the document has no title: the first sentence of
    the body is never promoted to one.
    """
    lines = first_nonblank_lines(text, 4)  # all that is looked at, a label above the headline included
    labels = []
    while len(lines) > 2 and _is_label(lines[0].stripped) and not _is_label(lines[1].stripped):
        labels.append(Edit(*line_span_with_newline(text, lines[0]), "section_tag", "label_above_headline"))
        lines = lines[1:]
        break
    if len(lines) < 2:
        return labels
    first, following = lines[0], lines[1]
    stripped = first.stripped
    words = stripped.split()
    # The first line of a hard-wrapped paragraph is as long as the line under it.
    wrapped = first.end + 1 == following.start and len(following.stripped) >= 40 and len(stripped) >= 0.8 * len(following.stripped)
    continues = following.stripped[:1].islower() or wrapped
    if not (2 <= len(words) <= 30) or stripped[-1] in ".,;:" or continues or _PICTURE_OF.match(stripped):
        return []
    edits = [*labels, Edit(*line_span_with_newline(text, first), "title", "first_line_headline")]
    title_key = normalized_key(stripped)
    for line in lines[1:3]:
        if normalized_key(line.stripped) == title_key:
            edits.append(Edit(*line_span_with_newline(text, line), "title_repeat", "title_as_first_paragraph"))
    standfirst = following.stripped
    # A standfirst reads like a sentence but stops without one's full stop; a lede ends in one.
    stands_alone = text.startswith("\n\n", following.end) or following.end >= len(text.rstrip())
    if (
        stands_alone and 8 <= len(standfirst.split()) <= 50 and without_footnote_mark(standfirst)[-1] not in _TERMINAL
        and normalized_key(standfirst) != title_key and not byline_fields(standfirst)  # 'Reporting: X | Graphics: Y'
    ):
        edits.append(Edit(*line_span_with_newline(text, following), "standfirst", "unpunctuated_line_under_headline"))
    edits += _name_line_after_title(text, lines)
    return edits


def _name_line_after_title(text: str, lines: list[Line]) -> list[Edit]:
    """An author's name alone on the line under the headline."""
    for line in lines[1:3]:
        stripped = line.stripped
        if 2 <= len(stripped.split()) <= 6 and stripped[-1] not in _TERMINAL and _NAME_LINE.fullmatch(stripped):
            return [Edit(*line_span_with_newline(text, line), "byline", "name_line_after_title")]
    return []


def _is_label(stripped: str) -> bool:
    """'Politics', 'World news': a section name over a headline."""
    return len(stripped.split()) <= 3 and stripped[-1:] not in _TERMINAL and not any(c.isdigit() for c in stripped)


def byline_role(role: str) -> str:
    role = role.casefold()
    return "editor" if role.startswith(("edit", "редактор", "redag", "redakt", "redakc", "edición", "edição", "series editor", "szerkeszt", "redigert", "redigerad", "责任编辑", "責任編輯", "编辑", "編輯")) else "author"


def is_caption(stripped: str) -> bool:
    # Credits stand at the end of a caption: only its tail needs searching.
    tail = stripped[-90:]
    if _CREDIT.search(tail) or (":" in tail and _LABELLED_CREDIT.search(tail)) or (". " in tail and _CAPITALS_CREDIT.search(tail)):
        return True
    if tail[-1:] == "摄" and _CHINESE_CREDIT.search(tail):
        return True
    if ("写真" in tail or tail[-1:] == "）") and _JAPANESE_CREDIT.search(tail):
        return True
    if stripped[:1] in _CAPTION_LABEL_INITIALS and _CAPTION_LABEL.match(stripped):
        return True
    # A stripped line's tail ends with the agency's name, so in an 's' of any case re ignores:
    # a tail ending otherwise is not lower-cased.
    if tail[-1:] not in _AGENCY_CREDIT_LAST_LETTERS:
        return False
    lowered = tail.lower()  # a letter re matches ignoring case lower-cases to the same letter here
    return ("getty" in lowered or "reuter" in lowered) and bool(_AGENCY_CREDIT.search(tail))
