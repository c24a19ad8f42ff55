"""`workbench glossary` through click's CliRunner: output and exit codes (0 clean, 1 findings, 2 bad input)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from glossary import yamlio
from workbench.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, ["glossary", *args])


def test_validate_clean_file_exits_0(spec_file):
    result = run("validate", str(spec_file))
    assert result.exit_code == 0 and result.stdout == ""


def test_validate_reports_all_findings_and_exits_1(tmp_path, spec_file):
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nentries:\n  - id: a\n    sorce: A\n  - id: b\n    source: [B, ' C']\n",
                   encoding="utf-8")
    result = run("validate", str(bad), str(spec_file))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{bad}:4:5: unknown key 'sorce' in an entry (did you mean 'source'?)",
        f"{bad}:6:17: source item ' C' has leading or trailing whitespace",
    ]


def test_validate_lint_findings_exit_1(tmp_path, spec_text):
    path = tmp_path / "g.yaml"
    path.write_text(spec_text.replace("id: kim-jong-un", "id: dprk"), encoding="utf-8")
    result = run("validate", str(path))
    assert result.exit_code == 1 and "W101 duplicate-id" in result.stdout


def test_validate_reads_a_clean_file_by_the_fast_path_only(spec_file, monkeypatch):
    """The exact path's node tree (20 s for 100k entries) is only built when there are findings to place."""
    def refuse(path):
        raise AssertionError("exact path used for a clean file")
    monkeypatch.setattr(yamlio, "load_document", refuse)
    assert run("validate", str(spec_file)).exit_code == 0


def test_validate_places_lint_findings_inside_their_entry(tmp_path, spec_text):
    path = tmp_path / "g.yaml"
    path.write_text(spec_text.replace("id: kim-jong-un", "id: dprk"), encoding="utf-8")
    [line] = run("validate", str(path)).stdout.splitlines()
    number = next(i for i, text in enumerate(spec_text.splitlines(), 1) if "id: kim-jong-un" in text)
    assert line.startswith(f"{path}:{number}:") and not line.startswith(f"{path}:{number}:1:")


def test_validate_unreadable_exits_2(tmp_path):
    notes = tmp_path / "list.yaml"
    notes.write_text("- a\n", encoding="utf-8")
    assert run("validate", str(tmp_path / "missing.yaml")).exit_code == 2
    result = run("validate", str(notes))
    assert result.exit_code == 2 and "top level must be a mapping" in result.stderr


def test_show_list_stats(spec_file):
    shown = run("show", "kim-jong-un", "--glossary", str(spec_file), "--json")
    assert shown.exit_code == 0
    data = json.loads(shown.stdout)
    assert data["source"] == ["Kim Jong Un", "Kim Jong-un"] and data["targets"]["ru"]["preferred"]["forms"]["gent"]
    listed = run("list", "-g", str(spec_file), "--locale", "ko-KP")
    assert listed.stdout.splitlines()[0] == "dprk\tDPRK\t조선민주주의인민공화국"
    assert [e["id"] for e in json.loads(run("list", "-g", str(spec_file), "--json").stdout)] == [
        "dprk", "president-of-state-affairs", "kim-jong-un"]
    stats = run("stats", "-g", str(spec_file)).stdout
    assert "entries: 3" in stats and "ru: 3 entries, 4 terms (3 with grammar hints), 1 deprecated" in stats


def test_show_defaults_to_bundled_glossary():
    first = yamlio.load(yamlio.bundled_path()).entries[0]
    result = run("show", first.id)
    assert result.exit_code == 0 and f"id: {first.id}" in result.stdout


def test_show_unknown_id_is_one_line_exit_2(spec_file):
    result = run("show", "nope", "-g", str(spec_file))
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and "no entry with id 'nope'" in result.stderr


def test_add_set_remove_round_trip(spec_file):
    original = spec_file.read_text(encoding="utf-8")
    added = run("add", "-g", str(spec_file), "--id", "kcna", "--source", "KCNA", "--source", "Korean Central News Agency",
                "--target", "ru=ЦТАК", "--target", "ko=조선중앙통신", "--deprecated", "ru=КЦТА", "--note", "agency")
    assert added.exit_code == 0, added.stderr
    entry = yamlio.load(spec_file).get("kcna")
    assert entry.sources == ("KCNA", "Korean Central News Agency") and entry.targets["ru"].deprecated == ("КЦТА",)
    assert run("set", "-g", str(spec_file), "kcna", "targets.ru.preferred.indeclinable", "true").exit_code == 0
    assert yamlio.load(spec_file).get("kcna").targets["ru"].preferred.indeclinable
    assert run("set", "-g", str(spec_file), "kcna", "targets.ko.admitted", "[중앙통신]").exit_code == 0
    assert yamlio.load(spec_file).get("kcna").targets["ko"].admitted[0].text == "중앙통신"
    assert run("remove", "-g", str(spec_file), "kcna").exit_code == 0
    assert spec_file.read_text(encoding="utf-8") == original


def test_edit_errors_exit_2_and_leave_file(spec_file):
    original = spec_file.read_bytes()
    for args in (["add", "--id", "dprk", "--source", "X"],
                 ["add", "--id", "x", "--source", "X", "--target", "ru"],
                 ["set", "dprk", "do_not_translate", "yes"],
                 ["set", "dprk", "targets.ru.preferred", ""],
                 ["remove", "nope"]):
        result = run(*args[:1], "-g", str(spec_file), *args[1:])
        assert result.exit_code == 2, args
        assert result.stderr.startswith("workbench: error: ") and result.stderr.count("\n") == 1
    assert spec_file.read_bytes() == original


def test_every_command_has_help():
    from workbench.cli.glossary_cmd import glossary
    for name, command in glossary.commands.items():
        assert command.help and command.help.strip(), name
