"""Find and replace in the editor (a mixin of EditorScreen): every match highlighted in the segment list,
the current one selected in its pane; replace works on targets only, each replacement undoable there.

Matching ignores case; the replacement text is put in as typed.
"""

from __future__ import annotations

import re

from textual.widgets import TextArea
from textual.widgets.text_area import Selection

from tui.widgets.find_bar import FindBar
from tui.widgets.segment_list import SegmentList
from tui.widgets.status_bar import StatusBar


def pattern(needle: str) -> re.Pattern | None:
    """The case-insensitive pattern of `needle` (None for an empty search)."""
    return re.compile(re.escape(needle), re.IGNORECASE) if needle else None


class Finding:
    """ctrl+f; the FindBar's messages and inputs are handled here."""

    def action_find(self) -> None:
        self.query_one(FindBar).open()

    # Named handlers, not @on: Textual collects @on only from classes its metaclass builds (not mixins).
    def on_input_changed(self, event) -> None:
        if event.input.id == "find":
            self.query_one(SegmentList).highlight(pattern(self.query_one(FindBar).needle))

    def on_input_submitted(self, event) -> None:
        if event.input.id == "find":
            self.find_next()
        elif event.input.id == "replace":
            self.replace_here()

    def on_find_bar_closed(self) -> None:
        self.query_one(SegmentList).highlight(None)
        self.query_one("#target", TextArea).focus()

    def find_next(self) -> int | None:
        """Go to the next segment (after the current one, wrapping) whose source or target matches."""
        bar = self.query_one(FindBar)
        found = pattern(bar.needle)
        if found is None or not self._ready():
            return None
        states, start = self.session.project.states, self.current
        hits = [i for i, s in enumerate(states) if found.search(s.source) or found.search(s.target)]
        following = [i for i in hits if i > start] or hits
        if not following:
            self.query_one(StatusBar).say(f"{bar.needle!r} not found", "yellow")
            return None
        index = following[0]
        if index not in self.order():
            self.filter = "all"
            self.refresh_list()
        self.go_to(index)
        self._select_match(found)
        self.query_one(StatusBar).say(f"found {bar.needle!r} in segment {index + 1} ({len(hits)} segments match)")
        return index

    def _select_match(self, found: re.Pattern) -> None:
        """Select the first match in the target (else in the source view) of the current segment."""
        for pane in ("#target", "#source-view"):
            area = self.query_one(pane, TextArea)
            match = found.search(area.text)
            if match:
                locate = area.document.get_location_from_index
                area.selection = Selection(locate(match.start()), locate(match.end()))
                return

    def replace_here(self) -> None:
        """Replace every match in the current target (one undoable edit), then find the next match."""
        found, bar = pattern(self.query_one(FindBar).needle), self.query_one(FindBar)
        if found is None or not self._ready(write=True):
            return
        target = self.session.project.states[self.current].target
        new, count = found.subn(lambda _: bar.replacement, target)
        if count:
            self.set_target(new)
        self.find_next()

    def on_find_bar_replace_all(self) -> None:
        """Replace every match in every target; QA and save follow."""
        found, bar = pattern(self.query_one(FindBar).needle), self.query_one(FindBar)
        if found is None or not self._ready(write=True):
            return
        project, changed, total = self.session.project, [], 0
        for index, state in enumerate(project.states):
            new, count = found.subn(lambda _: bar.replacement, state.target)
            if count:
                total += count
                changed.append(index)
                if index == self.current:
                    self.set_target(new)
                else:
                    project.set_target(index, new)
                    self.query_one(SegmentList).changed(index)
        if changed:
            self.qa_worker(changed)
            self.schedule_save()
        self.query_one(StatusBar).say(f"replaced {total} matches in {len(changed)} segments")
