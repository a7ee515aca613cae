"""The `newscurate` command line. Each command is a thin shell over a library call or a flow."""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Annotated, Optional, TextIO, TypeVar

# A worker process that multiprocessing spawns for a run imports this module first (as its main
# module). Ctrl-C reaches every process of the terminal's group and the run's own process decides
# (`_stopped_at_once_by_interrupts`); a worker still importing would print an import traceback, so it
# leaves the signal from its first line on, not only once its imports are done (runs.end_with_parent).
if "--multiprocessing-fork" in sys.orig_argv:
    signal.signal(signal.SIGINT, signal.SIG_IGN)

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newscurate.bench.cli import bench_app
from newscurate.config import EXAMPLES, EXECUTORS, RunConfig

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Raw scraped news texts to a clean, validated, versioned dataset.")
release_app = typer.Typer(help="Publish or verify immutable dataset releases.")
app.add_typer(release_app, name="release")
eval_app = typer.Typer(help="Score a stage on your own labeled sample.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
app.add_typer(bench_app, name="bench")
console = Console()
errors = Console(stderr=True, soft_wrap=True)
T = TypeVar("T")


def _quiet_prefect() -> None:
    """No telemetry, and Prefect's own INFO lines only when asked for."""
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    # newscurate's own log records go to Prefect's handlers, so they show in the UI with the run.
    os.environ.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", "newscurate")


def _check_prefect_api() -> None:
    """A Prefect server the user pointed at must answer now: Prefect's own client would retry a
    silent server for minutes before giving up."""
    url = os.environ.get("PREFECT_API_URL", "").rstrip("/")
    if not url:
        return
    import httpx

    try:
        healthy = httpx.get(f"{url}/health", timeout=3).text.strip() == "true"
    except httpx.HTTPError as error:
        _fail(f"the Prefect server at PREFECT_API_URL={url} is unreachable ({type(error).__name__}); start it or unset PREFECT_API_URL to use a temporary local one", 5)
    if not healthy:
        _fail(f"PREFECT_API_URL={url} does not answer like a Prefect server (GET /health); check the URL", 5)


def _named_warehouse(value: str) -> str:
    """An empty --warehouse would put Delta tables at the filesystem's root."""
    if not value.strip():
        raise typer.BadParameter("give a folder or an object-store URI, not an empty string")
    return value


def _fail(message: str, code: int = 2) -> None:
    errors.print(f"[bold red]error:[/] {escape(message)}")  # messages quote paths and errors: '[errno 28]' is no markup
    raise typer.Exit(code)


@contextmanager
def _readable_warehouse() -> Iterator[None]:
    """A warehouse that cannot be read (a damaged table log, a folder we may not read) is one
    message and exit 4, as for a run."""
    from newscurate.store.warehouse import WarehouseError

    try:
        yield
    except WarehouseError as error:
        _fail(str(error), 4)


@app.command()
def run(
    input: Annotated[Path, typer.Option("--input", help="Folder of inputs, read recursively: text, HTML, PDF, JSONL/CSV/Parquet, WARC, .zip/.tar.gz.")] = EXAMPLES,
    warehouse: Annotated[str, typer.Option(help="Warehouse folder (or s3://... URI).", callback=_named_warehouse)] = "warehouse",
    batch_size: Annotated[int, typer.Option(min=1, help="Files per task.")] = RunConfig.batch_size,
    outlets: Annotated[Optional[Path], typer.Option(help="Extra outlet registry entries (YAML).")] = None,
    wait: Annotated[bool, typer.Option(help="Wait for another run on the same warehouse instead of failing.")] = False,
    text_column: Annotated[str, typer.Option(help="Column (JSON key) holding the article text in JSONL, CSV and Parquet inputs.")] = "text",
    url_column: Annotated[str, typer.Option(help="Column with the article URL.")] = "url",
    title_column: Annotated[str, typer.Option(help="Column with the headline.")] = "title",
    outlet_column: Annotated[str, typer.Option(help="Column with the outlet's name.")] = "outlet",
    date_column: Annotated[str, typer.Option(help="Column with the publication date.")] = "date",
    author_column: Annotated[str, typer.Option(help="Column with the author(s): one name, names separated by ';', or a list.")] = "author",
    file_column: Annotated[str, typer.Option(help="Sidecar column naming the file a row describes.")] = "file",
    max_archive_bytes: Annotated[int, typer.Option(help="Most bytes one archive may expand to.")] = 4_000_000_000,
    max_archive_members: Annotated[int, typer.Option(help="Most entries read from one archive.")] = 100_000,
    max_compression_ratio: Annotated[float, typer.Option(help="Largest uncompressed/compressed ratio before an archive counts as a bomb.")] = 100.0,
    executor: Annotated[str, typer.Option(help="Where batches run: 'auto' (processes when there is more than one batch), 'local' (this process, one batch after another), 'processes' (this process and a pool of --workers minus one) or 'dask' (prefect-dask).")] = "auto",
    address: Annotated[Optional[str], typer.Option(help="With --executor dask: an existing scheduler, tcp://host:8786 (default: a local cluster).")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Processes that curate batches for --executor processes (the run's own and a pool of N-1), or a local Dask cluster's workers (default: one per core; never more than the free memory holds, about 700 MB each).")] = RunConfig().workers,
    staging: Annotated[Optional[str], typer.Option(help="Folder where batches wait for the commit (default: WAREHOUSE/_staging); with a remote Dask cluster, a folder every worker can reach.")] = None,
    storage_option: Annotated[Optional[list[str]], typer.Option(help="KEY=VALUE for an object-store warehouse (deltalake storage options); repeatable.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Also log each batch's counts and seconds and the run's phases (console and Prefect UI).")] = False,
) -> None:
    """Run the `curate` flow: read, clean, annotate, validate and commit new or changed files."""
    if not input.is_dir():
        _fail(f"input folder {input} does not exist or is not a folder")
    from newscurate.ingest import has_input_files

    if not has_input_files(input):
        _fail(f"input folder {input} has no files (hidden files and folders are not read)")
    _quiet_prefect()
    if verbose:
        os.environ["NEWSCURATE_LOG_LEVEL"] = "INFO"  # worker processes inherit it
    if executor not in EXECUTORS:
        _fail(f"--executor must be one of {', '.join(EXECUTORS)}, not {executor!r}")
    if any("=" not in option for option in storage_option or []):
        _fail("--storage-option takes KEY=VALUE")
    if outlets is not None:
        import yaml

        from newscurate.annotate.outlets import OutletRegistry

        try:
            OutletRegistry.load(outlets)
        except (OSError, ValueError, yaml.YAMLError) as error:
            _fail(f"--outlets {outlets}: {getattr(error, 'strerror', None) or error}")
    _check_prefect_api()
    from newscurate import prefect_api

    # Booting while this process imports the flow: each takes seconds, on its own core.
    server = prefect_api.start_unless_configured()
    from flows.curate import curate_with_executor
    from newscurate.store.warehouse import WarehouseBusy, WarehouseError

    from newscurate.ingest import Columns, IngestOptions

    ingest = IngestOptions(
        columns=Columns(text=text_column, url=url_column, title=title_column, outlet=outlet_column, date=date_column, author=author_column, file=file_column),
        max_archive_bytes=max_archive_bytes,
        max_archive_members=max_archive_members,
        max_compression_ratio=max_compression_ratio,
    )
    config = RunConfig(
        input_dir=str(input), warehouse=warehouse, batch_size=batch_size, outlets=outlets, wait=wait, ingest=ingest,
        executor=executor, executor_address=address, workers=workers, staging_dir=staging,
        storage_options=dict(option.split("=", 1) for option in storage_option) if storage_option else None,
    )
    # A run stopped at once (below) leaves the pool's semaphores to multiprocessing's tracker, which
    # would warn of them after the run's last line.
    os.environ.setdefault("PYTHONWARNINGS", "ignore:resource_tracker:UserWarning")
    try:
        with _stopped_at_once_by_interrupts(), _progress_bar():
            summary = curate_with_executor(config, server)
    except WarehouseBusy as error:
        _fail(str(error), 3)
    except WarehouseError as error:
        _fail(str(error), 4)
    _print_summary(summary)
    if summary.status == "failed":
        raise typer.Exit(1)


@contextmanager
def _stopped_at_once_by_interrupts() -> Iterator[None]:
    """Ctrl-C or SIGTERM ends a run at once, as a kill would, and says what that leaves. A run is
    built to be killed anywhere (README: warehouse and versions): what readers see changes only with
    the `runs` row, the next run rolls the tables back to it and reuses the staged batches. An
    interrupt left to unwind through Prefect's task runners, its log and event workers and Great
    Expectations hung the process for good (a second Ctrl-C did not end it), or had the run recorded
    as failing an expectation."""

    def stop(signum: int, frame: object) -> None:
        errors.show_cursor(True)  # the progress bar hides it
        errors.print(
            f"\n[bold red]interrupted[/] ({signal.Signals(signum).name}): the run stops here. Tables as readers see them are unchanged; "
            "the next run on this warehouse rolls back anything this one committed and reuses the batches it staged."
        )
        _end_child_processes()
        os._exit(128 + signum)

    previous = {number: signal.signal(number, stop) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _end_child_processes() -> None:
    """End this run's workers and temporary Prefect server before the run's process goes: forked
    workers hold the warehouse lock's file, so the next run would find the warehouse busy until they
    noticed their parent was gone."""
    import psutil

    children = psutil.Process().children(recursive=True)
    for child in children:
        with suppress(psutil.Error):
            child.kill()
    psutil.wait_procs(children, timeout=5)


@contextmanager
def _progress_bar() -> Iterator[None]:
    """A rich progress bar over the run's files, on a terminal only (logs and CI stay plain)."""
    if not errors.is_terminal:
        yield
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from newscurate import progress

    bar = Progress(TextColumn("curating files"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn(), console=errors, transient=True)
    task = bar.add_task("files", total=None)

    def listener(event: str, count: int) -> None:
        if event == "start":
            bar.update(task, total=count)
        else:
            bar.advance(task, count)

    with bar, progress.listening(listener):
        yield


def _print_summary(summary) -> None:
    table = Table(title=f"run {summary.run_id}: {summary.status}", show_header=False)
    table.add_row("files read", str(summary.files_read))
    table.add_row("skipped (unchanged)", str(summary.files_skipped))
    if summary.files_recleaned:
        table.add_row("curated again", f"{summary.files_recleaned} (boilerplate learned since they were committed)")
    if summary.batches_reused:
        table.add_row("batches reused", f"{summary.batches_reused} (staged by an interrupted run)")
    table.add_row("documents written", str(summary.documents))
    table.add_row("quarantined", str(summary.quarantined) + (f"  {summary.quarantine_by_reason}" if summary.quarantine_by_reason else ""))
    table.add_row("validation", "passed" if summary.validation_success else "[red]FAILED[/]")
    table.add_row("table versions", ", ".join(f"{k}={v}" for k, v in sorted(summary.table_versions.items())))
    if summary.report and summary.report.data_docs:
        table.add_row("data docs", summary.report.data_docs)
    console.print(table)
    if summary.removals_by_reason:
        removals = Table("removal reason", "rows", title="removals by reason")
        for reason, count in summary.removals_by_reason.items():
            removals.add_row(reason, str(count))
        console.print(removals)
    for reason in summary.failure_reasons:
        errors.print(f"[red]failure:[/] {reason}")
    if summary.status == "committed" and not summary.documents and summary.quarantined:
        # A run with nothing to show is still a success (every input has its outcome), but a
        # table of zeros is easy to misread as a run that did nothing: say where the inputs went.
        errors.print(
            "[yellow]note:[/] no documents written: every new input was quarantined; see why with "
            "newscurate sql \"SELECT source_path, reason, detail FROM quarantine\"",
        )


@app.command()
def serve(
    inbox: Annotated[Path, typer.Option(help="Folder where new raw files land.")],
    warehouse: Annotated[str, typer.Option(help="Warehouse folder (or s3://... URI).", callback=_named_warehouse)] = "warehouse",
    cron: Annotated[str, typer.Option(help="Schedule, as a cron expression (UTC).")] = "0 * * * *",
    name: Annotated[str, typer.Option(help="Deployment name.")] = "newscurate-curate",
) -> None:
    """Serve the `curate` flow on a schedule from this process (Prefect `flow.serve`); Ctrl-C stops."""
    if not inbox.is_dir():
        _fail(f"inbox {inbox} does not exist or is not a folder")
    from pydantic import ValidationError
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=cron)
    except ValidationError:
        _fail(f"--cron {cron!r} is no cron expression (five fields: minute hour day month weekday, e.g. '0 * * * *')")
    _quiet_prefect()
    _check_prefect_api()
    from flows.curate import curate

    console.print(f"serving curate every '{cron}' over {inbox} into {warehouse}; Ctrl-C to stop")
    curate.serve(name=name, cron=cron, parameters={"input_dir": str(inbox.resolve()), "warehouse": warehouse})


@release_app.callback(invoke_without_command=True)
def release(
    ctx: typer.Context,
    warehouse: Annotated[str, typer.Option(help="Warehouse to release from.", callback=_named_warehouse)] = "warehouse",
    version: Annotated[Optional[str], typer.Option(help="Release version, X.Y.Z.")] = None,
    out: Annotated[Path, typer.Option(help="Folder that holds releases.")] = Path("releases"),
    include_duplicates: Annotated[bool, typer.Option(help="Keep near-duplicate copies (marked by duplicate_of).")] = True,
) -> None:
    """Write OUT/VERSION/ from the warehouse's current validated version."""
    if ctx.invoked_subcommand is not None:
        return
    if version is None:
        _fail("--version X.Y.Z is required")
    from newscurate.release.publish import ReleaseError, is_release_version, publish_release
    from newscurate.store.warehouse import Warehouse

    if not is_release_version(version):
        _fail(f"--version must look like X.Y.Z (numbers without leading zeros), got {version!r}")
    try:
        with _readable_warehouse():
            result = publish_release(Warehouse(warehouse), version, out, include_duplicates)
    except ReleaseError as error:
        _fail(str(error), 1)
    table = Table("file", "rows", "bytes", "sha256", title=f"release {version} at {result.path}")
    for entry in result.manifest["files"].values():
        table.add_row(entry["path"], str(entry["rows"]), str(entry["bytes"]), entry["sha256"][:16] + "…")
    console.print(table)
    console.print(f"plus {', '.join(result.manifest['metadata_files'])} (checksummed in manifest.json)")


@release_app.command("verify")
def release_verify(folder: Annotated[Path, typer.Argument(help="A release folder (holding manifest.json).")]) -> None:
    """Re-check every file's sha256, row count and columns against the manifest."""
    from newscurate.release.publish import verify_release

    if not (folder / "manifest.json").is_file():
        _fail(f"{folder} has no manifest.json")
    problems = verify_release(folder)
    for problem in problems:
        errors.print(f"[red]{problem}[/]")
    if problems:
        raise typer.Exit(1)
    console.print(f"release {folder} verified: every checksum, row count and schema matches")


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help='DuckDB SQL; each warehouse table is a view of the same name, e.g. "SELECT outlet, count(*) FROM documents GROUP BY 1".')],
    warehouse: Annotated[str, typer.Option(help="Warehouse folder (or s3://... URI).", callback=_named_warehouse)] = "warehouse",
    limit: Annotated[int, typer.Option(min=0, help="Print at most this many rows.")] = 100,
) -> None:
    """Ask the warehouse's current version a question in SQL (DuckDB over Arrow; no extension is downloaded)."""
    from newscurate.release.sql import QueryError, query_warehouse
    from newscurate.store.warehouse import Warehouse

    try:
        with _readable_warehouse():
            result = query_warehouse(Warehouse(warehouse), query)
    except QueryError as error:
        _fail(str(error))
    shown = f"first {limit} of {result.height} rows" if result.height > limit else f"{result.height} rows"
    table = Table(*result.columns, title=shown)
    for row in result.head(limit).iter_rows():
        table.add_row(*(escape("" if value is None else str(value)) for value in row))
    console.print(table)


@app.command()
def history(warehouse: Annotated[str, typer.Option(help="Warehouse folder.", callback=_named_warehouse)] = "warehouse") -> None:
    """List runs: time, status, validation, counts and the table versions each left current."""
    from newscurate.store.warehouse import Warehouse

    with _readable_warehouse():
        runs = Warehouse(warehouse).history()
    if not runs.height:
        _fail(f"no runs recorded in {warehouse}", 1)
    table = Table("run", "started", "status", "valid", "files", "docs", "quarantined", "table versions")
    for row in runs.iter_rows(named=True):
        versions = ", ".join(f"{k}={v}" for k, v in sorted(json.loads(row["table_versions"]).items()))
        table.add_row(row["run_id"], str(row["started_at"])[:19], row["status"], str(row["validation_success"]), str(row["files_read"]), str(row["documents"]), str(row["quarantined"]), versions)
    console.print(table)


@app.command()
def report(
    warehouse: Annotated[str, typer.Option(help="Warehouse folder.", callback=_named_warehouse)] = "warehouse",
    open_docs: Annotated[bool, typer.Option("--open", help="Open the Data Docs page in a browser.")] = False,
) -> None:
    """The latest validated run's summary per suite (evaluated, passed, failed, worst failures) and its Data Docs page."""
    import polars as pl

    from newscurate.store.warehouse import Warehouse

    with _readable_warehouse():
        runs = Warehouse(warehouse).runs().filter(pl.col("validation_report").is_not_null())
    if not runs.height:
        _fail(f"no validated run recorded in {warehouse}", 1)
    run_row = runs.row(-1, named=True)
    console.print(f"run {run_row['run_id']}: {run_row['status']}, validation {'passed' if run_row['validation_success'] else '[red]FAILED[/]'}")
    for reason in run_row["failure_reasons"] or []:
        console.print(f"  [red]{reason}[/]")
    summary = json.loads(run_row["validation_report"])
    table = Table("suite", "evaluated", "passed", "failed", "worst failures")
    for suite in summary["suites"]:
        worst = sorted(suite["failures"], key=lambda f: (f["severity"] != "critical", -f["rows"]))[:3]
        table.add_row(
            suite["suite"], str(suite["evaluated"]), str(suite["passed"]), str(suite["failed"]),
            "\n".join(f"{f['severity']}: {f['expectation']} ({f['rows']} rows)" for f in worst),
        )
    console.print(table)
    if run_row["data_docs"]:
        console.print(f"Data Docs: {run_row['data_docs']}")
        if open_docs:
            import webbrowser

            webbrowser.open(Path(run_row["data_docs"]).resolve().as_uri())



@app.command()
def inspect(
    doc_id: Annotated[str, typer.Argument(help="A documents.doc_id.")],
    warehouse: Annotated[str, typer.Option(help="Warehouse folder.", callback=_named_warehouse)] = "warehouse",
    html: Annotated[Optional[Path], typer.Option(help="Also write the view as an HTML page here.")] = None,
    layout: Annotated[bool, typer.Option(help="Show whitespace and re-flow edits too.")] = False,
) -> None:
    """Show a document's raw text with each removed span struck through and its reason."""
    import polars as pl

    from newscurate.audit import RemovedSpan, render_html, render_terminal
    from newscurate.store.warehouse import Warehouse

    store = Warehouse(warehouse)
    with _readable_warehouse():
        source = store.read("sources").filter(pl.col("doc_id") == doc_id)
        if not source.height:
            _fail(f"no document {doc_id} in {warehouse}", 1)
        raw = source["raw_text"][0]
        removals = [
            RemovedSpan(*row)
            for row in store.read("removals").filter(pl.col("doc_id") == doc_id).select("start", "end", "reason", "rule").iter_rows()
        ]
    console.print(render_terminal(raw, removals, layout))
    if html is not None:
        try:
            html.write_text(render_html(raw, removals, f"newscurate: {doc_id}", layout), encoding="utf-8")
        except OSError as error:
            _fail(f"cannot write {html}: {error.strerror or error}")
        console.print(f"HTML written to {html}")


@contextmanager
def _jsonl_stage(jsonl: Path, out: Path) -> Iterator[tuple[TextIO, TextIO]]:
    """A stage command's input lines and its output file, written whole or not at all: a missing or
    non-UTF-8 input, an output that cannot be written or a bad line is one error line (exit 2), and
    OUT is left as it was. A regular file (or a new one) is written beside OUT and renamed over it;
    anything else (/dev/stdout, a pipe, a link) is written to directly, since renaming would replace it."""
    if jsonl.exists() and out.exists() and jsonl.resolve() == out.resolve():
        _fail(f"--out {out} is the input file: the output would replace the lines it is read from")
    regular = not out.is_symlink() and (out.is_file() or not out.exists())
    target = out.with_name(out.name + ".partial") if regular else out
    try:
        with open(jsonl, encoding="utf-8-sig") as source:
            try:
                sink = open(target, "w", encoding="utf-8")
            except OSError as error:
                _fail(f"cannot write {out}: {error.strerror or error}")
            with sink:
                yield source, sink
        if regular:
            os.replace(target, out)
    except OSError as error:
        reading = error.filename == str(jsonl)
        _fail(f"cannot {'read' if reading else 'write'} {jsonl if reading else out}: {error.strerror or error}")
    except UnicodeDecodeError as error:
        _fail(f"{jsonl} is not UTF-8 text ({error.reason})")
    finally:
        if regular:
            target.unlink(missing_ok=True)


@app.command("annotate")
def annotate_command(
    jsonl: Annotated[Path, typer.Option("--jsonl", help='Lines of {"id": ..., "text": ...} (clean texts).')],
    out: Annotated[Path, typer.Option(help="Where to write the annotated lines.")],
) -> None:
    """Annotate clean texts from your own tooling: JSONL in, JSONL out (language, paragraph languages, quotes)."""
    from newscurate.annotate.jsonl import BadLine, annotate_lines

    with _jsonl_stage(jsonl, out) as (source, sink):
        try:
            for line in annotate_lines(source):
                sink.write(line + "\n")
        except BadLine as error:
            _fail(f"{jsonl}:{error}")


@app.command("clean")
def clean_command(
    jsonl: Annotated[Path, typer.Option("--jsonl", help='Lines of {"id": ..., "raw": ...}.')],
    out: Annotated[Path, typer.Option(help="Where to write the cleaned lines.")],
) -> None:
    """Clean texts from your own tooling: JSONL in, JSONL out (text, title, captions, links, removals)."""
    from newscurate.annotate.jsonl import has_usable_id
    from newscurate.clean import clean_text
    from newscurate.ingest.text import without_surrogates

    with _jsonl_stage(jsonl, out) as (source, sink):
        for number, line in enumerate(source, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                _fail(f"{jsonl}:{number}: not a {{'id', 'raw'}} JSON line ({error})")
            if not isinstance(record, dict) or not isinstance(record.get("raw"), str):
                _fail(f"{jsonl}:{number}: not a {{'id', 'raw'}} JSON object with a string raw")
            if not has_usable_id(record):
                _fail(f"{jsonl}:{number}: no id (a string or a number): output lines could not be joined back to their input")
            result = clean_text(without_surrogates(record["raw"]))
            sink.write(json.dumps({
                "id": record.get("id"), "text": result.text, "title": result.title, "authors": result.authors,
                "captions": result.captions, "links": result.links,
                "removals": [{"start": r.start, "end": r.end, "text": r.text, "reason": r.reason, "rule": r.rule} for r in result.removals],
            }, ensure_ascii=False) + "\n")


def _scored(gold: Path, score: Callable[[Path], T], records: str) -> T:
    """The gold file's scores; a clear message (exit 2) for a missing file, a folder, or lines that
    are not JSON `records` (the readers raise ValueError naming the line)."""
    if not gold.is_file():
        _fail(f"{gold} does not exist" if not gold.exists() else f"{gold} is not a file: give a JSONL gold file")
    try:
        return score(gold)
    except ValueError as error:  # the reader's: bad JSON, not UTF-8, not a gold record
        _fail(f"{gold} is not a JSONL file of {records} lines ({type(error).__name__}: {error})")


@eval_app.command("quotes")
def eval_quotes(
    gold: Annotated[Path, typer.Argument(help='Lines of {"id", "text", "quotes": [{"start", "end", "speaker", "kind"}]}.')],
    errors: Annotated[bool, typer.Option(help="List every missed, spurious or mis-attributed quote.")] = False,
) -> None:
    """Span and quote+speaker precision, recall and F1 (token IoU >= 0.5), as the issue scores them."""
    from newscurate.annotate.evaluate_quotes import evaluate, read_gold

    scores = _scored(gold, lambda path: evaluate(read_gold(path)), "{'id', 'text', 'quotes': [{'start', 'end', 'speaker', 'kind'}]}")
    if errors:
        console.print("\n".join(scores.errors), markup=False)
    console.print(json.dumps(scores.summary(), indent=1))


@eval_app.command("metadata")
def eval_metadata(
    gold: Annotated[
        Path,
        typer.Argument(help='Lines of {"id", "raw", "title", "subtitle", "authors", "editors", "published_date", "genre", "language"}; a field left out is not scored.'),
    ],
    errors: Annotated[bool, typer.Option(help="List every field that is not right, with the gold and the found value.")] = False,
) -> None:
    """Per field: right, missed, wrong and invented values (null where the text says nothing counts as a value); names: precision, recall, F1."""
    from newscurate.annotate.evaluate_metadata import OUTCOMES, evaluate, read_gold

    scores = _scored(gold, lambda path: evaluate(read_gold(path)), "metadata gold records")
    if errors:
        console.print("\n".join(scores.errors), markup=False)
    single = Table("field", "documents", *OUTCOMES, "accuracy", title="single values")
    for name, score in scores.single.items():
        if score.documents:
            single.add_row(name, str(score.documents), *(str(score.outcomes[o]) for o in OUTCOMES), f"{score.accuracy:.3f}")
    names = Table("field", "documents", "exact list", "precision", "recall", "F1", title="names")
    for name, score in scores.names.items():
        if score.documents:
            names.add_row(name, str(score.documents), f"{score.exact / score.documents:.3f}", f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}")
    for table in (single, names):
        if table.row_count:
            console.print(table)


@eval_app.command("cleaning")
def eval_cleaning(
    gold: Annotated[Path, typer.Argument(help='Lines of {"id": ..., "raw": ..., "body": ...} (body: the hand-made article text).')],
    worst: Annotated[int, typer.Option(min=0, help="How many of the worst documents to list.")] = 10,
    break_inline: Annotated[
        Optional[int],
        typer.Option(metavar="SEED", help="Score on the raw texts with each body paragraph broken at 1-3 random runs of words, as converters that put every link on its own line write them."),
    ] = None,
) -> None:
    """Bag-of-words precision, recall and F1 of the cleaner, per document and overall."""
    from newscurate.evaluate import score_cleaning

    score = _scored(gold, lambda path: score_cleaning(path, break_inline), "{'raw', 'body'}")
    console.print(
        f"{len(score.documents)} documents: precision {score.precision:.3f}, recall {score.recall:.3f}, "
        f"F1 {score.f1:.3f} (micro); mean per-document F1 {score.mean_f1:.3f}"
    )
    table = Table("document", "precision", "recall", "F1", title=f"worst {worst}")
    for document in sorted(score.documents, key=lambda d: d.f1)[:worst]:
        table.add_row(document.id, f"{document.precision:.3f}", f"{document.recall:.3f}", f"{document.f1:.3f}")
    console.print(table)


if __name__ == "__main__":
    sys.exit(app())
