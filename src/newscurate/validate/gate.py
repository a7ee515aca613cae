"""Run the suites in `expectations/` with Great Expectations and turn results into decisions.

Each expectation carries `severity` (critical or warning) and `meta.quarantine`: a failing
critical expectation with quarantine=True sends the failing rows' documents to quarantine; any
other failing critical expectation fails the table, and with it the run's commit.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from newscurate.contract import contract_dir



@dataclass(frozen=True)
class Failure:
    suite: str
    expectation: str
    column: str | None
    severity: str
    quarantine: bool
    doc_ids: tuple[str, ...]
    observed: str

    @property
    def label(self) -> str:
        return f"{self.suite}.{self.expectation}({self.column or ''})"


@dataclass
class SuiteResult:
    suite: str
    evaluated: int
    passed: int
    failures: list[Failure] = field(default_factory=list)


@dataclass
class GateReport:
    suites: list[SuiteResult]
    data_docs: str | None

    @property
    def failures(self) -> list[Failure]:
        return [f for s in self.suites for f in s.failures]

    @property
    def quarantine_doc_ids(self) -> dict[str, list[str]]:
        """doc_id -> labels of the row-level critical expectations it failed."""
        failed: dict[str, list[str]] = {}
        for failure in self.failures:
            if failure.severity == "critical" and failure.quarantine:
                for doc_id in failure.doc_ids:
                    failed.setdefault(doc_id, []).append(failure.label)
        return failed

    @property
    def blocking(self) -> list[Failure]:
        return [f for f in self.failures if f.severity == "critical" and not f.quarantine]

    @property
    def success(self) -> bool:
        return not any(f.severity == "critical" for f in self.failures)

    def to_json(self) -> dict:
        return {
            "success": self.success,
            "data_docs": self.data_docs,
            "suites": [
                {
                    "suite": s.suite,
                    "evaluated": s.evaluated,
                    "passed": s.passed,
                    "failed": len(s.failures),
                    "failures": [
                        {"expectation": f.label, "severity": f.severity, "rows": len(f.doc_ids), "observed": f.observed}
                        for f in s.failures
                    ],
                }
                for s in self.suites
            ],
        }


def load_suite_json(name: str) -> dict:
    return json.loads((contract_dir("expectations") / f"{name}.json").read_text(encoding="utf-8"))


class Gate:
    """A Great Expectations file context under `gx_root`, holding the suites and Data Docs."""

    def __init__(self, gx_root: Path) -> None:
        os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
        logging.getLogger("great_expectations").setLevel(logging.ERROR)
        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig

        self._gx = gx
        gx_root.mkdir(parents=True, exist_ok=True)
        self.context = gx.get_context(mode="file", project_root_dir=gx_root)
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
        self.context.variables.save()
        try:
            self.datasource = self.context.data_sources.get("newscurate")
        except KeyError:
            self.datasource = self.context.data_sources.add_pandas("newscurate")

    def _checkpoint(self, suite_name: str, build_docs: bool):
        gx = self._gx
        from great_expectations.checkpoint import UpdateDataDocsAction

        try:
            asset = self.datasource.get_asset(suite_name)
        except LookupError:
            asset = self.datasource.add_dataframe_asset(suite_name)
        try:
            batch = asset.get_batch_definition("whole")
        except KeyError:
            batch = asset.add_batch_definition_whole_dataframe("whole")
        suite = self.context.suites.add_or_update(gx.ExpectationSuite(**load_suite_json(suite_name)))
        definition = self.context.validation_definitions.add_or_update(
            gx.ValidationDefinition(name=suite_name, data=batch, suite=suite)
        )
        return self.context.checkpoints.add_or_update(
            gx.Checkpoint(
                name=f"{suite_name}{'_docs' if build_docs else ''}",
                validation_definitions=[definition],
                actions=[UpdateDataDocsAction(name="data_docs")] if build_docs else [],
                result_format={"result_format": "COMPLETE", "unexpected_index_column_names": ["doc_id"]}
                if suite_name != "quarantine"
                else {"result_format": "SUMMARY"},
            )
        )

    def validate(self, frames: dict[str, pd.DataFrame], build_docs: bool = False) -> GateReport:
        results = []
        for name, frame in frames.items():
            checkpoint = self._checkpoint(name, build_docs)
            run = checkpoint.run(batch_parameters={"dataframe": frame.reset_index(drop=True)})
            validation = next(iter(run.run_results.values()))
            results.append(_suite_result(name, validation.results))
        docs = None
        if build_docs:
            urls = self.context.get_docs_sites_urls()
            docs = urls[0]["site_url"].removeprefix("file://") if urls else None
        return GateReport(results, docs)


def _suite_result(name: str, results) -> SuiteResult:
    suite = SuiteResult(name, evaluated=len(results), passed=0)
    for result in results:
        if result.success:
            suite.passed += 1
            continue
        config = result.expectation_config
        meta = config.meta or {}
        details = result.result or {}
        doc_ids = tuple(str(row["doc_id"]) for row in details.get("unexpected_index_list") or [] if isinstance(row, dict) and "doc_id" in row)
        observed = details.get("observed_value", details.get("unexpected_count", result.exception_info.get("exception_message") if isinstance(result.exception_info, dict) else ""))
        suite.failures.append(
            Failure(
                suite=name,
                expectation=config.type,
                column=config.kwargs.get("column") or config.kwargs.get("column_A"),
                severity=str(meta.get("severity", "critical")),
                quarantine=bool(meta.get("quarantine", False)),
                doc_ids=tuple(dict.fromkeys(doc_ids)),
                observed=str(observed)[:200],
            )
        )
    return suite


@lru_cache(maxsize=1)
def suite_names() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in contract_dir("expectations").glob("*.json")))
