"""Small real input files of every format, written by the libraries that write them in the wild."""

from __future__ import annotations

import io
import tarfile
import zipfile
from html import escape

from fpdf import FPDF
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PARAGRAPHS = [
    "Negotiations over a ceasefire stalled again on Tuesday, delegates said, after a third day of talks in Brussels ended "
    "without agreement on the sequence of withdrawals.",
    "\u201cWe are ready to continue,\u201d the foreign minister told reporters outside the venue, adding that the next round "
    "could begin as early as next week if both sides agree.",
    "Observers said the gap between the two positions had narrowed but that key questions about monitoring and guarantees "
    "remain open, with no date set for a final round.",
]
ARTICLE = "\n\n".join(PARAGRAPHS)


def html_page(
    title: str = "Ceasefire talks stall again",
    site_name: str = "Example Times",
    author: str = "Jane Doe",
    published: str = "2024-03-05T10:00:00Z",
    canonical: str = "https://www.example-times.com/world/ceasefire-talks",
    paragraphs: list[str] = PARAGRAPHS,
    charset: str = "utf-8",
) -> bytes:
    body = "".join(f"<p>{escape(p)}</p>\n" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="{charset}">
<title>{escape(title)} | {escape(site_name)}</title>
<meta property="og:site_name" content="{escape(site_name)}">
<meta property="og:title" content="{escape(title)}">
<meta name="author" content="{escape(author)}">
<meta property="article:published_time" content="{published}">
<link rel="canonical" href="{canonical}">
<script>var tracking = "script text is never visible";</script>
<style>.nav {{ color: red }}</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>{escape(title)}</h1>
{body}</article>
<footer><p>Copyright 2024 {escape(site_name)}. All rights reserved.</p></footer>
</body></html>""".encode(charset)


def pdf_file(pages: list[str]) -> bytes:
    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"  # curly quotes; the core fonts have no other Unicode
    pdf.set_font("helvetica", size=11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 5, text)
    return bytes(pdf.output())


def pdf_without_text() -> bytes:
    """What a scanner makes, as far as text goes: pages with drawings and no text layer."""
    pdf = FPDF()
    for _ in range(2):
        pdf.add_page()
        pdf.rect(20, 20, 120, 160, style="F")
    return bytes(pdf.output())


def warc_file(records: list[tuple[str, str, str, bytes]], gzip: bool = True) -> bytes:
    """records: (WARC type, target URI, 'status content-type' or content-type, payload)."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc.gz", {"software": "newscurate tests"}))
    for record_type, uri, headers, payload in records:
        if record_type == "response":
            status, _, content_type = headers.partition(" ")
            http = StatusAndHeaders(f"{status} X", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=http)
        elif record_type == "request":
            http = StatusAndHeaders(f"GET {uri} HTTP/1.1", [("Host", "example-times.com")], is_http_request=True)
            record = writer.create_warc_record(uri, "request", payload=io.BytesIO(b""), http_headers=http)
        else:
            record = writer.create_warc_record(uri, record_type, payload=io.BytesIO(payload), warc_content_type=headers)
        writer.write_record(record)
    return out.getvalue()


def zip_file(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def tar_gz_file(members: dict[str, bytes], links: dict[str, str] | None = None) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
        for name, target in (links or {}).items():
            info = tarfile.TarInfo(name)
            info.type = tarfile.SYMTYPE
            info.linkname = target
            archive.addfile(info)
    return out.getvalue()
