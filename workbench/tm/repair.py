"""A damaged translation memory: the full integrity check (`tm check`) and salvage into a new file (`tm recover`).

Salvage reads through SQLite itself, in id order, and steps over what it cannot read: when a
scan fails at a damaged page, a galloping search finds the next id whose page reads again
(a few dozen probes per damaged region), so every row on a readable page is kept. Each row is
checked before it is copied (its key must be the hash of its source, its status known). The
new file replaces the old one atomically; the old one stays beside it as `NAME.damaged`, and
the result says how many rows could not be read (counted from the TM's own index, or its
highest id, when either is readable), so nothing stored is lost silently.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.tm.memory import STATUSES
from workbench.tm.store import connect, files_of, source_key, write_transaction

_COLUMNS = ("id, skey, source, target, src_locale, tgt_locale, model_id, glossary_version, status, "
            "created_at, updated_at")
_INSERT = f"INSERT OR IGNORE INTO segments ({_COLUMNS}) VALUES ({', '.join('?' * 11)})"
_MIN_ROW_BYTES = 64  # a stored row takes more than this (32-byte key, two timestamps): bounds the ids
_BATCH = 1000


@dataclass(frozen=True)
class Recovered:
    """What `recover` did: rows copied, rows lost (None when the damage hides how many), where the old file went."""

    path: Path
    recovered: int
    lost: int | None
    damaged: Path


def check(path: Path) -> list[str]:
    """Every problem SQLite's integrity check and our per-row key check find ([] when the TM is sound)."""
    with _opened(path) as conn:
        try:
            problems = [line for row in conn.execute("PRAGMA integrity_check(20)")
                        for line in row[0].splitlines() if not line.startswith("*** in database")]
            if problems != ["ok"]:
                return problems
            conn.create_function("wb_key", 1, source_key, deterministic=True)
            changed = conn.execute("SELECT count(*) FROM segments WHERE skey != wb_key(source)").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            return [str(exc)]
    return [f"{changed} segment(s) whose source no longer matches its key (changed on disk)"] if changed else []


def recover(path: Path) -> Recovered:
    """Copy every readable row of the TM at `path` into a new file that replaces it; keep the old as .damaged."""
    damaged = path.with_name(path.name + ".damaged")
    if damaged.exists():
        raise WorkbenchError(f"{damaged}: already exists (an earlier recovery); move it away first")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".recovering", dir=path.parent)
    os.fchmod(fd, path.stat().st_mode & 0o7777)  # the recovered TM keeps the damaged one's permissions
    os.close(fd)
    fresh = Path(tmp)
    try:
        recovered, lost = _copy(path, fresh)
        _swap(path, fresh, damaged)
    except sqlite3.Error as exc:  # writing the new file failed (a full disk): the old one is untouched
        raise WorkbenchError(f"{path}: cannot recover, the file is left as it was: {exc}") from None
    finally:
        for file in files_of(fresh):
            file.unlink(missing_ok=True)
    return Recovered(path, recovered, lost, damaged)


def _copy(path: Path, fresh: Path) -> tuple[int, int | None]:
    target = connect(fresh)
    try:
        with _opened(path) as source:
            expected = _count(source)
            recovered = 0
            for batch in _batches(_readable_rows(source)):
                with write_transaction(target) as conn:
                    conn.executemany(_INSERT, batch)
                recovered += len(batch)
        target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        target.close()
    return recovered, (expected - recovered if expected is not None else None)


def _swap(path: Path, fresh: Path, damaged: Path) -> None:
    """The damaged file becomes NAME.damaged and the new one takes its name.

    Its WAL moves first (SQLite would apply a stale WAL to the new file); the file itself is
    linked before the new one replaces it, so the name never goes missing.
    """
    for old, new in zip(files_of(path)[1:], files_of(damaged)[1:]):
        if old.exists():
            os.replace(old, new)
    try:
        os.link(path, damaged)
    except OSError:  # a file system without hard links
        os.replace(path, damaged)
    os.replace(fresh, path)


@contextlib.contextmanager
def _opened(path: Path) -> Iterator[sqlite3.Connection]:
    """The TM opened as it is (no quick check, no migration: nothing is written into it)."""
    if not path.is_file():
        raise WorkbenchError(f"{path}: no such translation memory")
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as exc:
            raise WorkbenchError(f"{path}: nothing readable (not an SQLite database, or its first page "
                                 f"is damaged): {exc}") from None
        if "segments" not in tables:
            raise WorkbenchError(f"{path}: not a workbench translation memory")
        yield conn
    finally:
        conn.close()


def _count(conn: sqlite3.Connection) -> int | None:
    """How many rows the TM holds: from its index, else its highest id (None when both are damaged).

    Ids are dense from 1: nothing is ever deleted, and an upsert that updates takes no new id.
    """
    for sql in ("SELECT count(*) FROM segments INDEXED BY segments_key", "SELECT max(id) FROM segments"):
        try:
            return conn.execute(sql).fetchone()[0] or 0
        except sqlite3.DatabaseError:
            continue
    return None


def _readable_rows(conn: sqlite3.Connection) -> Iterator[tuple]:
    """Every sound row in id order, stepping over damaged pages."""
    after, limit = 0, _id_limit(conn)
    while after is not None:
        stopped = yield from _scan(conn, after)
        after = None if stopped is None else _next_readable(conn, stopped, limit)


def _scan(conn: sqlite3.Connection, after: int):
    """Yield sound rows with id > after; return the last id read before an error (None at the end)."""
    last = after
    try:
        for row in conn.execute(f"SELECT {_COLUMNS} FROM segments WHERE id > ? ORDER BY id", (after,)):
            last = row[0]
            if _sound(row):
                yield row
    except sqlite3.DatabaseError:  # also a row whose text is no longer UTF-8
        return last
    return None


def _sound(row: tuple) -> bool:
    return (isinstance(row[2], str) and isinstance(row[3], str) and row[8] in STATUSES
            and row[1] == source_key(row[2]))


def _next_readable(conn: sqlite3.Connection, stopped: int, limit: int) -> int | None:
    """The smallest id > stopped after which a read works again (galloping, then bisection); None past `limit`."""
    step = 1
    while not _reads(conn, stopped + step):
        if stopped + step >= limit:
            return None
        step *= 2
    low, high = stopped + step // 2, stopped + step  # _reads(high) holds; below low it failed
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (low, middle) if _reads(conn, middle) else (middle, high)
    return high


def _reads(conn: sqlite3.Connection, after: int) -> bool:
    try:
        conn.execute(f"SELECT {_COLUMNS} FROM segments WHERE id > ? ORDER BY id LIMIT 1", (after,)).fetchall()
    except sqlite3.DatabaseError:
        return False
    return True


def _id_limit(conn: sqlite3.Connection) -> int:
    """No id can exceed this: ids are dense from 1 (nothing is ever deleted) and each row needs bytes."""
    try:
        return conn.execute("SELECT max(id) FROM segments").fetchone()[0] or 0
    except sqlite3.DatabaseError:  # the last pages are the damaged ones
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        return pages * size // _MIN_ROW_BYTES + 1


def _batches(rows: Iterator[tuple]) -> Iterator[list[tuple]]:
    batch: list[tuple] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch
