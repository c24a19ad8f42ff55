"""Terminology QA and enforcement measured on every labeled set, with our glossary and with a client's.

Usage: .venv/bin/python bench/eval_terms.py [-v] [--run NAME]...

Runs (the same code each time):
  bundled    tests/data/terms_{ko,ru}.tsv with the bundled glossary (grammar hints, deprecated lists)
  hint-free  the same sets with a hint-free copy of the bundled glossary: exported to CSV and imported back
             (no deprecated forms, no `forms`/`indeclinable`/`inflect`, no match options)
  client     tests/data/client/pairs_{ko,ru}.tsv, written by someone who had not read the code, with the
             client's plain CSV glossary (tests/data/client/glossary.csv)
  client-tbx the same pairs with the client's TBX (memoQ-style ru-RU/ko-KR tags, deprecated variants)
Measures (workbench/terms/evaluate.py): QA precision and recall; listed variants (the run's glossary
lists them), Latin leftovers and unlisted variants fixed exactly (rows in brackets); rows without a
violation left unchanged; damaged rows.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from workbench.terms.evaluate import by_locale, evaluate, merge_results, read_rows, summary

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
CLIENT = DATA / "client"
OLD_SETS = [DATA / "terms_ko.tsv", DATA / "terms_ru.tsv"]
CLIENT_SETS = [CLIENT / "pairs_ko.tsv", CLIENT / "pairs_ru.tsv"]


def bundled():
    from glossary import yamlio

    return yamlio.load(yamlio.bundled_path())


def hint_free():
    """The bundled glossary through a CSV round trip, as a client who exported it would send it back."""
    from glossary import formats

    csv = formats.for_path("copy.csv")
    return csv.loads(csv.dumps(bundled()), "hint-free.csv")


def client(name: str):
    from glossary import formats

    return formats.load(CLIENT / name)


RUNS = {
    "bundled": (OLD_SETS, bundled),
    "hint-free": (OLD_SETS, hint_free),
    "client": (CLIENT_SETS, lambda: client("glossary.csv")),
    "client-tbx": (CLIENT_SETS, lambda: client("glossary.tbx")),
}


def run(name: str, verbose: bool) -> list[str]:
    sets, make_glossary = RUNS[name]
    glossary = make_glossary()
    lines = []
    for path in sets:
        rows = read_rows(path)
        started = time.perf_counter()
        result = merge_results([evaluate(group, glossary) for group in by_locale(rows)])
        m = summary(result)
        fixed = " | ".join(f"{m[k]:.3f} ({m['n_' + k]})" if m["n_" + k] else "–"
                           for k in ("listed", "latin", "unlisted"))
        lines.append(f"| {name} | {path.name} | {len(rows)} | {m['precision']:.3f} | {m['recall']:.3f} | "
                     f"{fixed} | {m['unchanged']:.3f} | {m['damaged']} | "
                     f"{time.perf_counter() - started:.1f} s |")
        if verbose:
            print(f"--- {name} {path.name}", *result["errors"], sep="\n")
    return lines


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    names = [argv[i + 1] for i, a in enumerate(argv) if a == "--run" and i + 1 < len(argv)] or list(RUNS)
    unknown = [n for n in names if n not in RUNS]
    if unknown:
        print(f"eval_terms: unknown run {unknown[0]!r} (known: {', '.join(RUNS)})", file=sys.stderr)
        return 2
    table = ["| run | set | pairs | QA precision | QA recall | listed fixed | Latin fixed | unlisted fixed | "
             "correct unchanged | damaged | time |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    for name in names:
        table += run(name, verbose)
    print("\n".join(table))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
