"""The small dialog of ctrl+j: go to segment number N."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class GoToModal(ModalScreen[int | None]):
    """Dismisses with a 0-based segment index, or None (escape)."""

    DEFAULT_CSS = """
    GoToModal { align: center middle; }
    GoToModal > Vertical { width: 40; height: auto; border: thick $primary; background: $surface; padding: 0 1; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, total: int) -> None:
        super().__init__()
        self.total = total

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"Go to segment (1–{self.total}), enter:")
            yield Input(type="integer", id="go-to-number")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        number = int(event.value) if event.value.strip().lstrip("-").isdigit() else 0
        if 1 <= number <= self.total:
            self.dismiss(number - 1)
        else:
            self.notify(f"a number from 1 to {self.total}", severity="warning")

    def action_cancel(self) -> None:
        self.dismiss(None)
