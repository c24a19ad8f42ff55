"""The editor screen's key actions and saving (a mixin of EditorScreen, split off to keep files small).

Every action works on the current segment of the session's project (saving is tui.screens.saving).
"""

from __future__ import annotations

from textual.widgets import TextArea

from tui import messages as m
from tui.widgets.segment_list import SegmentList
from tui.widgets.segment_panel import term_hits
from tui.widgets.status_bar import StatusBar
from workbench import project as projects

FILTERS = ("all", "violations", "unconfirmed")


def translated(event, indices: list[int], force: bool, qa) -> m.SegmentsTranslated:
    """A pipeline Translated event as a message (indices mapped back to the document's). A TM match keeps no
    raw MT nor alternatives; its QA report is checked here (in the worker thread)."""
    from workbench.pipeline import TM, report_of

    translations = event.translations
    reports: dict[int, object] = {}
    for t in translations:  # a text found twice in the document is one translation: checked once
        if id(t) not in reports:
            reports[id(t)] = report_of(t, qa)
    return m.SegmentsTranslated(
        tuple(indices[i] for i in event.indices), event.targets,
        tuple("" if t.origin == TM else t.text for t in translations),
        tuple(() if t.origin == TM else tuple(h.text for h in t.hypotheses) for t in translations),
        tuple(reports[id(t)] for t in translations), force,
        tuple(t.tm_status if t.origin == TM else None for t in translations))


def fix_summary(result) -> tuple[str, str, str]:
    """(title, message, severity) telling the user what f4 changed (entry: from → to) and which
    entries it could not fix, with the reason, so a key press never goes by without a visible answer."""
    lines = [f"{c.id}: {c.before or '(missing)'} → {c.after}" for c in result.changes]
    lines += [f"{u.id}: not fixed: {u.reason}" for u in result.unresolved]
    if result.unresolved:
        title = "Partly fixed" if result.changes else "Nothing fixed"
        return title, "\n".join(lines), "warning"
    if result.changes:
        return "Fixed", "\n".join(lines), "information"
    return "Nothing to fix", "no terminology violation in this segment", "information"


class EditorActions:
    """Navigation, confirmation, MT alternatives, terminology fixes, find, filter and export."""

    # -- navigation --------------------------------------------------------------------------
    def _ready(self, write: bool = False) -> bool:
        if self.session is None:
            return False
        if write and self.session.read_only:
            self.notify("read-only: another workbench has this project open", severity="warning")
            return False
        return True

    def action_next_segment(self) -> None:
        self._step(1)

    def action_prev_segment(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self._ready():
            return
        order = self.order()
        if not order:
            return
        position = order.index(self.current) if self.current in order else -1 if delta > 0 else len(order)
        self.go_to(order[min(max(position + delta, 0), len(order) - 1)])

    def on_segment_list_clicked(self, message: SegmentList.Clicked) -> None:
        self.go_to(message.index)

    def action_confirm(self) -> None:
        """Confirm the current target (it goes to the TM) and move to the next unconfirmed segment. A target
        with terminology violations is confirmed only when asked twice (the first ctrl+o says why)."""
        if not self._ready(write=True):
            return
        project, index = self.session.project, self.current
        violations = self._current_violations()
        if violations and self._confirm_asked != (index, project.states[index].target):
            self._confirm_asked = (index, project.states[index].target)
            names = ", ".join(dict.fromkeys(v.id for v in violations))
            self.notify(f"segment {index + 1} breaks the glossary ({names}): ctrl+o again confirms it anyway; "
                        "f4 fixes it", title="Not confirmed yet", severity="warning", timeout=8)
            return
        self._confirm_asked = None
        state = project.update(index, status=projects.CONFIRMED)
        self.tm_store_worker(state.source, state.target)
        self.query_one(SegmentList).changed(index)
        self.update_header()
        self.schedule_save()
        # The next unconfirmed segment among those the filter shows (wrapping), as the list shows them.
        candidates = [i for i in self.order() if project.states[i].status != projects.CONFIRMED and i != index]
        nxt = ([i for i in candidates if i > index] or candidates or [index])[0]
        if self.filter != "all":
            self.refresh_list()
        self.go_to(nxt)

    def _current_violations(self) -> tuple:
        """The current segment's violations, checked now if its report is older than its target."""
        state, report = self.session.project.states[self.current], self.session.reports[self.current]
        if self.session.qa is not None and (report is None or report.target != state.target):
            self.recheck_current()
            report = self.session.reports[self.current]
        return tuple(report.violations) if report is not None else ()

    # -- MT ------------------------------------------------------------------------------------
    def action_retranslate(self) -> None:
        if self._ready(write=True) and self.session.glossary is not None:
            self.query_one(StatusBar).say(f"Re-translating segment {self.current + 1}…")
            self.mt_worker([self.current], force=True)

    def action_next_alternative(self) -> None:
        """f6: the MT alternative after the one the target holds (the first when it holds none)."""
        if not self._ready(write=True):
            return
        state = self.session.project.states[self.current]
        taken = state.alternatives.index(state.target) + 1 if state.target in state.alternatives else 0
        self.action_alternative(taken % max(len(state.alternatives), 1) + 1)

    def action_alternative(self, number: int) -> None:
        if not self._ready(write=True):
            return
        alternatives = self.session.project.states[self.current].alternatives
        if number > len(alternatives):
            self.notify(f"no alternative {number} for this segment", severity="warning")
            return
        self.set_target(alternatives[number - 1])

    # -- terminology ---------------------------------------------------------------------------
    def action_next_hit(self) -> None:
        hits = term_hits(self.session.reports[self.current]) if self._ready() else []
        if hits:
            self.selected_hit = (self.selected_hit + 1) % len(hits)
            self.show_panel()

    def action_insert_term(self) -> None:
        """ctrl+t: insert the selected hit's required term at the cursor, or in place of the selection
        (inflected / with the particle refitted), as one undoable edit."""
        from workbench.terms.insert import insert_term

        if not self._ready(write=True):
            return
        hits = term_hits(self.session.reports[self.current])
        if not hits:
            self.notify("no glossary term in this segment", severity="warning")
            return
        term = self._required_term(hits[min(self.selected_hit, len(hits) - 1)].id)
        area = self.query_one("#target", TextArea)
        locate = area.document.get_index_from_location
        selection = (locate(area.selection.start), locate(area.selection.end))
        result = insert_term(area.text, selection[1], term, self.options.locale, selection, self._target_terms())
        self.set_target(result.text, result.cursor)

    def _target_terms(self):
        """Every target-language term of the glossary for this locale (read lazily, only when needed)."""
        locale = self.options.locale
        for entry in self.session.glossary.entries:
            terms = entry.for_locale(locale)
            if terms is not None:
                yield from (term.text for term in terms.accepted)

    def _required_term(self, entry_id: str):
        from glossary.model import Term

        entry = self.session.glossary.get(entry_id)
        if entry.do_not_translate:
            return Term(entry.source)
        return entry.for_locale(self.options.locale).preferred

    def action_fix(self) -> None:
        """Apply the glossary enforcement fix to the current target and say what it did or could not do."""
        from workbench.terms.enforce import Enforcer

        if not self._ready(write=True):
            return
        if self.session.qa is None:
            self.notify("the glossary is still loading: try again in a moment", severity="warning")
            return
        state = self.session.project.states[self.current]
        enforcer = Enforcer(self.session.glossary, self.options.locale, self.session.translator, qa=self.session.qa)
        result = enforcer.enforce(state.source, state.target)
        if result.changed:
            self.set_target(result.target)
        title, message, severity = fix_summary(result)
        self.notify(message, title=title, severity=severity, timeout=8 if result.unresolved else 5)

    def action_add_term(self) -> None:
        """Open the glossary entry form prefilled with the text selected in the source view."""
        from tui.modals.entry_form import EntryFormModal

        if self.session is None or self.session.glossary is None:
            return
        selected = self.query_one("#source-view", TextArea).selected_text.strip()
        if not selected:
            self.notify("select a phrase in the source first (click it, shift+arrows)", severity="warning")
            return
        form = EntryFormModal(None, locale=self.options.locale, prefill_source=" ".join(selected.split()),
                              glossary=self.session.glossary)
        self.app.push_screen(form, self._save_new_term)

    def _save_new_term(self, entry) -> None:
        """Write the new entry to the editable glossary (only that entry is added to the file)."""
        from glossary.errors import GlossaryError
        from workbench.glossaries import editable_path, ensure_file
        from tui.screens.glossary import save_entry

        if entry is None:
            return
        try:
            path = ensure_file(editable_path(self.options.glossaries))
            done = save_entry(path, entry)
        except (GlossaryError, OSError) as exc:
            self.notify(str(exc), title="Not saved", severity="error")
            return
        self.notify(done)
        self.post_message(m.GlossaryChanged(path))

    # -- filter ------------------------------------------------------------------------------
    def action_cycle_filter(self) -> None:
        if not self._ready():
            return
        self.filter = FILTERS[(FILTERS.index(self.filter) + 1) % len(FILTERS)]
        order = self.order()
        self.refresh_list()
        if order and self.current not in order:
            self.go_to(order[0])
        self.query_one(StatusBar).say(f"filter: {self.filter} ({len(order)} segments)")
        self.load_segment()

    # -- export --------------------------------------------------------------------------------
    def action_export(self) -> None:
        """Write the target text beside the source (article.txt -> article.ru.txt); when segments are not
        confirmed or break the glossary, say how many first and let the user choose."""
        from tui.modals.export import ALL, ExportModal

        if not self._ready():
            return
        project = self.session.project
        unconfirmed, path = len(project) - project.confirmed(), self.export_path()
        if unconfirmed or self._violations:
            self.app.push_screen(ExportModal(unconfirmed, self._violations, str(path)), self._export)
        else:
            self._export(ALL)

    def export_path(self):
        source = self.options.source.resolve()
        return source.with_name(f"{source.stem}.{self.options.locale}{source.suffix or '.txt'}")

    def _export(self, choice: str | None) -> None:
        from glossary.atomic import write_text
        from tui.modals.export import CONFIRMED_ONLY

        if choice is None:
            return
        path = self.export_path()
        try:
            write_text(path, self.session.project.target_text(confirmed_only=choice == CONFIRMED_ONLY))
        except OSError as exc:
            self.notify(f"{path}: cannot write: {exc.strerror or exc}", title="Not exported", severity="error")
            return
        left_out = " (unconfirmed segments left out)" if choice == CONFIRMED_ONLY else ""
        self.notify(f"exported {path}{left_out}", timeout=10)
        self.query_one(StatusBar).say(f"exported {path}{left_out}")
