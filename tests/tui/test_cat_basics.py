"""CAT basics: copy source, join and split (kept in the project file), go to a number, find with highlights,
replace in targets, and a confirmation that asks once when the target breaks the glossary."""

from __future__ import annotations

from textual.widgets import Input, TextArea

from tests.tui.helpers import SIZE, make_stub_app, screen_lines, wait_ready
from tui.modals.go_to import GoToModal
from tui.widgets.segment_list import FOUND, SegmentList
from workbench import project as projects


def _area(app, pane: str = "#target") -> TextArea:
    return app.editor().query_one(pane, TextArea)


async def test_f7_copies_the_source_and_ctrl_z_takes_it_back(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        before = _area(app).text
        await pilot.press("f7")
        await pilot.pause()
        assert app.session.project.states[0].target == app.session.project.states[0].source
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert _area(app).text == before


async def test_join_and_split_survive_quitting_and_reopening(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await pilot.press("ctrl+down", "f8")  # segment 2 + the credit line "Reuters-Yonhap"
        await pilot.pause()
        assert len(app.session.project) == 15
        assert app.session.project.states[1].source.endswith("2023. Reuters-Yonhap")
        assert any("Source · segment 2/15" in line for line in screen_lines(app))
        await pilot.press("ctrl+down")
        await pilot.pause()
        source = _area(app, "#source-view")
        source.focus()
        source.move_cursor(source.document.get_location_from_index(source.text.index(" and the country")))
        target = _area(app)
        target.move_cursor(target.document.get_location_from_index(target.text.index(" и что")))
        await pilot.press("f9")
        await app.workers.wait_for_complete()
        await pilot.pause()
        states = app.session.project.states
        assert len(states) == 16 and states[2].source.endswith("at an early date")
        assert states[3].source.startswith("and the country") and states[3].target.startswith("и что")
        expected = list(states)
        await pilot.press("ctrl+q")
    again = make_stub_app(tmp_path)
    async with again.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        assert again.session.project.states == expected
        assert any("Source · segment 3/16" in line for line in screen_lines(again))


async def test_ctrl_j_goes_to_a_segment_number(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await pilot.press("ctrl+j")
        await pilot.pause()
        assert isinstance(app.screen, GoToModal)
        await pilot.press("1", "2", "enter")
        await pilot.pause()
        assert app.session.project.cursor == 11
        assert any("Source · segment 12/16" in line for line in screen_lines(app))


async def test_find_highlights_every_match_and_selects_the_next(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await pilot.press("ctrl+f", *"Pyongyang")
        await pilot.pause()
        rows = app.editor().query_one(SegmentList)
        styled = [s.text for y in range(rows.size.height) for s in rows.render_line(y) if s.style and
                  s.style.bgcolor == FOUND.bgcolor]
        assert styled and all(text.casefold() == "pyongyang" for text in styled)
        await pilot.press("enter")
        await pilot.pause()
        index = app.session.project.cursor
        assert index > 0 and "Pyongyang" in app.session.project.states[index].source
        assert _area(app).selected_text.casefold() == "pyongyang" or \
            _area(app, "#source-view").selected_text == "Pyongyang"


async def test_replace_here_and_replace_all_change_targets_only(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        states = app.session.project.states
        having = [i for i, s in enumerate(states) if "КНДР" in s.target]
        assert len(having) > 2
        await pilot.press("ctrl+f", *"кндр")
        app.editor().query_one("#replace", Input).value = "Корейской НДР"
        app.editor().query_one("#replace", Input).focus()
        await pilot.press("enter")  # replaces in the current target (none there) and goes to the next match
        await pilot.pause()
        assert app.session.project.cursor == having[0]
        await pilot.press("enter")
        await pilot.pause()
        assert "КНДР" not in app.session.project.states[having[0]].target
        await pilot.click("#replace-all")
        await pilot.pause()
        assert not any("КНДР" in s.target for s in app.session.project.states)
        assert app.session.project.states[having[-1]].status == projects.EDITED


async def test_confirming_a_segment_that_breaks_the_glossary_asks_once(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await pilot.press("ctrl+down")
        await pilot.pause()
        assert app.session.reports[1].violations
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert app.session.project.states[1].status != projects.CONFIRMED
        assert app._notifications and "ctrl+o again" in list(app._notifications)[-1].message
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert app.session.project.states[1].status == projects.CONFIRMED


async def test_confirming_under_a_filter_moves_to_the_next_segment_of_the_filter(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await pilot.press("f5")  # violations
        await pilot.pause()
        shown = app.editor().order()
        assert len(shown) == 2 and shown[-1] + 1 < len(app.session.project)
        await pilot.press("ctrl+down")  # the last segment of the filter
        await pilot.pause()
        assert app.session.project.cursor == shown[-1]
        await pilot.press("ctrl+o", "ctrl+o")  # asked once (it breaks the glossary), then confirmed
        await pilot.pause()
        assert app.session.project.cursor == shown[0]  # the filter's next unconfirmed (wrapping), not shown[-1] + 1
