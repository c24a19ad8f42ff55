"""The translation memory (TM): every translated segment, reused by exact and fuzzy lookup.

One SQLite file (`paths.data_dir()/tm.sqlite3` unless a path is given), created on first use.
Precedence of entries for one source: approved > edited > enforced > mt, then the most
recently updated. Machine entries ('mt', 'enforced') only match a lookup made with the same
model id and glossary version; human entries ('edited', 'approved') match regardless. Apart from
the entries, the model's raw n-best per source and model (`MTRecord`, table raw_mt) lets a run with
an edited glossary enforce it again instead of decoding.
Imports nothing from the UI; TMX/XLIFF exchange lives in `workbench.tm.exchange` (which takes a
TranslationMemory: this module never imports it).
"""

from __future__ import annotations

import functools
import json
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from workbench import paths
from workbench.tm.store import UPSERT, UPSERT_MT, connect, files_of, now, reported, source_key, write_transaction

if TYPE_CHECKING:  # numpy and rapidfuzz load on the first fuzzy lookup, not on import
    from workbench.tm.fuzzy import FuzzyIndex, Hit

MT, ENFORCED, EDITED, APPROVED = "mt", "enforced", "edited", "approved"
STATUSES = (MT, ENFORCED, EDITED, APPROVED)  # lowest precedence first
HUMAN_STATUSES = (EDITED, APPROVED)  # match a lookup whatever its model and glossary
_RANK = {status: rank for rank, status in enumerate(STATUSES)}
CHUNK = 500  # sources per lookup query (SQLite allows 32,766 parameters; 500 keeps plans cheap)
_COLUMNS = ("source, target, src_locale, tgt_locale, model_id, glossary_version, status, "
            "created_at, updated_at, id")


@dataclass(frozen=True)
class TMRecord:
    """A segment to store. Timestamps default to now (imports pass the file's own)."""

    source: str
    target: str
    src_locale: str
    tgt_locale: str
    model_id: str = ""
    glossary_version: str = ""
    status: str = "mt"
    created_at: str | None = None
    updated_at: str | None = None


@dataclass(frozen=True)
class MTRecord:
    """The model's raw n-best for a source (before glossary enforcement), best first.

    Kept apart from the enforced target so that after a glossary edit only enforcement runs again
    (same model, same MT). `wanted` is how many hypotheses the model was asked for: a lookup that
    needs more (enforcement picks among several) does not take a record with fewer.
    """

    source: str
    hypotheses: tuple[str, ...]
    src_locale: str
    tgt_locale: str
    model_id: str
    wanted: int = 1


@dataclass(frozen=True)
class TMEntry:
    """A stored segment as a lookup returns it."""

    source: str
    target: str
    src_locale: str
    tgt_locale: str
    model_id: str
    glossary_version: str
    status: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class FuzzyMatch:
    """A similar stored source, its best translation and the similarity (0-100)."""

    source: str
    target: str
    score: float
    status: str


@dataclass(frozen=True)
class TMStats:
    """What a TM holds: totals, per status and per locale pair (`"en>ko"`)."""

    path: str
    segments: int
    sources: int
    by_status: dict[str, int]
    by_pair: dict[str, int]
    schema_version: int
    size_bytes: int


def default_path() -> Path:
    """The embedded TM in the user data folder."""
    return paths.data_dir() / "tm.sqlite3"


@functools.lru_cache(maxsize=256)
def normalize_locale(code: str) -> str:
    """BCP 47 spelling: `ko_kp` -> `ko-KP`, `EN` -> `en`."""
    parts = code.strip().replace("_", "-").split("-")
    head = parts[0].lower()
    tail = [p.upper() if len(p) == 2 else p.title() if len(p) == 4 else p.lower() for p in parts[1:]]
    return "-".join([head, *tail]) if head else ""


class TranslationMemory:
    """A TM on disk; safe to share between threads (one lock) and processes (SQLite WAL)."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.RLock()
        self._fuzzy: dict[tuple[str, str], FuzzyIndex] = {}

    def connection(self) -> sqlite3.Connection:
        """The open SQLite connection (opened, and the file created, on first use)."""
        with self._lock:
            if self._conn is None:
                self._conn = connect(self.path)
            return self._conn

    def close(self) -> None:
        """Close the connection; the next call opens it again."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @reported
    def store(self, entries: Iterable[TMRecord], raw_mt: Iterable[MTRecord] = ()) -> int:
        """Store (insert or update) all entries, and the raw MT they were made from, in ONE transaction;
        returns how many entries were written.

        Entries with an empty source are skipped. Raises ValueError for an unknown status.
        """
        stamp = now()
        rows = [_row(entry, stamp) for entry in entries if entry.source]
        raw_rows = [_raw_row(record, stamp) for record in raw_mt if record.source and record.hypotheses]
        if not rows and not raw_rows:
            return 0
        with self._lock:
            with write_transaction(self.connection()) as conn:
                conn.executemany(UPSERT, rows)
                conn.executemany(UPSERT_MT, raw_rows)
        return len(rows)

    def store_mt(self, records: Iterable[MTRecord]) -> None:
        """Store raw MT alone (one transaction)."""
        self.store((), records)

    @reported
    def lookup_mt(self, sources: Sequence[str], src_locale: str, tgt_locale: str, model_id: str,
                  wanted: int = 1) -> dict[str, tuple[str, ...]]:
        """The stored raw n-best of `model_id` for each source that has one made with at least `wanted`
        hypotheses asked for."""
        wanted_sources = list(dict.fromkeys(s for s in sources if s))
        src, tgt = normalize_locale(src_locale), normalize_locale(tgt_locale)
        found: dict[str, tuple[str, ...]] = {}
        with self._lock:
            conn = self.connection()
            for start in range(0, len(wanted_sources), CHUNK):
                chunk = wanted_sources[start:start + CHUNK]
                rows = conn.execute(
                    f"SELECT source, hypotheses FROM raw_mt WHERE src_locale = ? AND tgt_locale = ? AND model_id = ? "
                    f"AND wanted >= ? AND skey IN ({', '.join('?' * len(chunk))})",
                    [src, tgt, model_id, wanted, *(source_key(s) for s in chunk)])
                found.update((source, tuple(json.loads(hypotheses))) for source, hypotheses in rows)
        return {source: found[source] for source in wanted_sources if source in found}

    def approve(self, source: str, target: str, src_locale: str, tgt_locale: str) -> None:
        """Record `target` as the approved translation of `source` (it then wins every lookup)."""
        self.store([TMRecord(source, target, src_locale, tgt_locale, status=APPROVED)])

    @reported
    def lookup_exact(self, sources: Sequence[str], src_locale: str, tgt_locale: str,
                     model_id: str | None = None,
                     glossary_version: str | None = None) -> dict[str, TMEntry]:
        """The best entry for each source that has one, in one query per 500 distinct sources.

        Args:
            model_id, glossary_version: machine entries must match them; None accepts any.
        """
        wanted = list(dict.fromkeys(s for s in sources if s))
        return self._best(wanted, normalize_locale(src_locale), normalize_locale(tgt_locale),
                          model_id, glossary_version)

    def fuzzy(self, query: str, src_locale: str, tgt_locale: str, limit: int = 5,
              threshold: float = 70) -> list[FuzzyMatch]:
        """Stored sources similar to `query` (score >= threshold), best first."""
        return self.fuzzy_batch([query], src_locale, tgt_locale, limit, threshold)[0]

    @reported
    def fuzzy_batch(self, queries: Sequence[str], src_locale: str, tgt_locale: str,
                    limit: int = 5, threshold: float = 70) -> list[list[FuzzyMatch]]:
        """`fuzzy` for many queries at once (cdist over the whole pair on small TMs, a word index on large ones)."""
        src, tgt = normalize_locale(src_locale), normalize_locale(tgt_locale)
        with self._lock:
            index = self._refreshed_index(src, tgt)
            hits = index.search(queries, limit, threshold)
            matched = list({index.sources[hit.index] for row in hits for hit in row})
            best = self._best(matched, src, tgt, None, None)
        return [_matches(row, index.sources, best) for row in hits]

    @reported
    def stats(self) -> TMStats:
        """Counts per status and locale pair, distinct sources, schema version and file size."""
        with self._lock:
            conn = self.connection()
            by_status = dict(conn.execute(
                "SELECT status, count(*) FROM segments GROUP BY status ORDER BY status").fetchall())
            by_pair = {f"{s}>{t}": n for s, t, n in conn.execute(
                "SELECT src_locale, tgt_locale, count(*) FROM segments GROUP BY 1, 2 ORDER BY 1, 2")}
            sources = conn.execute("SELECT count(DISTINCT skey) FROM segments").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        size = sum(p.stat().st_size for p in files_of(self.path)[:2] if p.exists())
        return TMStats(str(self.path), sum(by_status.values()), sources, by_status, by_pair,
                       version, size)

    @reported
    def entries(self, src_locale: str | None = None, tgt_locale: str | None = None,
                statuses: Iterable[str] | None = None) -> Iterable[TMEntry]:
        """Every stored entry (optionally filtered), oldest first, read in one snapshot."""
        where, params = _filters(src_locale, tgt_locale, statuses)
        with self._lock:
            cursor = self.connection().execute(
                f"SELECT {_COLUMNS} FROM segments{where} ORDER BY id", params)
            rows = cursor.fetchall()
        return (TMEntry(*row[:9]) for row in rows)

    def _best(self, sources: list[str], src: str, tgt: str, model_id: str | None,
              glossary_version: str | None) -> dict[str, TMEntry]:
        best: dict[str, tuple] = {}
        wanted = set(sources)
        with self._lock:
            conn = self.connection()
            for start in range(0, len(sources), CHUNK):
                chunk = sources[start:start + CHUNK]
                for row in conn.execute(*_lookup_sql(chunk, src, tgt, model_id, glossary_version)):
                    if row[0] in wanted:  # the key is a hash: compare the text itself too
                        _keep_best(best, row)
        return {source: TMEntry(*row[:9]) for source, row in best.items()}

    def _refreshed_index(self, src: str, tgt: str) -> FuzzyIndex:
        """The pair's fuzzy index with any rows committed since the last call (by any process)."""
        from workbench.tm.fuzzy import FuzzyIndex

        index = self._fuzzy.setdefault((src, tgt), FuzzyIndex())
        # unary + keeps SQLite on the rowid range instead of the locale index
        rows = self.connection().execute(
            "SELECT id, source FROM segments WHERE id > ? AND +src_locale = ? AND +tgt_locale = ? "
            "ORDER BY id", (index.last_id, src, tgt)).fetchall()
        index.add(rows)
        return index


def _matches(hits: list[Hit], sources: list[str], best: dict[str, TMEntry]) -> list[FuzzyMatch]:
    found = []
    for hit in hits:
        entry = best.get(sources[hit.index])
        if entry is not None:  # None only if the row vanished meanwhile
            found.append(FuzzyMatch(entry.source, entry.target, hit.score, entry.status))
    return found


def _row(entry: TMRecord, stamp: str) -> tuple:
    if entry.status not in _RANK:
        raise ValueError(f"unknown TM status {entry.status!r} (expected one of {', '.join(STATUSES)})")
    return (source_key(entry.source), entry.source, entry.target,
            normalize_locale(entry.src_locale), normalize_locale(entry.tgt_locale),
            entry.model_id or "", entry.glossary_version or "", entry.status,
            entry.created_at or stamp, entry.updated_at or entry.created_at or stamp)


def _raw_row(record: MTRecord, stamp: str) -> tuple:
    return (source_key(record.source), record.source, normalize_locale(record.src_locale),
            normalize_locale(record.tgt_locale), record.model_id, record.wanted,
            json.dumps(list(record.hypotheses), ensure_ascii=False), stamp)


def _lookup_sql(chunk: list[str], src: str, tgt: str, model_id: str | None,
                glossary_version: str | None) -> tuple[str, list]:
    marks = ", ".join("?" * len(chunk))
    sql = (f"SELECT {_COLUMNS} FROM segments WHERE src_locale = ? AND tgt_locale = ? "
           f"AND skey IN ({marks})")
    params: list = [src, tgt, *(source_key(s) for s in chunk)]
    machine = []
    for column, value in (("model_id", model_id), ("glossary_version", glossary_version)):
        if value is not None:
            machine.append(f"{column} = ?")
            params.append(value)
    if machine:
        human = ", ".join(f"'{status}'" for status in HUMAN_STATUSES)
        sql += f" AND (status IN ({human}) OR ({' AND '.join(machine)}))"
    return sql, params


def _keep_best(best: dict[str, tuple], row: tuple) -> None:
    """Keep the row that wins for its source: highest status rank, then latest update, then newest id."""
    current = best.get(row[0])
    if current is None or _precedence(row) > _precedence(current):
        best[row[0]] = row


def _precedence(row: tuple) -> tuple:
    return (_RANK[row[6]], row[8], row[9])


def _filters(src: str | None, tgt: str | None, statuses: Iterable[str] | None) -> tuple[str, list]:
    clauses, params = [], []
    if src:
        clauses.append("src_locale = ?")
        params.append(normalize_locale(src))
    if tgt:
        clauses.append("tgt_locale = ?")
        params.append(normalize_locale(tgt))
    if statuses:
        wanted = list(statuses)
        clauses.append(f"status IN ({', '.join('?' * len(wanted))})")
        params.extend(wanted)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


__all__ = ["STATUSES", "FuzzyMatch", "MTRecord", "TMEntry", "TMRecord", "TMStats", "TranslationMemory",
           "default_path", "normalize_locale"]
