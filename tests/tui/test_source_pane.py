"""The panes show the current segment: read from the painted screen (the SVG), not from a widget's text."""

from __future__ import annotations

import pytest
from textual.widgets import TextArea

from tests.tui.helpers import make_stub_app, screen_lines, shown_in, wait_ready


def _words(text: str, count: int = 8) -> str:
    return " ".join(text.split()[:count])


@pytest.mark.parametrize("size", [(120, 36), (160, 45)])
async def test_every_segment_shows_its_own_source_and_target_on_screen(tmp_path, size):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await wait_ready(pilot)
        source_view, target = app.screen.query_one("#source-view", TextArea), app.screen.query_one("#target", TextArea)
        heights = []
        for number in range(1, 17):
            state = app.session.project.states[number - 1]
            lines = screen_lines(app)
            assert any(f"Source · segment {number}/16" in line for line in lines)
            assert _words(state.source) in shown_in(lines, source_view), f"segment {number}"
            assert _words(state.target, 4) in shown_in(lines, target), f"segment {number}"
            heights.append(source_view.wrapped_document.height)
            await pilot.press("ctrl+down")
            await pilot.pause()
    # The case that went wrong: the next source wraps to as many rows as the one before it.
    assert any(a == b for a, b in zip(heights, heights[1:]))


async def test_first_paint_shows_the_first_source(tmp_path):
    """At 160 columns segment 1 fits on one row, as the empty pane did before it: the pane stayed blank."""
    app = make_stub_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        while app.session is None:
            await pilot.pause(0.02)
        await pilot.pause()
        source = app.session.project.states[0].source
        assert _words(source) in shown_in(screen_lines(app), app.screen.query_one("#source-view"))
