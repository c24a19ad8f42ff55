"""The translation memory as a layer of the translator stack (workbench.pipeline.stack).

A MemoryTranslator wraps the translator below it (usually the glossary's EnforcingTranslator):
- an exact match (approved first, then edited; machine entries only from the same model and glossary
  version) is returned as it is, origin "tm", and never reaches the model;
- a text this model translated before (its raw n-best kept in the TM, table raw_mt) under another
  glossary gets the glossary enforced again without decoding, origin "tm-mt";
- the rest goes down the stack, and what comes back is stored (target and raw n-best) in one
  transaction per batch before anyone sees it, so the TM is also the resume log of a long run.
"""

from __future__ import annotations

from typing import Callable, Sequence

from workbench.engine.base import Hypothesis, Translation, Translator
from workbench.pipeline import MT, STORED_MT, TM, Layer, submit, wanted_hypotheses
from workbench.tm.memory import ENFORCED, MTRecord, TMRecord, TranslationMemory
from workbench.tm.memory import MT as MACHINE


class MemoryTranslator(Layer):
    """`underlying` with the TM in front: see the module docstring."""

    def __init__(self, underlying: Translator, tm: TranslationMemory, target: str, glossary_version: str,
                 source: str = "en") -> None:
        super().__init__(underlying)
        self.tm, self.target, self.version, self.source = tm, target, glossary_version, source
        self.wanted = wanted_hypotheses(underlying)

    @classmethod
    def over(cls, tm: TranslationMemory, target: str, glossary_version: str, source: str = "en"):
        """The layer as pipeline.stack takes it: a function of the translator below."""
        return lambda underlying: cls(underlying, tm, target, glossary_version, source)

    def submit_batch(self, sources: Sequence[str], *, num_hypotheses: int = 1,
                     beam_size: int | None = None) -> Callable[[], list[Translation]]:
        exact = self.tm.lookup_exact(list(sources), self.source, self.target, self.model_id, self.version)
        rest = [text for text in sources if text not in exact]
        stored = self.tm.lookup_mt(rest, self.source, self.target, self.model_id, self.wanted)
        misses = [text for text in rest if text not in stored]
        waiting = submit(self.underlying, misses, num_hypotheses)

        def collect() -> list[Translation]:
            fresh = waiting()
            reused = self._enforced([Translation(text, tuple(Hypothesis(h, 0.0) for h in stored[text]), STORED_MT)
                                     for text in rest if text in stored])
            self._store(fresh, raw=True)
            self._store(reused, raw=False)
            found = {t.source: t for t in (*fresh, *reused)}
            found.update((text, Translation(text, (Hypothesis(entry.target, 0.0),), TM, tm_status=entry.status))
                         for text, entry in exact.items())
            return [found[text] for text in sources]

        return collect

    def _enforced(self, translations: list[Translation]) -> list[Translation]:
        enforce = getattr(self.underlying, "enforce", None)
        return enforce(translations) if enforce is not None and translations else translations

    def _store(self, translations: Sequence[Translation], raw: bool) -> None:
        """One transaction: each target and, with `raw`, the model's n-best (so that a glossary edit
        later needs enforcement only)."""
        if not translations:
            return
        entries = (TMRecord(t.source, t.target, self.source, self.target, self.model_id, self.version,
                            ENFORCED if t.enforced is not None and t.enforced.changes else MACHINE)
                   for t in translations)
        raw_mt = (MTRecord(t.source, tuple(h.text for h in t.hypotheses), self.source, self.target, self.model_id,
                           self.wanted) for t in translations if raw and t.origin == MT)
        self.tm.store(entries, raw_mt)
