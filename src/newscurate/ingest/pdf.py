"""PDF files: the text layer, page by page (pypdf).

Pages are joined by a blank line and lines are kept as the PDF wrapped them: the clean stage's
re-flow joins hard wraps and re-joins a paragraph a page break cut, with every join in the audit
trail. A PDF without a text layer (a scan) is quarantined: it needs OCR, which ingest does not do.
The document-info title and author are not read: mostly they are the authoring tool's ('Microsoft
Word - draft3.docx'); a sidecar gives PDFs their metadata.
"""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

from newscurate.ingest.records import NO_METADATA, Metadata, Quarantined, RawDocument
from newscurate.ingest.text import text_document

# pypdf logs what it repairs or cannot read ('EOF marker not found') as warnings of its own, beside
# the quarantine line that already says the file is unreadable, and why.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(source_path: str, data: bytes, content_sha256: str, metadata: Metadata = NO_METADATA) -> RawDocument | Quarantined:
    def quarantined(reason: str, detail: str) -> Quarantined:
        return Quarantined(source_path, content_sha256, "ingest", reason, detail)

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return quarantined("encrypted", "the PDF needs a password")
        pages = [page.extract_text() or "" for page in reader.pages]
    except FileNotDecryptedError:
        return quarantined("encrypted", "the PDF needs a password")
    except Exception as error:  # noqa: BLE001 - a malformed PDF surfaces as whatever pypdf's parser hit first
        return quarantined("unreadable", f"not a readable PDF: {type(error).__name__}: {error}")
    if not any(page.strip() for page in pages):
        return quarantined("no_text_layer", f"{len(pages)} page(s) without extractable text (a scan needs OCR)")
    text = "\n\n".join(page.strip("\n") for page in pages if page.strip())
    return text_document(source_path, content_sha256, text, "pdf", 1.0, len(data), "pdf", metadata)
