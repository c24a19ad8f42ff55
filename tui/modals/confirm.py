"""The question asked before quitting with unsaved edits: save and quit, quit without saving, or stay."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label


class ConfirmQuit(ModalScreen[str | None]):
    """Dismisses with "save", "discard" or None (cancel)."""

    DEFAULT_CSS = """
    ConfirmQuit { align: center middle; }
    ConfirmQuit > Vertical { width: 64; height: auto; border: thick $warning; background: $surface; padding: 1 2; }
    ConfirmQuit Horizontal { height: auto; margin-top: 1; }
    ConfirmQuit Button { margin-right: 1; }
    """
    BINDINGS = [Binding("escape", "cancel", "Stay"), Binding("s", "choose('save')", "Save & quit"),
                Binding("d", "choose('discard')", "Quit without saving")]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("You have unsaved edits. Save them before quitting?")
            with Horizontal():
                yield Button("Save & quit (s)", id="save", variant="primary")
                yield Button("Quit without saving (d)", id="discard", variant="error")
                yield Button("Stay (esc)", id="cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None if event.button.id == "cancel" else event.button.id)

    def action_choose(self, answer: str) -> None:
        self.dismiss(answer)

    def action_cancel(self) -> None:
        self.dismiss(None)
