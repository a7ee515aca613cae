"""Block quotes the input marked up ([quote]…[/quote], <blockquote>…</blockquote>), as ranges of
the clean text.

The clean stage removes the markup (reason `markup`) and keeps the words, so the blocks are read
back from those removals: each opening tag pairs with the next closing one, and the raw range
between them is mapped to clean offsets through the buffer's offset map. The annotate stage types
a block without quote marks inside as a `block` quote.
"""

from __future__ import annotations

import re

from newscurate.clean.pipeline import CleanResult

_OPEN = re.compile(r"(?i)\[(?:quote|blockquote)(?:=[^\]]*)?\]|<blockquote(?:\s[^<>]*)?>")
_CLOSE = re.compile(r"(?i)\[/(?:quote|blockquote)\]|</blockquote>")


def quote_blocks(cleaned: CleanResult) -> list[tuple[int, int]]:
    """Clean-text (start, end) of each marked-up block quote, in text order."""
    tags = [r for r in cleaned.removals if r.reason == "markup" and ("quote" in r.text.lower())]
    if not tags:
        return []
    blocks, opened = [], None
    for tag in tags:
        if _OPEN.fullmatch(tag.text):
            opened = tag.end
        elif _CLOSE.fullmatch(tag.text) and opened is not None:
            blocks.append((opened, tag.start))
            opened = None
    ranges = []
    for raw_start, raw_end in blocks:
        start = cleaned.buffer.to_clean(raw_start)
        end = cleaned.buffer.to_clean(raw_end)
        while end > start and cleaned.text[end - 1].isspace():
            end -= 1
        while start < end and cleaned.text[start].isspace():
            start += 1
        if end > start:
            ranges.append((start, end))
    return ranges
