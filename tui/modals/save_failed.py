"""The dialog shown when the project could not be saved: retry, save as another path, or an emergency copy."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

RETRY, SAVE_AS, EMERGENCY = "retry", "save_as", "emergency"


class SaveFailedModal(ModalScreen[tuple[str, str] | None]):
    """Dismisses with (RETRY, ""), (SAVE_AS, path), (EMERGENCY, "") or None (keep editing, unsaved).

    Args:
        reason: the one-line error (it names the file).
        suggestion: the path offered for "save as".
    """

    DEFAULT_CSS = """
    SaveFailedModal { align: center middle; }
    SaveFailedModal > Vertical { width: 84; height: auto; border: thick $error; background: $surface; padding: 1 2; }
    SaveFailedModal #save-failed-title { text-style: bold; color: $error; }
    SaveFailedModal Input { margin-top: 1; }
    SaveFailedModal Horizontal { height: auto; margin-top: 1; }
    SaveFailedModal Button { margin-right: 1; }
    """
    BINDINGS = [Binding("escape", "keep", "Keep editing"), Binding("r", "choose('retry')", "Retry"),
                Binding("e", "choose('emergency')", "Emergency copy")]

    def __init__(self, reason: str, suggestion: str) -> None:
        super().__init__()
        self.reason, self.suggestion = reason, suggestion

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("Not saved", id="save-failed-title")
            yield Static(self.reason, markup=False)
            yield Static("Your edits are still here, in the editor. Save them as another file, or keep an "
                         "emergency copy in the user data folder.", markup=False)
            yield Input(self.suggestion, id="save-as-path", placeholder="save as: a path to a .xlf file")
            with Horizontal():
                yield Button("Save as (enter)", id="save-as", variant="primary")
                yield Button("Retry (r)", id="retry")
                yield Button("Emergency copy (e)", id="emergency", variant="warning")
                yield Button("Keep editing (esc)", id="keep")

    def on_mount(self) -> None:
        self.query_one("#retry", Button).focus()  # letters are keys here until the path box is clicked

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save-as":
            self._save_as()
        elif event.button.id == "keep":
            self.dismiss(None)
        else:
            self.dismiss((event.button.id, ""))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._save_as()

    def _save_as(self) -> None:
        path = self.query_one("#save-as-path", Input).value.strip()
        if path:
            self.dismiss((SAVE_AS, path))

    def action_choose(self, choice: str) -> None:
        self.dismiss((choice, ""))

    def action_keep(self) -> None:
        self.dismiss(None)
