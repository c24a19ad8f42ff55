"""Hostile and wrong input: binary, invalid UTF-8, empty, XXE, a 10 MB line, many files, usage errors."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

import pytest

from tests.batch.helpers import SENTENCES, invoke, report
from tests.conftest import REPO

XXE = ('<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
       '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" '
       'source-language="en" datatype="plaintext"><body><trans-unit id="1"><source>&xxe;</source>'
       '</trans-unit></body></file></xliff>\n')


@pytest.fixture
def hostile(news):
    (news / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR" + bytes(range(256)))
    (news / "latin1.txt").write_bytes("The caf\xe9 in Pyongyang.\n".encode("latin-1"))
    (news / "empty.txt").write_bytes(b"")
    (news / "xxe.xlf").write_text(XXE)
    return news


def test_bad_files_are_reported_and_the_others_translated(hostile, tmp_path):
    out = tmp_path / "out"
    result = invoke(hostile, "--to", "ko", "--model", "demo", "--out", out, "--no-tm", "--report", tmp_path / "r.json")
    assert result.exit_code == 4
    errors = [line for line in result.output.splitlines() if line.startswith("workbench: error:")]
    assert len(errors) == 3
    assert any("binary.txt" in e and "binary" in e for e in errors)
    assert any("latin1.txt:1:8: invalid UTF-8" in e for e in errors)
    assert any("xxe.xlf" in e for e in errors) and "root:" not in result.output
    assert (out / "a.txt").exists() and (out / "sub" / "c.xlf").exists()
    assert (out / "empty.txt").read_bytes() == b""  # an empty file is translated to an empty file
    assert not (out / "binary.txt").exists() and not (out / "xxe.xlf").exists()
    data = report(tmp_path / "r.json")
    assert data["summary"]["failed"] == 3 and data["summary"]["files"] == 4


def test_fail_fast_stops_at_the_first_bad_file(hostile, tmp_path):
    result = invoke(hostile, "--to", "ko", "--model", "demo", "--out", tmp_path / "out", "--no-tm", "--fail-fast")
    assert result.exit_code == 2
    assert result.output.count("workbench: error:") == 1
    assert not (tmp_path / "out" / "sub").exists()  # nothing after the first bad file was written


def test_no_traceback_through_the_real_command(hostile, tmp_path):
    exe = os.path.join(os.path.dirname(sys.executable), "workbench")
    proc = subprocess.run([exe, "translate", str(hostile / "xxe.xlf"), str(hostile / "binary.txt"),
                           "--to", "ru", "--model", "demo", "--out", str(tmp_path / "o"), "--no-tm", "-q"],
                          capture_output=True, text=True, timeout=120, cwd=REPO)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 2


@pytest.mark.parametrize("args, message", [
    (["{news}", "--out", "{news}"], "would overwrite the source"),
    (["{news}"], "give --out DIR"),
    (["{news}", "-o", "{tmp}/x.txt"], "-o FILE takes exactly one input file"),
    (["-", "{news}/a.txt"], "cannot be combined"),
    (["{news}/a.txt", "--glossary", "{tmp}/none.yaml"], "none.yaml"),
    (["{news}/a.txt", "--model", "{tmp}/nope.argosmodel"], "no such file"),
    (["{news}/a.txt", "--to", "de"], "Invalid value"),
])
def test_usage_errors_exit_2_with_one_line(news, tmp_path, args, message):
    args = [a.format(news=news, tmp=tmp_path) for a in args]
    if "--to" not in args:
        args += ["--to", "ko"]
    result = invoke(*args, "--model", "demo") if "--model" not in args else invoke(*args)
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_suffix_writes_beside_sources_and_is_not_retranslated(news):
    for _ in range(2):
        result = invoke(news, "--to", "ko", "--model", "demo", "--out", news, "--suffix", ".ko", "--no-tm", "-q")
        assert result.exit_code == 0, result.output
    names = sorted(p.name for p in news.rglob("*") if p.is_file())
    assert names == ["a.ko.txt", "a.txt", "b.ko.md", "b.md", "c.ko.xlf", "c.xlf"]


def test_ten_megabyte_single_line(tmp_path):
    source = tmp_path / "long.txt"
    line = " ".join(SENTENCES) + " "
    source.write_text(line * (10_000_000 // len(line)) + "\n", encoding="utf-8")
    started = time.perf_counter()
    result = invoke(source, "--to", "ru", "--model", "demo", "-o", tmp_path / "long.ru.txt", "--no-tm")
    assert result.exit_code == 0, result.output
    assert time.perf_counter() - started < 120
    out = (tmp_path / "long.ru.txt").read_text(encoding="utf-8")
    assert out.count("\n") == 1 and re.match("[^A-Za-z]*[А-Яа-я]", out) and SENTENCES[0] not in out
    counts = re.search(r"segments: (\d+) .* \((\d+) distinct\)", result.output)
    assert int(counts[1]) > 200_000 and int(counts[2]) == 5  # identical sentences reach the model once


def test_many_small_files(tmp_path):
    root = tmp_path / "many"
    for i in range(300):
        folder = root / f"d{i % 7}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"n{i}.txt").write_text(f"{SENTENCES[i % 5]} Report {i}.\n")
    result = invoke(root, "--to", "ko", "--model", "demo", "--out", tmp_path / "out", "--tm", tmp_path / "tm.db",
                    "-q")
    assert result.exit_code == 0
    outputs = sorted(p.relative_to(tmp_path / "out") for p in (tmp_path / "out").rglob("*.txt"))
    assert outputs == sorted(p.relative_to(root) for p in root.rglob("*.txt"))


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "empty.txt: empty file, nothing to translate"),
    ("blank.txt", b" \n\t\r\n", "blank.txt: empty file, nothing to translate"),
    ("missing.txt", None, "missing.txt: no such file"),
])
def test_a_single_bad_file_gets_exactly_one_line_and_exit_2(tmp_path, name, content, message):
    # A folder carries empty files over (see above); one file named on its own that holds nothing is a mistake.
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    exe = os.path.join(os.path.dirname(sys.executable), "workbench")
    proc = subprocess.run([exe, "translate", str(path), "--to", "ko", "--model", "demo", "--no-tm"],
                          capture_output=True, text=True, timeout=120, cwd=REPO)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.strip().splitlines() == [f"workbench: error: {tmp_path}/{message}"]
