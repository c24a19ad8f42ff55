"""The glossary screen: a filterable table of entries with lint status; add, edit, delete in place.

Edits go through glossary.edit, which rewrites only the changed entry (the rest of the YAML file
stays byte for byte). After every saved change the screen posts GlossaryChanged (it bubbles to the
App, which reloads hits and QA of the open document) and reloads its own table.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from rich.cells import cell_len, set_cell_size
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Label, Static

from glossary import edit, lint, yamlio
from glossary.errors import GlossaryError
from glossary.model import Entry, Glossary
from glossary.schema import Finding, GlossaryInvalid
from tui.messages import GlossaryChanged
from tui.modals.entry_form import ConfirmModal, EntryFormModal


@dataclass(frozen=True)
class Row:
    """One table row: an entry, the file it lives in, and its lint findings."""

    key: str
    entry: Entry
    path: Path
    findings: tuple[Finding, ...]

    @property
    def status(self) -> str:
        return ", ".join(dict.fromkeys(f"{f.code} {f.rule}" for f in self.findings)) or "ok"

    def matches(self, needle: str, locale: str) -> bool:
        """Case-insensitive substring match on id, source forms and the locale's terms."""
        terms = self.entry.for_locale(locale)
        texts = [self.entry.id, *self.entry.sources]
        if terms is not None:
            texts += [term.text for term in terms.accepted]
        return any(needle in text.casefold() for text in texts)


@dataclass(frozen=True)
class Loaded:
    """What the screen shows: the rows in effect, problems loading files, the editable glossary."""

    rows: tuple[Row, ...]
    problems: tuple[str, ...]
    editable: Glossary | None


def load_rows(paths: list[Path], editable_path: Path | None) -> Loaded:
    """Rows of every file in order; an entry overridden by a later file (same id) is left out."""
    per_file, problems, editable = [], [], None
    for number, path in enumerate(paths):
        try:
            document = yamlio.load_document(path)
        except GlossaryInvalid as exc:
            problems.append(f"{exc.findings[0]} ({len(exc.findings)} problem(s); fix the file first)")
            continue
        except GlossaryError as exc:
            problems.append(str(exc))
            continue
        if editable_path is not None and _same(path, editable_path):
            editable = document.glossary
        per_file.append(_file_rows(number, path, document))
    later_ids: set[str] = set()
    kept: list[Row] = []
    for rows in reversed(per_file):
        kept[:0] = [row for row in rows if row.entry.id not in later_ids]
        later_ids |= {row.entry.id for row in rows}
    return Loaded(tuple(kept), tuple(problems), editable)


def _file_rows(number: int, path: Path, document: yamlio.Document) -> list[Row]:
    entries = document.glossary.entries
    by_entry: dict[int, list[Finding]] = {}
    starts = [entry.line for entry in entries]
    for finding in lint.lint(document.glossary, document):
        index = max((i for i, start in enumerate(starts) if start <= finding.line), default=0)
        by_entry.setdefault(index, []).append(finding)
    return [Row(f"{number}:{index}", entry, path, tuple(by_entry.get(index, ())))
            for index, entry in enumerate(entries)]


def _same(one: Path, other: Path) -> bool:
    return Path(one).resolve() == Path(other).resolve()


def save_entry(path: Path, entry: Entry, *, original: Entry | None = None,
               original_path: Path | None = None) -> str:
    """Write `entry` into the glossary file at `path`; returns what was done, for a notification.

    A new entry is appended; an entry of this file is rewritten in place (renamed first when its
    id changed); an entry of another file becomes an override here (a later file wins on merge).
    Raises GlossaryError when the file cannot be edited (the file is then untouched).
    """
    in_file = original is not None and (original_path is None or _same(original_path, path))
    if not in_file:
        if original is not None and yamlio.load(path).get(entry.id) is not None:
            edit.update_entry(path, entry)
            return f"updated the override of '{entry.id}' in {path.name}"
        edit.add_entry(path, entry)
        return f"added '{entry.id}' to {path.name}" if original is None else \
            f"saved '{entry.id}' as an override in {path.name}"
    if original.id != entry.id:
        edit.set_field(path, original.id, "id", entry.id)
    edit.update_entry(path, entry)
    return f"saved '{entry.id}' in {path.name}"


# Widest a column other than "source" may get (the source list takes the rest of the width).
CAPS = {"id": 26, "status": 24, "file": 20}
TERM_CAP = 30
SOURCE_MIN = 30
CELL_PADDING = 2  # DataTable's default cell padding, one cell each side
SCROLLBAR = 2


def column_widths(names: list[str], rows: list[list[str]], total: int) -> list[int]:
    """Widths that fit `total` cells: each column as wide as its widest cell (capped), the source
    column (index 1) what is left but at least SOURCE_MIN; when that is too wide, the other columns
    give way one cell at a time, widest first, down to their header's width."""
    natural = [max([cell_len(name), *(cell_len(row[i]) for row in rows)]) for i, name in enumerate(names)]
    widths = [min(width, CAPS.get(name, TERM_CAP)) for name, width in zip(names, natural)]
    budget = total - CELL_PADDING * len(names)
    widths[1] = min(natural[1], max(budget - sum(widths) + widths[1], SOURCE_MIN))
    floors = [max(cell_len(name), 4) for name in names]
    while sum(widths) > budget:
        shrinkable = [i for i in range(len(names)) if i != 1 and widths[i] > floors[i]]
        if not shrinkable:
            break
        widths[max(shrinkable, key=widths.__getitem__)] -= 1
    return widths


def clip(text: str, width: int) -> str:
    """`text` cut to `width` cells with an ellipsis when longer."""
    return text if cell_len(text) <= width else set_cell_size(text, max(width - 1, 0)) + "…"


class GlossaryScreen(Screen):
    """Browse and maintain the session's glossaries.

    Args:
        glossary_paths: the glossary files in merge order.
        locale: the target locale whose preferred term is shown.
        editable_path: the file edits are written to (None: nothing is editable).
        read_only: refuse every edit (another instance owns the session).
        sentences: the open document's source segments, for `s` (names the glossary lacks).
        pairs: the document's translated segments (workbench.suggest.inputs.Pair), for their renderings.
    """

    BINDINGS = [
        Binding("a", "add", "Add"),
        Binding("e", "edit", "Edit"),
        Binding("d", "delete", "Delete"),
        Binding("slash", "focus_filter", "Filter"),
        Binding("escape", "back", "Back"),
        Binding("s", "suggest", "Suggest names", show=False),
    ]
    HELP_GROUPS = dict.fromkeys(("add", "edit", "delete", "focus_filter", "back", "suggest"), "Glossary screen")
    DEFAULT_CSS = """
    GlossaryScreen #glossary-title { height: 1; padding: 0 1; background: $panel; text-style: bold; width: 1fr; }
    GlossaryScreen #glossary-filter { margin: 0 1; }
    GlossaryScreen #glossary-table { height: 1fr; }
    GlossaryScreen #glossary-status { height: auto; max-height: 4; padding: 0 1; color: $text-muted; }
    GlossaryScreen #glossary-status.-error { color: $text-error; }
    """

    def __init__(self, glossary_paths: list[Path], locale: str, *, editable_path: Path | None,
                 read_only: bool = False, sentences: Sequence[str] = (), pairs: Sequence = ()) -> None:
        super().__init__()
        self.sentences, self.pairs = tuple(sentences), tuple(pairs)
        self.glossary_paths = [Path(path) for path in glossary_paths]
        self.locale = locale
        self.editable_path = Path(editable_path) if editable_path is not None else None
        self.read_only = read_only or editable_path is None
        self.loaded = Loaded((), (), None)
        self.shown: dict[str, Row] = {}

    def compose(self) -> ComposeResult:
        yield Label(self._title(), id="glossary-title")
        yield Input(placeholder="filter by id, source or term ( / )", id="glossary-filter", compact=True)
        yield DataTable(id="glossary-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="glossary-status")
        yield Footer()

    def _title(self) -> str:
        where = "read-only" if self.read_only else f"edits go to {self.editable_path.name}"
        return f"Glossary · {self.locale} · {where}"

    def on_mount(self) -> None:
        self.reload()
        self.query_one(DataTable).focus()

    def on_resize(self) -> None:
        if self.loaded.rows:
            self._fill()  # the source column takes what the others leave: recompute

    def reload(self, keep_id: str | None = None) -> None:
        """Read the files again and refill the table (the cursor stays on `keep_id` when given)."""
        self.loaded = load_rows(self.glossary_paths, self.editable_path)
        self._fill(keep_id)

    def _fill(self, keep_id: str | None = None) -> None:
        table = self.query_one(DataTable)
        keep_id = keep_id or (self.current.entry.id if self.current else None)
        needle = self.query_one("#glossary-filter", Input).value.strip().casefold()
        rows = [row for row in self.loaded.rows if not needle or row.matches(needle, self.locale)]
        table.clear(columns=True)
        names = ["id", "source", self.locale, "status"] + (["file"] if self._file_column else [])
        all_cells = [self._cells(row) for row in self.loaded.rows]
        room = (table.size.width or self.app.size.width - 2) - SCROLLBAR  # before the first layout: the screen's
        widths = column_widths(names, all_cells, room)
        for name, width in zip(names, widths):
            table.add_column(name, key=name, width=width)
        self.shown = {row.key: row for row in rows}
        for row in rows:
            table.add_row(*(clip(cell, width) for cell, width in zip(self._cells(row), widths)), key=row.key)
        index = next((i for i, row in enumerate(rows) if row.entry.id == keep_id), 0)
        if rows:
            table.move_cursor(row=index)
        self._show_status(len(rows))

    def _cells(self, row: Row) -> list[str]:
        terms = row.entry.for_locale(self.locale)
        cells = [row.entry.id, "; ".join(row.entry.sources), terms.preferred.text if terms else "—", row.status]
        return cells + ([row.path.name] if self._file_column else [])

    @property
    def _file_column(self) -> bool:
        """Show which file an entry lives in when more than one can be involved (also a user glossary to come)."""
        files = {path.resolve() for path in self.glossary_paths}
        return len(files | ({self.editable_path.resolve()} if self.editable_path else set())) > 1

    def _show_status(self, count: int) -> None:
        status = self.query_one("#glossary-status", Static)
        problems = self.loaded.problems
        text = f"{count} of {len(self.loaded.rows)} entries"
        status.update("\n".join([*problems, text]))
        status.set_class(bool(problems), "-error")

    @property
    def current(self) -> Row | None:
        """The row under the cursor, if any."""
        table = self.query_one(DataTable)
        if not self.shown or table.cursor_row < 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.shown.get(key)

    @on(Input.Changed, "#glossary-filter")
    def _filter(self) -> None:
        self._fill()

    @on(Input.Submitted, "#glossary-filter")
    def _leave_filter(self) -> None:
        self.query_one(DataTable).focus()

    @on(DataTable.RowSelected)
    def _selected(self) -> None:
        self.action_edit()

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action in ("add", "edit", "delete", "suggest") and self.read_only:
            return False
        return True

    def action_focus_filter(self) -> None:
        self.query_one("#glossary-filter", Input).focus()

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()

    def action_add(self, prefill: str | None = None) -> None:
        needle = self.query_one("#glossary-filter", Input).value.strip()
        if prefill is None and needle and not self.shown:
            prefill = needle  # nothing found: start from what was typed
        form = EntryFormModal(None, locale=self.locale, prefill_source=prefill, glossary=self.loaded.editable)
        self.app.push_screen(form, lambda entry: self._save(entry, None))

    def action_suggest(self) -> None:
        """The names of the open document that no entry in effect covers; the one chosen opens the add form."""
        from tui.modals.suggestions import SuggestionsModal

        if not self.sentences:
            self.notify("No open document to look for names in.", severity="warning")
            return
        in_effect = Glossary(name="in effect", entries=tuple(row.entry for row in self.loaded.rows))
        modal = SuggestionsModal(self.sentences, in_effect, self.locale, self.pairs)
        self.app.push_screen(modal, lambda source: self.action_add(source) if source else None)

    def action_edit(self) -> None:
        row = self.current
        if row is None or self.read_only:
            return
        context = self.loaded.editable
        form = EntryFormModal(row.entry, locale=self.locale, glossary=context)
        self.app.push_screen(form, lambda entry: self._save(entry, row))

    def action_delete(self) -> None:
        row = self.current
        if row is None:
            return
        if not _same(row.path, self.editable_path):
            self.notify(f"'{row.entry.id}' lives in {row.path.name}, which is not editable", severity="warning")
            return
        question = f"Delete entry '{row.entry.id}' from {row.path.name}?"
        self.app.push_screen(ConfirmModal(question), lambda yes: self._delete(row) if yes else None)

    def _save(self, entry: Entry | None, row: Row | None) -> None:
        if entry is None:
            return
        self._ensure_editable()
        try:
            done = save_entry(self.editable_path, entry, original=row.entry if row else None,
                              original_path=row.path if row else None)
        except GlossaryError as exc:
            self.notify(str(exc), title="Not saved", severity="error")
            return
        self._changed(done, keep_id=entry.id)

    def _ensure_editable(self) -> None:
        """The user glossary is created on the first save; from then on it is one of the merged files."""
        from workbench.glossaries import ensure_file

        ensure_file(self.editable_path)
        if not any(_same(path, self.editable_path) for path in self.glossary_paths):
            self.glossary_paths.append(self.editable_path)

    def _delete(self, row: Row) -> None:
        try:
            edit.remove_entry(row.path, row.entry.id)
        except GlossaryError as exc:
            self.notify(str(exc), title="Not deleted", severity="error")
            return
        self._changed(f"deleted '{row.entry.id}' from {row.path.name}")

    def _changed(self, done: str, keep_id: str | None = None) -> None:
        self.post_message(GlossaryChanged(self.editable_path))
        self.reload(keep_id)
        self.notify(done)
