"""Glossary enforcement: turn a target that violates the glossary into one that satisfies it.

Two entry points share one substitution engine:
- `Enforcer.enforce(source, target)`: rule-based, for existing translations (`workbench enforce`);
  with a translator it also ranks alternative repairs with the model's score.
- `Enforcer.enforce_translation(translation)`: inside MT: the best-scoring n-best hypothesis that
  satisfies every hit wins; otherwise the best hypotheses are repaired and the model scores the repairs.
Already-correct text is never changed; whatever cannot be fixed is reported as unresolved.
"""

from __future__ import annotations

from typing import Sequence

from glossary.model import Glossary
from workbench.engine.base import Translation, Translator
from workbench.terms import repair
from workbench.terms.findings import Change, EnforceResult, PairReport, Unresolved
from workbench.terms.qa import TermQA

MAX_REPAIRED_HYPOTHESES = 3
# Scoring is the expensive step (a forward pass per candidate): only the few best-ranked repairs reach it.
MAX_SCORED = 4


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
        pool = self._pool(source, repair.candidates(self.qa, source, target, report))[0]
        return self._finish(source, target, report, pool, self._scores([(source, pool)])[0])

    def enforce_translation(self, translation: Translation) -> EnforceResult:
        """MT path for one segment (see enforce_translations)."""
        return self.enforce_translations([translation])[0]

    def enforce_translations(self, translations: Sequence[Translation]) -> list[EnforceResult]:
        """MT path: per segment, the best n-best hypothesis that satisfies the glossary, else the best
        repair; the repairs of every segment are scored by the model in one batch."""
        staged = [self._stage(translation) for translation in translations]
        pending = [item for item in staged if not isinstance(item, EnforceResult)]
        scores = iter(self._scores([(source, pool) for source, _, _, pool in pending]))
        return [item if isinstance(item, EnforceResult) else self._finish(*item, next(scores))
                for item in staged]

    def _stage(self, translation: Translation):
        """An EnforceResult when no repair is needed, else (source, best, report, pool) to be scored."""
        source, best = translation.source, translation.best.text
        if not self.qa.hits(source):
            return EnforceResult(source, best, report=self.qa.check(source, best))
        for hypothesis in translation.hypotheses:
            if self.qa.may_pass(source, hypothesis.text) and not self.qa.term_violations(source, hypothesis.text):
                return self._chosen_hypothesis(translation, hypothesis.text, self.qa.check(source, hypothesis.text))
        # Repairs follow the model's ranking like the hypotheses do: those of the best hypothesis that can
        # be repaired completely; the model scores them only when that hypothesis allows several repairs
        # (Russian cases, other spans). When none can be, the best partial repairs of all of them compete.
        candidates: list[repair.Candidate] = []
        for hypothesis in translation.hypotheses[:MAX_REPAIRED_HYPOTHESES]:
            repaired = repair.candidates(self.qa, source, hypothesis.text, self.qa.terms_only(source, hypothesis.text))
            pool, complete = self._pool(source, repaired)
            if complete:
                return source, best, self.qa.check(source, best), pool
            candidates.extend(repaired)
        return source, best, self.qa.check(source, best), self._pool(source, candidates)[0]

    def _chosen_hypothesis(self, translation: Translation, text: str, report: PairReport) -> EnforceResult:
        best = translation.best.text
        if text == best:
            return EnforceResult(translation.source, text, report=report)
        was = {t.id: t.found or "" for t in self.qa.check(translation.source, best).terms}
        changes = {t.id: Change(t.id, was.get(t.id, ""), t.found or "", "n-best") for t in report.terms
                   if was.get(t.id, "") != (t.found or "")}
        return EnforceResult(translation.source, text, tuple(changes.values()), report=report)

    def _pool(self, source: str, candidates: list[repair.Candidate]) -> tuple[list[repair.Candidate], bool]:
        """The best few distinct repairs by how much they fix, complete ones (no violation left) preferred;
        and whether they are complete. Candidates are checked best first, only until the pool is full."""
        unique = list({c.text: c for c in sorted(candidates, key=lambda c: (-c.fixed, -c.prior))}.values())
        complete = []
        for candidate in unique:
            if not self.qa.term_violations(source, candidate.text):
                complete.append(candidate)
                if len(complete) == MAX_SCORED:
                    break
        return (complete, True) if complete else (unique[:MAX_SCORED], False)

    def _scores(self, pools: list[tuple[str, list[repair.Candidate]]]) -> list[list[float] | None]:
        """Model scores for every pool that has a choice to make, in one score call (None: no choice).

        `_finish` ranks by terms fixed first, so a candidate that fixes fewer than another of its pool
        can never win: it is not scored (-inf), and a pool with a single leader needs no scoring at all.
        """
        leaders = [_leaders(pool) if self.translator is not None else [] for _, pool in pools]
        wanted = [(source, pool[i]) for (source, pool), best in zip(pools, leaders) if len(best) > 1 for i in best]
        flat = iter(self.translator.score([s for s, _ in wanted], [c.text for _, c in wanted]) if wanted else ())
        out: list[list[float] | None] = []
        for (_, pool), best in zip(pools, leaders):
            if len(best) < 2:
                out.append(None)
                continue
            scores = [float("-inf")] * len(pool)
            for i in best:
                scores[i] = next(flat)
            out.append(scores)
        return out

    def _finish(self, source: str, target: str, report: PairReport, pool: list[repair.Candidate],
                scores: list[float] | None) -> EnforceResult:
        if not pool:
            return EnforceResult(source, target, (), _unresolved(report), report)
        if scores is None:
            chosen = max(pool, key=lambda c: (c.fixed, c.prior))
        else:
            chosen = max(zip(pool, scores), key=lambda pair: (pair[0].fixed, pair[1]))[0]
        final = self.qa.check(source, chosen.text)
        return EnforceResult(source, chosen.text, chosen.changes, _unresolved(final), final)


def _leaders(pool: list[repair.Candidate]) -> list[int]:
    """Positions of the candidates that fix the most entries (the only ones that can be chosen)."""
    most = max((c.fixed for c in pool), default=0)
    return [i for i, c in enumerate(pool) if c.fixed == most]


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
