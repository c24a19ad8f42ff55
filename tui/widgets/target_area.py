"""The target editor: one segment's translation, one line of text, every automated edit one undo step.

A segment is a sentence: Enter inserts nothing (it says so) and pasted line breaks become spaces, so
the rebuilt document keeps its paragraphs. `put()` is how actions (insert term, fix, MT alternative,
copy source) change the text: an edit of the changed middle only, recorded as its own step in the
TextArea's history, so ctrl+z undoes exactly that edit and then, step by step, the typing before it.
"""

from __future__ import annotations

import os
import re

from textual import events
from textual.binding import Binding
from textual.message import Message

from tui.widgets.pane_area import PaneTextArea

_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")


def one_line(text: str) -> str:
    """`text` with its line breaks (and the spaces around them) made one space."""
    return _LINE_BREAKS.sub(" ", text)


class TargetArea(PaneTextArea):
    """PaneTextArea for the target: ctrl+a selects all, no line breaks, `put()` for automated edits."""

    BINDINGS = [Binding("ctrl+a", "select_all", "Select all", show=False)]

    class NewlineRefused(Message):
        """Enter was pressed in the target (a segment has no line breaks)."""

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter" and not self.read_only:
            event.stop()
            event.prevent_default()
            self.post_message(self.NewlineRefused())
            return
        await super()._on_key(event)

    def _replace_via_keyboard(self, insert: str, start, end):
        # Every typed or pasted insert passes here (keys, paste events, ctrl+v).
        return super()._replace_via_keyboard(one_line(insert), start, end)

    def put(self, text: str, cursor: int | None = None) -> None:
        """Make the text `text` as one undoable edit and put the cursor at offset `cursor` (default:
        the end of the changed part)."""
        old = self.text
        prefix = len(os.path.commonprefix([old, text]))
        suffix = len(os.path.commonprefix([old[prefix:][::-1], text[prefix:][::-1]]))
        locate = self.document.get_location_from_index
        self.history.checkpoint()  # not merged with the typing before...
        if old != text:
            self.replace(text[prefix:len(text) - suffix], locate(prefix), locate(len(old) - suffix),
                         maintain_selection_offset=False)
        self.history.checkpoint()  # ...nor with the typing after
        self.move_cursor(self.document.get_location_from_index(len(text) - suffix if cursor is None else cursor))

