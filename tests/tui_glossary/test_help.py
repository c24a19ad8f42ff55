"""The help screen lists the bindings it is given, grouped; bindings_of reads them from the live app."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Label

from tui.screens.glossary import GlossaryScreen
from tui.app import WorkbenchApp
from tui.screens.editor import EditorScreen
from tui.screens.help import HelpScreen, bindings_of, declared_by, grouped, merged

from .conftest import SIZE

ROWS = [("ctrl+s", "Editor.save", "Save now"), ("f1", "App.help", "Show keys"), ("x", "close", "Close it")]


class _Editor(Screen):
    BINDINGS = [Binding("ctrl+enter", "confirm", "Confirm and next"), ("ctrl+t", "retranslate", "Re-translate")]


class _App(App):
    BINDINGS = [Binding("f1", "help", "Keys", show=False), Binding("f2", "glossary", "Glossary")]
    SCREENS = {"editor": _Editor}

    def __init__(self, rows=None) -> None:
        super().__init__()
        self.rows = rows

    def on_mount(self) -> None:
        self.push_screen(HelpScreen(self.rows if self.rows is not None else bindings_of(self)))


def _shown(screen: HelpScreen) -> dict[str, list[tuple]]:
    groups = [str(label.render()) for label in screen.query(Label).filter(".help-group")]
    tables = list(screen.query(DataTable))
    return {group: [tuple(map(str, table.get_row_at(i))) for i in range(table.row_count)]
            for group, table in zip(groups, tables)}


async def test_help_lists_the_given_bindings_by_group_and_escape_closes():
    app = _App(ROWS)
    async with app.run_test(size=SIZE) as pilot:
        assert _shown(app.screen) == {"Editor": [("ctrl+s", "save", "Save now")],
                                      "App": [("f1", "help", "Show keys")], "Keys": [("x", "close", "Close it")]}
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


def test_bindings_of_collects_app_and_declared_screens_with_hidden_ones():
    rows = grouped(bindings_of(_App()))
    assert ("f1", "help", "Keys") in rows["App"]  # show=False bindings are still listed in help
    assert ("ctrl+q", "quit", "Quit") in rows["App"]  # inherited from textual's App
    assert rows["_Editor"] == [("ctrl+enter", "confirm", "Confirm and next"), ("ctrl+t", "retranslate", "Re-translate")]


async def test_bindings_of_a_screen_lists_its_own_keys_first(sample):
    app = _App([])
    async with app.run_test(size=SIZE):
        screen = GlossaryScreen([sample], "ko", editable_path=sample)
        rows = bindings_of(screen)
        assert rows[0] == ("a", "Glossary screen.add", "Add")
        assert ("f2", "App.glossary", "Glossary") in rows


def test_workbench_help_groups_our_keys_and_hides_textual_internals():
    groups = grouped(merged([*declared_by(EditorScreen), *declared_by(WorkbenchApp)]))
    assert list(groups) == ["Navigation", "Editing", "Terminology", "Files", "View"]
    actions = {name: (key, group) for group, rows in groups.items() for key, name, _ in rows}
    assert actions["next_segment"] == ("ctrl+down, alt+down", "Navigation")  # one row per action
    assert actions["fix"][1] == actions["insert_term"][1] == actions["glossary"][1] == "Terminology"
    assert actions["quit"] == ("ctrl+q", "Files") and actions["command_palette"] == ("ctrl+p", "View")
    assert not {"focus_next", "focus_previous", "copy_text", "app.focus_next"} & set(actions)
