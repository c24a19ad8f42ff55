"""The question asked before quitting with unsaved edits: save and quit, quit without saving, or stay."""

from __future__ import annotations

from textual.binding import Binding

from tui.modals.choice import ChoiceModal


class ConfirmQuit(ChoiceModal):
    """Dismisses with "save", "discard" or None (stay)."""

    BINDINGS = [Binding("s", "choose('save')", "Save & quit"), Binding("d", "choose('discard')", "Quit without saving")]
    CHOICES = (("save", "Save & quit (s)", "primary"), ("discard", "Quit without saving (d)", "error"))

    def __init__(self) -> None:
        super().__init__("You have unsaved edits. Save them before quitting?")
