"""Bilingual outputs: XLIFF 2 / TMX / JSON carry source, MT, target, changes and findings, and read back."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field

import pytest
from lxml import etree

from workbench.errors import WorkbenchError
from workbench.formats import bilingual, bilingual_xliff
from workbench.formats.bilingual import BilingualSegment
from workbench.formats.markdown import protect
from workbench.formats.xliff import XliffFormat


@dataclass(frozen=True)
class Change:  # the shape of workbench.terms.findings.Change, without importing the terms layer
    id: str
    before: str
    after: str
    method: str
    report: object = field(default=None, compare=False)


SEGMENTS = [
    BilingualSegment("1", "Kim Jong Un visited Pyongyang <today> & more.", "김정은은 오늘 평양을 방문했다.",
                     mt="김종운은 오늘 평양을 방문했다.",
                     changes=(bilingual.record(Change("kim-jong-un", "김종운", "김정은", "hypothesis", object())),),
                     findings=({"id": "kcna", "kind": "missing-term", "start": 0, "end": 4},),
                     file="news/a.txt"),
    BilingualSegment("2", "KCNA reported.", "조선중앙통신이 보도했다.", file="news/a.txt"),
    BilingualSegment("p/1", "Second file.", "두 번째 파일.", mt="두 번째 파일.", file="news/b.md", state="final"),
    BilingualSegment("3", *protect("According to [KCNA](https://kcna.kp/en), **Kim** said `x < y`.")[:1],
                     "{1}ЦТАК{2}: {3}Ким{4} сказал {5}.", mt="ЦТАК: Ким сказал {5}.", file="news/b.md",
                     findings=({"kind": "tag", "message": "inline markup restored", "severity": "warning",
                                "fix": None},),
                     placeholders=tuple(protect("According to [KCNA](https://kcna.kp/en), **Kim** said `x < y`.")[1])),
]


@pytest.mark.parametrize("fmt", sorted(bilingual.FORMATS))
def test_every_bilingual_format_reads_back_what_it_wrote(fmt):
    data = bilingual.dumps(SEGMENTS, fmt, "en", "ko-KP")
    assert bilingual.loads(data, fmt, "out" + bilingual.FORMATS[fmt]) == SEGMENTS


def test_record_keeps_data_fields_and_drops_bulky_reports():
    assert SEGMENTS[0].changes[0] == {"id": "kim-jong-un", "before": "김종운", "after": "김정은", "method": "hypothesis"}


def test_xliff_output_is_an_xliff2_document_with_finished_targets():
    data = bilingual.dumps(SEGMENTS, "xliff", "en", "ko")
    document = XliffFormat().parse(data, "out.xlf")
    assert document.version == "2"
    assert [unit.target for unit in document.units] == [segment.target for segment in SEGMENTS]
    assert document.todo == ()  # nothing left to translate: a rerun never overwrites it
    assert b'<mtc:match ref="#s1" origin="mt" type="mt">' in data
    assert b'<file id="f2" original="news/b.md">' in data and b'state="final"' in data


def test_xliff_carries_real_inline_codes_with_their_original_data():
    data = bilingual.dumps(SEGMENTS[3:], "xliff", "en", "ru")
    root = etree.fromstring(data)
    ns = {"x": bilingual_xliff.NS, "mtc": bilingual_xliff.NS_MTC}
    (unit,) = root.iterfind(".//x:unit", ns)
    source, target = unit.find("x:segment/x:source", ns), unit.find("x:segment/x:target", ns)
    assert "{" not in "".join(source.itertext()) + "".join(target.itertext())  # no literal tokens for a CAT tool
    assert etree.tostring(source, encoding="unicode", with_tail=False).split(">", 1)[1] == (
        'According to <pc id="1" dataRefStart="d1" dataRefEnd="d2">KCNA</pc>, '
        '<pc id="3" dataRefStart="d3" dataRefEnd="d4">Kim</pc> said <ph id="5" dataRef="d5"/>.</source>')
    assert [(d.get("id"), d.text) for d in unit.iterfind("x:originalData/x:data", ns)] == [
        ("d1", "["), ("d2", "](https://kcna.kp/en)"), ("d3", "**"), ("d4", "**"), ("d5", "`x < y`")]
    mt = unit.find("mtc:matches/mtc:match/x:target", ns)
    assert [child.get("id") for child in mt] == ["5"]  # the raw MT as the model left it
    for broken, written in (("ЦТАК{2}: {3}Ким сказал {5}{5}.", 'ЦТАК: Ким сказал <ph id="5" dataRef="d5"/>.'),
                            ("ЦТАК: Ким сказал.", "ЦТАК: Ким сказал.")):
        segment = dataclasses.replace(SEGMENTS[3], mt=broken)
        mt = etree.fromstring(bilingual.dumps([segment], "xliff", "en", "ru")).find(".//mtc:match/x:target", ns)
        assert etree.tostring(mt, encoding="unicode", with_tail=False).split(">", 1)[1] == written + "</target>"



def test_xliff_findings_are_readable_notes_one_each_with_machine_records_beside():
    data = bilingual.dumps(SEGMENTS[:1], "xliff", "en", "ko")
    root = etree.fromstring(data)
    notes = [note.text for note in root.iter(f"{{{bilingual_xliff.NS}}}note")]
    assert notes == ["glossary kim-jong-un: «김종운» → «김정은» (hypothesis)",
                     "id: kcna; kind: missing-term; start: 0; end: 4"]
    groups = list(root.iter(f"{{{bilingual_xliff.NS_MDA}}}metaGroup"))
    assert [g.get("category") for g in groups] == ["workbench:change", "workbench:finding"]
    assert bilingual_xliff.describe({"id": "dprk", "matched": "DPRK", "status": "deprecated", "found": "북한",
                                     "expected": "조선민주주의인민공화국"}) == (
        "deprecated: DPRK [dprk]: found «북한», expected «조선민주주의인민공화국»")
    assert bilingual_xliff.describe({"kind": "tag", "message": "m", "severity": "warning", "fix": None}) == \
        "warning (tag): m"


def test_tmx_output_is_readable_by_translate_toolkit():
    from translate.storage import tmx

    store = tmx.tmxfile.parsestring(bilingual.dumps(SEGMENTS, "tmx", "en", "ko"))
    units = [unit for unit in store.units if unit.source]
    assert [(unit.source, unit.target) for unit in units] == [(s.source, s.target) for s in SEGMENTS]
    assert any(segment.placeholders for segment in SEGMENTS)


def test_json_output_is_stable_and_documented():
    document = json.loads(bilingual.dumps(SEGMENTS[:1], "json", "en", "ru"))
    assert list(document) == ["schema_version", "source_language", "target_language", "segments"]
    assert document["schema_version"] == 1 and document["target_language"] == "ru"
    assert list(document["segments"][0]) == ["file", "id", "source", "mt", "target", "state", "changes", "findings",
                                             "placeholders"]


@pytest.mark.parametrize("fmt, data, reason", [
    ("json", b'{"segments": [{"id": "1"}]}', "bad.json: not a workbench bilingual JSON file"),
    ("json", b"{\n  nope", "bad.json:2:3: invalid JSON"),
    ("tmx", b"<tmx><body><tu><tuv><seg>x</seg></tuv></tu></body></tmx>", "bad.tmx:1: <tu> needs a source and a target"),
    ("xliff", b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>', "bad.xlf:1: DTD/entity"),
])
def test_bad_bilingual_files_are_one_line_errors(fmt, data, reason):
    with pytest.raises(WorkbenchError) as caught:
        bilingual.loads(data, fmt, "bad" + {"json": ".json", "tmx": ".tmx", "xliff": ".xlf"}[fmt])
    assert str(caught.value).startswith(reason) and "\n" not in str(caught.value)


def test_unknown_bilingual_format_is_refused():
    with pytest.raises(WorkbenchError, match="unknown bilingual format 'csv'"):
        bilingual.dumps(SEGMENTS, "csv", "en", "ko")
