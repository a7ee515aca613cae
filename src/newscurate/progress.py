"""Progress of a run, for whoever shows it: the CLI draws a rich progress bar; flows only report.

A flow calls `start(total)` and `advance(files)`; nothing happens unless a listener is installed
(`newscurate run` installs one when its output is a terminal).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

Listener = Callable[[str, int], None]  # ("start", total files) or ("advance", files done)
_listener: Listener | None = None


def start(total: int) -> None:
    if _listener:
        _listener("start", total)


def advance(files: int) -> None:
    if _listener:
        _listener("advance", files)


@contextmanager
def listening(listener: Listener) -> Iterator[None]:
    global _listener
    previous, _listener = _listener, listener
    try:
        yield
    finally:
        _listener = previous
