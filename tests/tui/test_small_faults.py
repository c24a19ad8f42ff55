"""Smaller faults of the editor: a double space is flagged by QA (and shown in the panel)."""

from __future__ import annotations

from tests.tui.helpers import SIZE, make_stub_app, type_target, wait_ready
from tui.widgets.segment_panel import SegmentPanel
from workbench.terms.checks import spacing


def test_a_double_space_between_words_is_a_qa_warning_with_its_fix():
    (issue,) = spacing("Центральным телеграфным агентством  Кореи (ЦТАК)")
    assert issue.kind == "double-space" and issue.severity == "warning" and issue.fix == "агентством Кореи"
    assert spacing("агентством Кореи, 13\u00a0000 человек") == []


async def test_the_editor_shows_the_double_space(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await type_target(pilot, "Путин готов посетить  Пхеньян, заявила Северная Корея")
        await pilot.pause(0.2)
        assert any(i.kind == "double-space" for i in app.session.reports[0].issues)
        assert "more than one space" in str(app.editor().query_one(SegmentPanel).render())
