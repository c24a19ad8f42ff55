"""The `workbench qa` / `workbench enforce` command-line contract (JSON Lines shape, exit codes, bad input)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from tests.conftest import REPO
from workbench.cli import cli

PAIRS_KO = (
    "The DPRK welcomed Putin.\t조선민주주의인민공화국은 푸틴을 환영했다.\n"
    "The DPRK welcomed Putin.\t북한은 푸틴을 환영했다.\n"
)


FINDING_KEYS = {"kind", "id", "status", "severity", "source", "target", "expected", "found", "message", "fix"}
SCHEMA = __import__("jsonschema").Draft202012Validator(
    json.loads((REPO / "docs" / "findings.schema.json").read_text(encoding="utf-8")))


def run(*args: str, input_text: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input_text)


@pytest.fixture()
def pairs(tmp_path):
    path = tmp_path / "pairs.tsv"
    path.write_text(PAIRS_KO, encoding="utf-8")
    return path


def test_qa_json_lines_follow_the_documented_shape(pairs):
    result = run("qa", "--to", "ko", "--json", str(pairs))
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["line"] for line in lines] == [1, 2]
    assert lines[0]["ok"] is True and lines[1]["ok"] is False
    term = lines[1]["findings"][0]
    assert set(term) == FINDING_KEYS
    assert term["id"] == "dprk" and term["source"] == {"start": 4, "end": 8, "text": "DPRK"}
    assert term["status"] == "deprecated" and term["found"] == "북한" and term["severity"] == "error"
    assert term["target"] == {"start": 0, "end": 2, "text": "북한"} and term["expected"] == "조선민주주의인민공화국"
    assert set(lines[1]) == {"line", "ok", "findings"}
    for line in lines:
        for finding in line["findings"]:
            SCHEMA.validate(finding)


def test_qa_exit_code_is_zero_without_violations(tmp_path):
    path = tmp_path / "ok.tsv"
    path.write_text("Putin visited Pyongyang.\t푸틴은 평양을 방문했다.\n", encoding="utf-8")
    assert run("qa", "--to", "ko", str(path)).exit_code == 0


def test_enforce_json_reports_changes(pairs):
    result = run("enforce", "--to", "ko", "--json", str(pairs))
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["target"] == "조선민주주의인민공화국은 푸틴을 환영했다." and lines[0]["changed"] is False
    assert [f["status"] for f in lines[0]["findings"]] == ["ok", "ok"]
    assert lines[1]["target"] == "조선민주주의인민공화국은 푸틴을 환영했다." and lines[1]["changed"] is True
    dprk, putin, fixed = lines[1]["findings"]
    assert dprk["status"] == "ok" and dprk["target"]["text"] == "조선민주주의인민공화국"  # the corrected target's verdict
    assert fixed["status"] == "fixed" and fixed["severity"] == "info"
    assert fixed["fix"] == {"id": "dprk", "from": "북한", "to": "조선민주주의인민공화국", "method": "deprecated-form"}
    for line in lines:
        for finding in line["findings"]:
            SCHEMA.validate(finding)
    assert result.exit_code == 0


def test_enforce_text_mode_says_what_it_changed_and_what_it_could_not(tmp_path):
    path = tmp_path / "p.tsv"
    path.write_text("The DPRK welcomed Putin.\t북한은 푸틴을 환영했다.\nLavrov met Choe Son Hui.\t라브로프는 만났다.\n",
                    encoding="utf-8")
    result = run("enforce", "--to", "ko", str(path))
    assert result.exit_code == 1
    assert "line 1: dprk: '북한' -> '조선민주주의인민공화국' (deprecated-form)" in result.stderr
    assert "line 2: UNRESOLVED choe-son-hui" in result.stderr


def test_enforce_plain_output_is_one_corrected_target_per_line(pairs):
    result = run("enforce", "--to", "ko", str(pairs))
    assert result.stdout.splitlines() == ["조선민주주의인민공화국은 푸틴을 환영했다."] * 2


@pytest.mark.parametrize("content, where, code", [
    ("no tab here\n", ":1:", 2),  # no pair at all: an input error
    ("ok\tok\ntwo\ttabs\there\n", ":2:", 4),  # the good line is still checked
])
def test_a_line_without_exactly_one_tab_is_an_input_error(tmp_path, content, where, code):
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "workbench", "qa", "--to", "ru", str(path)],
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == code
    assert f"bad.tsv{where}" in result.stderr and "TAB" in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("workbench: error:") == 1


def test_later_glossaries_override_entries_with_the_same_id(tmp_path, pairs):
    override = tmp_path / "override.yaml"
    override.write_text(
        "schema_version: 1\nname: house\nsource_language: en\ntarget_languages: [ko]\nentries:\n"
        "  - id: dprk\n    source: DPRK\n    note: house style\n    targets:\n      ko:\n        preferred: 북한\n",
        encoding="utf-8")
    bundled = str(REPO / "glossary" / "data" / "official-names.yaml")
    result = run("qa", "--to", "ko", "--json", "--glossary", bundled, "--glossary", str(override), str(pairs))
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["ok"] for line in lines] == [False, True]
