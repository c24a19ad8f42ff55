"""The real demo model fills the editor: checked by properties, never by its exact text.

An int8 model gives other text on another CPU, so nothing here pins what the model wrote; the
expectations are computed from the same run (the violation count is what `workbench qa` says of the
very pairs the editor shows). Layout and colours are pinned by the stub-drawn snapshots instead.
"""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from tests.tui.helpers import SIZE, make_app, wait_ready
from tui.widgets.info_header import InfoHeader
from workbench import project as projects
from workbench.cli import cli

SCRIPT = {"ru": re.compile(r"[\u0400-\u04ff]"), "ko": re.compile(r"[\uac00-\ud7a3]")}


def _qa_violations(tmp_path, locale: str, states) -> int:
    """How many of the pairs `workbench qa --json` finds a terminology violation in."""
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("".join(f"{s.source}\t{s.target}\n" for s in states), encoding="utf-8")
    result = CliRunner().invoke(cli, ["qa", "--to", locale, "--json", str(pairs)])
    assert result.exit_code in (0, 1), result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == len(states)
    return sum(any(f["kind"] == "term" and f["status"] != "ok" for f in row["findings"]) for row in rows)


@pytest.mark.parametrize("locale", ["ru", "ko"])
async def test_demo_model_fills_every_segment_and_the_counter_agrees_with_qa(tmp_path, locale):
    app = make_app(tmp_path, locale=locale)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        states = app.session.project.states
        assert len(states) == 16
        assert all(s.status == projects.MT and SCRIPT[locale].search(s.target) for s in states)
        assert all(len(s.alternatives) > 1 for s in states)
        header = str(app.screen.query_one(InfoHeader).render())
        assert "DEMO" in header and f"en → {locale}" in header
        shown = int(re.search(r"✗ (\d+)", header)[1])
        assert shown == _qa_violations(tmp_path, locale, states)
        await pilot.press("ctrl+q")
