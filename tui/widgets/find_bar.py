"""The find bar: a text box that searches source and target; hidden until asked for."""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input


class FindBar(Input):
    """Enter searches forward from the current segment (again for the next hit); escape closes."""

    DEFAULT_CSS = """
    FindBar { dock: top; display: none; }
    FindBar.-open { display: block; }
    """
    BINDINGS = [Binding("escape", "close", "Close find", show=False)]

    class Closed(Message):
        """The user closed the find bar."""

    def __init__(self) -> None:
        super().__init__(placeholder="Find in source or target (enter: next match, esc: close)", id="find")

    def open(self) -> None:
        self.add_class("-open")
        self.call_after_refresh(self.focus)  # a hidden widget cannot take focus until restyled

    def action_close(self) -> None:
        self.remove_class("-open")
        self.post_message(self.Closed())
