"""The question asked before exporting a target text that is not finished: export anyway, leave out, or stay."""

from __future__ import annotations

from textual.binding import Binding

from tui.modals.choice import ChoiceModal

ALL, CONFIRMED_ONLY = "all", "confirmed"


class ExportModal(ChoiceModal):
    """Dismisses with ALL, CONFIRMED_ONLY or None (cancel).

    Args:
        unconfirmed: how many segments are not confirmed.
        violating: how many segments break the glossary.
        path: where the export goes.
    """

    BINDINGS = [Binding("a", "choose('all')", "Export anyway"),
                Binding("l", "choose('confirmed')", "Leave out unconfirmed")]
    CHOICES = ((ALL, "Export anyway (a)", "warning"), (CONFIRMED_ONLY, "Leave out unconfirmed (l)", "primary"))

    def __init__(self, unconfirmed: int, violating: int, path: str) -> None:
        super().__init__(f"Export to {path}", f"{unconfirmed} segments are not confirmed (raw MT or unreviewed "
                         f"edits); {violating} break the glossary.")
