"""The review page's data model: a header, segments with their findings, and the tally the charts show.

Neutral on purpose: `workbench qa --html` and `workbench translate --report FILE.html` both fill it
(workbench.review.runs); the page (workbench.review.page) only reads it. Findings are the documented
finding objects (workbench.terms.findings, docs/terminology.md#findings); the enforced changes of a
segment are their `fix` objects, so they are never stored twice.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Mapping

from workbench.terms.findings import DEPRECATED, MISSING, OK, PARTICLE, UNTRANSLATED

FIXED = "fixed"  # the status report_findings gives a fix without a verdict of its own
ISSUE = "issue"  # the page's name for every finding that is not a term verdict (date, number, tag ...)
STATUSES = (MISSING, DEPRECATED, UNTRANSLATED, PARTICLE, FIXED, ISSUE, OK)  # the order the page lists them in


@dataclass(frozen=True)
class ReviewHeader:
    """What the page says about the run.

    Attributes:
        locale: the target locale (ko, ko-KP, ru).
        glossary: the glossary's name ("none" without one).
        glossary_version: the hash of the glossary files' bytes (workbench.glossaries.version).
        glossary_files: the files it was read from, where the run knows them.
        model: the model that translated, None when the targets were given (qa).
        demo: the model is a bundled demo model: the page says DEMO.
        files: the input files, also those without a segment (a file that failed).
        entries: entry id -> {"name": English name, "note": the entry's note} for the terms on the page.
        date: when the page was made.
    """

    locale: str
    glossary: str
    glossary_version: str
    glossary_files: tuple[str, ...] = ()
    model: str | None = None
    demo: bool = False
    files: tuple[str, ...] = ()
    entries: Mapping[str, Mapping[str, str | None]] = field(default_factory=dict)
    date: str = field(default_factory=lambda: datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %z"))

    def as_json(self, files: list[str]) -> dict[str, Any]:
        """The header in the page's data block; `files`: every file of the page, in the order rows name them."""
        return {"locale": self.locale, "glossary": self.glossary, "glossary_version": self.glossary_version,
                "glossary_files": list(self.glossary_files), "model": self.model, "demo": self.demo,
                "date": self.date, "files": files, "entries": dict(self.entries)}


@dataclass(frozen=True)
class ReviewSegment:
    """One row: where it is (file, index: a line number or a unit id), both texts, the findings."""

    file: str
    index: int | str
    source: str
    target: str
    findings: tuple[dict, ...] = ()


def status_of(finding: dict) -> str:
    """The page's status of a finding: the term verdict, or `issue` for any other kind."""
    return finding["status"] if finding["kind"] == "term" else ISSUE


@dataclass
class Tally:
    """The counts the header shows, kept while segments stream past (the segments themselves are not)."""

    segments: int = 0
    statuses: Counter = field(default_factory=Counter)
    terms: dict[str, Counter] = field(default_factory=dict)
    files: dict[str, int] = field(default_factory=dict)  # name -> position, in order of appearance

    def add(self, segment: ReviewSegment) -> int:
        """Count `segment`; returns its file's position."""
        self.segments += 1
        for finding in segment.findings:
            status = status_of(finding)
            self.statuses[status] += 1
            if finding["kind"] == "term":
                self.terms.setdefault(finding["id"], Counter())[status] += 1
        return self.file(segment.file)

    def file(self, name: str) -> int:
        return self.files.setdefault(name, len(self.files))


def entry_notes(glossary, locale: str, ids) -> dict[str, dict[str, str | None]]:
    """The header's `entries` for `ids`: each entry's English name and its note (the entry's own note,
    then the note its terms for `locale` carry)."""
    out = {}
    for entry_id in ids:
        entry = glossary.get(entry_id) if glossary is not None else None
        if entry is None:
            continue
        terms = entry.for_locale(locale)
        notes = [note for note in (entry.note, terms.note if terms is not None else None) if note]
        out[entry_id] = {"name": entry.source, "note": " ".join(notes) or None}
    return out

