"""A run killed at any commit leaves the warehouse at its previous version; the rerun finishes.
Two writers never share a warehouse."""

import os
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
    from newscurate.runs import RunSummary, gate_and_commit, new_run_id, record_run
    from newscurate.store.warehouse import Warehouse
    from newscurate.validate.gate import Gate
    from datetime import UTC, datetime

    root, warehouse_root = Path(sys.argv[1]), sys.argv[2]
    warehouse = Warehouse(warehouse_root)
    with warehouse.lock():
        files, _ = discover(root)
        known = {p: s.content_sha256 for p, s in warehouse.known_sources().items()}
        from newscurate.ingest.reader import file_sha256
        todo = [f for f in files if known.get(f.relative_to(root).as_posix()) != file_sha256(f)]
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
