"""Exit codes a scheduler can act on, and a report that never names an output that was not written."""

from __future__ import annotations

import pytest

from tests.batch.helpers import invoke, report


@pytest.fixture
def with_cp1252(news):
    (news / "cp1252.txt").write_bytes("The caf\xe9 in Pyongyang.\n".encode("cp1252"))
    return news


def test_some_files_failed_is_exit_4_and_the_others_are_written(with_cp1252, tmp_path):
    out = tmp_path / "out"
    result = invoke(with_cp1252, "--to", "ko", "--model", "demo", "--no-tm", "--out", out,
                    "--report", tmp_path / "r.json")
    assert result.exit_code == 4, result.output
    assert "cp1252.txt:1:8: invalid UTF-8" in result.output
    assert (out / "a.txt").exists() and (out / "sub" / "b.md").exists() and not (out / "cp1252.txt").exists()
    failed = [f for f in report(tmp_path / "r.json")["files"] if f["status"] == "failed"]
    assert len(failed) == 1 and failed[0]["output"] is None  # it produced none


def test_strict_violations_do_not_hide_a_failed_file(with_cp1252, tmp_path):
    result = invoke(with_cp1252, "--to", "ko", "--model", "demo", "--no-tm", "--out", tmp_path / "out", "--strict")
    assert result.exit_code == 4


def test_usage_errors_and_runs_where_every_file_failed_stay_exit_2(with_cp1252, tmp_path):
    assert invoke(with_cp1252, "--to", "ko", "--model", "demo", "--no-such-flag").exit_code == 2
    assert invoke(with_cp1252 / "missing.txt", "--to", "ko", "--model", "demo", "--no-tm").exit_code == 2
    result = invoke(with_cp1252 / "cp1252.txt", "--to", "ko", "--model", "demo", "--no-tm", "-o", tmp_path / "x")
    assert result.exit_code == 2 and not (tmp_path / "x").exists()


def test_a_file_that_could_not_be_written_has_no_output_in_the_report(news, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "sub").write_text("a file where the outputs' folder should be")
    result = invoke(news, "--to", "ru", "--model", "demo", "--no-tm", "--out", out, "--report", tmp_path / "r.json")
    assert result.exit_code == 4, result.output
    files = {f["path"]: f for f in report(tmp_path / "r.json")["files"]}
    assert files[str(news / "a.txt")]["output"] == str(out / "a.txt")
    unwritten = [f for f in files.values() if f["status"] == "failed"]
    assert len(unwritten) == 2 and all(f["output"] is None for f in unwritten)
