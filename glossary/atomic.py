"""Writing user files safely: a regular file is replaced atomically, a device, FIFO or socket is written directly.

A regular file (or a new path) is written to a hidden temp file in the same folder, fsynced and
renamed over the target, so the old content survives any crash. A character device, FIFO or
socket (`/dev/null`, `/dev/stdout`, a named pipe) is never replaced: renaming a file over it would
break every other program that uses it, so it is opened and written in place. A block device or
a folder is refused. Temp files carry the writer's process id, so a save after a kill -9 removes
the leftovers of dead writers (and any of ours older than an hour) instead of leaving them forever.

It sits in the bottom package so glossary, workbench and tui can all use it.
"""

from __future__ import annotations

import errno
import os
import re
import socket
import stat
import tempfile
import time
from pathlib import Path

# .NAME.PID-XXXXXXXX.tmp (mkstemp's 8 characters never contain "-"); the PID is optional so the
# unnamed temp files of earlier versions are recognised too.
_TEMP = re.compile(r"^\.(?P<name>.+)\.(?:(?P<pid>\d+)-)?[A-Za-z0-9_]{8}\.tmp$")
STALE_SECONDS = 3600  # no save of ours takes an hour: older temp files are leftovers whoever wrote them


def write_bytes(path: Path | str, data: bytes) -> None:
    """Replace `path` with `data` atomically (a device, FIFO or socket is written directly)."""
    with Replacement(path) as out:
        out.write(data)


def write_text(path: Path | str, text: str) -> None:
    """Replace `path` with UTF-8 `text` atomically."""
    write_bytes(path, text.encode("utf-8"))


def failure(path: Path | str, exc: OSError) -> str:
    """The one-line message for an output that could not be written."""
    return f"{path}: cannot write: {exc.strerror or exc}"


def is_stream(path: Path | str) -> bool:
    """True when `path` is a character device, FIFO or socket: written directly, never replaced."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


class Committing:
    """Context manager protocol of an output: commit() when the block succeeds, discard() when it fails."""

    def commit(self) -> None:
        raise NotImplementedError

    def discard(self) -> None:
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()


class Replacement(Committing):
    """An output being written: bytes go to a hidden temp file that commit() renames over `path`.

    A device, FIFO or socket is opened and written directly instead. Use it as a context manager
    (commit on success, discard on error) or call commit()/discard() yourself; OSError on failure.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._tmp: str | None = None
        try:
            self._open()
        except OSError as exc:
            raise self._named(exc) from None

    def _open(self) -> None:
        if is_stream(self.path):
            self._handle = _open_stream(self.path)
            return
        _refuse_special(self.path)
        sweep_stale(self.path.parent, {self.path.name})
        fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.{os.getpid()}-", suffix=".tmp",
                                         dir=self.path.parent)
        try:
            os.fchmod(fd, _mode_for(self.path))
            self._handle = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            self.discard()
            raise

    def write(self, data: bytes) -> None:
        try:
            self._handle.write(data)
        except OSError as exc:
            raise self._named(exc) from None

    def _named(self, exc: OSError) -> OSError:
        """The error names the target, not our temp file (or nothing, as a failed write does)."""
        exc.filename = str(self.path)
        return exc

    def commit(self) -> None:
        """Make the output visible: flush, fsync and rename into place (or just flush a stream)."""
        try:
            self._handle.flush()
            if self._tmp is not None:
                os.fsync(self._handle.fileno())
            self._handle.close()
            if self._tmp is not None:
                os.replace(self._tmp, self.path)
                self._tmp = None
                _fsync_dir(self.path.parent)
        except OSError as exc:
            self.discard()
            raise self._named(exc) from None
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        """Drop an unfinished output: the target keeps its old content (a stream keeps what it got)."""
        try:
            self._handle.close()
        except (OSError, AttributeError):
            pass  # closing flushes; a full disk fails that too, and the temp file goes anyway
        if self._tmp is not None:
            Path(self._tmp).unlink(missing_ok=True)
            self._tmp = None


def _open_stream(path: Path):
    if stat.S_ISSOCK(os.stat(path).st_mode):
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.connect(str(path))
        except OSError:
            sock.close()
            raise
        handle = sock.makefile("wb")
        sock.close()  # the file object keeps the connection open until it is closed
        return handle
    return open(path, "wb")  # noqa: SIM115 - closed by commit()/discard(); O_TRUNC is a no-op here


def _refuse_special(path: Path) -> None:
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if stat.S_ISBLK(mode):
        raise OSError(errno.EPERM, "is a block device; refusing to write to it")
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "is a directory")


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


def sweep_stale(folder: Path, names: set[str]) -> int:
    """Remove our temp files for `names` in `folder` whose writer is gone (killed) or that are old."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        match = _TEMP.match(entry.name)
        if match and match.group("name") in names and _stale(entry, match.group("pid")):
            try:
                os.unlink(entry.path)
                removed += 1
            except OSError:
                pass  # gone meanwhile, or not ours to remove
    return removed


def _stale(entry: os.DirEntry, pid: str | None) -> bool:
    if pid is not None and int(pid) != os.getpid() and not _alive(int(pid)):
        return True
    try:
        return time.time() - entry.stat().st_mtime > STALE_SECONDS
    except OSError:
        return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, but belongs to someone else
    return True


def write_many(items: list[tuple[Path, bytes]]) -> dict[Path, str]:
    """Write several outputs atomically with ONE sync instead of two fsyncs per file.

    Each file goes to a hidden temp file beside its target; after one os.sync() every temp is
    renamed into place and each folder is fsynced once. A kill at any moment leaves every target
    either old or complete (never partial); a power cut cannot expose unsynced data either.
    A device, FIFO or socket among the targets is written directly.
    Returns the one-line error for each output that could not be written.
    """
    errors: dict[Path, str] = {}
    staged: list[tuple[str, Path]] = []
    for output, data in items:
        try:
            if is_stream(output):
                write_bytes(output, data)
            else:
                staged.append((_stage(output, data), output))
        except OSError as exc:
            errors[output] = failure(output, exc)
    if staged:
        os.sync()  # one flush for the whole step; fsync per file costs ~10 ms each on real disks
    for tmp, output in staged:
        try:
            os.replace(tmp, output)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            errors[output] = failure(output, exc)
    for folder in {output.parent for _, output in staged}:
        _fsync_dir(folder)
    return errors


def _stage(output: Path, data: bytes) -> str:
    output.parent.mkdir(parents=True, exist_ok=True)
    _refuse_special(output)
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.{os.getpid()}-", suffix=".tmp", dir=output.parent)
    try:
        os.fchmod(fd, _mode_for(output))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp
