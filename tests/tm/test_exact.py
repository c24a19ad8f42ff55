"""Exact lookup: precedence (approved > edited > machine, then newest), model/glossary matching, batching."""

from __future__ import annotations

import sqlite3

import pytest

from workbench import paths
from workbench.errors import WorkbenchError
from workbench.tm import TMRecord, TranslationMemory, default_path, normalize_locale

SRC = "Choe Son Hui met the delegation in Pyongyang."


def mt(target, model="m1", glossary="g1", status="mt", source=SRC, tgt="ru"):
    return TMRecord(source, target, "en", tgt, model, glossary, status)


def test_nothing_is_created_until_first_use(tmp_path):
    memory = TranslationMemory(tmp_path / "sub" / "tm.sqlite3")
    assert not (tmp_path / "sub").exists()
    assert memory.lookup_exact([SRC], "en", "ru") == {}
    assert (tmp_path / "sub" / "tm.sqlite3").exists()


def test_default_path_is_in_the_data_folder():
    assert default_path() == paths.data_dir() / "tm.sqlite3"


def test_schema_is_versioned_and_wal(tm):
    tm.stats()
    conn = sqlite3.connect(tm.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_version_1_tm_gains_the_raw_mt_table_and_keeps_its_segments(tmp_path):
    from workbench.tm import MTRecord
    from workbench.tm.memory import _row
    from workbench.tm.store import _SCHEMA_V1, UPSERT

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    for statement in _SCHEMA_V1:
        conn.execute(statement)
    conn.execute(UPSERT, _row(TMRecord("KCNA reported.", "ЦТАК сообщило.", "en", "ru", status="approved"), "2024"))
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with TranslationMemory(path) as tm:
        assert tm.lookup_exact(["KCNA reported."], "en", "ru")["KCNA reported."].target == "ЦТАК сообщило."
        tm.store_mt([MTRecord("KCNA reported.", ("ЦТАК сообщило.",), "en", "ru", "m")])
        assert tm.lookup_mt(["KCNA reported."], "en", "ru", "m") == {"KCNA reported.": ("ЦТАК сообщило.",)}
        assert tm.stats().schema_version == 2


def test_machine_entries_need_the_same_model_and_glossary_version(tm):
    tm.store([mt("Цой Сон Хи (m1 g1)"), mt("Цой Сон Хи (m2 g1)", model="m2"),
              mt("Цой Сон Хи (m1 g2)", glossary="g2")])
    assert tm.lookup_exact([SRC], "en", "ru", "m1", "g1")[SRC].target == "Цой Сон Хи (m1 g1)"
    assert tm.lookup_exact([SRC], "en", "ru", "m2", "g1")[SRC].target == "Цой Сон Хи (m2 g1)"
    assert tm.lookup_exact([SRC], "en", "ru", "m1", "g2")[SRC].target == "Цой Сон Хи (m1 g2)"
    assert tm.lookup_exact([SRC], "en", "ru", "m2", "g2") == {}
    assert tm.lookup_exact([SRC], "en", "ko", "m1", "g1") == {}


def test_approved_wins_over_newer_mt_and_matches_any_model(tm):
    tm.approve(SRC, "утверждено", "en", "ru")
    tm.store([mt("машинный перевод")])
    for model, glossary in (("m1", "g1"), ("other", "other"), (None, None)):
        entry = tm.lookup_exact([SRC], "en", "ru", model, glossary)[SRC]
        assert (entry.target, entry.status) == ("утверждено", "approved")


def test_enforced_beats_mt_and_the_newest_wins_within_a_status(tm):
    tm.store([mt("сырой")])
    tm.store([mt("исправлено глоссарием", status="enforced")])
    assert tm.lookup_exact([SRC], "en", "ru", "m1", "g1")[SRC].status == "enforced"
    tm.approve(SRC, "первое", "en", "ru")
    tm.store([TMRecord(SRC, "второе", "en", "ru", "editor", "", "approved")])
    assert tm.lookup_exact([SRC], "en", "ru", "m1", "g1")[SRC].target == "второе"


def test_storing_the_same_key_again_updates_in_place(tm):
    tm.store([mt("старый")])
    first = tm.lookup_exact([SRC], "en", "ru", "m1", "g1")[SRC]
    tm.store([mt("новый")])
    second = tm.lookup_exact([SRC], "en", "ru", "m1", "g1")[SRC]
    assert second.target == "новый" and second.created_at == first.created_at
    assert second.updated_at >= first.updated_at
    assert tm.stats().segments == 1


def test_locales_are_normalised(tm):
    tm.store([mt("조선", tgt="ko_kp")])
    assert tm.lookup_exact([SRC], "EN", "ko-KP", "m1", "g1")[SRC].tgt_locale == "ko-KP"
    assert tm.lookup_exact([SRC], "en", "ko", "m1", "g1") == {}
    assert normalize_locale("zh_hant_tw") == "zh-Hant-TW"


def test_unknown_status_is_refused(tm):
    with pytest.raises(ValueError, match="status"):
        tm.store([mt("x", status="great")])


def test_lookup_of_10000_sources_is_batched(tm):
    sources = [f"Sentence number {i} about KCNA." for i in range(10_000)]
    tm.store(mt(f"Предложение {i}", source=s) for i, s in enumerate(sources[::2]))
    statements: list[str] = []
    tm.connection().set_trace_callback(statements.append)
    found = tm.lookup_exact(sources, "en", "ru", "m1", "g1")
    tm.connection().set_trace_callback(None)
    assert len(found) == 5_000
    assert found[sources[2]].target == "Предложение 1"
    assert sources[1] not in found
    assert 1 <= len(statements) <= 20


def test_a_foreign_sqlite_file_is_refused(tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    with pytest.raises(WorkbenchError, match="not a workbench translation memory"):
        TranslationMemory(other).stats()


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "tm.sqlite3"
    TranslationMemory(path).stats()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(WorkbenchError, match="newer"):
        TranslationMemory(path).stats()


def test_a_non_database_file_is_refused(tmp_path):
    path = tmp_path / "tm.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(WorkbenchError, match="not a usable translation memory"):
        TranslationMemory(path).stats()
    assert path.read_bytes() == b"this is not sqlite at all" * 100
