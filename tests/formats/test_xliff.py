"""XLIFF 1.2 and 2.x: the contract, locked units, inline tags, and hostile XML."""

from __future__ import annotations

import re
import time

import pytest
from lxml import etree

from tests.formats.contract import FormatContract
from workbench.errors import WorkbenchError
from workbench.formats.xliff import XliffFormat

XLIFF_12 = b"""<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" target-language="ko" datatype="plaintext" original="story.txt">
    <body>
      <trans-unit id="1">
        <source>Kim met <g id="1">Choe Son Hui</g> in<x id="2"/> Pyongyang.</source>
      </trans-unit>
      <trans-unit id="2" approved="yes">
        <source>Approved sentence.</source>
        <target state="translated">Approved target.</target>
      </trans-unit>
      <trans-unit id="3">
        <source>Final sentence.</source>
        <target state="final">Final target.</target>
      </trans-unit>
      <trans-unit id="4">
        <source>Press <bpt id="5">&lt;b&gt;</bpt>OK<ept id="5">&lt;/b&gt;</ept> and <ph id="6">%s</ph>.</source>
        <target state="needs-translation"></target>
      </trans-unit>
      <trans-unit id="5">
        <source>Already translated.</source>
        <target state="translated">Done already.</target>
      </trans-unit>
      <group id="g" translate="no">
        <trans-unit id="6"><source>Locked by its group.</source></trans-unit>
      </group>
    </body>
  </file>
</xliff>
"""

XLIFF_2 = b"""<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ko">
  <file id="f1">
    <unit id="u1">
      <segment id="s1">
        <source>Meet the <pc id="1">KCNA</pc> reporters<ph id="2"/>.</source>
      </segment>
      <segment id="s2" state="final">
        <source>Final sentence.</source>
        <target>Final target.</target>
      </segment>
    </unit>
    <unit id="u2">
      <segment state="reviewed"><source>Reviewed sentence.</source><target>Reviewed target.</target></segment>
    </unit>
    <unit id="u3">
      <segment><source>Empty <sc id="7"/>target<ec startRef="7"/>.</source><target></target></segment>
    </unit>
    <unit id="u4" translate="no">
      <segment><source>Do not translate.</source></segment>
    </unit>
  </file>
</xliff>
"""

LOCKED_12 = (b'<target state="translated">Approved target.</target>', b'<target state="final">Final target.</target>',
             b'<target state="translated">Done already.</target>', b"<trans-unit id=\"6\"><source>Locked by its group.</source></trans-unit>")
LOCKED_2 = (b'<segment id="s2" state="final">\n        <source>Final sentence.</source>\n        <target>Final target.</target>',
            b"<segment state=\"reviewed\"><source>Reviewed sentence.</source><target>Reviewed target.</target></segment>",
            b"<segment><source>Do not translate.</source></segment>")


class XliffContract(FormatContract):
    suffix = ".xlf"
    byte_exact_identity = False
    empty_is_error = True
    locked: tuple[bytes, ...] = ()

    def check_translated(self, document, again, targets):
        for unit_id, target in targets.items():
            unit = again.unit(unit_id)
            assert unit.target == target and unit.state == "translated" and not unit.translatable

    def test_locked_units_are_never_overwritten(self):
        document = self.parse(self.sample)
        output = document.render({unit.id: "OVERWRITTEN" for unit in document.units})
        for kept in self.locked:
            assert kept in output
        assert output.count(b"OVERWRITTEN") == len(document.todo)


class TestXliff12Contract(XliffContract):
    sample = XLIFF_12
    locked = LOCKED_12

    def test_which_units_are_translatable(self):
        document = self.parse(self.sample)
        assert [unit.id for unit in document.todo] == ["1", "4"]
        assert {unit.id: unit.state for unit in document.units}["4"] == "needs-translation"


class TestXliff2Contract(XliffContract):
    sample = XLIFF_2
    locked = LOCKED_2

    def test_which_units_are_translatable(self):
        document = self.parse(self.sample)
        assert [unit.id for unit in document.units] == ["u1/s1", "u1/s2", "u2", "u3", "u4"]
        assert [unit.id for unit in document.todo] == ["u1/s1", "u3"]


def parse(data: bytes, name: str = "doc.xlf"):
    return XliffFormat().parse(data, name)


def target_of(output: bytes, unit_id: str) -> str:
    """The serialized <target> of a unit ("id" for 1.2, "unit" or "unit/segment" for 2.x)."""
    unit_name, _, segment_name = unit_id.partition("/")
    for unit in etree.fromstring(output).iter("{*}trans-unit", "{*}unit"):
        if unit.get("id") != unit_name:
            continue
        holders = [s for s in unit.iter("{*}segment") if not segment_name or s.get("id") == segment_name] or [unit]
        text = etree.tostring(holders[0].find("{*}target"), encoding="unicode", with_tail=False)
        return re.sub(r' xmlns="[^"]*"', "", text)
    raise AssertionError(f"no unit {unit_id}")


def test_inline_tags_become_placeholders_and_come_back_where_the_model_put_them():
    document = parse(XLIFF_12)
    unit = document.unit("1")
    assert unit.source == "Kim met {1}Choe Son Hui{2} in{3} Pyongyang."
    assert [p.markup for p in unit.placeholders] == ['<g id="1">', "</g>", '<x id="2"/>']
    output = document.render({"1": "{3}김은 평양에서 {1}최선희{2}를 만났다."})
    assert '<target state="translated"><x id="2"/>김은 평양에서 <g id="1">최선희</g>를 만났다.</target>' in target_of(output, "1")


def test_native_code_elements_are_copied_whole():
    document = parse(XLIFF_12)
    unit = document.unit("4")
    assert unit.source == "Press {1}OK{2} and {3}."
    tokens = [p.token for p in unit.placeholders]
    output = document.render({"4": f"{tokens[2]} 와 {tokens[0]}확인{tokens[1]} 누르기."})
    assert '<ph id="6">%s</ph> 와 <bpt id="5">&lt;b&gt;</bpt>확인<ept id="5">&lt;/b&gt;</ept> 누르기.' in target_of(output, "4")


def test_tokens_the_model_dropped_or_broke_are_restored_at_the_end():
    document = parse(XLIFF_2)
    output = document.render({"u1/s1": "{2}조선중앙통신{1} 기자."})  # the pair is reversed, {3} is lost
    target = target_of(output, "u1/s1")
    assert target.endswith('조선중앙통신 기자. <pc id="1"/><ph id="2"/></target>')
    assert parse(output).unit("u1/s1").target.startswith("조선중앙통신 기자.")


def test_xliff2_state_goes_on_the_segment_and_new_targets_are_indented():
    output = parse(XLIFF_2).render({"u1/s1": "{1}조선중앙통신{2} 기자{3}를 만나라.", "u3": "빈 {1}대상{2}."})
    assert b'<segment id="s1" state="translated">\n        <source>' in output
    assert b'</source>\n        <target><pc id="1">' in output
    assert b'<segment state="translated"><source>Empty <sc id="7"/>target<ec startRef="7"/>.</source>' \
           b'<target>\xeb\xb9\x88 <sc id="7"/>\xeb\x8c\x80\xec\x83\x81<ec startRef="7"/>.</target></segment>' in output


def test_existing_targets_are_shown_in_token_form():
    data = XLIFF_12.replace(b'<target state="needs-translation"></target>',
                            b'<target state="new"><ph id="6">%s</ph> x</target>')
    unit = parse(data).unit("4")
    assert unit.translatable and unit.target == unit.placeholders[2].token + " x"


def test_a_literal_brace_number_in_the_source_is_not_taken_for_a_token():
    data = XLIFF_12.replace(b"Kim met", b"Kim {1} met")
    unit = parse(data).unit("1")
    assert unit.source.startswith("Kim {1} met {2}Choe Son Hui{3}")


@pytest.mark.parametrize("data, reason", [
    (b"<html><body/></html>", "doc.xlf:1: not an XLIFF file (root element <html>)"),
    (b'<xliff xmlns="urn:oasis:names:tc:xliff:document:3.0" version="3.0"/>', "doc.xlf:1: unsupported XLIFF version"),
    (b'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file><body>\n'
     b'<trans-unit id="1"></trans-unit></body></file></xliff>', "doc.xlf:2: unit '1' has no <source>"),
    (b'<?xml version="1.0"?>\n<xliff version="1.2">\n<file>\n</xliff>', "doc.xlf:4: not well-formed XML"),
])
def test_invalid_documents_are_one_line_errors_naming_file_and_line(data, reason):
    with pytest.raises(WorkbenchError) as caught:
        parse(data)
    assert str(caught.value).startswith(reason) and "\n" not in str(caught.value)


def test_xxe_entity_pointing_at_a_local_secret_is_refused_and_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-0451")
    data = (f'<?xml version="1.0"?>\n<!DOCTYPE xliff [\n  <!ENTITY xxe SYSTEM "file://{secret}">\n]>\n'
            '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file><body>'
            '<trans-unit id="1"><source>&xxe;</source></trans-unit></body></file></xliff>').encode()
    path = tmp_path / "evil.xlf"
    path.write_bytes(data)
    with pytest.raises(WorkbenchError) as caught:
        XliffFormat().load(path)
    message = str(caught.value)
    assert message == f"{path}:3: DTD/entity declarations are not allowed"
    assert "TOP-SECRET" not in message


def test_billion_laughs_is_refused_quickly():
    lines = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)]
    data = ("<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [\n" + "\n".join(lines) + "\n]>\n"
            '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file><body>'
            '<trans-unit id="1"><source>&lol9;</source></trans-unit></body></file></xliff>').encode()
    started = time.perf_counter()
    with pytest.raises(WorkbenchError, match="laughs.xlf:3: DTD/entity declarations are not allowed"):
        parse(data, "laughs.xlf")
    assert time.perf_counter() - started < 1


def test_an_external_dtd_reference_is_never_fetched():
    data = XLIFF_12.replace(b"<xliff ", b'<!DOCTYPE xliff SYSTEM "http://127.0.0.1:9/xliff.dtd">\n<xliff ', 1)
    started = time.perf_counter()
    document = parse(data)
    assert [unit.id for unit in document.todo] == ["1", "4"] and time.perf_counter() - started < 1
