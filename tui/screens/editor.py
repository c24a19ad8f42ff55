"""The editor screen: segment list, the current segment's source and target, the side panel, and the workers.

The App opens the session and hands it down (`session` reads `app.session`; session_opened and
glossary_loaded say when it changed). MT, background QA and TM lookups (tui.screens.background) and
saving (tui.screens.saving) run in thread workers over core code and post messages (tui.messages);
handlers apply them to the session and hand attributes down to widgets.
"""

from __future__ import annotations

import threading

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Label, TextArea
from textual.worker import Worker, WorkerState

from tui import heap
from tui.screens.background import Background
from tui.screens.editor_actions import EditorActions
from tui.screens.finding import Finding
from tui.screens.saving import Saving
from tui.screens.segment_actions import SegmentActions
from tui.widgets.find_bar import FindBar
from tui.widgets.info_header import HeaderInfo, InfoHeader
from tui.widgets.pane_area import PaneTextArea
from tui.widgets.segment_list import SegmentList
from tui.widgets.segment_panel import PanelView, SegmentPanel
from tui.widgets.status_bar import StatusBar
from tui.widgets.target_area import TargetArea
from workbench import project as projects

QA_DELAY = 0.3
PANEL_DELAY = 0.06
# Only the cursor moved: save later (a 5,000-segment project takes ~150 ms of CPU to write, which
# would stall moves while alt+down is held); any edit still brings the save within autosave_delay.
CURSOR_SAVE_DELAY = 10.0


class EditorScreen(EditorActions, SegmentActions, Finding, Saving, Background, Screen):
    """Source beside target, one segment at a time in the editor below the list."""

    # Footer descriptions are short: at 100 columns every shown key must fit (f1 lists all with its group).
    # The first key of each binding is the one the footer and f1 show: an F-key or a ctrl combination,
    # which every terminal sends (xterm, tmux, screen). alt keys reach the app only in terminals with
    # the kitty keyboard protocol (elsewhere alt+1 types "±" or "¡"); they are extras.
    BINDINGS = [
        Binding("ctrl+down,alt+down", "next_segment", "Next"),
        Binding("ctrl+up,alt+up", "prev_segment", "Prev", show=False),
        # ctrl+enter as in memoQ and Trados; plain xterm/tmux send it as a bare Enter, hence ctrl+o.
        Binding("ctrl+o,ctrl+enter", "confirm", "Confirm"),
        Binding("ctrl+r", "retranslate", "Re-translate", show=False),
        Binding("f4", "fix", "Fix"),
        Binding("ctrl+t", "insert_term", "Insert"),
        Binding("f3,alt+t", "next_hit", "Next glossary hit", show=False),
        # priority: the focused TextArea binds f6/f7 itself (select line / all; ctrl+a selects all here).
        Binding("f6", "next_alternative", "Next MT alternative", show=False, priority=True),
        Binding("alt+1", "alternative(1)", "MT alternative 1 (kitty terminals; f6 anywhere)", show=False),
        Binding("alt+2", "alternative(2)", "MT alternative 2 (kitty terminals; f6 anywhere)", show=False),
        Binding("alt+3", "alternative(3)", "MT alternative 3 (kitty terminals; f6 anywhere)", show=False),
        Binding("alt+4", "alternative(4)", "MT alternative 4 (kitty terminals; f6 anywhere)", show=False),
        Binding("f7", "copy_source", "Copy source to target", show=False, priority=True),
        Binding("f8", "join", "Join with the next segment", show=False),
        Binding("f9", "split", "Split at the cursors (source, target)", show=False),
        Binding("ctrl+j", "go_to", "Go to segment number", show=False),
        Binding("ctrl+f", "find", "Find"),
        Binding("f5", "cycle_filter", "Filter"),
        Binding("f12,alt+x", "export", "Export", show=False),
        Binding("f2,alt+a", "add_term", "Add term from source selection", show=False),
        Binding("escape", "cancel_mt", "Cancel MT", show=False),
    ]
    HELP_GROUPS = {  # the help screen's groups (tui.screens.help)
        **dict.fromkeys(("next_segment", "prev_segment", "go_to", "find"), "Navigation"),
        **dict.fromkeys(("confirm", "retranslate", "next_alternative", "alternative", "copy_source", "join", "split",
                         "cancel_mt"), "Editing"),
        **dict.fromkeys(("fix", "insert_term", "next_hit", "add_term"), "Terminology"),
        "export": "Files", "cycle_filter": "View",
    }

    def __init__(self, options) -> None:
        super().__init__()
        self.options = options
        self.filter = "all"
        self.selected_hit = 0
        self.matches: dict[int, tuple] = {}
        self._cancel = threading.Event()
        self._tm_lock = threading.Lock()  # the MT, TM and TM-store workers open the memory once between them
        self._loading_target = False
        self._save_timer = None
        self._qa_timer = None
        self._panel_timer = None
        self._save_lock = threading.Lock()
        self._violations = 0
        self._violating: set[int] = set()
        self._save_due = 0.0
        self._confirm_asked: tuple[int, str] | None = None  # (segment, target) warned about on ctrl+o

    def compose(self) -> ComposeResult:
        yield InfoHeader(id="info")
        yield FindBar()
        with Horizontal(id="main"):
            with Vertical(id="work"):
                yield SegmentList(id="segments")
                yield Label("Source", id="source-label", classes="pane-label")
                yield PaneTextArea(id="source-view", read_only=True, soft_wrap=True)  # cursor shown when focused
                yield Label("Target", id="target-label", classes="pane-label")
                yield TargetArea(id="target", soft_wrap=True)
            yield SegmentPanel(id="panel")
        yield Footer(compact=True)
        yield StatusBar(id="status")

    def on_mount(self) -> None:
        self.query_one("#info", InfoHeader).show(HeaderInfo(file=self.options.source.name,
                                                            pair=f"en → {self.options.locale}"))
        self.query_one(StatusBar).say("Opening…")
        self.query_one("#target", TextArea).cursor_blink = self.app.is_headless is False

    # -- the session, handed down by the App ------------------------------------------------
    @property
    def session(self):
        """The App's session (None while it opens): the App owns it, this screen never keeps its own."""
        return self.app.session

    def session_opened(self) -> None:
        """The App opened the session: show the document."""
        self.refresh_list()
        self.load_segment()
        self.update_header()
        self.query_one("#target", TextArea).read_only = self.session.read_only
        self.query_one("#target", TextArea).focus()
        if self.session.read_only:
            holder = self.session.lock.holder()
            self.notify(f"{self.session.project.path.name} is open in another workbench (pid {holder}): "
                        "this window is READ-ONLY; nothing here is saved.", severity="warning", timeout=10)

    def glossary_loaded(self) -> None:
        """The session's glossary and QA are ready: check what is translated, translate what is not."""
        session = self.session
        self.update_header()
        done = [i for i, s in enumerate(session.project.states) if s.status != projects.NEW]
        if done:
            self.qa_worker(done)
        if session.project.pending() and not session.read_only:
            self.mt_worker(session.project.pending())
        else:
            self.query_one(StatusBar).say(f"Opened {len(session.project)} segments; nothing to translate.")
            self.model_worker()

    def glossary_changed(self) -> None:
        """The App reloaded the session's glossary: recheck the current segment now, then the rest nearest first."""
        self.update_header()
        self.recheck_current()
        current = self.current
        states = self.session.project.states
        others = sorted((i for i, s in enumerate(states) if i != current and s.status != projects.NEW),
                        key=lambda i: abs(i - current))
        self.qa_worker(others)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self.worker_failed(event.worker)
        elif event.state == WorkerState.SUCCESS and event.worker.group in ("qa", "mt"):
            heap.settle()  # the reports of a pass live on: out of the collector's full passes (tui.heap)

    def worker_failed(self, worker: Worker) -> None:
        """A worker (this screen's, or the App's opening the session) ended on an error: say so, in the
        status bar and a dialog."""
        from tui.modals.error import ErrorModal

        self.query_one(StatusBar).say(f"{worker.group} failed: {worker.error}", "bold red")
        self.app.push_screen(ErrorModal(f"{worker.group}: something went wrong", str(worker.error)))

    # -- showing the current segment -----------------------------------------------------------
    @property
    def current(self) -> int | None:
        return self.session.project.cursor if self.session else None

    def order(self) -> list[int]:
        states, reports = self.session.project.states, self.session.reports
        if self.filter == "violations":
            return [i for i, r in enumerate(reports) if r is not None and r.violations]
        if self.filter == "unconfirmed":
            return [i for i, s in enumerate(states) if s.status != projects.CONFIRMED]
        return list(range(len(states)))

    def refresh_list(self) -> None:
        self.query_one(SegmentList).show(self.session.project.states, self.session.reports,
                                         self.order(), self.current)

    def load_segment(self) -> None:
        """Put the current segment into the source view and the target editor."""
        state = self.session.project.states[self.current]
        self.query_one("#source-view", TextArea).load_text(state.source)
        target = self.query_one("#target", TextArea)
        if target.text != state.target:
            self._loading_target = True
            target.load_text(state.target)
        # Fixed one-row labels: no layout pass (a layout of the whole screen would cost more than the move).
        self.query_one("#source-label", Label).update(
            f"Source · segment {self.current + 1}/{len(self.session.project)} · filter: {self.filter}", layout=False)
        self.update_target_label()
        self.selected_hit = 0
        self._schedule_panel()

    def update_target_label(self) -> None:
        """The target pane's label shows the segment's status (mt / edited / confirmed) as it changes."""
        state = self.session.project.states[self.current]
        self.query_one("#target-label", Label).update(f"Target ({self.options.locale}) · {state.status}",
                                                      layout=False)

    def _schedule_panel(self) -> None:
        """The side panel (and its TM lookup) follows a moment after the move has been painted: holding
        alt+down only pays for the panel of the segment it stops on."""
        if self._panel_timer is not None:
            self._panel_timer.stop()
        self._panel_timer = self.set_timer(PANEL_DELAY, self._panel_now)

    def _panel_now(self) -> None:
        self._panel_timer = None
        if self.session is None:
            return
        self.show_panel()
        if self.current not in self.matches:
            self.tm_worker(self.current, self.session.project.states[self.current].source)

    def show_panel(self) -> None:
        i = self.current
        state = self.session.project.states[i]
        self.query_one(SegmentPanel).show(PanelView(i, self.session.reports[i], state.alternatives,
                                                    self.matches.get(i, ()), self.selected_hit, state.note,
                                                    state.origin if state.status == projects.TM else ""))

    def update_header(self) -> None:
        session = self.session
        if session is None:
            return
        reports, translator, glossary = session.reports, session.translator, session.glossary
        checked = glossary is not None and any(r is not None for r in reports)
        self.query_one("#info", InfoHeader).show(HeaderInfo(
            file=self.options.source.name, pair=f"en → {self.options.locale}",
            glossary=glossary.name if glossary is not None else "loading glossary…",  # empty: --no-glossary
            terms=len(glossary) if glossary is not None else None,
            model=translator.model_id if translator else "model: loading…",
            demo=bool(translator and translator.is_demo), confirmed=session.project.confirmed(),
            total=len(session.project),
            violations=self._violations if checked else None,
            saved=not session.project.unsaved, read_only=session.read_only,
            save_failed=self.save_failure is not None))

    def go_to(self, index: int) -> None:
        self.session.project.move(index)
        self.query_one(SegmentList).select(index)
        self.load_segment()
        self.schedule_save(CURSOR_SAVE_DELAY)

    # -- editing -------------------------------------------------------------------------------
    @on(TextArea.Changed, "#target")
    def target_changed(self, event: TextArea.Changed) -> None:
        if self._loading_target:
            self._loading_target = False
            return
        if self.session is None or self.session.read_only:
            return
        self.session.project.set_target(self.current, event.text_area.text)
        self.query_one(SegmentList).changed(self.current)
        self.update_target_label()
        self.schedule_qa()
        self.schedule_save()

    def set_target(self, text: str, cursor: int | None = None) -> None:
        """Replace the current target (an action did it) as one undoable edit, the cursor at offset
        `cursor`: editor, state, QA and save follow."""
        self.query_one("#target", TargetArea).put(text, cursor)
        self.session.project.set_target(self.current, text)
        self.query_one(SegmentList).changed(self.current)
        self.update_target_label()
        self.recheck_current()
        self.schedule_save()

    def on_target_area_newline_refused(self) -> None:
        self.query_one(StatusBar).say("A segment has no line breaks: ctrl+o confirms and moves on.", "yellow")

    def schedule_qa(self) -> None:
        if self._qa_timer is not None:
            self._qa_timer.stop()
        self._qa_timer = self.set_timer(QA_DELAY, self.recheck_current)

    def recheck_current(self) -> None:
        self._qa_timer = None
        if self.session.qa is None:
            return
        state = self.session.project.states[self.current]
        self._apply_reports((self.current,), (self.session.qa.check(state.source, state.target),))
