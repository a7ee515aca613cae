"""`newscurate bench`: generate writes a corpus; run refuses a folder that holds none."""

from typer.testing import CliRunner

from newscurate.bench.cli import bench_app

runner = CliRunner()


def test_generate_writes_raw_files_truth_and_manifest(tmp_path):
    result = runner.invoke(bench_app, ["generate", "--docs", "5", "--seed", "2", "--out", str(tmp_path / "c")])
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "c" / "raw").rglob("*.*"))) == 5
    assert (tmp_path / "c" / "truth.jsonl").is_file() and (tmp_path / "c" / "manifest.json").is_file()


def test_generate_leaves_a_foreign_folder_alone(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    result = runner.invoke(bench_app, ["generate", "--docs", "5", "--out", str(tmp_path)])
    assert result.exit_code == 2 and "refusing" in result.output


def test_run_without_a_corpus_says_how_to_make_one(tmp_path):
    result = runner.invoke(bench_app, ["run", "--input", str(tmp_path), "--work", str(tmp_path / "w")])
    assert result.exit_code == 2 and "bench generate" in result.output and "Traceback" not in result.output


def test_a_corpus_or_work_folder_that_is_a_file_is_a_message_not_a_traceback(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("mine")
    generated = runner.invoke(bench_app, ["generate", "--docs", "2", "--out", str(blocker)])
    assert generated.exit_code == 2 and "cannot write" in generated.output and isinstance(generated.exception, SystemExit)
    assert blocker.read_text() == "mine"
    corpus = tmp_path / "c"
    assert runner.invoke(bench_app, ["generate", "--docs", "2", "--out", str(corpus)]).exit_code == 0
    ran = runner.invoke(bench_app, ["run", "--input", str(corpus), "--work", str(blocker)])
    assert ran.exit_code == 2 and "cannot write" in ran.output and isinstance(ran.exception, SystemExit)


def test_a_measured_run_counts_the_cpu_of_its_whole_process_tree(tmp_path):
    """The benchmark's CPU time is what tells runs apart on a shared machine: a grandchild's counts."""
    import sys

    from newscurate.bench.measure import quiet_env, run_measured

    burn = "import time\nend = time.process_time() + 0.4\nwhile time.process_time() < end: pass\n"
    spawn = f"import subprocess, sys\nsubprocess.run([sys.executable, '-c', {burn!r}], check=True)\n{burn}"
    run = run_measured([sys.executable, "-c", spawn], quiet_env(tmp_path / "prefect"), tmp_path / "logs")
    assert run.returncode == 0
    assert run.cpu_seconds >= 0.8
    assert run.cpu_seconds < run.wall_seconds * 2 + 1
