"""A tiny host App for the glossary and help screens, and a copy of the sample glossary per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.app import App

HERE = Path(__file__).parent
SIZE = (120, 36)


class HostApp(App):
    """Pushes one screen on mount and records every GlossaryChanged that bubbles up to it."""

    def __init__(self, make_screen) -> None:
        super().__init__()
        self.make_screen = make_screen
        self.changes: list[Path] = []

    def on_mount(self) -> None:
        self.push_screen(self.make_screen())

    def on_glossary_changed(self, message) -> None:
        self.changes.append(message.path)


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """A private copy of sample.yaml (same name, so titles and snapshots do not depend on tmp paths)."""
    target = tmp_path / "sample.yaml"
    shutil.copyfile(HERE / "sample.yaml", target)
    return target


@pytest.fixture
def host():
    return HostApp
