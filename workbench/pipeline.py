"""The long-running translation work as one core generator, driven by the CLI and the TUI alike.

It yields events (a batch translated, progress) and honours a cancel event between batches.
It knows nothing about files or terminals.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Callable, Iterator, Sequence

from workbench.engine.base import Translation, Translator

DEFAULT_BATCH = 64
# Enforcement picks among n-best hypotheses before it repairs one, so ask the model for a few.
ENFORCE_HYPOTHESES = 4


@dataclass(frozen=True)
class BatchTranslated:
    """Segments `indices` (into the caller's list) now have `translations`, in the same order.

    `enforced` holds the glossary enforcement result per segment (None without a glossary);
    `targets` is what to write: the enforced text when there is one, else the best hypothesis.
    """

    indices: tuple[int, ...]
    translations: tuple[Translation, ...]
    done: int
    total: int
    enforced: tuple = ()

    @property
    def targets(self) -> tuple[str, ...]:
        if self.enforced:
            return tuple(result.target for result in self.enforced)
        return tuple(translation.best.text for translation in self.translations)


@dataclass(frozen=True)
class Cancelled:
    done: int
    total: int


def translate_texts(
    translator: Translator,
    texts: Sequence[str],
    *,
    batch_size: int = DEFAULT_BATCH,
    num_hypotheses: int = 1,
    cancel: threading.Event | None = None,
    enforcer=None,
) -> Iterator[BatchTranslated | Cancelled]:
    """Translate `texts` in length-sorted batches; identical texts reach the model once.

    With an `enforcer` (workbench.terms.enforce.Enforcer) every translation is checked and
    repaired against the glossary. Yields one BatchTranslated per model batch (covering every
    duplicate of its texts), or Cancelled when `cancel` is set between batches.
    """
    if enforcer is not None:
        num_hypotheses = max(num_hypotheses, ENFORCE_HYPOTHESES)
    by_text: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        by_text.setdefault(text, []).append(index)
    unique = sorted(by_text, key=len)
    done, total = 0, len(texts)
    for start in range(0, len(unique), batch_size):
        if cancel is not None and cancel.is_set():
            yield Cancelled(done, total)
            return
        chunk = unique[start:start + batch_size]
        results = translator.translate_batch(chunk, num_hypotheses=num_hypotheses)
        fixed = enforcer.enforce_translations(results) if enforcer is not None else []
        indices, translations, enforced = [], [], []
        for position, (text, result) in enumerate(zip(chunk, results)):
            for index in by_text[text]:
                indices.append(index)
                translations.append(result)
                if fixed:
                    enforced.append(fixed[position])
        done += len(indices)
        yield BatchTranslated(tuple(indices), tuple(translations), done, total, tuple(enforced))


def translate_chunk(translator: Translator, texts: Sequence[str], *, enforcer=None,
                    num_hypotheses: int = 1) -> list[tuple[Translation, object]]:
    """One model batch: each text's Translation and its glossary EnforceResult (None without enforcer).

    The unit of work every executor runs (locally or on a Ray actor); callers dedupe and sort.
    """
    results = start_decode(translator, texts, enforcer=enforcer, num_hypotheses=num_hypotheses)()
    if enforcer is None:
        return [(result, None) for result in results]
    return list(zip(results, enforcer.enforce_translations(results)))


def start_decode(translator: Translator, texts: Sequence[str], *, enforcer=None, num_hypotheses: int = 1,
                 background: bool = False) -> Callable[[], list[Translation]]:
    """Start decoding `texts` and return the function that waits for their Translations, in order.

    With an enforcer, only the texts that hit its glossary get ENFORCE_HYPOTHESES hypotheses (enforcement
    chooses among them); the others get `num_hypotheses`, which costs the model less, and their best
    hypothesis is the one an n-best decode ranks first (the beam search runs the same; tests check it).
    `background`: queue the work in the translator's own threads when it can (submit_batch).
    """
    texts = list(texts)
    wanted = [num_hypotheses] * len(texts)
    if enforcer is not None:
        n_best = max(num_hypotheses, ENFORCE_HYPOTHESES)
        wanted = [n_best if enforcer.qa.hits(text) else num_hypotheses for text in texts]
    submit = getattr(translator, "submit_batch", None) if background else None
    waits = {}
    for count in dict.fromkeys(wanted):
        group = [text for text, n in zip(texts, wanted) if n == count]
        if submit is None:
            done = translator.translate_batch(group, num_hypotheses=count)
            waits[count] = lambda done=done: done
        else:
            waits[count] = submit(group, num_hypotheses=count)

    def collect() -> list[Translation]:
        results = {count: iter(wait()) for count, wait in waits.items()}
        return [next(results[count]) for count in wanted]

    return collect
