"""Segment-level editing (a mixin of EditorScreen): copy source, join with the next, split, go to a number.

Joins and splits change the project's segments (workbench.project.Project.join/split), so they are
kept in the project file and survive reopening; a part left without a target goes to MT.
"""

from __future__ import annotations

from textual.widgets import TextArea

from tui.widgets.status_bar import StatusBar
from workbench import project as projects
from workbench.errors import WorkbenchError


class SegmentActions:
    """f7 copy source, f8 join, f9 split, ctrl+j go to."""

    def _can_resegment(self) -> bool:
        """Joins and splits renumber segments: not while MT fills segments by number."""
        if not self._ready(write=True):
            return False
        if self.mt_running():
            self.notify("MT is still running: join or split when it is done (esc cancels it)", severity="warning")
            return False
        return True

    def action_copy_source(self) -> None:
        """Put the source text into the target (one undoable edit): for names, numbers, quotes to keep."""
        if self._ready(write=True):
            self.set_target(self.session.project.states[self.current].source)

    def action_join(self) -> None:
        """Join the current segment with the next one of its paragraph."""
        if not self._can_resegment():
            return
        index = self.current
        try:
            self.session.project.join(index)
        except WorkbenchError as exc:
            self.notify(str(exc), severity="warning")
            return
        self._resegmented(index, 2, 1)
        self.query_one(StatusBar).say(f"joined segments {index + 1} and {index + 2}")

    def action_split(self) -> None:
        """Split the current segment: the source at the Source pane's cursor, the target at its cursor."""
        if not self._can_resegment():
            return
        source, target = self.query_one("#source-view", TextArea), self.query_one("#target", TextArea)
        index = self.current
        try:
            self.session.project.split(index, _offset(source), _offset(target))
        except WorkbenchError as exc:
            self.notify(f"{exc}: click in the Source pane where the segment should be split (or tab there "
                        "and move with the arrows), put the target's cursor where its text splits, then f9",
                        severity="warning", timeout=10)
            return
        self._resegmented(index, 1, 2)
        self.query_one(StatusBar).say(f"split segment {index + 1} in two")

    def _resegmented(self, index: int, removed: int, added: int) -> None:
        """The project's segments changed from `index` on: reports, marks, list, panes, QA, MT, save follow."""
        session = self.session
        session.reports[index:index + removed] = [None] * added
        self.matches.clear()
        self.recount()
        self.refresh_list()
        self.load_segment()
        states = session.project.states
        fresh = list(range(index, index + added))
        if session.qa is not None:
            self.qa_worker([i for i in fresh if states[i].status != projects.NEW])
        if any(states[i].status == projects.NEW for i in fresh) and session.glossary is not None:
            self.mt_worker([i for i in fresh if states[i].status == projects.NEW])
        self.schedule_save()
        self.update_header()

    def action_go_to(self) -> None:
        """ctrl+j: ask for a segment number and go there (showing every segment if the filter hides it)."""
        from tui.modals.go_to import GoToModal

        if self._ready():
            self.app.push_screen(GoToModal(len(self.session.project)), self._go_to_number)

    def _go_to_number(self, index: int | None) -> None:
        if index is None:
            return
        if index not in self.order():
            self.filter = "all"
            self.refresh_list()
        self.go_to(index)
        self.query_one("#target", TextArea).focus()


def _offset(area: TextArea) -> int:
    return area.document.get_index_from_location(area.selection.end)
