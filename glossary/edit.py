"""Byte-preserving edits of a glossary YAML file: add, update, remove an entry, set one field.

Only the edited entry's lines change; comments, order and formatting elsewhere stay byte for byte.
How: locate the entry's line span from libyaml node marks, render just that entry with
yamlio.dump_entries, splice. A field set on an existing single-line scalar replaces only that
scalar. Every result is validated before writing (an edit that breaks the file is refused and
the file is untouched) and written atomically. Each public edit holds the file's edit lock
(glossary.editlock) from reading to writing, so edits from several processes queue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from glossary import atomic, yamlio
from glossary.editlock import under_lock
from glossary.errors import GlossaryError
from glossary.model import Entry, Glossary, Term

_BOM = "\ufeff"


@dataclass(frozen=True)
class _Source:
    """The file as edited: its lines (with their endings), composed root and newline style."""

    path: Path
    lines: list[str]
    root: yaml.MappingNode
    glossary: Glossary
    newline: str
    bom: str

    @classmethod
    def read(cls, path: Path | str) -> "_Source":
        path = Path(path)
        text = yamlio.read_text(path)
        bom = _BOM if path.read_bytes().startswith(_BOM.encode()) else ""
        document = yamlio.parse(text, path)  # refuses to edit a file that is already invalid
        newline = "\r\n" if "\r\n" in text else "\n"
        lines = text.splitlines(keepends=True) if "\r" in text else _split(text)
        return cls(path, lines, document.root, document.glossary, newline, bom)

    def entries(self) -> yaml.SequenceNode | None:
        for key, value in self.root.value:
            if key.value == "entries" and isinstance(value, yaml.SequenceNode):
                return value
        return None

    def find(self, entry_id: str) -> int:
        """Index of the entry with `entry_id`; GlossaryError when there is none."""
        for index, node in enumerate(_items(self.entries())):
            if _scalar(node, "id") == entry_id:
                return index
        raise GlossaryError(f"no entry with id '{entry_id}'", str(self.path))

    def write(self, lines: list[str]) -> None:
        """Validate the new text, then replace the file atomically."""
        text = "".join(lines)
        yamlio.parse(text, self.path)  # raises GlossaryInvalid: the file stays untouched
        atomic.write_text(self.path, self.bom + text)


def _split(text: str) -> list[str]:
    # Only "\n" ends a line here; str.splitlines would also split on \x0c, \x1c, ... which YAML does not.
    lines = text.split("\n")
    out = [line + "\n" for line in lines[:-1]]
    return out + ([lines[-1]] if lines[-1] else [])


def _items(entries: yaml.SequenceNode | None) -> list[yaml.Node]:
    return list(entries.value) if entries is not None else []


def _scalar(node: yaml.Node, key: str) -> str | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value in node.value:
            if key_node.value == key and isinstance(value, yaml.ScalarNode):
                return value.value
    return None


def _is_filler(line: str) -> bool:
    """Blank or comment-only: such lines between entries belong to the layout, not to an entry."""
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def _span(source: _Source, index: int) -> tuple[int, int]:
    """[first, last) line indexes of entry `index` (its dash line to its last content line)."""
    items = _items(source.entries())
    first = items[index].start_mark.line
    if index + 1 < len(items):
        end = items[index + 1].start_mark.line
    else:
        end = _after_entries(source)
    while end > first + 1 and _is_filler(source.lines[end - 1]):
        end -= 1
    return first, end


def _after_entries(source: _Source) -> int:
    """The line where the next top-level key after `entries` starts, or the end of the file."""
    keys = [key for key, _ in source.root.value]
    names = [key.value for key in keys]
    position = names.index("entries")
    return keys[position + 1].start_mark.line if position + 1 < len(keys) else len(source.lines)


def _render(source: _Source, entry: Entry, indent: int) -> list[str]:
    text = yamlio.dump_entries([entry])
    pad = " " * indent
    return [pad + line + source.newline for line in text.split("\n") if line]


def _dash_column(source: _Source, node: yaml.Node) -> int:
    line = source.lines[node.start_mark.line]
    return line.index("-") if "-" in line[: node.start_mark.column] else node.start_mark.column


@under_lock
def add_entry(path: Path | str, entry: Entry) -> None:
    """Append `entry` after the last entry; refused when its id exists or the result is invalid."""
    source = _Source.read(path)
    items = _items(source.entries())
    if any(_scalar(node, "id") == entry.id for node in items):
        raise GlossaryError(f"an entry with id '{entry.id}' already exists", str(source.path))
    if not items or source.entries().flow_style:
        return _write_first_entries(source, entry)
    _, end = _span(source, len(items) - 1)
    lines = list(source.lines)
    if lines and not lines[end - 1].endswith("\n"):
        lines[end - 1] += source.newline
    lines[end:end] = _render(source, entry, _dash_column(source, items[-1]))
    source.write(lines)


def _write_first_entries(source: _Source, entry: Entry) -> None:
    """`entries:` is empty, null or a flow list: rewrite it as a block list holding the new entry."""
    key_node = next(key for key, _ in source.root.value if key.value == "entries")
    value = _value_of(source.root, "entries")
    existing = list(source.glossary.entries)
    row = key_node.start_mark.line
    lines = list(source.lines)
    end_row = value.end_mark.line if value.end_mark.line > row else row
    head = lines[row][: key_node.start_mark.column] + "entries:" + source.newline
    body = [line for item in [*existing, entry] for line in _render(source, item, key_node.start_mark.column + 2)]
    lines[row:end_row + 1] = [head, *body]
    source.write(lines)


def _value_of(mapping: yaml.MappingNode, key: str) -> yaml.Node:
    return next(value for key_node, value in mapping.value if key_node.value == key)


@under_lock
def update_entry(path: Path | str, entry: Entry) -> None:
    """Replace the entry with the same id by `entry` (only its lines change)."""
    source = _Source.read(path)
    index = source.find(entry.id)
    _replace(source, index, entry)


def _replace(source: _Source, index: int, entry: Entry) -> None:
    first, end = _span(source, index)
    node = _items(source.entries())[index]
    lines = list(source.lines)
    rendered = _render(source, entry, _dash_column(source, node))
    if end == len(lines) and not lines[-1].endswith("\n"):
        rendered[-1] = rendered[-1].rstrip("\r\n")
    lines[first:end] = rendered
    source.write(lines)


@under_lock
def remove_entry(path: Path | str, entry_id: str) -> None:
    """Delete the entry and the comment lines directly above it, unless they head a section that
    goes on after it (see _section_comment)."""
    source = _Source.read(path)
    index = source.find(entry_id)
    first, end = _span(source, index)
    column = _dash_column(source, _items(source.entries())[index])
    above = first
    while above > 0 and source.lines[above - 1].strip().startswith("#") \
            and len(source.lines[above - 1]) - len(source.lines[above - 1].lstrip()) == column:
        above -= 1
    if not _section_comment(source, above, first, end, column):
        first = above
    lines = list(source.lines)
    del lines[first:end]
    source.write(lines)


_RULER = re.compile(r"#\s*([-=#*~_])\1\1")


def _section_comment(source: _Source, start: int, first: int, end: int, column: int) -> bool:
    """Whether the comment lines [start, first) head a section rather than just the entry at `first`:
    the entry is followed directly by the next one (no blank line), and the comment is a ruler
    (# ----, # ====) or comes after a blank line. A kept comment is the safe mistake."""
    following = source.lines[end] if end < len(source.lines) else ""
    if start == first or following[column:column + 2] != "- ":
        return False
    before = source.lines[start - 1].strip() if start else ""
    return bool(_RULER.match(source.lines[start].strip())) or not before or before.endswith(":")


@under_lock
def set_field(path: Path | str, entry_id: str, dotted_key: str, value: Any) -> None:
    """Set one field of an entry, e.g. ("dprk", "targets.ru.preferred", "КНДР").

    `value` is YAML data (str, bool, list, mapping). A single-line scalar already in the file
    is replaced in place; anything else re-renders the entry.
    """
    source = _Source.read(path)
    index = source.find(entry_id)
    node = _items(source.entries())[index]
    keys = dotted_key.split(".")
    target = _node_at(node, keys)
    if isinstance(target, yaml.ScalarNode) and isinstance(value, (str, bool)) and _in_place(source, target, value):
        return
    if target is None and isinstance(value, (str, bool)) and _insert(source, node, keys, value):
        return
    data = yamlio.entry_data(source.glossary.entries[index])
    _assign(data, keys, value)
    _replace(source, index, _entry_from_data(source, data))


def _insert(source: _Source, node: yaml.Node, keys: list[str], value: str | bool) -> bool:
    """Add a missing key (and the missing mappings above it) as new lines at the end of the deepest
    block mapping that exists: `match.case_sensitive` adds `match:` / `case_sensitive: true` and
    touches no other line. False when that mapping is a flow one (`{...}`): the caller re-renders."""
    depth = 0
    while depth < len(keys) - 1 and isinstance(child := _node_at(node, keys[depth:depth + 1]), yaml.MappingNode):
        node, depth = child, depth + 1
    if not isinstance(node, yaml.MappingNode) or node.flow_style or not node.value \
            or _node_at(node, keys[depth:depth + 1]) is not None:
        return False
    column = node.value[0][0].start_mark.column
    row = _after(source, node.value[-1][1])
    text = ("true" if value else "false") if isinstance(value, bool) else _flow_scalar(value)
    rest = keys[depth:]
    new = [" " * (column + 2 * i) + f"{key}:" + source.newline for i, key in enumerate(rest[:-1])]
    new.append(" " * (column + 2 * (len(rest) - 1)) + f"{rest[-1]}: {text}" + source.newline)
    lines = list(source.lines)
    if row == len(lines) and lines and not lines[-1].endswith("\n"):
        lines[-1] += source.newline
    lines[row:row] = new
    source.write(lines)
    return True


def _after(source: _Source, value: yaml.Node) -> int:
    """The line index right after `value`'s last line (before any blank or comment lines that follow)."""
    end = value.end_mark
    if isinstance(value, yaml.ScalarNode) and value.style not in ("|", ">") or getattr(value, "flow_style", False):
        return end.line + 1
    row = min(end.line, len(source.lines))
    while row > value.start_mark.line + 1 and _is_filler(source.lines[row - 1]):
        row -= 1
    return row


@under_lock
def set_preferred(path: Path | str, entry_id: str, locale: str, text: str, demote: str) -> None:
    """Make `text` the preferred term of `locale`, keeping the old one as "admitted" (first) or "deprecated"."""
    source = _Source.read(path)
    index = source.find(entry_id)
    entry = source.glossary.entries[index]
    terms = entry.targets.get(locale)
    if terms is None:
        raise GlossaryError(f"entry '{entry_id}' has no targets.{locale} to demote from", str(source.path))
    new = next((term for term in terms.admitted if term.text == text), Term(text))
    admitted = tuple(term for term in terms.admitted if term.text != text)
    deprecated = tuple(form for form in terms.deprecated if form != text)
    if demote == "admitted":
        admitted = (terms.preferred, *admitted)
    else:
        deprecated = (*deprecated, terms.preferred.text)
    changed = replace(terms, preferred=new, admitted=admitted, deprecated=deprecated)
    _replace(source, index, replace(entry, targets={**entry.targets, locale: changed}))


def create(path: Path | str, name: str | None = None) -> None:
    """A new glossary file with no entries; GlossaryError when `path` exists."""
    path = Path(path)
    if path.exists():
        raise GlossaryError("already exists (init makes a new glossary)", str(path))
    atomic.write_text(path, "# A glossary of official names: the format is docs/glossary.md.\n"
                            f"schema_version: 1\nname: {_flow_scalar(name or path.stem)}\n"
                            "source_language: en\nentries: []\n")


def _node_at(node: yaml.Node, keys: list[str]) -> yaml.Node | None:
    for key in keys:
        if not isinstance(node, yaml.MappingNode):
            return None
        node = next((value for key_node, value in node.value if key_node.value == key), None)
        if node is None:
            return None
    return node


def _in_place(source: _Source, target: yaml.ScalarNode, value: str | bool) -> bool:
    start, end = target.start_mark, target.end_mark
    if start.line != end.line or target.style in ("|", ">"):
        return False
    text = ("true" if value else "false") if isinstance(value, bool) else _flow_scalar(value)
    lines = list(source.lines)
    line = lines[start.line]
    lines[start.line] = line[: start.column] + text + line[end.column:]
    source.write(lines)
    return True


def _flow_scalar(value: str) -> str:
    """`value` as a one-line YAML scalar, quoted when YAML would read it as something else."""
    text = yaml.dump(value, Dumper=yaml.SafeDumper, allow_unicode=True, width=10**9, default_style=None)
    return text.removesuffix("\n...\n").rstrip("\n")


def _assign(data: dict, keys: list[str], value: Any) -> None:
    for key in keys[:-1]:
        child = data.get(key)
        if isinstance(child, str) and key in ("preferred",):
            child = {"term": child}
        if not isinstance(child, dict):
            child = {}
        data[key] = child
        data = child
    data[keys[-1]] = value


def _entry_from_data(source: _Source, data: dict) -> Entry:
    """Rebuild an Entry from edited data through the validating loader (errors name the field)."""
    probe = yamlio.dump_data({"schema_version": 1, "entries": [data]})
    try:
        return yamlio.loads(probe, source.path).entries[0]
    except GlossaryError as exc:
        raise GlossaryError(f"invalid edit: {exc.message}", str(source.path)) from None
