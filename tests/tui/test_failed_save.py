"""A save that fails (the project's folder is gone, the disk is full) never ends the editor nor loses the edits:
it is reported, "Save & quit" stays, and the work can be saved elsewhere or copied to the user data folder."""

from __future__ import annotations

import shutil

from textual.widgets import Input, TextArea

from tests.stub_translator import StubTranslator
from tests.tui.helpers import SIZE, make_stub_app, type_target, wait_ready
from tui.app import WorkbenchApp
from tui.modals.save_failed import SaveFailedModal
from tui.session import Options
from workbench import paths
from workbench import project as projects


def _app(tmp_path, autosave: float = 600) -> WorkbenchApp:
    """The stub editor with its project in a folder of its own, so the test can take that folder away."""
    make_stub_app(tmp_path)  # copies the seed
    options = Options(tmp_path / "000_d27c7cbd74673f90.txt", "ru", project=tmp_path / "work" / "story.ru.xlf",
                      tm_path=tmp_path / "tm.sqlite3", autosave_delay=autosave)
    (tmp_path / "work").mkdir()
    return WorkbenchApp(options, translator=StubTranslator.seed("ru"))


async def _edit_then_lose_the_folder(pilot, tmp_path) -> None:
    await wait_ready(pilot)
    await type_target(pilot, "Правка, которую нельзя потерять.")
    shutil.rmtree(tmp_path / "work")


def _edit_kept(app) -> None:
    assert app.is_running
    assert app.session.project.states[0].target == "Правка, которую нельзя потерять."
    assert app.editor().query_one("#target", TextArea).text == "Правка, которую нельзя потерять."


async def test_ctrl_s_that_fails_says_so_and_keeps_the_app_and_the_edits(tmp_path):
    app = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await _edit_then_lose_the_folder(pilot, tmp_path)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SaveFailedModal)
        assert "story.ru.xlf" in app.screen.reason and "cannot write" in app.screen.reason
        await pilot.press("escape")  # keep editing
        await pilot.pause()
        _edit_kept(app)
        assert app.session.project.unsaved
        assert "NOT SAVED" in str(app.editor().query_one("#info").render())


async def test_save_and_quit_does_not_quit_when_the_save_failed(tmp_path):
    app = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await _edit_then_lose_the_folder(pilot, tmp_path)
        await pilot.press("ctrl+q", "s")
        await pilot.pause()
        assert isinstance(app.screen, SaveFailedModal)
        await pilot.press("escape")
        await pilot.pause()
        _edit_kept(app)


async def test_save_as_from_the_failure_writes_there_and_then_quits(tmp_path):
    app = _app(tmp_path)
    elsewhere = tmp_path / "elsewhere.xlf"
    async with app.run_test(size=SIZE) as pilot:
        await _edit_then_lose_the_folder(pilot, tmp_path)
        await pilot.press("ctrl+q", "s")
        await pilot.pause()
        app.screen.query_one("#save-as-path", Input).value = str(elsewhere)
        await pilot.click("#save-as")
        await pilot.pause()
    assert not app.is_running and app.return_code in (0, None)  # "Save & quit" went on once saved
    saved = projects.load(elsewhere)
    assert saved.segments[0].target == "Правка, которую нельзя потерять."


async def test_save_as_moves_the_project_and_autosave_follows(tmp_path):
    app = _app(tmp_path, autosave=0.2)
    elsewhere = tmp_path / "elsewhere.xlf"
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        shutil.rmtree(tmp_path / "work")
        await type_target(pilot, "Правка, которую нельзя потерять.")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, SaveFailedModal)  # the autosave failed
        app.screen.query_one("#save-as-path", Input).value = str(elsewhere)
        await pilot.click("#save-as")
        await pilot.pause()
        assert app.session.project.path == elsewhere and not app.session.project.unsaved
        await type_target(pilot, "Вторая правка.")
        await pilot.pause(0.5)
        await app.workers.wait_for_complete()
        assert projects.load(elsewhere).segments[0].target == "Вторая правка."
        assert not isinstance(app.screen, SaveFailedModal)


async def test_emergency_copy_lands_in_the_user_data_folder(tmp_path):
    app = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await _edit_then_lose_the_folder(pilot, tmp_path)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        _edit_kept(app)
        copies = list((paths.data_dir() / "rescued").glob("000_d27c7cbd74673f90.txt.ru.*.xlf"))
        assert copies
        newest = max(copies, key=lambda p: p.stat().st_mtime)
        assert projects.load(newest).segments[0].target == "Правка, которую нельзя потерять."
        assert any(str(newest) in n.message for n in app._notifications)


async def test_failed_autosave_asks_once_not_on_every_keystroke(tmp_path):
    app = _app(tmp_path, autosave=0.1)
    async with app.run_test(size=SIZE) as pilot:
        await _edit_then_lose_the_folder(pilot, tmp_path)
        await type_target(pilot, "Ещё правка.")
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, SaveFailedModal)
        await pilot.press("escape")
        await type_target(pilot, "И ещё одна.")
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, SaveFailedModal)  # told once; the header keeps saying it
        assert "NOT SAVED" in str(app.editor().query_one("#info").render())
        assert app.session.project.states[0].target == "И ещё одна."


async def test_save_and_quit_goes_on_after_a_failed_save_as_then_a_good_one(tmp_path):
    app = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await _edit_then_lose_the_folder(pilot, tmp_path)
        await pilot.press("ctrl+q", "s")
        await pilot.pause()
        app.screen.query_one("#save-as-path", Input).value = str(tmp_path / "missing" / "x.xlf")
        await pilot.click("#save-as")  # that folder does not exist either: asked again
        await pilot.pause()
        assert isinstance(app.screen, SaveFailedModal) and "missing" in app.screen.reason
        app.screen.query_one("#save-as-path", Input).value = str(tmp_path / "x.xlf")
        await pilot.click("#save-as")
        await pilot.pause()
    assert not app.is_running
    assert projects.load(tmp_path / "x.xlf").segments[0].target == "Правка, которую нельзя потерять."
