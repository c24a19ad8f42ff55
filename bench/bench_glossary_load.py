"""Benchmark: generate a glossary of N entries (default 100,000) and time glossary.yamlio.load.

Not a unit test (timings depend on the machine). Run:
    .venv/bin/python bench/bench_glossary_load.py [N]
    .venv/bin/python bench/bench_glossary_load.py --imports [N]      # glossary import, whole process
    .venv/bin/python bench/bench_glossary_load.py --big-invalid      # 894,000 entries, one unknown key

--imports times `workbench glossary import` of N rows as CSV, TSV and XLSX (target <= 5 s) and of an
N-entry TBX (target <= 10 s), each a whole process, wall and CPU time. --big-invalid times `workbench
glossary validate` and `translate --glossary` on a glossary of 894,000 entries, each with a source and a
ru target, with one unknown key near the end: seconds to the first error line and peak memory of each
process (target <= 10 s and <= 1 GB). It writes the entries twice: as `glossary import` and every edit
write them (block style, 85 MB), and with the targets on one line (flow style, 77 MB).

--readers [--rounds R] [N] loads the same N-entry file (cache off, each in a fresh process, R rounds,
interleaved) through every reader the code has, side by side: the compiled scanner (glossary._scan) with
the compiled bulk checks (glossary._bulk) or with their pure-Python twins, and PyYAML alone (the exact
path: every file the scanner cannot vouch for, and every file where it is not built). It says which
compiled code the 2 s target needs.

Three loads of the same file, in a fresh cache folder: with the cache off (parse and check
everything), the first load (the same, plus storing the checked data in glossary.cache), and a
later load (from the cache). Target: <= 2 s for the first two (a file never seen before). Each
time includes freeing the loaded glossary, which the caller does not keep; the machine's noise is
large, so run it several times. Without the compiled scanner (glossary._scan, built by
`pip install -e .`) the exact PyYAML path reads the file: about ten times as long (see --readers).
"""

from __future__ import annotations

import os
import statistics
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


def main(count: int) -> None:
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


def imports(count: int) -> None:
    """`workbench glossary import` of `count` rows in each interchange format, as a user runs it."""
    from glossary import formats

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        csv = base / "terms.csv"
        csv.write_text("en,ko,ru\n" + "".join(f"Term {i},용어{i},Термин {i}\n" for i in range(count)), encoding="utf-8")
        glossary = formats.load(csv)
        for suffix in (".tsv", ".xlsx", ".tbx"):
            formats.dump(glossary, base / f"terms{suffix}")
        print(f"glossary import of {count:,} rows/entries (whole process):")
        for suffix, target in ((".csv", 5), (".tsv", 5), (".xlsx", 5), (".tbx", 10)):
            wall, cpu, _, _ = run([str(base / f"terms{suffix}"), "-o", str(base / f"out{suffix}.yaml")],
                                  "import")
            print(f"  {suffix:6} {wall:5.2f} s wall, {cpu:5.2f} s CPU   (target <= {target} s)")


BIG_SHAPES = {  # entry i of the --big-invalid file, in each style; KEY is where the unknown key goes
    "block": "  - id: e{i}\n    {key}: Name {i}\n    targets:\n      ru:\n        preferred: Имя {i}\n",
    "flow": "  - id: e{i}\n    {key}: Name {i}\n    targets: {{ru: {{preferred: Имя {i}}}}}\n",
}


def big_text(shape: str, count: int, bad: int) -> str:
    """A glossary of `count` entries of `shape` (BIG_SHAPES), entry `bad` with 'sorce' for 'source'."""
    entry = BIG_SHAPES[shape]
    body = "".join(entry.format(i=i, key="sorce" if i == bad else "source") for i in range(count))
    return "schema_version: 1\nname: big\nentries:\n" + body


def big_invalid() -> None:
    """validate / translate --glossary on 894,000 entries with one unknown key near the end."""
    count = 894_000
    bad = count - 10
    with tempfile.TemporaryDirectory() as folder:
        text = Path(folder) / "a.txt"
        text.write_text("Kim Jong Un arrived.\n", encoding="utf-8")
        for shape in BIG_SHAPES:
            path = Path(folder) / f"big-{shape}.yaml"
            path.write_text(big_text(shape, count, bad), encoding="utf-8")
            print(f"{count:,} entries, {shape} style ({path.stat().st_size / 1e6:.0f} MB), "
                  f"one unknown key at entry {bad:,}:")
            for name, args in (("validate", ["glossary", "validate", str(path)]),
                               ("translate --glossary", ["translate", str(text), "--to", "ru", "--model", "demo",
                                                         "--no-tm", "--glossary", str(path)])):
                wall, _, rss, first = run(args, None)
                if "unknown key 'sorce'" not in first:
                    raise SystemExit(f"{name}: expected the unknown key first, got {first!r}")
                print(f"  {name:22} first error line after {wall:5.2f} s, peak {rss / 1e9:5.2f} GB "
                      "(target <= 10 s, <= 1 GB)")


def run(args: list[str], command: str | None) -> tuple[float, float, int, str]:
    """(seconds to the first output line, CPU seconds, peak RSS bytes, that line) of `workbench [command] args`.
    CPU and RSS are this process's own (os.wait4), not the largest of every child so far."""
    import subprocess

    argv = [sys.executable, "-m", "workbench", *(["glossary", command] if command else []), *args]
    env = {**os.environ, "WORKBENCH_GLOSSARY_CACHE": "0"}
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    first = process.stdout.readline()
    wall = time.perf_counter() - start
    process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stdout.close()
    if not first:
        raise SystemExit(f"{' '.join(argv)}: no output")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, first.decode("utf-8", "replace")


READERS = {  # name -> the modules a child process is denied (an import of them fails as if not built)
    "scanner + compiled bulk (as installed)": (),
    "scanner + Python bulk": ("glossary._bulk",),
    "PyYAML only (no scanner: the exact path)": ("glossary._scan",),
}
_CHILD = """
import sys, time
for name in sys.argv[2:]:
    sys.modules[name] = None
from glossary import yamlio
start = time.perf_counter()
yamlio.load(sys.argv[1])
print(time.perf_counter() - start)
"""


def readers(count: int, rounds: int = 3) -> None:
    """First-load seconds of `count` entries through each reader, side by side (see the docstring)."""
    import subprocess

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.yaml"
        generate(path, count)
        env = {**os.environ, "WORKBENCH_GLOSSARY_CACHE": "0", "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
        times: dict[str, list[float]] = {name: [] for name in READERS}
        for _ in range(rounds):  # interleaved: the machine's drift touches every reader alike
            for name, denied in READERS.items():
                out = subprocess.run([sys.executable, "-c", _CHILD, str(path), *denied], env=env,
                                     capture_output=True, text=True, check=True).stdout
                times[name].append(float(out))
        print(f"first load of {count:,} entries ({path.stat().st_size / 1e6:.1f} MB), cache off, {rounds} rounds:")
        base = min(times[next(iter(READERS))])
        for name, values in times.items():
            print(f"  {name:41} best {min(values):6.2f} s ({min(values) / base:4.1f}x), "
                  f"median {statistics.median(values):6.2f} s   (target <= 2 s)")


def timed(path: Path) -> float:
    start = time.perf_counter()
    yamlio.load(path)
    return time.perf_counter() - start


def cli(argv: list[str]) -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--imports", action="store_true", help="time `workbench glossary import` per format")
    mode.add_argument("--readers", action="store_true", help="first load through each reader, side by side")
    mode.add_argument("--big-invalid", action="store_true", help="validate/translate an 85 MB invalid glossary")
    parser.add_argument("--rounds", type=int, default=3, help="--readers: loads per reader (default 3)")
    parser.add_argument("count", type=int, nargs="?", default=100_000, help="entries (default 100,000)")
    args = parser.parse_args(argv)
    if args.imports:
        imports(args.count)
    elif args.readers:
        readers(args.count, args.rounds)
    elif args.big_invalid:
        big_invalid()
    else:
        main(args.count)


if __name__ == "__main__":
    cli(sys.argv[1:])
