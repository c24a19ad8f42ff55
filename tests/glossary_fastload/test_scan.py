"""glossary._scan: exactly PyYAML's data (every scalar a str) with the entries' lines, or None."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
import yaml

from glossary import _scan, yamlio

from .conftest import assert_same, core_constant, fast, slow
from .scan_helpers import check
from .test_fastload_equivalence import VALID
from .test_fastload_fallback import FALLBACKS
from .test_fastload_lazy import TEXT as LAZY
from .test_glossary_cache import big_text

BENCH = Path(__file__).parents[2] / "bench" / "bench_glossary_load.py"


def bench_text(count: int) -> str:
    sys.path.insert(0, str(BENCH.parent))
    try:
        from bench_glossary_load import entry_text
    finally:
        sys.path.remove(str(BENCH.parent))
    return "schema_version: 1\nname: bench\ntarget_languages: [ko, ko-KP, ru]\nentries:\n" + "".join(
        entry_text(i) for i in range(count))


def realistic() -> dict[str, str]:
    return {"bundled": yamlio.bundled_path().read_text(encoding="utf-8"), "bench": bench_text(300),
            "spec": core_constant("conftest", "SPEC"), "edit": core_constant("test_edit", "ORIGINAL"),
            "lazy": LAZY, "cache": big_text(50), "dumped": yamlio.dump(yamlio.load(yamlio.bundled_path()))}


@pytest.mark.parametrize("name", sorted(realistic()))
def test_realistic_files_are_read_by_the_scanner_exactly(name):
    assert check(realistic()[name]), "the scanner handed a realistic glossary to the slower readers"


# Long values folded over lines (as yamlio.dump wrote them before it stopped wrapping): refused, not misread
FOLDED = yaml.dump(yamlio.glossary_data(yamlio.load(yamlio.bundled_path())), Dumper=yamlio._Dumper,
                   **{**yamlio._DUMP_OPTIONS, "width": 100})


@pytest.mark.parametrize("text", [*VALID.values(), *FALLBACKS.values(), FOLDED])
def test_fast_path_corpora_are_read_exactly_or_refused(text):
    check(text)


ACCEPTED = {
    "folded, strip": "a: >-\n  one\n  two\n\n  three\n\n\n  four\nb: x\n",
    "folded, clip, trailing blank lines": "a: >\n  one\n  two\n\n\nb: x\n",
    "literal": "a: |\n  one\n  two\n\n  three\nb: |-\n  x\n",
    "block scalar keeps #, quotes, colons and trailing spaces": "a: >-\n  # not: a 'comment'  \n  [x]\nb: c\n",
    "block scalar in an item, ended by a shallower comment": "e:\n  - n: >-\n      a\n      b\n    # c\n    m: d\n",
    "blank lines in a block scalar shorter than it": "a: |\n    x\n  \n    y\n",
    "quotes": "a: 'it''s # here'\nb: \"q \\\" \\\\ \\/ \\n \\t \\u00e9 \\x41\"\nc: ''\nd: \"\"\n",
    "plain oddities": "a: x#y\nb: a:b\nc: ~\nd: 1.0\ne: no\nf: [a#b, 'c', \"d\"]\ng: x-\n",
    "trailing spaces and comments": "a: b   \nc: d  # e\nf: 'g'  # h\n",
    "empty values": "a:\nb:\n  # only a comment\nc: x\nd:\n",
    "flow": "a: {b: [1, 2, {c: d}], e: \"f\", g: []}\nh: [ ]\ni: { }\nj: [a , b]\n",
    "indentless and compact": "a:\n- b: 1\n  c:\n  - 2\n- d\ne: f\n",
    "nested sequences under keys": "a:\n  - x: 1\n    y:\n      - 2\n  - z\nb: c\n",
    "entries, indentless": "entries:\n- id: a\n  source: A\n# between\n- id: b\n  source: B\n",
    "entries, flow": "name: x\nentries: [{id: a}, {id: b}]\n",
    "entries, items of all kinds": "entries:\n  - plain\n  - 'quoted'\n  - [flow]\n  - {id: a}\n  - id: b\n",
    "entries nested deeper are not the entries": "x:\n  entries:\n    - a\nentries:\n  - b\n",
    "keys with dashes and underscores": "_a-b: 1\nA_1-: 2\n",
    "unicode": "a: Ким Чен Ын — «КНДР»\nb: 조선민주주의인민공화국\nc: [é, 한]\n",
    "comment lines everywhere": "# head\na:   # after\n  # inside\n  - b   # item\n\n# tail\n",
}

REFUSED = {
    "multi-line plain": "a: b\n  c\n",
    "multi-line quoted": "a: 'b\n  c'\n",
    "multi-line flow": "a: [b,\n  c]\n",
    "question key": "? a\n: b\n",
    "quoted key": "'a': b\n",
    "key with a space": "a b: c\n",
    "number key": "1: a\n",
    "duplicate key": "a: 1\na: 2\n",
    "duplicate key after an empty value": "a:\na: 2\n",
    "duplicate flow key": "a: {b: 1, b: 2}\n",
    "duplicate quoted empty values": "a: ''\na: ''\n",
    "document start": "---\na: b\n",
    "document end": "a: b\n...\n",
    "directive": "%YAML 1.1\n---\na: b\n",
    "tab": "a:\tb\n",
    "anchor": "a: &x b\n",
    "alias": "a: *x\n",
    "tag": "a: !!str b\n",
    "keep chomping": "a: |+\n  x\n\n",
    "indentation indicator": "a: |2\n   x\n",
    "header comment": "a: > # c\n  x\n",
    "more-indented line": "a: >\n  x\n    y\n  z\n",
    "blank line with extra spaces": "a: |\n  x\n     \n  y\n",
    "leading blank line": "a: >\n\n  x\n",
    "empty block scalar": "a: >\nb: c\n",
    "block scalar not indented": "a:\n  b: >\n  x\n",
    "block scalar in a sequence": "a:\n- |\n  x\n",
    "bare dash": "a:\n-\n  b: c\n",
    "compact nested sequence": "a:\n- - b\n",
    "mapping value on a sequence item line": "a: b: c\n",
    "colon at the end of a value": "a: b:\n",
    "comment without a space": "a: 'b'#c\n",
    "trailing comma": "a: [b, ]\n",
    "flow pair in a sequence": "a: [b: c]\n",
    "colon in a flow scalar": "a: [http://x]\n",
    "question mark in a flow scalar": "a: [b?c]\n",
    "flow key without a space": "a: {b:c}\n",
    "empty flow value": "a: {b: }\n",
    "unknown escape": 'a: "\\q"\n',
    "surrogate escape": 'a: "\\ud800"\n',
    "wrong indentation": "a:\n  b: 1\n   c: 2\n",
    "root indented": "  a: b\n",
    "root a sequence": "- a\n",
    "root a scalar": "a\n",
    "nothing": "",
    "only comments": "# a\n\n",
    "no final line feed": "a: b",
    "indicator first": "a: @b\n",
    "dash first": "a: -b\n",
    "NEL": "a: b\x85c\n",
    "line separator": "a: b\u2028c\n",
    "BOM after the start": "a: \ufeffb\n",
    "C1 control": "a: b\x90c\n",
    "DEL": "a: b\x7fc\n",
    "carriage return": "a: b\r\n",
    "NUL": "a: b\x00\n",
}


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_the_subset_is_read_exactly(name):
    assert check(ACCEPTED[name])


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_everything_else_is_refused(name):
    assert _scan.scan(REFUSED[name].encode("utf-8")) is None


def test_keys_are_interned_and_scalars_stay_strings():
    data, lines = _scan.scan(bench_text(3).encode())
    first, second = data["entries"][:2]
    assert [key is other for key, other in zip(first, second)] == [True] * len(first)
    assert first["targets"]["ru"]["preferred"] == {"term": "Термин 0", "inflect": ["1"]}
    assert data["schema_version"] == "1" and lines == [5, 16, 27]


@pytest.mark.parametrize("raw", [
    b"\xff\xfe: a\n", b"a: \xc3\n", b"a: '\xe2\x80'\n", b"# \xff\na: b\n", b"a: |\n  \xed\xa0\x80\n",
    b"a: " + b"[" * 10_000 + b"\n", b"a: " + b"{b: " * 100 + b"c" + b"}" * 100 + b"\n",
    "".join(f"{' ' * depth}k{depth}:\n" for depth in range(300)).encode(),
    b"k" * 5000 + b": v\n", b"\n" * 1000, b" " * 1000, b"#", b":", b"-",
], ids=repr)
def test_odd_input_is_refused_without_harm(raw):
    assert _scan.scan(raw) is None


def test_long_values_are_read():
    assert check("a: " + "x" * 1_000_000 + "\nb: '" + "й" * 100_000 + "'\n")


def test_nesting_within_the_limits_is_read():
    assert check("a: " + "[" * 30 + "x" + "]" * 30 + "\n")
    assert check("".join(f"{' ' * depth}k{depth}:\n" for depth in range(60)) + " " * 60 + "v: w\n")


def test_only_bytes_are_scanned():
    with pytest.raises(TypeError):
        _scan.scan("a: b\n")
    assert _scan.scan(bytearray(b"a: b\n")) == ({"a": "b"}, [])
    assert _scan.scan(memoryview(b"a: b\n")) == ({"a": "b"}, [])


TOKENS = [b"a", b"b", b": ", b":", b"- ", b"-", b" ", b"  ", b"\n", b"\n", b"\n  ", b"'", b'"', b"[", b"]", b"{", b"}",
          b", ", b" #", b"#", b">-\n", b"|\n", b"\\", b"\\u00e9", b"~", b"\t", b"\r", b"\x00", b"\xc3\xa9",
          b"\xc2\x85", b"\xe2\x80\xa8", b"\xef\xbb\xbf", b"\xff", b"\xc3", b"\xed\xa0\x80"]


def test_random_bytes_never_crash_nor_differ():
    rng = random.Random(7)
    accepted = 0
    for _ in range(5000):
        raw = b"k: " + b"".join(rng.choice(TOKENS) for _ in range(rng.randrange(1, 12))) + b"\n"
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            assert _scan.scan(raw) is None
            continue
        accepted += check(raw)
    assert accepted > 300


def test_anchor_and_tag_characters_inside_values_stay_on_the_fast_path():
    # anchor, alias, tag and directive characters inside a scalar are no node properties
    text = "schema_version: 1\nentries:\n  - id: a\n    source: Tom & Jerry\n    note: 5 * 3 ! 50 % @home `x` #1\n"
    got = fast(text)
    assert got is not None and got.entries[0].note == "5 * 3 ! 50 % @home `x`"
    assert_same(got, slow(text))
