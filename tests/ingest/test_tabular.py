"""JSONL, CSV and Parquet: one document per row, the row number in source_path, the metadata
columns (under the names the user configures) marked as coming from the input."""

import gzip
import hashlib
import json
import tracemalloc
from datetime import date

import pyarrow as pa
import pyarrow.parquet as pq

from newscurate.ingest import INPUT, Columns, IngestOptions, Metadata, Quarantined, RawDocument, Sourced, read_inputs

from tests.ingest.files import ARTICLE, PARAGRAPHS

FEED_COLUMNS = IngestOptions(
    columns=Columns(text="body", url="link", title="headline", outlet="source", date="published", author="byline")
)


def outcomes(records):
    return [(r.source_path, r.reason if isinstance(r, Quarantined) else "document") for r in records]


def test_jsonl_rows_become_documents_with_their_metadata_from_custom_columns(tmp_path):
    rows = [
        {"body": ARTICLE, "link": "https://www.reuters.com/world/a", "headline": "Talks stall", "source": "Reuters",
         "published": "2024-03-05", "byline": ["Jane Doe", "John Roe"]},
        {"body": PARAGRAPHS[0], "byline": "Ann Lee; Bo Chen"},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    first, second = read_inputs(path, tmp_path, FEED_COLUMNS)
    assert (first.source_path, second.source_path) == ("feed.jsonl#row=1", "feed.jsonl#row=2")
    assert first.format == "jsonl" and first.text == ARTICLE
    assert first.metadata == Metadata(
        url=Sourced("https://www.reuters.com/world/a", INPUT),
        title=Sourced("Talks stall", INPUT),
        outlet=Sourced("Reuters", INPUT),
        published_date=Sourced("2024-03-05", INPUT),
        authors=Sourced(("Jane Doe", "John Roe"), INPUT),
    )
    assert second.metadata == Metadata(authors=Sourced(("Ann Lee", "Bo Chen"), INPUT))
    assert first.content_sha256 == second.content_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_bad_jsonl_row_is_quarantined_with_its_reason_and_the_rest_still_read(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": ARTICLE}),
        "",  # blank lines are no rows, but keep the numbering of the lines after them
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"body": "wrong column"}),
        json.dumps({"text": "   "}),
        json.dumps({"text": 42}),
        json.dumps({"text": "x" * 5000}),
        json.dumps({"text": PARAGRAPHS[1]}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = list(read_inputs(path, tmp_path, IngestOptions(max_document_bytes=4000)))
    assert outcomes(records) == [
        ("feed.jsonl#row=1", "document"),
        ("feed.jsonl#row=3", "bad_row"),
        ("feed.jsonl#row=4", "bad_row"),
        ("feed.jsonl#row=5", "no_text_column"),
        ("feed.jsonl#row=6", "empty"),
        ("feed.jsonl#row=7", "bad_row"),
        ("feed.jsonl#row=8", "too_large"),
        ("feed.jsonl#row=9", "document"),
    ]


def test_a_gzipped_jsonl_is_read_the_same(tmp_path):
    (tmp_path / "feed.jsonl.gz").write_bytes(gzip.compress((json.dumps({"text": ARTICLE}) + "\n").encode()))
    [document] = read_inputs(tmp_path / "feed.jsonl.gz", tmp_path)
    assert document.source_path == "feed.jsonl.gz#row=1" and document.text == ARTICLE


def test_jsonl_is_streamed_in_memory_far_below_the_file_size(tmp_path):
    path = tmp_path / "big.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(4000):
            handle.write(json.dumps({"text": f"Story {i}. " + ARTICLE * 8, "url": f"https://example.org/{i}"}) + "\n")
    size = path.stat().st_size
    tracemalloc.start()
    count = sum(1 for _ in read_inputs(path, tmp_path))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 4000 and size > 16_000_000
    assert peak < size / 5


def test_csv_in_a_legacy_encoding_with_semicolons_and_a_multiline_field(tmp_path):
    body = "Переговоры о прекращении огня снова зашли в тупик во вторник, сообщили делегаты.\n\n«Мы готовы», — сказал министр."
    text = f'headline;body;published;byline\nПереговоры в тупике;"{body}";05.03.2024;Иван Петров\n'
    (tmp_path / "export.csv").write_bytes(text.encode("cp1251"))
    [document] = read_inputs(tmp_path / "export.csv", tmp_path, FEED_COLUMNS)
    assert document.source_path == "export.csv#row=1" and document.format == "csv"
    assert document.text == body and document.encoding == "cp1251"
    assert document.metadata.title == Sourced("Переговоры в тупике", INPUT)
    assert document.metadata.authors == Sourced(("Иван Петров",), INPUT)


def test_csv_without_the_text_column_is_quarantined_once_naming_its_columns(tmp_path):
    (tmp_path / "export.csv").write_text("title,content\nA,b\nC,d\n", encoding="utf-8")
    [result] = read_inputs(tmp_path / "export.csv", tmp_path)
    assert isinstance(result, Quarantined) and result.reason == "no_text_column"
    assert result.source_path == "export.csv" and "title, content" in result.detail


def test_csv_whose_header_repeats_a_column_is_quarantined_naming_it(tmp_path):
    (tmp_path / "export.csv").write_text(f'text,text,url\n"{ARTICLE}",,https://a.org/1\n', encoding="utf-8")
    [result] = read_inputs(tmp_path / "export.csv", tmp_path)
    assert isinstance(result, Quarantined) and (result.reason, result.detail) == ("bad_header", "the header repeats text")


def test_csv_repeating_a_column_it_does_not_read_is_read(tmp_path):
    # A spreadsheet's blank trailing cells, or two 'notes' columns: nothing the reader uses is ambiguous.
    (tmp_path / "export.csv").write_text(f'text,url,notes,notes,,\n"{ARTICLE}",https://a.org/1,a,b,,\n', encoding="utf-8")
    assert outcomes(read_inputs(tmp_path / "export.csv", tmp_path)) == [("export.csv#row=1", "document")]


def test_csv_row_with_the_wrong_number_of_fields_is_quarantined(tmp_path):
    (tmp_path / "export.csv").write_text(f'text,url\n"{ARTICLE}",https://a.org/1\nonly one field\n', encoding="utf-8")
    assert outcomes(read_inputs(tmp_path / "export.csv", tmp_path)) == [("export.csv#row=1", "document"), ("export.csv#row=2", "bad_row")]


def test_parquet_is_read_batch_by_batch_with_typed_dates_and_author_lists(tmp_path):
    n = 700
    table = pa.table(
        {
            "body": [f"Story {i}. {ARTICLE}" if i != 5 else None for i in range(n)],
            "published": pa.array([date(2024, 3, 5)] * n, pa.date32()),
            "byline": [["Jane Doe", "John Roe"]] * n,
            "unused": list(range(n)),
        }
    )
    pq.write_table(table, tmp_path / "corpus.parquet", row_group_size=100)
    records = list(read_inputs(tmp_path / "corpus.parquet", tmp_path, FEED_COLUMNS))
    assert len(records) == n
    assert isinstance(records[5], Quarantined) and records[5].source_path == "corpus.parquet#row=6"
    last = records[-1]
    assert isinstance(last, RawDocument) and last.source_path == f"corpus.parquet#row={n}" and last.text.startswith(f"Story {n - 1}.")
    assert last.format == "parquet"
    assert last.metadata.published_date == Sourced("2024-03-05", INPUT)
    assert last.metadata.authors == Sourced(("Jane Doe", "John Roe"), INPUT)


def test_an_empty_jsonl_is_quarantined_not_skipped(tmp_path):
    (tmp_path / "feed.jsonl").write_text("\n\n", encoding="utf-8")
    [result] = read_inputs(tmp_path / "feed.jsonl", tmp_path)
    assert isinstance(result, Quarantined) and (result.source_path, result.reason) == ("feed.jsonl", "empty")


def test_a_lone_surrogate_escaped_in_json_becomes_a_replacement_character_not_a_crash(tmp_path):
    """'\\ud83d' is half of an emoji's UTF-16 pair, cut: valid JSON, but no character UTF-8 can hold."""
    path = tmp_path / "feed.jsonl"
    text = json.dumps(ARTICLE)[1:-1]
    path.write_text('{"text": "' + text + ' \\ud83d!", "title": "Talks \\udc00stall"}\n', encoding="utf-8")
    [record] = read_inputs(path, tmp_path)
    assert isinstance(record, RawDocument)
    assert record.text == ARTICLE + " \ufffd!" and record.metadata.title == Sourced("Talks \ufffdstall", INPUT)
    record.text.encode("utf-8")


def test_metadata_fields_of_the_wrong_type_are_ignored_with_a_warning_not_turned_into_text(tmp_path, caplog):
    import logging

    row = {"body": ARTICLE, "headline": ["Talks", "stall"], "link": "https://example.org/a", "published": {"year": 2024}, "byline": 5, "source": True}
    (tmp_path / "feed.jsonl").write_text(json.dumps(row) + "\n")
    with caplog.at_level(logging.WARNING, logger="newscurate"):
        [document] = read_inputs(tmp_path / "feed.jsonl", tmp_path, FEED_COLUMNS)
    metadata = document.metadata
    assert metadata.title is None and metadata.published_date is None and metadata.authors is None and metadata.outlet is None
    assert metadata.url == Sourced("https://example.org/a", INPUT)
    warned = caplog.text
    assert all(f"metadata field '{name}' is a" in warned for name in ("headline", "published", "byline", "source"))
