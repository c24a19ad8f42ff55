"""Benchmark of glossary.matcher: build time for 100k entries and scan time for 1 MB of English-like text.

Run: .venv/bin/python bench/bench_matcher.py [--entries N] [--megabytes M]
Targets: build <= 2 s, scan <= 0.5 s (100k entries, 1 MB). Synthetic data, fixed seed: reproducible.
"""

from __future__ import annotations

import argparse
import random
import time

from glossary.matcher import Matcher
from glossary.model import Entry, Glossary, MatchOptions

_SYLLABLES = [c + v for c in ("", "b", "ch", "d", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "y", "z")
              for v in ("a", "e", "i", "o", "u", "ae", "eo", "ui", "an", "ong", "un", "ov")]
_COMMON = ("the of and to in a is that for it as was with on by at from his her an said were "
           "which are this be has had not have but they their been who its two state visit "
           "minister foreign president talks cooperation military operation region agency news").split()


def make_glossary(count: int, rng: random.Random) -> Glossary:
    """`count` entries: 1-4 word names, some hyphenated, some case-insensitive common nouns."""
    entries = []
    seen: set[str] = set()
    while len(entries) < count:
        words = ["".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3)))
                 for _ in range(rng.randint(1, 4))]
        if " ".join(words) in seen:
            continue
        seen.add(" ".join(words))
        if rng.random() < 0.2:
            form = " ".join(w.lower() for w in words)
            match = MatchOptions(case_sensitive=False)
        else:
            form = " ".join(w.title() for w in words)
            match = MatchOptions()
        if len(words) > 1 and rng.random() < 0.2:
            form = form.replace(" ", "-", 1)
        entries.append(Entry(f"e{len(entries)}", (form,), match=match, subject="person"))
    return Glossary(name="bench", entries=tuple(entries))


def make_text(glossary: Glossary, size: int, rng: random.Random) -> str:
    """English-like filler with a glossary term (or a possessive) every ~12 words."""
    out: list[str] = []
    length = 0
    while length < size:
        if rng.random() < 0.08:
            word = rng.choice(glossary.entries).source + rng.choice(("", "", "'s", "’s"))
        else:
            word = rng.choice(_COMMON)
        word += rng.choice(("", "", "", "", ",", ".\n"))
        out.append(word)
        length += len(word) + 1
    return " ".join(out)[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(20230913)
    glossary = make_glossary(args.entries, rng)
    text = make_text(glossary, int(args.megabytes * 1_000_000), rng)
    builds, scans = [], []
    for _ in range(args.repeat):  # best of N: the machine is shared, the minimum is the honest figure
        build, matcher = _timed(Matcher, glossary)
        scan, hits = _timed(matcher.find, text)
        builds.append(build)
        scans.append(scan)
    print(f"entries={len(glossary)} text={len(text)} chars hits={len(hits)} best of {args.repeat}")
    print(f"build {min(b[0] for b in builds):.3f} s wall, {min(b[1] for b in builds):.3f} s CPU (target <= 2 s)")
    print(f"scan  {min(s[0] for s in scans):.3f} s wall, {min(s[1] for s in scans):.3f} s CPU (target <= 0.5 s)")
    print(f"machine speed: empty 10M-step Python loop {_calibrate():.3f} s (a quiet modern core: ~0.15-0.2 s)")


def _timed(function, *args):
    """((wall seconds, CPU seconds of this process), result)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = function(*args)
    return (time.perf_counter() - wall, time.process_time() - cpu), result

def _calibrate() -> float:
    """Context for the figures: the machine may be shared and slow."""
    started = time.perf_counter()
    for _ in range(10_000_000):
        pass
    return time.perf_counter() - started

if __name__ == "__main__":
    main()
