"""Ctrl-C in a terminal stops a run at once, with one message and no traceback from any of its
processes, and the next run completes from what the stopped one staged."""

import os
import signal
import subprocess
import sys
import time

import pytest

from newscurate.bench.corpus import write_corpus
from newscurate.store.warehouse import Warehouse

pytestmark = pytest.mark.slow


def _command(corpus, warehouse):
    return [sys.executable, "-m", "newscurate.cli", "run", "--input", str(corpus), "--warehouse", str(warehouse), "--batch-size", "40", "--workers", "2", "-v"]


def test_ctrl_c_stops_a_run_at_once_and_the_next_run_completes_it(tmp_path):
    write_corpus(tmp_path / "corpus", 240, seed=5)
    corpus = tmp_path / "corpus" / "raw"
    warehouse = tmp_path / "w"
    # Its own process group, as a terminal's foreground job: Ctrl-C reaches every process in it.
    run = subprocess.Popen(_command(corpus, warehouse), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    deadline = time.monotonic() + 300
    while not list((warehouse / "_staging").glob("*/result.json")):
        assert run.poll() is None and time.monotonic() < deadline, run.communicate()[0][-3000:]
        time.sleep(0.2)
    os.killpg(run.pid, signal.SIGINT)
    started = time.monotonic()
    output, _ = run.communicate(timeout=60)
    assert run.returncode == 128 + signal.SIGINT, output[-3000:]
    assert time.monotonic() - started < 30
    assert "interrupted (SIGINT): the run stops here" in output
    assert "Traceback" not in output and "KeyboardInterrupt" not in output and "leaked semaphore" not in output, output[-3000:]

    again = subprocess.run(_command(corpus, warehouse), capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "was staged by an interrupted run: reused" in again.stdout + again.stderr
    documents = Warehouse(warehouse).read("documents", columns=["doc_id"])
    assert documents.height == len(set(documents["doc_id"])) > 200
