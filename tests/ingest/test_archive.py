"""Archives: members read as streams, each with one outcome; bombs, path traversal, links and
nested archives quarantined with the reason."""

import io
import json

import pyarrow as pa
import pyarrow.parquet as pq

from newscurate.ingest import IngestOptions, Quarantined, RawDocument, read_inputs

from tests.ingest.files import ARTICLE, PARAGRAPHS, html_page, pdf_file, tar_gz_file, zip_file


def outcomes(records):
    return [(r.source_path, r.reason if isinstance(r, Quarantined) else r.format) for r in records]


def test_zip_members_of_every_format_are_read_and_the_dangerous_ones_quarantined(tmp_path):
    members = {
        "site/page.html": html_page(),
        "notes/a.txt": ARTICLE.encode(),
        "report.pdf": pdf_file([ARTICLE]),
        "feed.jsonl": (json.dumps({"text": PARAGRAPHS[0]}) + "\n" + json.dumps({"text": PARAGRAPHS[1]}) + "\n").encode(),
        "../evil.txt": ARTICLE.encode(),
        "/etc/passwd": b"root:x:0:0",
        "zeros.txt": b"\0" * 3_000_000,
        "inner.zip": zip_file({"x.txt": ARTICLE.encode()}),
        "__MACOSX/._page.html": b"\x00\x05\x16\x07",
    }
    (tmp_path / "collection.zip").write_bytes(zip_file(members))
    records = list(read_inputs(tmp_path / "collection.zip", tmp_path))
    assert outcomes(records) == [
        ("collection.zip!site/page.html", "html"),
        ("collection.zip!notes/a.txt", "text"),
        ("collection.zip!report.pdf", "pdf"),
        ("collection.zip!feed.jsonl#row=1", "jsonl"),
        ("collection.zip!feed.jsonl#row=2", "jsonl"),
        ("collection.zip!../evil.txt", "unsafe_path"),
        ("collection.zip!/etc/passwd", "unsafe_path"),
        ("collection.zip!zeros.txt", "archive_bomb"),
        ("collection.zip!inner.zip", "nested_archive"),
    ]
    assert records[1].text == ARTICLE
    assert len({r.content_sha256 for r in records}) == 1  # the archive's own hash, on every record


def test_tar_gz_is_streamed_with_its_dot_slash_prefix_dropped_and_links_refused(tmp_path):
    data = tar_gz_file({"./docs/a.txt": ARTICLE.encode(), "./docs/b.html": html_page()}, links={"./docs/c.txt": "/etc/passwd"})
    (tmp_path / "collection.tar.gz").write_bytes(data)
    records = list(read_inputs(tmp_path / "collection.tar.gz", tmp_path))
    assert outcomes(records) == [
        ("collection.tar.gz!docs/a.txt", "text"),
        ("collection.tar.gz!docs/b.html", "html"),
        ("collection.tar.gz!docs/c.txt", "not_a_file"),
    ]


def test_a_tar_gz_that_expands_past_the_ratio_is_stopped_while_reading(tmp_path):
    (tmp_path / "bomb.tgz").write_bytes(tar_gz_file({"a.txt": ARTICLE.encode(), "zeros.jsonl": b"\n" * 50_000_000}))
    records = list(read_inputs(tmp_path / "bomb.tgz", tmp_path))
    assert outcomes(records) == [("bomb.tgz!a.txt", "text"), ("bomb.tgz", "archive_limit")]
    assert "archive bomb" in records[-1].detail and "zeros.jsonl" in records[-1].detail


def test_limits_on_members_and_total_size_stop_the_archive_and_say_so(tmp_path):
    (tmp_path / "many.zip").write_bytes(zip_file({f"{i}.txt": f"Story {i}. {ARTICLE}".encode() for i in range(5)}))
    records = list(read_inputs(tmp_path / "many.zip", tmp_path, IngestOptions(max_archive_members=3)))
    assert outcomes(records)[-2:] == [("many.zip!2.txt", "text"), ("many.zip", "archive_limit")]
    records = list(read_inputs(tmp_path / "many.zip", tmp_path, IngestOptions(max_archive_bytes=1200)))
    assert outcomes(records) == [("many.zip!0.txt", "text"), ("many.zip!1.txt", "text"), ("many.zip", "archive_limit")]


def test_a_zip_with_nothing_readable_is_itself_quarantined(tmp_path):
    (tmp_path / "empty.zip").write_bytes(zip_file({"__MACOSX/._x": b"junk", ".hidden.txt": b"x"}))
    assert outcomes(read_inputs(tmp_path / "empty.zip", tmp_path)) == [("empty.zip", "empty")]


def test_a_corrupt_zip_is_quarantined_as_unreadable(tmp_path):
    (tmp_path / "broken.zip").write_bytes(zip_file({"a.txt": ARTICLE.encode()})[:60])
    [result] = read_inputs(tmp_path / "broken.zip", tmp_path)
    assert isinstance(result, Quarantined) and (result.source_path, result.reason) == ("broken.zip", "unreadable")


def test_a_parquet_member_is_read_by_row_groups(tmp_path):
    buffer = io.BytesIO()
    pq.write_table(pa.table({"text": [ARTICLE, PARAGRAPHS[0]]}), buffer)
    (tmp_path / "dump.zip").write_bytes(zip_file({"part-0.parquet": buffer.getvalue()}))
    records = list(read_inputs(tmp_path / "dump.zip", tmp_path))
    assert all(isinstance(r, RawDocument) for r in records)
    assert [r.source_path for r in records] == ["dump.zip!part-0.parquet#row=1", "dump.zip!part-0.parquet#row=2"]
