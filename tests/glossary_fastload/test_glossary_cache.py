"""glossary.cache: a big glossary loaded again comes from the cache, equal in every field; a damaged,
stale or unwritable cache never changes what a load returns."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from glossary import cache, fastload, yamlio
from glossary.errors import GlossaryError

HEAD = "schema_version: 1\nname: big\ntarget_languages: [ko, ru]\nentries:\n"


def entry(i: int) -> str:
    return (f"  - id: e{i}\n"
            f"    source: [Term {i}, Alt {i}]\n"
            f"    match: {{case_sensitive: false}}\n" if i % 7 == 0 else
            f"  - id: e{i}\n"
            f"    source: Term {i}\n") + (
            f"    note: entry {i}\n"
            f"    targets:\n"
            f"      ko: {{preferred: 용어{i}, deprecated: [나쁜{i}]}}\n"
            f"      ru:\n"
            f"        preferred: {{term: Термин {i}, inflect: [1], forms: {{gent: Термина {i}}}}}\n")


def big_text(count: int = 2000, head: str = HEAD) -> str:
    return head + "".join(entry(i) for i in range(count))


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("WORKBENCH_GLOSSARY_CACHE", raising=False)
    return tmp_path / "cache" / "glossaries"


@pytest.fixture
def big(tmp_path) -> Path:
    path = tmp_path / "big.yaml"
    path.write_text(big_text(), encoding="utf-8")
    assert path.stat().st_size >= cache.MIN_BYTES
    return path


def no_parse(monkeypatch) -> None:
    def refuse(*text):
        raise AssertionError("parsed although the cache holds this file")
    monkeypatch.setattr(fastload, "_checked", refuse)  # neither the scanner nor the checks


def assert_equal(left, right) -> None:
    assert left == right
    assert [e.line for e in left.entries] == [e.line for e in right.entries]
    assert [dict(e.targets) for e in left.entries] == [dict(e.targets) for e in right.entries]


def test_second_load_comes_from_the_cache_and_equals_the_first(big, cache_dir, monkeypatch):
    first = yamlio.load(big)
    assert len(list(cache_dir.glob("*.glossary-cache"))) == 1
    no_parse(monkeypatch)
    again = yamlio.load(big)
    assert_equal(again, first)
    assert again.entries[7].match.case_sensitive is False
    assert again.entries[3].targets["ru"].preferred.forms["gent"] == "Термина 3"
    assert again.entries[5].line == first.entries[5].line > 1


def test_cached_load_equals_the_exact_path(big, cache_dir):
    yamlio.load(big)
    assert_equal(yamlio.load(big), yamlio.parse(big.read_text(encoding="utf-8"), big).glossary)


def test_same_bytes_under_another_name_keep_their_own_path_and_name(tmp_path, cache_dir):
    text = big_text(head="schema_version: 1\nentries:\n")  # no name: the file's stem is the name
    first, second = tmp_path / "first.yaml", tmp_path / "second.yaml"
    first.write_text(text, encoding="utf-8")
    second.write_text(text, encoding="utf-8")
    assert yamlio.load(first).name == "first"
    loaded = yamlio.load(second)
    assert (loaded.name, loaded.path) == ("second", str(second))


def test_an_edited_file_is_parsed_again(big, cache_dir):
    yamlio.load(big)
    big.write_text(big.read_text(encoding="utf-8").replace("용어5,", "고친용어5,"), encoding="utf-8")
    assert yamlio.load(big).get("e5").targets["ko"].preferred.text == "고친용어5"


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "foreign"])
def test_a_damaged_cache_file_is_ignored_and_replaced(big, cache_dir, damage):
    first = yamlio.load(big)
    [stored] = cache_dir.glob("*.glossary-cache")
    blob = stored.read_bytes()
    stored.write_bytes({"flip": blob[:-100] + bytes([blob[-100] ^ 0xFF]) + blob[-99:],
                        "truncate": blob[:len(blob) // 2], "empty": b"",
                        "foreign": b"\x00" * len(blob)}[damage])
    assert_equal(yamlio.load(big), first)
    assert stored.read_bytes() == blob  # rebuilt


def test_an_unwritable_cache_folder_changes_nothing(big, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(blocker))
    assert len(yamlio.load(big)) == 2000
    assert len(yamlio.load(big)) == 2000


def test_switched_off_and_small_files_are_not_cached(big, tmp_path, cache_dir, monkeypatch):
    monkeypatch.setenv("WORKBENCH_GLOSSARY_CACHE", "0")
    yamlio.load(big)
    assert not cache_dir.exists()
    monkeypatch.delenv("WORKBENCH_GLOSSARY_CACHE")
    small = tmp_path / "small.yaml"
    small.write_text(big_text(20), encoding="utf-8")
    yamlio.load(small)
    assert not cache_dir.exists()


def test_invalid_files_are_never_cached_and_always_reported(tmp_path, cache_dir):
    bad = tmp_path / "bad.yaml"
    bad.write_text(big_text().replace("id: e9\n", "id: e9\n    colour: red\n"), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(GlossaryError) as caught:
            yamlio.load(bad)
        assert "colour" in str(caught.value)
    assert not list(cache_dir.glob("*.glossary-cache"))


def test_only_the_most_recently_used_entries_are_kept(tmp_path, cache_dir, monkeypatch):
    monkeypatch.setattr(cache, "KEEP", 2)
    paths = [tmp_path / f"g{number}.yaml" for number in range(3)]
    for number, path in enumerate(paths):
        path.write_text(big_text().replace("name: big", f"name: big{number}"), encoding="utf-8")
        yamlio.load(path)
        for age, stored in enumerate(sorted(cache_dir.glob("*.glossary-cache"), key=os.path.getmtime)):
            os.utime(stored, ns=(age * 10**9, age * 10**9))  # distinct ages, whatever the clock's resolution
    assert len(list(cache_dir.glob("*.glossary-cache"))) == 2
    no_parse(monkeypatch)
    assert [yamlio.load(path).name for path in paths[1:]] == ["big1", "big2"]


def test_the_scanner_source_and_compiled_module_key_the_cache(monkeypatch, tmp_path):
    from glossary import _bulk, _scan
    files = cache._scanner_files(Path(cache.__file__).parent)
    assert [path.name for path in files] == ["_scan.pyx", Path(_scan.__file__).name, "_bulk.pyx",
                                             Path(_bulk.__file__).name]
    before = cache._code_key()
    stale = tmp_path / "_scan.so"  # say, a module built from an older source
    stale.write_bytes(b"old build")
    monkeypatch.setattr(cache, "_scanner_files", lambda here: [*files[:1], stale])
    cache._code_key.cache_clear()
    try:
        assert cache._code_key() not in (None, before)
    finally:
        cache._code_key.cache_clear()


def test_without_a_thread_to_spare_the_cache_is_written_at_once(big, cache_dir, monkeypatch):
    def no_thread(self):
        raise RuntimeError("can't start new thread")
    monkeypatch.setattr(cache.threading.Thread, "start", no_thread)
    first = yamlio.load(big)
    assert len(list(cache_dir.glob("*.glossary-cache"))) == 1
    assert_equal(yamlio.load(big), first)
