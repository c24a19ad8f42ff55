"""The editor translates through the one pipeline: an exact approved TM match fills its segment before MT
(the model never sees it), marked as a TM match with the memory entry's status, as the CLI reports it."""

from __future__ import annotations

import shutil

from tests.tui.helpers import SIZE, make_stub_app, screen_lines, seed_copy, wait_ready
from workbench import project as projects
from workbench.segment import read_source
from workbench.tm import APPROVED, TranslationMemory


async def test_an_approved_tm_match_fills_its_segment_before_mt(tmp_path):
    source = read_source(seed_copy(tmp_path)).segments[2].text
    with TranslationMemory(tmp_path / "tm.sqlite3") as memory:
        memory.approve(source, "Одобренный перевод из памяти.", "en", "ru")
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        states = app.session.project.states
        index = next(i for i, state in enumerate(states) if state.source == source)
        state = states[index]
        assert (state.target, state.status, state.origin) == ("Одобренный перевод из памяти.", projects.TM, APPROVED)
        asked = [text for call in app.session.translator.calls for text in call]
        assert source not in asked and states[0].source in asked  # the others went to the model
        assert states[0].status == projects.MT
        app.screen.go_to(index)
        await wait_ready(pilot)
        await pilot.pause(0.3)
        assert any("filled by an exact match (approved)" in line for line in screen_lines(app))


async def test_the_mt_is_kept_in_the_memory_and_a_reopen_takes_it_from_there(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        first = [state.target for state in app.session.project.states]
    other = tmp_path / "other"  # a new project on the same text, with the same memory
    other.mkdir()
    for file in tmp_path.glob("tm.sqlite3*"):  # with its write-ahead log
        shutil.copyfile(file, other / file.name)
    again = make_stub_app(other)
    async with again.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        assert again.session.translator.calls == []  # every segment came from the memory
        assert [state.target for state in again.session.project.states] == first
        assert {state.status for state in again.session.project.states} == {projects.TM}
