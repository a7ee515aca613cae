"""Show a document's raw text with every removal in place: in the terminal (rich) or as HTML.

Layout edits (whitespace, re-flow, invisible characters) are many and dull; they are shown only
when asked for, so the content decisions stand out.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

from rich.text import Text

from newscurate.clean.pipeline import LAYOUT_REASONS, REMOVAL_REASONS

_COLOURS = ("red", "magenta", "yellow", "cyan", "blue", "green", "bright_red", "bright_magenta", "bright_blue")


@dataclass(frozen=True)
class RemovedSpan:
    start: int
    end: int
    reason: str
    rule: str


def _spans(removals: Iterable[RemovedSpan], layout: bool) -> list[RemovedSpan]:
    return sorted((r for r in removals if layout or r.reason not in LAYOUT_REASONS), key=lambda r: r.start)


def _colour(reason: str) -> str:
    return _COLOURS[sorted(REMOVAL_REASONS).index(reason) % len(_COLOURS)] if reason in REMOVAL_REASONS else "white"


def render_terminal(raw: str, removals: Iterable[RemovedSpan], layout: bool = False) -> Text:
    text = Text()
    position = 0
    for span in _spans(removals, layout):
        text.append(raw[position : span.start])
        text.append(raw[span.start : span.end] or "∅", style=f"strike {_colour(span.reason)}")
        text.append(f"⟨{span.reason}⟩", style=f"bold {_colour(span.reason)}")
        position = span.end
    text.append(raw[position:])
    return text


def render_html(raw: str, removals: Iterable[RemovedSpan], title: str, layout: bool = False) -> str:
    parts = []
    position = 0
    for span in _spans(removals, layout):
        parts.append(html.escape(raw[position : span.start]))
        tip = html.escape(f"{span.reason} ({span.rule}): {REMOVAL_REASONS.get(span.reason, '')}; raw {span.start}-{span.end}")
        parts.append(f'<del class="{html.escape(span.reason)}" title="{tip}">{html.escape(raw[span.start:span.end])}</del>')
        position = span.end
    parts.append(html.escape(raw[position:]))
    legend = "".join(f'<li><del class="{r}">{r}</del>: {html.escape(d)}</li>' for r, d in REMOVAL_REASONS.items())
    return f"""<!doctype html>
<html><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; }}
pre {{ white-space: pre-wrap; line-height: 1.5; }}
del {{ background: #fde2e2; color: #8a1c1c; text-decoration: line-through; }}
del.whitespace, del.reflow, del.invisible_char {{ background: #eef; color: #66a; }}
del.title, del.byline, del.caption, del.dateline, del.editors_note {{ background: #fff3cd; color: #7a5b00; }}
</style></head><body>
<h1>{html.escape(title)}</h1>
<p>Struck-through text is in the raw text but not in the clean body; hover for the reason and rule.</p>
<pre>{''.join(parts)}</pre>
<h2>Reasons</h2><ul>{legend}</ul>
</body></html>
"""
