"""Atomic file writes (temp file in the same folder, fsync, rename), shared by every layer that saves user files.

It sits in the bottom package so glossary, workbench and tui can all use it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_bytes(path: Path | str, data: bytes) -> None:
    """Replace `path` with `data` atomically (the old content survives any crash)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def write_text(path: Path | str, text: str) -> None:
    """Replace `path` with UTF-8 `text` atomically."""
    write_bytes(path, text.encode("utf-8"))


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual 0666 minus the umask (mkstemp uses 0600)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_many(items: list[tuple[Path, bytes]]) -> dict[Path, str]:
    """Write several outputs atomically with ONE sync instead of two fsyncs per file.

    Each file goes to a hidden temp file beside its target; after one os.sync() every temp is
    renamed into place and each folder is fsynced once. A kill at any moment leaves every target
    either old or complete (never partial); a power cut cannot expose unsynced data either.
    Returns the one-line error for each output that could not be written.
    """
    errors: dict[Path, str] = {}
    staged: list[tuple[str, Path]] = []
    for output, data in items:
        try:
            staged.append((_stage(output, data), output))
        except OSError as exc:
            errors[output] = f"{output}: cannot write: {exc.strerror or exc}"
    if staged:
        os.sync()  # one flush for the whole step; fsync per file costs ~10 ms each on real disks
    for tmp, output in staged:
        try:
            os.replace(tmp, output)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            errors[output] = f"{output}: cannot write: {exc.strerror or exc}"
    for folder in {output.parent for _, output in staged}:
        _fsync_dir(folder)
    return errors


def _stage(output: Path, data: bytes) -> str:
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
    try:
        os.fchmod(fd, _mode_for(output))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp
