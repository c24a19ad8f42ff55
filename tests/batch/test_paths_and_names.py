"""Smaller reliability cases: a symlink out of --out, a suffix with a slash, control characters in names,
the summary after failed writes, and the temp file of a glossary save killed with SIGKILL."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time

from click.testing import CliRunner

from tests.batch.helpers import SENTENCES, Recorder, invoke, recorded_job
from tests.conftest import REPO
from workbench.batch import Layout, plan, run_batch


def test_a_symlinked_folder_inside_out_is_refused(news, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "sub").symlink_to(outside, target_is_directory=True)
    result = invoke(news, "--to", "ru", "--model", "demo", "--no-tm", "--out", out)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "leads outside it" in lines[0] and str(outside) in lines[0]
    assert list(outside.iterdir()) == [] and not (out / "a.txt").exists()


def test_a_symlink_that_stays_inside_out_is_fine(news, tmp_path):
    out = tmp_path / "out"
    (out / "real").mkdir(parents=True)
    (out / "sub").symlink_to(out / "real", target_is_directory=True)
    result = invoke(news, "--to", "ru", "--model", "demo", "--no-tm", "--out", out)
    assert result.exit_code == 0, result.output
    assert (out / "real" / "b.md").exists()


def test_a_suffix_with_a_slash_is_a_usage_error(news, tmp_path):
    result = invoke(news, "--to", "ru", "--model", "demo", "--no-tm", "--out", news, "--suffix", "/../x")
    assert result.exit_code == 2
    assert result.output.strip() == ("workbench: error: --suffix '/../x': must not contain '/' "
                                     "(it renames the file, e.g. --suffix .ko)")
    assert not (news.parent / "x.txt").exists()


def test_control_characters_in_file_names_are_escaped(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "evil\nname.txt").write_text(SENTENCES[0] + "\n", encoding="utf-8")
    (src / "bad\x1b[2J.txt").write_bytes(b"\x00\x01binary")
    result = invoke(src, "--to", "ru", "--model", "demo", "--no-tm", "--out", tmp_path / "out")
    assert result.exit_code == 4
    assert "\x1b" not in result.output
    lines = result.output.splitlines()
    assert any(line.startswith("done ") and "evil\\nname.txt -> " in line for line in lines)
    assert any(line.startswith("workbench: error: ") and "bad\\x1b[2J.txt" in line for line in lines)
    assert not any(line.startswith("name.txt") for line in lines)  # no line forged by the newline


def test_the_summary_counts_what_the_model_did_when_writes_fail(tmp_path, monkeypatch):
    """The run that printed "translated by the model: 480 (800 distinct)": files whose write failed."""
    from glossary import atomic

    src = tmp_path / "src"
    src.mkdir()
    for number in range(4):
        (src / f"f{number}.txt").write_text("\n\n".join(f"File {number} line {i}." for i in range(10)))
    real = atomic._stage

    def stage(output, data):
        if output.name in ("f2.txt", "f3.txt"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(output, data)
    monkeypatch.setattr(atomic, "_stage", stage)
    inputs = plan([str(src)], Layout(out_dir=tmp_path / "out"))
    summary = list(run_batch(recorded_job("ru", Recorder(), window=64, shard=16), inputs))[-1].summary
    assert (summary.files, summary.failed) == (2, 2)
    assert summary.model_inputs == 40 and summary.translated == 40  # never fewer segments than distinct texts
    assert summary.cache_hits + summary.translated + summary.skipped == summary.segments == 40


SAVE_THEN_HANG = """
import os, sys, time
from glossary import atomic
def hang(fd):
    print("writing", flush=True)
    time.sleep(120)
os.fsync = hang
atomic.write_text(sys.argv[1], "schema_version: 1\\nentries: []\\n")
"""


def test_a_save_killed_with_sigkill_leaves_no_temp_file_after_the_next_save(tmp_path):
    from glossary import atomic

    target = tmp_path / "g.yaml"
    target.write_text("old\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-c", SAVE_THEN_HANG, str(target)], stdout=subprocess.PIPE,
                            cwd=REPO, text=True)
    assert proc.stdout.readline().strip() == "writing"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".g.yaml.")]
    assert len(leftovers) == 1 and target.read_text() == "old\n"
    atomic.write_text(target, "new\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.yaml"] and target.read_text() == "new\n"


def test_the_temp_file_of_a_save_in_progress_is_left_alone(tmp_path):
    from glossary import atomic

    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        busy = tmp_path / f".g.yaml.{sleeper.pid}-abcdefgh.tmp"  # another live writer's temp file
        busy.write_text("half")
        old = tmp_path / ".g.yaml.zyxwvuts.tmp"  # an earlier version's, two hours old
        old.write_text("stale")
        os.utime(old, (time.time() - 7200, time.time() - 7200))
        atomic.write_text(tmp_path / "g.yaml", "new\n")
        assert busy.exists() and not old.exists()
    finally:
        sleeper.kill()
        sleeper.wait()


def test_glossary_add_after_a_killed_save_cleans_up(tmp_path):
    from glossary import yamlio
    from workbench.cli import cli

    glossary = tmp_path / "g.yaml"
    glossary.write_bytes(yamlio.bundled_path().read_bytes())
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (tmp_path / f".g.yaml.{dead.pid}-abcdefgh.tmp").write_text("left by a kill -9")
    result = CliRunner().invoke(cli, ["glossary", "add", "-g", str(glossary), "--id", "new-entry",
                                      "--source", "New Entry", "--target", "ru=Новая запись"])
    assert result.exit_code == 0, result.output
    # no temp file is left (the edit lock's hidden .g.yaml.lock stays by design: glossary.editlock)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == ["g.yaml"]
