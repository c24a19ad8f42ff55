"""One glossary set for every verb and the editor (workbench.glossaries): without --glossary, the bundled
glossary and then the user's own ($WORKBENCH_DATA_DIR/glossary.yaml, where the editor saves new terms)
apply; --glossary names the files instead; --no-glossary, none."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import cli

ENTRY = """schema_version: 1
name: My glossary
entries:
  - id: fisheries-ministry
    source: [Ministry of Fisheries]
    subject: organisation
    targets:
      ko:
        preferred: 수산성
      ru:
        preferred: Министерство рыбного хозяйства
"""
SENTENCE = "The Ministry of Fisheries met on Monday."


@pytest.fixture()
def user_glossary() -> Path:
    path = Path(os.environ["WORKBENCH_DATA_DIR"]) / "glossary.yaml"
    path.write_text(ENTRY, encoding="utf-8")
    return path


def run(*args) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, [str(arg) for arg in args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture()
def pairs(tmp_path) -> Path:
    path = tmp_path / "pairs.tsv"
    path.write_text(f"{SENTENCE}\tМинистерство рыболовства встретилось в понедельник.\n", encoding="utf-8")
    return path


def test_qa_checks_the_users_entry(user_glossary, pairs):
    code, out, _ = run("qa", "--to", "ru", "--json", pairs)
    assert code == 1 and "fisheries-ministry" in {f.get("id") for f in json.loads(out)["findings"]}
    code, out, _ = run("qa", "--to", "ru", "--json", "-g", user_glossary.with_name("none.yaml"), pairs)
    assert code == 2  # the files given are the set: a missing one is an error, not the default


def test_enforce_applies_the_users_entry(user_glossary, pairs):
    code, out, _ = run("enforce", "--to", "ru", pairs)
    assert code == 0 and out.strip() == "Министерство рыбного хозяйства встретилось в понедельник."


def test_glossary_find_show_and_list_see_the_users_entry(user_glossary):
    code, out, _ = run("glossary", "find", "--json", SENTENCE)
    assert code == 0 and [hit["entry_id"] for hit in json.loads(out)["hits"]] == ["fisheries-ministry"]
    assert run("glossary", "show", "fisheries-ministry")[0] == 0
    assert "fisheries-ministry" in run("glossary", "list")[1]
    code, out, _ = run("glossary", "find", "--json", "-g", user_glossary, "The DPRK met.")
    assert json.loads(out)["count"] == 0  # --glossary replaces the set: the bundled entries are not in it


def test_glossary_files_names_the_set_and_where_edits_go(user_glossary):
    code, out, err = run("glossary", "files")
    assert code == 0 and out.splitlines()[1] == f"{user_glossary}\t(your glossary)"
    assert "official-names.yaml\t(bundled, read-only)" in out.splitlines()[0]
    assert f"edits go to: {user_glossary}" in err
    assert run("glossary", "files", "--no-glossary")[1].strip() == "(no glossary: --no-glossary)"
    code, _, err = run("glossary", "files", "--no-glossary", "-g", user_glossary)
    assert code == 2 and "not both" in err
    tbx = user_glossary.with_suffix(".tbx")  # edits are made in YAML only: files does not promise otherwise
    assert run("glossary", "export", user_glossary, "-o", tbx)[0] == 0
    code, _, err = run("glossary", "files", "-g", tbx)
    assert code == 0 and "edits go to: none" in err and f"glossary import {tbx} -o" in err


def test_translate_enforces_the_users_entry_and_no_glossary_turns_it_off(user_glossary, tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(SENTENCE + "\n", encoding="utf-8")
    code, out, _ = run("translate", source, "--to", "ru", "--model", "demo", "--format", "json", "--no-tm", "-q")
    segment = json.loads(out)["segments"][0]
    assert code == 0 and "fisheries-ministry" in {f.get("id") for f in segment["findings"]}
    code, out, _ = run("translate", source, "--to", "ru", "--model", "demo", "--format", "json", "--no-tm", "-q",
                       "--no-glossary")
    assert code == 0 and json.loads(out)["segments"][0]["findings"] == []


def test_suggest_does_not_suggest_what_the_users_glossary_covers(user_glossary, tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(f"{SENTENCE} The Ministry of Fisheries said so. The State Fishing Committee agreed.\n",
                      encoding="utf-8")
    code, out, _ = run("glossary", "suggest", "--json", "--no-tm", source)
    suggested = {json.loads(line)["source"] for line in out.splitlines()}
    assert code == 0 and "State Fishing Committee" in suggested and "Ministry of Fisheries" not in suggested


def test_the_editor_loads_the_users_entry(user_glossary, tmp_path):
    from tui.app import Options, load_glossary

    glossary, qa = load_glossary(Options(tmp_path / "a.txt", "ru"))
    assert glossary.get("fisheries-ministry") is not None and glossary.get("dprk") is not None
    assert not qa.check(SENTENCE, "Министерство рыболовства встретилось.").ok


def test_no_glossary_turns_the_set_off_for_every_checking_verb_and_the_editor(user_glossary, pairs, tmp_path):
    code, out, _ = run("qa", "--to", "ru", "--json", "--no-glossary", pairs)
    assert code == 0 and not [f for f in json.loads(out)["findings"] if f["kind"] == "term"]
    code, out, _ = run("enforce", "--to", "ru", "--no-glossary", pairs)
    assert code == 0 and out.strip() == pairs.read_text(encoding="utf-8").split("\t")[1].strip()
    source = tmp_path / "a.txt"
    source.write_text(f"{SENTENCE}\n", encoding="utf-8")
    code, out, _ = run("glossary", "suggest", "--json", "--no-tm", "--no-glossary", source)
    assert code == 0 and "Ministry of Fisheries" in {json.loads(line)["source"] for line in out.splitlines()}
    assert run("qa", "--to", "ru", "--no-glossary", "-g", user_glossary, pairs)[0] == 2  # not both

    from tui.app import Options, load_glossary

    glossary, qa = load_glossary(Options(tmp_path / "a.txt", "ru", no_glossary=True))
    assert not glossary.entries and qa.check(SENTENCE, "Министерство рыболовства встретилось.").ok


def test_validate_without_paths_checks_the_users_glossary_too(user_glossary):
    code, _, err = run("glossary", "validate")
    assert code == 0 and f"{user_glossary}: ok" in err and "official-names.yaml: ok" in err
    user_glossary.write_text(ENTRY.replace("subject:", "subjct:"), encoding="utf-8")
    code, out, err = run("glossary", "validate")
    assert code in (1, 2) and "subjct" in out + err
