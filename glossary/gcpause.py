"""Pausing Python's cyclic garbage collector around bulk work that makes many objects and no cycles.

Loading, matching and linting a big glossary create millions of objects: the collector would rescan
the growing heap again and again (measured: building 10k entries took 3.5 s with it, 0.33 s without;
linting 100k entries after an exact load, 19 s against 1.9 s), yet there are no cycles to find.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def paused():
    """Collector off inside the block (and back on after it, if it was on)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
