"""`workbench translate` on folders through CliRunner with the real demo model: outputs, report, TM, exit codes."""

from __future__ import annotations

import json
import re

import jsonschema

from tests.batch.helpers import SENTENCES, invoke, report
from tests.conftest import REPO

from workbench.formats import bilingual
from workbench.tm import TranslationMemory


def test_folder_mirrors_tree_in_same_formats_and_leaves_sources_alone(news, tmp_path):
    before = {p: p.read_bytes() for p in news.rglob("*") if p.is_file()}
    result = invoke(news, "--to", "ko", "--model", "demo", "--out", tmp_path / "out", "--tm", tmp_path / "tm.db")
    assert result.exit_code == 0, result.output
    out = tmp_path / "out"
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == \
        ["a.txt", "sub/b.md", "sub/c.xlf"]
    assert {p: p.read_bytes() for p in news.rglob("*") if p.is_file()} == before
    text = (out / "a.txt").read_text(encoding="utf-8")
    assert "\n\n" in text and re.search("[가-힣]", text)
    markdown = (out / "sub" / "b.md").read_text(encoding="utf-8")
    assert markdown.startswith("# ") and "`code here`" in markdown
    xliff = (out / "sub" / "c.xlf").read_text(encoding="utf-8")
    assert "APPROVED TARGET" in xliff and '<g id="b">' in xliff and 'state="translated"' in xliff


def test_summary_names_demo_model_and_counts(news, tmp_path):
    result = invoke(news, "--to", "ru", "--model", "demo", "--out", tmp_path / "out", "--no-tm")
    assert result.exit_code == 0
    assert "files: 3" in result.output and "segments: 7" in result.output
    assert "DEMO" in result.output and "segments/s" in result.output


def test_report_per_file_and_segment_with_positions(news, tmp_path):
    path = tmp_path / "r.json"
    result = invoke(news / "a.txt", "--to", "ko", "--model", "demo", "--out", tmp_path / "out",
                    "--no-tm", "--report", path)
    assert result.exit_code == 0, result.output
    data = report(path)
    assert data["schema_version"] == 1 and data["target"] == "ko" and data["demo"] is True
    (record,) = data["files"]
    assert record["status"] == "done" and record["counts"]["segments"] == 3
    first = record["segments"][0]
    assert first["source"] == SENTENCES[0] and first["origin"] == "mt"
    hit = next(f for f in first["findings"] if f["id"] == "dprk" and f["status"] != "fixed")
    assert SENTENCES[0][hit["source"]["start"]:hit["source"]["end"]] == "DPRK"
    if hit["target"] is not None:  # the span the verdict is about, in the target written
        assert first["target"][hit["target"]["start"]:hit["target"]["end"]] == hit["target"]["text"]
    schema = jsonschema.Draft202012Validator(json.loads((REPO / "docs" / "findings.schema.json").read_text()))
    for segment in record["segments"]:
        for finding in segment["findings"]:
            schema.validate(finding)
    assert data["summary"]["segments"] == 3 and data["summary"]["translated"] == 3


def test_rerun_reuses_tm_and_only_changed_segments_reach_the_model(news, tmp_path):
    args = (news, "--to", "ko", "--model", "demo", "--out", tmp_path / "out", "--tm", tmp_path / "tm.db",
            "--report", tmp_path / "r.json")
    assert invoke(*args).exit_code == 0
    first = (tmp_path / "out" / "a.txt").read_bytes()
    assert invoke(*args).exit_code == 0
    summary = report(tmp_path / "r.json")["summary"]
    assert summary["translated"] == 0 and summary["cache_hits"] == summary["segments"] == 7
    assert (tmp_path / "out" / "a.txt").read_bytes() == first
    (news / "a.txt").write_text(f"{SENTENCES[0]} {SENTENCES[1]}\n\nKim Jong Un arrived in Moscow.\n")
    assert invoke(*args).exit_code == 0
    summary = report(tmp_path / "r.json")["summary"]
    assert summary["translated"] == 1 and summary["cache_hits"] == 6


def test_approved_tm_entry_wins_over_mt(news, tmp_path):
    with TranslationMemory(tmp_path / "tm.db") as tm:
        tm.approve(SENTENCES[2], "승인된 번역입니다.", "en", "ko")
    result = invoke(news / "a.txt", "--to", "ko", "--model", "demo", "-o", tmp_path / "a.ko.txt",
                    "--tm", tmp_path / "tm.db")
    assert result.exit_code == 0
    assert (tmp_path / "a.ko.txt").read_text(encoding="utf-8").rstrip().endswith("승인된 번역입니다.")


def test_stdin_to_stdout(tmp_path):
    result = invoke("-", "--to", "ru", "--model", "demo", "--no-tm", "-q", input=SENTENCES[0] + "\n")
    assert result.exit_code == 0
    (source := tmp_path / "one.txt").write_text(SENTENCES[0] + "\n", encoding="utf-8")
    assert invoke(source, "--to", "ru", "--model", "demo", "--no-tm", "-q", "-o", tmp_path / "one.ru.txt").exit_code == 0
    assert result.stdout == (tmp_path / "one.ru.txt").read_text(encoding="utf-8")  # the same run as from a file
    assert re.search("[А-Яа-я]", result.stdout) and result.stdout.endswith("\n")


def test_bilingual_formats_read_back(news, tmp_path):
    for fmt, ext in (("json", ".json"), ("xliff", ".xlf"), ("tmx", ".tmx")):
        result = invoke(news / "a.txt", "--to", "ko", "--model", "demo", "--out", tmp_path / fmt,
                        "--format", fmt, "--no-tm", "-q")
        assert result.exit_code == 0, result.output
        segments = bilingual.loads((tmp_path / fmt / f"a.txt{ext}").read_bytes(), fmt)
        assert [s.source for s in segments] == SENTENCES[:3]
        assert all(s.target and s.file.endswith("a.txt") for s in segments)


def test_bilingual_json_carries_the_reports_findings_and_xliff_notes_only_what_to_review(news, tmp_path):
    args = (news / "a.txt", "--to", "ko", "--model", "demo", "--no-tm", "-q", "--report", tmp_path / "r.json")
    assert invoke(*args, "--out", tmp_path / "j", "--format", "json").exit_code == 0
    reported = [s["findings"] for s in report(tmp_path / "r.json")["files"][0]["segments"]]
    written = [s["findings"] for s in json.loads((tmp_path / "j" / "a.txt.json").read_text())["segments"]]
    assert written == reported and any(f["status"] == "ok" for found in written for f in found)
    assert invoke(*args, "--out", tmp_path / "x", "--format", "xliff").exit_code == 0
    notes = (tmp_path / "x" / "a.txt.xlf").read_text(encoding="utf-8")
    to_review = [f for found in written for f in found if f["severity"] not in ("ok", "info")]
    assert notes.count('category="workbench:finding"') == 2 * len(to_review)  # a note and its metadata each
    assert not re.search(r">(ok|info) \(term\)", notes)  # no note for an ok verdict or a fix (a change says it)


def test_strict_exits_1_on_unresolved_violations(tmp_path):
    source = tmp_path / "x.txt"
    source.write_text("Vladimir Putin met Kim Jong Un in the Amur region.\n")
    with TranslationMemory(tmp_path / "tm.db") as tm:  # an approved translation is kept, violations and all
        tm.approve("Vladimir Putin met Kim Jong Un in the Amur region.", "Putin은 Kim Jong Un을 만났다.", "en", "ko")
    args = (source, "--to", "ko", "--model", "demo", "-o", tmp_path / "x.ko.txt", "--tm", tmp_path / "tm.db",
            "--report", tmp_path / "r.json")
    assert invoke(*args).exit_code == 0
    assert report(tmp_path / "r.json")["summary"]["unresolved"] > 0
    assert invoke(*args, "--strict").exit_code == 1
    assert invoke(*args, "--strict", "--no-glossary").exit_code == 0


def test_json_report_is_valid_json_for_failed_files(news, tmp_path):
    (news / "bad.txt").write_bytes(b"ok\xff\n")
    result = invoke(news, "--to", "ko", "--model", "demo", "--out", tmp_path / "out", "--no-tm",
                    "--report", tmp_path / "r.json")
    assert result.exit_code == 4  # finished, some files failed
    failed = [f for f in report(tmp_path / "r.json")["files"] if f["status"] == "failed"]
    assert [f["path"] for f in failed] == [str(news / "bad.txt")] and "invalid UTF-8" in failed[0]["error"]
    assert json.loads((tmp_path / "r.json").read_text())["summary"]["failed"] == 1


def test_help_lists_every_option():
    result = invoke("--help")
    assert result.exit_code == 0
    for option in ("--to", "--glossary", "--no-glossary", "--model", "--out", "-o", "--include", "--exclude",
                   "--format", "--report", "--tm", "--no-tm", "--strict", "--fail-fast", "--quiet",
                   "--executor", "--ray-address", "--suffix"):
        assert option in result.output
