"""Benchmark of the translation memory: store 100k segments, batch exact lookup of 10k, fuzzy lookup of 100.

Run: .venv/bin/python bench/bench_tm.py [--segments N] [--lookups N] [--queries N] [--export]
Synthetic English-like news sentences (Zipf-distributed vocabulary), fixed seed: reproducible.
Fuzzy queries are stored sentences with one or two words changed; the word-index path is compared
with an exhaustive scan (recall of the best match).
"""

from __future__ import annotations

import argparse
import itertools
import random
import tempfile
import time
from pathlib import Path

from workbench.tm import fuzzy as tm_fuzzy
from workbench.tm import TMRecord, TranslationMemory

_SYLLABLES = [c + v for c in ("", "b", "ch", "d", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t")
              for v in ("a", "e", "i", "o", "u", "ae", "eo", "an", "ong", "un")]
_COMMON = ("the of and to in a is that for it as was with on by at from his her an said were which are "
           "this be has had not have but they their been who its two state visit minister foreign "
           "president talks cooperation military region agency news KCNA Pyongyang DPRK").split()


def make_sentences(count: int, rng: random.Random) -> list[str]:
    vocab = list(_COMMON)
    while len(vocab) < 20_000:
        vocab.append("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 4))))
    cumulative = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(vocab))))
    seen: dict[str, None] = {}
    while len(seen) < count:
        words = rng.choices(vocab, cum_weights=cumulative, k=rng.randint(6, 35))
        seen[" ".join(words).capitalize() + "."] = None
    return list(seen)


def mutate(sentence: str, rng: random.Random) -> str:
    words = sentence.split()
    for _ in range(rng.randint(1, 2)):
        words[rng.randrange(len(words))] = rng.choice(_COMMON)
    return " ".join(words)


def timed(label: str, func, *args, **kwargs):
    start = time.perf_counter()
    result = func(*args, **kwargs)
    print(f"{label:<52} {time.perf_counter() - start:8.3f} s")
    return result


def bench_store(path: Path, sentences: list[str]) -> TranslationMemory:
    memory = TranslationMemory(path)
    def store_all() -> None:
        for start in range(0, len(sentences), 5_000):
            memory.store(TMRecord(s, f"перевод {start + i}", "en", "ru", "demo-en-ru", "g1")
                         for i, s in enumerate(sentences[start:start + 5_000]))
    timed(f"store {len(sentences):,} segments (batches of 5,000)", store_all)
    return memory


def bench_exact(memory: TranslationMemory, sentences: list[str], lookups: int, rng: random.Random) -> None:
    wanted = rng.sample(sentences, lookups // 2) + [f"Missing sentence {i}." for i in range(lookups // 2)]
    statements: list[str] = []
    memory.connection().set_trace_callback(statements.append)
    found = timed(f"exact lookup of {lookups:,} sources (half hits)", memory.lookup_exact, wanted,
                  "en", "ru", "demo-en-ru", "g1")
    memory.connection().set_trace_callback(None)
    print(f"{'':52} {len(found):,} found, {len(statements)} SQL statements")


def bench_fuzzy(path: Path, sentences: list[str], count: int, rng: random.Random) -> None:
    queries = [mutate(s, rng) for s in rng.sample(sentences, count)]
    cold = TranslationMemory(path)
    timed("fuzzy: first query (loads the pair's sources)", cold.fuzzy, queries[0], "en", "ru")
    timed("fuzzy: one more single query (full scan)", cold.fuzzy, queries[1], "en", "ru")
    scan_limit = tm_fuzzy.WORD_INDEX_AFTER
    tm_fuzzy.WORD_INDEX_AFTER = 10**9  # the exhaustive reference
    exhaustive = timed(f"fuzzy_batch {count} queries, exhaustive cdist", cold.fuzzy_batch, queries, "en", "ru")
    tm_fuzzy.WORD_INDEX_AFTER = scan_limit
    indexed_tm = TranslationMemory(path)
    indexed_tm.fuzzy(queries[0], "en", "ru")
    indexed = timed(f"fuzzy_batch {count} queries, word index (incl. build)", indexed_tm.fuzzy_batch,
                    queries, "en", "ru")
    timed(f"fuzzy_batch {count} queries, word index (built)", indexed_tm.fuzzy_batch, queries, "en", "ru")
    start = time.perf_counter()
    for query in queries:
        indexed_tm.fuzzy(query, "en", "ru")
    print(f"{'fuzzy: single query, word index (mean)':<52} {(time.perf_counter() - start) / count * 1000:8.2f} ms")
    same = sum(bool(e) and bool(i) and e[0].source == i[0].source for e, i in zip(exhaustive, indexed))
    having = sum(bool(e) for e in exhaustive)
    print(f"{'recall of the best match (index vs exhaustive)':<52} {same}/{having}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=100_000)
    parser.add_argument("--lookups", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--export", action="store_true", help="also time a full TMX export")
    args = parser.parse_args()
    rng = random.Random(13)
    sentences = timed("generate sentences", make_sentences, args.segments, rng)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "tm.sqlite3"
        memory = bench_store(path, sentences)
        bench_exact(memory, sentences, args.lookups, rng)
        bench_fuzzy(path, sentences, args.queries, rng)
        if args.export:
            timed("export TMX", memory.export_tmx, Path(folder) / "out.tmx")
        print(f"{'TM file size':<52} {memory.stats().size_bytes / 1e6:8.1f} MB")


if __name__ == "__main__":
    main()
