"""Findings for big invalid glossaries without composing the whole file (issue 14: 894,000 entries).

The exact path (yamlio.parse) composes a node tree of the whole document: for 50 MB that is gigabytes
and most of a minute before the first line of output. Here the compiled scanner (glossary._scan)
reads the file into plain data (half a second), the fast path's bulk checks find the bad entries
by bisection (a valid half is cleared in one pass), and only those entries' lines are composed and
checked by the exact builder (schema._Builder), so every message, line and column is the exact
path's. It stops once one kind of problem has FINDINGS_PER_KIND findings and says so.

`findings(raw, path)` returns None whenever it cannot vouch for the answer (the scanner cannot read
the file, or the problem is outside the entries): the caller then runs the exact path.
"""

from __future__ import annotations

import re
from dataclasses import replace

import yaml

from glossary import fastload
from glossary.fastbuild import Builder, Fallback
from glossary.schema import FINDINGS_PER_KIND, Finding, entry_findings, kind_of
from glossary.yamlloader import StringLoader

MIN_BYTES = 4 * 1024 * 1024  # smaller files compose in well under a second: the exact path decides
_TOP_LEVEL = re.compile(r"^(?![-#\s])", re.M)  # a line that starts a top-level key (ends the entries)


def findings(raw: bytes, path: str | None) -> list[Finding] | None:
    """Every schema problem of the entries (up to the cap), [] when the entries are valid, None when unsure."""
    scanned = fastload.scan(raw)
    if scanned is None:
        return None
    data, lines, text = scanned
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list) or len(entries) != len(lines) or not _header_ok(data):
        return None
    try:
        return _Localiser(text.decode("utf-8"), lines, path).run(entries)
    except (yaml.YAMLError, IndexError, ValueError):  # an entry's lines do not compose alone: unsure
        return None


def _header_ok(data: dict) -> bool:
    try:
        Builder().columns({**data, "entries": []})
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
    """Bisects the entries to the bad ones, in file order, and checks those with the exact builder."""

    def __init__(self, text: str, lines: list[int], path: str | None) -> None:
        self.text, self.lines, self.path = text, lines, path
        self.cursor = (0, 1)  # (offset, line) of the last line start found: bad entries come in order
        self.counts: dict[str, int] = {}

    def run(self, entries: list) -> list[Finding]:
        found: list[Finding] = []
        stack = [(0, len(entries))]
        while stack:
            low, high = stack.pop()
            if _valid(entries[low:high]):
                continue
            if high - low > 1:
                middle = (low + high) // 2
                stack.extend(((middle, high), (low, middle)))  # the left half first: file order
                continue
            found.extend(self.exact(low))
            full = next((kind for kind, count in self.counts.items() if count >= FINDINGS_PER_KIND), None)
            if full is not None:
                return [*found, self.stopped(found[-1], full)]
        return found

    def exact(self, index: int) -> list[Finding]:
        """The exact builder's findings for entry `index`, at their lines in the file."""
        start = self.offset(self.lines[index])
        end = self.offset(self.lines[index + 1]) if index + 1 < len(self.lines) else self.entries_end(start)
        node = yaml.compose(self.text[start:end], Loader=StringLoader)
        if isinstance(node, yaml.SequenceNode):  # "- id: ..." (else the dash was on the line above)
            node = node.value[0]
        shift = self.lines[index] - 1
        out = [replace(finding, line=finding.line + shift) for finding in entry_findings(node, self.path)]
        for finding in out:
            kind = kind_of(finding)
            self.counts[kind] = self.counts.get(kind, 0) + 1
        return out

    def offset(self, line: int) -> int:
        offset, at = self.cursor
        while at < line:
            offset, at = self.text.index("\n", offset) + 1, at + 1
        self.cursor = (offset, at)
        return offset

    def entries_end(self, start: int) -> int:
        first_line_end = self.text.find("\n", start) + 1 or len(self.text)
        top = _TOP_LEVEL.search(self.text, first_line_end)
        return top.start() if top else len(self.text)

    def stopped(self, last: Finding, kind: str) -> Finding:
        return Finding(self.path, last.line, last.column,
                       f"stopped after {FINDINGS_PER_KIND} problems like \"{kind}\"; the rest of the file "
                       "was not checked (fix these and run again)")
