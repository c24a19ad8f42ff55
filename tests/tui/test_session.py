"""The App opens and owns the one editing session and hands it to the editor screen (import cycles anywhere:
tests/core/test_architecture.py)."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest
from textual.widgets import TextArea

from tests.tui.helpers import REPO, SIZE, make_stub_app, wait_ready
from tui.modals.error import ErrorModal
from tui.session import Options, open_session
from workbench import project as projects
from workbench.errors import WorkbenchError


@pytest.mark.parametrize("order", [("tui.app", "tui.screens.editor"), ("tui.screens.editor", "tui.app")])
def test_the_app_and_the_editor_import_in_either_order(order):
    code = "; ".join(f"import {module}" for module in order) + "; print(tui.app.WorkbenchApp.__name__)"
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "WorkbenchApp"


async def test_the_app_holds_the_one_session_and_the_editor_reads_it_from_there(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        editor = app.editor()
        assert app.session is not None and editor.session is app.session
        assert "session" not in vars(editor)  # no second holder: the screen keeps no copy
        lock = app.session.lock.path
        assert lock.exists()
        await pilot.press("ctrl+q")
    assert not lock.exists()  # the App closed the session it owns


async def test_switching_the_locale_closes_the_session_and_opens_one_in_the_new_locale(tmp_path):
    app = make_stub_app(tmp_path, locale="ru")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        old = app.session
        await app.switch_locale("ko")
        await wait_ready(pilot)
        assert app.session is not old and app.session.options.locale == "ko"
        assert app.session.project.path.name.endswith(".ko.xlf") and not old.lock.path.exists()
        assert app.editor().session is app.session and app.editor().options.locale == "ko"
        assert projects.ProjectLock(old.project.path).acquire()  # the ru project is free again
        source = app.editor().query_one("#source-view", TextArea).text
        assert source == app.session.project.states[0].source


async def test_a_project_that_cannot_be_read_is_reported_and_leaves_no_lock(tmp_path):
    app = make_stub_app(tmp_path)
    project = app.options.project_path
    project.write_text("<xliff this is not XML")
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(200):
            await pilot.pause(0.05)
            if isinstance(app.screen, ErrorModal):
                break
        assert isinstance(app.screen, ErrorModal) and project.name in app.screen.message
        assert app.is_running and app.session is None
        assert app.editor() is not None  # the editor stays, empty, behind the dialog
    assert projects.ProjectLock(project).acquire()


def test_open_session_lets_go_of_the_lock_when_the_project_is_unreadable(tmp_path):
    source = tmp_path / "story.txt"
    source.write_text("One sentence.\n")
    options = Options(source, "ru")
    options.project_path.write_text("not a project")
    with pytest.raises(WorkbenchError):
        open_session(options)
    assert projects.ProjectLock(options.project_path).acquire()


async def test_the_open_session_is_kept_out_of_full_collections_until_it_closes(tmp_path):
    """tui.heap: full garbage collections walking a big session were the slow tail of moves (bench_tui)."""
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        assert gc.get_freeze_count() > 0
        await pilot.press("ctrl+q")
    assert gc.get_freeze_count() == 0  # closed: everything is the collector's again


async def test_with_no_glossary_the_header_says_so_once_loaded_not_loading(tmp_path):
    from tests.stub_translator import StubTranslator
    from tests.tui.helpers import screen_lines, seed_copy
    from tui.app import WorkbenchApp

    app = WorkbenchApp(Options(seed_copy(tmp_path), "ru", model="demo", tm_path=tmp_path / "tm.sqlite3",
                               no_glossary=True), translator=StubTranslator.seed("ru"))
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        header = screen_lines(app)[0]
        assert "no glossary" in header and "loading glossary" not in header, header
