"""The edit lock of a glossary file: every read-modify-write of one file (CLI verbs, the editor's glossary
screen) holds it, so concurrent edits queue instead of overwriting each other.

The lock is `filelock`'s (flock on a hidden `.NAME.lock` beside the file; the kernel drops it when
its holder dies, even on kill -9). The lock file stays after release: removing it would race.
"""

from __future__ import annotations

import functools
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from filelock import FileLock, Timeout

from glossary.errors import GlossaryError

WAIT_SECONDS = 60.0  # an edit takes milliseconds; a minute means a stuck editor, not a queue


def lock_path(path: Path | str) -> Path:
    path = Path(path)
    return path.with_name(f".{path.name}.lock")


@contextmanager
def locked(path: Path | str, wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the edit lock of the glossary at `path`; GlossaryError after `wait` seconds of waiting."""
    lock = FileLock(lock_path(path), timeout=wait)
    try:
        lock.acquire()
    except Timeout:
        raise GlossaryError(f"another program has been editing this glossary for {wait:.0f} s "
                            f"(lock {lock_path(path)}); try again later", str(path)) from None
    except OSError as exc:
        raise GlossaryError(f"cannot lock for editing: {exc.strerror or exc}", str(path)) from None
    try:
        yield
    finally:
        lock.release()


def under_lock(edit):
    """Decorator: run `edit(path, ...)` holding the edit lock of `path`."""
    @functools.wraps(edit)
    def locked_edit(path, *args, **kwargs):
        with locked(path):
            return edit(path, *args, **kwargs)
    return locked_edit
