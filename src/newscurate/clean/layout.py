"""Layout: trimmed lines, hard wraps re-flowed, cut paragraphs re-joined, one blank line between
paragraphs. Every change is an edit, so even whitespace is accounted for in the audit trail.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from statistics import median

from newscurate.clean.edits import Edit
from newscurate.clean.lines import FOOTNOTE_MARK_ENDINGS, QUOTED_SENTENCE_ENDS, SENTENCE_INSIDE, SCRIPT_SENTENCE_ENDS, Line, at_most_words, split_lines, without_footnote_mark

_TERMINAL = (*".!?…:;\"”’»)]", *SCRIPT_SENTENCE_ENDS)
# What trim_spaces removes at line edges (found line by line, by _line_edge_spaces).
_EDGE_SPACE = re.compile(r"^[ \t]+|[ \t]+$", re.MULTILINE)
_SPACE_RUN = re.compile(r"(?<=\S) {2,}(?=\S)")
_BLANK_RUN = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
# Line breaks after a character that does not end a sentence. It starts with the line feed, so re
# skips through the text to the next one in C.
_BREAK_AFTER_UNFINISHED = re.compile(rf"\n(?<=[^\n{re.escape(''.join(_TERMINAL))}]\n)\n+")

_HYPHEN_WORD = re.compile(r"(\w+)-$")
_WORD = re.compile(r"\w+")
_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[*•·▪–-])\s+\S")


def trim_spaces(text: str) -> list[Edit]:
    edits = []
    if " \n" in text or "\n " in text or "\t" in text or text[:1] == " " or text[-1:] == " ":
        edits += [Edit(start, end, "whitespace", "line_edge_space") for start, end in _line_edge_spaces(text)]
    if "  " in text:
        edits += [Edit(m.start() + 1, m.end(), "whitespace", "space_run") for m in _SPACE_RUN.finditer(text)]
    return edits


def _line_edge_spaces(text: str) -> list[tuple[int, int]]:
    """The spans `_EDGE_SPACE.finditer` finds: each line's leading run of spaces and tabs, and its
    trailing run (a line of nothing else is one run). Read line by line: the regex tries its
    trailing branch at every space between words."""
    spans = []
    start = 0
    for body in text.split("\n"):
        end = start + len(body)
        if body and (body[0] in " \t" or body[-1] in " \t"):
            rest = body.lstrip(" \t")
            if len(rest) < len(body):
                spans.append((start, end - len(rest)))
            if trailing := len(rest) - len(rest.rstrip(" \t")):
                spans.append((end - trailing, end))
        start = end + 1
    return spans


def reflow_hard_wraps(text: str) -> list[Edit]:
    """Join lines a PDF or e-mail wrapped; break the rest into paragraphs."""
    if "\n" not in text:
        return []
    dictionary = _DocumentWords(text)
    return [edit for block in _blocks(text) for edit in _reflow_block(block, dictionary)]


def _blocks(text: str) -> Iterator[list[Line]]:
    """Runs of two or more non-blank lines, blank lines between them."""
    block: list[Line] = []
    for line in [*split_lines(text), Line(len(text), len(text), "", "")]:
        if line.stripped:
            block.append(line)
            continue
        if len(block) >= 2:
            yield block
        block = []


class _DocumentWords:
    """The document's own words, built only when a line ends in a hyphen."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: str | None = None
        self._words: Counter[str] | None = None

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = self.text.casefold()
        return self._folded

    @property
    def words(self) -> Counter[str]:
        """Each word and how often the document has it (a line's own head counts once)."""
        if self._words is None:
            self._words = Counter(_WORD.findall(self.folded))
        return self._words


# Text is wrapped at a fixed width, rarely past 120 columns; lines of equal length beyond that are
# paragraphs of one length, set one per line.
_MIN_WRAP_WIDTH = 40
_MAX_WRAP_WIDTH = 160


def _reflow_block(block: list[Line], dictionary: _DocumentWords) -> list[Edit]:
    width = max(len(line.text) for line in block)
    wrapped = _wrapped_at_width(block) and not _is_headline_list(block)
    edits = []
    for upper, lower in zip(block, block[1:]):
        newline = (upper.end, lower.start)
        ends_clause = upper.text.endswith(_TERMINAL)
        continues = lower.text[:1].islower()
        if _LIST_ITEM.match(lower.text):
            # A list item starts a line of its own, however the previous one ended.
            edits.append(Edit(*newline, "whitespace", "paragraph_break", "\n\n"))
            continue
        full_width = len(upper.text) >= (0.9 if ends_clause else 0.6) * width
        hyphen = upper.text.endswith("-") and continues and _HYPHEN_WORD.search(upper.text)
        if hyphen:
            edits.append(_join_hyphenated(upper, lower, hyphen.group(1), dictionary))
        elif continues and len(upper.stripped) == 1 and upper.stripped.isupper():
            # A drop cap set on its own line: 'T' over 'he river used to …' is one word.
            edits.append(Edit(*newline, "reflow", "drop_cap"))
        elif continues or (wrapped and full_width):
            edits.append(Edit(*newline, "reflow", "hard_wrap", " "))
        else:
            edits.append(Edit(*newline, "whitespace", "paragraph_break", "\n\n"))
    return edits


def _is_headline_list(block: list[Line]) -> bool:
    """Lines that each open with a capital and none of which ends a sentence are a list of
    headlines or links: a wrapped paragraph's last line ends it, and its lines open mid-sentence."""
    return all(line.stripped[:1].isupper() or line.stripped[:1].isdigit() for line in block) and not any(
        line.text.endswith(_TERMINAL) for line in block
    )


def _join_hyphenated(upper: Line, lower: Line, head: str, dictionary: _DocumentWords) -> Edit:
    """'nego-' + 'tiations' -> 'negotiations', but 'Russia-' + 'friendly' keeps its hyphen.

    The document itself is the dictionary: a word seen whole elsewhere is joined, a compound
    seen hyphenated is kept, and so is a figure's ('400-' + 'kilometre') and a capitalised head
    the document uses as a word of its own ('Russia'), not a German noun's first syllables
    ('Termi-' + 'nals', 'Bundes-' + 'netzagentur'); otherwise line-end hyphens are taken as soft,
    as typesetters put them.
    """
    tail = _WORD.match(lower.text).group()
    whole = (head + tail).casefold()
    compound = f"{head}-{tail}".casefold()
    named_head = head[:1].isupper() and (tail[:1].isupper() or dictionary.words[head.casefold()] > 1)
    keep = whole not in dictionary.words and (named_head or head.isdigit() or compound in dictionary.folded)
    if keep:
        return Edit(upper.end, lower.start, "reflow", "hard_wrap_hyphen_kept")
    return Edit(upper.end - 1, lower.start, "reflow", "hyphenation")


# A figure that a lower-case word follows: '0.25 points', not a list's '2 Live' or a time's '18:40 Talks'.
# Not a clock time ('Share this update' / '10:31 p.m.': a live blog's entry time goes on no sentence).
_FIGURE_THEN_WORD = re.compile(r"[\d.,:%/]+\s+(?![ap]\.?m\b)(\w)")
_CLOSING_START = tuple(",;:.!?)]%")
# What ends a sentence, not a label, a time in brackets or a title in quotation marks.
_CLOSES_SENTENCE = re.compile(r"[.!?…][\"”’»)]*$")
_FRAGMENT_WORDS = 6  # a link's or an emphasis's words on a line of their own


def rejoin_inline_breaks(text: str) -> list[Edit]:
    """A sentence some HTML-to-text converters break at every link or emphasis in it ('… told' /
    'Reuters' / 'on Tuesday that …'): lines that go on with the line above (in lower case, with a
    figure and a lower-case word, with a comma), with a short capitalised line between two such,
    are joined when the sentence they make ends, so menus and labels, which never end a sentence,
    stay lines. Runs before any step that judges lines by their length; a block of lines wrapped
    at one width is left to the re-flow."""
    if "\n" not in text:
        return []
    return [edit for block in _blocks(text) if not _wrapped_at_width(block) for edit in _inline_breaks(text, block)]


def _inline_breaks(text: str, block: list[Line]) -> list[Edit]:
    edits = []
    index = 0
    while index < len(block):
        chain = _broken_sentence(text, block, index)
        if chain is None:
            index += 1
            continue
        for upper, lower in zip(chain, chain[1:]):
            joiner = "" if lower.stripped.startswith(_CLOSING_START) or upper.stripped.endswith(("(", "[", "“", "«", "„")) else " "
            upper_end = upper.start + len(upper.text.rstrip())
            lower_start = lower.start + len(lower.text) - len(lower.text.lstrip())
            edits.append(Edit(upper_end, lower_start, "reflow", "inline_break", joiner))
        index += len(chain)
    return edits


def _goes_on(line: str, above: str) -> bool:
    if line[0].islower() or line.startswith(_CLOSING_START):
        return True
    # After a word in lower case only: a name over a date ('Anna Weiss' / '14 May 2025, 18:20') is a byline.
    figure = line[0].isdigit() and above[-1:].islower() and _FIGURE_THEN_WORD.match(line)
    return bool(figure and figure.group(1).islower())


# Words a sentence goes on after, before a figure ('rose by' / '0.25 points'); a heading ends on none.
_BEFORE_FIGURE = frozenset("by to of at in on than about nearly almost some just only over under around and or the a an with from per".split())


def _heading_over_figure(upper: str, line: str) -> bool:
    """A short capitalised line over a whole sentence that opens with a figure: a subheading over
    its paragraph ('The numbers' / '27 schools will get new roofs …'), unless the line ends on a
    word that needs the figure ('Prices rose by' / '3 percent …')."""
    return (
        upper[0].isupper() and at_most_words(upper, _FRAGMENT_WORDS) and not at_most_words(line, _FRAGMENT_WORDS)
        and _CLOSES_SENTENCE.search(line) is not None and upper.rpartition(" ")[2].casefold() not in _BEFORE_FIGURE
    )


_RUNNING_HEADER_CHARS = 20


def _broken_sentence(text: str, block: list[Line], first: int) -> list[Line] | None:
    chain = [block[first]]
    if chain[0].stripped.endswith((*_TERMINAL, "-")) or len(chain[0].stripped) == 1:
        return None  # a capital alone is a drop cap, which the re-flow joins without a space
    went_on = False
    position = first + 1
    while position < len(block) and not chain[-1].stripped.endswith(_TERMINAL):
        line = block[position].stripped
        if _goes_on(line, chain[-1].stripped):
            if len(chain) == 1 and line[0].isdigit() and _heading_over_figure(chain[0].stripped, line):
                return None
            went_on = True
        elif len(line) == 1 or not (at_most_words(line, _FRAGMENT_WORDS) and position + 1 < len(block) and _goes_on(block[position + 1].stripped, line)):
            return None  # not a fragment, or a drop cap
        chain.append(block[position])
        position += 1
    if not went_on or len(chain) < 2 or not _CLOSES_SENTENCE.search(chain[-1].stripped):
        return None
    # A page's running header, printed on every page ('06/02/2025, 10:14 Title | Site'), goes on
    # no sentence: the page break cut the one it stands in.
    if any(len(line.stripped) >= _RUNNING_HEADER_CHARS and text.count(line.stripped) > 1 for line in chain[:-1]):
        return None
    return chain


def _wrapped_at_width(block: list[Line]) -> bool:
    """The re-flow's test: lines but the last of about one width, between 40 and 160 columns."""
    lengths = [len(line.text) for line in block]
    width = max(lengths)
    return len(block) >= 3 and median(lengths[:-1]) >= 0.8 * width and _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH


def rejoin_cut_paragraphs(text: str) -> list[Edit]:
    """A paragraph that stops mid-sentence and one that starts in lower case are one paragraph
    that something (a URL block, a promo) was cut out of."""
    return [
        Edit(match.start(), match.end(), "reflow", "cut_paragraph_rejoin", " ")
        for match in _BREAK_AFTER_UNFINISHED.finditer(text)
        if text[match.end() : match.end() + 1].islower()
    ]


def normalize_blank_lines(text: str) -> list[Edit]:
    return [Edit(m.start(), m.end(), "whitespace", "blank_line_run", "\n\n") for m in _BLANK_RUN.finditer(text)]


def trim_text_edges(text: str) -> list[Edit]:
    stripped = text.strip()
    if not stripped:
        return [Edit(0, len(text), "whitespace", "text_edge_space")] if text else []
    start = text.find(stripped[0])
    end = start + len(stripped)
    edits = [Edit(0, start, "whitespace", "text_edge_space")] if start else []
    return edits + ([Edit(end, len(text), "whitespace", "text_edge_space")] if end < len(text) else [])


_SHORT_LINE_WORDS = 12
_TABLE_CELL_SEPARATOR = " | "


def find_short_line_runs(text: str) -> list[Edit]:
    """Two or more paragraphs in a row that are short and end without punctuation are a list of
    links or labels (most-read lists, menus, tag clouds), not prose. Runs after re-flow, so a
    hard-wrapped paragraph has already become one long line. Rows of a table (cells with
    figures) are content: rows with ' | ' cells end a run, rows with cells set apart by spaces stay in it."""
    lines = [line for line in split_lines(text) if line.text]  # an empty line separates paragraphs without ending a run
    # '|' alone is found with memchr, the separator by a slower scan: most texts have no '|'.
    table = _table_rows(lines) if "|" in text and _TABLE_CELL_SEPARATOR in text else [False] * len(lines)
    facts = _fact_rows(text, lines)
    edits: list[Edit] = []
    run: list[Line] = []
    before_run: Line | None = None  # the line above the run
    previous: Line | None = None
    for line, row in zip(lines, table):
        if line.stripped and not row and not line.stripped.endswith(_TERMINAL) and at_most_words(line.stripped, _SHORT_LINE_WORDS):
            before_run = before_run if run else previous
            run.append(line)
        elif run:
            edits += _short_line_run(run, before_run, facts)
            run = []
        previous = line
    return edits + _short_line_run(run, before_run, facts)


def _short_line_run(run: list[Line], before: Line | None, facts: set[int]) -> list[Edit]:
    if len(run) < 2 or _introduced_list(run, before):
        return []
    rows = _figures_table(run, facts)
    return [Edit(line.start, line.end, "navigation", "short_line_run") for line, row in zip(run, rows) if not row]


def _fact_rows(text: str, lines: list[Line]) -> set[int]:
    """Where a fact box's rows start: two or more bulleted 'label: value' rows among bulleted
    paragraphs in a row (the box's other rows may end like sentences)."""
    # A bullet alone is found with memchr: most texts have no list.
    if ": " not in text or not any(bullet in text for bullet in _LIST_BULLETS[:5]):
        return set()
    rows: set[int] = set()
    streak: list[Line] = []
    for line in [*lines, None]:
        if line is not None and line.stripped.startswith(_LIST_BULLETS):
            streak.append(line)
            continue
        labelled = [item.start for item in streak if _is_fact_row(item.stripped)]
        rows.update(labelled if len(labelled) >= _MIN_FACT_ROWS else ())
        streak = []
    return rows


_MIN_FACT_ROWS = 2
_LIST_BULLETS = tuple("•●▪◦‣–-*")
_FACT_LABEL_WORDS = 4


def _is_fact_row(stripped: str) -> bool:
    """'• Price band: ₹312-328 per share': a fact box's bulleted row, a label and its value. A
    menu's or a teaser list's items carry no labels."""
    label, colon, value = stripped[1:].partition(": ")
    return stripped.startswith(_LIST_BULLETS) and bool(colon and value and label.strip()) and at_most_words(label.strip(), _FACT_LABEL_WORDS)


_INTRODUCING_WORDS = 6


def _introduced_list(run: list[Line], before: Line | None) -> bool:
    """A list the article itself introduces ('The trust's figures show the scale of it:') whose
    items are labelled ('Coverham works: 1,214 spill hours'): content. Menus and tag clouds are
    not announced by a sentence, and their items carry no labels."""
    if before is None or not before.stripped.endswith(":") or at_most_words(before.stripped, _INTRODUCING_WORDS - 1):
        return False
    return 2 * sum(": " in line.stripped for line in run) > len(run)


_MIN_FIGURE_ROWS = 3
_FIGURE = re.compile(r"\d[\d,.%]*")


def _figure_rows(run: list[Line]) -> list[bool]:
    """Three or more lines in a row of a short-line run, each with two figures or more making up a
    third of its words at least: a table's rows whose cells were set apart by spaces ('Donetsk
    148,300 61,200 Food')."""
    rows = [False] * len(run)
    streak: list[int] = []
    for index, line in enumerate([*run, None]):
        if line is not None and _is_figure_row(line.stripped):
            streak.append(index)
            continue
        if len(streak) >= _MIN_FIGURE_ROWS:
            for row in streak:
                rows[row] = True
        streak = []
    return rows


def _is_figure_row(stripped: str) -> bool:
    """'Donetsk 148,300 61,200 Food', or a label with its amount."""
    if _is_labelled_amount(stripped):
        return True
    words = stripped.split()
    figures = sum(1 for word in words if word[:1].isdigit() and _FIGURE.fullmatch(word))
    return figures >= 2 and 3 * figures >= len(words)


def _is_labelled_amount(stripped: str) -> bool:
    """'Rent and business rates: £47,000', 'Jane Doe (Green): 14,388': a list's row of figures (a
    menu's labels carry no amounts), not a bare number with words after it ('Ukraine: 2025 update')."""
    label, colon, value = stripped.partition(": ")
    amount, _, words_after = value.partition(" ")
    return bool(colon and label and _FIGURE.fullmatch(amount.lstrip(_CURRENCIES))) and (
        amount[:1] in _CURRENCIES or not words_after or any(c in amount for c in ",.%")
    )


_CURRENCIES = "£$€¥₴₽"


def _table_rows(lines: list[Line]) -> list[bool]:
    """Lines in a row of two or more with the same number of ' | ' cells (three at least) and a
    figure in each: a table's rows. A menu's separators have no figures."""
    cells = [
        line.stripped.count(_TABLE_CELL_SEPARATOR) + 1
        if _TABLE_CELL_SEPARATOR in line.stripped and any(c.isdigit() for c in line.stripped) else 0
        for line in lines
    ]
    rows = [False] * len(lines)
    for index in range(len(lines) - 1):
        if cells[index] >= 3 and cells[index] == cells[index + 1]:
            rows[index] = rows[index + 1] = True
    return rows


_PROSE_WORDS = 12
# German and Polish quotes close with a low-high pair: '„…“'.
_SENTENCE_END = (*_TERMINAL, "“", *QUOTED_SENTENCE_ENDS)


def _ends_sentence(stripped: str) -> bool:
    """Ends like a sentence, a footnote's number after its stop included ('… in 2019.¹'), or a
    Japanese reporter's name after it ('…としている。（山中美咲）')."""
    return stripped.endswith(_SENTENCE_END) or _ends_in_footnote_mark(stripped) or (stripped.endswith("）") and _SIGNED_AFTER_SENTENCE.search(stripped) is not None)


_SIGNED_AFTER_SENTENCE = re.compile(r"[。！？」]（[^（）]{2,12}）$")


def _ends_in_footnote_mark(stripped: str) -> bool:
    return stripped[-1:] in FOOTNOTE_MARK_ENDINGS and without_footnote_mark(stripped).endswith(_SENTENCE_END)


def _is_prose(stripped: str) -> bool:
    return _ends_sentence(stripped) and not at_most_words(stripped, _PROSE_WORDS - 1)


_HEADER_SENTENCE_WORDS = 5


def _is_page_header(stripped: str) -> bool:
    """Above the article: a line that stops without a sentence's end, or a statement too short to
    open an article ('Updated 3 hours ago.', 'Reading time 4 min.'). A short lede of six words or
    more stays (wire copy opens with them), and so does a short question (an interview's first)."""
    if not _ends_sentence(stripped):
        return True
    return stripped.endswith(".") and at_most_words(stripped, _HEADER_SENTENCE_WORDS)


_NUMBERED_HEADING = re.compile(r"\d+(?:\.\d+)*\.?\s")


_NUMBERED_QUESTION = re.compile(r"\d{1,2}[.)]\s")
_NUMBERED_QUESTION_WORDS = 12


def _is_subheading(stripped: str) -> bool:
    """A few words without a sentence's end between two paragraphs: a crosshead. A numbered
    section heading of a report is part of its text, and so is the last row of a list of
    amounts ('Staff: £71,000'); a numbered question is an explainer's crosshead ('2. Who pays?'),
    where an interview's questions have no numbers. A fact box's row ('• Listing: BSE and NSE')
    is no crosshead either."""
    if stripped.endswith("?"):
        return _NUMBERED_QUESTION.match(stripped) is not None and at_most_words(stripped, _NUMBERED_QUESTION_WORDS)
    return (
        not _ends_sentence(stripped)
        and at_most_words(stripped, _SHORT_LINE_WORDS) and not _NUMBERED_HEADING.match(stripped)
        and not _is_labelled_amount(stripped) and not _is_fact_row(stripped)
    )


def find_lines_around_article(text: str) -> list[Edit]:
    """The article is where prose starts: the first two full-sentence paragraphs in a row. Above
    them, a line that stops without a sentence's end, or a sentence of a few words, is page header
    (headline, standfirst, section, date and author lines, a caption without a credit); below the last two,
    a line that stops without one is page footer (teaser headlines, list headers, menus). Short
    sentences stay at the end: an article may close on one. Runs after re-flow, so a wrapped
    paragraph is one line."""
    lines = [line for line in split_lines(text) if line.stripped]
    prose = [_is_prose(line.stripped) for line in lines]
    pairs = [i for i in range(len(lines) - 1) if prose[i] and prose[i + 1]]
    if not pairs:
        return []
    first, last = pairs[0], pairs[-1] + 1
    edits = [
        Edit(line.start, line.end, "navigation", "header_line_before_article")
        for line in lines[:first]
        if _is_page_header(line.stripped)
    ]
    edits += [
        Edit(line.start, line.end, "section_tag", "subheading")
        for index, line in enumerate(lines[first + 1 : last], first + 1)
        if prose[index + 1] and _is_subheading(line.stripped)
    ]
    table = _figures_table(lines[last + 1 :], _fact_rows(text, lines))
    edits += [
        Edit(line.start, line.end, "navigation", "unfinished_line_after_article")
        for index, line in enumerate(lines[last + 1 :], last + 1)
        if not _ends_sentence(line.stripped) and not table[index - last - 1]
        and not (index == last + 1 == len(lines) - 1 and _is_cut_paragraph(line.stripped))
        and not (_is_labelled_amount(line.stripped) and any(prose[index + 1 :]))  # a list of amounts the article goes on after
    ]
    return edits


_CUT_PARAGRAPH_WORDS = 25


def _figures_table(lines: list[Line], facts: set[int]) -> list[bool]:
    """A table's lines ('Pos Team P W D L Pts' / '1 Calder Town 30 20 6 4 66' …): three or more rows
    of figures, and the row of column names over them; or a fact box's rows and its heading."""
    rows = [row or line.start in facts for row, line in zip(_figure_rows(lines), lines)]
    for index in range(len(lines) - 1):
        if rows[index + 1] and not rows[index] and (index == 0 or not rows[index - 1]) and at_most_words(lines[index].stripped, _SHORT_LINE_WORDS):
            rows[index] = True
    return rows


def _is_cut_paragraph(stripped: str) -> bool:
    """Right under the article and last in the text, a long paragraph of several sentences that
    stops in mid-sentence ('…, adding that the'): the article's last paragraph, cut off where a
    paywall's offers (gone already) began; not a teaser (a headline is one clause, its summary
    ends like a sentence)."""
    return (
        stripped[-1:].islower()
        and not at_most_words(stripped, _CUT_PARAGRAPH_WORDS - 1)
        and SENTENCE_INSIDE.search(stripped) is not None
    )
