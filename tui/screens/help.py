"""The help screen: every key binding, grouped, scrollable; and bindings_of() to collect them live.

Rows are (keys, action, description). An action written "Group.action" is listed under Group;
bindings_of() takes the group from the class's HELP_GROUPS (Navigation, Editing, Terminology, Files,
View...) or names it after the class that declares the binding, so the list is read from the code at
run time and never goes stale. Textual's internal keys (focus cycling, copy) are left out.
"""

from __future__ import annotations

import inspect
from typing import Iterable

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingsMap
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.keys import format_key
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label

HelpRow = tuple[str, str, str]
_DEFAULT_GROUP = "Keys"
GROUP_ORDER = ("Navigation", "Editing", "Terminology", "Files", "View")


# Textual's own bindings a translator needs; the rest (focus cycling, copy) are Textual internals.
TEXTUAL_KEPT = {"quit"}
PALETTE_DESCRIPTION = "Command palette (switch target locale, theme…)"


def bindings_of(app_or_screen: App | Screen) -> list[HelpRow]:
    """(keys, "Group.action", description) for the app, its declared and open screens, deduplicated.

    For a Screen: its own bindings, then the app's. A class's HELP_GROUPS (action -> group) names
    the group; otherwise it is named after the class. Several keys for one action share a row.
    Textual's internal bindings are left out; hidden bindings with a description are kept.
    """
    app = app_or_screen if isinstance(app_or_screen, App) else app_or_screen.app
    owners: list[type[DOMNode]] = [type(app_or_screen)] if isinstance(app_or_screen, Screen) else []
    owners.append(type(app))
    if isinstance(app_or_screen, App):
        owners += [_class_of(screen) for screen in (*app.SCREENS.values(), *app.screen_stack)]
    return merged(row for owner in dict.fromkeys(owner for owner in owners if owner is not None)
                  for row in _declared(owner))


def merged(rows: Iterable[HelpRow]) -> list[HelpRow]:
    """One row per action, its keys joined ("ctrl+down, alt+down"); the first description wins."""
    by_action: dict[str, tuple[list[str], str]] = {}
    for key, action, description in rows:
        keys = by_action.setdefault(action, ([], description))[0]
        if key not in keys:
            keys.append(key)
    return [(", ".join(keys), action, description) for action, (keys, description) in by_action.items()]


def declared_by(owner: type[DOMNode]) -> list[HelpRow]:
    """The rows of one class's bindings (e.g. a screen that is not open yet)."""
    return list(_declared(owner))


def _class_of(screen) -> type[DOMNode] | None:
    if inspect.isclass(screen):
        return screen if issubclass(screen, DOMNode) else None
    return type(screen) if isinstance(screen, DOMNode) else None  # factories are not inspected


def _declared(owner: type[DOMNode]) -> Iterable[HelpRow]:
    """Bindings declared by `owner` and then its bases (a subclass's key hides the base's)."""
    by_key: dict[str, tuple[type, Binding]] = {}
    for cls in owner.__mro__:
        declared = cls.__dict__.get("BINDINGS")
        for bindings in BindingsMap(declared or ()).key_to_bindings.values():
            for binding in bindings:
                by_key.setdefault(binding.key, (cls, binding))
    for key, (cls, binding) in by_key.items():
        if binding.description and not binding.system and _ours_or_kept(cls, binding.action):
            group = _group_of(owner, cls, binding.action)
            yield binding.key_display or format_key(key), f"{group}.{binding.action}", binding.description
    if issubclass(owner, App) and owner.ENABLE_COMMAND_PALETTE:
        group = _group_of(owner, owner, "command_palette")
        yield format_key(owner.COMMAND_PALETTE_BINDING), f"{group}.command_palette", PALETTE_DESCRIPTION


def _ours_or_kept(cls: type, action: str) -> bool:
    return not cls.__module__.startswith("textual.") or action in TEXTUAL_KEPT


def _group_of(owner: type, cls: type, action: str) -> str:
    """The owner's HELP_GROUPS entry for the action (parameters ignored), else the declaring class's name."""
    groups = getattr(owner, "HELP_GROUPS", {})
    return groups.get(action.split("(")[0]) or _group_name(cls)


def _group_name(cls: type) -> str:
    name = cls.__name__
    for suffix in ("Screen", "Modal"):
        if name.endswith(suffix) and name != suffix:
            name = name[: -len(suffix)]
    return "App" if issubclass(cls, App) else name


def grouped(bindings: Iterable[HelpRow]) -> dict[str, list[HelpRow]]:
    """Group -> rows in their given order; an action without "Group." goes under "Keys".
    The groups of GROUP_ORDER come first, in that order, then the others as they appear."""
    groups: dict[str, list[HelpRow]] = {}
    for key, action, description in bindings:
        group, _, name = action.rpartition(".")
        groups.setdefault(group or _DEFAULT_GROUP, []).append((key, name, description))
    rank = {name: number for number, name in enumerate(GROUP_ORDER)}
    return dict(sorted(groups.items(), key=lambda item: rank.get(item[0], len(rank))))


class HelpScreen(Screen):
    """Lists key bindings by group; escape (or q, ?) closes it.

    Args:
        bindings: (key, action, description) rows, e.g. from bindings_of(app).
        note: a short text shown above the keys (where glossary edits are saved).
    """

    BINDINGS = [Binding("escape,q,question_mark", "close", "Close")]
    DEFAULT_CSS = """
    HelpScreen #help-title { height: 1; width: 1fr; padding: 0 1; background: $panel; text-style: bold; }
    HelpScreen #help-note { height: auto; width: 1fr; padding: 0 1; color: $text-muted; }
    HelpScreen #help-body { height: 1fr; padding: 0 1; }
    HelpScreen .help-group { margin-top: 1; text-style: bold; color: $accent; }
    HelpScreen DataTable { height: auto; }
    """

    def __init__(self, bindings: list[HelpRow], note: str = "") -> None:
        super().__init__()
        self.bindings = list(bindings)
        self.note = note

    def compose(self) -> ComposeResult:
        yield Label("Keys — escape closes", id="help-title")
        if self.note:
            yield Label(self.note, id="help-note")
        groups = grouped(self.bindings)
        # One width per column across all groups, so the tables line up under each other.
        widths = [max([len(header), *(len(row[i]) for rows in groups.values() for row in rows)])
                  for i, header in enumerate(("key", "action", "description"))]
        with VerticalScroll(id="help-body"):
            for group, rows in groups.items():
                yield Label(group, classes="help-group")
                table = DataTable(show_cursor=False, zebra_stripes=True, classes="help-table")
                table.can_focus = False  # the scroll container takes the keys, not each table
                for header, width in zip(("key", "action", "description"), widths):
                    table.add_column(header, width=width)
                table.add_rows(rows)
                yield table
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()

    def action_close(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
