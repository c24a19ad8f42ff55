"""List rows keep the spaces around highlighted terms; f4 says what it fixed or why not; moves need no layout."""

from __future__ import annotations

from textual.widgets import TextArea

from tests.tui.helpers import SIZE, make_app, make_stub_app, type_target, wait_ready
from tui.widgets.segment_list import SegmentList


def _notifications(app) -> list:
    return list(app._notifications)


async def test_list_rows_keep_the_spaces_next_to_highlighted_terms(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        segments = app.screen.query_one(SegmentList)
        first = app.session.reports[0]
        assert {t.id for t in first.terms} >= {"putin", "pyongyang"}  # highlighted terms in row 1
        strips = [segments.render_line(y) for y in range(3)]
        assert all(strip.cell_length == segments.scrollable_content_region.width for strip in strips)
        rows = [strip.text for strip in strips]
        assert "Putin expressed willingness" in rows[0]
        assert "visit Pyongyang at early" in rows[1]
        assert "Путин готов в" in rows[0]


async def test_fix_that_cannot_fix_names_each_entry_and_why(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await type_target(pilot, "Путин готов посетить Пхеньян.")  # "North Korea" has no rendering
        assert [t.id for t in app.session.reports[0].violations] == ["north-korea"]
        before = len(_notifications(app))
        await pilot.press("f4")
        await pilot.pause()
        assert app.session.project.states[0].target == "Путин готов посетить Пхеньян."
        told = _notifications(app)[before:]
        assert len(told) == 1 and told[0].severity == "warning"
        assert told[0].title == "Nothing fixed"
        assert "north-korea: not fixed" in told[0].message and "Северная Корея" in told[0].message


async def test_fix_says_what_it_changed_from_and_to(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await type_target(pilot, "Путин готов посетить Pyongyang, сообщила Северная Корея.")
        before = len(_notifications(app))
        await pilot.press("f4")
        await pilot.pause()
        told = _notifications(app)[before:]
        assert len(told) == 1 and told[0].title == "Fixed" and told[0].severity == "information"
        assert "pyongyang: Pyongyang → Пхеньян" in told[0].message
        assert "Пхеньян" in app.session.project.states[0].target


async def test_moving_between_segments_repaints_without_a_layout_of_the_screen(tmp_path):
    """A layout of the whole screen is followed by a full repaint (20-45 ms): a move must not need one."""
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen, layouts = app.screen, []
        original = screen._refresh_layout
        screen._refresh_layout = lambda *args, **kwargs: (layouts.append(1), original(*args, **kwargs))
        for number in range(2, 8):  # short and long segments: the panes' text height changes
            await pilot.press("alt+down")
            await pilot.pause()
            assert app.session.project.cursor == number - 1
            assert screen.query_one("#source-view", TextArea).text == app.session.project.states[number - 1].source
        assert layouts == []
