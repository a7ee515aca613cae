"""datatrove doing the work of newscurate's curate flow on the same raw files, for comparison.

This script runs in its own virtualenv (`.bench/venv`, made by `make bench` from
`datatrove-requirements.txt`), never in newscurate's: it imports nothing from newscurate.
`newscurate bench run` starts it and reads the one JSON line it prints.

Each step is datatrove's counterpart of a newscurate stage:
  ingest    RawTextReader: one Document per file; UTF-8 (BOMs honoured) else cp1252; empty or
            binary files skipped
  clean     C4QualityFilter: C4's line-level rules (drop lines without terminal punctuation, of
            fewer than 3 words, or about cookies, policies and javascript). Its document-level
            rule (at least 5 sentences) is off: newscurate drops no document for being short.
  annotate  LangdetectTagger: langdetect on each text, seeded, as newscurate's annotate does
  dedup     MinHash over word 5-grams (datatrove's default 14 buckets x 8 hashes): signature,
            buckets, clusters, then the filter that drops near-duplicates
  store     ParquetWriter
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path

from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.dedup.minhash import (
    MinhashConfig,
    MinhashDedupBuckets,
    MinhashDedupCluster,
    MinhashDedupFilter,
    MinhashDedupSignature,
)
from datatrove.pipeline.filters import C4QualityFilter
from datatrove.pipeline.filters.base_filter import BaseFilter
from datatrove.pipeline.readers import ParquetReader
from datatrove.pipeline.readers.base import BaseDiskReader
from datatrove.pipeline.writers import ParquetWriter
from datatrove.utils.hashing import HashConfig

_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF")


def decode(data: bytes) -> str | None:
    if not data.strip() or data.startswith(_BINARY_MAGIC):
        return None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


class RawTextReader(BaseDiskReader):
    """One document per raw text file."""

    name = "raw text files"

    def read_file(self, filepath: str):
        with self.data_folder.open(filepath, "rb") as handle:
            data = handle.read()
        with self.track_time():
            text = decode(data)
        if text is None:
            self.stat_update("not_text")
            return
        document = self.get_document_from_dict({"text": text, "id": filepath}, filepath, 0)
        if document:
            yield document


class LangdetectTagger(BaseFilter):
    """Tags each document with langdetect's best language; drops none."""

    name = "langdetect"

    def __init__(self) -> None:
        super().__init__()
        from langdetect import DetectorFactory

        DetectorFactory.seed = 0

    def filter(self, doc: Document) -> bool:
        from langdetect import detect_langs
        from langdetect.lang_detect_exception import LangDetectException

        try:
            best = detect_langs(doc.text)[0]
            doc.metadata["language"], doc.metadata["language_score"] = best.lang, best.prob
        except LangDetectException:
            doc.metadata["language"] = None
        return True


def run(input_dir: Path, work: Path, tasks: int) -> dict:
    shutil.rmtree(work, ignore_errors=True)
    filtered, signatures, buckets, clusters, output = (work / n for n in ("filtered", "signatures", "buckets", "clusters", "output"))
    minhash = MinhashConfig(hash_config=HashConfig(precision=64, hash_fc="xxhash"))
    stages = {
        "ingest+clean+annotate+signature": LocalPipelineExecutor(
            pipeline=[
                RawTextReader(str(input_dir), glob_pattern="**"),
                C4QualityFilter(min_num_sentences=-1),
                LangdetectTagger(),
                ParquetWriter(str(filtered), output_filename="${rank}.parquet"),
                MinhashDedupSignature(output_folder=str(signatures), config=minhash),
            ],
            tasks=tasks, workers=tasks, logging_dir=str(work / "logs" / "signature"), skip_completed=False,
        ),
        "dedup buckets": LocalPipelineExecutor(
            pipeline=[MinhashDedupBuckets(input_folder=str(signatures), output_folder=str(buckets), config=minhash)],
            tasks=minhash.num_buckets, workers=tasks, logging_dir=str(work / "logs" / "buckets"), skip_completed=False,
        ),
        "dedup clusters": LocalPipelineExecutor(
            pipeline=[MinhashDedupCluster(input_folder=str(buckets), output_folder=str(clusters), config=minhash)],
            tasks=1, logging_dir=str(work / "logs" / "clusters"), skip_completed=False,
        ),
        "dedup filter+store": LocalPipelineExecutor(
            pipeline=[
                ParquetReader(str(filtered)),
                MinhashDedupFilter(input_folder=str(clusters)),
                ParquetWriter(str(output), output_filename="${rank}.parquet"),
            ],
            tasks=tasks, workers=tasks, logging_dir=str(work / "logs" / "filter"), skip_completed=False,
        ),
    }
    seconds = {}
    for name, executor in stages.items():
        started = time.perf_counter()
        executor.run()
        seconds[name] = round(time.perf_counter() - started, 3)
    import pyarrow.parquet as pq

    def rows(folder: Path) -> int:
        return sum(pq.ParquetFile(p).metadata.num_rows for p in folder.rglob("*.parquet"))

    return {"seconds": seconds, "documents_kept": rows(filtered), "documents_written": rows(output)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, required=True, help="folder of raw text files")
    parser.add_argument("--work", type=Path, required=True, help="scratch folder (replaced)")
    parser.add_argument("--tasks", type=int, default=2, help="parallel tasks (one per core)")
    arguments = parser.parse_args()
    started = time.perf_counter()
    result = run(arguments.input, arguments.work, arguments.tasks)
    result["total_seconds"] = round(time.perf_counter() - started, 3)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
