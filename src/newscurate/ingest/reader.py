"""Find input files and turn each into a decoded raw text, or a quarantine record.

Every file found has exactly one outcome. The decoded raw text is the file's characters after
decoding and Unicode NFC; every offset the later stages record points into it.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

MAX_BYTES = 20_000_000
_BINARY_MAGIC = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive or office document",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable",
}
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


@dataclass(frozen=True)
class RawDocument:
    source_path: str  # relative to the input root, '/'-separated
    content_sha256: str
    text: str
    encoding: str
    encoding_confidence: float
    n_bytes: int


@dataclass(frozen=True)
class Quarantined:
    source_path: str
    content_sha256: str | None
    stage: str
    reason: str
    detail: str


def discover(root: Path) -> tuple[list[Path], list[Quarantined]]:
    """Every regular file under root, sorted; links are followed once, loops reported."""
    files: list[Path] = []
    problems: list[Quarantined] = []
    seen_dirs: set[tuple[int, int]] = set()
    for directory, subdirs, names in os.walk(root, followlinks=True):
        stat = os.stat(directory)
        if (stat.st_dev, stat.st_ino) in seen_dirs:
            subdirs.clear()
            problems.append(
                Quarantined(_relative(Path(directory), root), None, "ingest", "symlink_loop", "folder already visited through a link")
            )
            continue
        seen_dirs.add((stat.st_dev, stat.st_ino))
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            path = Path(directory) / name
            if path.is_file():
                files.append(path)
            else:
                problems.append(Quarantined(_relative(path, root), None, "ingest", "not_a_file", "broken link or special file"))
    return files, problems


def read_document(path: Path, root: Path, max_bytes: int = MAX_BYTES) -> RawDocument | Quarantined:
    source_path = _relative(path, root)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Quarantined(source_path, None, "ingest", "too_large", f"{size} bytes > limit {max_bytes}")
        data = path.read_bytes()
    except OSError as error:
        return Quarantined(source_path, None, "ingest", "unreadable", f"{type(error).__name__}: {error.strerror or error}")
    return decode_document(source_path, data)


def decode_document(source_path: str, data: bytes) -> RawDocument | Quarantined:
    sha = hashlib.sha256(data).hexdigest()
    if not data.strip():
        return Quarantined(source_path, sha, "ingest", "empty", "no text in file")
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            return Quarantined(source_path, sha, "ingest", "binary", f"looks like a {kind}, not text")
    decoded = _decode(data)
    if decoded is None:
        return Quarantined(source_path, sha, "ingest", "binary", "no text encoding fits the bytes")
    text, encoding, confidence = decoded
    text = unicodedata.normalize("NFC", text)
    if _control_share(text) > 0.05:
        return Quarantined(source_path, sha, "ingest", "binary", "too many control characters for text")
    if not text.strip():
        return Quarantined(source_path, sha, "ingest", "empty", "only whitespace after decoding")
    return RawDocument(source_path, sha, text, encoding, confidence, len(data))


def _decode(data: bytes) -> tuple[str, str, float] | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding, 1.0
    if b"\x00" not in data:
        try:
            return data.decode("utf-8"), "utf-8", 1.0
        except UnicodeDecodeError:
            pass
    best = from_bytes(data).best()
    if best is None:
        return None
    return str(best), best.encoding, round(1.0 - best.chaos, 3)


def _control_share(text: str) -> float:
    sample = text[:20_000]
    controls = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f\v")
    return controls / max(len(sample), 1)


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
