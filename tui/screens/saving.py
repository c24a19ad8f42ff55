"""The editor's saving (a mixin of EditorScreen): autosave, ctrl+s, save as, and what a failed save does.

Saving writes a frozen snapshot of the project atomically, from a worker thread when autosaving,
directly on ctrl+s. A save that fails never ends the app nor loses the edits: they stay in memory,
the header says NOT SAVED, and the save-failed dialog (asked once, until a save works again) offers
retry, save as another path, or an emergency copy in the user data folder (workbench.project.rescue).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

from textual import work

from tui import messages as m
from tui.widgets.status_bar import StatusBar
from workbench import project as projects
from workbench.errors import WorkbenchError


def save_error(path: Path, exc: Exception) -> str:
    """One line naming the file and why it could not be written."""
    if isinstance(exc, OSError):
        return f"{path}: cannot write: {exc.strerror or exc}"
    return str(exc)


class Saving:
    """schedule_save / save_now / save_as / rescue / shut_down; `save_failure` holds the last failure (None once a save works)."""

    save_failure: str | None = None
    _asking_save = False
    _written: tuple[Path | None, int] = (None, -1)  # the last (path, version) written

    def schedule_save(self, delay: float | None = None) -> None:
        """Autosave at most `delay` (default autosave_delay) after the first unsaved change (a throttle,
        so steady typing is still saved every second and kill -9 loses at most that much); a sooner
        request replaces a later one."""
        if self.session is None or self.session.read_only:
            return
        self.update_header()
        delay = self.options.autosave_delay if delay is None else delay
        due = time.monotonic() + delay
        if self._save_timer is not None and self._save_due <= due:
            return
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_due = due
        self._save_timer = self.set_timer(delay, self._autosave)

    def _autosave(self) -> None:
        self._save_timer = None
        if self.session.project.unsaved:
            self.save_worker(self.session.project.snapshot(), self.session.project.version)

    # A description, or Textual builds one from repr(data): ~60 ms of the UI thread for 5,000 segments.
    @work(thread=True, exit_on_error=False, group="save", description="autosave")
    def save_worker(self, data: projects.ProjectData, version: int) -> None:
        path = self.session.project.path
        try:
            self._write(path, data, version)
        except (OSError, WorkbenchError) as exc:
            self.post_message(m.SaveFailed(str(path), save_error(path, exc)))
            return
        self.post_message(m.ProjectSaved(str(path), version))

    def _write(self, path: Path, data: projects.ProjectData, version: int) -> None:
        with self._save_lock:  # serial, and an older snapshot never overwrites a newer one
            last_path, last_version = self._written
            if path != last_path or version > last_version:
                projects.save(path, data)
                self._written = (path, version)

    def on_project_saved(self, message: m.ProjectSaved) -> None:
        project = self.session.project
        if Path(message.path) == project.path:
            project.saved_version = max(project.saved_version, message.version)
            self.save_failure = None
        self.update_header()

    def on_save_failed(self, message: m.SaveFailed) -> None:
        """An autosave failed: ask once; later failures only keep the header saying NOT SAVED."""
        if Path(message.path) == self.session.project.path:
            self._failed(message.reason, ask=self.save_failure is None)

    def save_now(self, then: Callable[[], None] | None = None) -> bool:
        """ctrl+s: write the project now, on this thread; True when saved. On failure the save-failed
        dialog opens and `then` runs once the work is saved after all (retry, save as)."""
        if not self._ready(write=True):
            return False
        project = self.session.project
        try:
            self._write(project.path, project.snapshot(), project.version)
        except (OSError, WorkbenchError) as exc:
            self._failed(save_error(project.path, exc), ask=True, then=then)
            return False
        project.saved_version = project.version
        self.save_failure = None
        self.update_header()
        self.query_one(StatusBar).say(f"saved {project.path}")
        if then is not None:
            then()
        return True

    def _failed(self, reason: str, ask: bool, then: Callable[[], None] | None = None) -> None:
        from tui.modals.save_failed import SaveFailedModal

        self.save_failure = reason
        self.update_header()
        self.query_one(StatusBar).say(f"NOT SAVED: {reason}", "bold red")
        if ask and not self._asking_save:
            self._asking_save = True
            suggestion = str(Path.home() / self.session.project.path.name)
            self.app.push_screen(SaveFailedModal(reason, suggestion), lambda choice: self._answer(choice, then))

    def _answer(self, choice: tuple[str, str] | None, then: Callable[[], None] | None) -> None:
        from tui.modals.save_failed import EMERGENCY, RETRY, SAVE_AS

        self._asking_save = False
        if choice is None:
            return
        action, path = choice
        if action == RETRY:
            self.save_now(then)
        elif action == SAVE_AS:
            self.save_as(Path(path).expanduser(), then)
        elif action == EMERGENCY:
            self.rescue()

    def save_as(self, path: Path, then: Callable[[], None] | None = None) -> bool:
        """Write the project to `path` and work there from now on (autosave, the lock); True when done,
        and then `then` runs (as for save_now)."""
        project = self.session.project
        if path == project.path:
            return self.save_now(then)
        lock = projects.ProjectLock(path)
        try:
            if not lock.acquire():
                raise WorkbenchError(f"{path}: open in another workbench; choose another name")
            self._write(path, project.snapshot(), project.version)
        except (OSError, WorkbenchError) as exc:
            lock.release()
            self._failed(save_error(path, exc), ask=True, then=then)
            return False
        self.session.move_to(path, lock)
        project.saved_version = project.version
        self.save_failure = None
        self.update_header()
        self.notify(f"saved as {path}; the editor now saves there")
        if then is not None:
            then()
        return True

    def rescue(self) -> Path | None:
        """Write an emergency copy of the project (the edits as they are now) and say where it went."""
        try:
            path = projects.rescue(self.session.project.snapshot())
        except WorkbenchError as exc:
            self.notify(str(exc), title="No emergency copy", severity="error", timeout=15)
            return None
        self.notify(f"emergency copy written to {path}", title="Emergency copy", timeout=15)
        self.query_one(StatusBar).say(f"NOT SAVED; emergency copy: {path}", "bold yellow")
        return path

    def shut_down(self, save: bool = True) -> bool:
        """Save (unless told not to) and stop the workers, before the App closes the session; False (and
        nothing stopped) when the save failed: the save-failed dialog is open and the session goes on."""
        session = self.session
        if save and session is not None and not session.read_only and session.project.unsaved \
                and not self.save_now():
            return False
        self._cancel.set()
        return True
