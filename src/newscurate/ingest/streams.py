"""Byte streams the format readers share: a look at a stream's first bytes that does not consume
them, and a line reader that never holds more than a limit in memory."""

from __future__ import annotations

import io
from typing import BinaryIO


class _Replay(io.RawIOBase):
    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def with_head(stream: BinaryIO, size: int) -> tuple[bytes, io.BufferedReader]:
    """The first `size` bytes, and a stream that still starts at the beginning."""
    head = stream.read(size)
    return head, io.BufferedReader(_Replay(head, stream), buffer_size=1 << 16)


def bounded_lines(stream: BinaryIO, limit: int):
    """(line, too_long) for each line; a line longer than limit is read past, not kept."""
    while line := stream.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield b"", True
        else:
            yield line, False
