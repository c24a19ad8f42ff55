"""Owns getting training and held-out pairs from the corpus generators (scripts/corpus_<lang>.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


class CorpusError(Exception):
    """A corpus generator is missing, failed, or wrote a malformed line."""


def generate(script: Path, n: int, seed: int, out: Path) -> list[tuple[str, str]]:
    """Run ``script --n N --seed S -o out`` and read its en<TAB>target lines."""
    if not script.exists():
        raise CorpusError(f"{script}: corpus generator not found")
    proc = subprocess.run([sys.executable, str(script), "--n", str(n), "--seed", str(seed), "-o", str(out)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise CorpusError(f"{script}: exit {proc.returncode}: {proc.stderr.strip()[-300:]}")
    if not out.exists():
        raise CorpusError(f"{script}: wrote no {out}")
    return read_tsv(out)


def read_tsv(path: Path) -> list[tuple[str, str]]:
    """Pairs from a TSV file; a line without exactly one TAB is an error naming file and line."""
    pairs = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            raise CorpusError(f"{path}:{lineno}: expected 'english<TAB>target', got {line[:60]!r}")
        pairs.append((parts[0].strip(), parts[1].strip()))
    if not pairs:
        raise CorpusError(f"{path}: no pairs")
    return pairs


def held_out(pairs, train, n: int) -> tuple[list[tuple[str, str]], int]:
    """``n`` distinct pairs, those whose English side never occurs in training first; returns (pairs, unseen).

    A small template space may not hold ``n`` unseen sentences; seen ones then fill up the set, and the
    unseen count is reported so the figure is not mistaken for pure generalisation.
    """
    train_src = {src for src, _ in train}
    distinct = list(dict.fromkeys(pairs))
    unseen = [p for p in distinct if p[0] not in train_src]
    seen = [p for p in distinct if p[0] in train_src]
    chosen = (unseen + seen)[:n]
    return chosen, min(len(unseen), n)
