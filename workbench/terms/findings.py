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


def term_finding(check: TermCheck) -> dict:
    """The finding object for one term verdict on a target (see module docstring)."""
    span = check.span
    return {
        "kind": "term", "id": check.id, "status": check.status,
        "severity": "ok" if check.status == OK else "error",
        "source": {"start": check.start, "end": check.end, "text": check.matched},
        "target": {"start": span.start, "end": span.end, "text": span.text} if span is not None else None,
        "expected": check.expected, "found": check.found,
        "message": _term_message(check), "fix": None,
    }


def fix_finding(change: Change) -> dict:
    """The finding object for one edit enforcement made (status "fixed", the edit in `fix`)."""
    return {"kind": "agreement" if change.method == "agreement" else "term", "id": change.id, "status": "fixed",
            "severity": "info", "source": None, "target": None, "expected": change.after, "found": change.before,
            "message": f"{change.id}: {change.before!r} -> {change.after!r} ({change.method})"
                       + (f"; {change.note}" if change.note else ""),
            "fix": change.as_json()}


def issue_finding(issue: Issue) -> dict:
    """The finding object for a QA issue that is not a term verdict (date, number, agreement, tag ...)."""
    return {"kind": issue.kind, "id": None, "status": None, "severity": issue.severity, "source": None,
            "target": None, "expected": issue.fix, "found": None, "message": issue.message, "fix": None}


def report_findings(report: PairReport, changes: tuple[Change, ...] = ()) -> list[dict]:
    """Every finding of one segment: the term verdicts on the target `report` checked (what the command
    outputs: the pair's target for qa, the corrected one for enforce and translate), each edit made to
    get there, and the other QA issues."""
    return ([term_finding(check) for check in report.terms] + [fix_finding(change) for change in changes]
            + [issue_finding(issue) for issue in report.issues])


def _term_message(check: TermCheck) -> str:
    if check.status == OK:
        return f"{check.id}: {check.found!r}"
    if check.status == MISSING:
        return f"{check.id}: no rendering of {check.matched!r}; expected {check.expected!r}"
    return f"{check.id}: {check.status} {check.found!r}; expected {check.expected!r}"
