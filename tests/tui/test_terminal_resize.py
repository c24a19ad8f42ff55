"""A resize of a real (pseudo-)terminal repaints the panes at once, read from the replayed terminal output.

Pilot cannot see this fault: its screenshot renders every widget afresh, while a terminal only shows
what the app writes to it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.tui.helpers import seed_copy
from tests.tui.ptyrun import Terminal
from workbench import project as projects

WORKBENCH = Path(sys.executable).with_name("workbench")


def _target_pane(lines: list[str]) -> str:
    top = next(n for n, line in enumerate(lines) if line.lstrip().startswith("Target (ru)"))
    rows = []
    for line in lines[top + 2:]:
        if "▁▁▁" in line:
            break
        rows.append(line.split("▊", 1)[-1].split("▎", 1)[0])
    return " ".join(" ".join(rows).split())


def test_a_resize_repaints_the_target_at_once(tmp_path):
    source = seed_copy(tmp_path)
    with Terminal([str(WORKBENCH), "tui", str(source), "--to", "ru", "--model", "demo"]) as terminal:
        terminal.wait_for("MT done", timeout=60)
        terminal.read(3)  # idle (and autosaved): no later repaint may hide the fault
        terminal.resize(100, 30)
        terminal.read(1.5)
        shown = _target_pane(terminal.screen())
    target = " ".join(projects.load(projects.default_path(source, "ru")).segments[0].target.split())
    assert shown and target.startswith(shown), (shown, target)
