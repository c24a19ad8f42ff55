"""Big invalid glossaries: the bad entries are found without composing the whole file (issue 14, item 7),
and validation shows at most 100 problems of one kind, then counts the rest."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from glossary import bigcheck, fastload, yamlio
from glossary.schema import GlossaryInvalid
from workbench.cli import cli

needs_scanner = pytest.mark.skipif(fastload._scan is None, reason="the compiled scanner is not built")


@pytest.fixture(params=[fastload.PIECE_BYTES, 300], ids=["one piece", "pieces of 300 B"])
def piece_bytes(request, monkeypatch) -> int:
    """The entries read in one piece (as a small file's), or a few at a time (as a big file's)."""
    monkeypatch.setattr(fastload, "PIECE_BYTES", request.param)
    return request.param


def entries(count: int, bad: dict[int, str]) -> str:
    lines = []
    for i in range(count):
        lines.append(bad.get(i) or f"  - id: e{i}\n    source: Name {i}\n    targets:\n      ru: {{preferred: Имя {i}}}\n")
    return "".join(lines)


BAD = {
    3: "  - id: e3\n    sorce: Name 3\n",
    700: "  - id: e700\n    source: Name 700\n    targets:\n      rux: {preferred: x}\n",
    701: "  - id: 'e 701'\n    source: [' padded']\n    do_not_translate: yes\n",
    1999: "  - id: e1999\n    source: Last\n    targets:\n      ru: {preferred: {term: Ким, inflect: [3]}}\n",
}


def exact_findings(text: str) -> list[str]:
    _, findings = yamlio.checked(text, "g.yaml")
    return [str(finding) for finding in findings]


@needs_scanner
@pytest.mark.parametrize("tail, newline", [("", "\n"), ("description: after the entries\n", "\n"), ("", "\r\n")])
def test_the_localised_findings_are_the_exact_paths(tail, newline, piece_bytes):
    text = ("schema_version: 1\nname: big\nentries:\n" + entries(2000, BAD) + tail).replace("\n", newline)
    found = bigcheck.findings(text.encode("utf-8"), "g.yaml")
    assert [str(finding) for finding in found] == exact_findings(text.replace(newline, "\n"))
    assert len(found) == 6


@needs_scanner
def test_load_of_a_big_invalid_file_reports_without_the_exact_path(monkeypatch, tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text("schema_version: 1\nentries:\n" + entries(2000, {1500: BAD[3]}), encoding="utf-8")
    monkeypatch.setattr(bigcheck, "MIN_BYTES", 1000)
    monkeypatch.setattr(yamlio, "parse", lambda *a: pytest.fail("the whole file was composed"))
    with pytest.raises(GlossaryInvalid) as caught:
        yamlio.load(path)
    assert str(caught.value) == f"{path}:6004:5: unknown key 'sorce' in an entry (did you mean 'source'?)"


def bad_every_other(count: int) -> str:
    bad = {i: f"  - id: e{i}\n    sorce: Name {i}\n" for i in range(0, count, 2)}
    return "schema_version: 1\nentries:\n" + entries(count, bad)


@needs_scanner
def test_big_file_stops_after_100_problems_of_one_kind_and_counts_the_entries_left(piece_bytes):
    found = bigcheck.findings(bad_every_other(3000).encode("utf-8"), "g.yaml")
    assert len(found) == 101 and found[-1].line == found[-2].line
    assert found[-1].message == ("stopped after 100 problems like \"unknown key '…' in an entry (did you mean "
                                 "'…'?)\"; 2,801 more entries were not checked (fix these and run again)")
    # the 100th bad entry is e198: entries e199 to e2999 are left


@needs_scanner
def test_entries_left_that_do_not_read_are_not_counted(monkeypatch):
    text = bad_every_other(3000) + "  - id: tab\n    source:\tx\n"  # a tab: the scanner steps aside
    monkeypatch.setattr(fastload, "PIECE_BYTES", 300)
    found = bigcheck.findings(text.encode("utf-8"), "g.yaml")
    assert len(found) == 101
    assert found[-1].message.endswith("; the rest of the file was not checked (fix these and run again)")


@needs_scanner
def test_no_stop_line_when_the_last_entry_fills_the_kind(piece_bytes):
    bad = {i: f"  - id: e{i}\n    sorce: N{i}\n" for i in range(100)}
    text = "schema_version: 1\nentries:\n" + entries(100, bad)
    found = bigcheck.findings(text.encode("utf-8"), "g.yaml")
    assert [str(finding) for finding in found] == exact_findings(text)  # all 100: every entry was checked


@pytest.mark.parametrize("big", [False, True])
def test_validate_shows_100_of_a_kind_then_counts(tmp_path, monkeypatch, big):
    if big:
        monkeypatch.setattr(bigcheck, "MIN_BYTES", 1000)
    path = tmp_path / "g.yaml"
    path.write_text("schema_version: 1\nentries:\n" + entries(150, {i: f"  - id: e{i}\n    sorce: N{i}\n"
                                                                  for i in range(150)}), encoding="utf-8")
    result = CliRunner().invoke(cli, ["glossary", "validate", str(path)])
    lines = result.stdout.splitlines()
    assert result.exit_code == 1 and len(lines) == 101
    assert all("unknown key 'sorce'" in line for line in lines[:100])
    if big and fastload._scan is not None:
        assert lines[100].endswith("stopped after 100 problems like \"unknown key '…' in an entry (did you mean "
                                   "'…'?)\"; 50 more entries were not checked (fix these and run again)")
    else:
        assert "50 more problems like \"unknown key '…' in an entry (did you mean '…'?)\"" in lines[100]
