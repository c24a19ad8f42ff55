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


@dataclass(frozen=True)
class BatchTranslated:
    """Segments `indices` (into the caller's list) now have `translations`, in the same order."""

    indices: tuple[int, ...]
    translations: tuple[Translation, ...]
    done: int
    total: int


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
) -> Iterator[BatchTranslated | Cancelled]:
    """Translate `texts` in length-sorted batches; identical texts reach the model once.

    Yields one BatchTranslated per model batch (covering every duplicate of its texts),
    or Cancelled when `cancel` is set between batches.
    """
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
        indices, translations = [], []
        for text, result in zip(chunk, results):
            for index in by_text[text]:
                indices.append(index)
                translations.append(result)
        done += len(indices)
        yield BatchTranslated(tuple(indices), tuple(translations), done, total)
