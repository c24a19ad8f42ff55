"""Scoring terminology QA and enforcement against a labeled set (used by bench/eval_terms.py and the tests).

A labeled file is a TSV with a header: locale, category, source, target, violations, fixed
(violations: the source strings whose hits are violated, joined by " | "; fixed: the exactly correct
enforced target, empty when not labeled). Categories name how a row was built (correct, harm, negative,
overlap: nothing to fix; deprecated: a listed wrong form; latin: the source form left in Latin letters;
unlisted: a wrong variant the glossary does not list; particle, repeat, missing ...); the measures below
are computed from the labels, the categories only group them.

Measures (`summary`): detection precision and recall; the share of listed variants, of Latin leftovers
and of unlisted variants fixed exactly; of rows without a violation left unchanged; and the count of
damaged sentences: an enforced target that lost a word the MT and the answer share, or that holds a word
more often than both of them (a duplicate).

Listed or unlisted is decided against the glossary of the run, not by the row's category: a wrong variant
is listed when the glossary lists it (QA reports it as deprecated). The same "Северная Корея" row is a
listed variant with a glossary that bans it and an unlisted one with a plain CSV that does not.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

VARIANTS = ("deprecated", "unlisted")  # row categories of a wrong variant: listed or not is the glossary's say
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


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
    """Detection counts, enforcement outcomes per category, damaged rows and unchanged-correct rows
    for one locale's rows."""
    from workbench.terms.enforce import Enforcer
    from workbench.terms.findings import DEPRECATED
    from workbench.terms.qa import TermQA

    qa = TermQA(glossary, rows[0].locale)
    enforcer = Enforcer(glossary, rows[0].locale, qa=qa)
    counts, enforced, errors = Counter(), defaultdict(Counter), []
    for row in rows:
        found = [t for t in qa.check(row.source, row.target).terms if t.status != "ok"]
        predicted = frozenset(t.matched for t in found)
        counts["tp"] += len(predicted & row.violations)
        counts["fp"] += len(predicted - row.violations)
        counts["fn"] += len(row.violations - predicted)
        if predicted != row.violations:
            errors.append(f"  line {row.line} [{row.category}] predicted {sorted(predicted)} "
                          f"expected {sorted(row.violations)}")
        got = enforcer.enforce(row.source, row.target).target
        if not row.violations:
            counts["clean"] += 1
            counts["clean_changed"] += got != row.target
        if row.fixed:
            kind = row.category
            if kind in VARIANTS:
                kind = "listed" if any(t.status == DEPRECATED for t in found if t.matched in row.violations) \
                    else "unlisted"
            enforced[kind]["ok" if got == row.fixed else "bad"] += 1
            if damaged(row.target, row.fixed, got, row.locale):
                counts["damaged"] += 1
                errors.append(f"  line {row.line} [{row.category}] DAMAGED {got!r}")
        if (row.fixed and got != row.fixed) or (not row.violations and got != row.target):
            errors.append(f"  line {row.line} [{row.category}] enforced {got!r}\n      expected "
                          f"{(row.fixed or row.target)!r}")
    return {"counts": counts, "enforced": enforced, "errors": errors}


def damaged(mt: str, answer: str, output: str, locale: str = "ru") -> bool:
    """A word the MT and the answer share is missing from the output, or the output holds a word more
    often than both the MT and the answer do (case-insensitive; ё = е; a Korean word without the particle
    after it, which a repair refits: 최순희가 -> 최선희가 keeps the word 가 is attached to)."""
    before, right, after = (_words(text, locale) for text in (mt, answer, output))
    shared = before & right
    lost = any(after[word] < n for word, n in shared.items())
    doubled = any(n > max(before[word], right[word]) and n > 1 for word, n in after.items())
    return lost or doubled


def _words(text: str, locale: str) -> Counter:
    if locale.startswith("ko"):
        from workbench.terms import korean

        return Counter(word for word in korean.word_keys(text) if word)
    return Counter(word.lower().replace("ё", "е") for word in _WORD.findall(text))


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


def summary(result: dict) -> dict[str, float | int]:
    """The issue's measures from a (merged) result: precision, recall, listed, latin, unlisted (each a share
    fixed exactly, with its row count as n_listed, n_latin, n_unlisted), unchanged, damaged."""
    c, enforced = result["counts"], result["enforced"]

    def share(categories) -> float:
        ok = sum(enforced[k]["ok"] for k in categories if k in enforced)
        return ratio(ok, ok + sum(enforced[k]["bad"] for k in categories if k in enforced))

    return {"precision": ratio(c["tp"], c["tp"] + c["fp"]), "recall": ratio(c["tp"], c["tp"] + c["fn"]),
            "listed": share(("listed",)), "latin": share(("latin",)), "unlisted": share(("unlisted",)),
            **{f"n_{k}": sum(enforced[k].values()) for k in ("listed", "latin", "unlisted")},
            "unchanged": ratio(c["clean"] - c["clean_changed"], c["clean"]), "damaged": c["damaged"]}


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0
