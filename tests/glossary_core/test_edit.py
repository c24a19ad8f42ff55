"""Byte-preserving edits: only the edited entry changes; invalid edits leave the file untouched."""

from __future__ import annotations

import difflib
import os

import pytest

from glossary import atomic, edit, yamlio
from glossary.errors import GlossaryError
from glossary.model import Entry, LocaleTerms, Term

ORIGINAL = """\
# Official names (header comment)
schema_version: 1
name: Test
target_languages: [ko, ru]
entries:
  # DPRK itself
  - id: dprk
    source: [DPRK, Democratic People's Republic of Korea]   # trailing comment
    note: the country
    targets:
      ko: {preferred: 조선민주주의인민공화국, deprecated: [북한]}
      ru:
        preferred: {term: КНДР, indeclinable: true}

  # The capital
  - id: pyongyang
    source: Pyongyang
    note: capital
    targets:
      ko: {preferred: 평양}
      ru: {preferred: Пхеньян}   # ok
# trailing file comment
"""


@pytest.fixture
def path(tmp_path):
    file = tmp_path / "g.yaml"
    file.write_bytes(ORIGINAL.encode("utf-8"))
    return file


def changed(path) -> tuple[list[str], list[str]]:
    """(removed lines, added lines) between ORIGINAL and the file now."""
    diff = list(difflib.ndiff(ORIGINAL.splitlines(), path.read_text(encoding="utf-8").splitlines()))
    return [d[2:] for d in diff if d.startswith("- ")], [d[2:] for d in diff if d.startswith("+ ")]


def test_set_scalar_field_changes_only_that_value(path):
    edit.set_field(path, "pyongyang", "targets.ko.preferred", "평양시")
    assert changed(path) == (["      ko: {preferred: 평양}"], ["      ko: {preferred: 평양시}"])
    assert yamlio.load(path).get("pyongyang").targets["ko"].preferred.text == "평양시"


def test_set_field_quotes_yaml11_words(path):
    edit.set_field(path, "pyongyang", "note", "no")
    assert changed(path) == (["    note: capital"], ["    note: 'no'"])


def test_set_new_field_rerenders_only_that_entry(path):
    edit.set_field(path, "pyongyang", "targets.ru.deprecated", ["Пьонгьянг"])
    removed, added = changed(path)
    assert removed and all(line in ORIGINAL.split("# The capital")[1] for line in removed)
    assert "        deprecated: [Пьонгьянг]" in added
    assert yamlio.load(path).get("pyongyang").targets["ru"].deprecated == ("Пьонгьянг",)
    assert "# trailing comment" in path.read_text(encoding="utf-8")


def test_add_entry_appends_and_keeps_everything_else(path):
    entry = Entry("kcna", ("KCNA",), {"ru": LocaleTerms(Term("ЦТАК", indeclinable=True))}, note="agency")
    edit.add_entry(path, entry)
    text = path.read_text(encoding="utf-8")
    assert text.startswith(ORIGINAL.removesuffix("# trailing file comment\n"))
    assert text.endswith("preferred: {term: ЦТАК, indeclinable: true}\n# trailing file comment\n")
    assert yamlio.load(path).get("kcna").targets["ru"].preferred.indeclinable


def test_add_existing_id_is_refused(path):
    with pytest.raises(GlossaryError, match="already exists"):
        edit.add_entry(path, Entry("dprk", ("X",)))
    assert path.read_bytes() == ORIGINAL.encode("utf-8")


def test_add_to_empty_entries(tmp_path):
    file = tmp_path / "e.yaml"
    file.write_text("# keep me\nschema_version: 1\nentries: []\n", encoding="utf-8")
    edit.add_entry(file, Entry("a", ("A",)))
    assert file.read_text(encoding="utf-8") == "# keep me\nschema_version: 1\nentries:\n  - id: a\n    source: A\n"


def test_update_entry_replaces_only_its_lines(path):
    edit.update_entry(path, Entry("dprk", ("DPRK",), {"ru": LocaleTerms(Term("КНДР"))}))
    start = ORIGINAL.index("  - id: dprk")
    end = ORIGINAL.index("\n\n  # The capital")
    expected = (ORIGINAL[:start] + "  - id: dprk\n    source: DPRK\n    targets:\n      ru:\n"
                "        preferred: КНДР" + ORIGINAL[end:])
    assert path.read_text(encoding="utf-8") == expected


def test_remove_entry_takes_its_header_comment(path):
    edit.remove_entry(path, "pyongyang")
    removed, added = changed(path)
    assert added == [] and removed[0] == "  # The capital" and removed[-1].startswith("      ru: {preferred: Пхеньян}")
    assert [e.id for e in yamlio.load(path).entries] == ["dprk"]


def test_invalid_edit_is_refused_and_file_untouched(path):
    before = os.stat(path).st_mtime_ns
    with pytest.raises(GlossaryError):
        edit.set_field(path, "dprk", "targets.ru.preferred", " ")
    with pytest.raises(GlossaryError):
        edit.set_field(path, "dprk", "targets.xx-QQ.preferred", "x")
    with pytest.raises(GlossaryError, match="no entry with id 'nope'"):
        edit.remove_entry(path, "nope")
    assert path.read_bytes() == ORIGINAL.encode("utf-8") and os.stat(path).st_mtime_ns == before


def test_crlf_file_keeps_its_line_endings(tmp_path):
    file = tmp_path / "crlf.yaml"
    file.write_bytes(ORIGINAL.replace("\n", "\r\n").encode("utf-8"))
    edit.add_entry(file, Entry("a", ("A",)))
    data = file.read_bytes()
    assert data.count(b"\n") == data.count(b"\r\n")
    assert data.startswith(ORIGINAL.replace("\n", "\r\n").encode("utf-8")[:200])


def test_write_is_atomic_when_replace_fails(path, monkeypatch):
    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(OSError):
        edit.set_field(path, "pyongyang", "note", "the capital")
    assert path.read_bytes() == ORIGINAL.encode("utf-8")
    left = sorted(p.name for p in path.parent.iterdir())
    assert left == [".g.yaml.lock", "g.yaml"]  # no temp file left behind (the edit lock's file stays)
