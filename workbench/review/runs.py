"""The two runs that write a review page: `qa --html` (pairs checked) and `translate --report FILE.html`.

Each opens its page before the work starts (an unwritable target stops the run at once), adds the
segments as they are done and writes the page at the end.
"""

from __future__ import annotations

from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.review.model import ReviewHeader, ReviewSegment, entry_notes
from workbench.review.writer import ReviewWriter
from workbench.terms.findings import Change, report_findings

HTML_SUFFIXES = (".html", ".htm")


def is_html(path: Path | str | None) -> bool:
    """Whether a --report path asks for the review page (by its extension)."""
    return path is not None and Path(path).suffix.lower() in HTML_SUFFIXES


class QAReview:
    """`workbench qa --html TARGET`: one row per pair (the TSV's line number), the findings of its QA report."""

    def __init__(self, target: Path | str, pairs: str, locale: str, glossary_files: tuple[Path, ...], glossary):
        from workbench import glossaries

        self._page = ReviewWriter(target, "--html")
        self._pairs, self._locale, self._glossary = pairs, locale, glossary
        self._paths = tuple(str(path) for path in glossary_files)
        self._version = glossaries.version(glossary_files)

    def add(self, line: int, report) -> None:
        self._page.add(ReviewSegment(self._pairs, line, report.source, report.target,
                                     tuple(report_findings(report))))

    def commit(self) -> None:
        self._page.commit(ReviewHeader(self._locale, self._glossary.name, self._version, self._paths,
                                       files=(self._pairs,),
                                       entries=entry_notes(self._glossary, self._locale, self._page.tally.terms)))


class BatchReview:
    """`translate --report FILE.html`: the review page behind the batch report's interface (add_file,
    close, abort, error: see workbench.batch.ReportWriter). One row per segment of each file record; its
    findings are the record's, or, where the record does not carry them, those of the final target's QA
    with the record's changes as their fixes."""

    def __init__(self, path: Path | str, job) -> None:
        self.path, self.error, self._job = path, None, job
        self._page = ReviewWriter(path, "--report")
        self._files: list[str] = []

    def add_file(self, record: dict) -> None:
        self._files.append(record["path"])
        for segment in record["segments"]:
            self._page.add(ReviewSegment(record["path"], segment["id"], segment["source"], segment["target"],
                                         tuple(self._findings(segment))))

    def close(self, summary) -> None:
        """Write the page (a failure is kept in `error`, as the JSON report does)."""
        job, qa = self._job, self._job.qa
        header = ReviewHeader(job.target, job.glossary_label, job.glossary_version, model=job.model_id,
                              demo=job.is_demo, files=tuple(self._files),
                              entries=entry_notes(qa.glossary if qa is not None else None, job.target,
                                                  self._page.tally.terms))
        try:
            self._page.commit(header)
        except WorkbenchError as exc:
            self.error = str(exc)

    def abort(self) -> None:
        self._page.discard()

    def _findings(self, segment: dict) -> list[dict]:
        if "findings" in segment:
            return segment["findings"]
        if self._job.qa is None:
            return []
        changes = tuple(Change(c["id"], c["from"], c["to"], c["method"], c.get("note"))
                        for c in segment.get("changes", ()))
        return report_findings(self._job.qa.check(segment["source"], segment["target"]), changes)
