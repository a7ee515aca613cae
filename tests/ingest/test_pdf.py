"""PDF files: the text layer goes to the clean stage with its wraps and page breaks, which re-flow
joins; a PDF without a text layer is quarantined with that reason."""

import io

from pypdf import PdfReader, PdfWriter

from newscurate.clean import clean_text
from newscurate.ingest import Quarantined, RawDocument, read_inputs

from tests.ingest.files import pdf_file, pdf_without_text

FIRST_PAGE = (
    "Negotiations over a ceasefire stalled again on Tuesday, delegates said, after a third day of talks in "
    "Brussels ended without agreement on the sequence of withdrawals and on who would monitor"
)
SECOND_PAGE = "the line of contact once the guns fall silent. Observers said the gap had narrowed."


def test_pages_wraps_and_a_cut_sentence_come_out_as_one_paragraph(tmp_path):
    (tmp_path / "report.pdf").write_bytes(pdf_file([FIRST_PAGE, SECOND_PAGE]))
    [document] = read_inputs(tmp_path / "report.pdf", tmp_path)
    assert isinstance(document, RawDocument)
    assert (document.format, document.encoding) == ("pdf", "pdf")
    assert "\n\n" in document.text  # the page break, handed on
    assert clean_text(document.text).text == f"{FIRST_PAGE} {SECOND_PAGE}"


def test_a_pdf_without_a_text_layer_is_quarantined(tmp_path):
    (tmp_path / "scan.pdf").write_bytes(pdf_without_text())
    [result] = read_inputs(tmp_path / "scan.pdf", tmp_path)
    assert isinstance(result, Quarantined)
    assert (result.reason, result.stage) == ("no_text_layer", "ingest")
    assert "2 page(s)" in result.detail


def test_a_broken_pdf_is_quarantined_as_unreadable(tmp_path, caplog):
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog")
    [result] = read_inputs(tmp_path / "broken.pdf", tmp_path)
    assert isinstance(result, Quarantined) and result.reason == "unreadable"
    # The quarantine line says it once; pypdf's own 'EOF marker not found' would say it again.
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]


def test_a_password_protected_pdf_is_quarantined_as_encrypted(tmp_path):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_file([FIRST_PAGE]))))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    (tmp_path / "locked.pdf").write_bytes(out.getvalue())
    [result] = read_inputs(tmp_path / "locked.pdf", tmp_path)
    assert isinstance(result, Quarantined) and result.reason == "encrypted"
