"""Inline markup in a batch: every segment's target gets back the placeholders the model lost, and a `tag` finding.

The batch core calls `MarkupKeeper.keep` for each segment with placeholders before recording its target
(model output and TM matches alike, so a rerun reports the same). Where to put a lost placeholder is
decided by formats.tags.restore from the segment's glossary hits and, only when those are not enough,
the model's alignment (one extra forward pass for that segment). The finding has the shape of the other
QA issues (kind, message, severity, fix), so reports and bilingual files carry it with them;
`workbench qa` reports missing markup of finished pairs the same way (`with_markup_check`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from workbench.formats.base import Unit
from workbench.formats.tags import Anchor, needs_restore, restore

TAG_KIND = "tag"
MEMO_SIZE = 4096


class MarkupKeeper:
    """Restores inline markup for one run.

    Args:
        qa: terms.qa.TermQA to check the restored target again (None without a glossary).
        aligner: anything with `alignments(sources, targets)` (engine.base.Translator), or None.
    """

    def __init__(self, qa: Any = None, aligner: Any = None) -> None:
        self.qa, self.aligner = qa, aligner
        self._done: dict[tuple, tuple[str, Any]] = {}  # the same segment in many files is restored once

    def keep(self, unit: Unit, target: str, report: Any) -> tuple[str, Any]:
        """The target with all of the unit's markup, and its QA report (with the `tag` finding when
        anything had to be restored); both unchanged when the model kept every placeholder."""
        if not needs_restore(unit.source, target, unit.placeholders):
            return target, report
        key = (unit.source, target, unit.placeholders)
        if key not in self._done:
            if len(self._done) >= MEMO_SIZE:
                self._done.clear()
            restored = restore(unit.source, target, unit.placeholders, anchors=_anchors(report),
                               alignment=lambda: self._alignment(unit.source, target))
            self._done[key] = restored.text, self._report(unit.source, restored.text, restored.notes)
        return self._done[key]

    def _alignment(self, source: str, target: str):
        if self.aligner is None:
            return None
        return self.aligner.alignments([source], [target])[0]

    def _report(self, source: str, target: str, notes: tuple[str, ...]):
        from workbench.terms.qa import Issue, PairReport

        checked = self.qa.check(source, target) if self.qa is not None else PairReport(source, target, (), ())
        issue = Issue(TAG_KIND, "inline markup restored, check where it went: " + "; ".join(notes))
        return replace(checked, issues=checked.issues + (issue,))


def with_markup_check(report: Any) -> Any:
    """A QA report of a finished pair (`workbench qa`) with a `tag` finding when inline markup of its
    source (Markdown or HTML, as formats.markdown reads it) is missing from its target."""
    from workbench.formats.markdown import protect
    from workbench.terms.qa import Issue

    wanted = Counter(placeholder.markup for placeholder in protect(report.source)[1])
    missing = wanted - Counter(placeholder.markup for placeholder in protect(report.target)[1]) if wanted else None
    if not missing:
        return report
    issue = Issue(TAG_KIND, "inline markup of the source is missing from the target: " + " ".join(missing.elements()))
    return replace(report, issues=report.issues + (issue,))


def _anchors(report: Any) -> list[Anchor]:
    """The glossary hits found in the target: where a source span's rendering is known to be."""
    if report is None:
        return []
    return [Anchor(term.start, term.end, term.span.start, term.span.end)
            for term in report.terms if term.span is not None]
