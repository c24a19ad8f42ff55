"""Whole editor flows through Pilot: open the seed, MT (the demo model, or the fixed-output stub where a test
reads what MT wrote), fix, edit, confirm, save, reopen."""

from __future__ import annotations

from textual.widgets import TextArea
from textual.widgets.text_area import Selection

from tests.tui.helpers import SIZE, make_app, make_stub_app, type_target, wait_ready
from tui.modals.confirm import ConfirmQuit
from tui.widgets.info_header import InfoHeader
from workbench import project as projects
from workbench.tm import TranslationMemory


async def test_terminology_violation_is_shown_and_fixed_with_one_key(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await type_target(pilot, "Путин готов посетить Pyongyang, сообщила Северная Корея.")
        report = app.session.reports[0]
        assert [t.id for t in report.violations] == ["pyongyang"]
        assert report.violations[0].status == "untranslated"
        await pilot.press("f4")
        await pilot.pause()
        state = app.session.project.states[0]
        assert "Пхеньян" in state.target and "Pyongyang" not in state.target
        assert not app.session.reports[0].violations
        assert app.screen.query_one("#target", TextArea).text == state.target


async def test_insert_term_in_place_of_the_selection_inflects_for_the_replaced_word(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await type_target(pilot, "Путин побывает в Пьонгянге, сообщила Северная Корея.")
        area = app.screen.query_one("#target", TextArea)
        area.selection = Selection((0, 17), (0, 26))
        await pilot.press("f3")  # the hits are Putin, Pyongyang, North Korea: select Pyongyang
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert app.session.project.states[0].target == "Путин побывает в Пхеньяне, сообщила Северная Корея."


async def test_edit_confirm_save_quit_reopen_restores_everything(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await pilot.press("alt+down", "alt+down")
        await type_target(pilot, "Ручная правка третьего сегмента.")
        assert "· edited" in str(app.screen.query_one("#target-label").render())  # the status follows the edit
        await pilot.press("ctrl+o")  # the text breaks the glossary (Reuters, Yonhap): asked first
        await pilot.pause()
        assert app.session.project.cursor == 2
        await pilot.press("ctrl+o")  # confirmed anyway -> next unconfirmed
        await pilot.pause()
        assert app.session.project.cursor == 3
        await pilot.press("alt+3")  # take MT alternative 3 for segment 4
        await pilot.press("ctrl+s")
        expected = list(app.session.project.states)
        await app.workers.wait_for_complete()
        await pilot.press("ctrl+q")
    assert not app.is_running
    saved = projects.load(projects.default_path(tmp_path / "000_d27c7cbd74673f90.txt", "ru"))
    assert saved.segments[2].status == projects.CONFIRMED
    again = make_app(tmp_path)
    async with again.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        project = again.session.project
        assert project.states == expected
        assert project.cursor == 3
        assert again.screen.query_one("#target", TextArea).text == expected[3].target
        assert expected[3].status == projects.EDITED and expected[3].target == expected[3].alternatives[2]
    with TranslationMemory(tmp_path / "tm.sqlite3") as tm:
        found = tm.lookup_exact([expected[2].source], "en", "ru")
        assert found[expected[2].source].target == "Ручная правка третьего сегмента."


async def test_autosave_writes_within_two_seconds(tmp_path):
    app = make_app(tmp_path, autosave=1.0)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await type_target(pilot, "Сохранится само.")
        await pilot.pause(1.6)
        await app.workers.wait_for_complete()
        data = projects.load(app.session.project.path)
        assert data.segments[0].target == "Сохранится само."
        assert data.segments[0].status == projects.EDITED


async def test_quitting_with_unsaved_edits_asks_first(tmp_path):
    app = make_app(tmp_path, autosave=600)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await type_target(pilot, "Не сохранено.")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmQuit)
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running and app.session.project.unsaved
        await pilot.press("ctrl+q", "s")
        await pilot.pause()
    data = projects.load(projects.default_path(tmp_path / "000_d27c7cbd74673f90.txt", "ru"))
    assert data.segments[0].target == "Не сохранено."


async def test_second_instance_is_read_only_and_told(tmp_path):
    first = make_app(tmp_path)
    lock = projects.ProjectLock(projects.default_path(tmp_path / "000_d27c7cbd74673f90.txt", "ru"))
    first.options  # the app would take this lock; hold it as "another instance"
    assert lock.acquire()
    try:
        app = make_app(tmp_path)
        async with app.run_test(size=SIZE) as pilot:
            await wait_ready(pilot)
            assert app.session.read_only
            assert "READ-ONLY" in str(app.screen.query_one(InfoHeader).render())
            assert any("READ-ONLY" in n.message for n in app._notifications)
            assert app.screen.query_one("#target", TextArea).read_only
            await pilot.press("ctrl+o")
            assert app.session.project.states[0].status == projects.NEW
    finally:
        lock.release()


async def test_filter_to_violations_and_find(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await pilot.press("f5")
        screen = app.screen
        assert screen.filter == "violations"
        shown = screen.order()
        assert shown and all(app.session.reports[i].violations for i in shown)
        await pilot.press("f5", "f5")
        assert screen.filter == "all"
        await pilot.press("ctrl+f")
        await pilot.press(*"Peskov", "enter")
        await pilot.pause()
        assert "Peskov" in app.session.project.states[app.session.project.cursor].source


async def test_a_clean_quit_leaves_no_lock_file_beside_the_source(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        assert list(tmp_path.glob("*.lock"))
        await pilot.press("ctrl+s", "ctrl+q")  # saved first: no question before quitting
    assert not list(tmp_path.glob("*.lock"))
