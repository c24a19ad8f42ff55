"""The editor's garbage-collector policy: what lives as long as the session is kept out of full collections.

A reopened 5,000-segment project with its glossary and QA reports is ~150,000 objects the collector
tracks. A full (generation 2) collection walks them all: ~100 ms on the UI thread, and the garbage
of moving between segments (Textual's strips, timers, messages) set one off every ~2 s, which was the
slow tail of moves (p95 over 100 ms, median 12 ms). Once a background pass has built long-lived
objects (the document opened, the glossary loaded, a QA or MT pass done), `settle` moves everything
alive into the permanent generation (gc.freeze), so full collections walk only what came after.
Frozen objects are still freed by reference counting; a cycle among them waits for `release`, which
the App calls when it closes the session.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Freeze what is alive now, after a young collection so that fresh garbage is not frozen with it."""
    gc.collect(1)
    gc.freeze()


def release() -> None:
    """Hand everything frozen back to the collector (the session closed: its objects may go)."""
    gc.unfreeze()
