"""An editor that ends on an unexpected error exits non-zero, and the unsaved work is copied to the data folder."""

from __future__ import annotations

import pytest

from tests.tui.helpers import SIZE, make_stub_app, type_target, wait_ready
from tui.command import finish
from tui.widgets.segment_panel import SegmentPanel
from workbench import paths
from workbench import project as projects


async def test_a_crash_exits_non_zero_and_rescues_the_unsaved_edits(tmp_path, monkeypatch, capsys):
    app = make_stub_app(tmp_path, autosave=600)
    with pytest.raises(ZeroDivisionError):  # Pilot raises the app's error when the run ends
        async with app.run_test(size=SIZE) as pilot:
            await wait_ready(pilot)
            await type_target(pilot, "Несохранённая правка.")
            monkeypatch.setattr(SegmentPanel, "show", lambda *args: 1 / 0)  # a bug somewhere in the UI
            await pilot.press("ctrl+down")
            await pilot.pause(0.3)
    assert finish(app) == 3
    said = capsys.readouterr().err.strip().splitlines()[-1]
    assert said.startswith("workbench: the editor stopped on an unexpected error; your unsaved work was copied to ")
    copy = said.rsplit(" ", 1)[-1]
    assert copy.startswith(str(paths.data_dir() / "rescued"))
    assert projects.load(copy).segments[0].target == "Несохранённая правка."


async def test_a_clean_quit_exits_zero(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await pilot.press("ctrl+q")
    assert finish(app) == 0
