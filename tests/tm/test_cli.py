"""`workbench tm` through click's CliRunner: import, export, stats, lookup, one-line errors."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.tm import TMRecord, TranslationMemory

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" creationtool="x" creationtoolversion="1" segtype="sentence"
 o-tmf="x" adminlang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>The DPRK foreign minister arrived in Moscow.</seg></tuv>
    <tuv xml:lang="ru"><seg>Министр иностранных дел КНДР прибыл в Москву.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>KCNA reported on Thursday.</seg></tuv>
    <tuv xml:lang="ko"><seg>조선중앙통신이 목요일 보도했다.</seg></tuv></tu>
</body></tmx>"""


def run(*args):
    return CliRunner().invoke(cli, ["tm", *map(str, args)])


@pytest.fixture
def tmx_file(tmp_path):
    path = tmp_path / "in.tmx"
    path.write_text(TMX, encoding="utf-8")
    return path


def test_every_command_has_help():
    for name in ("import", "export", "stats", "lookup"):
        result = run(name, "--help")
        assert result.exit_code == 0 and "Usage:" in result.output


def test_import_then_stats(tmp_path, tmx_file):
    db = tmp_path / "tm.sqlite3"
    result = run("import", tmx_file, "--tm", db)
    assert result.exit_code == 0, result.output
    assert "imported 2 segment(s)" in result.output
    data = json.loads(run("stats", "--tm", db, "--json").output)
    assert data["segments"] == 2 and data["by_status"] == {"approved": 2}
    assert data["by_pair"] == {"en>ko": 1, "en>ru": 1} and data["schema_version"] == 2
    text = run("stats", "--tm", db).output
    assert "2 segment(s)" in text and "en>ru" in text


def test_import_to_one_locale(tmp_path, tmx_file):
    db = tmp_path / "tm.sqlite3"
    assert run("import", tmx_file, "--tm", db, "--to", "ru").exit_code == 0
    assert TranslationMemory(db).stats().by_pair == {"en>ru": 1}


def test_default_tm_lives_in_the_data_folder(tmx_file):
    from workbench.tm import default_path

    assert run("import", tmx_file).exit_code == 0
    assert default_path().exists()


def test_export(tmp_path, tmx_file):
    db = tmp_path / "tm.sqlite3"
    run("import", tmx_file, "--tm", db)
    out = tmp_path / "out.tmx"
    result = run("export", "-o", out, "--tm", db, "--to", "ko")
    assert result.exit_code == 0 and "exported 1 unit(s)" in result.output
    assert "조선중앙통신이" in out.read_text(encoding="utf-8")


def test_lookup_json_and_text(tmp_path):
    db = tmp_path / "tm.sqlite3"
    TranslationMemory(db).store([
        TMRecord("The DPRK foreign minister arrived in Moscow.", "Министр прибыл.", "en", "ru"),
        TMRecord("The DPRK foreign minister arrived in Moscow.", "외무상 도착.", "en", "ko-KP")])
    rows = json.loads(run("lookup", "The DPRK foreign minister arrived in Beijing.", "--tm", db,
                          "--json").output)
    assert {r["tgt_locale"] for r in rows} == {"ru", "ko-KP"}
    assert all(70 <= r["score"] < 100 and r["status"] == "mt" for r in rows)
    only_ru = run("lookup", "the dprk foreign minister arrived in moscow", "--tm", db, "--to", "ru")
    assert only_ru.exit_code == 0
    assert "100.0" in only_ru.output and "Министр прибыл." in only_ru.output
    assert "외무상" not in only_ru.output
    assert "no match" in run("lookup", "Completely different.", "--tm", db).output


@pytest.mark.parametrize("args, message", [
    (["stats", "--tm", "{tmp}/missing.sqlite3"], "no such translation memory"),
    (["lookup", "x", "--tm", "{tmp}/missing.sqlite3"], "no such translation memory"),
    (["import", "{tmp}/missing.tmx", "--tm", "{tmp}/tm.sqlite3"], "cannot read"),
    (["stats", "--tm", "{tmp}/garbage.sqlite3"], "not a usable translation memory"),
    (["import", "{tmp}/evil.tmx", "--tm", "{tmp}/tm.sqlite3"], "DTD/entity declarations"),
])
def test_errors_are_one_line_and_exit_2(tmp_path, args, message):
    (tmp_path / "garbage.sqlite3").write_bytes(b"garbage" * 1000)
    (tmp_path / "evil.tmx").write_text('<!DOCTYPE t [<!ENTITY a "b">]><tmx>&a;</tmx>')
    result = run(*[a.format(tmp=tmp_path) for a in args])
    assert result.exit_code == 2
    assert message in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("workbench: error: ")
