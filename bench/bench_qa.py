"""Throughput of terminology QA: 10,000 segment pairs per locale (target: ≤ 5 s each on this machine).

Usage: .venv/bin/python bench/bench_qa.py [N]
Pairs come from the committed demo corpora (workbench/demo/corpus/en-{ko,ru}.tsv), cycled to N.
"""

from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path

from glossary import yamlio
from workbench.terms.qa import TermQA

CORPUS = Path(__file__).resolve().parent.parent / "workbench" / "demo" / "corpus"


def pairs(locale: str, count: int) -> list[tuple[str, str]]:
    lines = (CORPUS / f"en-{locale}.tsv").read_text(encoding="utf-8").splitlines()
    rows = [tuple(line.split("\t")) for line in lines if line.count("\t") == 1]
    return list(itertools.islice(itertools.cycle(rows), count))


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    glossary = yamlio.load(yamlio.bundled_path())
    for locale in ("ko", "ru"):
        data = pairs(locale, count)
        started = time.perf_counter()
        qa = TermQA(glossary, locale)
        violations = sum(not qa.check(source, target).ok for source, target in data)
        elapsed = time.perf_counter() - started
        print(f"{locale}: QA of {count} pairs in {elapsed:.2f} s ({count / elapsed:,.0f} pairs/s), "
              f"{violations} with violations (target ≤ 5 s)")


if __name__ == "__main__":
    main()
