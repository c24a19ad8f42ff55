"""Bench the editor on a 5,000+ segment document: first paint, time to segments shown, move latency, memory.

Run: .venv/bin/python bench/bench_tui.py [--segments 5000]. Builds the document from the seed
article repeated, saves a project (all segments translated, as after MT) and measures, headless
at 120x36: (1) a fresh open (no project: sentence splitting runs in the worker), (2) a reopen
from the project (spans reused), (3) moving between segments (alt+down, render included).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("WORKBENCH_DATA_DIR", tempfile.mkdtemp(prefix="bench-tui-"))

from tui.app import Options, WorkbenchApp  # noqa: E402
from workbench import project as projects  # noqa: E402
from workbench.segment import segment_text  # noqa: E402

SEED = ROOT / "seeds" / "000_d27c7cbd74673f90.txt"


def build(folder: Path, segments: int) -> Path:
    seed = SEED.read_text()
    per_copy = len(segment_text(seed).segments)
    source = folder / "big.txt"
    source.write_text("\n\n".join([seed] * -(-segments // per_copy)))
    return source


def save_translated_project(source: Path, locale: str) -> int:
    document, _ = projects.open_source(source, projects.default_path(source, locale))
    project = projects.Project(document, locale, projects.default_path(source, locale))
    for i, state in enumerate(project.states):
        project.apply_mt(i, f"перевод {i}: " + state.source[::-1], state.source, ())
    projects.save(project.path, project.snapshot())
    return len(project)


async def first_paint(source: Path, locale: str) -> tuple[float, float]:
    """(seconds to the first painted screen, seconds until the segments are on screen)."""
    started = time.perf_counter()
    app = WorkbenchApp(Options(source, locale, model="demo", autosave_delay=600))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        painted = time.perf_counter() - started
        while app.session is None:
            await asyncio.sleep(0.01)
        await pilot.pause()
        shown = time.perf_counter() - started
        app.editor()._cancel.set()
        app.editor().shut_down(save=False)
    return painted, shown


async def move_latency(source: Path, locale: str, settled: bool, moves: int = 100) -> list[float]:
    app = WorkbenchApp(Options(source, locale, model="demo", autosave_delay=600))
    timings = []
    async with app.run_test(size=(120, 36)) as pilot:
        while app.session is None or app.session.qa is None:
            await pilot.pause(0.05)
        await pilot.pause()
        if settled:
            await app.workers.wait_for_complete()  # background QA of all segments done
            await pilot.pause()
        screen = app.editor()
        for _ in range(moves):
            await pilot.pause()
            t = time.perf_counter()
            screen.action_next_segment()  # what alt+down runs
            screen._refresh_layout()  # then lay out and render every line of the screen
            app.screen._compositor.render_full_update()
            timings.append(time.perf_counter() - t)
        app.editor().shut_down(save=False)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=5000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-tui-"))
    source = build(folder, args.segments)
    paint, shown = asyncio.run(first_paint(source, "ru"))
    print(f"fresh open : first paint {paint * 1000:.0f} ms, segments shown after {shown:.2f} s (pysbd splitting)")
    count = save_translated_project(source, "ru")
    paint, shown = asyncio.run(first_paint(source, "ru"))
    print(f"reopen     : {count} segments, first paint {paint * 1000:.0f} ms, segments shown after {shown * 1000:.0f} ms")
    for settled in (True, False):
        timings = asyncio.run(move_latency(source, "ru", settled))
        p95 = sorted(timings)[int(len(timings) * 0.95)]
        when = "idle      " if settled else "during QA "
        print(f"move {when}: median {statistics.median(timings) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, "
              f"max {max(timings) * 1000:.1f} ms over {len(timings)} moves (action + full-screen layout and render)")
    print(f"memory     : max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
