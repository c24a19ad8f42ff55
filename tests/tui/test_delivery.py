"""Export: the counts of unconfirmed and glossary-breaking segments first, a choice (anyway / leave them out),
and the full path of what was written; the palette's export asks the same."""

from __future__ import annotations

from textual.widgets import Label

from tests.tui.helpers import SIZE, make_stub_app, screen_lines, wait_ready
from tui.modals.export import ExportModal


def _exported(tmp_path):
    return tmp_path / "000_d27c7cbd74673f90.ru.txt"


async def test_export_says_what_is_unfinished_and_prints_the_full_path(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await pilot.press("f12")
        await pilot.pause()
        assert isinstance(app.screen, ExportModal)
        counts = str(app.screen.query_one("#choice-line-1", Label).render())
        assert "16 segments are not confirmed" in counts and "2 break the glossary" in counts
        inside = [line.split("█")[1] for line in screen_lines(app) if line.count("█") >= 2]  # the dialog's rows
        assert "break the glossary." in " ".join(" ".join(inside).split())  # the line wraps, never cut
        assert not _exported(tmp_path).exists()
        await pilot.press("a")
        await pilot.pause()
        assert app.session.project.states[0].target in _exported(tmp_path).read_text()
        assert any(f"exported {_exported(tmp_path).resolve()}" in n.message for n in app._notifications)


async def test_export_can_leave_out_the_unconfirmed_segments(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await pilot.press("ctrl+o")  # segment 1 is clean: confirmed at once
        await pilot.press("ctrl+p", *"Export target", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportModal)
        await pilot.press("l")
        await pilot.pause()
        assert _exported(tmp_path).read_text() == app.session.project.states[0].target + "\n"
