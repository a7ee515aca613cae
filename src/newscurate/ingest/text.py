"""Plain text: bytes in any common encoding to a decoded raw text (NFC), or a quarantine record.

The encoding is a BOM's, else UTF-8 when the bytes are valid UTF-8, else charset-normalizer's
best guess, whose coherence is kept as the confidence.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from charset_normalizer import from_bytes

from newscurate.ingest.records import NO_METADATA, Metadata, Quarantined, RawDocument

_BINARY_MAGIC = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive or office document",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable",
}
# Browsers read these labels as windows-1252, and so do pages that declare them.
_WHATWG_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}
# Unicode category Cc less the layout controls (\t \n \v \f \r): what binary data decodes to.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# A JSON string may escape half of a UTF-16 pair ("\\ud83d" of a cut emoji): no Unicode character,
# and nothing UTF-8 (Arrow, Parquet, the output) can hold.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode_document(
    source_path: str, data: bytes, content_sha256: str | None = None, metadata: Metadata = NO_METADATA
) -> RawDocument | Quarantined:
    """A text file's bytes as a document. content_sha256 is the input file's when the bytes are
    one part of it (an archive member); by default the bytes' own."""
    sha = content_sha256 or hashlib.sha256(data).hexdigest()
    if not data.strip():
        return Quarantined(source_path, sha, "ingest", "empty", "no text in file")
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            return Quarantined(source_path, sha, "ingest", "binary", f"looks like a {kind}, not text")
    decoded = decode_bytes(data)
    if decoded is None:
        return Quarantined(source_path, sha, "ingest", "binary", "no text encoding fits the bytes")
    text, encoding, confidence = decoded
    return text_document(source_path, sha, text, encoding, confidence, len(data), "text", metadata)


def text_document(
    source_path: str,
    content_sha256: str,
    text: str,
    encoding: str,
    confidence: float,
    n_bytes: int,
    format: str,
    metadata: Metadata = NO_METADATA,
    visible_text: str | None = None,
) -> RawDocument | Quarantined:
    """Every reader's last step: NFC, lone surrogates as U+FFFD (one character for one, so no offset
    moves), and the checks that tell a text from binary or nothing."""
    text = unicodedata.normalize("NFC", without_surrogates(text))
    if _control_share(text) > 0.05:
        return Quarantined(source_path, content_sha256, "ingest", "binary", "too many control characters for text")
    if not text.strip():
        return Quarantined(source_path, content_sha256, "ingest", "empty", "only whitespace after decoding")
    return RawDocument(source_path, content_sha256, text, encoding, confidence, n_bytes, format, metadata, visible_text)


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str, float] | None:
    """(text, encoding, confidence). A declared charset (HTTP header, <meta>) is trusted after a
    BOM and valid UTF-8, and only when the bytes decode with it."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, 1.0
            except UnicodeDecodeError:  # a BOM over bytes of another encoding, or a cut file: the rest is detected
                data = data[len(bom) :]
                break
    if b"\x00" not in data:
        try:
            return data.decode("utf-8"), "utf-8", 1.0
        except UnicodeDecodeError:
            pass
    if declared:
        declared = _WHATWG_ALIASES.get(declared.lower(), declared.lower())
        try:
            return data.decode(declared), declared, 1.0
        except (UnicodeDecodeError, LookupError):
            pass
    best = from_bytes(data).best()
    if best is None:
        return None
    return str(best), best.encoding, round(1.0 - best.chaos, 3)


def without_surrogates(text: str) -> str:
    """The text with each lone UTF-16 surrogate (only a JSON escape makes one) replaced by U+FFFD."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def _control_share(text: str) -> float:
    sample = text[:20_000]
    return len(_CONTROL.findall(sample)) / max(len(sample), 1)
