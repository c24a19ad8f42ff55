"""Layout at several terminal sizes, read from the painted screen: the list keeps every character at a wrap,
the panes grow with the terminal and the source scrolls, the footer keeps its keys and the header its
essentials (a resize: test_terminal_resize.py)."""

from __future__ import annotations

import re

import pytest
from textual.widgets import TextArea

from tests.tui.helpers import make_app, make_stub_app, screen_lines, shown_in, wait_ready
from tui.widgets.segment_list import SegmentList


def _list_targets(lines: list[str], widget) -> dict[int, str]:
    """Segment number -> the target text its rows show in the list (what the column painted)."""
    region, rows, number = widget.region, {}, None
    for line in lines[region.y: region.bottom]:
        cells = line[region.x: region.right]
        found = re.match(r"\s*(\d+) ", cells)
        number = int(found.group(1)) if found else number
        if number is not None and " │ " in cells:
            rows.setdefault(number, []).append(cells.split(" │ ", 1)[1])
    return {n: " ".join(re.sub("[▁-█]", " ", " ".join(parts)).split()) for n, parts in rows.items()}  # no scrollbar


@pytest.mark.parametrize("size", [(100, 30), (120, 36), (160, 45)])
async def test_the_list_drops_no_character_where_the_target_wraps(tmp_path, size):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await wait_ready(pilot)
        shown = _list_targets(screen_lines(app), app.editor().query_one(SegmentList))
        assert len(shown) >= 4
        for number, text in shown.items():
            target = " ".join(app.session.project.states[number - 1].target.split())
            assert target.startswith(text.rstrip("…").rstrip()), f"segment {number}: {text!r}"


async def _pane_sizes(tmp_path, size) -> tuple[int, int, int]:
    app = make_stub_app(tmp_path / f"{size[0]}")
    async with app.run_test(size=size) as pilot:
        await wait_ready(pilot)
        screen = app.editor()
        return (screen.query_one("#source-view").region.height, screen.query_one("#target").region.height,
                screen.query_one("#panel").region.width)


async def test_panes_grow_with_the_terminal(tmp_path):
    for folder in ("100", "160"):
        (tmp_path / folder).mkdir()
    small, large = await _pane_sizes(tmp_path, (100, 30)), await _pane_sizes(tmp_path, (160, 45))
    assert small[0] >= 4 and small[1] >= 5
    assert large[0] > small[0] and large[1] > small[1] and large[2] > 44


async def test_a_long_source_can_be_scrolled_to_its_end_at_100x30(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(pilot)
        states = app.session.project.states
        longest = max(range(len(states)), key=lambda i: len(states[i].source))
        app.editor().go_to(longest)
        await pilot.pause()
        source = app.editor().query_one("#source-view", TextArea)
        last_words = " ".join(states[longest].source.split()[-3:])
        assert last_words not in shown_in(screen_lines(app), source)  # longer than the pane
        assert source.show_vertical_scrollbar
        source.scroll_end(animate=False)
        await pilot.pause()
        assert last_words in shown_in(screen_lines(app), source)


async def test_at_100_columns_the_footer_keeps_its_keys_and_the_header_its_essentials(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(pilot)
        lines = screen_lines(app)
        for key in ("^↓ Next", "^o Confirm", "f4 Fix", "^t Insert", "^f Find", "f5 Filter", "^q Quit", "f1 Help",
                    "^g Glossary"):
            assert key in lines[-1]
        header = lines[0].rstrip()
        assert "✔ 0/16" in header and "✗ 2" in header and "DEMO" in header and header.endswith("terms")


async def test_a_reopened_project_names_its_model_without_ctrl_r(tmp_path):
    """The real demo model (the stub is handed in ready): nothing to translate on reopening, yet it is named."""
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(pilot)
        await pilot.press("ctrl+s", "ctrl+q")
    again = make_app(tmp_path)
    async with again.run_test(size=(120, 36)) as pilot:
        await wait_ready(pilot)
        assert again.session.project.pending() == []
        header = screen_lines(again)[0]
        assert "loading" not in header and "translate-en_ru-demo" in header and "DEMO" in header
