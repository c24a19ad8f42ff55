"""A TextArea for a fixed-size pane: loading another segment's text repaints the pane, never the screen.

Textual's TextArea declares its virtual size (the wrapped text's height) as a layout reactive, and
toggles its scrollbar on and off with the text's length: each load_text() then re-lays-out and repaints
the whole screen (about 20-45 ms on a 120x36 editor, most of a move between segments). The editor's
panes have heights set by the terminal, never by their text (tui/app.tcss), so neither change can move
any other widget: the virtual size here only repaints, and the vertical scrollbar is always shown (it
never toggles; a sentence longer than the pane scrolls, by wheel, scrollbar or cursor).

TextArea.load_text() itself never asks for a repaint: it swaps the document and leaves the repaint to
those reactives (virtual size, selection). When the new text wraps to as many rows as the old one and
the cursor stays at (0, 0), neither changes, and the pane kept painting the previous segment's text.
load_text here repaints the pane (only the pane) every time. So does a resize: the pane is painted at
its new size before its Resize event rewraps the text, and the rewrap alone asks for no repaint either.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.reactive import Reactive
from textual.widgets import TextArea


class PaneTextArea(TextArea):
    """TextArea for a pane of fixed size (set one in CSS: `height: N`, no `auto`)."""

    DEFAULT_CSS = """
    PaneTextArea { overflow-y: scroll; }
    """

    virtual_size = Reactive(Size(0, 0), repaint=True, layout=False)

    def load_text(self, text: str) -> None:
        super().load_text(text)
        self.refresh()  # the new document's lines: see the module docstring

    def _on_resize(self) -> None:
        super()._on_resize()
        self.refresh()  # the lines rewrapped for the new width: see the module docstring
