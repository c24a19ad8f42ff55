"""TMX/XLIFF exchange through translate-toolkit: round trip, statuses, locales, hostile files."""

from __future__ import annotations

import pytest
from translate.storage import tmx

from workbench.errors import WorkbenchError
from workbench.tm import TMRecord, TranslationMemory
from workbench.tm.exchange import export_tmx, import_file

XXE_TMX = b"""<?xml version="1.0"?>
<!DOCTYPE tmx [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<tmx version="1.4"><header srclang="en" creationtool="x" creationtoolversion="1" segtype="sentence"
 o-tmf="x" adminlang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>KCNA</seg></tuv><tuv xml:lang="ru"><seg>&xxe;</seg></tuv></tu>
</body></tmx>"""

FOREIGN_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4"><header srclang="en-US" creationtool="Trados" creationtoolversion="1"
 segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/><body>
<tu creationdate="20230913T101500Z">
 <tuv xml:lang="en-US"><seg>Choe Son Hui arrived in Moscow.</seg></tuv>
 <tuv xml:lang="ru-RU"><seg>Цой Сон Хи прибыла в Москву.</seg></tuv>
 <tuv xml:lang="ko-KP"><seg>최선희 모스크바 도착.</seg></tuv>
</tu>
</body></tmx>"""

XLIFF12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="news.txt" source-language="en" target-language="ko" datatype="plaintext"><body>
  <trans-unit id="1" approved="yes"><source>Pyongyang</source><target>평양</target></trans-unit>
  <trans-unit id="2"><source>KCNA said.</source><target state="final">조선중앙통신이 전했다.</target></trans-unit>
  <trans-unit id="3"><source>The talks ended.</source><target state="translated">회담이 끝났다.</target></trans-unit>
  <trans-unit id="4"><source>Not yet.</source><target state="new"></target></trans-unit>
  <trans-unit id="5"><source>Untranslated.</source></trans-unit>
 </body></file>
</xliff>"""

XLIFF20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en">
 <file id="f1">
  <unit id="1"><segment state="final"><source>DPRK</source><target>КНДР</target></segment></unit>
  <unit id="2"><segment state="translated"><source>Talks.</source><target>Переговоры.</target></segment></unit>
  <unit id="3"><segment state="initial"><source>Draft.</source><target>Черновик.</target></segment></unit>
 </file>
</xliff>"""


def test_tmx_round_trip_keeps_everything(tm, tmp_path):
    records = [TMRecord("KCNA said <b>on</b> Thursday & Friday.", "조선중앙통신은 목요일에 밝혔다.",
                        "en", "ko-KP", "argos-en-ko-1.1", "sha:abc", "enforced"),
               TMRecord("Pyongyang", "Пхеньян", "en", "ru", "", "", "approved"),
               TMRecord("Pyongyang", "Пхеньян (МТ)", "en", "ru", "m2", "g2", "mt")]
    tm.store(records)
    out = tmp_path / "out.tmx"
    assert export_tmx(tm, out) == 3
    parsed = tmx.tmxfile.parsefile(str(out))  # translate-toolkit reads what we wrote
    assert [u.source for u in parsed.units] == [r.source for r in records]
    again = TranslationMemory(tmp_path / "again.sqlite3")
    assert import_file(again, out) == 3
    key = lambda e: (e.source, e.target, e.src_locale, e.tgt_locale, e.model_id,  # noqa: E731
                     e.glossary_version, e.status)
    assert sorted(map(key, again.entries())) == sorted(map(key, tm.entries()))
    assert [e.created_at[:19] for e in again.entries()] == [e.created_at[:19] for e in tm.entries()]


def test_export_filters_and_is_atomic(tm, tmp_path):
    tm.store([TMRecord("a", "а", "en", "ru", status="approved"), TMRecord("b", "б", "en", "ru"),
              TMRecord("c", "씨", "en", "ko", status="approved")])
    out = tmp_path / "out.tmx"
    assert export_tmx(tm, out, tgt_locale="ru", statuses=["approved"]) == 1
    assert [u.target for u in tmx.tmxfile.parsefile(str(out)).units] == ["а"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_foreign_tmx_is_approved_with_source_language_only(tm, tmp_path):
    path = tmp_path / "trados.tmx"
    path.write_text(FOREIGN_TMX, encoding="utf-8")
    assert import_file(tm, path) == 2
    entry = tm.lookup_exact(["Choe Son Hui arrived in Moscow."], "en", "ru-RU", "any", "any")
    assert entry["Choe Son Hui arrived in Moscow."].status == "approved"
    assert entry["Choe Son Hui arrived in Moscow."].created_at.startswith("2023-09-13T10:15:00")
    assert tm.stats().by_pair == {"en>ko-KP": 1, "en>ru-RU": 1}


def test_to_selects_and_renames_the_target(tm, tmp_path):
    path = tmp_path / "trados.tmx"
    path.write_text(FOREIGN_TMX, encoding="utf-8")
    assert import_file(tm, path, tgt_locale="ru") == 1
    assert tm.stats().by_pair == {"en>ru": 1}


def test_xliff_12_statuses(tm, tmp_path):
    path = tmp_path / "news.xlf"
    path.write_text(XLIFF12, encoding="utf-8")
    assert import_file(tm, path) == 3
    found = tm.lookup_exact(["Pyongyang", "KCNA said.", "The talks ended.", "Not yet."], "en", "ko")
    assert {s: e.status for s, e in found.items()} == {
        "Pyongyang": "approved", "KCNA said.": "approved", "The talks ended.": "edited"}


def test_xliff_20_statuses_and_missing_target_language(tm, tmp_path):
    path = tmp_path / "news.xliff"
    path.write_text(XLIFF20, encoding="utf-8")
    with pytest.raises(WorkbenchError, match="no target language; pass --to"):
        import_file(tm, path)
    assert import_file(tm, path, tgt_locale="ru") == 2
    found = tm.lookup_exact(["DPRK", "Talks.", "Draft."], "en", "ru")
    assert {s: e.status for s, e in found.items()} == {"DPRK": "approved", "Talks.": "edited"}


def test_xxe_file_is_rejected_before_parsing(tm, tmp_path):
    path = tmp_path / "evil.tmx"
    path.write_bytes(XXE_TMX)
    with pytest.raises(WorkbenchError, match=r"evil\.tmx:2: DTD/entity declarations are not allowed"):
        import_file(tm, path)
    assert tm.stats().segments == 0


@pytest.mark.parametrize("content, message", [
    (b"<tmx><body><tu>", r"bad\.tmx:1: not well-formed XML"),
    (b"<html><body/></html>", r"bad\.tmx:1: not a TMX or XLIFF file \(root element <html>\)"),
    (b"\xff\xfe\x00garbage", r"bad\.tmx"),
])
def test_broken_files_are_one_line_errors(tm, tmp_path, content, message):
    path = tmp_path / "bad.tmx"
    path.write_bytes(content)
    with pytest.raises(WorkbenchError, match=message) as info:
        import_file(tm, path)
    assert "\n" not in str(info.value)


def test_missing_file_is_an_error(tm, tmp_path):
    with pytest.raises(WorkbenchError, match="cannot read"):
        import_file(tm, tmp_path / "nope.tmx")
