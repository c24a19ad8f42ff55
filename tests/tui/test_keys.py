"""Keys that reach the app in any terminal (xterm, tmux, screen: F-keys and ctrl combinations), shown as such
in the footer and on f1; ctrl+enter / ctrl+o confirm, ctrl+a selects all, Enter adds no line break."""

from __future__ import annotations

import re

from textual.widgets import TextArea

from tests.tui.helpers import SIZE, make_stub_app, screen_lines, type_target, wait_ready
from tui.screens.help import bindings_of
from workbench import project as projects

# What a plain xterm (and tmux, screen) sends as a distinct key: F1-F12, ctrl+letter (not a multiplexer
# prefix: ctrl+b tmux, ctrl+a screen; not ctrl+h/i/m, which are backspace, tab and enter), ctrl+arrows.
_PLAIN = re.compile(r"f([1-9]|1[0-2])|ctrl\+[c-gj-ln-z]|ctrl\+(up|down|left|right)|esc|enter")


def _first_key(keys: str) -> str:
    return keys.split(",")[0].strip()


async def test_every_editor_action_has_a_plain_terminal_key_shown_first(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        screen = app.editor()
        # alt+1..4 pick one alternative directly where alt reaches the app; f6 is the key for everyone.
        rows = [row for row in bindings_of(screen) if ".alternative(" not in row[1]]
        direct = [row for row in bindings_of(screen) if ".alternative(" in row[1]]
        assert direct and all("f6" in description for _, _, description in direct)  # f1 says what works
        wanted = {"next_segment", "prev_segment", "confirm", "retranslate", "fix", "insert_term", "next_hit",
                  "next_alternative", "find", "cycle_filter", "export", "add_term", "cancel_mt", "quit", "save",
                  "help", "glossary", "command_palette"}
        assert wanted <= {action.rsplit(".", 1)[-1] for _, action, _ in rows}
        for keys, action, _ in rows:
            key = _first_key(keys).replace("^", "ctrl+").split("/")[0].lower()
            assert _PLAIN.fullmatch(key), f"{action}: {keys}"
        footer = screen_lines(app)[-1]
        assert "alt+" not in footer and "⌥" not in footer


def _target(app) -> TextArea:
    return app.editor().query_one("#target", TextArea)


async def test_ctrl_enter_and_ctrl_o_both_confirm_and_move_on(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await pilot.press("ctrl+enter")
        await pilot.pause()
        assert app.session.reports[1].violations  # asks once before confirming it
        await pilot.press("ctrl+o", "ctrl+o")
        await pilot.pause()
        states = app.session.project.states
        assert [s.status for s in states[:2]] == [projects.CONFIRMED, projects.CONFIRMED]
        assert app.session.project.cursor == 2


async def test_ctrl_a_selects_the_whole_target(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        area = _target(app)
        area.focus()
        area.move_cursor((0, 5))
        await pilot.press("ctrl+a")
        assert area.selected_text == area.text != ""
        await pilot.press("x")
        assert area.text == "x"


async def test_enter_adds_no_line_break_and_pasted_breaks_become_spaces(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await type_target(pilot, "Одна строка")
        await pilot.press("enter")
        await pilot.pause()
        assert _target(app).text == "Одна строка"
        assert "no line breaks" in str(app.editor().query_one("#status").render())
        app.copy_to_clipboard(" и вторая\nи третья")
        await pilot.press("ctrl+v")
        await pilot.pause(0.5)
        assert app.session.project.states[0].target == "Одна строка и вторая и третья"


async def test_f6_takes_the_next_mt_alternative_and_f3_the_next_glossary_hit(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        state = app.session.project.states[0]
        assert len(state.alternatives) == 2
        taken = []
        for _ in range(3):
            await pilot.press("f6")
            await pilot.pause()
            taken.append(app.session.project.states[0].target)
        first, second = state.alternatives
        assert taken == [first, second, first] if state.target != first else taken == [second, first, second]
        assert app.editor().selected_hit == 0
        await pilot.press("f3")
        assert app.editor().selected_hit == 1
