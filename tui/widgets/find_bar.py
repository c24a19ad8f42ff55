"""The find bar: a search box (source and target) and a replace box (targets only); hidden until asked for."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button, Input


class FindBar(Horizontal):
    """Enter in the find box: the next match; enter in the replace box: replace in this segment's target
    and go on to the next match; "Replace all" (tab to it): every target. Escape closes."""

    DEFAULT_CSS = """
    FindBar { dock: top; display: none; height: 1; background: $panel; }
    FindBar.-open { display: block; }
    FindBar Input { width: 1fr; }
    FindBar Input:focus { background: $primary 25%; }
    FindBar Button { height: 1; min-width: 13; border: none; }
    """
    BINDINGS = [Binding("escape", "close", "Close find", show=False)]

    class Closed(Message):
        """The user closed the find bar."""

    class ReplaceAll(Message):
        """Replace every match in every target."""

    def compose(self) -> ComposeResult:
        yield Input(placeholder="Find in source or target (enter: next match, esc: close)", id="find", compact=True)
        yield Input(placeholder="Replace in targets with (enter: here, then next)", id="replace", compact=True)
        yield Button("Replace all", id="replace-all", compact=True)

    @property
    def needle(self) -> str:
        return self.query_one("#find", Input).value.strip()

    @property
    def replacement(self) -> str:
        return self.query_one("#replace", Input).value

    def open(self) -> None:
        self.add_class("-open")
        # A hidden widget cannot take focus until restyled.
        self.call_after_refresh(self.query_one("#find", Input).focus)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.ReplaceAll())

    def action_close(self) -> None:
        self.remove_class("-open")
        self.post_message(self.Closed())
