"""Fast path for loading *valid* glossary files: rapidyaml -> JSON -> a trusting model builder.

It reports nothing itself. Whenever the text or the data is anything but plainly valid (a YAML
feature rapidyaml and libyaml may read differently, an anchor or tag, a non-string where a string
belongs, an unknown key, a bad term...) it gives up with `_Fallback`, and glossary.yamlio reruns
the exact PyYAML path, which returns the same model or reports every problem as PATH:LINE:COL.
Safety: rapidyaml never executes tags; anchors, aliases, tags and directives never reach it
(`_suspicious`), so alias expansion (billion laughs) cannot happen here.
"""

from __future__ import annotations

import dataclasses
import json
import operator
import os
import re
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from types import MappingProxyType

from glossary.model import Entry, Glossary, LocaleTerms, MatchOptions, Term, canonical_tag
from glossary.schema import (ENTRY_KEYS, FORM_KEYS, GLOSSARY_KEYS, LOCALE_KEYS, MATCH_KEYS, TERM_KEYS,
                             bcp47_problem)

try:
    import ryml
except ImportError:  # the slow path alone still loads everything, only slower
    ryml = None


class _Fallback(Exception):
    """The fast path cannot vouch for this text: the exact (slow) path must decide."""


def try_load(raw: bytes, path: str | None) -> Glossary | None:
    """The Glossary in UTF-8 `raw` (already known to decode), or None when the slow path must decide."""
    if not ENABLED:
        return None
    try:
        raw = _normalised(raw)
        data, size = _parse(raw)
        builder = _Builder(path, raw)
        glossary = builder.glossary(data)
    except _Fallback:
        return None
    # JSON objects keep the last of repeated keys: a repeated key shows as a missing node
    return glossary if builder.nodes == size else None


# --- Text checks: what rapidyaml and libyaml might read differently ----------------------------

# Control characters (libyaml rejects them; tab rules differ), YAML 1.1 line breaks NEL/LS/PS
# (libyaml breaks lines there, rapidyaml does not), and the lead bytes of those multi-byte ones.
_CONTROLS = bytes(range(0x00, 0x0A)) + bytes(range(0x0B, 0x20)) + b"\x7f"
_INDICATORS = b"&*!%@`"  # anchors, aliases, tags, directives; @ and ` are reserved (libyaml: error)
_KEEP = _CONTROLS + _INDICATORS + b"\xc2\xe2\xef"
_DROP = bytes(byte for byte in range(256) if byte not in _KEEP)
_MULTIBYTE = (re.compile(rb"\xc2[\x80-\x9f]"), re.compile(rb"\xe2\x80[\xa8\xa9]"),
              re.compile(rb"\xef\xbf[\xbe\xbf]"))
_BEFORE_NODE = frozenset(b" \t\n[{,:")  # what may precede a node's first character
_BOM = b"\xef\xbb\xbf"


def _normalised(raw: bytes) -> bytes:
    """`raw` without BOM and with CRLF as LF (same lines, same YAML); _Fallback if suspicious."""
    raw = raw[len(_BOM):] if raw.startswith(_BOM) else raw
    rare = raw.translate(None, _DROP)  # one fast C pass; almost always empty or lead bytes only
    if b"\r" in rare:  # CRLF files: YAML reads CRLF as LF; a lone CR is a line break only to libyaml
        raw = raw.replace(b"\r\n", b"\n")
        if b"\r" in raw:
            raise _Fallback
        rare = rare.replace(b"\r", b"")
    # No final newline: a block scalar ending the file is chomped differently by the two parsers.
    if _suspicious(raw, rare) or not raw.endswith(b"\n"):
        raise _Fallback
    return raw


def _suspicious(raw: bytes, rare: bytes) -> bool:
    if rare.translate(None, b"\xc2\xe2\xef" + _INDICATORS):
        return True  # control characters (a lone CR, tab, NUL...)
    if any(_node_property(raw, byte) for byte in _INDICATORS if byte in rare):
        return True
    return any(lead in rare and pattern.search(raw) for lead, pattern in zip(b"\xc2\xe2\xef", _MULTIBYTE))


def _node_property(raw: bytes, byte: int) -> bool:
    """Whether `byte` (& * ! @ ` %) starts a node somewhere: an anchor, alias, tag, reserved
    indicator or directive. Over-cautious (a trailing comment counts), never under-cautious."""
    at = raw.find(byte)
    while at != -1:
        if (raw[at - 1] if at else 10) in _BEFORE_NODE:
            start = raw.rfind(b"\n", 0, at) + 1
            if not raw[start:at].lstrip(b" ").startswith(b"#"):  # not in a whole-line comment
                return True
        at = raw.find(byte, at + 1)
    return False


# --- Parsing ----------------------------------------------------------------------------------

def _parse(raw: bytes) -> tuple[dict, int]:
    """The document as plain data, and the number of nodes rapidyaml saw (root included)."""
    try:
        with _ryml_quiet():
            tree = ryml.Tree()  # sized up front: growing by doubling costs a third of the parse
            estimate = raw.count(b":") + raw.count(b",") + raw.count(b"\n")
            tree.reserve(min(estimate, len(raw) // 4) + 16)  # a hint, capped: blank lines make no nodes
            tree.reserve_arena(len(raw) + 16)
            ryml.parse_in_arena(raw, tree=tree)
            if not tree.is_map(tree.root_id()):
                raise _Fallback
            text = ryml.emit_json(tree)
    except Exception:  # any rapidyaml problem: the slow path gives the real message
        raise _Fallback from None
    if " #" in text:  # only a quoted value, or a flow-context comment rapidyaml kept as text
        raise _Fallback
    try:
        return json.loads(text), tree.size()
    except Exception:  # any rapidyaml or JSON problem: the slow path gives the real message
        raise _Fallback from None


_STDERR_LOCK = threading.Lock()
_RYML_NOISE = re.compile(rb"^line=\d+ col=\d+ \(\d+B\): ERROR|c4/yml/")


@contextmanager
def _ryml_quiet():
    """rapidyaml prints its errors straight to file descriptor 2 before raising; we fall back
    quietly instead. fd 2 is parked in a temp file meanwhile and any other output is replayed."""
    with _STDERR_LOCK, tempfile.TemporaryFile() as spool:
        try:
            saved = os.dup(2)
        except OSError:  # no stderr at all: nothing to protect
            yield
            return
        os.dup2(spool.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            spool.seek(0)
            other = b"".join(line for line in spool.read().splitlines(keepends=True)
                             if not _RYML_NOISE.search(line))
            if other:
                os.write(2, other)


# --- Entry.line: cheap and exact for block-style files -----------------------------------------

_ENTRIES_KEY = re.compile(rb"\nentries *: *(?:#[^\n]*)?(?=\n)")  # literal prefix: fast
_FIRST_CONTENT = re.compile(rb"^( *)([^ \n#])", re.M)
_KEY_PREFIX = {key.name: key.name.encode() + b":" for key in ENTRY_KEYS}


def entry_lines(raw: bytes, first_keys: list) -> list[int]:
    """1-based line of each entry's mapping, as libyaml marks it; _Fallback unless the entries are
    block items `- key: ...` at one indentation under the top-level `entries:` key."""
    if not first_keys:
        return []
    found = list(_ENTRIES_KEY.finditer(raw))  # (a file that starts with `entries:` takes the slow path)
    first = _FIRST_CONTENT.search(raw, found[0].end()) if len(found) == 1 else None
    if first is None or first.group(2) != b"-":
        raise _Fallback
    start, dash = first.start() - 1, b"\n" + first.group(1) + b"-"  # the newline before the first item
    items = [match.end() for match in re.finditer(re.escape(dash + b" "), raw[start:])]
    # Every item of a block sequence starts a line with its dash at the sequence's indentation, and
    # the entries' contents are deeper: so when all such dashes after `entries:` are exactly the
    # entries' items, each one opens its entry (its first key right after "- ", where libyaml marks it).
    if not len(items) == len(first_keys) == raw.count(dash, start) or not all(
            raw.startswith(_KEY_PREFIX.get(key, b"\0"), start + at) for key, at in zip(first_keys, items)):
        raise _Fallback
    return _line_numbers(raw, [start + at for at in items])


def _line_numbers(raw: bytes, positions: list[int]) -> list[int]:
    lines, line, previous = [], 1, 0
    for position in positions:
        line += raw.count(b"\n", previous, position)
        previous = position
        lines.append(line)
    return lines


# --- The trusting builder ------------------------------------------------------------------------

# A present key with a null-like value: libyaml reports plain `~`, `null` and nothing with a style
# the slow path may or may not read as null, and JSON cannot tell `~` from "~": the slow path decides.
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))
_ABSENT = object()  # an optional key that is not there at all
# A plain scalar cannot start with these indicators, but rapidyaml reads some anyway (`: ]x`, `{a: ?x}`,
# `%x`) where libyaml stops with a syntax error: values starting with one go to the slow path.
_RISKY = frozenset("]},%@`&*!?:[{#|>'\"")
_first = operator.itemgetter(0)
_DEFAULT_MATCH = MatchOptions()


def _table(keys) -> tuple[frozenset, frozenset]:
    return frozenset(key.name for key in keys), frozenset(key.name for key in keys if key.required)


_GLOSSARY, _ENTRY, _LOCALE, _TERM, _MATCH = map(_table, (GLOSSARY_KEYS, ENTRY_KEYS, LOCALE_KEYS, TERM_KEYS,
                                                         MATCH_KEYS))
_FORMS = (frozenset(FORM_KEYS), frozenset())


def _text(value) -> str | None:
    """Optional free text; strings that might have been a plain null are left to the slow path."""
    if value is _ABSENT:
        return None
    if type(value) is not str or value in _NULLS or value[0] in _RISKY:
        raise _Fallback
    return value


def _term_text(value) -> str:
    if type(value) is not str or not value or value.strip() != value or value[0] in _RISKY:
        raise _Fallback
    return value


def _boolean(value, default: bool) -> bool:
    if value is _ABSENT:
        return default
    if value is True or value is False:
        return value
    if type(value) is str and value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise _Fallback


# The model's dataclasses are plain (no slots, nothing checked in __init__, __post_init__ only wraps
# mappings): setting __dict__ directly builds equal objects at under half the cost of __init__.
# Checked at import: should the model change shape, the fast path switches itself off.
_NO_FORMS = MappingProxyType({})
_new, _set = object.__new__, object.__setattr__
_SHAPES = ((Term, ("text", "indeclinable", "inflect", "forms")),
           (LocaleTerms, ("preferred", "admitted", "deprecated", "note")),
           (Entry, ("id", "sources", "targets", "match", "do_not_translate", "subject", "note", "reference",
                    "line")))
ENABLED = ryml is not None and all(
    not hasattr(cls, "__slots__") and tuple(field.name for field in dataclasses.fields(cls)) == names
    for cls, names in _SHAPES)


def _term(text: str, indeclinable: bool = False, inflect=None, forms=_NO_FORMS) -> Term:
    term = _new(Term)
    _set(term, "__dict__", {"text": text, "indeclinable": indeclinable, "inflect": inflect, "forms": forms})
    return term


class _Builder:
    """Builds the model from plain data exactly as schema._Builder does for valid files.

    `nodes` counts the nodes visited (root included): the caller compares it with rapidyaml's count.
    The hot paths (entry, locale, term) are inlined by hand: 100k entries make 600k objects.
    """

    def __init__(self, path: str | None, raw: bytes) -> None:
        self.path = path
        self.raw = raw
        self.tags: dict[str, str] = {}
        self.nodes = 1

    def fields(self, value, table: tuple[frozenset, frozenset]) -> dict:
        """A mapping with only known keys and every required one."""
        if type(value) is not dict or not value.keys() <= table[0] or not table[1] <= value.keys():
            raise _Fallback
        self.nodes += len(value)
        return value

    def items(self, value) -> list:
        if type(value) is not list:
            raise _Fallback
        self.nodes += len(value)
        return value

    def strings(self, value) -> tuple[str, ...]:
        """A list of terms as plain strings, checked in C: str.strip rejects non-strings."""
        if type(value) is list:
            self.nodes += len(value)
            items = tuple(value)
            try:
                if all(items) and tuple(map(str.strip, items)) == items \
                        and _RISKY.isdisjoint(map(_first, items)):
                    return items
            except TypeError:
                pass
        raise _Fallback

    def glossary(self, data) -> Glossary:
        fields = self.fields(data, _GLOSSARY)
        version = fields["schema_version"]
        if version != "1" and not (type(version) is int and version == 1):
            raise _Fallback
        get = fields.get
        name = _text(get("name", _ABSENT)) or (Path(self.path).stem if self.path else "glossary")
        source, targets = _text(get("source_language", _ABSENT)), get("target_languages", _ABSENT)
        tags = () if targets is _ABSENT else tuple(map(self.tag, self.items(targets)))
        return Glossary(name=name, entries=self.entries(fields["entries"]),
                        source_language="en" if source is None else self.tag(source),
                        target_languages=tags, path=self.path, description=_text(get("description", _ABSENT)))

    def entries(self, value) -> tuple[Entry, ...]:
        items = self.items(value)
        first_keys = [next(iter(item), None) if type(item) is dict else None for item in items]
        return tuple(map(self.entry, items, entry_lines(self.raw, first_keys)))

    def entry(self, value, line: int) -> Entry:
        if type(value) is not dict or not value.keys() <= _ENTRY[0] or not _ENTRY[1] <= value.keys():
            raise _Fallback
        self.nodes += len(value)
        ident, source, get = value["id"], value["source"], value.get
        if type(ident) is not str or ident.split() != [ident] or ident[0] in _RISKY:
            raise _Fallback
        if type(source) is str:
            sources = (_term_text(source),)
        elif not (sources := self.strings(source)):
            raise _Fallback
        entry, absent = _new(Entry), _ABSENT
        _set(entry, "__dict__", {
            "id": ident, "sources": sources, "targets": self.targets(get("targets", absent)),
            "match": self.match(get("match", absent)),
            "do_not_translate": _boolean(get("do_not_translate", absent), False),
            "subject": _text(get("subject", absent)), "note": _text(get("note", absent)),
            "reference": _text(get("reference", absent)), "line": line})
        return entry

    def match(self, value) -> MatchOptions:
        if value is _ABSENT:
            return _DEFAULT_MATCH
        fields = self.fields(value, _MATCH)
        return MatchOptions(_boolean(fields.get("case_sensitive", _ABSENT), True),
                            _boolean(fields.get("whole_word", _ABSENT), True))

    def tag(self, value) -> str:
        """A canonical BCP 47 tag, validated once per distinct spelling."""
        tag = self.tags.get(value) if type(value) is str else None
        if tag is None:
            if type(value) is not str or value in _NULLS or bcp47_problem(value):
                raise _Fallback
            tag = self.tags[value] = canonical_tag(value)
        return tag

    def targets(self, value) -> MappingProxyType:
        if value is _ABSENT:
            return _NO_FORMS
        if type(value) is not dict:
            raise _Fallback
        self.nodes += len(value)
        tags, locale, out = self.tags, self.locale, {}
        for key, terms in value.items():
            out[tags.get(key) or self.tag(key)] = locale(terms)
        if len(out) != len(value):  # ko-kp and ko-KP: the same locale twice
            raise _Fallback
        return MappingProxyType(out)

    def locale(self, value) -> LocaleTerms:
        if type(value) is not dict or not value.keys() <= _LOCALE[0] or not _LOCALE[1] <= value.keys():
            raise _Fallback
        self.nodes += len(value)
        get = value.get
        admitted, deprecated = get("admitted", _ABSENT), get("deprecated", _ABSENT)
        terms = _new(LocaleTerms)
        _set(terms, "__dict__", {
            "preferred": self.term(value["preferred"]),
            "admitted": () if admitted is _ABSENT else self.terms(admitted),
            "deprecated": () if deprecated is _ABSENT else self.strings(deprecated),
            "note": _text(get("note", _ABSENT))})
        return terms

    def terms(self, value) -> tuple[Term, ...]:
        if type(value) is list and all(type(item) is str for item in value):
            return tuple(map(_term, self.strings(value)))  # plain strings, checked in bulk
        return tuple(map(self.term, self.items(value)))

    def term(self, value) -> Term:
        if type(value) is str:  # the common case, inlined: 100k entries have ~300k terms
            if not value or value.strip() != value or value[0] in _RISKY:
                raise _Fallback
            term = _new(Term)
            _set(term, "__dict__", {"text": value, "indeclinable": False, "inflect": None,
                                    "forms": _NO_FORMS})
            return term
        if type(value) is not dict or not value.keys() <= _TERM[0] or not _TERM[1] <= value.keys():
            raise _Fallback
        self.nodes += len(value)
        text, get = _term_text(value["term"]), value.get
        inflect, forms = get("inflect", _ABSENT), get("forms", _ABSENT)
        return _term(text, _boolean(get("indeclinable", _ABSENT), False),
                     None if inflect is _ABSENT else self.positions(inflect, text),
                     _NO_FORMS if forms is _ABSENT else self.forms(forms))

    def positions(self, value, text: str) -> tuple[int, ...]:
        words = len(text.split())
        items = self.items(value)
        if len(items) == 1 and type(items[0]) is int and 1 <= items[0] <= words:
            return (items[0],)  # the usual `inflect: [1]`
        out = []
        for item in items:
            if type(item) is str and item.isascii() and item.isdigit():
                item = int(item)
            if type(item) is not int or not 1 <= item <= words:
                raise _Fallback
            out.append(item)
        return tuple(out)

    def forms(self, value) -> MappingProxyType:
        fields = self.fields(value, _FORMS)
        for form in fields.values():
            _term_text(form)
        return MappingProxyType(fields)
