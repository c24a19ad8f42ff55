"""The terminology result nouns, and the one finding object every report is made of.

QA (workbench.terms.qa) and enforcement (workbench.terms.enforce, .repair) produce these; the CLI
(qa --json, enforce --json), the batch report and the bilingual JSON write them through `finding_json`,
one shape everywhere (documented in docs/terminology.md#findings, JSON Schema in docs/findings.schema.json).
Nothing here imports the rest of workbench.
"""

from __future__ import annotations

from dataclasses import dataclass, field

OK, MISSING, DEPRECATED, UNTRANSLATED, PARTICLE = "ok", "missing", "deprecated", "untranslated", "particle"
FINDINGS_SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Span:
    """A piece of the target attributed to an entry (how it was found: accepted, deprecated or latin)."""

    start: int
    end: int
    text: str
    kind: str
    term: str


@dataclass(frozen=True)
class TermCheck:
    """The verdict for one source hit."""

    id: str
    source_form: str
    matched: str
    start: int
    end: int
    status: str
    found: str | None
    expected: str
    span: Span | None = None


@dataclass(frozen=True)
class Issue:
    """A QA finding that is not a term verdict. severity: error (a violation), warning or info."""

    kind: str
    message: str
    severity: str = "warning"
    fix: str | None = None


@dataclass(frozen=True)
class PairReport:
    source: str
    target: str
    terms: tuple[TermCheck, ...]
    issues: tuple[Issue, ...]

    @property
    def ok(self) -> bool:
        """No terminology violation and no error-level issue."""
        return all(t.status == OK for t in self.terms) and not any(i.severity == "error" for i in self.issues)

    @property
    def violations(self) -> tuple[TermCheck, ...]:
        return tuple(t for t in self.terms if t.status != OK)


@dataclass(frozen=True)
class Change:
    """One edit of a target: `method` says how the wrong span was found (deprecated-form, latin-leftover,
    sibling-locale, similar-span, particle, agreement, n-best); `note` what the translator should check."""

    id: str
    before: str
    after: str
    method: str
    note: str | None = None

    def as_json(self) -> dict:
        data = {"id": self.id, "from": self.before, "to": self.after, "method": self.method}
        if self.note:
            data["note"] = self.note
        return data


@dataclass(frozen=True)
class Unresolved:
    id: str
    reason: str

    def as_json(self) -> dict:
        return {"id": self.id, "reason": self.reason}


@dataclass(frozen=True)
class EnforceResult:
    source: str
    target: str
    changes: tuple[Change, ...] = ()
    unresolved: tuple[Unresolved, ...] = ()
    report: PairReport | None = field(default=None, compare=False)

    @property
    def changed(self) -> bool:
        return bool(self.changes)


def term_finding(check: TermCheck, change: Change | None = None, unresolved: Unresolved | None = None) -> dict:
    """The finding object for one term verdict (see module docstring)."""
    violated = check.status != OK
    span = check.span
    return {
        "kind": "term", "id": check.id, "status": check.status,
        "severity": ("error" if unresolved is not None or (violated and change is None) else "info") if violated
        else "ok",
        "source": {"start": check.start, "end": check.end, "text": check.matched},
        "target": {"start": span.start, "end": span.end, "text": span.text} if span is not None else None,
        "expected": check.expected, "found": check.found,
        "message": _term_message(check),
        "fix": change.as_json() if change is not None else None,
    }


def issue_finding(issue: Issue) -> dict:
    """The finding object for a QA issue that is not a term verdict (date, number, agreement, tag ...)."""
    return {"kind": issue.kind, "id": None, "status": None, "severity": issue.severity, "source": None,
            "target": None, "expected": issue.fix, "found": None, "message": issue.message, "fix": None}


def report_findings(report: PairReport, changes: tuple[Change, ...] = (),
                    unresolved: tuple[Unresolved, ...] = ()) -> list[dict]:
    """Every finding of one segment: its term verdicts (with the fix enforcement made for each entry, or
    its reason for not making one) and its other issues. `changes` not tied to a verdict of `report`
    (a fix whose verdict is now ok) become findings of their own."""
    fixes: dict[str, list[Change]] = {}
    for change in changes:
        fixes.setdefault(change.id, []).append(change)
    left = {u.id: u for u in unresolved}
    out = [term_finding(check, _take(fixes, check.id) if check.status != OK else None, left.get(check.id))
           for check in report.terms]
    out += [{"kind": "term", "id": c.id, "status": "fixed", "severity": "info", "source": None, "target": None,
             "expected": c.after, "found": c.before, "message": f"{c.id}: {c.before!r} -> {c.after!r} ({c.method})",
             "fix": c.as_json()} for rest in fixes.values() for c in rest]
    return out + [issue_finding(issue) for issue in report.issues]


def _take(fixes: dict[str, list[Change]], entry_id: str) -> Change | None:
    pending = fixes.get(entry_id)
    return pending.pop(0) if pending else None


def _term_message(check: TermCheck) -> str:
    if check.status == OK:
        return f"{check.id}: {check.found!r}"
    if check.status == MISSING:
        return f"{check.id}: no rendering of {check.matched!r}; expected {check.expected!r}"
    return f"{check.id}: {check.status} {check.found!r}; expected {check.expected!r}"
