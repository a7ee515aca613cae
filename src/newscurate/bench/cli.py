"""`newscurate bench`: generate a corpus that knows its answers, then measure the pipeline on it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newscurate.config import RunConfig

bench_app = typer.Typer(help="Generate a synthetic corpus and measure the pipeline on it (figures, not a test).", no_args_is_help=True)
console = Console()
errors = Console(stderr=True, soft_wrap=True)

MB = 1_000_000


def _cannot_write(folder: Path, error: OSError) -> None:
    errors.print(f"[bold red]error:[/] cannot write in {escape(str(folder))}: {escape(error.strerror or str(error))}; pick another folder")
    raise typer.Exit(2) from None


@bench_app.command("generate")
def generate(
    docs: Annotated[int, typer.Option("--docs", min=1, help="How many files to write.")] = 2000,
    seed: Annotated[int, typer.Option(help="Same seed, same bytes.")] = 1,
    out: Annotated[Path, typer.Option(help="Corpus folder: raw/, truth.jsonl, manifest.json.")] = Path(".bench/corpus"),
) -> None:
    """Write DOCS raw articles (about 6 KB each, with page furniture, near-duplicates, other
    languages and bad files) and the gold body of each, for `bench run` and `eval cleaning`."""
    from newscurate.bench.corpus import write_corpus

    try:
        summary = write_corpus(out, docs, seed)
    except FileExistsError as error:
        errors.print(f"[bold red]error:[/] {escape(str(error))}")
        raise typer.Exit(2) from None
    except OSError as error:  # OUT is a file, or a folder we may not write in
        _cannot_write(out, error)
    console.print(
        f"wrote {summary.n_files} files, {summary.n_bytes / MB:.1f} MB, to {out / 'raw'}; gold bodies in {out / 'truth.jsonl'}\n"
        f"kinds: {dict(summary.by_kind)}\nlanguages: {dict(summary.by_language)}"
    )


@bench_app.command("run")
def run(
    input: Annotated[Path, typer.Option("--input", help="A corpus folder written by `bench generate`.")] = Path(".bench/corpus"),
    work: Annotated[Path, typer.Option(help="Scratch folder: warehouses, logs, Prefect's home.")] = Path(".bench/work"),
    batch_size: Annotated[int, typer.Option(help="Files per task in the flow and per batch in the stage profile.")] = RunConfig.batch_size,
    executor: Annotated[Optional[str], typer.Option(help="Passed to `newscurate run --executor` (auto, local, processes or dask; default auto).")] = None,
    profile_docs: Annotated[int, typer.Option(help="Files in the one-core stage profile (0: all); an even sample across outlets.")] = 2000,
    datatrove_python: Annotated[Path, typer.Option(help="Python of the virtualenv holding datatrove (`make bench` makes it).")] = Path(".bench/venv/bin/python"),
    datatrove: Annotated[bool, typer.Option(help="Also run datatrove's equivalent pipeline and print the ratio.")] = True,
    report: Annotated[Optional[Path], typer.Option(help="Write every figure as JSON here (default: WORK/report.json).")] = None,
) -> None:
    """Run the real flow on the corpus and print documents/s, MB/s, peak memory, time per stage,
    cleaning precision/recall against the gold bodies, and the same work done by datatrove."""
    from newscurate.bench.measure import Corpus, check_duplicates, profile_stages, run_datatrove, run_flow, sample_files, warm_up_prefect

    corpus = Corpus(input)
    if not corpus.raw.is_dir() or not corpus.truth.is_file():
        errors.print(f"[bold red]error:[/] {input} holds no generated corpus (raw/ and truth.jsonl); run `newscurate bench generate --out {input}` first")
        raise typer.Exit(2)
    try:
        work.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        _cannot_write(work, error)
    files = corpus.files()
    n_bytes = sum(p.stat().st_size for p in files)
    figures: dict = {"corpus": {"files": len(files), "bytes": n_bytes, "manifest": json.loads((input / "manifest.json").read_text())}}

    if not (work / "prefect-home").exists():
        console.print("first run in this work folder: one tiny run creates Prefect's database")
        warm_up_prefect(work)
    console.print(f"end to end: newscurate run on {len(files)} files ({n_bytes / MB:.1f} MB)…")
    flow = run_flow(corpus, work, batch_size, ["--executor", executor] if executor else [])
    if flow.process.returncode != 0:
        errors.print(f"[bold red]the flow failed[/] (exit {flow.process.returncode}); its output is in {work / 'logs' / 'flow'}")
        errors.print(flow.process.stderr[-3000:])
        raise typer.Exit(1)
    figures["flow"] = _process_figures(flow.process, len(files), n_bytes) | {"flow_seconds": flow.flow_seconds}
    duplicates = check_duplicates(corpus, flow.warehouse)
    figures["near_duplicates"] = {"planted": dict(duplicates.planted), "found": dict(duplicates.found), "false_positives": duplicates.false_positives}

    sample = sample_files(files, profile_docs)
    console.print(f"stage profile: the library on {len(sample)} files, one core, no Prefect…")
    profile = profile_stages(corpus, sample, work, batch_size)
    figures["stages"] = {
        "files": profile.files, "bytes": profile.n_bytes, "documents": profile.documents,
        "seconds": {k: round(v, 3) for k, v in profile.seconds.items()}, "total_seconds": round(profile.total_seconds, 3),
    }
    figures["cleaning"] = {
        "documents": profile.cleaning.documents, "precision": round(profile.cleaning.precision, 4),
        "recall": round(profile.cleaning.recall, 4), "f1": round(profile.cleaning.f1, 4),
    }

    if datatrove and datatrove_python.exists():
        console.print("datatrove: the equivalent pipeline on the same files…")
        trove = run_datatrove(corpus, work, datatrove_python)
        if trove.result is None:
            errors.print(f"[red]datatrove failed[/] (exit {trove.process.returncode}); its output is in {work / 'logs' / 'datatrove'}")
        else:
            figures["datatrove"] = _process_figures(trove.process, len(files), n_bytes) | trove.result
            figures["ratio"] = round(trove.process.wall_seconds / flow.process.wall_seconds, 2)
    elif datatrove:
        console.print(f"[yellow]datatrove comparison skipped:[/] no {datatrove_python} (`make bench` creates it)")

    _print(figures)
    destination = report or work / "report.json"
    destination.write_text(json.dumps(figures, indent=2, default=str) + "\n", encoding="utf-8")
    console.print(f"figures written to {destination}")


def _process_figures(process, files: int, n_bytes: int) -> dict:
    return {
        "wall_seconds": round(process.wall_seconds, 3),
        "documents_per_second": round(files / process.wall_seconds, 1),
        "mb_per_second": round(n_bytes / MB / process.wall_seconds, 3),
        "cpu_seconds": round(process.cpu_seconds, 1),
        "cpu_ms_per_document": round(1000 * process.cpu_seconds / files, 2),
        "peak_rss_tree_mb": round(process.peak_tree_rss_bytes / MB),
        "peak_rss_process_mb": round(process.peak_process_rss_bytes / MB),
    }


def _print(figures: dict) -> None:
    corpus = figures["corpus"]
    table = Table("", "newscurate run", *(["datatrove"] if "datatrove" in figures else []), title=f"end to end: {corpus['files']} files, {corpus['bytes'] / MB:.1f} MB")
    rows = (
        ("wall time (s)", "wall_seconds"), ("documents/s", "documents_per_second"), ("MB/s", "mb_per_second"),
        ("CPU time, all processes (s)", "cpu_seconds"), ("CPU ms per document", "cpu_ms_per_document"),
        ("peak RSS, process tree (MB)", "peak_rss_tree_mb"), ("peak RSS, largest process (MB)", "peak_rss_process_mb"),
    )
    for label, key in rows:
        table.add_row(label, str(figures["flow"][key]), *([str(figures["datatrove"][key])] if "datatrove" in figures else []))
    if figures["flow"]["flow_seconds"] is not None:
        table.add_row("flow run alone (s), without process start-up", f"{figures['flow']['flow_seconds']:.1f}", *([""] if "datatrove" in figures else []))
    console.print(table)
    if "ratio" in figures:
        console.print(f"newscurate is {figures['ratio']}x datatrove's speed on this corpus (datatrove wall time / newscurate wall time)")
        console.print("datatrove stages (s): " + ", ".join(f"{k} {v}" for k, v in figures["datatrove"]["seconds"].items()))

    stages = figures["stages"]
    table = Table("stage", "seconds", "share", "ms/document", title=f"stage profile: {stages['files']} files through the library, one core, no Prefect")
    for stage, seconds in stages["seconds"].items():
        table.add_row(stage, f"{seconds:.2f}", f"{seconds / stages['total_seconds']:.0%}", f"{1000 * seconds / stages['files']:.2f}")
    table.add_row("total", f"{stages['total_seconds']:.2f}", "100%", f"{1000 * stages['total_seconds'] / stages['files']:.2f}")
    console.print(table)
    console.print(f"library alone, one core: {stages['files'] / stages['total_seconds']:.0f} documents/s")

    cleaning = figures["cleaning"]
    console.print(
        f"cleaning against the gold bodies ({cleaning['documents']} texts): precision {cleaning['precision']:.3f}, "
        f"recall {cleaning['recall']:.3f}, F1 {cleaning['f1']:.3f} (bag of words, micro)"
    )
    duplicates = figures["near_duplicates"]
    found = ", ".join(f"{variant} {duplicates['found'].get(variant, 0)}/{n}" for variant, n in duplicates["planted"].items())
    console.print(
        f"near-duplicates grouped with their original: {found or 'none planted'}; "
        f"documents wrongly marked as copies: {duplicates['false_positives']}"
    )
