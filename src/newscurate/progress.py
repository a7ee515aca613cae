"""Progress of a run, for whoever shows it: the CLI draws a rich progress bar; flows only report.
And how long each stage took, for logs and the benchmark (`StageClock`).

A flow calls `start(total)` and `advance(files)`; nothing happens unless a listener is installed
(`newscurate run` installs one when its output is a terminal).
"""

from __future__ import annotations

import resource
import time
from collections import Counter
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


class StageClock:
    """Wall time accumulated per stage name, and the process's peak memory when each stage ended."""

    def __init__(self) -> None:
        self.seconds: Counter = Counter()
        self.peak_mb: dict[str, int] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - started
            self.peak_mb[name] = peak_rss_mb()

    def __str__(self) -> str:
        return ", ".join(f"{name} {seconds:.1f} s (peak {self.peak_mb[name]} MB)" for name, seconds in self.seconds.items())


def peak_rss_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # Linux reports KiB
