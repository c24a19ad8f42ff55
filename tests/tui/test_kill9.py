"""kill -9 of `workbench tui` in a real pseudo-terminal: the project file survives intact with the autosaved edits."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tests.tui.helpers import seed_copy
from tests.tui.ptyrun import Terminal
from workbench import project as projects

WORKBENCH = Path(sys.executable).with_name("workbench")


def test_kill_9_keeps_edits_older_than_two_seconds_and_leaves_a_valid_file(tmp_path):
    source = seed_copy(tmp_path)
    argv = [str(WORKBENCH), "tui", str(source), "--to", "ru", "--model", "demo"]
    with Terminal(argv) as terminal:
        terminal.wait_for("MT done", timeout=60)
        terminal.type("KEPT1 ")
        time.sleep(2.5)  # autosave runs at most 1 s after the first unsaved change
        terminal.type("LOST2 ")
        terminal.kill()  # SIGKILL: no handler, no cleanup
    data = projects.load(projects.default_path(source, "ru"))  # parses: never half-written
    assert len(data.segments) == 16
    assert "KEPT1" in data.segments[0].target and data.segments[0].status == projects.EDITED
    assert all(s.status == projects.MT and s.target for s in data.segments[1:])
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
