"""What a pipeline trips on: TSV headers, blank and bad lines, -g everywhere, every glossary format everywhere."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from glossary import yamlio
from workbench.cli import cli

GOOD = "The DPRK welcomed Putin.\t북한은 푸틴을 환영했다."
OK = "Putin visited Pyongyang.\t푸틴은 평양을 방문했다."


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture
def glossary_as(tmp_path):
    """The bundled glossary exported to another format (the same entries `import` reads back)."""
    def export(extension: str):
        path = tmp_path / f"glossary{extension}"
        result = run("glossary", "export", yamlio.bundled_path(), "-o", path)
        assert result.exit_code == 0, result.output
        return path
    return export


def test_header_row_and_blank_lines_are_skipped(tmp_path):
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(f"source\ttarget\n\n{GOOD}\n   \n{OK}\n\n", encoding="utf-8")
    result = run("qa", "--to", "ko", "--json", "--header", pairs)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["line"] for line in lines] == [3, 5]  # numbered as in the file
    assert result.exit_code == 1 and not result.stderr.count("error")
    assert run("enforce", "--to", "ko", "--header", pairs).stdout.splitlines() == [
        "조선민주주의인민공화국은 푸틴을 환영했다.", "푸틴은 평양을 방문했다."]


def test_bad_lines_are_reported_and_the_good_ones_still_checked(tmp_path):
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(f"{OK}\nno tab here\n{OK}\ttoo\tmany\n{OK}\n", encoding="utf-8")
    result = run("qa", "--to", "ko", "--json", pairs)
    assert [json.loads(line)["line"] for line in result.stdout.splitlines()] == [1, 4]
    errors = result.stderr.splitlines()
    assert f"workbench: error: {pairs}:2: expected exactly one TAB (source<TAB>target), found 0" in errors
    assert f"workbench: error: {pairs}:3: expected exactly one TAB (source<TAB>target), found 3" in errors
    assert result.exit_code == 4  # finished, some lines failed
    enforced = run("enforce", "--to", "ko", "--json", pairs)
    assert [json.loads(line)["line"] for line in enforced.stdout.splitlines()] == [1, 4]
    assert enforced.exit_code == 4


def test_a_file_of_nothing_but_bad_lines_is_an_input_error(tmp_path):
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("a,b\nc,d\n", encoding="utf-8")
    assert run("qa", "--to", "ko", pairs).exit_code == 2


@pytest.mark.parametrize("extension", [".tbx", ".csv", ".tsv"])
def test_qa_and_enforce_accept_every_glossary_format_with_g(tmp_path, glossary_as, extension):
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(f"{GOOD}\n{OK}\n", encoding="utf-8")
    expected = run("qa", "--to", "ko", "--json", pairs).stdout
    glossary = glossary_as(extension)
    result = run("qa", "--to", "ko", "--json", "-g", glossary, pairs)
    assert result.exit_code == 1, result.output
    if extension == ".tbx":  # TBX carries everything; CSV/TSV drop deprecated forms (still not ok)
        assert result.stdout == expected
    verdicts = [[(t["id"], t["status"] == "ok") for t in json.loads(line)["findings"] if t["kind"] == "term"]
                for line in result.stdout.splitlines()]
    assert verdicts == [[("dprk", False), ("putin", True)], [("putin", True), ("pyongyang", True)]]
    enforced = run("enforce", "--to", "ko", "--glossary", glossary, "--json", pairs)
    assert enforced.exit_code == (0 if extension == ".tbx" else 1)  # a deprecated form is only known from TBX
    assert [json.loads(line)["line"] for line in enforced.stdout.splitlines()] == [1, 2]


def test_glossary_read_verbs_accept_tbx(glossary_as):
    glossary = glossary_as(".tbx")
    assert "dprk" in run("glossary", "show", "dprk", "-g", glossary).output
    assert run("glossary", "list", "-g", glossary).exit_code == 0
    assert run("glossary", "stats", "--glossary", glossary).exit_code == 0


def test_translate_accepts_g_and_a_tbx_glossary(tmp_path, glossary_as):
    source = tmp_path / "a.txt"
    source.write_text("The DPRK welcomed Putin.\n", encoding="utf-8")
    outputs = []
    for glossary in (yamlio.bundled_path(), glossary_as(".tbx")):
        out = tmp_path / f"out{len(outputs)}.txt"
        result = run("translate", source, "--to", "ko", "--model", "demo", "--no-tm", "-g", glossary, "-o", out)
        assert result.exit_code == 0, result.output
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]  # the same entries, the same enforcement


def test_validate_reads_tbx_and_edits_say_to_convert_first(glossary_as):
    glossary = glossary_as(".tbx")
    before = glossary.read_bytes()
    validated = run("glossary", "validate", glossary)
    assert validated.exit_code == 0 and validated.output.strip().endswith("glossary.tbx: ok")
    edited = run("glossary", "set", "-g", glossary, "dprk", "note", "x")
    assert edited.exit_code == 2 and f"glossary import {glossary} -o" in edited.output
    assert glossary.read_bytes() == before


def test_qa_reports_inline_markup_missing_from_a_target(tmp_path):
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("According to [KCNA](https://kcna.kp/en), Putin left.\t[ЦТАК](https://kcna.kp/en): Путин уехал.\n"
                     "See `code` and <b>Putin</b>.\tСмотрите Путин.\n", encoding="utf-8")
    lines = [json.loads(line) for line in run("qa", "--to", "ru", "--json", pairs).stdout.splitlines()]
    tags = [[finding["message"] for finding in line["findings"] if finding["kind"] == "tag"] for line in lines]
    assert tags[0] == [] and len(tags[1]) == 1
    assert all(markup in tags[1][0] for markup in ("`code`", "<b>", "</b>"))
