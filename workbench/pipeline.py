"""The one translation pipeline: the translator stack and the one generator of per-segment results.

Both front ends run it: the CLI (workbench.batch, per window of segments) and the editor (its MT
worker). `stack(engine, enforcer, memory)` builds, bottom up:
    engine                the model (workbench.engine.argos.ArgosTranslator, or the Ray pool of
                          workbench.batch.executors.RayTranslator, whose actors run an EnforcingTranslator)
    EnforcingTranslator   n-best decode, then glossary enforcement (workbench.terms.enforce)
    MemoryTranslator      the translation memory (workbench.tm.translator): exact matches never
                          reach the model, raw MT it kept is enforced again, new MT is stored
Each layer speaks the Translator protocol (workbench.engine.base), so a Translation says where its
text comes from (`origin`) and carries its enforcement result. `translate_texts` drives a stack over
a list of texts: identical texts are translated once, texts without words never reach it, shards go
in length order, a few queued ahead when the bottom of the stack has a queue (the model decodes the next
while Python enforces this one), and a cancel event is honoured between shards. Nothing here knows
files or terminals.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, replace
from typing import Any, Callable, Iterator, Sequence

from workbench.engine.base import Hypothesis, Translation, Translator
from workbench.segment import has_words

DEFAULT_BATCH = 64
AHEAD = 3  # shards queued in the model besides the one being enforced
# Enforcement picks among n-best hypotheses before it repairs one, so the model is asked for a few.
ENFORCE_HYPOTHESES = 4
MT, TM, STORED_MT, SKIPPED = "mt", "tm", "tm-mt", "skipped"  # Translation.origin


def submit(translator: Translator, sources: Sequence[str], num_hypotheses: int) -> Callable[[], list[Translation]]:
    """Start `translator` on `sources` (in its background queue when it has one); call the result to wait."""
    if not sources:
        return list
    start = getattr(translator, "submit_batch", None)
    if start is None:  # no background queue: translate now
        done = translator.translate_batch(list(sources), num_hypotheses=num_hypotheses)
        return lambda: done
    return start(list(sources), num_hypotheses=num_hypotheses)


class Layer:
    """A translator stacked on another: it takes the identity, scoring, prefixes and alignments of the
    one below, and implements submit_batch (translate_batch waits for it)."""

    def __init__(self, underlying: Translator) -> None:
        self.underlying = underlying
        self.source_lang, self.target_lang = underlying.source_lang, underlying.target_lang
        self.model_id, self.is_demo = underlying.model_id, underlying.is_demo
        self.description = underlying.description

    def translate_batch(self, sources: Sequence[str], *, num_hypotheses: int = 1,
                        beam_size: int | None = None) -> list[Translation]:
        return self.submit_batch(sources, num_hypotheses=num_hypotheses)()

    def score(self, sources: Sequence[str], targets: Sequence[str]) -> list[float]:
        return self.underlying.score(sources, targets)

    def translate_with_prefix(self, sources: Sequence[str], target_prefixes: list[str]) -> list[Translation]:
        return self.underlying.translate_with_prefix(sources, target_prefixes)

    def alignments(self, sources: Sequence[str], targets: Sequence[str]):
        return self.underlying.alignments(sources, targets)


class EnforcingTranslator(Layer):
    """The glossary over a translator: it asks for ENFORCE_HYPOTHESES hypotheses, then enforces.

    The best hypothesis that satisfies every glossary hit wins, else the best repair
    (workbench.terms.enforce.Enforcer); each Translation keeps the raw n-best in `hypotheses` and the
    result in `enforced`.
    """

    def __init__(self, underlying: Translator, enforcer) -> None:
        super().__init__(underlying)
        self.enforcer = enforcer
        self.qa = enforcer.qa

    def submit_batch(self, sources: Sequence[str], *, num_hypotheses: int = 1,
                     beam_size: int | None = None) -> Callable[[], list[Translation]]:
        waiting = submit(self.underlying, sources, max(num_hypotheses, ENFORCE_HYPOTHESES))
        return lambda: self.enforce(waiting())

    def enforce(self, translations: Sequence[Translation]) -> list[Translation]:
        """`translations` (raw model output, or raw MT a TM kept) with the glossary enforced on each."""
        results = self.enforcer.enforce_translations(translations) if translations else []
        return [replace(t, enforced=result) for t, result in zip(translations, results)]


def stack(engine: Translator, enforcer=None, memory=None) -> Translator:
    """The translator every front end uses: `engine`, the glossary (`enforcer`: a
    workbench.terms.enforce.Enforcer, or None), the translation memory (`memory`: a callable that wraps
    a translator, see workbench.tm.translator.MemoryTranslator.over, or None)."""
    translator = EnforcingTranslator(engine, enforcer) if enforcer is not None else engine
    return memory(translator) if memory is not None else translator


def wanted_hypotheses(translator: Translator) -> int:
    """How many hypotheses a stack asks the model for (what a stored raw MT must have)."""
    layer = translator
    while layer is not None:
        if isinstance(layer, EnforcingTranslator) or getattr(layer, "enforcing", False):
            return ENFORCE_HYPOTHESES
        layer = getattr(layer, "underlying", None)
    return 1


@dataclass(frozen=True)
class Translated:
    """Texts `indices` (into the caller's list) now have `translations`, in the same order."""

    indices: tuple[int, ...]
    translations: tuple[Translation, ...]
    done: int
    total: int

    @property
    def targets(self) -> tuple[str, ...]:
        return tuple(translation.target for translation in self.translations)


@dataclass(frozen=True)
class Cancelled:
    done: int
    total: int


def translate_texts(translator: Translator, texts: Sequence[str], *, batch_size: int = DEFAULT_BATCH,
                    num_hypotheses: int = 1, cancel: threading.Event | None = None,
                    ahead: int = AHEAD) -> Iterator[Translated | Cancelled]:
    """Translate `texts` through `translator` (a stack), yielding one Translated per shard in length
    order, or Cancelled when `cancel` is set between shards. Identical texts are translated once (each
    index gets the result); a text without words comes back as it is (origin "skipped")."""
    by_text: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        by_text.setdefault(text, []).append(index)
    done, total = 0, len(texts)
    skipped = [text for text in by_text if not has_words(text)]
    if skipped:
        done += sum(len(by_text[text]) for text in skipped)
        yield _translated(by_text, [Translation(t, (Hypothesis(t, 0.0),), SKIPPED) for t in skipped], done, total)
    unique = sorted((text for text in by_text if has_words(text)), key=len)
    shards = [unique[i:i + batch_size] for i in range(0, len(unique), batch_size)]
    ahead = ahead if _queues(translator) else 0  # a translator without a queue would just work ahead
    queued: deque = deque()
    for number, shard in enumerate(shards):
        while len(queued) <= ahead and number + len(queued) < len(shards):
            queued.append(submit(translator, shards[number + len(queued)], num_hypotheses))
        if cancel is not None and cancel.is_set():
            yield Cancelled(done, total)
            return
        translations = queued.popleft()()
        done += sum(len(by_text[text]) for text in shard)
        yield _translated(by_text, translations, done, total)


def _queues(translator: Translator) -> bool:
    """Whether the bottom of a stack translates in a background queue (submit_batch returns at once)."""
    while isinstance(translator, Layer):
        translator = translator.underlying
    return hasattr(translator, "submit_batch")


def _translated(by_text: dict[str, list[int]], translations: Sequence[Translation], done: int,
                total: int) -> Translated:
    indices: list[int] = []
    out: list[Translation] = []
    for translation in translations:
        for index in by_text[translation.source]:
            indices.append(index)
            out.append(translation)
    return Translated(tuple(indices), tuple(out), done, total)


def report_of(translation: Translation, qa) -> Any:
    """The QA report of what `translation` writes: the enforcement's own, else (a TM match, an edit kept in
    the memory) `qa` checks the target; None without a glossary or for a text passed through."""
    if translation.enforced is not None:
        return translation.enforced.report
    if qa is None or translation.origin == SKIPPED:
        return None
    return qa.check(translation.source, translation.target)


def results(translator: Translator, texts: Sequence[str], **options: Any) -> list[Translation]:
    """Every text's Translation, in order (translate_texts run to the end)."""
    out: list[Translation | None] = [None] * len(texts)
    for event in translate_texts(translator, texts, **options):
        if isinstance(event, Translated):
            for index, translation in zip(event.indices, event.translations):
                out[index] = translation
    return out  # type: ignore[return-value]
