"""Fast path for loading *valid* glossary files: a compiled scanner (or rapidyaml) -> a trusting builder.

It reports nothing itself. Whenever the text or the data is anything but plainly valid (a YAML
feature the fast readers might read differently from libyaml, an anchor or tag, a non-string where
a string belongs, an unknown key, a bad term...) it gives up with `Fallback`, and glossary.yamlio
reruns the exact PyYAML path, which returns the same model or reports every problem as PATH:LINE:COL.
Reading: glossary._scan (Cython) reads the block-style subset glossary files use straight into
Python objects, exactly as PyYAML with StringLoader would, with each entry's line; it answers None
for anything else, and rapidyaml -> JSON reads the text instead (or where the extension is not built).
Safety: neither reader executes tags; the scanner refuses anchors, aliases, tags and directives itself,
and they never reach rapidyaml (`_suspicious`), so alias expansion (billion laughs) cannot happen here.
Speed: the data is validated completely at load, in bulk passes; Entry.targets are built only when
first read. Big files keep their checked data in glossary.cache, keyed by their bytes: loading
the same file again skips parsing and checking.
"""

from __future__ import annotations

import json
import operator
import os
import re
import tempfile
import threading
from contextlib import contextmanager
from itertools import accumulate, repeat

from glossary import cache
from glossary.fastbuild import SHAPES_OK, Builder, Fallback, assemble
from glossary.model import Glossary
from glossary.schema import ENTRY_KEYS

try:
    import ryml
except ImportError:  # the slow path alone still loads everything, only slower
    ryml = None
try:
    from glossary import _scan
except ImportError:  # not compiled (no C compiler at install): rapidyaml reads every file
    _scan = None

ENABLED = (ryml is not None or _scan is not None) and SHAPES_OK
_Fallback = Fallback


def try_load(raw: bytes, path: str | None) -> Glossary | None:
    """The Glossary in UTF-8 `raw` (already known to decode), or None when the slow path must decide."""
    if not ENABLED:
        return None
    slot = cache.slot(raw)
    stored = cache.get(slot)
    if stored is not None:
        columns, lines = stored
        return assemble(columns, lines, path)
    try:
        columns, lines = _checked(*_normalised(raw))
    except Fallback:
        return None
    writing = cache.put(slot, columns, lines)
    glossary = assemble(columns, lines, path)
    if writing is not None:
        writing.join()  # the cache file is in place (or given up on) when the load returns
    return glossary


def scan(raw: bytes) -> tuple[object, list[int], bytes] | None:
    """What the compiled scanner reads in UTF-8 `raw`, unchecked: (data, entry lines, the normalised
    text the lines count in); None when it is not built or steps aside (glossary.bigcheck uses it)."""
    if _scan is None:
        return None
    try:
        text, _ = _normalised(raw)
    except Fallback:
        return None
    scanned = _scan.scan(text)
    return None if scanned is None else (*scanned, text)


def _checked(text: bytes, rare: bytes) -> tuple[dict, list[int]]:
    """The checked columns and entry lines of normalised `text` (`rare`: its rare bytes, see _normalised);
    _Fallback when the slow path must decide. The scanner reads it if it can, else rapidyaml."""
    scanned = _scan.scan(text) if _scan is not None else None  # (it checks every character itself)
    return _checked_scan(*scanned) if scanned is not None else _checked_rapidyaml(text, rare)


def _checked_scan(data: dict, lines: list[int]) -> tuple[dict, list[int]]:
    """Exactly PyYAML's data (repeated keys were refused) and exact lines: only the schema to check."""
    columns = Builder(lines_known=True).columns(data)
    if len(lines) != len(columns["id"]):
        raise _Fallback
    return columns, lines


def _checked_rapidyaml(text: bytes, rare: bytes) -> tuple[dict, list[int]]:
    if ryml is None or _suspicious(text, rare):
        raise _Fallback
    data, size = _parse(text)
    builder = Builder()
    columns = builder.columns(data)
    lines = entry_lines(text, builder.first_keys)
    # JSON objects keep the last of repeated keys: a repeated key shows as a missing node
    if builder.nodes != size:
        raise _Fallback
    return columns, lines


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


def _normalised(raw: bytes) -> tuple[bytes, bytes]:
    """`raw` without BOM and with CRLF as LF (same lines, same YAML), and its bytes that _suspicious
    looks at; _Fallback for a lone CR or a missing final line feed."""
    raw = raw[len(_BOM):] if raw.startswith(_BOM) else raw
    rare = raw.translate(None, _DROP)  # one fast C pass; almost always empty or lead bytes only
    if b"\r" in rare:  # CRLF files: YAML reads CRLF as LF; a lone CR is a line break only to libyaml
        raw = raw.replace(b"\r\n", b"\n")
        if b"\r" in raw:
            raise _Fallback
        rare = rare.replace(b"\r", b"")
    # No final newline: a block scalar ending the file is chomped differently by the two parsers.
    if not raw.endswith(b"\n"):
        raise _Fallback
    return raw, rare


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
    separator = dash + b" "
    pieces = raw[start:].split(separator)[1:]
    # each item's first key starts right after "- ": after its separator and all pieces before it
    items = list(map(operator.add, accumulate(map(len, pieces), initial=start),
                     range(len(separator), (len(pieces) + 1) * len(separator), len(separator))))
    # Every item of a block sequence starts a line with its dash at the sequence's indentation, and
    # the entries' contents are deeper: so when all such dashes after `entries:` are exactly the
    # entries' items, each one opens its entry (its first key right after "- ", where libyaml marks it).
    if not len(items) == len(first_keys) == raw.count(dash, start) or not all(
            map(raw.startswith, map(_KEY_PREFIX.get, first_keys, repeat(b"\0")), items)):
        raise _Fallback
    newlines = map(raw.count, repeat(b"\n"), [0, *items[:-1]], items)
    return list(accumulate(newlines, initial=1))[1:]
