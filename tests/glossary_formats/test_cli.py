"""`workbench glossary find | import | export` through click's CliRunner and through the real entry point."""

from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from glossary import yamlio
from workbench.cli.glossary_io_cmd import register

SEED_LINE = "Foreign Minister Choe Son-hui met Kim Jong Un’s aide in Pyongyang."
SECRET = "TOP-SECRET-51b2"


@pytest.fixture
def run():
    @click.group()
    def group() -> None:
        """Test group."""
    register(group)
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(group, list(map(str, args)), input=input)
    return invoke


def test_every_command_has_help(run):
    for name in ("find", "import", "export"):
        result = run(name, "--help")
        assert result.exit_code == 0 and "Usage:" in result.output and len(result.output) > 200


def test_find_prints_offsets_matched_text_entry_and_targets(run):
    result = run("find", SEED_LINE)
    assert result.exit_code == 0, result.output
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    assert [line[:3] for line in lines] == [["0-16", "Foreign Minister", "foreign-minister"],
                                            ["17-29", "Choe Son-hui", "choe-son-hui"],
                                            ["34-45", "Kim Jong Un", "kim-jong-un"],
                                            ["56-65", "Pyongyang", "pyongyang"]]
    assert "ru: Ким Чен Ын" in lines[2][3]


def test_find_json_from_a_file_and_from_stdin(run, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(SEED_LINE, encoding="utf-8")
    by_file = json.loads(run("find", path, "--json").stdout)
    by_stdin = json.loads(run("find", "-", "--json", input=SEED_LINE).stdout)
    assert by_file == by_stdin and by_file["count"] == 4
    hit = by_file["hits"][2]
    assert hit == {"start": 34, "end": 45, "matched": "Kim Jong Un", "entry_id": "kim-jong-un",
                   "source_form": hit["source_form"], "targets": hit["targets"]}
    assert SEED_LINE[hit["start"]:hit["end"]] == hit["matched"]
    assert set(hit["targets"]) == {"ko", "ko-KP", "ru"}


def test_find_with_a_missing_file_name_is_an_error_not_text(run, tmp_path):
    result = run("find", tmp_path / "artcle.txt")
    assert result.exit_code == 2 and "no such file" in result.stderr
    assert json.loads(run("find", "DPRK.", "--json").stdout)["count"] == 1


def test_find_with_csv_glossaries_later_file_wins(run, tmp_path):
    (tmp_path / "a.csv").write_text("id,en,ru\npy,Pyongyang,Пхеньян\n", encoding="utf-8")
    (tmp_path / "b.tsv").write_text("id\ten\tru\npy\tPyongyang\tПхеньян (B)\n", encoding="utf-8")
    result = run("find", "in Pyongyang", "-g", tmp_path / "a.csv", "-g", tmp_path / "b.tsv", "--json")
    assert json.loads(result.stdout)["hits"][0]["targets"] == {"ru": "Пхеньян (B)"}


def test_import_tbx_export_round_trip(run, tmp_path):
    bundled = yamlio.bundled_path()
    for version in ("2", "3"):
        tbx = tmp_path / f"v{version}.tbx"
        assert run("export", bundled, "-o", tbx, "--tbx-version", version).exit_code == 0
        out = tmp_path / f"v{version}.yaml"
        result = run("import", tbx, "-o", out)
        assert result.exit_code == 0, result.output
        again, original = yamlio.load(out), yamlio.load(bundled)
        assert [e.id for e in again.entries] == [e.id for e in original.entries]
        assert again.get("dprk").targets == original.get("dprk").targets


def test_import_two_column_csv_needs_to(run, tmp_path):
    src = tmp_path / "pairs.csv"
    src.write_text("source,target\nDPRK,КНДР\n", encoding="utf-8")
    out = tmp_path / "pairs.yaml"
    failed = run("import", src, "-o", out)
    assert failed.exit_code == 2 and not out.exists()
    assert failed.stderr.strip() == f"workbench: error: {src}:1: a source,target file needs the target language (--to LOCALE)"
    assert run("import", src, "-o", out, "--to", "ru").exit_code == 0
    assert yamlio.load(out).get("dprk").targets["ru"].preferred.text == "КНДР"


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".tbx", ".xml", ".yaml"])
def test_export_formats_load_back(run, tmp_path, suffix):
    out = tmp_path / f"out{suffix}"
    assert run("export", yamlio.bundled_path(), "-o", out).exit_code == 0
    assert run("find", "the DPRK", "-g", out, "--json").stdout.count('"entry_id": "dprk"') == 1


def test_xxe_via_cli_exits_2_leaks_nothing_and_writes_nothing(run, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    evil = tmp_path / "evil.tbx"
    evil.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE martif [<!ENTITY x SYSTEM "{secret.as_uri()}">]>\n'
                    '<martif xml:lang="en"><text><body><termEntry><langSet xml:lang="en"><tig><term>&x;</term>'
                    '</tig></langSet></termEntry></body></text></martif>')
    out = tmp_path / "out.yaml"
    for args in (("import", evil, "-o", out), ("find", "text", "-g", evil), ("export", evil, "-o", tmp_path / "o.csv")):
        result = run(*args)
        assert result.exit_code == 2
        assert result.stderr == f"workbench: error: {evil}:2: DTD/entity declarations are not allowed\n"
        assert SECRET not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["evil.tbx", "secret.txt"]


def test_broken_input_never_replaces_a_good_output(run, tmp_path):
    good = tmp_path / "good.tsv"
    good.write_text("keep me", encoding="utf-8")
    broken = tmp_path / "broken.tbx"
    broken.write_text("<martif><text>", encoding="utf-8")
    result = run("export", broken, "-o", good)
    assert result.exit_code == 2 and good.read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize("args, message", [
    (("export", "{bundled}", "-o", "{tmp}/out.pdf"), "unknown glossary format '.pdf'"),
    (("export", "{bundled}", "-o", "{tmp}/missing/out.tbx"), "does not exist"),
    (("import", "{tmp}/nothing.tbx", "-o", "{tmp}/o.yaml"), "no such file"),
])
def test_errors_are_one_line_exit_2(run, tmp_path, args, message):
    args = [a.format(bundled=yamlio.bundled_path(), tmp=tmp_path) for a in args]
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("workbench: error: ") and result.stderr.count("\n") == 1
    assert message in result.stderr


def test_real_entry_point_has_the_commands(capsys, tmp_path):
    from workbench.cli import main
    with pytest.raises(SystemExit) as exited:
        main(["glossary", "find", "KCNA and Pyongyang", "--json"])
    assert exited.value.code == 0
    assert json.loads(capsys.readouterr().out)["count"] == 2
    evil = tmp_path / "laughs.tbx"
    evil.write_text('<!DOCTYPE m [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><martif>&b;</martif>')
    with pytest.raises(SystemExit) as exited:
        main(["glossary", "import", str(evil), "-o", str(tmp_path / "x.yaml")])
    assert exited.value.code == 2
    assert "DTD/entity declarations are not allowed" in capsys.readouterr().err
