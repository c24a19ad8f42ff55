"""SVG snapshots (120x36, no cursor blink) of the editor after demo MT and of a terminology violation."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from textual.widgets import TextArea

from tests.tui.helpers import SIZE, make_stub_app, wait_ready
from tui.widgets.status_bar import StatusBar


async def _settled(pilot) -> None:
    await pilot.pause()
    await wait_ready(pilot)
    # The MT line carries a wall-clock time; pin it so the picture does not change run to run.
    pilot.app.screen.query_one(StatusBar).say("MT done: 16/16 segments")
    await pilot.pause()


def test_editor_after_mt(snap_compare, tmp_path):
    assert snap_compare(make_stub_app(tmp_path), terminal_size=SIZE, run_before=_settled)


def test_violation_state(snap_compare, tmp_path):
    async def run_before(pilot):
        await _settled(pilot)
        area = pilot.app.screen.query_one("#target", TextArea)
        area.clear()
        area.insert("Путин готов посетить Pyongyang, сообщила Пьонгянг.")
        await pilot.pause(0.5)
        await pilot.press("f5")  # filter: violations
        pilot.app.screen.query_one(StatusBar).say("filter: violations")
        await pilot.pause()

    assert snap_compare(make_stub_app(tmp_path), terminal_size=SIZE, run_before=run_before)


@pytest.fixture
def fixed_data_dir(monkeypatch):
    """The help screen names the user glossary's path: keep it the same on every run."""
    folder = Path(tempfile.gettempdir()) / "workbench-snapshot-data"
    shutil.rmtree(folder, ignore_errors=True)
    monkeypatch.setenv("WORKBENCH_DATA_DIR", str(folder))


def test_glossary_screen_from_the_app(snap_compare, tmp_path, fixed_data_dir):
    async def run_before(pilot):
        await _settled(pilot)
        await pilot.press("ctrl+g")
        await pilot.pause()
        pilot.app.screen.query_one("#glossary-filter").cursor_blink = False
        await pilot.pause()

    assert snap_compare(make_stub_app(tmp_path), terminal_size=SIZE, run_before=run_before)


def test_help_screen_from_the_app(snap_compare, tmp_path, fixed_data_dir):
    async def run_before(pilot):
        await _settled(pilot)
        await pilot.press("f1")
        await pilot.pause()

    assert snap_compare(make_stub_app(tmp_path), terminal_size=SIZE, run_before=run_before)
