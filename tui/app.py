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

from tui.messages import GlossaryChanged
from workbench import project as projects

LOCALES = {"ko": "Korean (South)", "ko-KP": "Korean (North Korean usage)", "ru": "Russian"}
try:  # the glossary and help screens are built alongside; the app runs without them
    from tui.screens.glossary import GlossaryScreen
except ImportError:  # pragma: no cover - depends on the other half being present
    GlossaryScreen = None
try:
    from tui.screens.help import HelpScreen
except ImportError:  # pragma: no cover
    HelpScreen = None


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

    def close(self) -> None:
        self.lock.release()
        if self.tm is not None:
            self.tm.close()


def open_session(options: Options) -> Session:
    """Read the source and its project, take the lock (read-only when another instance holds it)."""
    lock = projects.ProjectLock(options.project_path)
    locked = lock.acquire()
    document, data = projects.open_source(options.source, options.project_path)
    project = projects.Project(document, options.locale, options.project_path, data, read_only=not locked)
    return Session(options, project, lock)


def load_glossary(options: Options):
    """The merged glossary (the bundled one by default) and a TermQA for the locale."""
    from glossary import yamlio
    from workbench.terms.qa import TermQA

    glossary = yamlio.load_many(list(options.glossaries) or [yamlio.bundled_path()])
    return glossary, TermQA(glossary, options.locale)


class WorkbenchApp(App):
    """`workbench tui`: the translator's editor."""

    CSS_PATH = "app.tcss"
    TITLE = "workbench"
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("f1", "help", "Help"),
        Binding("ctrl+g", "glossary", "Glossary"),
        Binding("ctrl+s", "save", "Save", priority=True),
    ]

    def __init__(self, options: Options) -> None:
        super().__init__()
        self.options = options
        self.session: Session | None = None

    def on_mount(self) -> None:
        from tui.screens.editor import EditorScreen

        self.push_screen(EditorScreen(self.options))

    def editor(self):
        from tui.screens.editor import EditorScreen

        return next((s for s in self.screen_stack if isinstance(s, EditorScreen)), None)

    def binding_table(self) -> list[tuple[str, str, str]]:
        """(where, key, description) for every binding of the app and the editor: the help screen lists these."""
        from tui.screens.editor import EditorScreen

        rows = [("app", b.key, b.description) for b in self.BINDINGS]
        rows += [("editor", b.key, b.description) for b in EditorScreen.BINDINGS]
        return rows

    def action_save(self) -> None:
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
        editor = self.editor()
        if answer == "save" and editor is not None:
            editor.save_now()
        if answer in ("save", "discard"):
            self._close_and_exit(save=False)

    def _close_and_exit(self, save: bool = True) -> None:
        editor = self.editor()
        if editor is not None:
            editor.shut_down(save=save)
        self.exit()

    def action_help(self) -> None:
        if HelpScreen is None:
            self.notify("help screen not available", severity="warning")
            return
        self.push_screen(HelpScreen())

    def action_glossary(self) -> None:
        if GlossaryScreen is None or self.session is None or self.session.glossary is None:
            self.notify("the glossary is not ready yet", severity="warning")
            return
        self.push_screen(GlossaryScreen())

    def on_glossary_changed(self, message: GlossaryChanged) -> None:
        editor = self.editor()
        if editor is not None:
            editor.use_glossary(message.glossary)

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
        if editor is not None:
            editor.shut_down(save=True)
        self.options = dataclasses.replace(self.options, locale=locale, project=None)
        self.session = None
        self.switch_screen(EditorScreen(self.options))
