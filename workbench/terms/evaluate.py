"""Scoring terminology QA and enforcement against a labeled set (used by bench/eval_terms.py and the tests).

A labeled file is a TSV with a header: locale, category, source, target, violations, fixed
(violations: the source strings whose hits are violated, joined by " | "; fixed: the exactly correct
enforced target, empty when not labeled). Categories: correct, deprecated, latin, unlisted, missing,
negative, overlap.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Row:
    line: int
    locale: str
    category: str
    source: str
    target: str
    violations: frozenset[str]
    fixed: str


def read_rows(path: Path) -> list[Row]:
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for number, rec in enumerate(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), 2):
            marks = frozenset(v.strip() for v in rec["violations"].split("|") if v.strip())
            rows.append(Row(number, rec["locale"], rec["category"], rec["source"], rec["target"], marks,
                            rec.get("fixed") or ""))
    return rows


def evaluate(rows: list[Row], glossary) -> dict:
    """Detection counts and enforcement outcomes for one locale's rows."""
    from workbench.terms.enforce import Enforcer
    from workbench.terms.qa import TermQA

    qa = TermQA(glossary, rows[0].locale)
    enforcer = Enforcer(glossary, rows[0].locale, qa=qa)
    counts, enforced, errors = Counter(), defaultdict(Counter), []
    for row in rows:
        predicted = frozenset(t.matched for t in qa.check(row.source, row.target).terms if t.status != "ok")
        counts["tp"] += len(predicted & row.violations)
        counts["fp"] += len(predicted - row.violations)
        counts["fn"] += len(row.violations - predicted)
        if predicted != row.violations:
            errors.append(f"  line {row.line} [{row.category}] predicted {sorted(predicted)} "
                          f"expected {sorted(row.violations)}")
        if row.fixed:
            got = enforcer.enforce(row.source, row.target).target
            enforced[row.category]["ok" if got == row.fixed else "bad"] += 1
            if got != row.fixed:
                errors.append(f"  line {row.line} [{row.category}] enforced {got!r}\n      expected {row.fixed!r}")
    return {"counts": counts, "enforced": enforced, "errors": errors}


def by_locale(rows: list[Row]) -> list[list[Row]]:
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        groups[row.locale].append(row)
    return list(groups.values())


def merge_results(results: list[dict]) -> dict:
    counts, enforced, errors = Counter(), defaultdict(Counter), []
    for result in results:
        counts.update(result["counts"])
        for category, outcome in result["enforced"].items():
            enforced[category].update(outcome)
        errors.extend(result["errors"])
    return {"counts": counts, "enforced": enforced, "errors": errors}


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0
