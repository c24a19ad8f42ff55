"""Concurrent glossary edits queue instead of overwriting each other (issue 14, item 3)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from glossary import yamlio
from glossary.editlock import locked
from glossary.errors import GlossaryError

# One process: wait for a common start time, then 15 `workbench glossary add` in a tight loop
# (through the CLI's own entry point, in-process, so the edits really overlap).
WORKER = """
import sys, time
from workbench.cli import main
path, prefix, start = sys.argv[1], sys.argv[2], float(sys.argv[3])
while time.time() < start:
    time.sleep(0.005)
for number in range(15):
    try:
        main(["glossary", "add", "-g", path, "--id", f"{prefix}-{number}", "--source", f"{prefix} {number}",
              "--target", f"ru={prefix} {number}"])
    except SystemExit as exc:
        if exc.code:
            raise
"""


@pytest.mark.slow
def test_two_processes_adding_15_entries_each_keep_all_30(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text("schema_version: 1\nentries:\n  - id: seed\n    source: Seed\n", encoding="utf-8")
    start = str(time.time() + 3)
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, str(path), prefix, start],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE) for prefix in ("a", "b")]
    for worker in workers:
        _, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err.decode()
    ids = {entry.id for entry in yamlio.load(path).entries}
    assert ids == {"seed", *(f"{p}-{n}" for p in "ab" for n in range(15))}


def test_a_lock_held_too_long_is_a_one_line_error(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text("schema_version: 1\nentries: []\n", encoding="utf-8")
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time\nfrom glossary.editlock import locked\n"
                               "with locked(sys.argv[1]):\n    print('held', flush=True)\n    time.sleep(30)\n",
                               str(path)], stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline() == b"held\n"
        with pytest.raises(GlossaryError, match="another program has been editing this glossary") as caught:
            with locked(path, wait=0.3):
                pass
        assert caught.value.path == str(path)
    finally:
        holder.kill()
        holder.wait()
    with locked(path, wait=5):  # the kernel dropped the dead holder's lock
        pass
    assert Path(path).read_text(encoding="utf-8") == "schema_version: 1\nentries: []\n"
