"""The glossary inside the editor: add a term from a source selection, the glossary screen and help from the app."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input, TextArea
from textual.widgets.text_area import Selection

from glossary import yamlio
from tests.tui.helpers import SIZE, make_app, wait_ready
from workbench.glossaries import user_glossary_path
from tui.modals.entry_form import EntryFormModal
from tui.screens.glossary import GlossaryScreen
from tui.screens.help import HelpScreen

PHRASE = "military cooperation"


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path, monkeypatch):
    """The user glossary lives in the data folder: one per test, so added terms never leak."""
    monkeypatch.setenv("WORKBENCH_DATA_DIR", str(tmp_path / "data"))


def _select_in_source(screen, phrase: str) -> None:
    view = screen.query_one("#source-view", TextArea)
    start = view.text.index(phrase)
    document = view.document
    view.selection = Selection(document.get_location_from_index(start),
                               document.get_location_from_index(start + len(phrase)))


async def test_add_term_from_selection_saves_it_and_the_hit_shows_at_once(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        editor = app.screen
        index = next(i for i, s in enumerate(app.session.project.states) if PHRASE in s.source)
        editor.go_to(index)
        await pilot.pause()
        assert PHRASE not in [t.matched for t in app.session.reports[index].terms]
        _select_in_source(editor, PHRASE)
        await pilot.press("f2")
        form = app.screen
        assert isinstance(form, EntryFormModal)
        assert form.query_one("#f-source", Input).value == PHRASE
        assert form.query_one("#f-id", Input).value == "military-cooperation"
        form.query_one("#f-ru--preferred", Input).value = "военное сотрудничество"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is editor
        saved = yamlio.load(user_glossary_path())
        assert saved.get("military-cooperation").for_locale("ru").preferred.text == "военное сотрудничество"
        report = app.session.reports[index]
        assert [t.matched for t in report.terms if t.id == "military-cooperation"] == [PHRASE]
        assert "военное сотрудничество" in str(editor.query_one("#panel").render())
        assert len(app.session.glossary) == len(yamlio.load(yamlio.bundled_path())) + 1


async def test_glossary_screen_from_the_app_edits_the_user_glossary_not_the_bundled(tmp_path):
    bundled = yamlio.bundled_path().read_bytes()
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        await pilot.press("ctrl+g")
        screen = app.screen
        assert isinstance(screen, GlossaryScreen)
        assert screen.query_one(DataTable).row_count == len(app.session.glossary)
        await pilot.press("a")
        form = app.screen
        for field, value in {"id": "courtesy-call", "source": "courtesy call", "ru--preferred": "визит вежливости"}.items():
            form.query_one(f"#f-{field}", Input).value = value
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        assert "courtesy-call" in [str(screen.query_one(DataTable).get_row_at(i)[0])
                                   for i in range(screen.query_one(DataTable).row_count)]
        assert app.session.glossary.get("courtesy-call") is not None  # the open document uses it now
        await pilot.press("escape", "f1")
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        rows = {(key, action) for key, action, _ in help_screen.bindings}
        assert ("f2, alt+a", "Terminology.add_term") in rows and ("a", "Glossary screen.add") in rows
        assert not any(action.startswith("Screen.") for _, action in rows)  # no Textual internals
        assert str(user_glossary_path()) in str(help_screen.query_one("#help-note").render())
    assert yamlio.bundled_path().read_bytes() == bundled
    assert yamlio.load(user_glossary_path()).get("courtesy-call") is not None
