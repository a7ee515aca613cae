"""Measurements on a generated corpus: the real flow end to end, each library stage, datatrove.

- `run_flow` runs `newscurate run` in a child process, as a user would, and samples the memory of
  its whole process tree (Prefect's local server included).
- `profile_stages` runs the library's batch function (`newscurate.curate.curate_batch`) and the
  gate and commit in this process, one core, no Prefect, with a clock around each stage's entry
  point, so the stage times are of the code the flow runs, not of a copy of it.
- `run_datatrove` runs `datatrove_pipeline.py` with the datatrove virtualenv's Python.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import wraps
from pathlib import Path
from unittest import mock

import psutil

from newscurate import progress
from newscurate.gold import f1_score

DATATROVE_SCRIPT = Path(__file__).with_name("datatrove_pipeline.py")
STAGES = ("ingest", "clean", "annotate", "near-duplicate signature", "batch bookkeeping", "validate", "duplicates and tables", "store")


@dataclass(frozen=True)
class Corpus:
    root: Path  # what `bench generate --out` wrote

    @property
    def raw(self) -> Path:
        return self.root / "raw"

    @property
    def truth(self) -> Path:
        return self.root / "truth.jsonl"

    def files(self) -> list[Path]:
        return sorted(p for p in self.raw.rglob("*") if p.is_file())


@dataclass(frozen=True)
class ProcessRun:
    wall_seconds: float
    peak_tree_rss_bytes: int  # sum over the process and its descendants, sampled
    peak_process_rss_bytes: int  # the largest single process, sampled
    cpu_seconds: float  # user + system time of the process tree: reaped children's, or the samples' if more
    returncode: int
    stdout: str
    stderr: str


def run_measured(command: list[str], env: dict[str, str], log_dir: Path, interval: float = 0.1) -> ProcessRun:
    """Run a command to completion, sampling its process tree's resident memory."""
    log_dir.mkdir(parents=True, exist_ok=True)
    stdout_path, stderr_path = log_dir / "stdout.txt", log_dir / "stderr.txt"
    peaks = {"tree": 0, "process": 0}
    cpu_by_pid: dict[int, float] = {}  # sampled: a pool a child ends without waiting for is no reaped child
    with open(stdout_path, "wb") as stdout, open(stderr_path, "wb") as stderr:
        # CPU time, unlike wall time, hardly moves when something else shares the machine.
        cpu_before = _reaped_children_cpu()
        started = time.perf_counter()
        child = subprocess.Popen(command, env=env, stdout=stdout, stderr=stderr)
        done = threading.Event()

        def sample() -> None:
            parent = psutil.Process(child.pid)
            while not done.is_set():
                try:
                    tree = (parent, *parent.children(recursive=True))
                    sizes = [p.memory_info().rss for p in tree]
                    for process in tree:
                        times = process.cpu_times()
                        cpu_by_pid[process.pid] = times.user + times.system
                except psutil.Error:
                    sizes = []
                if sizes:
                    peaks["tree"] = max(peaks["tree"], sum(sizes))
                    peaks["process"] = max(peaks["process"], max(sizes))
                done.wait(interval)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        returncode = child.wait()
        wall = time.perf_counter() - started
        done.set()
        sampler.join()
    return ProcessRun(
        wall, peaks["tree"], peaks["process"], max(_reaped_children_cpu() - cpu_before, sum(cpu_by_pid.values())), returncode,
        stdout_path.read_text(errors="replace"), stderr_path.read_text(errors="replace"),
    )


def _reaped_children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def quiet_env(prefect_home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "DO_NOT_TRACK": "1",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "GX_ANALYTICS_ENABLED": "false",
        "PREFECT_HOME": str(prefect_home),
        "PREFECT_LOGGING_LEVEL": "WARNING",
        # The first start migrates Prefect's database; on a busy 2-core machine that can take a minute.
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
    })
    return env


# --- the flow, end to end --------------------------------------------------------------------


@dataclass(frozen=True)
class FlowRun:
    process: ProcessRun
    warehouse: Path
    flow_seconds: float | None  # the run's own started_at -> finished_at, without process start-up


def run_flow(corpus: Corpus, work: Path, batch_size: int, run_options: list[str]) -> FlowRun:
    warehouse = work / "warehouse"
    _remove_tree(warehouse)
    prefect_home = work / "prefect-home"
    env = quiet_env(prefect_home)
    command = [sys.executable, "-m", "newscurate.cli", "run", "--input", str(corpus.raw), "--warehouse", str(warehouse), "--batch-size", str(batch_size), *run_options]
    process = run_measured(command, env, work / "logs" / "flow")
    return FlowRun(process, warehouse, _flow_seconds(warehouse) if process.returncode == 0 else None)


def warm_up_prefect(work: Path) -> ProcessRun:
    """One tiny run, so that the measured run does not pay for creating Prefect's database."""
    sample = work / "warm-up-input"
    sample.mkdir(parents=True, exist_ok=True)
    (sample / "one.txt").write_text("A short text about a council vote.\n\nThe council approved the budget on Monday.\n", encoding="utf-8")
    command = [sys.executable, "-m", "newscurate.cli", "run", "--input", str(sample), "--warehouse", str(work / "warm-up-warehouse")]
    return run_measured(command, quiet_env(work / "prefect-home"), work / "logs" / "warm-up")


def _flow_seconds(warehouse: Path) -> float | None:
    from newscurate.store.warehouse import Warehouse

    runs = Warehouse(warehouse).runs()
    if not runs.height:
        return None
    row = runs.row(-1, named=True)
    return (row["finished_at"] - row["started_at"]).total_seconds()


def _remove_tree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


# --- the library's stages, one core ----------------------------------------------------------


class StageClock(progress.StageClock):
    """Accumulates wall time per stage name, around functions and generators too."""

    def timed(self, name: str, function: Callable) -> Callable:
        @wraps(function)
        def timed_call(*args, **kwargs):
            with self.stage(name):
                return function(*args, **kwargs)

        return timed_call

    def timed_iterator(self, name: str, function: Callable) -> Callable:
        """For generator functions: the time spent producing each item."""

        @wraps(function)
        def timed_iteration(*args, **kwargs):
            items = iter(function(*args, **kwargs))
            while True:
                with self.stage(name):
                    try:
                        item = next(items)
                    except StopIteration:
                        return
                yield item

        return timed_iteration


@dataclass
class StageProfile:
    files: int
    n_bytes: int
    documents: int
    seconds: dict[str, float]
    cleaning: CleaningTotals

    @property
    def total_seconds(self) -> float:
        return sum(self.seconds.values())


@dataclass
class CleaningTotals:
    """Bag-of-words overlap of the cleaned texts with the gold bodies, as `newscurate eval cleaning`."""

    documents: int = 0
    overlap: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.overlap / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.overlap / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)


def sample_files(files: list[Path], limit: int | None) -> list[Path]:
    """Every k-th file, so a sample spans all outlets (files are sorted by outlet folder)."""
    if not limit or limit >= len(files):
        return files
    step = len(files) / limit
    return [files[int(i * step)] for i in range(limit)]


def profile_stages(corpus: Corpus, files: list[Path], work: Path, batch_size: int) -> StageProfile:
    import newscurate.curate as curate_module
    from newscurate.curate import BatchRows, curate_batch
    from newscurate.runs import RunSummary, gate_and_commit, new_run_id, record_run
    from newscurate.store.warehouse import Warehouse
    from newscurate.validate.gate import Gate

    clock = StageClock()

    class TimedGate(Gate):
        def validate(self, *args, **kwargs):
            with clock.stage("validate"):
                return super().validate(*args, **kwargs)

    class TimedWarehouse(Warehouse):
        def replace_documents(self, *args, **kwargs):
            with clock.stage("store"):
                return super().replace_documents(*args, **kwargs)

        def append(self, *args, **kwargs):
            with clock.stage("store"):
                return super().append(*args, **kwargs)

    warehouse_root = work / "profile-warehouse"
    _remove_tree(warehouse_root)
    run_id = new_run_id()
    rows = BatchRows()
    stage_functions = {"read_inputs": "ingest", "clean_text": "clean", "annotate": "annotate", "signature": "near-duplicate signature"}
    # The clock wraps the names `curate_batch` looks up in its own module, so the profile times the
    # code the flow runs; the patches last for this loop only.
    with ExitStack() as patches:
        for name, stage in stage_functions.items():
            original = getattr(curate_module, name)
            wrapper = clock.timed_iterator if name == "read_inputs" else clock.timed
            patches.enter_context(mock.patch.object(curate_module, name, wrapper(stage, original)))
        started = time.perf_counter()
        for start in range(0, len(files), batch_size):
            rows.extend(curate_batch(files[start : start + batch_size], corpus.raw, run_id))
        batch_seconds = time.perf_counter() - started
    clock.seconds["batch bookkeeping"] = batch_seconds - sum(clock.seconds[s] for s in stage_functions.values())
    cleaning = score_cleaning_rows(corpus, files, rows.documents)
    documents = len(rows.documents)
    warehouse = TimedWarehouse(warehouse_root)
    with clock.stage("validate"):  # Great Expectations' context, suites and checkpoints
        gate = TimedGate(warehouse_root / "_validation")
    validated_before = clock.seconds["validate"]
    started = time.perf_counter()
    summary = RunSummary(run_id, None, datetime.now(UTC), str(corpus.raw))
    summary.files_read = len(files)
    summary = gate_and_commit(rows, warehouse, gate, summary)
    record_run(warehouse, summary)
    commit_seconds = time.perf_counter() - started
    clock.seconds["duplicates and tables"] = commit_seconds - (clock.seconds["validate"] - validated_before) - clock.seconds["store"]
    return StageProfile(
        files=len(files),
        n_bytes=sum(p.stat().st_size for p in files),
        documents=documents,
        seconds={stage: clock.seconds[stage] for stage in STAGES},
        cleaning=cleaning,
    )


def score_cleaning_rows(corpus: Corpus, files: list[Path], documents: list[dict]) -> CleaningTotals:
    """Cleaned text of each profiled file against its gold body; a quarantined text counts as empty."""
    from newscurate.evaluate import words

    wanted = {p.relative_to(corpus.raw).as_posix() for p in files}
    cleaned = {d["source_path"]: d["text"] for d in documents}
    totals = CleaningTotals()
    with open(corpus.truth, encoding="utf-8") as truth:
        for line in truth:
            record = json.loads(line)
            if record["id"] not in wanted:
                continue
            predicted, gold = words(cleaned.get(record["id"], "")), words(record["body"])
            totals.documents += 1
            totals.overlap += sum((predicted & gold).values())
            totals.predicted += sum(predicted.values())
            totals.gold += sum(gold.values())
    return totals


# --- duplicates found against those planted --------------------------------------------------


@dataclass
class DuplicateCheck:
    planted: Counter = field(default_factory=Counter)  # variant -> copies the generator made
    found: Counter = field(default_factory=Counter)  # variant -> of those, grouped with their original
    false_positives: int = 0  # articles marked as copies of a document they were not made from


def check_duplicates(corpus: Corpus, warehouse: Path) -> DuplicateCheck:
    """Planted copies the warehouse grouped with their original, and groupings nobody planted.

    The warehouse marks the later copy in path order, which need not be the one generated later,
    so a pair counts as found when both documents share a canonical document.
    """
    from newscurate.store.warehouse import Warehouse

    documents = Warehouse(warehouse).read("documents", columns=["source_path", "doc_id", "duplicate_of"])
    doc_ids = dict(documents.select("source_path", "doc_id").iter_rows())
    canonical = {doc_id: duplicate_of or doc_id for _, doc_id, duplicate_of in documents.iter_rows()}
    planted_group: dict[str, str] = {}  # doc_id -> doc_id of the generated original
    copies: list[tuple[str, str, str]] = []
    empty_pages: set[str] = set()  # pages with no article: what the cleaner leaves of them may well repeat
    with open(corpus.truth, encoding="utf-8") as truth:
        for line in truth:
            record = json.loads(line)
            if not record["body"] and record["id"] in doc_ids:
                empty_pages.add(doc_ids[record["id"]])
            if record["kind"] == "near_duplicate" and record["id"] in doc_ids and record["duplicate_of"] in doc_ids:
                copy, original = doc_ids[record["id"]], doc_ids[record["duplicate_of"]]
                planted_group[copy] = planted_group[original] = original
                copies.append((copy, original, record["variant"]))
    check = DuplicateCheck()
    for copy, original, variant in copies:
        check.planted[variant] += 1
        check.found[variant] += canonical.get(copy) == canonical.get(original)
    for doc_id, root in canonical.items():
        if root == doc_id or doc_id in empty_pages:
            continue
        if doc_id not in planted_group or planted_group[doc_id] != planted_group.get(root):
            check.false_positives += 1
    return check


# --- datatrove -------------------------------------------------------------------------------


@dataclass(frozen=True)
class DatatroveRun:
    process: ProcessRun
    result: dict | None  # what the script printed


def run_datatrove(corpus: Corpus, work: Path, python: Path, tasks: int = 2) -> DatatroveRun:
    command = [str(python), str(DATATROVE_SCRIPT), "--input", str(corpus.raw), "--work", str(work / "datatrove"), "--tasks", str(tasks)]
    process = run_measured(command, quiet_env(work / "prefect-home"), work / "logs" / "datatrove")
    last_line = process.stdout.strip().splitlines()[-1:] if process.returncode == 0 else []
    return DatatroveRun(process, json.loads(last_line[0]) if last_line else None)
