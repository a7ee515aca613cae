"""Two real releases from a small real warehouse, built once for the release tests.

Run 1 curates nine example articles and an exact copy of one of them; release 1.0.0 includes the
copy. Run 2 re-curates one article with a new quoted paragraph, adds an article the test writes,
and quarantines another article whose file was emptied; release 1.1.0 leaves duplicates out. So
1.1.0 against 1.0.0 has one document added, one changed, and two removed (the copy, and the
article whose input is now quarantined).

Runs are committed with the warehouse's own writes but without Great Expectations, which takes
about ten seconds a run here; the gate has its own tests (tests/validate/).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newscurate.curate import BatchRows, curate_batch
from newscurate.release.publish import Release, publish_release
from newscurate.runs import RunSummary, new_run_id, record_run
from newscurate.store.schemas import to_table
from newscurate.store.warehouse import DOCUMENT_TABLES, Warehouse

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"
EDITED = "02_interview_qa_section_tags.txt"
COPIED = "05_local_news_crlf_share_follow.txt"
COPY = "05_copy_of_local_news.txt"
NEW = "11_harbour_bridge.txt"
EMPTIED = "09_wire_copy_dateline.txt"
NEW_PARAGRAPH = '\n\nAsked about the timetable, the minister said: "We will know more after the winter session."\n'
NEW_ARTICLE = """Harbour bridge to close for repairs in spring

By Ana Ferreira

The city council voted on Tuesday to close the old harbour bridge for eight weeks next spring so that engineers can replace its corroded cables.

"The bridge is safe today, but it will not stay safe without this work," said Marta Lind, the council's head of infrastructure.

Ferry services will run every fifteen minutes while the bridge is closed, and the council has promised to publish a detailed diversion plan in January.

Shop owners on the north bank said they feared losing customers. "Eight weeks is a long time for a small business," said Jonas Berg, who runs a bakery near the bridge.
"""


@dataclass(frozen=True)
class Releases:
    warehouse: Warehouse
    out: Path
    first: Release
    second: Release
    run_ids: tuple[str, str]
    edited_doc_id: str
    copy_doc_id: str
    new_doc_id: str
    emptied_doc_id: str


def commit_run(warehouse: Warehouse, rows: BatchRows, input_root: Path, run_id: str) -> None:
    """Write the rows and the `runs` row that makes them current, as a run that passed the gate."""
    doc_ids = [document["doc_id"] for document in rows.documents]
    versions = dict(warehouse.current_versions())
    written = {name: warehouse.replace_documents(name, [to_table(name, getattr(rows, name))], doc_ids) for name in DOCUMENT_TABLES}
    written["quarantine"] = warehouse.append("quarantine", to_table("quarantine", rows.quarantine))
    versions.update({name: version for name, version in written.items() if version is not None})
    summary = RunSummary(
        run_id, None, datetime.now(UTC), str(input_root), files_read=len(doc_ids), documents=len(doc_ids), status="committed", table_versions=versions
    )
    record_run(warehouse, summary)


def doc_id_of(rows: BatchRows, source_path: str) -> str:
    return next(d["doc_id"] for d in rows.documents if d["source_path"] == source_path)


@pytest.fixture(scope="session")
def releases(tmp_path_factory) -> Releases:
    root = tmp_path_factory.mktemp("input")
    for path in sorted(EXAMPLES.glob("0*.txt")):
        shutil.copy(path, root / path.name)
    shutil.copy(root / COPIED, root / COPY)
    warehouse = Warehouse(tmp_path_factory.mktemp("warehouse"))
    out = tmp_path_factory.mktemp("releases")

    first_run = new_run_id()
    rows = curate_batch(sorted(root.iterdir()), root, first_run)
    copy_doc_id, emptied_doc_id = doc_id_of(rows, COPY), doc_id_of(rows, EMPTIED)
    for document in rows.documents:
        if document["doc_id"] == copy_doc_id:
            document["duplicate_of"], document["duplicate_similarity"] = doc_id_of(rows, COPIED), 1.0
    commit_run(warehouse, rows, root, first_run)
    first = publish_release(warehouse, "1.0.0", out)

    with open(root / EDITED, "a", encoding="utf-8") as edited:
        edited.write(NEW_PARAGRAPH)
    (root / NEW).write_text(NEW_ARTICLE, encoding="utf-8")
    (root / EMPTIED).write_bytes(b"")
    second_run = new_run_id()
    rows = curate_batch([root / EDITED, root / NEW, root / EMPTIED], root, second_run)
    assert [q["reason"] for q in rows.quarantine] == ["empty"]
    commit_run(warehouse, rows, root, second_run)
    second = publish_release(warehouse, "1.1.0", out, include_duplicates=False)
    return Releases(
        warehouse, out, first, second, (first_run, second_run), doc_id_of(rows, EDITED), copy_doc_id, doc_id_of(rows, NEW), emptied_doc_id
    )
