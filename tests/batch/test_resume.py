"""Crash safety: kill -9 a real run mid-way; no partial outputs, a sound TM, and a rerun that redoes only the rest."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.batch.helpers import report
from tests.conftest import REPO

FILES, PER_FILE = 24, 40


def _source_tree(root: Path) -> int:
    for f in range(FILES):
        lines = [f"The minister met officials in Pyongyang on day {i} of visit {f}." for i in range(PER_FILE)]
        (root / f"d{f % 3}").mkdir(parents=True, exist_ok=True)
        (root / f"d{f % 3}" / f"story{f}.txt").write_text("\n\n".join(lines) + "\n")
    return FILES * PER_FILE


def _rows(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM segments").fetchone()[0]
    except sqlite3.OperationalError:  # schema not created yet
        return 0


def _kill_after_rows(cmd: list[str], db: Path, rows: int) -> int:
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO)
    deadline = time.monotonic() + 120
    while _rows(db) < rows and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    return proc.returncode


def test_kill_9_then_rerun_finishes_with_only_the_missing_segments(tmp_path):
    total = _source_tree(tmp_path / "src")
    out, db = tmp_path / "out", tmp_path / "tm.db"
    exe = os.path.join(os.path.dirname(sys.executable), "workbench")
    cmd = [exe, "translate", str(tmp_path / "src"), "--to", "ko", "--model", "demo", "--out", str(out),
           "--tm", str(db), "--window", "128", "-q"]
    assert _kill_after_rows(cmd, db, 300) == -signal.SIGKILL, "the run finished before it could be killed"

    stored = _rows(db)
    assert 0 < stored < total
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    written = {p: p.read_bytes() for p in out.rglob("story*.txt")}
    assert all(data.count(b"\n\n") == PER_FILE - 1 for data in written.values())  # complete files only

    rerun = subprocess.run([*cmd, "--report", str(tmp_path / "r.json")], capture_output=True, text=True,
                           timeout=300, cwd=REPO)
    assert rerun.returncode == 0, rerun.stderr
    summary = report(tmp_path / "r.json")["summary"]
    assert summary["cache_hits"] == stored and summary["model_inputs"] == total - stored
    assert len(list(out.rglob("story*.txt"))) == FILES
    assert all(path.read_bytes() == data for path, data in written.items())
    assert [p.name for p in out.rglob(".*")] == []  # no temp litter left
