"""The Textual application: opens and owns the editing session, hands it to the editor screen; app-wide keys.

Opening a session (reading the source, the project file, then the glossary: tui.session, plain code)
runs in worker threads here; the App holds the one session (`app.session`), the editor screen reads
it from the App, and the App closes it (quit, locale switch).
"""

from __future__ import annotations

import dataclasses
from typing import Iterable

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from glossary.locales import TARGETS
from tui import glossaries, heap
from tui import messages as m
from tui.screens.editor import EditorScreen
from tui.session import Options, Session, load_glossary, open_session
from workbench.glossaries import editable_path

# How the command palette names each target locale (which locales there are is glossary.locales.TARGETS).
LOCALE_NAMES = {"ko": "Korean (South)", "ko-KP": "Korean (North Korean usage)", "ru": "Russian"}


class WorkbenchApp(App):
    """`workbench tui`: the translator's editor."""

    CSS_PATH = "app.tcss"
    TITLE = "workbench"
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("f1", "help", "Help"),
        Binding("ctrl+g", "glossary", "Glossary"),
        Binding("ctrl+s", "save", "Save", priority=True, show=False),  # autosaved: the footer has no room
    ]
    HELP_GROUPS = {"quit": "Files", "save": "Files", "glossary": "Terminology", "help": "View",
                   "command_palette": "View"}

    def __init__(self, options: Options, translator=None) -> None:
        """`translator`: a ready Translator to use instead of loading `options.model`."""
        super().__init__()
        self.options = options
        self.translator = translator
        self.session: Session | None = None

    async def on_mount(self) -> None:
        await self.push_screen(EditorScreen(self.options))
        self.call_after_refresh(self.open_worker, self.options)  # paint first: parsing competes for the GIL

    def editor(self) -> EditorScreen | None:
        return next((s for s in self.screen_stack if isinstance(s, EditorScreen)), None)

    # -- the session -------------------------------------------------------------------------
    @work(thread=True, exclusive=True, exit_on_error=False, group="open")
    def open_worker(self, options: Options) -> None:
        """Open the session for `options` (its glossary is loaded once the document is on screen)."""
        self.post_message(m.DocumentOpened(open_session(options, self.translator)))

    def on_document_opened(self, message: m.DocumentOpened) -> None:
        session, editor = message.session, self.editor()
        if session.options != self.options or editor is None:  # the locale was switched while it opened
            session.close()
            return
        self.session = session
        editor.session_opened()
        self.call_after_refresh(self._document_shown, session)

    def _document_shown(self, session: Session) -> None:
        heap.settle()  # the document lives as long as the session: out of the collector's full passes
        self.glossary_worker(session)  # not sooner: loading it competes with the paint for the GIL

    @work(thread=True, exclusive=True, exit_on_error=False, group="glossary")
    def glossary_worker(self, session: Session) -> None:
        glossary, qa = load_glossary(session.options)
        self.post_message(m.GlossaryLoaded(session, glossary, qa))

    def on_glossary_loaded(self, message: m.GlossaryLoaded) -> None:
        session, editor = self.session, self.editor()
        if session is None or message.session is not session or editor is None:
            return
        session.glossary, session.qa = message.glossary, message.qa
        editor.glossary_loaded()
        heap.settle()

    def on_glossary_changed(self, message: m.GlossaryChanged) -> None:
        """A glossary file was saved: reload the merged glossary and recheck the open document."""
        from glossary.errors import GlossaryError

        editor = self.editor()
        if self.session is None or editor is None:
            return
        try:
            glossary, qa = load_glossary(self.options)
        except GlossaryError as exc:
            self.notify(f"glossary not reloaded: {exc}", severity="error")
            return
        self.session.glossary, self.session.qa = glossary, qa
        editor.glossary_changed()

    def _close_session(self, save: bool = True) -> bool:
        """Save (unless told not to), stop the editor's workers and close the session; False (nothing
        closed) when the save failed: the save-failed dialog is open and the session goes on."""
        editor = self.editor()
        if editor is not None and not editor.shut_down(save=save):
            return False
        if self.session is not None:
            self.session.close()
            heap.release()
        return True

    def on_unmount(self) -> None:
        """However the app ends (quit, an error, the end of a test), the session's lock and TM are let go
        (its unsaved work stays in memory: tui.command.finish rescues it after an error)."""
        self._close_session(save=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Opening failed (an unreadable source or project, a broken glossary): the editor says so."""
        editor = self.editor()
        if event.state == WorkerState.ERROR and editor is not None:
            editor.worker_failed(event.worker)

    def action_save(self) -> None:
        """ctrl+s: the form in front saves its entry; otherwise the editor saves the project."""
        if self.screen is not self.editor() and hasattr(self.screen, "action_save"):
            self.screen.action_save()
            return
        editor = self.editor()
        if editor is not None:
            editor.save_now()

    async def action_quit(self) -> None:
        session = self.session
        if session is None:
            self.exit()
            return
        if not session.project.unsaved or session.read_only:
            self._close_and_exit()
            return
        from tui.modals.confirm import ConfirmQuit

        self.push_screen(ConfirmQuit(), self._quit_answer)

    def _quit_answer(self, answer: str | None) -> None:
        """"Save & quit" quits only once the work is saved (a failed save opens its dialog instead)."""
        editor = self.editor()
        if answer == "save" and editor is not None:
            editor.save_now(then=lambda: self._close_and_exit(save=False))
        elif answer in ("save", "discard"):
            self._close_and_exit(save=False)

    def _close_and_exit(self, save: bool = True) -> None:
        if self._close_session(save=save):
            self.exit()

    def action_help(self) -> None:
        """Every binding of the screen in front and the app's, then the glossary screen's keys."""
        from tui.screens.glossary import GlossaryScreen
        from tui.screens.help import HelpScreen, bindings_of, declared_by

        if isinstance(self.screen, HelpScreen):
            return
        rows = bindings_of(self.screen)
        rows += [row for row in declared_by(GlossaryScreen) if row not in rows]
        self.push_screen(HelpScreen(rows, note=glossaries.help_note(self.options.glossaries)))

    def action_glossary(self) -> None:
        from tui.screens.glossary import GlossaryScreen

        if isinstance(self.screen, GlossaryScreen):
            return
        sentences, pairs = self._document_pairs()
        self.push_screen(GlossaryScreen(list(self.options.glossary_files or ()), self.options.locale,
                                        editable_path=editable_path(self.options.glossaries),
                                        sentences=sentences, pairs=pairs))

    def _document_pairs(self) -> tuple[list[str], list]:
        """The open document's source segments, and its translated ones as pairs (for suggestions)."""
        from workbench.suggest.inputs import Pair

        if self.session is None:
            return [], []
        states = self.session.project.states
        return ([state.source for state in states],
                [Pair(state.source, state.target, self.options.locale) for state in states if state.target])

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for locale in TARGETS:
            if locale != self.options.locale:
                yield SystemCommand(f"Target locale: {locale}",
                                    f"Switch the target language to {LOCALE_NAMES.get(locale, locale)}",
                                    lambda locale=locale: self.switch_locale(locale))
        yield SystemCommand("Export target text", "Write the translated text beside the source",
                            lambda: self.editor() and self.editor().action_export())

    async def switch_locale(self, locale: str) -> None:
        """Save and close the current session, then open the same source in `locale`."""
        if not self._close_session(save=True):
            return  # not saved: the save-failed dialog is open, the session stays
        self.options = dataclasses.replace(self.options, locale=locale, project=None)
        if self.translator is not None and self.translator.target_lang != locale.split("-")[0]:
            self.translator = None  # a model for the old language: load the one for the new
        await self.switch_screen(EditorScreen(self.options))  # the old screen is gone, with its queued messages
        self.session = None
        self.call_after_refresh(self.open_worker, self.options)
