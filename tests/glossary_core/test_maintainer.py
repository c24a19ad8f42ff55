"""The maintainer's small tools: init, validate in one run, indentation hint, set --demote, set writes only
its key, remove keeps section comments, find --summary (issue 19, section 2)."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from glossary import yamlio
from workbench.cli import cli


def run(*args, input=None):
    return CliRunner().invoke(cli, ["glossary", *map(str, args)], input=input)


@pytest.fixture
def bundled_copy(tmp_path):
    path = tmp_path / "official.yaml"
    shutil.copyfile(yamlio.bundled_path(), path)
    return path


def diff(before: str, after: str) -> tuple[list[str], list[str]]:
    import difflib

    lines = list(difflib.ndiff(before.splitlines(), after.splitlines()))
    return [l[2:] for l in lines if l.startswith("- ")], [l[2:] for l in lines if l.startswith("+ ")]


def test_init_then_add(tmp_path):
    path = tmp_path / "client.yaml"
    assert run("init", path).exit_code == 0
    assert run("init", path).exit_code == 2  # never overwrites
    assert run("add", "-g", path, "--id", "kcna", "--source", "KCNA", "--target", "ru=ЦТАК").exit_code == 0
    assert [e.id for e in yamlio.load(path).entries] == ["kcna"]
    fresh = tmp_path / "fresh.yaml"
    assert run("add", "-g", fresh, "--id", "dprk", "--source", "DPRK").exit_code == 0
    assert yamlio.load(fresh).entries[0].id == "dprk"


def test_validate_reports_schema_and_lint_problems_in_one_run(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text("schema_version: 1\nentries:\n  - id: a\n    sorce: A\n  - id: b\n    source: B\n"
                    "    targets:\n      ru: {preferred: КНДР, deprecated: [КНДР]}\n", encoding="utf-8")
    lines = run("validate", path).stdout.splitlines()
    assert [line.split(": ", 1)[0] for line in lines] == [f"{path}:4:5", f"{path}:8:42"]
    assert "unknown key 'sorce'" in lines[0] and "W103" in lines[1]


def test_a_bad_indentation_gets_a_hint(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text("schema_version: 1\nentries:\n  - id: a\n    source: A\n     note: x\n", encoding="utf-8")
    result = run("validate", path)
    assert result.exit_code == 1 and "mapping values are not allowed" in result.stdout
    assert "check the indentation" in result.stdout


@pytest.mark.parametrize("demote, admitted, deprecated", [
    ("admitted", ["КНДР", "Корейская Народно-Демократическая Республика"], None),
    ("deprecated", ["Корейская Народно-Демократическая Республика"], "КНДР"),
])
def test_set_preferred_can_demote_the_old_term(bundled_copy, demote, admitted, deprecated):
    new = "Северная Корея (КНДР)"
    result = run("set", "-g", bundled_copy, "dprk", "targets.ru.preferred", new, "--demote", demote)
    assert result.exit_code == 0, result.output
    terms = yamlio.load(bundled_copy).get("dprk").targets["ru"]
    assert terms.preferred.text == new
    assert [t.text for t in terms.admitted] == admitted
    assert (deprecated in terms.deprecated) if deprecated else "КНДР" not in terms.deprecated


def test_set_a_missing_key_adds_just_that_key(bundled_copy):
    before = bundled_copy.read_text(encoding="utf-8")
    assert run("set", "-g", bundled_copy, "kcna", "match.case_sensitive", "true").exit_code == 0
    removed, added = diff(before, bundled_copy.read_text(encoding="utf-8"))
    assert removed == [] and [line.strip() for line in added] == ["match:", "case_sensitive: true"]
    assert yamlio.load(bundled_copy).get("kcna").match.case_sensitive is True


SECTIONS = """schema_version: 1
entries:
  - id: a
    source: A
  # ---- people
  - id: kim
    source: Kim
  - id: choe
    source: Choe

  # names of places
  - id: pyongyang
    source: Pyongyang
  - id: moscow
    source: Moscow
"""


@pytest.mark.parametrize("entry_id, comment", [("kim", "  # ---- people"), ("pyongyang", "  # names of places")])
def test_remove_keeps_a_section_comment_of_the_next_entries(tmp_path, entry_id, comment):
    path = tmp_path / "g.yaml"
    path.write_text(SECTIONS, encoding="utf-8")
    assert run("remove", "-g", path, entry_id).exit_code == 0
    removed, added = diff(SECTIONS, path.read_text(encoding="utf-8"))
    assert comment not in removed and added == [] and len(removed) == 2


def test_find_summary_groups_hits_per_entry(tmp_path):
    text = "KCNA said the DPRK would.\nThe DPRK and KCNA.\nDPRK again, DPRK.\n"
    result = run("find", "-", "--summary", "--json", input=text)
    data = json.loads(result.stdout)
    assert data["count"] == 6
    assert data["entries"][0] == {"entry_id": "dprk", "count": 4, "lines": [1, 2, 3], "forms": ["DPRK"]}
    plain = run("find", "-", "--summary", input=text).stdout.splitlines()
    assert plain[0] == "dprk\t4\tline 1, 2, 3\tDPRK"
