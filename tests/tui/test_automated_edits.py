"""Automated edits (f4 fix, ctrl+t insert, f6 alternative) are each one step of ctrl+z, and the typing before
them stays undoable; ctrl+t inserts at the cursor and refits particles without eating a name's last syllable."""

from __future__ import annotations

from textual.widgets import TextArea
from textual.widgets.text_area import Selection

from tests.tui.helpers import SIZE, make_stub_app, wait_ready
from tui.widgets.segment_panel import term_hits


def _area(app) -> TextArea:
    return app.editor().query_one("#target", TextArea)


async def _typed(pilot, text: str) -> None:
    """Type `text` at the end of the target, key by key."""
    area = _area(pilot.app)
    area.focus()
    area.move_cursor(area.document.end)
    await pilot.press(*[{" ": "space"}.get(char, char) for char in text])
    await pilot.pause()


async def _undo(pilot) -> str:
    await pilot.press("ctrl+z")
    await pilot.pause()
    return _area(pilot.app).text


async def test_f4_is_one_undo_step_and_the_typing_before_it_stays_undoable(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await pilot.press("ctrl+a", "P", "y", "o", "n", "g", "y", "a", "n", "g")  # replaces the whole target
        await pilot.pause(0.5)
        typed = _area(app).text
        assert typed == "Pyongyang" and app.session.reports[0].violations
        await pilot.press("f4")
        await pilot.pause()
        fixed = _area(app).text
        assert fixed != typed and "Пхеньян" in fixed
        assert await _undo(pilot) == typed
        assert app.session.project.states[0].target == typed  # the project follows the undo
        while _area(app).text == typed:
            await _undo(pilot)
        assert "Pyongyang" not in _area(app).text  # back before the typing


async def test_ctrl_t_and_f6_are_undone_one_at_a_time(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        start = _area(app).text
        await _typed(pilot, " ok")
        typed = _area(app).text
        await pilot.press("f6")
        await pilot.pause()
        alternative = _area(app).text
        assert alternative in app.session.project.states[0].alternatives
        _area(app).move_cursor((0, 0))
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert _area(app).text != alternative
        assert await _undo(pilot) == alternative
        assert await _undo(pilot) == typed
        assert await _undo(pilot) == start


async def test_ctrl_t_inserts_at_the_cursor_without_replacing_the_word_there(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        before = _area(app).text  # "Путин готов в ближайшее время ..."
        _area(app).move_cursor((0, 0))
        await pilot.press("ctrl+t")  # the first hit: Putin -> Путин
        await pilot.pause()
        assert _area(app).text == "Путин " + before


async def test_ctrl_t_on_a_selected_korean_name_keeps_its_last_syllable(tmp_path):
    app = make_stub_app(tmp_path, locale="ko")
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await pilot.press("ctrl+down")
        await pilot.pause(0.3)
        screen, area = app.editor(), _area(app)
        before = area.text
        assert "김정은 북한 국무위원장이" in before
        screen.selected_hit = [hit.id for hit in term_hits(app.session.reports[1])].index("kim-jong-un")
        start = before.index("김정은")
        area.selection = Selection((0, start), (0, start + 3))
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert area.text == before  # 김정은 for 김정은: nothing to change, no 은 taken for a particle
