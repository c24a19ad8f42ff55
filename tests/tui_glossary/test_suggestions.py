"""The glossary screen's candidate list (`s`): names of the open document the glossary lacks; enter adds one."""

from __future__ import annotations

from textual.widgets import DataTable, Input

from glossary.model import Glossary
from tests.tui.helpers import SIZE as EDITOR_SIZE, make_stub_app, wait_ready
from tui.modals.entry_form import EntryFormModal
from tui.modals.suggestions import SuggestionsModal
from tui.screens.glossary import GlossaryScreen
from workbench.suggest import suggest
from workbench.suggest.inputs import Pair, Text

from .conftest import SIZE

SENTENCES = ["Deputy Foreign Minister Mikhail Galuzin arrived in Pyongyang.", "Mikhail Galuzin met Choe."]


def _rows(modal: SuggestionsModal) -> list[tuple[str, ...]]:
    table = modal.query_one(DataTable)
    return [tuple(map(str, table.get_row_at(index))) for index in range(table.row_count)]


async def test_s_lists_the_documents_names_and_enter_opens_the_add_form_with_one(sample, host):
    pairs = [Pair(SENTENCES[1], "Михаил Галузин встретился с Цой.", "ru")]
    app = host(lambda: GlossaryScreen([sample], "ru", editable_path=sample, sentences=SENTENCES, pairs=pairs))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        modal = app.screen
        assert isinstance(modal, SuggestionsModal)
        await app.workers.wait_for_complete()
        await pilot.pause()
        rows = _rows(modal)
        assert ("Mikhail Galuzin", "2", "name", "Михаил Галузин") == rows[0][:4]
        assert "Deputy Foreign Minister" in [row[0] for row in rows]
        assert "Pyongyang" not in [row[0] for row in rows]  # sample.yaml has it
        await pilot.press("enter")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, EntryFormModal)
        assert form.query_one("#f-source", Input).value == "Mikhail Galuzin"


async def test_without_an_open_document_s_says_so(sample, host):
    app = host(lambda: GlossaryScreen([sample], "ru", editable_path=sample))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, GlossaryScreen)


async def test_in_the_editor_the_list_is_the_core_suggestions_for_the_open_document(tmp_path):
    app = make_stub_app(tmp_path)
    async with app.run_test(size=EDITOR_SIZE) as pilot:
        await wait_ready(pilot)
        await pilot.press("ctrl+g", "s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, SuggestionsModal)
        states = app.session.project.states
        expected = suggest([Text("document", tuple(s.source for s in states))], Glossary("g", app.session.glossary.entries),
                           pairs=[Pair(s.source, s.target, "ru") for s in states if s.target], locales=["ru"])
        assert [row[0] for row in _rows(modal)] == [item.candidate.source for item in expected]
        assert expected, "the seed has names the bundled glossary lacks"
