"""Findings for big invalid glossaries without composing the whole file (issue 14: 894,000 entries).

The exact path (yamlio.parse) composes a node tree of the whole document: for 50 MB that is gigabytes
and most of a minute before the first line of output. Here the compiled scanner (glossary._scan)
reads the entries into plain data a piece at a time (glossary.fastload.scan: PIECE_BYTES of text, so
memory stays that of one piece), the fast path's bulk checks find the bad entries of a piece by
bisection (a valid half is cleared in one pass), and only those entries' lines are composed and
checked by the exact builder (schema._Builder), so every message, line and column is the exact
path's. It stops once one kind of problem has FINDINGS_PER_KIND findings and says so, with how many
entries it left unchecked (the later pieces are scanned to count them, not checked).

`findings(raw, path)` returns None whenever it cannot vouch for the answer (the scanner cannot read
the file, or the problem is outside the entries): the caller then runs the exact path.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import yaml

from glossary import fastload
from glossary.fastbuild import Builder, Fallback
from glossary.fastload import Piece
from glossary.schema import FINDINGS_PER_KIND, Finding, entry_findings, kind_of
from glossary.yamlloader import StringLoader

MIN_BYTES = 4 * 1024 * 1024  # smaller files compose in well under a second: the exact path decides


def findings(raw: bytes, path: str | None) -> list[Finding] | None:
    """Every schema problem of the entries (up to the cap), [] when the entries are valid, None when unsure."""
    scanned = fastload.scan(raw)
    if scanned is None:
        return None
    head, pieces, text = scanned
    if not _header_ok(head):
        return None
    localiser = _Localiser(text, path)
    try:
        for piece in pieces:
            stop = localiser.run(piece)
            if stop is not None:
                rest = _count(piece, stop, pieces)
                if rest != 0:  # 0: the last entry filled it, so every entry was checked
                    localiser.stopped(rest)
                break
    except (Fallback, yaml.YAMLError, IndexError, ValueError):  # a piece or an entry's lines do not read alone
        return None
    return localiser.found


def _count(piece: Piece, index: int, pieces: Iterator[Piece]) -> int | None:
    """How many entries follow `piece`'s entry `index` (the later pieces scanned, not checked); None
    when a later piece does not read."""
    try:
        return len(piece.items) - index - 1 + sum(len(later.items) for later in pieces)
    except Fallback:
        return None


def _header_ok(head: dict) -> bool:
    try:
        Builder().columns(head)
    except Fallback:
        return False
    return True


def _valid(items: list) -> bool:
    try:
        Builder().entries(items)
    except Fallback:
        return False
    return True


class _Localiser:
    """Bisects each piece's entries to the bad ones, in file order, and checks those with the exact builder."""

    def __init__(self, text: bytes, path: str | None) -> None:
        self.text, self.path = text, path
        self.cursor = (0, 1)  # (offset, line) of the last line start found: bad entries come in order
        self.counts: dict[str, int] = {}
        self.found: list[Finding] = []

    def run(self, piece: Piece) -> int | None:
        """Adds the findings of `piece`'s entries; once one kind has FINDINGS_PER_KIND, the index of the
        entry that filled it (stop there), else None."""
        self.cursor = max(self.cursor, (piece.start, piece.line))
        stack = [(0, len(piece.items))]
        while stack:
            low, high = stack.pop()
            if _valid(piece.items[low:high]):
                continue
            if high - low > 1:
                middle = (low + high) // 2
                stack.extend(((middle, high), (low, middle)))  # the left half first: file order
                continue
            self.found.extend(self.exact(piece, low))
            if max(self.counts.values(), default=0) >= FINDINGS_PER_KIND:
                return low
        return None

    def exact(self, piece: Piece, index: int) -> list[Finding]:
        """The exact builder's findings for the piece's entry `index`, at their lines in the file."""
        lines = piece.lines
        start = self.offset(lines[index])
        end = self.offset(lines[index + 1]) if index + 1 < len(lines) else piece.end
        node = yaml.compose(self.text[start:end].decode("utf-8"), Loader=StringLoader)
        if isinstance(node, yaml.SequenceNode):  # "- id: ..." (else the dash was on the line above)
            node = node.value[0]
        shift = lines[index] - 1
        out = [replace(finding, line=finding.line + shift) for finding in entry_findings(node, self.path)]
        for finding in out:
            kind = kind_of(finding)
            self.counts[kind] = self.counts.get(kind, 0) + 1
        return out

    def offset(self, line: int) -> int:
        offset, at = self.cursor
        while at < line:
            offset, at = self.text.index(b"\n", offset) + 1, at + 1
        self.cursor = (offset, at)
        return offset

    def stopped(self, rest: int | None) -> None:
        """Adds the line that says where checking stopped and how many entries were left unchecked."""
        kind = next(kind for kind, count in self.counts.items() if count >= FINDINGS_PER_KIND)
        last = self.found[-1]
        left = ("the rest of the file was not checked" if rest is None else
                "1 more entry was not checked" if rest == 1 else f"{rest:,} more entries were not checked")
        self.found.append(Finding(self.path, last.line, last.column,
                                  f"stopped after {FINDINGS_PER_KIND} problems like \"{kind}\"; {left} "
                                  "(fix these and run again)"))
