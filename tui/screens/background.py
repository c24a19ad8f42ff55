"""The editor's background work (a mixin of EditorScreen): MT through the one pipeline, QA of every
segment, TM lookups and stores, each in a thread worker that posts messages (tui.messages) the handlers
here apply to the session.

MT builds the translator stack of workbench.pipeline over the session's model, glossary and translation
memory, as `workbench translate` does: an exact TM match fills its segment before the model is asked.
"""

from __future__ import annotations

import time

from textual import work

from tui import messages as m
from tui.screens.editor_actions import translated
from tui.widgets.segment_list import SegmentList
from tui.widgets.status_bar import StatusBar
from workbench.pipeline import Cancelled, translate_texts

QA_CHUNK = 25
QA_BREATHER = 0.01  # seconds between QA chunks: a CPU-bound thread holds the GIL, the UI needs room
N_BEST = 4


class Background:
    """MT, QA and TM workers and their handlers (see the module docstring)."""

    @work(thread=True, exclusive=True, exit_on_error=False, group="mt")
    def mt_worker(self, indices: list[int], force: bool = False) -> None:
        """Translate segments `indices` through the one translator stack (workbench.pipeline): the model,
        the glossary, and (unless `force`: ctrl+r asks the model again) the translation memory, whose
        exact matches fill segments before the model is asked."""
        from workbench import glossaries
        from workbench.pipeline import stack
        from workbench.terms.enforce import Enforcer
        from workbench.tm.translator import MemoryTranslator

        session, started = self.session, time.perf_counter()
        self._cancel.clear()
        self._load_translator()
        enforcer = Enforcer(session.glossary, self.options.locale, session.translator, qa=session.qa)
        tm = None if force else self._memory()
        memory = None if tm is None else MemoryTranslator.over(
            tm, self.options.locale, glossaries.version(glossaries.glossary_paths(self.options.glossaries)))
        translator = stack(session.translator, enforcer, memory)
        texts = [session.project.states[i].source for i in indices]
        done = total = len(texts)
        for event in translate_texts(translator, texts, num_hypotheses=N_BEST, cancel=self._cancel):
            if isinstance(event, Cancelled):
                self.post_message(m.MTFinished(event.done, event.total, time.perf_counter() - started, True))
                return
            self.post_message(translated(event, indices, force, session.qa))
            self.post_message(m.MTProgressed(event.done, event.total))
        self.post_message(m.MTFinished(done, total, time.perf_counter() - started))

    def _memory(self):
        """Worker threads only: the session's translation memory, opened when needed; None (said on the status
        line) when it cannot be opened: MT goes on without it."""
        from workbench.errors import WorkbenchError
        from workbench.tm import TranslationMemory

        session = self.session
        with self._tm_lock:
            if session.tm is None:
                try:
                    memory = TranslationMemory(self.options.tm_path)
                    memory.connection()
                except WorkbenchError as exc:
                    self.app.call_from_thread(self.query_one(StatusBar).say, f"translation memory not used: {exc}",
                                              "bold red")
                    return None
                session.tm = memory
            return session.tm

    @work(thread=True, exclusive=True, exit_on_error=False, group="model")
    def model_worker(self) -> None:
        """Nothing to translate (a reopened project): load the model anyway, so the header names it (and
        its DEMO badge) and ctrl+r answers at once."""
        self._load_translator()

    def _load_translator(self) -> None:
        """Worker threads only: the session's translator, loaded when it is not there yet."""
        from workbench.engine.resolve import resolve_model

        session = self.session
        if session.translator is None:
            session.translator = resolve_model(self.options.model, source="en",
                                               target=self.options.locale.split("-")[0])
        self.post_message(m.ModelLoaded(session.translator.model_id, session.translator.is_demo))

    def on_model_loaded(self, message: m.ModelLoaded) -> None:
        self.session.project.model_id = message.model_id
        self.update_header()

    def on_segments_translated(self, message: m.SegmentsTranslated) -> None:
        project, current = self.session.project, self.current
        statuses = message.tm_statuses or (None,) * len(message.indices)
        for i, target, mt, alternatives, report, tm_status in zip(message.indices, message.targets, message.mts,
                                                                  message.alternatives, message.reports, statuses):
            if project.apply_mt(i, target, mt, alternatives, force=message.replace_edited, tm_status=tm_status):
                self.session.reports[i] = report
            self.query_one(SegmentList).changed(i)
        if current in message.indices:
            self.load_segment()
        self.recount(message.indices)
        self.schedule_save()
        self.update_header()

    def on_mtprogressed(self, message: m.MTProgressed) -> None:
        self.query_one(StatusBar).progress(message.done, message.total)

    def on_mtfinished(self, message: m.MTFinished) -> None:
        verb = "MT cancelled after" if message.cancelled else "MT done:"
        self.query_one(StatusBar).say(f"{verb} {message.done}/{message.total} segments in {message.seconds:.1f} s")
        self.refresh_list()

    def action_cancel_mt(self) -> None:
        self._cancel.set()

    # -- background QA and TM ------------------------------------------------------------------
    @work(thread=True, exclusive=True, exit_on_error=False, group="qa")
    def qa_worker(self, indices: list[int]) -> None:
        qa, states = self.session.qa, list(self.session.project.states)
        for start in range(0, len(indices), QA_CHUNK):
            chunk = indices[start:start + QA_CHUNK]
            reports = tuple(qa.check(states[i].source, states[i].target) for i in chunk)
            self.post_message(m.QAChecked(tuple(chunk), reports))
            time.sleep(QA_BREATHER)  # a CPU-bound thread holds the GIL: leave the UI room to react

    def on_qachecked(self, message: m.QAChecked) -> None:
        self._apply_reports(message.indices, message.reports)

    def recount(self, indices=None) -> None:
        """Keep the set of segments with violations up to date for the reports of `indices` (all when
        None): counting all 5,000 reports on every QA chunk cost ~12 ms of the UI thread each time."""
        reports = self.session.reports
        if indices is None:
            self._violating = {i for i, r in enumerate(reports) if r is not None and r.violations}
        for i in indices or ():
            if reports[i] is not None and reports[i].violations:
                self._violating.add(i)
            else:
                self._violating.discard(i)
        self._violations = len(self._violating)

    def _apply_reports(self, indices, reports) -> None:
        states = self.session.project.states
        for i, report in zip(indices, reports):
            if i < len(states) and report.target == states[i].target and report.source == states[i].source:
                self.session.reports[i] = report
            self.query_one(SegmentList).changed(i)
        if self.current in indices:
            self.show_panel()
        self.recount([i for i in indices if i < len(states)])
        self.update_header()

    def mt_running(self) -> bool:
        return any(worker.group == "mt" and not worker.is_finished for worker in self.workers)

    @work(thread=True, exclusive=True, exit_on_error=False, group="tm")
    def tm_worker(self, index: int, source: str) -> None:
        from workbench.tm import HUMAN_STATUSES

        memory = self._memory()
        if memory is None:
            return
        found = memory.fuzzy(source, "en", self.options.locale, limit=4)
        # the segment's own machine translation (the MT layer stored it) is no match worth showing
        found = [match for match in found if match.source != source or match.status in HUMAN_STATUSES][:3]
        self.post_message(m.TMMatched(index, tuple(found)))

    def on_tmmatched(self, message: m.TMMatched) -> None:
        self.matches[message.index] = message.matches
        if message.index == self.current:
            self.show_panel()

    @work(thread=True, exit_on_error=False, group="tm-store")
    def tm_store_worker(self, source: str, target: str) -> None:
        """A confirmed segment goes into the memory as an approved translation."""
        from workbench.tm import APPROVED, TMRecord

        memory = self._memory()
        if memory is not None:
            memory.store([TMRecord(source, target, "en", self.options.locale, self.session.project.model_id,
                                   status=APPROVED)])
