"""Run the suites in `expectations/` with Great Expectations and turn results into decisions.

Each expectation carries `severity` (critical or warning) and `meta.quarantine`: a failing
critical expectation with quarantine=True sends the failing rows' documents to quarantine; any
other failing critical expectation fails the table, and with it the run's commit.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, replace
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
    validation_results: list[dict] = field(default_factory=list, repr=False)  # GE's own JSON, for Data Docs

    @classmethod
    def merge(cls, reports: list[GateReport]) -> GateReport:
        """One report for several batches: per suite and expectation, the failures of every batch."""
        suites: dict[str, SuiteResult] = {}
        failures: dict[tuple[str, str], Failure] = {}
        for report in reports:
            for result in report.suites:
                merged = suites.setdefault(result.suite, SuiteResult(result.suite, result.evaluated, result.evaluated))
                merged.evaluated = max(merged.evaluated, result.evaluated)
                for failure in result.failures:
                    key = (failure.suite, failure.label + failure.severity)
                    seen = failures.get(key)
                    failures[key] = failure if seen is None else replace(
                        seen, doc_ids=seen.doc_ids + failure.doc_ids, observed=_join_observed(seen.observed, failure.observed)
                    )
        for suite in suites.values():
            suite.failures = [f for f in failures.values() if f.suite == suite.suite]
            suite.passed = suite.evaluated - len(suite.failures)
        results = [r for report in reports for r in report.validation_results]
        return cls(list(suites.values()), None, results)

    def state(self) -> dict:
        """Everything but GE's raw results, as JSON: how a staged batch keeps its report."""
        return {"suites": [asdict(s) for s in self.suites], "data_docs": self.data_docs}

    @classmethod
    def from_state(cls, state: dict) -> GateReport:
        suites = [
            SuiteResult(s["suite"], s["evaluated"], s["passed"], [Failure(**{**f, "doc_ids": tuple(f["doc_ids"])}) for f in s["failures"]])
            for s in state["suites"]
        ]
        return cls(suites, state.get("data_docs"))

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
        """No critical failure was left standing: each either quarantined its documents or there was none."""
        return not self.blocking

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


def suite_for_scope(name: str, scope: str | None) -> dict:
    """The suite's expectations that can be judged on data of this scope (None: all of them).

    `meta.scope` is "batch" (the default: judged on each batch of documents, in the worker that made
    it) or "run" (needs every row of the run: uniqueness, row counts, duplicate_of targets)."""
    suite = load_suite_json(name)
    if scope is not None:
        suite["expectations"] = [e for e in suite["expectations"] if e.get("meta", {}).get("scope", "batch") == scope]
    return suite


class Gate:
    """Great Expectations, loaded once per process, judging frames against the suites.

    Batches are judged in memory (GE's ephemeral context: nothing written, safe in parallel
    workers); their results are JSON that `publish` stores in the file context under `gx_root` and
    renders as Data Docs, once per run.
    """

    def __init__(self, gx_root: Path | None = None) -> None:
        os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
        logging.getLogger("great_expectations").setLevel(logging.ERROR)
        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig

        self._gx = gx
        self.gx_root = gx_root
        from great_expectations.data_context.types.base import DataContextConfig, InMemoryStoreBackendDefaults

        # In memory, and without the temporary Data Docs folder GE's default ephemeral context leaves in /tmp.
        in_memory = DataContextConfig(store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False))
        self.context = gx.get_context(project_config=in_memory, mode="ephemeral")
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
        self.datasource = self.context.data_sources.add_pandas("newscurate")
        self._suites: dict[tuple[str, str | None], tuple[object, object]] = {}

    def _suite(self, name: str, scope: str | None):
        key = (name, scope)
        if key not in self._suites:
            asset = self.datasource.add_dataframe_asset(f"{name}-{scope or 'all'}")
            suite = self._gx.ExpectationSuite(**suite_for_scope(name, scope))
            self._suites[key] = (asset.add_batch_definition_whole_dataframe("whole"), suite)
        return self._suites[key]

    def validate(self, frames: dict[str, pd.DataFrame], scope: str | None = None, batch_id: str = "run") -> GateReport:
        """Judge each frame by its table's suite (the expectations of `scope`; None: all)."""
        results, raw = [], []
        for name, frame in frames.items():
            definition, suite = self._suite(name, scope)
            if not suite.expectations:
                continue
            batch = definition.get_batch(batch_parameters={"dataframe": frame.reset_index(drop=True)})
            result_format = (
                {"result_format": "COMPLETE", "unexpected_index_column_names": ["doc_id"]} if "doc_id" in frame.columns else "SUMMARY"
            )
            validation = batch.validate(suite, result_format=result_format)
            results.append(_suite_result(name, validation.results))
            raw.append({"suite": name, "batch_id": batch_id, "result": validation.to_json_dict()})
        return GateReport(results, None, raw)

    def publish(self, run_id: str, validation_results: list[dict]) -> str | None:
        """Store the run's GE results in the file context and render them as Data Docs; the site's path."""
        if self.gx_root is None:
            return None
        from great_expectations.core.expectation_validation_result import ExpectationSuiteValidationResultSchema
        from great_expectations.core.run_identifier import RunIdentifier
        from great_expectations.data_context.types.resource_identifiers import (
            ExpectationSuiteIdentifier,
            ValidationResultIdentifier,
        )

        self.gx_root.mkdir(parents=True, exist_ok=True)
        context = self._gx.get_context(mode="file", project_root_dir=self.gx_root)
        schema = ExpectationSuiteValidationResultSchema()
        run = RunIdentifier(run_name=run_id)
        keys = []
        for item in validation_results:
            key = ValidationResultIdentifier(
                expectation_suite_identifier=ExpectationSuiteIdentifier(name=item["suite"]),
                run_id=run,
                batch_identifier=item["batch_id"],
            )
            context.validation_results_store.set(key, schema.load(item["result"]))
            keys.append(key)
        context.build_data_docs(resource_identifiers=keys)
        urls = context.get_docs_sites_urls()
        return urls[0]["site_url"].removeprefix("file://") if urls else None


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


def _join_observed(first: str, second: str) -> str:
    return first if second in first else f"{first}; {second}"[:200]
