"""Every file gets one defined outcome: a decoded raw text or a quarantine record with a reason."""

import codecs
import os

import pytest

from newscurate.ingest import Quarantined, RawDocument, discover, read_document

ARTICLE_RU = "Переговоры снова зашли в тупик, сообщили источники в делегациях. «Мы готовы», — сказал министр.\n"
ARTICLE_DE = "Die Verhandlungen über einen Waffenstillstand sind erneut gescheitert, hieß es aus Brüssel.\n"


def read(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return read_document(path, tmp_path)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary"),
        (bytes(range(0, 32)) * 50, "binary"),
    ],
)
def test_files_that_are_not_text_are_quarantined_with_the_reason(tmp_path, data, reason):
    result = read(tmp_path, "input.txt", data)
    assert isinstance(result, Quarantined) and result.reason == reason and result.stage == "ingest"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(ARTICLE_RU * 5, "cp1251"), (ARTICLE_DE * 5, "latin-1"), (ARTICLE_DE * 5, "utf-16")],
)
def test_other_encodings_are_detected_and_decoded(tmp_path, text, encoding):
    data = text.encode(encoding)
    result = read(tmp_path, "a.txt", data)
    assert isinstance(result, RawDocument)
    assert result.text == text
    assert result.encoding_confidence > 0


def test_utf8_bom_and_nfc(tmp_path):
    result = read(tmp_path, "a.txt", codecs.BOM_UTF8 + "Cafe\u0301 talks.".encode())
    assert result.text == "Café talks." and result.encoding == "utf-8-sig"


def test_too_large_file_is_quarantined_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(60_000_000)
    result = read_document(path, tmp_path, max_bytes=50_000_000)
    assert isinstance(result, Quarantined) and result.reason == "too_large"


def test_names_with_spaces_and_non_ascii_keep_their_relative_path(tmp_path):
    folder = tmp_path / "Київ news"
    folder.mkdir()
    (folder / "статья 1.txt").write_text(ARTICLE_RU, encoding="utf-8")
    files, problems = discover(tmp_path)
    assert not problems
    assert read_document(files[0], tmp_path).source_path == "Київ news/статья 1.txt"


def test_symlink_loop_is_reported_once_and_does_not_hang(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(ARTICLE_DE)
    os.symlink(tmp_path, tmp_path / "a" / "loop")
    files, problems = discover(tmp_path)
    assert [f.name for f in files] == ["x.txt"]
    assert [p.reason for p in problems] == ["symlink_loop"]


def test_folder_that_cannot_be_listed_is_reported_not_passed_over(tmp_path, monkeypatch):
    (tmp_path / "ok.txt").write_text(ARTICLE_DE)
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.txt").write_text(ARTICLE_DE)
    scandir = os.scandir

    def denied(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", denied)  # as chmod 000 does for anyone but root
    files, problems = discover(tmp_path)
    assert [f.name for f in files] == ["ok.txt"]
    assert [(p.source_path, p.reason) for p in problems] == [("locked", "unreadable")]


def test_a_bom_over_bytes_it_does_not_fit_is_detected_not_a_crash(tmp_path):
    text = ARTICLE_DE * 5
    result = read(tmp_path, "a.txt", codecs.BOM_UTF8 + text.encode("latin-1"))
    assert isinstance(result, RawDocument) and result.text == text
    cut = read(tmp_path, "b.txt", codecs.BOM_UTF16_LE + text.encode("utf-16-le") + b"x")
    assert isinstance(cut, (RawDocument, Quarantined))


def test_a_file_name_that_is_not_utf8_is_read_under_a_name_every_table_can_hold(tmp_path):
    # Linux names are bytes: a name from a Windows share or an old Latin-1 disk has bytes that are
    # no UTF-8, which Python hands over as lone surrogates that neither Parquet nor a hash key encodes.
    import io
    import tarfile

    from newscurate.curate import curate_batch
    from newscurate.ingest import source_path_of
    from newscurate.runs import staged_tables
    from newscurate.store.staging import batch_key

    body = "The council approved the new budget on Monday after a long debate in the town hall.\n".encode()
    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"), "wb") as handle:
        handle.write(body)
    member = tarfile.TarInfo(os.fsdecode(b"r\xe9sum\xe9.txt"))
    member.size = len(body)
    with tarfile.open(tmp_path / "pages.tar", "w", format=tarfile.GNU_FORMAT) as archive:
        archive.addfile(member, io.BytesIO(body))

    files, problems = discover(tmp_path)
    assert not problems
    rows = curate_batch(files, tmp_path, "run-1")
    assert sorted(d["source_path"] for d in rows.documents) == ["caf\\xe9.txt", "pages.tar!r\\xe9sum\\xe9.txt"]
    assert staged_tables(rows)["documents"].num_rows == 2
    names = sorted(source_path_of(path, tmp_path) for path in files)
    assert names == ["caf\\xe9.txt", "pages.tar"]
    assert batch_key([(name, "sha") for name in names])
