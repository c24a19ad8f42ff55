"""The editing session: what the user asked for (Options) and the open work (Session), opened in plain code.

The App opens the session (in a worker thread: reading the source, the project file and the glossary
is plain code with no UI) and owns it; screens read it from the App. Imports no screen, so the App
and the screens can import this module in any order.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workbench import project as projects


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
    no_glossary: bool = False  # --no-glossary: no term is checked or enforced

    @property
    def glossary_files(self) -> tuple[Path, ...] | None:
        """The files that apply (workbench.glossaries.glossary_paths), None with --no-glossary."""
        from workbench.glossaries import glossary_paths

        return glossary_paths(self.glossaries, use=not self.no_glossary)

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
        """Let go of the lock and the TM (closing twice is harmless)."""
        self.lock.release()
        if self.tm is not None:
            self.tm.close()


def open_session(options: Options, translator=None) -> Session:
    """Read the source and its project, take the lock (read-only when another instance holds it).

    `translator` is used instead of loading `options.model` when given (the tests' fixed-output stub).
    """
    lock = projects.ProjectLock(options.project_path)
    locked = lock.acquire()
    try:
        document, data = projects.open_source(options.source, options.project_path)
    except BaseException:
        lock.release()  # nothing is open: a later open of the same project must not find it locked
        raise
    project = projects.Project(document, options.locale, options.project_path, data, read_only=not locked)
    session = Session(options, project, lock)
    session.translator = translator
    return session


def load_glossary(options: Options):
    """The merged glossary (workbench.glossaries: bundled + the user's by default) and a TermQA for the locale."""
    from workbench.glossaries import load_checked
    from workbench.terms.qa import TermQA

    glossary = load_checked(options.glossary_files)
    return glossary, TermQA(glossary, options.locale)
