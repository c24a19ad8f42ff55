"""Benchmark: generate a glossary of N entries (default 100,000) and time glossary.yamlio.load.

Not a unit test (timings depend on the machine). Run:
    .venv/bin/python bench/bench_glossary_load.py [N]

Three loads of the same file, in a fresh cache folder: with the cache off (parse and check
everything), the first load (the same, plus storing the checked data in glossary.cache), and a
later load (from the cache). Target: <= 2 s for the first two (a file never seen before). Each
time includes freeing the loaded glossary, which the caller does not keep; the machine's noise is
large, so run it several times. Without the compiled scanner (glossary._scan, built by
`pip install -e .`) rapidyaml reads the file and the first two take about twice as long.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from glossary import lint, yamlio


def entry_text(i: int) -> str:
    """One realistic entry: two source forms, a note, ko + ru targets with hints and deprecated forms."""
    return (f"  - id: entry-{i}\n"
            f"    source: [Term {i}, Alt term {i}]\n"
            f"    subject: person\n"
            f"    note: generated entry number {i}\n"
            f"    targets:\n"
            f"      ko:\n"
            f"        preferred: 용어{i}\n"
            f"        deprecated: [나쁜{i}]\n"
            f"      ru:\n"
            f"        preferred: {{term: Термин {i}, inflect: [1]}}\n"
            f"        admitted: [Другой термин {i}]\n")


def generate(path: Path, count: int) -> None:
    head = "schema_version: 1\nname: bench\ntarget_languages: [ko, ko-KP, ru]\nentries:\n"
    path.write_text(head + "".join(entry_text(i) for i in range(count)), encoding="utf-8")


def main(argv: list[str]) -> None:
    count = int(argv[1]) if len(argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        os.environ["WORKBENCH_CACHE_DIR"] = str(Path(folder) / "cache")
        path = Path(folder) / "bench.yaml"
        generate(path, count)
        size = path.stat().st_size / 1e6
        os.environ["WORKBENCH_GLOSSARY_CACHE"] = "0"
        uncached = timed(path)
        os.environ["WORKBENCH_GLOSSARY_CACHE"] = "1"
        first = timed(path)
        later = min(timed(path) for _ in range(3))
        glossary = yamlio.load(path)
        start = time.perf_counter()
        findings = lint.lint(glossary)
        linted = time.perf_counter() - start
    print(f"{count} entries ({size:.1f} MB), {len(glossary)} loaded:")
    print(f"  load, cache off      {uncached:5.2f} s   (target <= 2 s)")
    print(f"  first load (+ store) {first:5.2f} s   (target <= 2 s)")
    print(f"  later load (cached)  {later:5.2f} s")
    print(f"  lint                 {linted:5.2f} s   ({len(findings)} findings)")


def timed(path: Path) -> float:
    start = time.perf_counter()
    yamlio.load(path)
    return time.perf_counter() - start

if __name__ == "__main__":
    main(sys.argv)
