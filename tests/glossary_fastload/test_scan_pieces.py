"""glossary.fastload.scan: the entries read a piece at a time are exactly the whole file's (PyYAML's data
and lines), or refused; the scanner never holds more than a piece of a big file."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import yaml

from glossary import _scan, fastload, yamlio
from glossary.fastbuild import Fallback
from glossary.yamlloader import StringLoader

from .scan_helpers import exact_lines, same_data
from .test_scan import ACCEPTED, realistic
from .test_scan_fuzz import mutated

SIZES = [1, 60, 10**9]  # every item a piece of its own, a few items each, all in one piece


def pieced(text: str) -> tuple[object, list[int]] | None:
    """(data, entry lines) as the pieces read them, put back together; None when they are refused."""
    scanned = fastload.scan(text.encode("utf-8"))
    if scanned is None:
        return None
    head, pieces, normal = scanned
    try:
        pieces = list(pieces)
    except Fallback:
        return None
    for before, piece in zip([None, *pieces], pieces):
        assert before is None or before.end == piece.start, "pieces leave a gap or overlap"
        assert normal.count(b"\n", 0, piece.start) + 1 == piece.line
        last = piece.line + normal.count(b"\n", piece.start, piece.end)
        assert all(piece.line <= line <= last for line in piece.lines)
    if not pieces:
        return head, []
    return {**head, "entries": [item for piece in pieces for item in piece.items]}, \
        [line for piece in pieces for line in piece.lines]


def check_pieced(text: str) -> bool:
    """Whether the pieces were read; fails when what they read differs from PyYAML's reading of the file."""
    got = pieced(text)
    if got is None:
        return False
    source = text.removeprefix("\ufeff").replace("\r\n", "\n")  # as fastload normalises it
    same_data(got[0], yaml.load(source, Loader=StringLoader), repr(source))
    assert got[1] == exact_lines(source), f"entry lines of {source!r}"
    return True


@pytest.fixture(params=SIZES, ids=lambda size: f"{size}B")
def piece_bytes(request, monkeypatch) -> int:
    monkeypatch.setattr(fastload, "PIECE_BYTES", request.param)
    return request.param


@pytest.mark.parametrize("name", sorted(realistic()))
def test_realistic_files_read_in_pieces_exactly(name, piece_bytes):
    assert check_pieced(realistic()[name])


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_every_accepted_shape_reads_in_pieces_exactly_or_is_refused(name, piece_bytes):
    check_pieced(ACCEPTED[name])


@pytest.mark.parametrize("text", [
    "entries:\n- id: a\n  source: b\n- id: c\n  source: d\nname: n\n",  # an indentless sequence, a key after it
    "name: n\nentries:\n\n  # the list\n  - id: a\n    source: b\n  -\n    id: c\n    source: d\n",
    "entries:\n  - id: a\n    note: |\n      - not an item\n    source: b\n  - id: c\n    source: d\n",
    "entries:\n  - id: a\n    source: b\n  -x\n",  # not an item: the whole text decides
    "entries:\n  - id: a\n    source: b\n- id: c\n",  # a dash at another column: not YAML
    "entries:\n  - id: a\n    source: b\nentries:\n  - id: c\n",  # the key twice
    "entries:\n  - id: a\n    source: [b,\n  - c]\n",  # a flow sequence over lines
    "description: 'x\nentries:\n  - id: a\n'\n",  # `entries:` inside a quoted scalar
    "entries:\n  - id: a\n    source: b\n...\n",
    "entries:\r\n  - id: a\r\n    source: b\r\n",
])
def test_edge_shapes_read_in_pieces_exactly_or_are_refused(text, piece_bytes):
    check_pieced(text)


def test_mutated_glossaries_in_pieces_are_refused_or_read_exactly(monkeypatch):
    monkeypatch.setattr(fastload, "PIECE_BYTES", 60)
    accepted = whole_only = 0
    for text in mutated(20261207, 4000):
        if check_pieced(text):
            accepted += 1
        elif _scan.scan(text.encode("utf-8")) is not None:
            whole_only += 1
    assert accepted > 500, accepted
    assert whole_only == 0, "pieces refused files the whole scan reads: the fast path lost them"


def test_a_big_file_is_scanned_a_piece_at_a_time(monkeypatch):
    text = realistic()["bench"]
    scanned: list[int] = []
    monkeypatch.setattr(fastload, "PIECE_BYTES", 2000)
    monkeypatch.setattr(fastload, "_scan", SimpleNamespace(scan=lambda raw: scanned.append(len(raw)) or _scan.scan(raw)))
    assert yamlio.loads(text) == yamlio.parse(text).glossary
    assert len(scanned) > 20 and max(scanned) < 2000 + 400  # a piece: PIECE_BYTES up to the next item
