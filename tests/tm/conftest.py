"""Fixtures for the translation-memory tests: a fresh TM file per test."""

from __future__ import annotations

import pytest

from workbench.tm import TranslationMemory


@pytest.fixture
def tm(tmp_path):
    memory = TranslationMemory(tmp_path / "tm.sqlite3")
    yield memory
    memory.close()
