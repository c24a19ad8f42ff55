"""Precision/recall of terminology violation detection and enforcement accuracy on the labeled sets.

Usage: .venv/bin/python bench/eval_terms.py [-v] [tests/data/terms_ko.tsv ...]
(the format of a labeled set: workbench/terms/evaluate.py)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from workbench.terms.evaluate import by_locale, evaluate, merge_results, ratio, read_rows

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SETS = [REPO / "tests" / "data" / "terms_ko.tsv", REPO / "tests" / "data" / "terms_ru.tsv"]


def main(paths: list[str]) -> int:
    from glossary import yamlio

    glossary = yamlio.load(yamlio.bundled_path())
    for path in [Path(p) for p in paths] or DEFAULT_SETS:
        rows = read_rows(path)
        started = time.perf_counter()
        result = merge_results([evaluate(group, glossary) for group in by_locale(rows)])
        c = result["counts"]
        print(f"{path.name}: {len(rows)} pairs in {time.perf_counter() - started:.2f} s")
        print(f"  detection precision {ratio(c['tp'], c['tp'] + c['fp']):.3f}  "
              f"recall {ratio(c['tp'], c['tp'] + c['fn']):.3f}  (tp {c['tp']}, fp {c['fp']}, fn {c['fn']})")
        for category, outcome in sorted(result["enforced"].items()):
            total = outcome["ok"] + outcome["bad"]
            print(f"  enforcement [{category}] exact {outcome['ok']}/{total} = {ratio(outcome['ok'], total):.3f}")
        if "-v" in sys.argv:
            print("\n".join(result["errors"]))
    return 0


if __name__ == "__main__":
    sys.exit(main([a for a in sys.argv[1:] if not a.startswith("-")]))
