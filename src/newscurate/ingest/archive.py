"""Archives: .zip, .tar and compressed tars (.tar.gz, .tgz), read member by member as streams,
never unpacked to disk.

Limits keep a hostile or broken archive from exhausting the machine: a member count, a total
uncompressed size and a compression ratio, checked on the sizes the archive declares and again
on the bytes actually read. A member whose path is absolute or climbs out with '..' is
quarantined, as are links and encrypted members. Archives inside archives are not opened
(the member reader quarantines them). Hidden members (a path part starting with '.', and
macOS's __MACOSX folder) are passed over, as `discover` passes over hidden files.
"""

from __future__ import annotations

import io
import re
import stat
import tarfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from newscurate.ingest.options import IngestOptions
from newscurate.ingest.records import Quarantined, RawDocument, printable_name

_RATIO_FLOOR = 1 << 20  # text compresses 3-10x; below a megabyte a high ratio is no threat
_DRIVE = re.compile(r"^[A-Za-z]:")

# (member source_path, member name, member stream) -> the member's records
ReadMember = Callable[[str, str, BinaryIO], Iterator[RawDocument | Quarantined]]


class ArchiveLimitExceeded(Exception):
    """The archive expands past a limit; reading stops."""


@dataclass(frozen=True)
class _Member:
    name: str
    kind: str  # file | dir | link | encrypted
    size: int  # uncompressed, as declared
    compressed_size: int | None  # zip only: tar.gz compresses the whole stream, not members
    open: Callable[[], BinaryIO]


def read_archive(
    path: Path, kind: str, source_path: str, content_sha256: str, options: IngestOptions, read_member: ReadMember
) -> Iterator[RawDocument | Quarantined]:
    """kind: zip or tar (any compression tarfile reads)."""

    def quarantined(where: str, reason: str, detail: str) -> Quarantined:
        return Quarantined(where, content_sha256, "ingest", reason, detail)

    budget = _Budget(options)
    members = _zip_members(path, budget) if kind == "zip" else _tar_members(path, budget)
    for count, member in enumerate(members, 1):
        member_path = f"{source_path}!{printable_name(member.name.removeprefix('./'))}"
        if count > options.max_archive_members:
            yield quarantined(source_path, "archive_limit", f"more than {options.max_archive_members} members; the rest were not read")
            return
        if member.kind == "dir" or _hidden(member.name):
            continue
        if problem := _unsafe_path(member.name):
            yield quarantined(member_path, "unsafe_path", problem)
            continue
        if member.kind == "link":
            yield quarantined(member_path, "not_a_file", "a link or device entry, not a file")
            continue
        if member.kind == "encrypted":
            yield quarantined(member_path, "encrypted", "the member needs a password")
            continue
        if member.compressed_size is not None and (ratio := member.size / max(member.compressed_size, 1)) > options.max_compression_ratio and member.size > _RATIO_FLOOR:
            yield quarantined(member_path, "archive_bomb", f"{member.size} bytes from {member.compressed_size}: {ratio:.0f}x > {options.max_compression_ratio:.0f}x")
            continue
        try:
            budget.declare(member)
            yield from read_member(member_path, member.name, budget.counted(member.open()))
        except ArchiveLimitExceeded as error:
            yield quarantined(source_path, "archive_limit", f"{error}; stopped at member {count} ({member.name}), the rest were not read")
            return


class _Budget:
    """Bytes an archive has expanded to so far, against the limits."""

    def __init__(self, options: IngestOptions) -> None:
        self.options = options
        self.declared = 0
        self.read = 0
        self.compressed: Callable[[], int] = lambda: 0

    def declare(self, member: _Member) -> None:
        self.declared += member.size
        if self.declared > self.options.max_archive_bytes:
            raise ArchiveLimitExceeded(f"members declare more than {self.options.max_archive_bytes} bytes in all")

    def spend(self, n: int) -> None:
        self.read += n
        if self.read > self.options.max_archive_bytes:
            raise ArchiveLimitExceeded(f"expands past {self.options.max_archive_bytes} bytes")
        ratio = self.read / max(self.compressed(), 1)
        if self.read > _RATIO_FLOOR and ratio > self.options.max_compression_ratio:
            raise ArchiveLimitExceeded(f"expands {ratio:.0f}x, more than {self.options.max_compression_ratio:.0f}x: an archive bomb?")

    def counted(self, stream: BinaryIO) -> io.BufferedReader:
        return io.BufferedReader(_CountingReader(stream, self), buffer_size=1 << 16)


class _CountingReader(io.RawIOBase):
    def __init__(self, stream: BinaryIO, budget: _Budget) -> None:
        self._stream = stream
        self._budget = budget

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        self._budget.spend(len(data))
        return len(data)


def _zip_members(path: Path, budget: _Budget) -> Iterator[_Member]:
    compressed_opened = 0
    budget.compressed = lambda: compressed_opened
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            kind = (
                "dir" if info.is_dir()
                else "link" if stat.S_ISLNK(info.external_attr >> 16)
                else "encrypted" if info.flag_bits & 0x1
                else "file"
            )
            compressed_opened += info.compress_size
            yield _Member(info.filename, kind, info.file_size, info.compress_size, lambda info=info: archive.open(info))


def _tar_members(path: Path, budget: _Budget) -> Iterator[_Member]:
    with open(path, "rb") as raw, tarfile.open(fileobj=raw, mode="r|*") as archive:
        budget.compressed = raw.tell
        for info in archive:
            kind = "dir" if info.isdir() else "file" if info.isfile() else "link"
            yield _Member(info.name, kind, info.size, None, lambda info=info: archive.extractfile(info))


def _unsafe_path(name: str) -> str | None:
    posix = name.replace("\\", "/")
    if posix.startswith("/") or _DRIVE.match(posix):
        return f"absolute path {name!r}"
    if ".." in posix.split("/"):
        return f"path {name!r} climbs out of the archive with '..'"
    if "\x00" in name:
        return "NUL character in the path"
    return None


def _hidden(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return any(part.startswith(".") and part not in (".", "..") or part == "__MACOSX" for part in parts)
