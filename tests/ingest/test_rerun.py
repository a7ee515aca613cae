"""A multi-record file in the real flow: its rows commit once, and a second run over the same
files adds nothing, because every record carries its file's hash."""

import json

import pytest

from flows.curate import curate
from newscurate.config import RunConfig
from newscurate.store.warehouse import Warehouse

from tests.ingest.files import ARTICLE, PARAGRAPHS, html_page, pdf_file, zip_file

pytestmark = pytest.mark.slow


def test_a_second_run_over_the_same_jsonl_html_and_zip_adds_no_rows(tmp_path):
    root = tmp_path / "input"
    root.mkdir()
    rows = [{"text": ARTICLE, "outlet": "Meduza"}, {"text": "   "}, {"text": PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[2]}]
    (root / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (root / "page.html").write_bytes(html_page())
    (root / "pages.zip").write_bytes(zip_file({"a.html": html_page(site_name="CGTN"), "../evil.txt": b"x", "b.pdf": pdf_file([ARTICLE])}))
    warehouse = Warehouse(tmp_path / "warehouse")

    first = curate(config=RunConfig(input_dir=str(root), warehouse=warehouse.root))
    assert first.status == "committed" and first.documents == 5
    counts = {table: warehouse.read(table).height for table in ("documents", "quarantine", "quotes", "links")}
    assert counts["quarantine"] == 2

    second = curate(config=RunConfig(input_dir=str(root), warehouse=warehouse.root))
    assert second.status == "nothing_new" and second.files_skipped == 3
    assert {table: warehouse.read(table).height for table in counts} == counts

    rows.append({"text": PARAGRAPHS[1] + " The talks resume next week, officials said."})
    (root / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    third = curate(config=RunConfig(input_dir=str(root), warehouse=warehouse.root))
    assert third.files_skipped == 2 and warehouse.read("documents").height == counts["documents"] + 1


def _unreadable(monkeypatch, name):
    """`name` cannot be opened, as a chmod 000 file for anyone but root."""
    import builtins

    real_open = builtins.open

    def denied(file, *args, **kwargs):
        if str(file).endswith(name):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", denied)


def test_an_unreadable_file_is_quarantined_not_a_crash(tmp_path, monkeypatch):
    root = tmp_path / "input"
    root.mkdir()
    (root / "page.html").write_bytes(html_page())
    (root / "secret.txt").write_text(ARTICLE, encoding="utf-8")
    _unreadable(monkeypatch, "secret.txt")
    warehouse = Warehouse(tmp_path / "warehouse")
    first = curate(config=RunConfig(input_dir=str(root), warehouse=warehouse.root))
    assert first.status == "committed" and first.documents == 1
    assert warehouse.read("quarantine").select("source_path", "reason").rows() == [("secret.txt", "unreadable")]


def test_a_second_run_does_not_quarantine_again_what_it_cannot_read_or_hash(tmp_path, monkeypatch):
    """Inputs quarantined without a hash of their own (a broken link, a link loop, an unreadable
    file) and a file too large to read are recorded once: a re-run over them adds nothing."""
    import os

    root = tmp_path / "input"
    (root / "sub").mkdir(parents=True)
    (root / "page.html").write_bytes(html_page())
    (root / "big.txt").write_text(ARTICLE * 40, encoding="utf-8")
    (root / "secret.txt").write_text(ARTICLE, encoding="utf-8")
    os.symlink(root / "nowhere.txt", root / "broken.txt")
    os.symlink(root, root / "sub" / "loop")
    _unreadable(monkeypatch, "secret.txt")
    warehouse = Warehouse(tmp_path / "warehouse")
    config = RunConfig(input_dir=str(root), warehouse=warehouse.root, max_file_bytes=len(ARTICLE.encode()) * 20)

    first = curate(config=config)
    assert first.status == "committed" and first.documents == 1
    reasons = sorted(warehouse.read("quarantine")["reason"].to_list())
    assert reasons == ["not_a_file", "symlink_loop", "too_large", "unreadable"]

    second = curate(config=config)
    assert second.status == "nothing_new" and second.quarantined == 0
    assert sorted(warehouse.read("quarantine")["reason"].to_list()) == reasons
