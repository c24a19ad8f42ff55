"""A question with a row of buttons, each also on a key (a base for the editor's quit and export questions)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label


class ChoiceModal(ModalScreen[str | None]):
    """Dismisses with the id of the chosen button (its key: a binding "choose('id')"), None on escape.

    Subclasses set CHOICES (button id, label, variant) and BINDINGS, and give the question's lines.
    """

    DEFAULT_CSS = """
    ChoiceModal { align: center middle; }
    ChoiceModal > Vertical { width: 84; height: auto; border: thick $warning; background: $surface; padding: 1 2; }
    ChoiceModal Horizontal { height: auto; margin-top: 1; }
    ChoiceModal Button { margin-right: 1; }
    ChoiceModal Label { width: 100%; }  /* a long line (a full path) wraps, never cut */
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    CHOICES: tuple[tuple[str, str, str], ...] = ()

    def __init__(self, *lines: str) -> None:
        super().__init__()
        self.lines = lines

    def compose(self) -> ComposeResult:
        with Vertical():
            for number, line in enumerate(self.lines):
                yield Label(line, id=f"choice-line-{number}")
            with Horizontal():
                for button_id, label, variant in self.CHOICES:
                    yield Button(label, id=button_id, variant=variant)
                yield Button("Cancel (esc)", id="cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None if event.button.id == "cancel" else event.button.id)

    def action_choose(self, answer: str) -> None:
        self.dismiss(answer)

    def action_cancel(self) -> None:
        self.dismiss(None)
