"""`workbench tui` in a real pseudo-terminal, driven by the bytes a plain xterm (or tmux, screen) sends."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.tui.helpers import seed_copy
from tests.tui.ptyrun import Terminal

WORKBENCH = Path(sys.executable).with_name("workbench")
XTERM = {"ctrl+down": "\x1b[1;5B", "ctrl+up": "\x1b[1;5A", "ctrl+o": "\x0f", "f4": "\x1bOS", "f5": "\x1b[15~",
         "f1": "\x1bOP", "f2": "\x1bOQ",
         "f12": "\x1b[24~", "escape": "\x1b"}


def _press(terminal: Terminal, key: str, expect: str | tuple[str, ...]) -> None:
    since = terminal.mark()
    terminal.type(XTERM[key])
    terminal.wait_for(expect, timeout=10, since=since)


def test_plain_xterm_key_sequences_reach_the_editor(tmp_path):
    source = seed_copy(tmp_path)
    argv = [str(WORKBENCH), "tui", str(source), "--to", "ru", "--model", "demo"]
    with Terminal(argv) as terminal:
        terminal.wait_for("MT done", timeout=60)
        _press(terminal, "ctrl+down", "segment 2/16")
        _press(terminal, "ctrl+up", "segment 1/16")
        # Confirmed (on to the next unconfirmed), or asked first when the model's text breaks the glossary.
        _press(terminal, "ctrl+o", ("segment 2/16", "Not confirmed yet"))
        _press(terminal, "f5", "filter: violations")
        _press(terminal, "f2", "select a phrase in the source first")
        _press(terminal, "f12", "segments are not confirmed")  # export asks first
        _press(terminal, "escape", "Confirm")  # back in the editor: its footer is painted again
        _press(terminal, "f1", "Keys — escape closes")
