"""Run the suites in `expectations/` with Great Expectations and turn results into decisions.

Each expectation carries `severity` (critical or warning) and `meta.quarantine`: a failing
critical expectation with quarantine=True sends the failing rows' documents to quarantine; any
other failing critical expectation fails the table, and with it the run's commit.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import logging
import os
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
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
    scope: str | None = None  # which of the suite's expectations were judged (None: all)


@dataclass
class GateReport:
    suites: list[SuiteResult]
    data_docs: str | None
    validation_results: list[dict] = field(default_factory=list, repr=False)  # GE's own JSON, for Data Docs

    @classmethod
    def merge(cls, reports: list[GateReport]) -> GateReport:
        """One report for several batches and scopes: per suite and expectation, the failures of
        every batch; expectations evaluated counted once per scope (batches judge the same ones)."""
        suites: dict[str, SuiteResult] = {}
        evaluated: dict[str, dict[str | None, int]] = {}
        failures: dict[tuple[str, str], Failure] = {}
        for report in reports:
            for result in report.suites:
                suites.setdefault(result.suite, SuiteResult(result.suite, 0, 0))
                by_scope = evaluated.setdefault(result.suite, {})
                by_scope[result.scope] = max(by_scope.get(result.scope, 0), result.evaluated)
                for failure in result.failures:
                    key = (failure.suite, failure.label + failure.severity)
                    seen = failures.get(key)
                    failures[key] = failure if seen is None else replace(
                        seen, doc_ids=seen.doc_ids + failure.doc_ids, observed=_join_observed(seen.observed, failure.observed)
                    )
        for suite in suites.values():
            by_scope = evaluated[suite.suite]
            whole = None in by_scope  # the whole suite was judged somewhere: nothing to add up
            suite.evaluated = by_scope[None] if whole else sum(by_scope.values())
            suite.scope = None if whole else "+".join(sorted({part for scope in by_scope for part in scope.split("+")}))
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
            SuiteResult(
                s["suite"], s["evaluated"], s["passed"], [Failure(**{**f, "doc_ids": tuple(f["doc_ids"])}) for f in s["failures"]], s.get("scope")
            )
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
    it), "run" (needs every row of the run: uniqueness, row counts, duplicate_of targets) or
    "schema" (column sets and types: judged once per run on one staged file of each Arrow schema)."""
    suite = load_suite_json(name)
    if scope is not None:
        suite["expectations"] = [e for e in suite["expectations"] if e.get("meta", {}).get("scope", "batch") == scope]
    return suite


@lru_cache(maxsize=None)
def columns_judged(name: str, scope: str | None) -> tuple[frozenset[str], bool]:
    """The columns the suite's expectations of this scope name, and whether one of them judges the
    whole table (a column set, a row count) and so needs every column."""
    named: set[str] = set()
    whole_table = False
    for expectation in suite_for_scope(name, scope)["expectations"]:
        kwargs = expectation["kwargs"]
        columns = [kwargs[k] for k in ("column", "column_A", "column_B") if k in kwargs] + list(kwargs.get("column_list", ()))
        named.update(columns)
        whole_table = whole_table or not columns
    return frozenset(named), whole_table


def _load_on_first_use(name: str) -> None:
    """Register a module to be executed when first used (importlib's LazyLoader), not when imported.
    GE imports scipy.stats at its own import for two expectations no suite here uses (KL divergence,
    KS tests): 1.4 s of each process's start, paid by the flow and by every worker."""
    if name in sys.modules:
        return
    try:
        spec = importlib.util.find_spec(name)
    except ModuleNotFoundError:
        return
    if spec is None or spec.loader is None:
        return
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    # 'from scipy import stats' then finds the attribute: importing it by name again would touch the
    # module's __spec__, and any attribute access runs it.
    parent, _, child = name.rpartition(".")
    setattr(sys.modules[parent], child, module)


def load_great_expectations():
    """The great_expectations module, imported quietly (no analytics, errors only): about 3 s the
    first time in a process, so a process that will judge data can load it while it waits anyway."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    _load_on_first_use("scipy.stats")
    import great_expectations

    return great_expectations


class Gate:
    """Great Expectations, loaded once per process, judging frames against the suites.

    Batches are judged in memory (GE's ephemeral context: nothing written, safe in parallel
    workers); their results are JSON that `publish` stores in the file context under `gx_root` and
    renders as Data Docs, once per run.
    """

    def __init__(self, gx_root: Path | None = None) -> None:
        gx = load_great_expectations()
        from great_expectations.data_context.types.base import ProgressBarsConfig
        from great_expectations.execution_engine import pandas_execution_engine

        # GE fingerprints every frame it loads, only to print the hash in the result's meta (an md5
        # over every cell: 30 ms for a 1,000-document batch, twice per table); it skips frames above
        # this threshold, and a batch is named by its batch_id.
        pandas_execution_engine.HASH_THRESHOLD = 0

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
            declared = suite_for_scope(name, scope)
            self._suites[key] = (asset.add_batch_definition_whole_dataframe("whole"), self._gx.ExpectationSuite(**declared), declared)
        return self._suites[key]

    def validate(self, frames: dict[str, pd.DataFrame], scope: str | None = None, batch_id: str = "run") -> GateReport:
        """Judge each frame by its table's suite (the expectations of `scope`; None: all)."""
        results, raw = [], []
        for name, frame in frames.items():
            definition, suite, declared = self._suite(name, scope)
            if not suite.expectations:
                continue
            batch = definition.get_batch(batch_parameters={"dataframe": frame.reset_index(drop=True)})
            validation = batch.validate(suite, result_format="BASIC")
            failed = [i for i, result in enumerate(validation.results) if not result.success]
            if failed and "doc_id" in frame.columns:
                self._name_failing_rows(batch, validation, suite, declared, failed)
            results.append(_suite_result(name, validation.results, scope))
            raw.append({"suite": name, "batch_id": batch_id, "result": validation.to_json_dict()})
        return GateReport(results, None, raw)

    def _name_failing_rows(self, batch, validation, suite, declared: dict, failed: list[int]) -> None:
        """Judge the failed expectations again, listing every failing row's doc_id.

        A batch is first judged with GE's BASIC results (counts, observed values, the first 20
        unexpected values): listing rows costs GE more than judging them (0.71 vs 0.49 s of CPU for
        a 500-document batch), and almost every expectation passes. GE returns results in an order
        of its own, so they are matched to the suite's expectations by their configuration."""
        results = validation.results
        position = {_configuration_key(e.configuration): j for j, e in enumerate(suite.expectations)}
        again = self._gx.ExpectationSuite(
            name=declared["name"], expectations=[declared["expectations"][position[_configuration_key(results[i].expectation_config)]] for i in failed]
        )
        complete = {"result_format": "COMPLETE", "unexpected_index_column_names": ["doc_id"]}
        listed = {_configuration_key(r.expectation_config): r for r in batch.validate(again, result_format=complete).results}
        for i in failed:
            results[i] = listed[_configuration_key(results[i].expectation_config)]

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
        # Without a run_time GE parses the name as a date: '20261123T075022Z-2904ad' reads as an offset of
        # -29:04 hours and fails later in astimezone (about 1 run id in 750, by its random suffix).
        run = RunIdentifier(run_name=run_id, run_time=datetime.now(timezone.utc))
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


def _configuration_key(configuration) -> str:
    kwargs = {k: v for k, v in configuration.kwargs.items() if k != "batch_id"}
    return json.dumps([configuration.type, kwargs], sort_keys=True, default=str)


def _suite_result(name: str, results, scope: str | None) -> SuiteResult:
    suite = SuiteResult(name, evaluated=len(results), passed=0, scope=scope)
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


SHOWN_VALUES = 200  # unexpected values (and their doc_ids) listed per expectation on a run's page


def merged_batch_results(items: Iterable[dict]) -> list[dict]:
    """One GE result per suite for all of a run's batches, as Data Docs renders them: a page per
    suite and run, not per batch (a million documents would make 12,000 pages). Success holds when
    it held in every batch; counts add up; lists of unexpected values keep their first
    SHOWN_VALUES. Folded one batch at a time: a run's results are never all in memory."""
    merged: dict[str, dict] = {}
    for item in items:
        if item["suite"] not in merged:
            merged[item["suite"]] = {"suite": item["suite"], "batch_id": "batches", "result": copy.deepcopy(item["result"])}
            merged[item["suite"]]["result"]["meta"]["batches"] = 1
        else:
            _fold(merged[item["suite"]]["result"], item["result"])
    for item in merged.values():
        _restate(item["result"])
    return list(merged.values())


_SUMMED = ("element_count", "unexpected_count", "missing_count")
_LISTED = ("partial_unexpected_list", "partial_unexpected_index_list", "unexpected_list", "unexpected_index_list")


def _expectation_key(result: dict) -> str:
    config = result["expectation_config"]
    kwargs = {k: v for k, v in config["kwargs"].items() if k != "batch_id"}
    return json.dumps([config["type"], kwargs], sort_keys=True, default=str)


def _fold(into: dict, result: dict) -> None:
    into["meta"]["batches"] += 1
    expectations = {_expectation_key(r): r for r in into["results"]}
    for part in result["results"]:
        target = expectations.get(_expectation_key(part))
        if target is None:  # not judged in the batches before: listed as it is
            into["results"].append(copy.deepcopy(part))
            continue
        details, more = target.setdefault("result", {}), part.get("result") or {}
        if target["success"] and not part["success"] and "observed_value" in more:
            details["observed_value"] = more["observed_value"]  # the first failing batch's
        target["success"] = target["success"] and part["success"]
        for key in _SUMMED:
            if key in more:
                details[key] = details.get(key, 0) + more[key]
        for key in _LISTED:
            if key in more:
                details[key] = ((details.get(key) or []) + more[key])[:SHOWN_VALUES]
        if (part.get("exception_info") or {}).get("raised_exception") and not (target.get("exception_info") or {}).get("raised_exception"):
            target["exception_info"] = part["exception_info"]


def _restate(result: dict) -> None:
    """Percentages, value counts and statistics recomputed from the folded counts."""
    for expectation in result["results"]:
        details = expectation.get("result") or {}
        details.pop("unexpected_index_query", None)  # a pandas query of one batch's rows: meaningless here
        elements, unexpected, missing = (details.get(key) for key in _SUMMED)
        if elements:
            if missing is not None:
                details["missing_percent"] = 100 * missing / elements
            if unexpected is not None:
                present = elements - (missing or 0)
                details["unexpected_percent"] = 100 * unexpected / present if present else None
                if "unexpected_percent_nonmissing" in details:
                    details["unexpected_percent_nonmissing"] = details["unexpected_percent"]
                if "unexpected_percent_total" in details:
                    details["unexpected_percent_total"] = 100 * unexpected / elements
        if "partial_unexpected_list" in details:  # batches judged with BASIC results have the list, not its counts
            counts = Counter(json.dumps(value, sort_keys=True, default=str) for value in details.get("partial_unexpected_list") or [])
            details["partial_unexpected_counts"] = [{"value": json.loads(value), "count": count} for value, count in counts.most_common(20)]
    successes = sum(bool(e["success"]) for e in result["results"])
    evaluated = len(result["results"])
    result["success"] = successes == evaluated
    result["statistics"] = {
        "evaluated_expectations": evaluated,
        "successful_expectations": successes,
        "unsuccessful_expectations": evaluated - successes,
        "success_percent": 100 * successes / evaluated if evaluated else None,
    }


@lru_cache(maxsize=1)
def suite_names() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in contract_dir("expectations").glob("*.json")))


def _join_observed(first: str, second: str) -> str:
    return first if second in first else f"{first}; {second}"[:200]
