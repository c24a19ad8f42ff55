"""Whatever the fast path cannot vouch for goes to the slow path: same model, or the same findings."""

from __future__ import annotations

import textwrap
import time

import pytest

from glossary import fastload, yamlio
from glossary.schema import GlossaryInvalid

from .conftest import assert_loads_like_slow, assert_same, fast, slow

HEAD = "schema_version: 1\nname: t\ntarget_languages: [ko, ru]\nentries:\n"


def body(text: str) -> str:
    return HEAD + textwrap.indent(textwrap.dedent(text), "  ")


# Scalars other YAML readers type as numbers, booleans or null (JSON would), entries in flow style and
# entries before the header: the scanner reads them all exactly as the slow path does.
READ_EXACTLY = {
    "float id": body("- id: 1.0\n  source: A\n"),
    "boolean id": body("- id: true\n  source: A\n"),
    "null id": body("- id: null\n  source: A\n"),
    "int source": body("- id: a\n  source: [12, B]\n"),
    "flow entries": "schema_version: 1\nentries: [{id: a, source: A}, {id: b, source: B}]\n",
    "entries first": "entries:\n- id: a\n  source: A\nschema_version: 1\n",
}

FALLBACKS = {
    # scalars that might have been a plain null
    "tilde note": body("- id: a\n  source: A\n  note: ~\n"),
    "empty note": body("- id: a\n  source: A\n  note:\n"),
    "quoted empty note": body("- id: a\n  source: A\n  note: ''\n"),
    "null targets": body("- id: a\n  source: A\n  targets:\n"),
    "null entries": "schema_version: 1\nentries:\n",
    "bad schema_version": "schema_version: 2\nentries: []\n",
    "float schema_version": "schema_version: 1.0\nentries: []\n",
    # schema problems
    "unknown key": body("- id: a\n  sorce: A\n"),
    "missing key": body("- id: a\n"),
    "duplicate key": body("- id: a\n  source: A\n  source: B\n"),
    "duplicate top-level key": "schema_version: 1\nentries: []\nentries: []\n",
    "duplicate forms key (the last wins)": body(
        "- id: a\n  source: A\n  targets:\n    ru: {preferred: {term: Ким, forms: {gent: Кима, gent: Кимa}}}\n"),
    "same locale twice": body(
        "- id: a\n  source: A\n  targets:\n    ko-kp: {preferred: 가}\n    ko-KP: {preferred: 나}\n"),
    "padded term": body("- id: a\n  source: A\n  targets:\n    ru: {preferred: ' Б'}\n"),
    "empty term": body("- id: a\n  source: A\n  targets:\n    ru: {preferred: ''}\n"),
    "empty source list": body("- id: a\n  source: []\n"),
    "inflect out of range": body("- id: a\n  source: A\n  targets:\n    ru: {preferred: {term: Б, inflect: [2]}}\n"),
    "inflect yes": body("- id: a\n  source: A\n  targets:\n    ru: {preferred: {term: Б, inflect: [yes]}}\n"),
    "unknown forms key": body("- id: a\n  source: A\n  targets:\n    ru: {preferred: {term: Б, forms: {gen: В}}}\n"),
    "bad locale tag": body("- id: a\n  source: A\n  targets:\n    kx-ZZ: {preferred: x}\n"),
    "yes as boolean": body("- id: a\n  source: A\n  do_not_translate: yes\n"),
    "wrong container": body("- id: [a]\n  source: {x: y}\n"),
    # a string or mapping where a list belongs (iterating it would give characters or keys)
    "source a mapping": body("- id: a\n  source: {x: y}\n"),
    "inflect a string": body("- id: a\n  source: A\n  targets:\n    ru: {preferred: {term: Б, inflect: 1}}\n"),
    "admitted a string": body("- id: a\n  source: A\n  targets:\n    ru: {preferred: Б, admitted: Вв}\n"),
    "deprecated a string": body("- id: a\n  source: A\n  targets:\n    ru: {preferred: Б, deprecated: Вв}\n"),
    "admitted a mapping": body("- id: a\n  source: A\n  targets:\n    ru: {preferred: Б, admitted: {x: y}}\n"),
    # YAML outside the scanner's subset, or text libyaml reads in a way the scanner does not
    "bare dash": body("-\n  id: a\n  source: A\n- id: b\n  source: B\n"),
    "comment after dash": body("- # first\n  id: a\n  source: A\n"),
    "fake item in a later block scalar": body("-\n  id: a\n  source: A\n") + "description: |\n  - id: a\n",
    "document marker": "---\nschema_version: 1\nentries: []\n",
    "two documents": "schema_version: 1\nentries: []\n---\nschema_version: 1\n",
    "tab": body("- id: a\n  source:\tA\n"),
    "lone CR": HEAD.replace("\n", "\r") + "  - id: a\r    source: A\r",
    "NEL in a string": body('- id: a\n  source: "A\x85B"\n'),
    "C1 control": body("- id: a\n  source: A\x90B\n"),
    "reserved indicator": body("- id: a\n  source: @A\n"),
    "directive": "%YAML 1.1\n---\nschema_version: 1\nentries: []\n",
    "more-indented line in a block scalar": "schema_version: 1\ndescription: |\n  line one\n    kept indent\nentries: []\n",
    "multi-line plain scalar": body("- id: a\n  source: A\n  note: one\n    two\n"),
    "multi-line quoted scalar": body("- id: a\n  source: A\n  note: 'one\n    two'\n"),
    "no final line feed": body("- id: a\n  source: A\n").rstrip("\n"),
    "block scalar ending the file without a line feed": "schema_version: 1\nentries: []\ndescription: |\n  x",
    "syntax error": "schema_version: 1\nentries: [a\nb: c\n",
    "not a mapping": "- just\n- a list\n",
    "empty": "",
    # anchors, aliases and tags: the scanner refuses them
    "anchor and alias": body("- id: a\n  source: &s [A, B]\n- id: b\n  source: *s\n"),
    "merge key": body("- &e {id: a, source: A}\n- <<: *e\n  id: b\n"),
    "str tag": body("- id: !!str 1.0\n  source: A\n"),
    "local tag": body("- id: a\n  source: !thing A\n"),
}


@pytest.mark.parametrize("name", sorted(FALLBACKS))
def test_fallback_gives_the_slow_paths_result(name, capfd):
    text = FALLBACKS[name]
    assert fast(text) is None
    assert_loads_like_slow(text)
    assert capfd.readouterr().err == ""  # the fast path prints nothing of its own


@pytest.mark.parametrize("name", sorted(READ_EXACTLY))
def test_what_other_readers_would_type_is_read_exactly_by_the_scanner(name):
    text = READ_EXACTLY[name]
    got = fast(text)
    assert got is not None
    assert_same(got, slow(text))


def test_float_id_is_the_string_from_the_slow_path():
    glossary = yamlio.loads(READ_EXACTLY["float id"], "g.yaml")
    assert glossary.entries[0].id == "1.0" and glossary.entries[0].line == 5


def test_python_tags_are_never_executed(tmp_path):
    marker = tmp_path / "pwned"
    text = body(f'- id: a\n  source: A\n  note: !!python/object/apply:os.system ["touch {marker}"]\n')
    assert fast(text) is None
    assert_loads_like_slow(text)
    assert not marker.exists()


def test_billion_laughs_falls_back_at_once_and_stays_small():
    lines = ["schema_version: 1", "entries:", "  - id: a", "    source: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"    note: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    text = "\n".join(lines) + "\n"
    start = time.perf_counter()
    assert fast(text) is None
    assert time.perf_counter() - start < 0.5
    assert_loads_like_slow(text)  # the slow path reports it (duplicate keys, note not a string)


@pytest.mark.parametrize("name", ["spec", *sorted(READ_EXACTLY)])
def test_without_the_scanner_the_slow_path_loads_everything(name, monkeypatch, spec_text):
    text = spec_text if name == "spec" else READ_EXACTLY[name]
    monkeypatch.setattr(fastload, "_scan", None)  # as where no C compiler built it
    assert fast(text) is None
    assert_loads_like_slow(text)


def test_quadratic_alias_expansion_is_refused_by_the_slow_path():
    n = 1000  # 11 kB of text would build 1,000 entries x 1,000 admitted terms
    text = ("schema_version: 1\nentries:\n  - &e\n    id: a\n    source: A\n    targets:\n      ru:\n"
            "        preferred: x\n        admitted: [" + ", ".join(["&t t"] + ["*t"] * (n - 1)) + "]\n"
            + "".join("  - *e\n" for _ in range(n - 1)))
    start = time.perf_counter()
    with pytest.raises(GlossaryInvalid) as info:
        yamlio.loads(text, "q.yaml")
    assert time.perf_counter() - start < 2
    assert str(info.value).startswith("q.yaml:1:1: aliases (*name) expand this glossary from")
