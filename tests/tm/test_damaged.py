"""A damaged TM (random bytes in the middle, or the last pages overwritten): refused in one line, checked, recovered."""

from __future__ import annotations

import hashlib
import random
import sqlite3

import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.tm import TMRecord, TranslationMemory

ROWS = 2000
PAGE = 4096


def run(*args):
    return CliRunner().invoke(cli, [*map(str, args)])


def originals() -> dict[str, str]:
    return {f"Sentence {i}: the minister met officials in Pyongyang. " + "x" * 150:
            f"Предложение {i}: министр встретился с официальными лицами в Пхеньяне. " + "я" * 100
            for i in range(ROWS)}


def damage(path, where: str) -> None:
    """Overwrite pages with seeded random bytes: two pages mid-file, or the file's last three pages."""
    size = path.stat().st_size
    start, length = ((size // 2 // PAGE) * PAGE, 2 * PAGE) if where == "middle" else (size - 3 * PAGE, 3 * PAGE)
    with open(path, "r+b") as handle:
        handle.seek(start)
        handle.write(random.Random(where).randbytes(length))


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


@pytest.fixture(params=["middle", "tail"])
def damaged(request, tmp_path):
    path = tmp_path / "tm.sqlite3"
    with TranslationMemory(path) as memory:
        memory.store(TMRecord(source, target, "en", "ru", "m", "g") for source, target in originals().items())
    damage(path, request.param)
    assert integrity(path) != "ok"
    return path


def test_translate_refuses_a_damaged_tm_in_one_line_and_adds_nothing(damaged, tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("The DPRK said the talks were useful.\n", encoding="utf-8")
    before = digest(damaged)
    result = run("translate", source, "--to", "ru", "--model", "demo", "--tm", damaged, "-o", tmp_path / "o.txt")
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"workbench: error: {damaged}: the translation memory is damaged")
    assert "--no-tm" in lines[0] and "tm recover" in lines[0]
    assert digest(damaged) == before and not (tmp_path / "o.txt").exists()
    assert run("translate", source, "--to", "ru", "--model", "demo", "--no-tm", "-o", tmp_path / "o.txt").exit_code == 0


def test_tm_stats_refuses_a_damaged_tm(damaged):
    result = run("tm", "stats", "--tm", damaged)
    assert result.exit_code == 2 and "internal error" not in result.output
    assert "the translation memory is damaged" in result.output


def test_tm_check_finds_the_damage(damaged):
    result = run("tm", "check", "--tm", damaged)
    assert result.exit_code == 1
    assert "damaged" in result.output and "tm recover" in result.output


def test_tm_check_passes_a_sound_tm(tmp_path):
    path = tmp_path / "tm.sqlite3"
    with TranslationMemory(path) as memory:
        memory.store([TMRecord("KCNA reported.", "ЦТАК сообщило.", "en", "ru")])
    result = run("tm", "check", "--tm", path)
    assert result.exit_code == 0 and result.output.strip() == f"{path}: ok"


def test_tm_check_finds_a_source_changed_on_disk(tmp_path):
    """SQLite's own check cannot see a changed character; the key (the source's hash) can."""
    path = tmp_path / "tm.sqlite3"
    with TranslationMemory(path) as memory:
        memory.store([TMRecord("KCNA reported.", "ЦТАК сообщило.", "en", "ru")])
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE segments SET source = 'KCNA reportad.'")
    result = run("tm", "check", "--tm", path)
    assert result.exit_code == 1 and "1 segment(s) whose source no longer matches its key" in result.output


def test_recover_keeps_every_readable_row_and_the_damaged_file(damaged):
    before = digest(damaged)
    result = run("tm", "recover", "--tm", damaged)
    assert result.exit_code == 0, result.output
    kept = damaged.with_name("tm.sqlite3.damaged")
    assert digest(kept) == before  # the damaged file itself is kept untouched
    assert integrity(damaged) == "ok"
    with TranslationMemory(damaged) as memory:
        rows = {entry.source: entry.target for entry in memory.entries()}
    expected = originals()
    assert all(expected[source] == target for source, target in rows.items())  # nothing garbled copied
    assert len(rows) >= ROWS - 40  # only the rows on the 2-3 damaged pages (6 rows a page) are missing
    assert f"recovered {len(rows)} segment(s); could not read {ROWS - len(rows)}" in result.output
    assert run("tm", "check", "--tm", damaged).exit_code == 0


def test_the_recovered_tm_keeps_the_permissions_of_the_damaged_one(damaged):
    damaged.chmod(0o640)
    assert run("tm", "recover", "--tm", damaged).exit_code == 0
    assert damaged.stat().st_mode & 0o777 == 0o640


def test_reading_commands_refuse_an_empty_file_and_leave_it_empty(tmp_path):
    empty = tmp_path / "tm.sqlite3"
    empty.touch()
    for command in ("stats", "export", "check"):
        args = ("tm", command, "--tm", empty) + (("-o", tmp_path / "out.tmx") if command == "export" else ())
        result = run(*args)
        assert result.exit_code == 2 and "an empty file, not a translation memory" in result.output, command
    assert empty.stat().st_size == 0


def test_recover_refuses_to_overwrite_an_earlier_damaged_copy(damaged):
    damaged.with_name("tm.sqlite3.damaged").write_bytes(b"earlier")
    before = digest(damaged)
    result = run("tm", "recover", "--tm", damaged)
    assert result.exit_code == 2 and "already exists" in result.output
    assert digest(damaged) == before


def test_recover_leaves_a_sound_tm_alone(tmp_path):
    path = tmp_path / "tm.sqlite3"
    with TranslationMemory(path) as memory:
        memory.store([TMRecord("KCNA reported.", "ЦТАК сообщило.", "en", "ru")])
    result = run("tm", "recover", "--tm", path)
    assert result.exit_code == 0 and "nothing to recover" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tm.sqlite3"]


def test_damage_met_after_opening_is_one_line_too(damaged, monkeypatch):
    """Damage that appears after the quick check (here: the check skipped) is the same one-line error."""
    from workbench.tm import store as tm_store
    from workbench.errors import WorkbenchError

    monkeypatch.setattr(tm_store, "quick_check", lambda conn, path: None)
    with TranslationMemory(damaged) as memory:
        with pytest.raises(WorkbenchError, match="the translation memory is damaged"):
            memory.lookup_exact(list(originals()), "en", "ru")
