"""The glossary entry form (validates as you type) and the confirmation asked before a delete.

Validation is the one `workbench glossary validate` runs: the form's values become entry data,
the data is parsed by glossary.yamlio (schema) inside a probe glossary and linted by glossary.lint
together with the entries of the target glossary it could clash with. Findings are shown inline
and mark their field; Save stays disabled while any error is left (W105 missing-locale only warns).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Static

from glossary import lint, yamlio
from glossary.errors import GlossaryError
from glossary.locales import TARGETS
from glossary.model import Entry, Glossary
from glossary.schema import GlossaryInvalid

TERM_KINDS = ("preferred", "admitted", "deprecated")
TEXT_FIELDS = ("id", "source", "subject", "note")
WARNING_CODES = frozenset({"W105"})  # an entry may be saved before every locale is filled in
_SEPARATOR = ";"


@dataclass(frozen=True)
class Problem:
    """One finding on the form: the field it belongs to (None when unknown) and its text."""

    field: str | None
    message: str
    error: bool = True


@dataclass(frozen=True)
class Check:
    """The result of validating the form: the entry when it is valid, and every problem."""

    entry: Entry | None
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(problem for problem in self.problems if problem.error)

    @property
    def ok(self) -> bool:
        return self.entry is not None and not self.errors


def split_list(text: str) -> list[str]:
    """"a; b;" -> ["a", "b"]: list fields are separated by semicolons (commas occur in names)."""
    return [part.strip() for part in text.split(_SEPARATOR) if part.strip()]


def entry_values(entry: Entry | None, locales: tuple[str, ...]) -> dict[str, str | bool]:
    """The form's field values for `entry` (empty ones for a new entry)."""
    values: dict[str, str | bool] = {name: "" for name in TEXT_FIELDS}
    values["case_sensitive"] = True if entry is None else entry.match.case_sensitive
    for tag in locales:
        terms = entry.targets.get(tag) if entry else None
        values[f"{tag}.preferred"] = terms.preferred.text if terms else ""
        values[f"{tag}.admitted"] = "; ".join(term.text for term in terms.admitted) if terms else ""
        values[f"{tag}.deprecated"] = "; ".join(terms.deprecated) if terms else ""
    if entry is not None:
        values.update(id=entry.id, source="; ".join(entry.sources), subject=entry.subject or "",
                      note=entry.note or "")
    return values


def entry_data(values: dict, original: Entry | None, locales: tuple[str, ...]) -> dict:
    """YAML data for the form's values, keeping what the form does not show (grammar hints, notes)."""
    data = yamlio.entry_data(original) if original else {}
    sources = split_list(str(values["source"]))
    data = {"id": values["id"], "source": sources[0] if len(sources) == 1 else sources,
            **{key: value for key, value in data.items() if key not in ("id", "source")}}
    for key in ("subject", "note"):
        _set_optional(data, key, str(values[key]).strip())
    _set_match(data, bool(values["case_sensitive"]))
    targets = dict(data.get("targets") or {})
    for tag in locales:
        _set_locale(targets, tag, values, original.targets.get(tag) if original else None)
    _set_optional(data, "targets", targets)
    return data


def _set_optional(data: dict, key: str, value) -> None:
    if value:
        data[key] = value
    else:
        data.pop(key, None)


def _set_match(data: dict, case_sensitive: bool) -> None:
    whole_word = dict(data.get("match") or {}).get("whole_word", True)
    match = {"case_sensitive": case_sensitive, "whole_word": whole_word}
    _set_optional(data, "match", match if match != {"case_sensitive": True, "whole_word": True} else None)


def _set_locale(targets: dict, tag: str, values: dict, original) -> None:
    preferred = str(values[f"{tag}.preferred"])
    admitted, deprecated = (split_list(str(values[f"{tag}.{kind}"])) for kind in ("admitted", "deprecated"))
    if not (preferred or admitted or deprecated):
        targets.pop(tag, None)
        return
    data = dict(targets.get(tag) or {})
    # A term whose text is unchanged keeps its grammar hints (indeclinable, inflect, forms).
    known = {term.text: yamlio.term_data(term) for term in original.accepted} if original else {}
    data["preferred"] = known.get(preferred, preferred)
    _set_optional(data, "admitted", [known.get(text, text) for text in admitted])
    _set_optional(data, "deprecated", deprecated)
    targets[tag] = {key: data[key] for key in ("preferred", "admitted", "deprecated", "note") if key in data}


def field_paths(locales: tuple[str, ...]) -> dict[str, tuple]:
    """Form field -> its data path inside the entry (to put findings next to their field)."""
    paths: dict[str, tuple] = {name: (name,) for name in TEXT_FIELDS}
    paths["case_sensitive"] = ("match",)
    for tag in locales:
        paths.update({f"{tag}.{kind}": ("targets", tag, kind) for kind in TERM_KINDS})
    return paths


class _ProbeLocator:
    """Finds lint positions for the probe entry (the last one linted); other entries locate to 0."""

    def __init__(self, document: yamlio.Document, index: int) -> None:
        self.document, self.index = document, index

    def locate(self, data_path: tuple) -> tuple[int, int]:
        if data_path[1] != self.index:
            return 0, 0
        return self.document.locate(("entries", 0, *data_path[2:]))


def validate(values: dict, original: Entry | None, context: Glossary | None,
             locales: tuple[str, ...] = TARGETS) -> Check:
    """Schema and lint findings for the form's values as an entry of `context`.

    Args:
        values: field -> value (see entry_values).
        original: the entry being edited (its id is not a duplicate of itself), None when adding.
        context: the glossary the entry is saved into (duplicate ids and sources, declared locales).
    """
    tags = list(context.target_languages) if context else []
    probe = yamlio.dump_data({"schema_version": 1, **({"target_languages": tags} if tags else {}),
                              "entries": [entry_data(values, original, locales)]})
    fields = _field_lines(yamlio.compose(probe), locales)
    try:
        document = yamlio.parse(probe)
    except GlossaryInvalid as exc:
        problems = [Problem(fields.get(f.line), f.message) for f in exc.findings]
        return Check(None, (*_duplicate_id(str(values["id"]), original, context), *problems))
    except GlossaryError as exc:  # pragma: no cover - the probe is always a mapping
        return Check(None, (Problem(None, exc.message),))
    entry = document.glossary.entries[0]
    return Check(entry, _lint(entry, original, context, document, fields))


def _field_lines(root: yaml.Node, locales: tuple[str, ...]) -> dict[int, str]:
    """Probe line (1-based) -> the form field whose value is written there (the first field wins)."""
    lines: dict[int, str] = {}
    for name, path in field_paths(locales).items():
        node = _node_at(root, ("entries", 0, *path))
        if node is None:
            continue
        start, end = node.start_mark, node.end_mark
        last = end.line if end.column == 0 and end.line > start.line else end.line + 1  # block ends at col 0
        for line in range(start.line + 1, last + 1):
            lines.setdefault(line, name)
    return lines


def _node_at(node: yaml.Node | None, path: tuple) -> yaml.Node | None:
    for step in path:
        if isinstance(node, yaml.MappingNode):
            node = next((value for key, value in node.value if key.value == step), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            return None
    return node


def _lint(entry: Entry, original: Entry | None, context: Glossary | None, document: yamlio.Document,
          fields: dict[int, str]) -> tuple[Problem, ...]:
    others = _neighbours(entry, original, context)
    probe = Glossary(name="probe", entries=(*others, entry),
                     target_languages=context.target_languages if context else ())
    findings = lint.lint(probe, _ProbeLocator(document, len(others)))
    return tuple(Problem(fields.get(f.line), f"{f.code} {f.rule}: {f.message}", f.code not in WARNING_CODES)
                 for f in findings if f.line > 0)


def _duplicate_id(entry_id: str, original: Entry | None, context: Glossary | None) -> tuple[Problem, ...]:
    """The duplicate-id finding even while the schema fails (lint only runs on a valid entry)."""
    other = context.get(entry_id) if context is not None and entry_id else None
    if other is None or (original is not None and original.id == entry_id):
        return ()
    return (Problem("id", f"W101 {lint.RULES['W101']}: id '{entry_id}' is already used at line {other.line}"),)


def _neighbours(entry: Entry, original: Entry | None, context: Glossary | None) -> list[Entry]:
    """The entries of `context` the new entry could clash with (same id or source form)."""
    if context is None:
        return []
    forms = {form.casefold() for form in entry.sources}
    skip = original.id if original is not None else None
    return [other for other in context.entries if other.id != skip
            and (other.id == entry.id or any(form.casefold() in forms for form in other.sources))]


def suggest_id(text: str) -> str:
    """"Choe Son Hui" -> "choe-son-hui": a readable id for a term added from a selection."""
    return re.sub(r"[^\w]+", "-", text.strip().casefold()).strip("-")


def _widget_id(field: str) -> str:
    return "f-" + field.replace(".", "--")


class EntryFormModal(ModalScreen[Entry | None]):
    """Add or edit one glossary entry; dismisses with the validated Entry, or None on cancel.

    Args:
        entry: the entry to edit, None to add one.
        locale: the session's target locale (its row is highlighted and focused).
        prefill_source: a source form to start from ("add term from selection").
        glossary: the glossary the entry goes into, for duplicate checks and declared locales.
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel"), Binding("ctrl+s", "save", "Save", priority=True)]
    DEFAULT_CSS = """
    EntryFormModal { align: center middle; }
    EntryFormModal #entry-form { width: 110; height: auto; max-height: 34; border: round $primary;
        background: $surface; padding: 0 1; }
    EntryFormModal #form-title { text-style: bold; width: 1fr; margin-bottom: 1; }
    EntryFormModal .form-grid { grid-size: 2; grid-columns: 14 1fr; grid-gutter: 1 1; height: auto; }
    EntryFormModal #form-locales { grid-size: 4; grid-columns: 8 1fr 1fr 1fr; margin-top: 1; }
    EntryFormModal .form-head { text-style: bold; color: $text-muted; }
    EntryFormModal Label.-current { text-style: bold reverse; }
    EntryFormModal Input { background: $boost; }
    EntryFormModal Input:focus { background: $primary 25%; }
    EntryFormModal Input.-invalid { background: $error 35%; }
    EntryFormModal #form-findings { height: auto; max-height: 8; margin-top: 1; padding: 0 1; }
    EntryFormModal #form-findings.-error { color: $text-error; background: $error-muted; }
    EntryFormModal #form-findings.-ok { color: $text-success; }
    EntryFormModal #form-buttons { height: auto; align-horizontal: right; margin-top: 1; }
    EntryFormModal #form-buttons Button { margin-left: 2; }
    """

    def __init__(self, entry: Entry | None, *, locale: str, prefill_source: str | None = None,
                 glossary: Glossary | None = None) -> None:
        super().__init__()
        self.original, self.locale, self.context = entry, locale, glossary
        extra = tuple(entry.targets) if entry else ()
        self.locales = tuple(dict.fromkeys((*TARGETS, locale, *extra)))
        self.initial = entry_values(entry, self.locales)
        if entry is None and prefill_source:
            self.initial.update(source=prefill_source.strip(), id=suggest_id(prefill_source))
        self.check: Check | None = None

    def compose(self) -> ComposeResult:
        title = f"Edit entry '{self.original.id}'" if self.original else "Add a glossary entry"
        with Vertical(id="entry-form"):
            yield Label(title, id="form-title")
            with Grid(classes="form-grid"):
                for name, hint in (("id", "a-stable-id"), ("source", "English forms; separated by ;"),
                                   ("subject", "person, title, country..."), ("note", "why this rendering")):
                    yield Label(name)
                    yield Input(str(self.initial[name]), placeholder=hint, id=_widget_id(name), compact=True)
                yield Label("")
                yield Checkbox("case sensitive", bool(self.initial["case_sensitive"]), id=_widget_id("case_sensitive"),
                               compact=True)
            yield from self._compose_locales()
            yield Static(id="form-findings")
            with Horizontal(id="form-buttons"):
                yield Button("Save", variant="primary", id="save", compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    def _compose_locales(self) -> ComposeResult:
        with Grid(id="form-locales", classes="form-grid"):
            for head in ("locale", "preferred", "admitted (;)", "deprecated (;)"):
                yield Label(head, classes="form-head")
            for tag in self.locales:
                yield Label(tag, classes="-current" if tag == self.locale else "")
                for kind in TERM_KINDS:
                    field = f"{tag}.{kind}"
                    yield Input(str(self.initial[field]), id=_widget_id(field), compact=True)

    def on_mount(self) -> None:
        self._revalidate()
        first = "id" if self.original is None and not self.initial["source"] else f"{self.locale}.preferred"
        self.query_one(f"#{_widget_id(first)}").focus()

    def values(self) -> dict[str, str | bool]:
        """The current value of every field."""
        return {field: self.query_one(f"#{_widget_id(field)}").value for field in self.initial}

    @on(Input.Changed)
    @on(Checkbox.Changed)
    def _revalidate(self) -> None:
        self.check = validate(self.values(), self.original, self.context, self.locales)
        bad = {problem.field for problem in self.check.errors}
        for field in self.initial:
            self.query_one(f"#{_widget_id(field)}").set_class(field in bad, "-invalid")
        self._show(self.check)

    def _show(self, check: Check) -> None:
        findings = self.query_one("#form-findings", Static)
        lines = [f"{'✗' if p.error else '!'} {p.field + ': ' if p.field else ''}{p.message}" for p in check.problems]
        findings.update("\n".join(lines) or "✓ valid")
        findings.set_class(bool(check.errors), "-error")
        findings.set_class(not check.errors, "-ok")
        self.query_one("#save", Button).disabled = not check.ok

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        if self.check is not None and self.check.ok:
            self.dismiss(self.check.entry)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Close without saving; typed changes are thrown away only when the user says so."""
        if self.values() == self.initial:
            self.dismiss(None)
            return
        self.app.push_screen(ConfirmModal("Discard your changes to this entry?"),
                             lambda yes: self.dismiss(None) if yes else None)


class ConfirmModal(ModalScreen[bool]):
    """A yes/no question; dismisses with True only on an explicit yes."""

    BINDINGS = [Binding("y", "answer(True)", "Yes"), Binding("n,escape", "answer(False)", "No")]
    DEFAULT_CSS = """
    ConfirmModal { align: center middle; }
    ConfirmModal #confirm { width: 60; height: auto; border: round $error; background: $surface; padding: 1 2; }
    ConfirmModal #confirm-buttons { height: auto; align-horizontal: right; margin-top: 1; }
    ConfirmModal #confirm-buttons Button { margin-left: 2; }
    """

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm"):
            yield Label(self.question, id="confirm-question")
            with Horizontal(id="confirm-buttons"):
                yield Button("Yes (y)", variant="error", id="yes", compact=True)
                yield Button("No (n)", id="no", compact=True)

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
