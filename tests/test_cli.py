"""Every CLI command answers --help, the README documents every command, and errors are messages."""

import json
import re
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from newscurate.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def command_paths(command=None, prefix=()):
    command = command or get_command(app)
    for name, sub in getattr(command, "commands", {}).items():
        yield (*prefix, name)
        yield from command_paths(sub, (*prefix, name))


COMMANDS = sorted(command_paths())


def test_there_are_commands():
    assert ("run",) in COMMANDS and ("release", "verify") in COMMANDS


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) for p in COMMANDS])
def test_every_command_has_help(path):
    result = runner.invoke(app, [*path, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) for p in COMMANDS])
def test_readme_documents_every_command(path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"newscurate {' '.join(path)}" in readme


def test_readme_quick_start_is_the_two_make_targets():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "make run" in readme and "make test" in readme
    assert re.search(r"^run: setup", makefile, re.M) and re.search(r"^test: setup", makefile, re.M)


def test_missing_input_folder_is_a_message_not_a_traceback(tmp_path):
    result = runner.invoke(app, ["run", "--input", str(tmp_path / "nope"), "--warehouse", str(tmp_path / "w")])
    assert result.exit_code == 2 and "does not exist" in result.output and "Traceback" not in result.output


def test_empty_input_folder_is_a_message(tmp_path):
    result = runner.invoke(app, ["run", "--input", str(tmp_path), "--warehouse", str(tmp_path / "w")])
    assert result.exit_code == 2 and "has no files" in result.output


def test_release_of_an_empty_warehouse_says_why(tmp_path):
    result = runner.invoke(app, ["release", "--warehouse", str(tmp_path), "--version", "1.0.0", "--out", str(tmp_path / "r")])
    assert result.exit_code == 1 and "no committed run" in result.output


def test_clean_command_round_trips_jsonl(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "raw": "Headline here\n\nBody text.\nhttps://x.org/y\n\nShare"}) + "\n")
    result = runner.invoke(app, ["clean", "--jsonl", str(source), "--out", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert record["text"] == "Body text." and record["title"] == "Headline here" and record["links"] == ["https://x.org/y"]
    assert {r["reason"] for r in record["removals"]} >= {"title", "url", "navigation"}


def test_eval_cleaning_prints_scores():
    result = runner.invoke(app, ["eval", "cleaning", str(ROOT / "tests" / "gold" / "cleaning_dev.jsonl")])
    assert result.exit_code == 0, result.output
    assert "F1" in result.output


def test_unreachable_prefect_server_is_a_quick_clear_error(tmp_path, monkeypatch):
    import socket
    import time

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("PREFECT_API_URL", f"http://127.0.0.1:{port}/api")
    (tmp_path / "a.txt").write_text("Some article text.")
    started = time.monotonic()
    result = runner.invoke(app, ["run", "--input", str(tmp_path), "--warehouse", str(tmp_path / "w")])
    assert result.exit_code == 5 and "unreachable" in result.output
    assert time.monotonic() - started < 10


def test_library_logs_counts_at_info_and_each_quarantined_file_at_warning(tmp_path, caplog):
    import logging

    from newscurate.curate import curate_batch

    (tmp_path / "good.txt").write_text("Headline here\n\n" + "The council approved the plan on Monday. " * 10)
    (tmp_path / "empty.txt").write_text("")
    with caplog.at_level(logging.INFO, logger="newscurate"):
        curate_batch(sorted(tmp_path.iterdir()), tmp_path, "run")
    messages = [(r.levelname, r.getMessage()) for r in caplog.records]
    assert ("WARNING", "quarantined empty.txt at ingest: empty (no text in file)") in messages
    assert any(level == "INFO" and "curated 2 files: 1 documents, 1 quarantined" in text for level, text in messages)


def test_a_reason_repeated_over_many_records_is_named_a_few_times_then_counted(tmp_path, caplog):
    import logging

    from newscurate.curate import QUARANTINE_WARNINGS_PER_REASON, curate_batch

    # A JSONL file whose text is under another field name: every row is quarantined for one reason.
    (tmp_path / "rows.jsonl").write_text("".join(json.dumps({"id": i, "body": "Text."}) + "\n" for i in range(40)))
    (tmp_path / "empty.txt").write_text("")
    with caplog.at_level(logging.WARNING, logger="newscurate"):
        rows = curate_batch(sorted(tmp_path.iterdir()), tmp_path, "run")
    warnings = [r.getMessage() for r in caplog.records]
    assert len(rows.quarantine) == 41  # every record is kept; only the console is spared
    assert len([w for w in warnings if w.startswith("quarantined rows.jsonl#row=")]) == QUARANTINE_WARNINGS_PER_REASON
    assert f"quarantined {40 - QUARANTINE_WARNINGS_PER_REASON} more records of this batch at ingest: no_text_column (the quarantine table lists every one)" in warnings
    assert "quarantined empty.txt at ingest: empty (no text in file)" in warnings
    assert len(warnings) == QUARANTINE_WARNINGS_PER_REASON + 2


def test_documents_failing_validation_are_named_a_few_times_then_counted(caplog):
    import logging

    from newscurate.curate import QUARANTINE_WARNINGS_PER_REASON, BatchRows
    from newscurate.runs import quarantine_failed_documents

    documents = [{"doc_id": f"d{i}", "source_path": f"f{i}.txt", "content_sha256": "0" * 64} for i in range(12)]
    rows = BatchRows(documents=documents, quotes=[{"doc_id": "d0"}, {"doc_id": "d11"}])
    with caplog.at_level(logging.WARNING, logger="newscurate"):
        quarantine_failed_documents(rows, {f"d{i}": ["quotes_in_text"] for i in range(1, 12)}, "run")
    warnings = [r.getMessage() for r in caplog.records]
    assert [d["doc_id"] for d in rows.documents] == ["d0"] and rows.quotes == [{"doc_id": "d0"}]
    assert len(rows.quarantine) == 11
    assert warnings[0] == "quarantined f1.txt at validate: failed_expectation (quotes_in_text)"
    assert warnings[-1] == f"quarantined {11 - QUARANTINE_WARNINGS_PER_REASON} more records of this batch at validate: failed_expectation (the quarantine table lists every one)"
    assert len(warnings) == QUARANTINE_WARNINGS_PER_REASON + 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"id": "a", "raw": "Body text."}\n{broken\n', "in.jsonl:2: not a {'id', 'raw'} JSON line"),
        (b'{"id": "a", "raw": null}\n', "in.jsonl:1: not a {'id', 'raw'} JSON object with a string raw"),
        (b'["a"]\n', "in.jsonl:1: not a {'id', 'raw'} JSON object"),
        (b'{"raw": "Body text."}\n', "in.jsonl:1: no id (a string or a number)"),
        (b'{"id": null, "raw": "Body text."}\n', "in.jsonl:1: no id (a string or a number)"),
        ('{"id": "a", "raw": "café"}\n'.encode("latin-1"), "is not UTF-8 text"),
    ],
)
def test_clean_command_on_bad_input_is_one_message_and_leaves_no_half_written_output(tmp_path, content, message):
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_bytes(content)
    result = runner.invoke(app, ["clean", "--jsonl", str(source), "--out", str(out)])
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == ["in.jsonl"]


def test_stage_commands_on_missing_or_unwritable_files_are_a_message(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "raw": "Body text.", "text": "Body text."}) + "\n")
    for command in ("clean", "annotate"):
        missing = runner.invoke(app, [command, "--jsonl", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "o.jsonl")])
        assert missing.exit_code == 2 and "cannot read" in missing.output
        unwritable = runner.invoke(app, [command, "--jsonl", str(source), "--out", str(tmp_path / "no" / "o.jsonl")])
        assert unwritable.exit_code == 2 and "cannot write" in unwritable.output


def test_a_stage_command_writes_through_a_link_instead_of_replacing_it(tmp_path):
    # '--out /dev/stdout' is a link: renaming a finished file over it would replace the link.
    source, target, link = tmp_path / "in.jsonl", tmp_path / "target.jsonl", tmp_path / "link.jsonl"
    source.write_text(json.dumps({"id": "a", "raw": "Body text of the article, long enough to stay."}) + "\n")
    link.symlink_to(target)
    result = runner.invoke(app, ["clean", "--jsonl", str(source), "--out", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and json.loads(target.read_text())["id"] == "a"


def test_stage_commands_take_a_bom_and_a_lone_surrogate_escape(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(b'\xef\xbb\xbf{"id": "a", "raw": "Body text \\ud83d.", "text": "\\u201cWe will win,\\u201d said Olena Marchuk \\ud83d."}\n')
    for command in ("clean", "annotate"):
        result = runner.invoke(app, [command, "--jsonl", str(source), "--out", str(tmp_path / f"{command}.jsonl")])
        assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "clean.jsonl").read_text())["text"] == "Body text \ufffd."
    assert json.loads((tmp_path / "annotate.jsonl").read_text())["quotes"][0]["text"] == "We will win,"


@pytest.mark.parametrize("registry", [None, "- name: X\n  domains: [\n", "just a string\n", "- name: X\n  aliases: Gazette\n"])
def test_an_outlets_file_that_is_missing_or_no_registry_is_a_message_before_the_run(tmp_path, registry):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Body text.")
    outlets = tmp_path / "outlets.yaml"
    if registry is not None:
        outlets.write_text(registry)
    result = runner.invoke(app, ["run", "--input", str(tmp_path / "in"), "--warehouse", str(tmp_path / "w"), "--outlets", str(outlets)])
    assert result.exit_code == 2 and "--outlets" in result.output and isinstance(result.exception, SystemExit)
    assert not (tmp_path / "w").exists()


@pytest.mark.parametrize("option", [["--batch-size", "0"], ["--workers", "0"], ["--batch-size", "-5"]])
def test_a_batch_size_or_worker_count_below_one_is_a_bad_argument(tmp_path, option):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Body text.")
    result = runner.invoke(app, ["run", "--input", str(tmp_path / "in"), "--warehouse", str(tmp_path / "w"), *option])
    assert result.exit_code == 2 and "Invalid value" in result.output


def test_an_input_folder_with_only_hidden_files_is_an_empty_folder(tmp_path):
    (tmp_path / "in" / ".git").mkdir(parents=True)
    (tmp_path / "in" / ".git" / "config").write_text("x")
    (tmp_path / "in" / ".notes.txt").write_text("Body text.")
    result = runner.invoke(app, ["run", "--input", str(tmp_path / "in"), "--warehouse", str(tmp_path / "w")])
    assert result.exit_code == 2 and "has no files" in result.output and not (tmp_path / "w").exists()


@pytest.mark.parametrize(
    ("command", "content"),
    [
        ("quotes", b"{broken\n"),
        ("quotes", b'{"id": "a", "text": "x", "quotes": [{"start": "a"}]}\n'),
        ("cleaning", b'{"id": "a", "raw": 5, "body": "x"}\n'),
        ("cleaning", '{"id": "a", "raw": "café", "body": "café"}\n'.encode("latin-1")),
        ("cleaning", b'["a"]\n'),
    ],
)
def test_eval_on_a_bad_gold_file_is_a_message_not_a_traceback(tmp_path, command, content):
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(content)
    result = runner.invoke(app, ["eval", command, str(gold)])
    assert result.exit_code == 2 and "is not a JSONL file" in result.output and isinstance(result.exception, SystemExit)


def test_a_run_whose_every_input_was_quarantined_says_so_and_where_to_look(capsys):
    from datetime import UTC, datetime

    from newscurate.cli import _print_summary
    from newscurate.runs import RunSummary

    summary = RunSummary("run-1", None, datetime.now(UTC), "/in", files_read=2, quarantined=2, status="committed")
    summary.quarantine_by_reason = {"empty": 1, "binary": 1}
    _print_summary(summary)
    printed = capsys.readouterr()
    assert "every new input was quarantined" in printed.err and "FROM quarantine" in printed.err


@pytest.mark.parametrize("command", ["quotes", "cleaning"])
def test_eval_of_a_folder_says_it_is_no_file_rather_than_that_it_does_not_exist(tmp_path, command):
    result = runner.invoke(app, ["eval", command, str(tmp_path)])
    assert result.exit_code == 2 and "is not a file" in result.output and "does not exist" not in result.output


@pytest.mark.parametrize(
    "command",
    [["history"], ["report"], ["sql", "SELECT count(*) FROM documents"], ["inspect", "0" * 16], ["release", "--version", "1.0.0", "--out", "REL"]],
    ids=lambda command: command[0],
)
def test_a_corrupt_table_log_is_a_message_naming_the_table_not_a_traceback(tmp_path, command):
    log = tmp_path / "w" / "runs" / "_delta_log"
    log.mkdir(parents=True)
    (log / "00000000000000000000.json").write_text("garbage{\n")
    args = [str(tmp_path / "rel") if arg == "REL" else arg for arg in command]
    result = runner.invoke(app, [*args, "--warehouse", str(tmp_path / "w")])
    assert result.exit_code == 4 and "cannot read table runs" in result.output and isinstance(result.exception, SystemExit)


@pytest.mark.parametrize(
    "command",
    [["sql", "SELECT count(*) FROM documents"], ["inspect", "0" * 16], ["release", "--version", "1.0.0", "--out", "REL"]],
    ids=lambda command: command[0],
)
def test_a_corrupt_document_table_is_a_message_naming_it(tmp_path, command):
    from datetime import UTC, datetime

    from newscurate.runs import RunSummary
    from newscurate.store.schemas import to_table
    from newscurate.store.warehouse import Warehouse

    summary = RunSummary("run-1", None, datetime.now(UTC), "/in", status="committed")
    summary.table_versions = {name: 0 for name in ("documents", "quotes", "removals", "links", "sources", "minhashes")}
    Warehouse(tmp_path / "w").append("runs", to_table("runs", [summary.runs_row()]))
    for name in summary.table_versions:
        (tmp_path / "w" / name / "_delta_log").mkdir(parents=True)
        (tmp_path / "w" / name / "_delta_log" / "00000000000000000000.json").write_text("garbage{\n")
    args = [str(tmp_path / "rel") if arg == "REL" else arg for arg in command]
    result = runner.invoke(app, [*args, "--warehouse", str(tmp_path / "w")])
    assert result.exit_code == 4 and "cannot read table" in result.output and isinstance(result.exception, SystemExit)


def test_a_stage_command_refuses_to_write_over_its_own_input(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "raw": "Body text.", "text": "Body text."}) + "\n")
    before = source.read_bytes()
    for command in ("clean", "annotate"):
        result = runner.invoke(app, [command, "--jsonl", str(source), "--out", str(tmp_path / "." / "in.jsonl")])
        assert result.exit_code == 2 and "is the input file" in result.output
    assert source.read_bytes() == before


@pytest.mark.parametrize("command", [["run", "--input", "examples/corpus"], ["sql", "SELECT 1"], ["history"], ["inspect", "abc"]])
def test_an_empty_warehouse_path_is_refused_not_the_filesystems_root(command):
    result = runner.invoke(app, [*command, "--warehouse", ""])
    assert result.exit_code == 2 and "Invalid value for '--warehouse'" in result.output


def test_serve_refuses_a_cron_that_is_none_in_one_line(tmp_path):
    result = runner.invoke(app, ["serve", "--inbox", str(tmp_path), "--cron", "banana"])
    assert result.exit_code == 2 and "is no cron expression" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("version", ["01.0.0", "1.0", "v1.0.0", "1.0.0-rc1"])
def test_a_release_version_that_is_no_plain_semantic_version_is_refused_before_any_work(tmp_path, version):
    result = runner.invoke(app, ["release", "--warehouse", str(tmp_path / "nowhere"), "--version", version, "--out", str(tmp_path / "r")])
    assert result.exit_code == 2 and "X.Y.Z" in result.output and not (tmp_path / "r").exists()


@pytest.mark.parametrize(
    ("kind", "content", "message"),
    [
        ("quotes", "", "it holds no documents"),
        ("cleaning", "", "it holds no documents"),
        ("quotes", '{"text": "abc", "quotes": []}\n{bad\n', "line 2: not JSON"),
        ("cleaning", '{"raw": "a", "body": "a"}\n{bad\n', "line 2: not JSON"),
        ("quotes", '{"text": "abc", "quotes": [{"start": 1, "end": 99, "kind": "direct", "speaker": null}]}\n', "spans inside its text"),
        ("quotes", '{"text": "abc", "quotes": [{"start": 0, "end": 2, "kind": "rumour", "speaker": null}]}\n', "a known kind"),
        ("quotes", '{"text": "abc", "quotes": [{"start": 0, "end": 2, "kind": "direct", "speaker": 5}]}\n', "a string or null"),
    ],
)
def test_eval_refuses_gold_files_it_cannot_score_honestly(tmp_path, kind, content, message):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(content)
    result = runner.invoke(app, ["eval", kind, str(gold)])
    assert result.exit_code == 2 and message in result.output.replace("\n", " ")


def test_a_damaged_data_file_is_a_message_naming_its_table_not_a_panic_traceback(tmp_path):
    from datetime import UTC, datetime

    from newscurate.runs import RunSummary
    from newscurate.store.schemas import to_table
    from newscurate.store.warehouse import Warehouse

    store = Warehouse(tmp_path / "w")
    row = {"doc_id": "0" * 16, "source_path": "a.txt", "raw_text": "Some raw text.", "run_id": "run-1"}
    store.append("sources", to_table("sources", [{**{f.name: None for f in to_table("sources", []).schema}, **row}]))
    summary = RunSummary("run-1", None, datetime.now(UTC), "/in", status="committed")
    summary.table_versions = {"sources": 0}
    store.append("runs", to_table("runs", [summary.runs_row()]))
    for data in (tmp_path / "w" / "sources").glob("*.parquet"):
        data.write_bytes(b"junk")
    result = runner.invoke(app, ["inspect", "0" * 16, "--warehouse", str(tmp_path / "w")])
    assert result.exit_code == 4 and "table sources" in result.output and "cannot be read" in result.output
