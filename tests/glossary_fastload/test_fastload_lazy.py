"""Fast-loaded Entry.targets are built on first read: they must behave like the slow path's mapping."""

from __future__ import annotations

import threading
from types import MappingProxyType

import pytest

from glossary.errors import GlossaryError
from glossary.model import LocaleTerms, Term

from .conftest import assert_same, fast, slow

TEXT = """\
schema_version: 1
name: lazy
entries:
  - id: dprk
    source: [DPRK, North Korea]
    targets:
      ru:
        preferred: {term: КНДР, indeclinable: true}
        admitted: [Северная Корея, {term: Корейская Народно-Демократическая Республика, inflect: [2]}]
        deprecated: [Северная Корея (КНДР)]
        note: official
      ko-kp: {preferred: 조선}
      ko: {preferred: 북한}
  - id: kcna
    source: KCNA
  - id: choe
    source: Choe Son Hui
    targets:
      ru:
        preferred: {term: Чхве Сон Хи, forms: {gent: Чхве Сон Хи}}
"""


@pytest.fixture
def pair():
    got, expected = fast(TEXT), slow(TEXT)
    assert got is not None and not isinstance(expected, GlossaryError)
    return got, expected


def test_targets_read_like_the_slow_paths_mapping(pair):
    got, expected = pair
    targets, want = got.entries[0].targets, expected.entries[0].targets
    assert type(targets) is MappingProxyType
    assert list(targets) == ["ru", "ko-KP", "ko"] and len(targets) == 3 and "ko-KP" in targets
    assert targets.get("ko") == want["ko"] and targets.get("en") is None
    assert targets["ru"].preferred == Term("КНДР", indeclinable=True)
    assert isinstance(next(iter(targets.values())), LocaleTerms)
    assert dict(targets.items()) == dict(want.items()) == targets.copy() == dict(targets)
    assert (targets | {}) == dict(want) and ({} | targets) == dict(want)
    assert got.entries[0].for_locale("ko-KP").preferred.text == "조선"
    assert "LocaleTerms" in repr(targets)


def test_equality_in_both_directions_and_before_any_read(pair):
    got, expected = pair
    again = fast(TEXT)
    assert got == expected and expected == got and got == again  # nothing read yet on either side
    assert not got != expected  # noqa: SIM202 - __ne__ itself is under test
    other = fast(TEXT.replace("조선", "북조선"))
    assert other.entries[0].targets != expected.entries[0].targets
    assert other != expected
    assert_same(got, expected)


def test_threads_reading_at_once_get_equal_terms():
    glossary = fast(TEXT)
    results, errors = [], []

    def read() -> None:
        try:
            results.append([dict(entry.targets.items()) for entry in glossary.entries])
        except Exception as exc:  # noqa: BLE001 - any exception is the failure tested for
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert all(result == results[0] for result in results)
    assert results[0][0]["ru"].admitted[1].inflect == (2,)


@pytest.mark.parametrize("change", [
    ("admitted: [Северная Корея,", "admitted: [' Северная Корея',"),  # not stripped
    ("note: official", "note: [a, b]"),  # a list for a text
    ("inflect: [2]", "inflect: [9]"),  # past the last word
    ("ko: {preferred: 북한}", "ko: {preferred: 북한, colour: red}"),  # unknown key
    ("forms: {gent: Чхве Сон Хи}", "forms: {gent: ''}"),  # empty form
])
def test_invalid_targets_are_still_caught_at_load(change):
    text = TEXT.replace(*change)
    assert text != TEXT
    assert fast(text) is None  # the slow path decides (and reports PATH:LINE:COL)
    assert isinstance(slow(text), GlossaryError)
