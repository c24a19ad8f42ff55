"""Glossary enforcement: turn a target that violates the glossary into one that satisfies it.

Two entry points share one substitution engine:
- `Enforcer.enforce(source, target)`: rule-based, for existing translations (`workbench enforce`);
  with a translator it also ranks alternative repairs with the model's score.
- `Enforcer.enforce_translation(translation)`: inside MT: the best-scoring n-best hypothesis that
  satisfies every hit wins; otherwise the best hypotheses are repaired and the model scores the repairs.
Already-correct text is never changed; whatever cannot be fixed is reported as unresolved.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from glossary.model import Glossary
from workbench.engine.base import Translation, Translator
from workbench.terms import repair
from workbench.terms.qa import PairReport, TermQA

MAX_REPAIRED_HYPOTHESES = 3
# Scoring is the expensive step (a forward pass per candidate): only the few best-ranked repairs reach it.
MAX_SCORED = 4


@dataclass(frozen=True)
class Change:
    id: str
    before: str
    after: str
    method: str

    def as_json(self) -> dict:
        return {"id": self.id, "from": self.before, "to": self.after, "method": self.method}


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


class Enforcer:
    """Enforce one glossary for one target locale; build once, reuse for every segment."""

    def __init__(self, glossary: Glossary, locale: str, translator: Translator | None = None,
                 qa: TermQA | None = None) -> None:
        self.qa = qa or TermQA(glossary, locale)
        self.glossary = glossary
        self.locale = locale
        self.translator = translator

    def enforce(self, source: str, target: str) -> EnforceResult:
        """Repair `target` so every glossary hit of `source` is rendered by an accepted term."""
        report = self.qa.check(source, target)
        if not report.violations:
            return EnforceResult(source, target, report=report)
        candidates = repair.candidates(self.qa, source, target, report)
        return self._pick(source, target, report, candidates)

    def enforce_translation(self, translation: Translation) -> EnforceResult:
        """MT path: prefer an n-best hypothesis that already satisfies the glossary, else repair."""
        source = translation.source
        hypotheses = translation.hypotheses or ()
        best = translation.best.text
        if not self.qa.hits(source):
            return EnforceResult(source, best, report=self.qa.check(source, best))
        for hypothesis in hypotheses:
            if not self.qa.term_violations(source, hypothesis.text):
                return self._chosen_hypothesis(translation, hypothesis.text, self.qa.check(source, hypothesis.text))
        pool: list[repair.Candidate] = []
        for hypothesis in hypotheses[:MAX_REPAIRED_HYPOTHESES]:
            report = self.qa.check(source, hypothesis.text)
            pool.extend(repair.candidates(self.qa, source, hypothesis.text, report))
        return self._pick(source, best, self.qa.check(source, best), pool)

    def _chosen_hypothesis(self, translation: Translation, text: str, report: PairReport) -> EnforceResult:
        best = translation.best.text
        if text == best:
            return EnforceResult(translation.source, text, report=report)
        changes = tuple(Change(t.id, _rendering_in(self.qa, translation.source, best, t.id), t.found or "",
                               "n-best") for t in report.terms)
        changes = tuple({c.id: c for c in changes if c.before != c.after}.values())
        return EnforceResult(translation.source, text, changes, report=report)

    def _pick(self, source: str, target: str, report: PairReport,
              candidates: list[repair.Candidate]) -> EnforceResult:
        if not candidates:
            return EnforceResult(source, target, (), _unresolved(report), report)
        unique = list({c.text: c for c in sorted(candidates, key=lambda c: (-c.fixed, -c.prior))}.values())
        complete = [c for c in unique if not self.qa.term_violations(source, c.text)]
        pool = (complete or unique)[:MAX_SCORED]
        chosen = self._rank(source, pool)
        final = self.qa.check(source, chosen.text)
        return EnforceResult(source, chosen.text, chosen.changes, _unresolved(final), final)

    def _rank(self, source: str, pool: list[repair.Candidate]) -> repair.Candidate:
        if len(pool) == 1 or self.translator is None:
            return max(pool, key=lambda c: (c.fixed, c.prior))
        scores = self.translator.score([source] * len(pool), [c.text for c in pool])
        return max(zip(pool, scores), key=lambda pair: (pair[0].fixed, pair[1]))[0]


def _unresolved(report: PairReport) -> tuple[Unresolved, ...]:
    seen: dict[str, Unresolved] = {}
    for term in report.violations:
        if term.id not in seen:
            seen[term.id] = Unresolved(term.id, _reason(term))
    return tuple(seen.values())


def _reason(term) -> str:
    if term.status == "deprecated":
        return f"deprecated rendering {term.found!r} could not be replaced by {term.expected!r}"
    if term.status == "untranslated":
        return f"{term.found!r} left in Latin letters; expected {term.expected!r}"
    return f"no rendering of {term.matched!r} found; expected {term.expected!r}"


def _rendering_in(qa: TermQA, source: str, target: str, entry_id: str) -> str:
    for term in qa.check(source, target).terms:
        if term.id == entry_id:
            return term.found or ""
    return ""
