"""SVG snapshots (120x36) of the glossary screen, the entry form showing a validation error, and help."""

from __future__ import annotations

from textual.widgets import Input

from tui.screens.glossary import GlossaryScreen
from tui.screens.help import HelpScreen

from .conftest import SIZE, HostApp

HELP_ROWS = [("ctrl+enter", "Editor.confirm", "Confirm the segment and go to the next unconfirmed"),
             ("ctrl+t", "Editor.retranslate", "Re-translate the segment"),
             ("ctrl+g", "Editor.glossary", "Open the glossary"),
             ("a", "Glossary.add", "Add an entry"), ("e", "Glossary.edit", "Edit the entry"),
             ("d", "Glossary.delete", "Delete the entry"), ("ctrl+q", "App.quit", "Quit")]


async def _settle(pilot) -> None:
    await pilot.pause()
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


def test_glossary_screen(snap_compare, sample):
    app = HostApp(lambda: GlossaryScreen([sample], "ru", editable_path=sample))
    assert snap_compare(app, terminal_size=SIZE, run_before=_settle)


def test_entry_form_with_a_duplicate_id(snap_compare, sample):
    async def run_before(pilot) -> None:
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        values = {"f-id": "kcna", "f-source": "Choe Son Hui", "f-ru--preferred": "Цой Сон Хи"}
        for widget_id, value in values.items():
            pilot.app.screen.query_one(f"#{widget_id}", Input).value = value
        await _settle(pilot)

    app = HostApp(lambda: GlossaryScreen([sample], "ru", editable_path=sample))
    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_help_screen(snap_compare):
    app = HostApp(lambda: HelpScreen(HELP_ROWS))
    assert snap_compare(app, terminal_size=SIZE, run_before=_settle)
