"""Fuzzy matching for the translation memory: text pre-processing and an in-memory candidate index.

Scores are rapidfuzz `fuzz.ratio` (0-100) on pre-processed text (NFKC, case-folded, punctuation
and symbols folded to spaces). Small memories are scanned in full (exact). Large ones get a word
index: candidates are the entries sharing the most distinctive words with the query, then scored
exactly. The index is built once per TranslationMemory object and grows with new rows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process

FULL_SCAN_LIMIT = 20_000  # up to here a full scan costs under ~12 ms per query (measured)
WORD_INDEX_AFTER = 16  # queries on a large memory before the word index pays for its build
TOP_CANDIDATES = 400  # entries scored exactly per query on the word-index path
COMMON_WORD_SHARE = 0.05  # words in more entries than this share say little about a match
MATRIX_CELLS = 8_000_000  # cdist scores per call (float32: 32 MB)

_NON_WORD = re.compile(r"[\W_]+")


def normalize(text: str) -> str:
    """Case-folded text with punctuation and symbols folded to single spaces."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _NON_WORD.sub(" ", folded).strip()


@dataclass(frozen=True)
class Hit:
    """One scored candidate: the index of an entry in the FuzzyIndex and its score."""

    index: int
    score: float


@dataclass
class FuzzyIndex:
    """The sources of one locale pair, pre-processed, plus an optional word index over them."""

    sources: list[str] = field(default_factory=list)
    norms: list[str] = field(default_factory=list)
    last_id: int = 0
    scans: int = 0
    _seen: set[str] = field(default_factory=set)
    _postings: dict[str, list[int]] | None = None

    def add(self, rows: Sequence[tuple[int, str]]) -> None:
        """Append new `(id, source)` rows (ids ascending); known sources are skipped."""
        for row_id, source in rows:
            self.last_id = max(self.last_id, row_id)
            if source in self._seen:
                continue
            self._seen.add(source)
            self.sources.append(source)
            self.norms.append(normalize(source))
            if self._postings is not None:
                self._post(len(self.norms) - 1)

    def search(self, queries: Sequence[str], limit: int, threshold: float) -> list[list[Hit]]:
        """The best `limit` hits scoring at least `threshold` for each query, best first."""
        normed = [normalize(q) for q in queries]
        if len(self.norms) > FULL_SCAN_LIMIT:
            self.scans += len(queries)
            if self._postings is None and self.scans >= WORD_INDEX_AFTER:
                self._build_postings()
        if self._postings is None:
            return self._full_scan(normed, limit, threshold)
        return [self._indexed(q, limit, threshold) for q in normed]

    def _full_scan(self, normed: list[str], limit: int, threshold: float) -> list[list[Hit]]:
        if not self.norms:
            return [[] for _ in normed]
        if len(normed) == 1:
            return [_extract(normed[0], self.norms, None, limit, threshold)]
        results: list[list[Hit]] = []
        rows = max(1, MATRIX_CELLS // len(self.norms))
        for start in range(0, len(normed), rows):
            chunk = normed[start:start + rows]
            matrix = process.cdist(chunk, self.norms, scorer=fuzz.ratio, score_cutoff=threshold,
                                   dtype=np.float32)
            results.extend(_top(row, query, limit, threshold) for row, query in zip(matrix, chunk))
        return results

    def _indexed(self, query: str, limit: int, threshold: float) -> list[Hit]:
        if not query:
            return []
        candidates = self._candidates(query)
        return _extract(query, [self.norms[i] for i in candidates], candidates, limit, threshold)

    def _candidates(self, query: str) -> list[int]:
        """Entries sharing the most distinctive query words (all query words when all are common)."""
        postings = [self._postings[w] for w in set(query.split()) if w in self._postings]
        common = COMMON_WORD_SHARE * len(self.norms)
        rare = [p for p in postings if len(p) <= common] or postings
        if not rare:
            return []
        counts = np.bincount(np.concatenate([np.asarray(p, np.int64) for p in rare]),
                             minlength=len(self.norms))
        shared = np.flatnonzero(counts)
        if len(shared) > TOP_CANDIDATES:
            best = np.argpartition(counts[shared], -TOP_CANDIDATES)[-TOP_CANDIDATES:]
            shared = shared[best]
        return shared.tolist()

    def _build_postings(self) -> None:
        self._postings = {}
        for index in range(len(self.norms)):
            self._post(index)

    def _post(self, index: int) -> None:
        for word in set(self.norms[index].split()):
            self._postings.setdefault(word, []).append(index)


def _extract(query: str, norms: list[str], indexes: list[int] | None, limit: int,
             threshold: float) -> list[Hit]:
    if not query:
        return []
    found = process.extract(query, norms, scorer=fuzz.ratio, score_cutoff=threshold, limit=limit)
    return [Hit(indexes[i] if indexes is not None else i, _rounded(score)) for _, score, i in found]


def _top(row: np.ndarray, query: str, limit: int, threshold: float) -> list[Hit]:
    if not query:
        return []
    above = np.flatnonzero(row >= threshold)
    ranked = sorted(above.tolist(), key=lambda i: (-row[i], i))[:limit]
    return [Hit(i, _rounded(row[i])) for i in ranked]


def _rounded(score: float) -> float:
    """Two decimals: cdist scores in float32, extract in float64; both paths must agree."""
    return round(float(score), 2)
