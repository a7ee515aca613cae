"""A deterministic synthetic news corpus that knows its own answers.

`write_corpus(out, n_docs, seed)` writes `out/raw/<outlet>/<index>.txt` (plus a few bad files),
`out/truth.jsonl` with the gold body of every text file (the format `newscurate eval cleaning`
reads, plus what kind of file it is and which noise it carries) and `out/manifest.json`.

Each file is a pure function of (seed, index): the article's content comes from its own random
stream, the page around it from another, so a near-duplicate regenerates its original's article
and wraps it in a different page. The text is made from templates (`vocabulary`), never copied.
"""

from __future__ import annotations

import json
import random
import shutil
import textwrap
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newscurate.bench.vocabulary import LANGUAGES, Language

BODY_CHARS_MEAN = 5200  # with the page around it, about 6 KB a file
NEAR_DUPLICATE_SHARE = 0.07
BAD_FILE_SHARE = 0.01
BOILERPLATE_ONLY_SHARE = 0.005


@dataclass(frozen=True)
class Outlet:
    name: str
    domain: str
    language: str
    layout: str
    weight: float
    crlf: bool = False
    legacy_encoding: str | None = None  # some of its files are saved in this code page

    @property
    def slug(self) -> str:
        return self.domain.split(".")[0]


OUTLETS = (
    Outlet("Harbour Ledger", "harbourledger.com", "en", "web", 12, crlf=True),
    Outlet("Northwire", "northwire.com", "en", "wire", 12),
    Outlet("Meridian Post", "meridianpost.co.uk", "en", "reader_funded", 11),
    Outlet("Eastern Review", "easternreview.com", "en", "opinion", 10),
    Outlet("Granite Times", "granitetimes.com", "en", "pdf", 11),
    Outlet("The Long View", "thelongview.blog", "en", "blog", 10),
    Outlet("Baltic Courier", "balticcourier.com", "en", "archive", 12),
    Outlet("Frontier Gazette", "frontiergazette.it", "en", "interview", 10),
    Outlet("Diário da Costa", "diariodacosta.pt", "pt", "web", 2.5, legacy_encoding="cp1252"),
    Outlet("Rheinblatt", "rheinblatt.de", "de", "web", 2.5, legacy_encoding="cp1252"),
    Outlet("Вечерний вестник", "vestnik-vecher.ru", "ru", "web", 2.5, legacy_encoding="cp1251"),
    Outlet("Le Courrier du Nord", "courrierdunord.fr", "fr", "web", 2, crlf=True),
    Outlet("El Faro del Sur", "elfarodelsur.es", "es", "web", 2),
)
_AGENCIES = ("Flickr", "Reuters", "AFP", "Getty Images", "VCG", "Shutterstock")
_FOUNDATIONS = ("Open Horizons Media Fund", "Civic Press Foundation", "Northern Lights Trust")


@dataclass(frozen=True)
class Article:
    language: str
    title: str
    author: str
    editor: str
    place: str
    date: tuple[int, int, int]  # year, month, day
    paragraphs: tuple[str, ...]  # the gold body
    quote_paragraphs: frozenset[int]  # which paragraphs are quotations (for quote markup)
    captions: tuple[str, ...]

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Plan:
    kind: str  # article | near_duplicate | boilerplate_only | bad_file
    outlet: Outlet | None
    original: int | None = None  # for near-duplicates: the index whose article is copied
    variant: str | None = None  # near-duplicate: syndicated (same body) | edited; bad file: its kind


@dataclass(frozen=True)
class GeneratedFile:
    path: str  # relative to raw/, '/'-separated: the source_path the pipeline will record
    data: bytes
    kind: str
    body: str | None  # None for files that are not text
    text: str | None
    outlet: str | None = None
    language: str | None = None
    encoding: str | None = None
    duplicate_of: str | None = None
    variant: str | None = None
    noise: tuple[str, ...] = ()

    def truth_record(self) -> dict:
        return {
            "id": self.path, "raw": self.text, "body": self.body, "kind": self.kind, "outlet": self.outlet,
            "language": self.language, "encoding": self.encoding, "duplicate_of": self.duplicate_of,
            "variant": self.variant, "noise": list(self.noise),
        }


@dataclass
class CorpusSummary:
    n_files: int = 0
    n_bytes: int = 0
    by_kind: Counter = field(default_factory=Counter)
    by_language: Counter = field(default_factory=Counter)
    by_outlet: Counter = field(default_factory=Counter)
    bad_files: dict[str, str] = field(default_factory=dict)  # path -> what it is

    def to_json(self, seed: int) -> dict:
        return {
            "seed": seed, "files": self.n_files, "bytes": self.n_bytes, "by_kind": dict(self.by_kind),
            "by_language": dict(self.by_language), "by_outlet": dict(self.by_outlet), "bad_files": self.bad_files,
        }


# --- planning --------------------------------------------------------------------------------


def plan(seed: int, index: int) -> Plan:
    rng = random.Random(f"plan:{seed}:{index}")
    draw = rng.random()
    outlet = rng.choices(OUTLETS, weights=[o.weight for o in OUTLETS])[0]
    if index >= 20:
        if draw < BAD_FILE_SHARE:
            return Plan("bad_file", None, variant=rng.choice(("empty", "whitespace", "png", "pdf", "zip", "binary")))
        if draw < BAD_FILE_SHARE + BOILERPLATE_ONLY_SHARE:
            return Plan("boilerplate_only", outlet)
        if draw < BAD_FILE_SHARE + BOILERPLATE_ONLY_SHARE + NEAR_DUPLICATE_SHARE:
            original = _original_before(seed, rng.randrange(index))
            if original is not None:
                source = plan(seed, original).outlet
                if rng.random() < 0.5:
                    siblings = [o for o in OUTLETS if o.language == source.language and o != source] or [source]
                    return Plan("near_duplicate", rng.choice(siblings), original, "syndicated")
                return Plan("near_duplicate", source, original, "edited")
    return Plan("article", outlet)


def _original_before(seed: int, index: int) -> int | None:
    """The nearest index at or before `index` that holds an original article."""
    while index >= 0:
        if plan(seed, index).kind == "article":
            return index
        index -= 1
    return None


def file_path(seed: int, index: int) -> str:
    planned = plan(seed, index)
    if planned.kind == "bad_file":
        extension = {"png": "png", "pdf": "pdf", "zip": "docx"}.get(planned.variant, "txt")
        return f"incoming/{index:07d}.{extension}"
    return f"{planned.outlet.slug}/{index:07d}.txt"


# --- article content -------------------------------------------------------------------------


class _Slots(dict):
    """Fills template slots on demand; 'x_cap', 'x_lower' and 'x_upper' are cased forms of 'x'."""

    def __init__(self, language: Language, rng: random.Random, place: str) -> None:
        super().__init__(place=place)
        self.language = language
        self.rng = rng

    def __missing__(self, key: str) -> str:
        rng, language = self.rng, self.language
        base, _, case = key.rpartition("_") if key.endswith(("_cap", "_lower", "_upper")) else (key, "", "")
        if base == "person":
            value = person_name(language, rng)
        elif base == "n":
            value = str(rng.choice((rng.randint(12, 950), rng.randint(1_000, 48_000))))
        elif base in ("m", "m2"):
            value = str(rng.randint(2, 40))
        elif base == "year":
            value = str(rng.randint(2009, 2023))
        elif base == "month":
            value = rng.choice(language.months)
        elif base == "complement":
            value = rng.choice(language.complement).format_map(self)
        else:
            value = rng.choice(getattr(language, base))
        if case == "cap":
            value = value[:1].upper() + value[1:]
        elif case == "lower":
            value = value[:1].lower() + value[1:]
        elif case == "upper":
            value = value.upper()
        self[key] = value
        return value


class _Writer:
    """Writes one article's sentences in one language about one place.

    Templates are drawn without putting them back until all were used, as a writer varies their
    sentences, so an article repeats a sentence only when it is longer than the template set.
    """

    def __init__(self, language: Language, rng: random.Random, place: str) -> None:
        self.language = language
        self.rng = rng
        self.place = place
        self._remaining: dict[tuple[str, ...], list[str]] = {}

    def _draw(self, options: tuple[str, ...]) -> str:
        remaining = self._remaining.get(options)
        if not remaining:
            remaining = self._remaining[options] = list(options)
            self.rng.shuffle(remaining)
        return remaining.pop()

    def fill(self, template: str) -> str:
        text = template.format_map(_Slots(self.language, self.rng, self.place))
        return text[:1].upper() + text[1:]

    def prose(self, sentences: int) -> str:
        return " ".join(self.fill(self._draw(self.language.sentences)) for _ in range(sentences))

    def speech(self) -> str:
        return self.fill(self._draw(self.language.speech))

    def question(self) -> str:
        return self.fill(self._draw(self.language.questions))

    def quotation(self) -> str:
        template = self.rng.choice(self.language.attributions)
        opening, closing = self.rng.choice(self.language.quote_marks)
        speech = self.speech()
        if template.startswith("{q} "):  # English: '“...,” said X.'
            quoted = f"{opening}{speech},{closing}"
        elif template.startswith("{q}"):
            quoted = f"{opening}{speech}{closing}"
        else:
            quoted = f"{opening}{speech}.{closing}"
        slots = _Slots(self.language, self.rng, self.place)
        slots["q"] = quoted
        return template.format_map(slots)

    def multi_paragraph_quote(self) -> list[str]:
        """Two paragraphs of one quotation: the first has no closing mark, the second opens again."""
        first = " ".join(self.speech() + "." for _ in range(2))
        speaker = f"{person_name(self.language, self.rng)}, {self.rng.choice(self.language.role)}"
        return [f"“{first}", f"“{self.speech()}.” That was how {speaker}, described the mood in {self.place}."]

    def headline(self) -> str:
        return self.fill(self.rng.choice(self.language.headline))


def person_name(language: Language, rng: random.Random) -> str:
    return f"{rng.choice(language.first_names)} {rng.choice(language.surname_heads)}{rng.choice(language.surname_tails)}"


def place_name(language: Language, rng: random.Random) -> str:
    return rng.choice(language.place_heads) + rng.choice(language.place_tails)


def make_article(seed: int, index: int, outlet: Outlet) -> Article:
    rng = random.Random(f"article:{seed}:{index}")
    language = LANGUAGES[outlet.language]
    place = place_name(language, rng)
    writer = _Writer(language, rng, place)
    interview = outlet.layout == "interview"
    target = max(2_000, min(9_000, int(rng.gauss(BODY_CHARS_MEAN, 900))))
    paragraphs: list[str] = []
    quotes: set[int] = set()
    while sum(len(p) + 2 for p in paragraphs) < target:
        if interview and len(paragraphs) % 2 == 1:
            paragraphs.append(writer.question())
        elif interview and paragraphs:
            paragraphs.append(" ".join([writer.speech() + "." for _ in range(rng.randint(1, 2))] + [writer.prose(rng.randint(1, 3))]))
        elif rng.random() < 0.28:
            quotes.add(len(paragraphs))
            paragraphs.append(writer.quotation() + (" " + writer.prose(rng.randint(1, 2)) if rng.random() < 0.5 else ""))
        elif language.code == "en" and rng.random() < 0.05:
            quotes.update((len(paragraphs), len(paragraphs) + 1))
            paragraphs += writer.multi_paragraph_quote()
        else:
            paragraphs.append(writer.prose(rng.randint(2, 5)))
    captions = tuple(
        f"{person_name(language, rng)} {rng.choice(('in', 'at', 'near')) if language.code == 'en' else '—'} {place}"
        for _ in range(rng.randint(1, 2))
    )
    return Article(
        language=language.code,
        title=writer.headline(),
        author=person_name(language, rng),
        editor=f"{rng.choice('ABCDEGKLMNPRST')}. {rng.choice('ABCDEGKLMNPRST')}.",
        place=place,
        date=(rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)),
        paragraphs=tuple(paragraphs),
        quote_paragraphs=frozenset(quotes),
        captions=captions,
    )


def edit_article(article: Article, rng: random.Random) -> Article:
    """A later version of the same story: a sentence added and the last paragraph dropped."""
    writer = _Writer(LANGUAGES[article.language], rng, article.place)
    paragraphs = list(article.paragraphs[:-1] if len(article.paragraphs) > 3 else article.paragraphs)
    target = rng.randrange(len(paragraphs))
    paragraphs[target] = paragraphs[target] + " " + writer.prose(1)
    return Article(
        article.language, article.title, article.author, article.editor, article.place, article.date,
        tuple(paragraphs), frozenset(i for i in article.quote_paragraphs if i < len(paragraphs)), article.captions,
    )


# --- the page around the article -------------------------------------------------------------


@dataclass
class _Page:
    """Lines of a raw page being built; blank strings are blank lines."""

    lines: list[str] = field(default_factory=list)
    noise: set[str] = field(default_factory=set)

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def text(self) -> str:
        return "\n".join(self.lines).rstrip("\n") + "\n"


def _headlines(language: Language, rng: random.Random, count: int) -> list[str]:
    return [_Writer(language, rng, place_name(language, rng)).headline() for _ in range(count)]


def _date_words(article: Article, language: Language) -> str:
    year, month, day = article.date
    if language.code == "en":
        return f"{language.months[month - 1]} {day}, {year}"
    return f"{year}-{month:02d}-{day:02d}"


def _caption_lines(article: Article, language: Language, rng: random.Random, page: _Page) -> list[str]:
    caption = rng.choice(article.captions)
    agency = rng.choice(_AGENCIES)
    style = rng.randrange(4)
    if style == 0:
        line = f"{caption} ({'Image' if language.code == 'en' else language.photo}: {agency})"
        return [line, line]
    if style == 1:
        line = f"{caption}, {_date_words(article, language)}. /{agency.split()[0].upper()}"
        return [line, "", line, ""]
    if style == 2:
        page.noise.add("truncated_caption")
        return [f"{caption} ({'Image' if language.code == 'en' else language.photo}:"] * 2
    return [f"{caption}. {language.photo}: {agency}"]


def _paragraph_markup(article: Article, index: int, paragraph: str, rng: random.Random, layout: str) -> str:
    if index not in article.quote_paragraphs:
        return paragraph
    if layout == "archive":
        return f"[quote]{paragraph}[/quote]"
    if rng.random() < 0.15:
        return f"<blockquote>{paragraph}</blockquote>"
    return paragraph


def _body_blocks(article: Article, language: Language, outlet: Outlet, rng: random.Random) -> list[str]:
    """Body paragraphs with the furniture that interrupts them: related links, ads, appeals."""
    blocks = [_paragraph_markup(article, i, p, rng, outlet.layout) for i, p in enumerate(article.paragraphs)]
    interruptions = []
    if rng.random() < 0.5:
        interruptions.append(language.related.format(headline=_headlines(language, rng, 1)[0]))
    if rng.random() < 0.4 or outlet.layout == "wire":
        interruptions.append(language.advert)
    if outlet.layout == "reader_funded":
        interruptions.append("\n".join((
            "LIKE WHAT YOU READ? HELP US DO MORE",
            f"A monthly paper in your letterbox, and reporting that nobody else pays for: that is what a subscription to {outlet.name} buys.",
            "No owner and no advertiser sets our agenda – only the people who read us. Join them today.",
        )))
    elif language.code != "en" and rng.random() < 0.6:
        interruptions.append("\n".join(a.format(outlet=outlet.name) for a in language.appeal))
    for block in interruptions:
        blocks.insert(rng.randint(2, max(2, len(blocks) - 1)), block)
    return blocks


def _wrap(paragraph: str, width: int, rng: random.Random, page: _Page) -> str:
    """Hard-wrap like a PDF export; some long words are split with a hyphen at the line end."""
    lines = textwrap.wrap(paragraph, width=width, break_long_words=False, break_on_hyphens=False)
    for i in range(len(lines) - 1):
        head, _, last = lines[i].rpartition(" ")
        following = lines[i + 1]
        word = following.split(" ", 1)[0]
        if len(word) >= 9 and word.isalpha() and word.islower() and rng.random() < 0.35:
            cut = rng.randint(3, len(word) - 4)
            lines[i] = f"{lines[i]} {word[:cut]}-"
            lines[i + 1] = word[cut:] + following[len(word):]
            page.noise.add("hyphenation")
    if rng.random() < 0.3:
        lines[0] = " " + lines[0]
    return "\n".join(line + (" " if rng.random() < 0.1 else "") for line in lines)


def _url_block_inside(paragraph: str, outlet: Outlet, rng: random.Random, width: int, page: _Page) -> str:
    """A block of links printed in the middle of a paragraph, cutting a sentence in two."""
    words = paragraph.split(" ")
    cuts = [i for i in range(len(words) // 3, len(words) - 3) if words[i][:1].islower() and words[i - 1][-1:].isalpha()]
    if not cuts:
        return _wrap(paragraph, width, rng, page)
    cut = rng.choice(cuts)
    urls = [
        f"https://www.{outlet.domain}/{rng.randint(2018, 2025)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/"
        f"{'-'.join(w.strip('.,').lower() for w in rng.sample(words, 4))}-a{rng.randint(10000, 99999)}"
        for _ in range(rng.randint(2, 4))
    ]
    page.noise.add("url_block")
    before = _wrap(" ".join(words[:cut]), width, rng, page)
    after = _wrap(" ".join(words[cut:]), width, rng, page).lstrip()
    return "\n".join([before, *urls, "", "", after])


def render_page(article: Article, outlet: Outlet, rng: random.Random) -> tuple[str, set[str]]:
    language = LANGUAGES[outlet.language]
    page = _Page()
    date = _date_words(article, language)
    body = _body_blocks(article, language, outlet, rng)
    blank_lines = outlet.layout not in ("reader_funded", "blog")  # these print paragraphs on consecutive lines
    layout = outlet.layout
    if layout == "web":
        page.add(language.cookies, outlet.name, "Home | News | Politics | Business | Culture | Sport", language.section)
        page.add(article.title, language.byline.format(name=article.author), f"Published: {date}" if language.code == "en" else date, language.share[0], "")
        if rng.random() < 0.5:
            page.add(*_caption_lines(article, language, rng, page), "")
        _add_paragraphs(page, body, blank_lines)
        page.add(language.share[0], language.follow.format(place=article.place))
        if language.code == "en":
            page.add(f"Got a story? Email newsdesk@{outlet.domain}")
        page.add(language.related.split(":")[0] + ":", *_headlines(language, rng, 3), language.copyright.format(year=article.date[0], outlet=outlet.name))
    elif layout == "wire":
        page.add(f"UPDATE {rng.randint(1, 4)}-{article.title}", language.byline.format(name=article.author), f"{rng.randint(2, 6)} minute read")
        page.add(f"{date} {rng.randint(1, 11)}:{rng.randint(0, 59):02d} PM GMT+{rng.randint(0, 3)} Updated {rng.randint(1, 9)} hours ago", "")
        body[0] = f"{article.place.upper()}, {language.months[article.date[1] - 1]} {article.date[2]} ({outlet.name}) - {body[0]}"
        _add_paragraphs(page, body)
        page.add(f"(Reporting by {article.author} in {article.place}; Editing by {person_name(language, rng)})", "")
        page.add(f"Our Standards: The {outlet.name} Trust Principles.", "", "Acquire Licensing Rights, opens new tab")
    elif layout == "reader_funded":
        page.add(f"{outlet.name} is an independent newspaper owned by its readers and answerable to no proprietor.")
        page.add(f"Our print edition arrives once a month: subscribe to {outlet.name} and get every investigation first.")
        _add_paragraphs(page, body, blank_lines)
    elif layout == "opinion":
        page.add("Download", article.title, article.author, *_caption_lines(article, language, rng, page), "")
        page.add(f"Editor's note: {article.author} is {rng.choice(language.role)}. The opinions in this piece are the author's alone and do not represent the position of {outlet.name}.", "")
        _add_paragraphs(page, body)
        page.add(f"(Want to write for us? Send your pitch and a short bio to opinions@{outlet.domain}.)", "", "Search Trends")
    elif layout == "pdf":
        width = rng.randint(86, 98)
        page.add(article.title, "")
        url_paragraph = rng.randrange(1, len(body)) if len(body) > 2 else None
        for index, block in enumerate(body):
            if block.startswith(("Related", "Advertisement")):
                page.add(block, "")
            elif index == url_paragraph:
                page.add(_url_block_inside(block, outlet, rng, width, page), "")
            else:
                page.add(_wrap(block, width, rng, page), "")
        page.add(_wrap(f"Opinions published in this section belong to their authors and are not an editorial stance of {outlet.name}.", width, rng, page))
    elif layout == "blog":
        page.add("Skip to content", "Home | Politics | Economy | Culture | About | Contact", "Sign in | Subscribe", f"{outlet.name} — notes on politics and the places in between", "")
        page.add(article.title, f"Posted on {date} by {article.author} | {rng.randint(2, 9)} Comments", "")
        _add_paragraphs(page, body, blank_lines)
        page.add("", f"The views expressed in this post are the author's own and do not necessarily reflect those of the editors of {outlet.name}.")
        page.add("Tags: elections, transport, local politics", language.share[0], "Facebook | X | LinkedIn | Email")
        comments = rng.randint(1, 3)
        page.add(language.comments_header.format(n=comments))
        for _ in range(comments):
            page.add(f"{person_name(language, rng)} — {date} at {rng.randint(1, 11)}:{rng.randint(10, 59)} pm", _Writer(language, rng, article.place).prose(1), language.reply.format(m=rng.randint(0, 12)))
        page.add("Most read", *[f"{i}. {h}" for i, h in enumerate(_headlines(language, rng, 3), 1)], language.cookies)
    elif layout == "archive":
        page.add(f"Copyright © {article.date[0]}", "", f"{outlet.name} receives funding from the {rng.choice(_FOUNDATIONS)}", "")
        page.add(f"Republishing? Credit {outlet.name} with a link and keep excerpts short; anything longer needs permission from [email protected].", "")
        page.add("Privacy Policy and Cookie Settings.", "", article.title, "", *_caption_lines(article, language, rng, page), f"Edited by: {article.editor}", "")
        _add_paragraphs(page, body)
        page.add(f"Edited by: {article.editor}")
        page.add("Before you go: this reporting stays free because readers chip in. For the price of a coffee a month you can keep our correspondents on the ground and vote on what we cover next. Become a patron today!")
        page.add("Related Posts")
    elif layout == "interview":
        tag = rng.choice(("conflict and diplomacy", "local politics", "interviews"))
        page.add(article.title, "", tag, "", body[0], "", f"Author: {article.author}", "", tag, "")
        _add_paragraphs(page, body[1:])
        page.add("", f"Source: {outlet.name}", "", "follow:", "\\")
    return page.text(), page.noise


def _add_paragraphs(page: _Page, blocks: list[str], blank_lines: bool = True) -> None:
    for block in blocks:
        page.add(block)
        if blank_lines:
            page.add("")


def boilerplate_only_page(outlet: Outlet, rng: random.Random) -> str:
    language = LANGUAGES[outlet.language]
    lines = [language.cookies, language.copyright.format(year=rng.randint(2019, 2025), outlet=outlet.name)]
    lines += [a.format(outlet=outlet.name, outlet_upper=outlet.name.upper()) for a in language.appeal]
    lines += [*language.share, language.follow.format(place=outlet.name), language.related.split(":")[0] + ":"]
    return "\n\n".join(lines) + "\n"


# --- character noise -------------------------------------------------------------------------


def add_character_noise(text: str, rng: random.Random, noise: set[str]) -> str:
    """Debris a scraper leaves in text: no-break spaces, invisible characters, entities, mojibake."""
    if rng.random() < 0.3:
        chars = list(text)
        for i, c in enumerate(chars):
            if c == " " and rng.random() < 0.02:
                chars[i] = "\u00a0"
        text = "".join(chars)
        noise.add("nbsp")
    if rng.random() < 0.1:
        words = text.split(" ")
        for _ in range(rng.randint(1, 4)):
            i = rng.randrange(len(words))
            if len(words[i]) > 6 and words[i].isalpha():
                words[i] = words[i][:3] + rng.choice(("\u200b", "\u00ad")) + words[i][3:]
                noise.add("invisible_char")
        text = " ".join(words)
    if rng.random() < 0.08:
        text = text.replace("'", "&#39;").replace(" — ", " &mdash; ")
        noise.add("html_entity")
    if rng.random() < 0.03 and "’" in text:
        text = text.replace("’", "â€™")
        noise.add("mojibake")
    return text


def _encode(text: str, outlet: Outlet, rng: random.Random, crlf: bool) -> tuple[bytes, str]:
    if crlf:
        text = text.replace("\n", "\r\n")
    if outlet.legacy_encoding and rng.random() < 0.4:
        try:
            return text.encode(outlet.legacy_encoding), outlet.legacy_encoding
        except UnicodeEncodeError:  # a character the code page lacks: the site would have served UTF-8
            pass
    draw = rng.random()
    if draw < 0.02:
        return text.encode("utf-8-sig"), "utf-8-sig"
    if draw < 0.025:
        return text.encode("utf-16"), "utf-16"
    return text.encode("utf-8"), "utf-8"


def _bad_file(variant: str, rng: random.Random) -> bytes:
    noise = bytes(rng.randrange(256) for _ in range(rng.randint(200, 2_000)))
    return {
        "empty": b"",
        "whitespace": b" \n\n\t \n",
        "png": b"\x89PNG\r\n\x1a\n" + noise,
        "pdf": b"%PDF-1.4\n" + noise,
        "zip": b"PK\x03\x04" + noise,
        "binary": bytes(b % 32 for b in noise),
    }[variant]


# --- files -----------------------------------------------------------------------------------


def generate_file(seed: int, index: int) -> GeneratedFile:
    planned = plan(seed, index)
    path = file_path(seed, index)
    rng = random.Random(f"page:{seed}:{index}")
    if planned.kind == "bad_file":
        return GeneratedFile(path, _bad_file(planned.variant, rng), "bad_file", None, None, variant=planned.variant)
    outlet = planned.outlet
    if planned.kind == "boilerplate_only":
        text, noise = boilerplate_only_page(outlet, rng), set()
        body = ""
    else:
        source = planned.original if planned.kind == "near_duplicate" else index
        article = make_article(seed, source, plan(seed, source).outlet)
        if planned.variant == "edited":
            article = edit_article(article, rng)
        text, noise = render_page(article, outlet, rng)
        body = article.body
    text = add_character_noise(text, rng, noise)
    crlf = outlet.crlf and rng.random() < 0.7
    if crlf:
        noise.add("crlf")
    data, encoding = _encode(text, outlet, rng, crlf)
    return GeneratedFile(
        path, data, planned.kind, body, text, outlet.name, outlet.language, encoding,
        file_path(seed, planned.original) if planned.original is not None else None, planned.variant, tuple(sorted(noise)),
    )


def write_corpus(out: Path, n_docs: int, seed: int) -> CorpusSummary:
    """Write the corpus under `out`, replacing a corpus written there before."""
    out = Path(out)
    if out.exists() and any(out.iterdir()) and not (out / "manifest.json").is_file():
        raise FileExistsError(f"{out} is not empty and holds no generated corpus; refusing to overwrite it")
    shutil.rmtree(out / "raw", ignore_errors=True)
    (out / "raw").mkdir(parents=True)
    summary = CorpusSummary()
    with open(out / "truth.jsonl", "w", encoding="utf-8") as truth:
        for index in range(n_docs):
            generated = generate_file(seed, index)
            target = out / "raw" / generated.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(generated.data)
            summary.n_files += 1
            summary.n_bytes += len(generated.data)
            summary.by_kind[generated.kind] += 1
            if generated.kind == "bad_file":
                summary.bad_files[generated.path] = generated.variant
                continue
            summary.by_language[generated.language] += 1
            summary.by_outlet[generated.outlet] += 1
            truth.write(json.dumps(generated.truth_record(), ensure_ascii=False) + "\n")
    (out / "manifest.json").write_text(json.dumps(summary.to_json(seed), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return summary
