"""Bench the editor on a 5,000+ segment document: first paint, time to segments shown, move latency, memory.

Run: .venv/bin/python bench/bench_tui.py [--segments 5000]. Builds the document from the seed
article repeated, saves a project (all segments translated, as after MT) and measures at 120x36:
(1) `workbench tui` started in a pseudo-terminal, as a user starts it: seconds from process start to
the first painted screen and to the segments on screen, fresh (sentence splitting) and reopened
(project spans reused); (2) moving between segments headless: the action plus the screen update
Textual runs next (layout when asked for, then repaint of the dirty regions), as on a real terminal.
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

from tui.app import WorkbenchApp  # noqa: E402
from tui.session import Options  # noqa: E402
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


def pty_open(source: Path, locale: str, runs: int = 3) -> tuple[float, float]:
    """Median (first paint, segments shown) seconds of `workbench tui` in a 120x36 pseudo-terminal."""
    sys.path.insert(0, str(ROOT / "tests" / "tui"))
    from ptyrun import Terminal

    paints, shown = [], []
    for _ in range(runs):
        argv = [str(ROOT / ".venv" / "bin" / "workbench"), "tui", str(source), "--to", locale, "--model", "demo"]
        with Terminal(argv) as terminal:
            paints.append(terminal.wait_for(source.name, timeout=30))
            shown.append(terminal.wait_for("Source · segment", timeout=30))
    return statistics.median(paints), statistics.median(shown)


ALT_DOWN = b"\x1b[1;3B"


def pty_moves(source: Path, locale: str, count: int, moves: int = 40) -> list[float]:
    """Key-to-screen seconds of alt+down in a 120x36 pseudo-terminal: from writing the key to the new
    segment's label being painted (read from the terminal output), on an opened, translated project."""
    sys.path.insert(0, str(ROOT / "tests" / "tui"))
    from ptyrun import Terminal

    argv = [str(ROOT / ".venv" / "bin" / "workbench"), "tui", str(source), "--to", locale, "--model", "demo"]
    timings = []
    with Terminal(argv) as terminal:
        terminal.wait_for(f"segment 1/{count}", timeout=30)
        terminal.read(3.0)  # let the background QA of the opened project finish
        for number in range(2, moves + 2):
            terminal.raw = b""
            started = time.perf_counter()
            os.write(terminal.fd, ALT_DOWN)
            timings.append(_painted(terminal, f"segment {number}/{count}", started))
            terminal.read(0.15)  # the side panel follows PANEL_DELAY later: not part of the move
    return timings


def _painted(terminal, needle: str, started: float, timeout: float = 10) -> float:
    """Seconds from `started` until `needle` is in the output, checked on every chunk the program
    writes (Terminal.wait_for polls in 20 ms slices: too coarse for a 50 ms budget)."""
    import select

    while time.perf_counter() - started < timeout:
        ready, _, _ = select.select([terminal.fd], [], [], 0.5)
        if ready:
            terminal.raw += os.read(terminal.fd, 1 << 16)
            if needle in terminal.text:
                return time.perf_counter() - started
    raise TimeoutError(f"{needle!r} not painted after {timeout} s")


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
            screen._on_timer_update()  # what the screen's update timer runs next: layout if needed, repaint
            timings.append(time.perf_counter() - t)
        app.editor().shut_down(save=False)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=5000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-tui-"))
    source = build(folder, args.segments)
    paint, shown = pty_open(source, "ru")
    print(f"fresh open : first paint {paint * 1000:.0f} ms, segments shown after {shown:.2f} s "
          "(process start, pty, median of 3; sentence splitting)")
    count = save_translated_project(source, "ru")
    paint, shown = pty_open(source, "ru")
    print(f"reopen     : {count} segments, first paint {paint * 1000:.0f} ms, segments shown after {shown * 1000:.0f} ms")
    timings = pty_moves(source, "ru", count)
    print(f"move in pty: median {statistics.median(timings) * 1000:.1f} ms, "
          f"p95 {sorted(timings)[int(len(timings) * 0.95)] * 1000:.1f} ms over {len(timings)} alt+down "
          "(key written -> new segment label painted)")
    for settled in (True, False):
        timings = asyncio.run(move_latency(source, "ru", settled))
        p95 = sorted(timings)[int(len(timings) * 0.95)]
        when = "idle      " if settled else "during QA "
        print(f"move {when}: median {statistics.median(timings) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, "
              f"max {max(timings) * 1000:.1f} ms over {len(timings)} moves (action + screen update)")
    print(f"memory     : max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
