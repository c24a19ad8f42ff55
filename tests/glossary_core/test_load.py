"""Loading, validation positions, YAML 1.1 traps and dump round trips."""

from __future__ import annotations

import dataclasses
import textwrap

import pytest

from glossary import yamlio
from glossary.errors import GlossaryError
from glossary.schema import GlossaryInvalid

HEAD = "schema_version: 1\nname: t\ntarget_languages: [ko, ru]\nentries:\n"


def findings(text: str) -> list[str]:
    with pytest.raises(GlossaryInvalid) as info:
        yamlio.loads(text, "g.yaml")
    return [str(finding) for finding in info.value.findings]


def test_spec_example_loads_with_lines_and_hints(spec_text):
    glossary = yamlio.loads(spec_text, "spec.yaml")
    dprk = glossary.get("dprk")
    assert dprk.sources == ("DPRK", "Democratic People's Republic of Korea")
    assert dprk.targets["ru"].preferred.indeclinable is True
    assert dprk.for_locale("ko-KP").preferred.text == "조선민주주의인민공화국"
    assert glossary.get("president-of-state-affairs").targets["ru"].preferred.inflect == (1,)
    assert glossary.get("kim-jong-un").targets["ru"].preferred.forms["gent"] == "Ким Чен Ына"
    lines = spec_text.splitlines()
    for entry in glossary.entries:
        assert lines[entry.line - 1].split("#")[0].strip() == f"- id: {entry.id}"


def test_yaml11_traps_stay_strings():
    text = HEAD + textwrap.indent(textwrap.dedent("""\
        - id: no
          source: [off, 2023-01-01, on]
          targets:
            ko: {preferred: yes}
            ru: {preferred: null}
        - id: 1.0
          source: 0x10
          targets:
            ko: {preferred: ~}
        """), "  ")
    glossary = yamlio.loads(text)
    first, second = glossary.entries
    assert first.id == "no" and first.sources == ("off", "2023-01-01", "on")
    assert first.targets["ko"].preferred.text == "yes"
    assert first.targets["ru"].preferred.text == "null"
    assert second.id == "1.0" and second.sources == ("0x10",)
    assert second.targets["ko"].preferred.text == "~"


def test_dump_round_trips_traps_and_hints(spec_text):
    text = HEAD + "  - id: no\n    source: off\n    targets:\n      ko: {preferred: yes}\n"
    for source in (text, spec_text):
        glossary = yamlio.loads(source)
        again = yamlio.loads(yamlio.dump(glossary))
        strip = lambda g: [dataclasses.replace(e, line=0) for e in g.entries]  # noqa: E731
        assert strip(again) == strip(glossary)
        assert yamlio.dump(again) == yamlio.dump(glossary)
    assert "id: 'no'" in yamlio.dump(yamlio.loads(text))


def test_every_problem_is_reported_with_line_and_column():
    text = textwrap.dedent("""\
        schema_version: 1
        nme: t
        entries:
          - id: a b
            source: [" X", ""]
            do_not_translate: yes
            targets:
              kx-ZZ: {preferred: x}
              ru:
                prefered: y
          - source: z
            targets:
              ru: {preferred: {term: Ким Чен Ын, inflect: [4], forms: {gen: Ким}}}
        """)
    assert findings(text) == [
        "g.yaml:2:1: unknown key 'nme' in the glossary (did you mean 'name'?)",
        "g.yaml:4:9: id 'a b' must be non-empty and contain no whitespace",
        "g.yaml:5:14: source item ' X' has leading or trailing whitespace",
        "g.yaml:5:20: source item is empty",
        "g.yaml:6:23: do_not_translate must be true or false, not 'yes' "
        "(YAML 1.1 words like yes/no/on/off are not booleans here)",
        "g.yaml:8:7: 'kx-ZZ' is not a language tag or name (BCP 47, e.g. ru, ko, ko-KP)",
        "g.yaml:10:9: unknown key 'prefered' in targets.ru (did you mean 'preferred'?)",
        "g.yaml:11:5: missing key 'id' in an entry",
        "g.yaml:13:52: inflect position '4' out of range: 'Ким Чен Ын' has 3 word(s)",
        "g.yaml:13:64: unknown forms key 'gen' (did you mean 'gent'?) "
        "(use nomn, gent, datv, accs, ablt, loct, optionally with plur_)",
    ]


def test_wrong_types_and_missing_required_keys():
    text = "schema_version: 1\nentries:\n  - id: [a]\n    source: {x: y}\n    targets: [ru]\n  - id: b\n"
    assert findings(text) == [
        "g.yaml:3:9: id must be a string, not a list",
        "g.yaml:4:13: source must be a list, not a mapping",
        "g.yaml:5:14: targets must be a mapping, not a list",
        "g.yaml:6:5: missing key 'source' in an entry",
    ]


def test_yaml_syntax_error_has_position():
    assert findings("schema_version: 1\nentries: [a\nb: c\n") == [
        "g.yaml:3:2: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence)"]


def test_unsupported_schema_version_and_padded_term():
    text = "schema_version: 2\nentries:\n  - id: a\n    source: A\n    targets:\n      ru: {preferred: ' Б'}\n"
    assert findings(text) == ["g.yaml:1:17: unsupported schema_version '2' (this workbench reads 1)",
                              "g.yaml:6:23: term ' Б' has leading or trailing whitespace"]


def test_load_error_is_one_line_naming_the_first_problem(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("schema_version: 1\nentries:\n  - id: a\n    sorce: A\n", encoding="utf-8")
    with pytest.raises(GlossaryError) as info:
        yamlio.load(path)
    message = str(info.value)
    assert message.startswith(f"{path}:4:5: unknown key 'sorce' in an entry (did you mean 'source'?)")
    assert "\n" not in message and info.value.exit_code == 2


@pytest.mark.parametrize("content, expected", [
    (None, "no such file"),
    (b"schema_version: 1\nname: \xff\n", ":2:7: not UTF-8 (byte 0xff)"),
    (b"- just\n- a list\n", ":1:1: not a glossary: the top level must be a mapping"),
    (b"", "not a glossary"),
])
def test_unreadable_files(tmp_path, content, expected):
    path = tmp_path / "g.yaml"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(GlossaryError) as info:
        yamlio.load(path)
    assert not isinstance(info.value, GlossaryInvalid)
    assert expected in str(info.value)


def test_load_many_later_file_overrides_same_id(tmp_path):
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    first.write_text(HEAD + "  - id: x\n    source: X\n  - id: y\n    source: Y\n", encoding="utf-8")
    second.write_text(HEAD + "  - id: x\n    source: X2\n", encoding="utf-8")
    merged = yamlio.load_many([first, second])
    assert merged.get("x").sources == ("X2",) and merged.get("y").sources == ("Y",)


def test_bundled_glossary_is_valid():
    glossary = yamlio.load(yamlio.bundled_path())
    assert len(glossary) > 0 and all(entry.line > 0 for entry in glossary.entries)


def test_an_inflect_position_written_with_a_superscript_digit_is_a_finding_not_a_crash():
    text = ("schema_version: 1\nname: g\nentries:\n  - id: a\n    source: A\n    targets:\n"
            "      ru: {preferred: {term: Ким Чен Ын, inflect: [²]}}\n")
    assert findings(text) == ["g.yaml:7:52: inflect position '²' out of range: 'Ким Чен Ын' has 3 word(s)"]
