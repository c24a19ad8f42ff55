"""The question asked before exporting a target text that is not finished: export anyway, leave out, or stay."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label

ALL, CONFIRMED_ONLY = "all", "confirmed"


class ExportModal(ModalScreen[str | None]):
    """Dismisses with ALL, CONFIRMED_ONLY or None (cancel).

    Args:
        unconfirmed: how many segments are not confirmed.
        violating: how many segments break the glossary.
        path: where the export goes.
    """

    DEFAULT_CSS = """
    ExportModal { align: center middle; }
    ExportModal > Vertical { width: 84; height: auto; border: thick $warning; background: $surface; padding: 1 2; }
    ExportModal Horizontal { height: auto; margin-top: 1; }
    ExportModal Button { margin-right: 1; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel"), Binding("a", "choose('all')", "Export anyway"),
                Binding("l", "choose('confirmed')", "Leave out unconfirmed")]

    def __init__(self, unconfirmed: int, violating: int, path: str) -> None:
        super().__init__()
        self.unconfirmed, self.violating, self.path = unconfirmed, violating, path

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"Export to {self.path}", id="export-path")
            yield Label(f"{self.unconfirmed} segments are not confirmed (raw MT or unreviewed edits); "
                        f"{self.violating} break the glossary.", id="export-counts")
            with Horizontal():
                yield Button("Export anyway (a)", id="all", variant="warning")
                yield Button("Leave out unconfirmed (l)", id="confirmed", variant="primary")
                yield Button("Cancel (esc)", id="cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None if event.button.id == "cancel" else event.button.id)

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)

    def action_cancel(self) -> None:
        self.dismiss(None)
