"""Benchmark: generate a glossary of N entries (default 100,000) and time glossary.yamlio.load.

Not a unit test (timings depend on the machine). Run:
    .venv/bin/python bench/bench_glossary_load.py [N]
"""

from __future__ import annotations

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
        path = Path(folder) / "bench.yaml"
        generate(path, count)
        size = path.stat().st_size / 1e6
        start = time.perf_counter()
        glossary = yamlio.load(path)
        loaded = time.perf_counter() - start
        start = time.perf_counter()
        findings = lint.lint(glossary)
        linted = time.perf_counter() - start
    print(f"{count} entries ({size:.1f} MB): load {loaded:.2f} s, lint {linted:.2f} s "
          f"({len(glossary)} entries, {len(findings)} findings)")


if __name__ == "__main__":
    main(sys.argv)
