"""TBX as real tools write it: v2 from Trados/memoQ/Weblate, v3 with and without namespace; v2/v3 export."""

from __future__ import annotations

import pytest
from lxml import etree

from glossary import formats
from glossary.errors import GlossaryError
from glossary.formats.tbx import TbxFormat, detect_version

TRADOS_V2 = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en-US">
  <martifHeader><fileDesc><titleStmt><title>Client termbase</title></titleStmt>
    <sourceDesc><p>Exported from MultiTerm</p></sourceDesc></fileDesc>
    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc></martifHeader>
  <text><body>
    <termEntry id="c42">
      <descripGrp><descrip type="subjectField">politics</descrip></descripGrp>
      <admin type="source">MFA style guide</admin>
      <note>Use the full name on first mention.</note>
      <langSet xml:lang="en-US">
        <ntig><termGrp><term>Democratic People's Republic of Korea</term>
          <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termGrp></ntig>
        <ntig><termGrp><term>DPRK</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp></ntig>
        <ntig><termGrp><term>N. Korea</term>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termGrp></ntig>
      </langSet>
      <langSet xml:lang="ko-KR">
        <tig><term>북한</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
        <tig><term>조선민주주의인민공화국</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>조선</term></tig>
      </langSet>
      <langSet xml:lang="ru-RU">
        <note>TASS style</note>
        <tig><term>КНДР</term></tig>
        <tig><term>Северная Корея</term><termNote type="normativeAuthorization">forbidden</termNote></tig>
      </langSet>
      <langSet xml:lang="ja"><tig><term>朝鮮民主主義人民共和国</term></tig></langSet>
      <langSet xml:lang="zh"><tig><term>朝鲜民主主义人民共和国</term></tig></langSet>
    </termEntry>
    <termEntry>
      <langSet xml:lang="en"><tig><term>Kim Jong Un</term></tig></langSet>
      <langSet xml:lang="ru"><tig><term>Ким Чен Ын</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>
"""

WEBLATE_V2 = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE martif PUBLIC "ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN" "TBXcdv04.dtd">
<martif xmlns:xml="http://www.w3.org/XML/1998/namespace" type="TBX" xml:lang="en">
<martifHeader><fileDesc><sourceDesc><p>Weblate</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<termEntry id="pyongyang"><langSet xml:lang="en"><tig><term>Pyongyang</term></tig></langSet>
<langSet xml:lang="de"><tig><term>Pjöngjang</term></tig></langSet>
<langSet xml:lang="ko"><tig><term>평양</term></tig>
<tig><term>평양시</term><termNote type="administrativeStatus">obsolete</termNote></tig></langSet></termEntry>
<termEntry id="kcna"><langSet xml:lang="en"><tig><term>KCNA</term>
<termNote type="translationNote">no</termNote></tig></langSet></termEntry>
</body></text></martif>
"""

V3_PLAIN = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en">
<tbxHeader><fileDesc><titleStmt><title>Plain v3</title></titleStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></tbxHeader>
<text><body><conceptEntry id="kcna">
<descrip type="subjectField">media</descrip>
<langSec xml:lang="en"><termSec><term>KCNA</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
<termSec><term>Korean Central News Agency</term></termSec></langSec>
<langSec xml:lang="ru"><termSec><term>ЦТАК</term><termNote type="x-workbench-grammar">{"indeclinable": true}</termNote></termSec></langSec>
</conceptEntry></body></text></tbx>
"""


def load(text: str, name: str = "t.tbx"):
    return TbxFormat().loads(text.encode("utf-8"), name)


def test_trados_v2_keeps_every_synonym_and_status_and_folds_the_languages():
    fmt = TbxFormat()
    glossary = fmt.loads(TRADOS_V2.encode("utf-8"), "t.tbx")
    assert glossary.name == "Client termbase"
    assert glossary.source_language == "en"
    assert glossary.target_languages == ("ko", "ru")
    assert [w.split(":")[0] for w in fmt.warnings] == ["language 'ja' skipped (1 entry)",
                                                       "language 'zh' skipped (1 entry)"]
    dprk, kim = glossary.entries
    assert dprk.id == "c42" and dprk.line == 8
    assert dprk.sources == ("DPRK", "Democratic People's Republic of Korea")  # preferred first, deprecated dropped
    assert (dprk.subject, dprk.reference, dprk.note) == ("politics", "MFA style guide", "Use the full name on first mention.")
    ko = dprk.targets["ko"]
    assert ko.preferred.text == "조선민주주의인민공화국"
    assert [t.text for t in ko.admitted] == ["조선"]
    assert ko.deprecated == ("북한",)
    ru = dprk.targets["ru"]
    assert (ru.preferred.text, ru.deprecated, ru.note) == ("КНДР", ("Северная Корея",), "TASS style")
    assert set(dprk.targets) == {"ko", "ru"}
    assert kim.id == "kim-jong-un" and kim.targets["ru"].preferred.text == "Ким Чен Ын"


def test_weblate_v2_without_statuses_first_term_is_preferred():
    entry, untranslatable = load(WEBLATE_V2, "weblate.tbx").entries
    assert (entry.id, entry.source, entry.targets["ko"].preferred.text) == ("pyongyang", "Pyongyang", "평양")
    assert entry.targets["ko"].deprecated == ("평양시",)
    assert set(entry.targets) == {"ko"} and not entry.do_not_translate
    assert untranslatable.do_not_translate and untranslatable.targets == {}


@pytest.mark.parametrize("namespaced", [False, True])
def test_v3_with_or_without_namespace(namespaced):
    text = V3_PLAIN.replace('<tbx ', '<tbx xmlns="urn:iso:std:iso:30042:ed-2" ') if namespaced else V3_PLAIN
    [entry] = load(text).entries
    assert entry.sources == ("KCNA", "Korean Central News Agency")
    assert entry.subject == "media"
    assert entry.targets["ru"].preferred.indeclinable is True


@pytest.mark.parametrize("version, root, entry_tag", [(2, "martif", "termEntry"), (3, "tbx", "conceptEntry")])
def test_export_version(version, root, entry_tag):
    data = TbxFormat(tbx_version=version).dumps(load(TRADOS_V2))
    tree = etree.fromstring(data)
    assert detect_version(tree) == version
    assert etree.QName(tree).localname == root
    assert [etree.QName(n).localname for n in tree.iter() if etree.QName(n).localname == entry_tag] == [entry_tag] * 2
    assert "administrativeStatus" in data.decode() and "supersededTerm" not in data.decode()


def test_v3_is_the_default_export(tmp_path):
    formats.dump(load(V3_PLAIN), tmp_path / "out.tbx")
    assert b'xmlns="urn:iso:std:iso:30042:ed-2"' in (tmp_path / "out.tbx").read_bytes()


def test_unknown_tbx_version_is_refused():
    with pytest.raises(GlossaryError, match="TBX version"):
        TbxFormat(tbx_version=4)


@pytest.mark.parametrize("body, message, line", [
    ('<termEntry id="a">\n<langSet><tig><term>x</term></tig></langSet></termEntry>', "without xml:lang", 5),
    ('<termEntry id="a">\n<langSet xml:lang="en"><tig><term> </term></tig></langSet></termEntry>', "without a term", 5),
    ('<termEntry id="a"><langSet xml:lang="en"><tig><term>A</term></tig></langSet></termEntry>\n'
     '<termEntry id="a"><langSet xml:lang="en"><tig><term>B</term></tig></langSet></termEntry>', "duplicate entry id 'a'", 5),
    ('<termEntry id="a"><langSet xml:lang="en"><tig><term>A</term>\n'
     '<termNote type="x-workbench-grammar">{oops</termNote></tig></langSet></termEntry>', "invalid JSON", 5),
])
def test_bad_entries_name_the_line(body, message, line):
    text = f'<?xml version="1.0"?>\n<martif xml:lang="en"><text>\n<body>\n{body}\n</body></text></martif>'
    with pytest.raises(GlossaryError, match=message) as caught:
        load(text, "bad.tbx")
    assert (caught.value.path, caught.value.line) == ("bad.tbx", line)
