"""The glossary screen's candidate list: names in the open document that no glossary entry covers.

The list is made in a worker thread by workbench.suggest (the core of `workbench glossary suggest`);
renderings come from the document's own translated segments, by the transliteration heuristic (no
model is loaded for this). Enter on a row dismisses the modal with the candidate's source form, which
the glossary screen opens in the entry form.
"""

from __future__ import annotations

from typing import Sequence

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label, Static

from glossary.model import Glossary
from workbench.suggest import Suggestion, suggest
from workbench.suggest.inputs import Pair, Text

COLUMNS = ("source", "count", "kind", "rendering", "example")
EXAMPLE_CELLS = 60


class SuggestionsModal(ModalScreen[str | None]):
    """Candidates for `sentences` (the open document) given `glossary`; dismisses with a source or None.

    Args:
        pairs: the document's translated segments, for renderings in `locale`.
    """

    BINDINGS = [Binding("escape", "cancel", "Close")]
    DEFAULT_CSS = """
    SuggestionsModal { align: center middle; }
    SuggestionsModal > Vertical { width: 90%; height: 80%; border: thick $accent; background: $surface; }
    SuggestionsModal #suggest-title { height: 1; padding: 0 1; text-style: bold; }
    SuggestionsModal DataTable { height: 1fr; }
    SuggestionsModal #suggest-status { height: auto; padding: 0 1; color: $text-muted; }
    """

    def __init__(self, sentences: Sequence[str], glossary: Glossary, locale: str,
                 pairs: Sequence[Pair] = ()) -> None:
        super().__init__()
        self.sentences, self.glossary, self.locale, self.pairs = tuple(sentences), glossary, locale, tuple(pairs)
        self.found: list[Suggestion] = []

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("Names in this document that the glossary lacks (enter: add one)", id="suggest-title")
            yield DataTable(id="suggest-table", cursor_type="row", zebra_stripes=True)
            yield Static("Looking for names…", id="suggest-status")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(*COLUMNS)
        table.focus()
        self.find_names()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def find_names(self) -> None:
        try:
            found = suggest([Text("document", self.sentences)], self.glossary, pairs=self.pairs,
                            locales=[self.locale])
        except Exception as exc:  # noqa: BLE001 - said in the modal; the editor and its work go on
            self.app.call_from_thread(self.query_one("#suggest-status", Static).update, f"Not found: {exc}")
            return
        self.app.call_from_thread(self.show, found)

    def show(self, found: list[Suggestion]) -> None:
        """Fill the table with `found`, best first."""
        self.found = found
        table = self.query_one(DataTable)
        for number, item in enumerate(found):
            candidate = item.candidate
            renderings = item.targets.get(self.locale, ())
            example = candidate.examples[0] if candidate.examples else ""
            table.add_row(candidate.source, str(candidate.count), candidate.kind,
                          renderings[0].text if renderings else "—",
                          example if len(example) <= EXAMPLE_CELLS else example[:EXAMPLE_CELLS - 1] + "…",
                          key=str(number))
        heuristic = " (renderings: transliteration heuristic)" if self.pairs else ""
        self.query_one("#suggest-status", Static).update(f"{len(found)} candidate(s){heuristic}")

    @on(DataTable.RowSelected)
    def _chosen(self, event: DataTable.RowSelected) -> None:
        self.dismiss(self.found[int(event.row_key.value)].candidate.source)

    def action_cancel(self) -> None:
        self.dismiss(None)
