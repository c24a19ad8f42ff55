"""The MT/status line above the footer: a progress bar while MT runs, then the last event."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

BAR_WIDTH = 30


class StatusBar(Static):
    """Shows MT progress (`progress(done, total)`) or a message (`say(text)`)."""

    DEFAULT_CSS = """
    StatusBar { height: 1; background: $panel-darken-1; padding: 0 1; }
    """

    def progress(self, done: int, total: int) -> None:
        filled = BAR_WIDTH * done // total if total else BAR_WIDTH
        text = Text("MT ", style="bold")
        text.append("█" * filled, style="#0087ff")
        text.append("░" * (BAR_WIDTH - filled), style="#595959")
        text.append(f" {done}/{total} segments  (esc: cancel)")
        self.update(text, layout=False)  # one fixed row

    def say(self, message: str, style: str = "") -> None:
        self.update(Text(message, style=style, no_wrap=True, overflow="ellipsis"), layout=False)
