"""The scanner's contract as one check: glossary._scan.scan(text) is None, or exactly PyYAML's data
(StringLoader: every scalar a str) with each `entries` item's line as libyaml marks it."""

from __future__ import annotations

import yaml

from glossary import _scan
from glossary.yamlio import StringLoader


def same_data(got, want, where: str = "data") -> None:
    """Equal, and of the same types all the way down (a str stays a str, key order kept)."""
    assert type(got) is type(want), f"{where}: {type(got).__name__} != {type(want).__name__}"
    if type(want) is dict:
        assert list(got) == list(want), f"{where}: keys {list(got)} != {list(want)}"
        for key in want:
            same_data(got[key], want[key], f"{where}[{key!r}]")
    elif type(want) is list:
        assert len(got) == len(want), f"{where}: {len(got)} != {len(want)} items"
        for index, (left, right) in enumerate(zip(got, want)):
            same_data(left, right, f"{where}[{index}]")
    else:
        assert got == want, f"{where}: {got!r} != {want!r}"


def exact_lines(text: str) -> list[int]:
    """1-based start line of each item of the top-level `entries` sequence, as the exact path sees it."""
    root = yaml.compose(text, Loader=StringLoader)
    for key, value in root.value:
        if key.value == "entries" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def check(text: str | bytes) -> bool:
    """Whether the scanner accepted `text`; fails when what it returned differs from PyYAML's reading."""
    raw = text if isinstance(text, bytes) else text.encode("utf-8")
    got = _scan.scan(raw)
    if got is None:
        return False
    data, lines = got
    source = raw.decode("utf-8")  # accepted: must have been UTF-8
    try:
        want = yaml.load(source, Loader=StringLoader)
    except yaml.YAMLError as exc:
        raise AssertionError(f"scanned what PyYAML rejects ({exc}): {source!r}") from None
    same_data(data, want, f"{source!r}")
    assert lines == exact_lines(source), f"entry lines of {source!r}"
    return True
