"""Builds the bundled demo Argos Translate packages (en->ko, en->ru): a small genuine model per pair.

Build-time only: needs torch and sentencepiece training; nothing in workbench/ imports this.
Usage: .venv/bin/python scripts/build_demo_models.py --pair en-ko|en-ru|all [--quick] [--out DIR] [--jobs 2]
(the committed packages: --pair all --jobs 2; --glossary-repeat 5 fixes bare names but cost exact match)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demo_model import report  # noqa: E402
from demo_model.corpus import CorpusError  # noqa: E402

REPO = Path(__file__).resolve().parents[1]

PAIRS = ("en-ko", "en-ru")
# Fixed step counts (not time budgets) keep builds reproducible; sized for ~2-3 min / ~12 min on one shared thread.
QUICK = {"train_pairs": 8000, "steps": 300}
FULL = {"train_pairs": 40000, "steps": 1000}


def _args(argv):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--pair", required=True, choices=(*PAIRS, "all"))
    p.add_argument("--quick", action="store_true", help="small corpus, ~2 minutes of training per pair")
    p.add_argument("--out", type=Path, default=REPO / "workbench" / "demo" / "packages")
    p.add_argument("--work", type=Path, default=Path("/tmp/demo-model-build"), help="scratch folder")
    p.add_argument("--jobs", type=int, default=1, help="with --pair all: pairs built in parallel processes")
    p.add_argument("--steps", type=int, help="override the number of training steps")
    p.add_argument("--train-pairs", type=int, help="override the training corpus size")
    p.add_argument("--glossary-repeat", type=int, default=0,
                   help="add each glossary term with its preferred rendering N times to training")
    p.add_argument("--corpus-dir", type=Path, default=REPO / "scripts", help="folder with corpus_<lang>.py")
    p.add_argument("--figures-json", type=Path, help=argparse.SUPPRESS)  # child processes report here
    return p.parse_args(argv)


def _plan(pair: str, a):
    from demo_model.pipeline import BuildPlan

    src, tgt = pair.split("-")
    sizes = dict(QUICK if a.quick else FULL)
    if a.steps:
        sizes["steps"] = a.steps
    if a.train_pairs:
        sizes["train_pairs"] = a.train_pairs
    return BuildPlan(src=src, tgt=tgt, quick=a.quick, corpus_dir=a.corpus_dir,
                     glossary_repeat=a.glossary_repeat, **sizes)


def _log(pair: str):
    start = time.monotonic()
    return lambda msg: print(f"[{pair} {time.monotonic() - start:6.0f}s] {msg}", flush=True)


def _parallel(argv, pairs, a) -> list[dict]:
    """One child process per pair (one thread each); figures come back as JSON files."""
    procs = []
    for pair in pairs:
        fig = a.work / f"{pair}.figures.json"
        cmd = [sys.executable, __file__, *_strip_jobs(argv, pair), "--figures-json", str(fig)]
        procs.append((subprocess.Popen(cmd), fig))
    codes = [p.wait() for p, _ in procs]  # wait for every child, even after a failure
    if any(codes):
        raise SystemExit("build_demo_models: a pair failed (see its log above)")
    return [json.loads(fig.read_text()) for _, fig in procs]


def _strip_jobs(argv, pair):
    """The parent's arguments for one child: ``--jobs`` dropped, ``all`` replaced by the pair."""
    out, skip = [], False
    for tok in argv:
        if skip:
            skip = False
        elif tok == "--jobs":
            skip = True
        elif not tok.startswith("--jobs="):
            out.append(pair if tok == "all" else f"--pair={pair}" if tok == "--pair=all" else tok)
    return out


def _missing_inputs(pairs, corpus_dir: Path) -> str | None:
    """What keeps the build from starting, in one line (checked before torch is imported)."""
    for pair in pairs:
        generator = corpus_dir / f"corpus_{pair.split('-')[1]}.py"
        if not generator.is_file():
            return f"{generator}: corpus generator not found"
    try:
        import torch  # noqa: F401 - a build-time dependency only
    except ImportError:
        return "torch is not installed: pip install -e '.[demo-build]' (torch==2.13.0, CPU)"
    return None


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    a = _args(argv)
    pairs = PAIRS if a.pair == "all" else (a.pair,)
    problem = _missing_inputs(pairs, a.corpus_dir)
    if problem:
        print(f"build_demo_models: error: {problem}", file=sys.stderr)
        return 2
    from demo_model.pipeline import build

    try:
        if len(pairs) > 1 and a.jobs > 1:
            a.work.mkdir(parents=True, exist_ok=True)
            figures = _parallel(argv, pairs, a)
        else:
            figures = [build(_plan(p, a), a.out, a.work / p, _log(p)) for p in pairs]
    except CorpusError as exc:
        print(f"build_demo_models: error: {exc}", file=sys.stderr)
        return 2
    if a.figures_json:
        a.figures_json.write_text(json.dumps(figures[0]))
    else:
        report.update(a.out / "REPORT.md", figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
