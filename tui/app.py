"""The Textual application: owns the session (options, project, glossary, translator) and the app-wide keys.

Screens get the session from here; the editor screen does the document work. Opening a session
(reading the source, the project file and the glossary) is plain code run in a worker thread.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from tui import glossaries
from tui.messages import GlossaryChanged
from workbench import project as projects

LOCALES = {"ko": "Korean (South)", "ko-KP": "Korean (North Korean usage)", "ru": "Russian"}


@dataclass(frozen=True)
class Options:
    """What the user asked for on the command line."""

    source: Path
    locale: str
    glossaries: tuple[Path, ...] = ()
    model: str | None = None
    project: Path | None = None
    tm_path: Path | None = None
    autosave_delay: float = 1.0

    @property
    def project_path(self) -> Path:
        return self.project or projects.default_path(self.source, self.locale)


class Session:
    """The open work: project (document + states), lock, glossary, QA, translator, TM, QA reports."""

    def __init__(self, options: Options, project: projects.Project, lock: projects.ProjectLock) -> None:
        self.options = options
        self.project = project
        self.lock = lock
        self.glossary = None
        self.qa = None
        self.translator = None
        self.tm = None
        self.reports: list = [None] * len(project)

    @property
    def read_only(self) -> bool:
        return self.project.read_only

    def move_to(self, path: Path, lock: projects.ProjectLock) -> None:
        """The project lives at `path` from now on (save as), under `lock` (already held)."""
        self.lock.release()
        self.lock, self.project.path = lock, Path(path)

    def close(self) -> None:
        self.lock.release()
        if self.tm is not None:
            self.tm.close()


def open_session(options: Options, translator=None) -> Session:
    """Read the source and its project, take the lock (read-only when another instance holds it).

    `translator` is used instead of loading `options.model` when given (the tests' fixed-output stub).
    """
    lock = projects.ProjectLock(options.project_path)
    locked = lock.acquire()
    document, data = projects.open_source(options.source, options.project_path)
    project = projects.Project(document, options.locale, options.project_path, data, read_only=not locked)
    session = Session(options, project, lock)
    session.translator = translator
    return session


def load_glossary(options: Options):
    """The merged glossary (workbench.glossaries: bundled + the user's by default) and a TermQA for the locale."""
    from workbench.glossaries import glossary_paths, load
    from workbench.terms.qa import TermQA

    glossary = load(glossary_paths(options.glossaries))
    return glossary, TermQA(glossary, options.locale)


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

    def on_mount(self) -> None:
        from tui.screens.editor import EditorScreen

        self.push_screen(EditorScreen(self.options))

    def editor(self):
        from tui.screens.editor import EditorScreen

        return next((s for s in self.screen_stack if isinstance(s, EditorScreen)), None)

    def action_save(self) -> None:
        """ctrl+s: the form in front saves its entry; otherwise the editor saves the project."""
        if self.screen is not self.editor() and hasattr(self.screen, "action_save"):
            self.screen.action_save()
            return
        editor = self.editor()
        if editor is not None:
            editor.save_now()

    async def action_quit(self) -> None:
        editor = self.editor()
        if editor is None or editor.session is None:
            self.exit()
            return
        if not editor.session.project.unsaved or editor.session.read_only:
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
        editor = self.editor()
        if editor is None or editor.shut_down(save=save):
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
        self.push_screen(GlossaryScreen(glossaries.merged_paths(self.options.glossaries), self.options.locale,
                                        editable_path=glossaries.editable_path(self.options.glossaries),
                                        sentences=sentences, pairs=pairs))

    def _document_pairs(self) -> tuple[list[str], list]:
        """The open document's source segments, and its translated ones as pairs (for suggestions)."""
        from workbench.suggest.inputs import Pair

        editor = self.editor()
        if editor is None or editor.session is None:
            return [], []
        states = editor.session.project.states
        return ([state.source for state in states],
                [Pair(state.source, state.target, self.options.locale) for state in states if state.target])

    def on_glossary_changed(self, message: GlossaryChanged) -> None:
        """A glossary file was saved: reload the merged glossary and recheck the open document."""
        from glossary.errors import GlossaryError

        editor = self.editor()
        if editor is None or editor.session is None:
            return
        try:
            glossary, _ = load_glossary(self.options)
        except GlossaryError as exc:
            self.notify(f"glossary not reloaded: {exc}", severity="error")
            return
        editor.use_glossary(glossary)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for locale, name in LOCALES.items():
            if locale != self.options.locale:
                yield SystemCommand(f"Target locale: {locale}", f"Switch the target language to {name}",
                                    lambda locale=locale: self.switch_locale(locale))
        yield SystemCommand("Export target text", "Write the translated text beside the source",
                            lambda: self.editor() and self.editor().action_export())

    def switch_locale(self, locale: str) -> None:
        """Save and close the current project, then open the same source in `locale`."""
        from tui.screens.editor import EditorScreen

        editor = self.editor()
        if editor is not None and not editor.shut_down(save=True):
            return  # not saved: the save-failed dialog is open, the session stays
        self.options = dataclasses.replace(self.options, locale=locale, project=None)
        if self.translator is not None and self.translator.target_lang != locale.split("-")[0]:
            self.translator = None  # a model for the old language: load the one for the new
        self.session = None
        self.switch_screen(EditorScreen(self.options))
