"""Fast path for loading *valid* glossary files: the compiled scanner -> a trusting builder.

It reports nothing itself. Whenever the text or the data is anything but plainly valid (YAML outside
the scanner's subset, an anchor or tag, a non-string where a string belongs, an unknown key, a bad
term...) it gives up, and glossary.yamlio reruns the exact PyYAML path, which returns the same model
or reports every problem as PATH:LINE:COL.
Reading: glossary._scan (Cython) reads the block-style subset glossary files use straight into
Python objects, exactly as PyYAML with StringLoader would, with each entry's line; it answers None
for anything else. Where it is not built (no C compiler at install) every file takes the exact path.
Safety: the scanner executes no tags and refuses anchors, aliases, tags and directives itself, so
alias expansion (billion laughs) cannot happen here.
Speed: the data is validated completely at load, in bulk passes (glossary.fastbuild); Entry.targets
are built only when first read. Big files keep their checked data in glossary.cache, keyed by their
bytes: loading the same file again skips parsing and checking.
Memory: the entries are scanned and checked PIECE_BYTES of text at a time (`scan`). What the model
keeps of a piece (ids, sources, targets) stays; its entry mappings are freed before the next piece is
read, so a big file never has all its plain data at once (894,000 short entries: 0.76 GB of it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from glossary import cache
from glossary.fastbuild import SHAPES_OK, Builder, Fallback, assemble
from glossary.model import Glossary

try:
    from glossary import _scan
except ImportError:  # not compiled (no C compiler at install): the exact path reads every file
    _scan = None

ENABLED = _scan is not None and SHAPES_OK


def try_load(raw: bytes, path: str | None) -> Glossary | None:
    """The Glossary in UTF-8 `raw` (already known to decode), or None when the slow path must decide."""
    if not ENABLED:
        return None
    slot = cache.slot(raw)
    stored = cache.get(slot)
    if stored is not None:
        return assemble(*stored, path)
    checked = _checked(raw)
    if checked is None:
        return None
    writing = cache.put(slot, *checked)
    glossary = assemble(*checked, path)
    if writing is not None:
        writing.join()  # the cache file is in place (or given up on) when the load returns
    return glossary


def _checked(raw: bytes) -> tuple[dict, list[int]] | None:
    """The checked columns and entry lines of `raw`; None when the slow path must decide."""
    scanned = scan(raw)
    if scanned is None:
        return None
    head, pieces, _ = scanned
    lines: list[int] = []
    try:
        columns = Builder().columns(head, _items(pieces, lines))
    except Fallback:
        return None
    return (columns, lines) if len(lines) == len(columns["id"]) else None  # a line for each Entry


def _items(pieces: Iterator[Piece], lines: list[int]) -> Iterator[list]:
    """The items of each piece, its entries' lines added to `lines` on the way."""
    for piece in pieces:
        lines.extend(piece.lines)
        yield piece.items


@dataclass(frozen=True)
class Piece:
    """A run of entries, scanned on their own: the plain items, the line of each, and the bytes they
    take in the text (`start` begins line `line`; the last item ends at `end`)."""

    items: list
    lines: list[int]
    start: int
    end: int
    line: int


PIECE_BYTES = 1024 * 1024  # a piece's text: some 12,000 short entries, 10 MB of plain data
_ENTRIES = re.compile(rb"^entries:\n", re.MULTILINE)
_FIRST_ITEM = re.compile(rb"(?:[ ]*(?:#[^\n]*)?\n)*( *)-[ \n]")  # blank and comment lines, then a dash
_TOP_LEVEL = re.compile(rb"\n(?![-#\s])")  # the line feed before a top-level key (ends the entries)


def scan(raw: bytes) -> tuple[dict, Iterator[Piece], bytes] | None:
    """What the compiled scanner reads in UTF-8 `raw`, unchecked: (the top-level mapping, its entries
    replaced by [] when they come in pieces, the pieces, the normalised text the lines and offsets
    count in); None when the scanner is not built or steps aside. The iterator raises Fallback when a
    piece is not read (glossary.bigcheck uses this too).

    Pieces are cut at the lines that start an item of the top-level `entries` block sequence: a dash
    at the column of its first item. In the scanner's subset (one-line scalars and flow collections,
    block scalars indented deeper than their key) such a line is an item and nothing else, so the
    header with `entries:` left empty plus each piece as `entries:` + its lines read exactly as the
    whole file reads; anything outside the subset makes the scanner step aside on that piece.
    """
    if _scan is None:
        return None
    text = _normalised(raw)
    split = _split(text)
    if split is not None:
        head, pieces = split
        return head, pieces, text
    scanned = _scan.scan(text)
    if scanned is None:
        return None
    data, lines = scanned
    items = data.get("entries") if type(data) is dict else None
    if type(items) is not list or not items:
        return data, iter(()), text  # no entries to read: the header check decides
    if len(lines) != len(items):
        return None
    start = _line_start(text, lines[0])
    end = _entries_end(text, text.find(b"\n", start) + 1 or len(text))
    return {**data, "entries": []}, iter((Piece(items, lines, start, end, lines[0]),)), text


def _split(text: bytes) -> tuple[dict, Iterator[Piece]] | None:
    """(the header, the pieces) when the entries are a block sequence right under `entries:`, else None."""
    key = _ENTRIES.search(text)
    first = _FIRST_ITEM.match(text, key.end()) if key else None
    if first is None:
        return None
    start = first.start(1)
    end = _entries_end(text, start)
    scanned = _scan.scan(text[:start] + text[end:])
    data = scanned[0] if scanned is not None else None
    if type(data) is not dict or data.get("entries") != "":  # "entries:" then nothing, as cut
        return None
    head = {**data, "entries": []}
    return head, _pieces(text, start, end, b"\n" + first.group(1) + b"-")


def _pieces(text: bytes, start: int, end: int, dash: bytes) -> Iterator[Piece]:
    line = text.count(b"\n", 0, start) + 1
    view = memoryview(text)
    while start < end:
        cut = end if end - start <= PIECE_BYTES else _item_start(text, start + PIECE_BYTES, end, dash)
        scanned = _scan.scan(b"entries:\n" + view[start:cut])
        data = scanned[0] if scanned is not None else None
        items = data.get("entries") if type(data) is dict and len(data) == 1 else None
        if type(items) is not list or len(items) != len(scanned[1]):
            raise Fallback
        shift = line - 2  # the piece's first line is line 2 of what was scanned
        yield Piece(items, [number + shift for number in scanned[1]], start, cut, line)
        line += text.count(b"\n", start, cut)
        start = cut


def _item_start(text: bytes, at: int, end: int, dash: bytes) -> int:
    """Where the first item line at or after `at` starts (`dash` is a line feed, the items' indentation
    and "-"); `end` when there is none before it."""
    while True:
        found = text.find(dash, at - 1, end)
        if found < 0:
            return end
        after = found + len(dash)
        if text[after:after + 1] in (b" ", b"\n"):
            return found + 1
        at = after


def _line_start(text: bytes, line: int) -> int:
    """The offset of 1-based `line` (a header's lines: few)."""
    offset = 0
    for _ in range(line - 1):
        offset = text.index(b"\n", offset) + 1
    return offset


def _entries_end(text: bytes, start: int) -> int:
    """Where the entries end, from `start` (a line start after the first entry's): at the next top-level
    key, or at the end."""
    top = _TOP_LEVEL.search(text, start - 1)  # a line start follows a line feed (`^` tries every byte: 7x slower)
    return top.start() + 1 if top else len(text)


_BOM = b"\xef\xbb\xbf"


def _normalised(raw: bytes) -> bytes:
    """`raw` without BOM and with CRLF as LF: same lines, same YAML, and text the scanner reads (it
    refuses a BOM and every CR, so a lone CR, a line break only to libyaml, still steps aside)."""
    raw = raw.removeprefix(_BOM)
    return raw.replace(b"\r\n", b"\n") if b"\r" in raw else raw
