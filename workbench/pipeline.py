"""The long-running translation work as one core generator, driven by the CLI and the TUI alike.

It yields events (a batch translated, progress) and honours a cancel event between batches.
It knows nothing about files or terminals.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Iterator, Sequence

from workbench.engine.base import Translation, Translator

DEFAULT_BATCH = 64
# Enforcement picks among n-best hypotheses before it repairs one, so ask the model for a few.
ENFORCE_HYPOTHESES = 4


def wanted_hypotheses(enforcer) -> int:
    """How many hypotheses to ask the model for: a few with glossary enforcement, else the best one."""
    return ENFORCE_HYPOTHESES if enforcer is not None else 1


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
    if enforcer is not None:
        num_hypotheses = max(num_hypotheses, ENFORCE_HYPOTHESES)
    results = translator.translate_batch(list(texts), num_hypotheses=num_hypotheses)
    if enforcer is None:
        return [(result, None) for result in results]
    return list(zip(results, enforcer.enforce_translations(results)))
