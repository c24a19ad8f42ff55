"""A full disk: the report fails in one line (exit 2) and the run names the files it did; no empty TM is left.

Two ways to fill a disk: monkeypatching the fsync/SQLite path to fail with ENOSPC (runs anywhere),
and a real 64 KiB tmpfs filled to the last byte inside `unshare -rm` (a user namespace: no root
needed where the kernel allows them; skipped where it does not).
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.batch.helpers import invoke
from tests.conftest import REPO


def _fsync_fails_for(name: str, monkeypatch) -> None:
    real = os.fsync

    def fsync(fd):
        if name in os.readlink(f"/proc/self/fd/{fd}"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(fd)
    monkeypatch.setattr(os, "fsync", fsync)


def test_report_on_a_full_disk_is_one_line_and_the_translations_stay(news, tmp_path, monkeypatch):
    _fsync_fails_for("r.json", monkeypatch)
    out = tmp_path / "out"
    result = invoke(news, "--to", "ru", "--model", "demo", "--no-tm", "--out", out, "--report", tmp_path / "r.json")
    assert result.exit_code == 2, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("workbench: error:")]
    assert errors == [f"workbench: error: {tmp_path / 'r.json'}: cannot write: No space left on device "
                      "(the report is not written)"]
    written = sorted(out.rglob("*.*"))
    assert len(written) == 3 and all(path.stat().st_size > 0 for path in written)
    assert all(f"  {path}" in result.output.splitlines() for path in written)  # the run names what it did
    assert not (tmp_path / "r.json").exists() and not list(tmp_path.glob(".r.json.*"))  # no litter


def test_a_full_disk_while_the_tm_is_created_leaves_no_tm_file(news, tmp_path, monkeypatch):
    from workbench.tm import store as tm_store

    def full(conn, path):
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(tm_store, "_migrate", full)
    db = tmp_path / "data" / "tm.sqlite3"
    result = invoke(news / "a.txt", "--to", "ru", "--model", "demo", "--tm", db, "-o", tmp_path / "a.txt")
    assert result.exit_code == 2 and "internal error" not in result.output
    assert f"{db}: " in result.output
    assert sorted(p.name for p in db.parent.iterdir()) == []  # neither tm.sqlite3 nor its -wal/-shm


def test_a_full_disk_while_storing_is_one_line_naming_the_done_files(tmp_path, monkeypatch):
    from workbench.tm import memory as tm

    src = tmp_path / "src"
    src.mkdir()
    for number in range(3):  # 40 segments each: the first window (64) takes two files, the second the last
        (src / f"f{number}.txt").write_text("\n\n".join(f"Visit {number} day {i} in Pyongyang." for i in range(40)))
    real = getattr(tm.TranslationMemory.store, "__wrapped__", tm.TranslationMemory.store)

    def store(self, entries, raw_mt=()):
        entries = list(entries)
        if any("Visit 2 " in entry.source for entry in entries):
            exc = sqlite3.OperationalError("database or disk is full")
            exc.sqlite_errorcode = 13  # SQLITE_FULL
            raise exc
        return real(self, entries, raw_mt)
    # the store failing as SQLite fails on a full disk, behind the same error translation as the real one
    monkeypatch.setattr(tm.TranslationMemory, "store", getattr(tm, "reported", lambda method: method)(store))
    out = tmp_path / "out"
    result = invoke(src, "--to", "ru", "--model", "demo", "--tm", tmp_path / "tm.sqlite3", "--out", out,
                    "--window", "64", "--report", tmp_path / "r.json")
    assert result.exit_code == 2 and "internal error" not in result.output
    assert (f"workbench: error: {tmp_path / 'tm.sqlite3'}: cannot write the translation memory: the disk is "
            "full (rerun with --no-tm to go on without it)") in result.output.splitlines()
    assert sorted(p.name for p in out.iterdir()) == ["f0.txt", "f1.txt"]
    assert f"  {out / 'f0.txt'}" in result.output.splitlines() and f"  {out / 'f1.txt'}" in result.output
    assert not (tmp_path / "r.json").exists()


REAL_FULL_DISK = r"""
set -e
mount -t tmpfs -o size=64k tmpfs "$FULL" || exit 99
dd if=/dev/zero of="$FULL/filler" bs=4k 2>/dev/null || true
set +e
"$WB" translate "$SRC" --to ru --model demo --no-tm --out "$OUT" --report "$FULL/r.json"
echo "rc=$?"
echo "left: $(ls -A "$FULL" | tr '\n' ' ')"
"$WB" translate "$SRC/a.txt" --to ru --model demo --tm "$FULL/tm.sqlite3" -o "$OUT/again.txt"
echo "rc=$?"
echo "left: $(ls -A "$FULL" | tr '\n' ' ')"
"""


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare (util-linux)")
def test_on_a_real_full_tmpfs(news, tmp_path):
    full = tmp_path / "full"
    full.mkdir()
    env = {**os.environ, "FULL": str(full), "SRC": str(news), "OUT": str(tmp_path / "out"),
           "WB": str(Path(sys.executable).with_name("workbench"))}
    proc = subprocess.run(["unshare", "-rm", "sh", "-c", REAL_FULL_DISK], capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=300)
    if proc.returncode == 99 or "unshare:" in proc.stderr:
        pytest.skip(f"cannot mount a tmpfs in a user namespace here: {proc.stderr.strip()[:200]}")
    report_run, tm_run = proc.stdout.split("left: ")[0], proc.stdout.split("left: ")[1]
    assert "rc=2" in report_run and "left: filler \n" in proc.stdout  # no report, no temp file
    assert f"{full / 'r.json'}: cannot write: No space left on device" in proc.stderr
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr
    assert len(list((tmp_path / "out").rglob("*.*"))) == 3
    assert "rc=2" in tm_run and proc.stdout.rstrip().endswith("left: filler")  # no empty tm.sqlite3
    assert "tm.sqlite3: cannot" in proc.stderr


def test_a_glossary_edit_on_a_full_disk_is_one_line_and_keeps_the_file(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from glossary import yamlio
    from workbench.cli import cli

    glossary = tmp_path / "g.yaml"
    glossary.write_bytes(yamlio.bundled_path().read_bytes())
    before = glossary.read_bytes()
    _fsync_fails_for("g.yaml", monkeypatch)
    result = CliRunner().invoke(cli, ["glossary", "add", "-g", str(glossary), "--id", "new-entry",
                                      "--source", "New Entry", "--target", "ru=Новая запись"])
    assert result.exit_code == 2
    assert result.output.strip() == f"workbench: error: {glossary}: No space left on device"
    assert glossary.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == ["g.yaml"]
