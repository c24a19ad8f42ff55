"""workbench.pipeline.translate_texts, the one generator both front ends drive: each distinct text once,
texts without words never reach the stack, shards in length order, queued ahead only when the bottom
of the stack has a queue, a cancel honoured between shards."""

from __future__ import annotations

import threading

from tests.batch.helpers import Recorder
from workbench.pipeline import MT, SKIPPED, Cancelled, Layer, Translated, results, translate_texts


class Queued(Recorder):
    """A bottom with a background queue: submit_batch returns at once; `events` records submits and waits."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[str] = []

    def submit_batch(self, sources, *, num_hypotheses: int = 1, beam_size=None):
        self.events.append(f"submit {sources[0]}")
        done = self.translate_batch(sources, num_hypotheses=num_hypotheses)

        def wait():
            self.events.append(f"wait {sources[0]}")
            return done
        return wait


class Passing(Layer):
    """A layer that only passes batches down (as the glossary and TM layers do)."""

    def submit_batch(self, sources, *, num_hypotheses: int = 1, beam_size=None):
        from workbench.pipeline import submit

        return submit(self.underlying, sources, num_hypotheses)


def test_each_text_once_in_length_order_and_text_without_words_never_sent():
    bottom = Recorder()
    texts = ["A longer sentence here.", "Short.", "— * —", "Short.", "Mid length one."]
    out = results(bottom, texts, batch_size=2)
    assert bottom.shards == [["Short.", "Mid length one."], ["A longer sentence here."]]
    assert [t.target for t in out] == ["A LONGER SENTENCE HERE.", "SHORT.", "— * —", "SHORT.", "MID LENGTH ONE."]
    assert [t.origin for t in out] == [MT, MT, SKIPPED, MT, MT]


def test_shards_are_queued_ahead_only_when_the_bottom_has_a_queue():
    texts = [f"Sentence number {i:02d}." for i in range(5)]
    queued = Queued()
    list(translate_texts(Passing(queued), texts, batch_size=1, ahead=2))
    assert queued.events[:4] == [f"submit {texts[0]}", f"submit {texts[1]}", f"submit {texts[2]}",
                                 f"wait {texts[0]}"]
    plain = Recorder()
    events = translate_texts(plain, texts, batch_size=1, ahead=2)
    next(events)
    assert plain.shards == [[texts[0]]]  # a translator without a queue is not made to work ahead


def test_a_cancel_stops_between_shards():
    cancel = threading.Event()
    texts = [f"Sentence number {i:02d}." for i in range(4)]
    seen = []
    for event in translate_texts(Recorder(), texts, batch_size=1, cancel=cancel):
        seen.append(event)
        if isinstance(event, Translated):
            cancel.set()
    assert [type(event) for event in seen] == [Translated, Cancelled]
    assert (seen[-1].done, seen[-1].total) == (1, 4)
