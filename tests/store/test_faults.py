"""A run killed at any commit leaves the warehouse at its previous version; the rerun finishes.
Two writers never share a warehouse. A full disk is a clear error that changes nothing readers see."""

import os
import re
import resource
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import polars as pl
import pytest

from newscurate.store.warehouse import Warehouse, WarehouseBusy, WarehouseError

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"

# The library path of a run (what the flow's tasks call), without Prefect's start-up cost.
RUN = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from newscurate.curate import curate_batch
    from newscurate.ingest import discover
    from newscurate.runs import RunSummary, gate_and_commit, new_run_id, record_run, unchanged_files
    from newscurate.store.warehouse import Warehouse
    from newscurate.validate.gate import Gate
    from datetime import UTC, datetime

    root, warehouse_root = Path(sys.argv[1]), sys.argv[2]
    warehouse = Warehouse(warehouse_root)
    with warehouse.lock():
        files, _ = discover(root)
        todo, _, _ = unchanged_files(warehouse, [str(f) for f in files], str(root), [])
        todo = [Path(f) for f in todo]
        summary = RunSummary(new_run_id(), None, datetime.now(UTC), str(root), files_read=len(files))
        rows = curate_batch(todo, root, summary.run_id)
        summary = gate_and_commit(rows, warehouse, Gate(Path(warehouse_root) / "_validation"), summary)
        record_run(warehouse, summary)
    print(summary.status)
    """
)


def run(root: Path, warehouse: Path, failpoint: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "NEWSCURATE_FAILPOINT": failpoint or ""}
    return subprocess.run([sys.executable, "-c", RUN, str(root), str(warehouse)], env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("inbox")
    for path in sorted(EXAMPLES.glob("0[1-3]*.txt")):
        (root / path.name).write_bytes(path.read_bytes())
    warehouse = tmp_path_factory.mktemp("warehouse")
    assert run(root, warehouse).stdout.strip() == "committed"
    return root, warehouse


@pytest.mark.parametrize("point", ["after_commit:sources", "after_commit:documents", "after_commit:runs"])
def test_kill_at_each_commit_leaves_previous_version_then_rerun_finishes(first_run, tmp_path, point):
    root, template = first_run
    warehouse = tmp_path / "w"
    subprocess.run(["cp", "-r", str(template), str(warehouse)], check=True)
    inbox = tmp_path / "inbox"
    subprocess.run(["cp", "-r", str(root), str(inbox)], check=True)
    for path in sorted(EXAMPLES.glob("0[4-6]*.txt")):
        (inbox / path.name).write_bytes(path.read_bytes())
    store = Warehouse(warehouse)
    before = store.read("documents").height

    killed = run(inbox, warehouse, failpoint=point)
    assert killed.returncode == -9, killed.stderr[-2000:]
    after_kill = store.read("documents").height
    # Readers see the old version or (killed after the runs row) the new one; never a mix.
    assert after_kill in (before, before + 3)
    visible = set(store.read("documents")["doc_id"])
    for table in ("quotes", "removals", "sources", "links"):
        assert set(store.read(table)["doc_id"]) <= visible, f"{table} shows rows of documents readers cannot see"
    assert run(inbox, warehouse).returncode == 0
    documents = store.read("documents")
    assert documents.height == before + 3
    quotes = store.read("quotes")
    texts = dict(documents.select("doc_id", "text").iter_rows())
    assert all(texts[d][s:e] == t for d, s, e, t in quotes.select("doc_id", "start", "end", "text").iter_rows())
    assert quotes.group_by("doc_id", "quote_id").len()["len"].max() == 1, "no duplicated rows after the rerun"


def test_two_processes_one_warehouse_the_second_is_refused_or_waits(tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom newscurate.store.warehouse import Warehouse\n"
         "with Warehouse(sys.argv[1]).lock():\n    print('locked', flush=True)\n    time.sleep(3)", str(tmp_path)],
        stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    with pytest.raises(WarehouseBusy, match="in use by pid"):
        with Warehouse(tmp_path).lock():
            pass
    started = time.monotonic()
    with Warehouse(tmp_path).lock(wait=True):
        assert time.monotonic() - started > 0.5
    holder.wait(timeout=10)


def test_unwritable_warehouse_is_a_clear_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(WarehouseError, match="cannot write"):
        with Warehouse(blocker / "warehouse").lock():
            pass


# The flow's own path: batches curated and staged one by one, then the run finished and committed.
STAGED_RUN = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime
    from pathlib import Path
    from newscurate.config import RunConfig
    from newscurate.ingest import discover
    from newscurate.runs import RunSummary, curate_and_stage, finish_run, new_run_id, record_run
    from newscurate.store.staging import Staging
    from newscurate.store.warehouse import Warehouse
    from newscurate.validate.gate import Gate

    root, warehouse_root = Path(sys.argv[1]), sys.argv[2]
    config = RunConfig(input_dir=str(root), warehouse=warehouse_root, batch_size=2)
    warehouse = Warehouse(warehouse_root)
    with warehouse.lock():
        files, _ = discover(root)
        summary = RunSummary(new_run_id(), None, datetime.now(UTC), str(root), files_read=len(files))
        batches = [files[i : i + config.batch_size] for i in range(0, len(files), config.batch_size)]
        results = [curate_and_stage(batch, root, summary.run_id, config, {}) for batch in batches]
        summary = finish_run(results, [], warehouse, Staging(config.staging_root), Gate(config.validation_root), summary)
        record_run(warehouse, summary)
        Staging(config.staging_root).discard()
    print(summary.status, summary.batches_reused, summary.documents)
    """
)


def test_a_run_killed_after_staging_a_batch_reuses_it_and_commits_the_same_tables(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for path in sorted(EXAMPLES.glob("0[1-4]*.txt")):
        (inbox / path.name).write_bytes(path.read_bytes())

    def staged_run(warehouse: Path, failpoint: str = "") -> subprocess.CompletedProcess:
        env = {**os.environ, "NEWSCURATE_FAILPOINT": failpoint}
        return subprocess.run([sys.executable, "-c", STAGED_RUN, str(inbox), str(warehouse)], env=env, capture_output=True, text=True, timeout=300)

    killed = staged_run(tmp_path / "w", failpoint="after_staging")
    assert killed.returncode == -9, killed.stderr[-2000:]
    assert Warehouse(tmp_path / "w").read("documents").height == 0
    assert len(list((tmp_path / "w" / "_staging").iterdir())) == 1  # the finished batch, waiting

    rerun = staged_run(tmp_path / "w")
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert rerun.stdout.split() == ["committed", "1", "4"]  # one batch reused, one curated
    assert not (tmp_path / "w" / "_staging").exists()

    assert staged_run(tmp_path / "clean").stdout.split() == ["committed", "0", "4"]
    for table in ("documents", "quotes", "removals", "links"):
        reused, fresh = (Warehouse(tmp_path / w).read(table).drop("run_id", strict=False).sort(pl.all()) for w in ("w", "clean"))
        assert reused.equals(fresh), table


# --- a full disk, as an operator meets it: through the CLI ------------------------------------------

NEWSCURATE = Path(sys.executable).with_name("newscurate")
# Prefect's database in memory: the disk that fills up here is the warehouse's, and Prefect's own
# SQLite file (megabytes) would otherwise meet the file-size limit first.
CLI_ENV = {**os.environ, "PREFECT_API_DATABASE_CONNECTION_URL": "sqlite+aiosqlite:///:memory:"}
# Prefect 3.8's event emitter logs its own failures, with a traceback, on every run: not ours.
PREFECT_EVENT_NOISE = re.compile(
    r"^.*\| prefect\.events\.utilities - Error emitting event.*?^RuntimeError: Cannot put items in a stopped service instance\.$\n?",
    re.MULTILINE | re.DOTALL,
)


def cli_run(inbox: Path, warehouse: Path, max_file_bytes: int | None = None, wrapper: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    def limit_file_size() -> None:  # a write past it fails with EFBIG (Python ignores SIGXFSZ)
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_file_bytes, max_file_bytes))

    return subprocess.run(
        [*wrapper, str(NEWSCURATE), "run", "--input", str(inbox), "--warehouse", str(warehouse)],
        env=CLI_ENV, capture_output=True, text=True, timeout=600,
        preexec_fn=limit_file_size if max_file_bytes else None,
    )


@pytest.fixture(scope="module")
def committed_by_cli(tmp_path_factory):
    inbox = tmp_path_factory.mktemp("cli-inbox")
    for path in sorted(EXAMPLES.glob("0[1-3]*.txt")):
        shutil.copy(path, inbox)
    warehouse = tmp_path_factory.mktemp("cli-warehouse")
    first = cli_run(inbox, warehouse)
    assert first.returncode == 0, first.stderr[-3000:]
    return inbox, warehouse


def with_new_files(committed: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the committed warehouse, and its inbox with three files the warehouse has not seen."""
    inbox, warehouse = tmp_path / "inbox", tmp_path / "w"
    shutil.copytree(committed[0], inbox)
    shutil.copytree(committed[1], warehouse)
    for path in sorted(EXAMPLES.glob("0[4-6]*.txt")):
        shutil.copy(path, inbox)
    return inbox, warehouse


def assert_clear_error(failed: subprocess.CompletedProcess, *fragments: str) -> None:
    assert failed.returncode == 4, failed.stderr[-3000:]
    message = failed.stderr.strip().splitlines()[-1]
    assert message.startswith("error: cannot ") and all(fragment in message for fragment in fragments), failed.stderr[-3000:]
    assert "Traceback" not in PREFECT_EVENT_NOISE.sub("", failed.stderr) + failed.stdout, failed.stderr[-5000:]


def assert_unchanged(warehouse: Path, versions: dict[str, int], documents: int) -> None:
    store = Warehouse(warehouse)
    assert store.current_versions() == versions
    assert store.read("documents").height == documents
    assert store.runs()["status"].to_list() == ["committed"]


def assert_rerun_finishes(inbox: Path, warehouse: Path, documents: int) -> None:
    rerun = cli_run(inbox, warehouse)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    store = Warehouse(warehouse)
    assert store.read("documents").height == documents
    texts = dict(store.read("documents").select("doc_id", "text").iter_rows())
    quotes = store.read("quotes")
    assert all(texts[d][s:e] == t for d, s, e, t in quotes.select("doc_id", "start", "end", "text").iter_rows())
    assert quotes.group_by("doc_id", "quote_id").len()["len"].max() == 1, "no duplicated rows after the rerun"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("max_file_bytes", "what"),
    [(16_000, "stage a batch"), (1_000_000, "Data Docs")],  # a staged table is about 30 KB here; a Data Docs image 2.5 MB
    ids=["staging", "data-docs"],
)
def test_a_full_disk_before_the_commit_is_a_clear_error_and_the_rerun_finishes(committed_by_cli, tmp_path, max_file_bytes, what):
    inbox, warehouse = with_new_files(committed_by_cli, tmp_path)
    store = Warehouse(warehouse)
    versions, documents = store.current_versions(), store.read("documents").height

    failed = cli_run(inbox, warehouse, max_file_bytes=max_file_bytes)
    assert_clear_error(failed, what, "File too large")
    assert_unchanged(warehouse, versions, documents)
    assert_rerun_finishes(inbox, warehouse, documents + 3)


def user_namespaces_work() -> bool:
    try:
        return subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "true"], capture_output=True).returncode == 0
    except FileNotFoundError:
        return False


# Mounts a tmpfs over one table's folder, fills it to the last byte, runs the command, and keeps
# what the run left there. A user and mount namespace of its own: no root needed.
FULL_TABLE_DISK = """
set -e
table=$1 before=$2 after=$3; shift 3
mount -t tmpfs -o size=4m full-disk "$table"
cp -a "$before/." "$table/"
cat /dev/zero > "$table/.filler" 2>/dev/null || true
set +e
"$@"; status=$?
rm "$table/.filler"
cp -a "$table/." "$after/"
exit $status
"""


@pytest.mark.slow
@pytest.mark.skipif(not user_namespaces_work(), reason="needs unprivileged user namespaces (unshare) to mount a small tmpfs")
def test_a_disk_that_fills_up_during_the_commit_leaves_the_previous_version_and_the_rerun_finishes(committed_by_cli, tmp_path):
    inbox, warehouse = with_new_files(committed_by_cli, tmp_path)
    store = Warehouse(warehouse)
    versions, documents = store.current_versions(), store.read("documents").height
    # sources is committed after quotes, removals and links: the disk is full partway through the commit.
    table, before, after = warehouse / "sources", tmp_path / "sources-before", tmp_path / "sources-after"
    shutil.copytree(table, before)
    after.mkdir()

    wrapper = ("unshare", "--user", "--map-root-user", "--mount", "sh", "-c", FULL_TABLE_DISK, "sh", str(table), str(before), str(after))
    failed = cli_run(inbox, warehouse, wrapper=wrapper)
    shutil.rmtree(table)
    shutil.copytree(after, table)

    assert_clear_error(failed, "table sources", "No space left on device")
    assert any(store.version(name) > versions[name] for name in ("quotes", "removals", "links")), "the commit had begun"
    assert_unchanged(warehouse, versions, documents)
    assert_rerun_finishes(inbox, warehouse, documents + 3)
