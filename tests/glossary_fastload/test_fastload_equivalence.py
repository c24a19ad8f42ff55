"""For valid files the fast path builds exactly the model the slow path builds, Entry.line included."""

from __future__ import annotations

import textwrap

import pytest

from glossary import yamlio

from .conftest import assert_same, core_constant, fast, slow

HEAD = "schema_version: 1\nname: t\ntarget_languages: [ko, ko-KP, ru]\nentries:\n"


def lint_entry(entry_id: str, source: str, ko: str = "가", ru: str = "а") -> str:
    return core_constant("test_lint", "entry")(entry_id, source, ko, ru)


VALID = {
    "yaml11 words stay strings": HEAD + textwrap.indent(textwrap.dedent("""\
        - id: no
          source: [off, 2023-01-01, on]
          do_not_translate: False
          targets:
            ko: {preferred: yes}
            ru: {preferred: '~', deprecated: [null-ish, "NULL x"]}
        - id: '1.0'
          source: ~
          match: {case_sensitive: TRUE, whole_word: "false"}
          targets:
            ko: {preferred: ~, admitted: [y, {term: 가 나, inflect: ['2', 1]}]}
        """), "  "),
    "indentless entries, comments, blank lines, quoting, block scalars": textwrap.dedent("""\
        # header
        schema_version: "1"
        description: |
          line one
          line two
        entries:
        # first
        - id: a   # trailing
          source: "Quote \\"d\\" \\u00e9 \\\\ back"
          note: >-
            folded
            text

            new paragraph
          subject: 'it''s'

        - id: b
          source: [B, 'Б b']
          reference: https://example.org/a#b
          targets:
            ru:
              preferred:
                term: Ким Чен Ын
                forms: {gent: Ким Чен Ына, plur_datv: Кимам}
              admitted:
                - {term: КНДР, indeclinable: true}
                - Корея
        source_language: en-GB
        """),
    "empty entries": "schema_version: 1\nentries: []\n",
    # quoted, a value may start with any indicator; the scanner reads it exactly, so no fallback
    "quoted values starting with an indicator": HEAD + textwrap.indent(textwrap.dedent("""\
        - id: '#chollima'
          source: ['"Chollima" movement', '[sic] Chollima']
          subject: '@people'
          note: "*the* campaign: see 'KCNA'"
          targets:
            ko: {preferred: '"천리마"운동', deprecated: ['!천리마']}
            ru: {preferred: {term: '«Чхоллима»', inflect: ['1']}, admitted: ['{Чхоллима}'], note: '%x'}
        """), "  "),
    "bench-like": HEAD + "".join(
        f"  - id: entry-{i}\n    source: [Term {i}, Alt term {i}]\n    subject: person\n"
        f"    note: generated entry number {i}\n    targets:\n      ko:\n        preferred: 용어{i}\n"
        f"        deprecated: [나쁜{i}]\n      ru:\n        preferred: {{term: Термин {i}, inflect: [1]}}\n"
        f"        admitted: [Другой термин {i}]\n" for i in range(5)),
}


def assert_fast_equals_slow(text: str, path: str | None = "g.yaml") -> None:
    got = fast(text, path)
    assert got is not None, "the fast path handed a valid file to the slow path"
    assert_same(got, slow(text, path))


@pytest.mark.parametrize("name", sorted(VALID))
def test_valid_texts_load_identically(name):
    assert_fast_equals_slow(VALID[name])


def test_core_fixtures_load_identically():
    assert_fast_equals_slow(core_constant("conftest", "SPEC"))
    assert_fast_equals_slow(core_constant("test_edit", "ORIGINAL"))
    assert_fast_equals_slow(HEAD + lint_entry("a", "A") + lint_entry("b", "B"), None)
    assert_fast_equals_slow("# keep me\nschema_version: 1\nentries: []\n")


def test_files_written_by_dump_take_the_fast_path():
    for text in (core_constant("conftest", "SPEC"), yamlio.bundled_path().read_text(encoding="utf-8")):
        assert_fast_equals_slow(yamlio.dump(yamlio.loads(text, "g.yaml")))


def test_bundled_glossary_loads_identically_through_load():
    path = yamlio.bundled_path()
    text = path.read_text(encoding="utf-8")
    assert_fast_equals_slow(text, str(path))
    assert_same(yamlio.load(path), slow(text, str(path)))


def test_crlf_and_bom_keep_lines(spec_text):
    crlf = "\ufeff" + spec_text.replace("\n", "\r\n")
    assert_fast_equals_slow(crlf)
    assert [entry.line for entry in fast(crlf).entries] == [entry.line for entry in fast(spec_text).entries]


def test_tags_are_validated_once_per_spelling(monkeypatch):
    from glossary import fastbuild
    calls = []
    monkeypatch.setattr(fastbuild, "fold", lambda tag: calls.append(tag) or tag)
    text = HEAD + "".join(lint_entry(f"e{i}", f"E{i}") for i in range(20))
    assert fast(text) is not None
    assert sorted(calls) == ["ko", "ko-KP", "ru"]
