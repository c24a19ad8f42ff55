"""A modal that shows a failed background job (opening, MT, saving) in one readable paragraph."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static


class ErrorModal(ModalScreen[None]):
    """Title, message and an OK button; escape or enter closes it."""

    DEFAULT_CSS = """
    ErrorModal { align: center middle; }
    ErrorModal > Vertical { width: 80; height: auto; border: thick $error; background: $surface; padding: 1 2; }
    ErrorModal #error-title { text-style: bold; color: $error; }
    ErrorModal Button { margin-top: 1; }
    """
    BINDINGS = [Binding("escape", "close", "Close")]

    def __init__(self, title: str, message: str) -> None:
        super().__init__()
        self.title_text, self.message = title, message

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.title_text, id="error-title")
            yield Static(self.message, markup=False)
            yield Button("OK", variant="primary", id="ok")

    def on_button_pressed(self) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
