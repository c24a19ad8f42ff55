"""Fixtures for the batch tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.batch.helpers import make_news


@pytest.fixture
def news(tmp_path: Path) -> Path:
    """A small news tree: a.txt, sub/b.md, sub/c.xlf."""
    return make_news(tmp_path / "news")
