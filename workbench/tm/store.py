"""The translation memory's SQLite layer: connection settings, the versioned schema, transactions, SQLite errors.

WAL mode and a busy timeout let two processes share one TM; every write runs in one
`BEGIN IMMEDIATE` transaction so a kill -9 leaves either the whole batch or none of it. Opening
quick-checks an existing file; every SQLite error becomes one line naming the file (`describe`).
Nothing here runs at import time: the database is created when a TM is first used.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import sqlite3
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from workbench.errors import WorkbenchError

SCHEMA_VERSION = 2
BUSY_TIMEOUT_MS = 30_000
# SQLite primary result codes (sqlite3.h) that decide how an error is explained
_CORRUPT, _FULL = 11, 13
_UNWRITABLE = {3, 8, 10, 14}  # PERM, READONLY, IOERR, CANTOPEN

# status is a closed vocabulary; skey (sha256 of the source) keeps the lookup index small even
# for a 10 MB single-line segment, and the source itself is compared again after the lookup.
_SCHEMA_V1 = (
    """CREATE TABLE segments (
        id INTEGER PRIMARY KEY,
        skey BLOB NOT NULL,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        src_locale TEXT NOT NULL,
        tgt_locale TEXT NOT NULL,
        model_id TEXT NOT NULL DEFAULT '',
        glossary_version TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('mt', 'enforced', 'edited', 'approved')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE UNIQUE INDEX segments_key ON segments
        (src_locale, tgt_locale, skey, status, model_id, glossary_version)""",
)

# Version 2: the model's raw n-best per source and model, apart from the enforced targets in `segments`,
# so that a glossary edit re-runs only enforcement (hypotheses: a JSON list, best first; wanted: how
# many the model was asked for, so a run that needs more does not take fewer).
_SCHEMA_V2 = (
    """CREATE TABLE raw_mt (
        id INTEGER PRIMARY KEY,
        skey BLOB NOT NULL,
        source TEXT NOT NULL,
        src_locale TEXT NOT NULL,
        tgt_locale TEXT NOT NULL,
        model_id TEXT NOT NULL,
        wanted INTEGER NOT NULL,
        hypotheses TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    "CREATE UNIQUE INDEX raw_mt_key ON raw_mt (src_locale, tgt_locale, skey, model_id)",
)
_MIGRATIONS = {1: _SCHEMA_V1, 2: _SCHEMA_V2}

UPSERT_MT = """INSERT INTO raw_mt (skey, source, src_locale, tgt_locale, model_id, wanted, hypotheses, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (src_locale, tgt_locale, skey, model_id)
    DO UPDATE SET hypotheses = excluded.hypotheses, wanted = excluded.wanted, created_at = excluded.created_at
    WHERE excluded.wanted >= raw_mt.wanted"""

UPSERT = """INSERT INTO segments (skey, source, target, src_locale, tgt_locale, model_id,
        glossary_version, status, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (src_locale, tgt_locale, skey, status, model_id, glossary_version)
    DO UPDATE SET target = excluded.target, updated_at = excluded.updated_at"""


def source_key(source: str) -> bytes:
    """The fixed-size key a source segment is indexed by."""
    return hashlib.sha256(source.encode("utf-8", "surrogatepass")).digest()


def now() -> str:
    """The current UTC time as sortable ISO 8601 text (microseconds, `Z`)."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating when needed) the TM at `path` with WAL, a busy timeout and the current schema.

    An existing file gets a quick check first (PRAGMA quick_check: every page read once), so a
    damaged TM is refused with one line before anything is added to it. A file this call created
    is removed again when it cannot be set up (a full disk leaves no empty tm.sqlite3 behind).
    Every failure is a WorkbenchError naming the file (see `describe`). The setup holds a lock
    (`_setting_up`): two processes opening a new TM at once would both set it up, and the one that lost
    the race ("database is locked") would remove the files the other was using.
    """
    with _setting_up(path):
        return _connect(path)


@contextlib.contextmanager
def _setting_up(path: Path) -> Iterator[None]:
    """Hold the setup lock of the TMs in `path`'s folder: an flock on the folder itself, so no lock file is
    left beside the TM (SQLite's own locks are POSIX locks on the TM's files, which an flock on another
    file does not touch). Where the folder cannot be locked it goes on without: a folder we may not create
    (no TM can be set up there; _create names the problem) or a file system without flock (some network
    ones, where the race stays possible)."""
    folder = None
    try:
        import fcntl

        path.parent.mkdir(parents=True, exist_ok=True)
        folder = os.open(path.parent, os.O_RDONLY)
    except (ImportError, OSError):  # not a POSIX system; or a folder we cannot make (_create names it)
        pass
    if folder is None:
        yield
        return
    try:
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                fcntl.flock(folder, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise WorkbenchError(f"{path}: another program has been opening a translation memory in "
                                         f"this folder for {BUSY_TIMEOUT_MS // 1000} s; try again later or "
                                         "rerun with --no-tm") from None
                time.sleep(0.02)
            except OSError:  # no flock here (some network file systems)
                break
        yield
    finally:
        os.close(folder)  # (drops the lock)


def _connect(path: Path) -> sqlite3.Connection:
    created = _create(path)
    conn = None
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not created:
            quick_check(conn, path)
        conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL in WAL mode keeps every committed batch through a process crash (kill -9);
        # only a power cut may lose the last commits, never consistency.
        conn.execute("PRAGMA synchronous = NORMAL")
        _migrate(conn, path)
    except (sqlite3.Error, WorkbenchError) as exc:
        if conn is not None:
            conn.close()
        if created:
            for file in files_of(path):
                file.unlink(missing_ok=True)
        if isinstance(exc, WorkbenchError):
            raise
        raise WorkbenchError(describe(path, exc)) from None
    return conn


def _create(path: Path) -> bool:
    """Create the (empty) file when there is none; True when it holds nothing yet (ours to remove on failure).

    An empty file left by an earlier failed start counts as new: it holds nothing to lose.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    except FileExistsError:
        return path.stat().st_size == 0
    except OSError as exc:
        raise WorkbenchError(f"{path}: cannot create the translation memory: {exc.strerror or exc}") from None
    return True


def files_of(path: Path) -> list[Path]:
    """The TM file and the write-ahead log and shared-memory files SQLite keeps beside it."""
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a damaged TM (PRAGMA quick_check: ~0.2 s per 100 MB); `workbench tm check` runs the full check."""
    problems = [line for row in conn.execute("PRAGMA quick_check(5)") for line in row[0].splitlines()
                if not line.startswith("*** in database")]
    if problems != ["ok"]:
        raise WorkbenchError(damaged(path, problems[0] if problems else "quick_check failed"))


def damaged(path: Path, detail: str) -> str:
    """The one-line error for a damaged TM, with the two ways on."""
    return (f"{path}: the translation memory is damaged ({' '.join(detail.split())}); "
            f"run `workbench tm recover --tm {path}` to keep what is readable, or rerun with --no-tm")


def describe(path: Path, exc: sqlite3.Error) -> str:
    """An SQLite error on the TM as one line: damaged, disk full, unreadable, or not a TM at all."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if code == _CORRUPT or "malformed" in str(exc):
        return damaged(path, str(exc))
    if code == _FULL or "disk is full" in str(exc):
        return f"{path}: cannot write the translation memory: the disk is full (rerun with --no-tm to go on without it)"
    if code in _UNWRITABLE:
        return f"{path}: cannot use the translation memory: {exc} (rerun with --no-tm to go on without it)"
    return f"{path}: not a usable translation memory: {exc}"


def reported(method):
    """Decorator for TranslationMemory methods: any SQLite error becomes a one-line WorkbenchError."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise WorkbenchError(describe(self.path, exc)) from None
    return wrapper


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    if _user_version(conn) == SCHEMA_VERSION:
        return
    with write_transaction(conn):
        version = _user_version(conn)  # re-read under the write lock: another process may have won
        if version > SCHEMA_VERSION:
            raise WorkbenchError(f"{path}: translation memory schema {version} is newer than this "
                                 f"workbench supports ({SCHEMA_VERSION}); upgrade workbench")
        if version == 0:
            _refuse_foreign_tables(conn, path)
        for step in range(version + 1, SCHEMA_VERSION + 1):
            for statement in _MIGRATIONS[step]:
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _refuse_foreign_tables(conn: sqlite3.Connection, path: Path) -> None:
    """A version-0 database with tables is some other application's file: never write into it."""
    count = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    if count:
        raise WorkbenchError(f"{path}: an SQLite database that is not a workbench translation memory")


def _user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


@contextlib.contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One IMMEDIATE transaction: the write lock is taken up front, so two writers never deadlock."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
