"""Shared helpers for the TUI tests: a private copy of the seed article, waiting for the workers, and reading
the painted screen (screen_lines, shown_in)."""

from __future__ import annotations

import asyncio
import html
import re
import shutil
from pathlib import Path

from rich.cells import cell_len
from textual.widgets import TextArea

from tests.stub_translator import StubTranslator
from tui.app import WorkbenchApp
from tui.session import Options

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "000_d27c7cbd74673f90.txt"
SIZE = (120, 36)


def seed_copy(folder: Path) -> Path:
    source = folder / SEED.name
    shutil.copyfile(SEED, source)
    return source


def make_app(folder: Path, locale: str = "ru", autosave: float = 0.2, translator=None) -> WorkbenchApp:
    """The editor on a private copy of the seed: the real demo model, or `translator` (e.g. the stub)."""
    return WorkbenchApp(Options(seed_copy(folder) if not (folder / SEED.name).exists() else folder / SEED.name,
                                locale, model="demo", tm_path=folder / "tm.sqlite3", autosave_delay=autosave),
                        translator=translator)


def make_stub_app(folder: Path, locale: str = "ru", autosave: float = 0.2) -> WorkbenchApp:
    """The editor with the fixed-output stub translator: what it shows is the same on every CPU."""
    return make_app(folder, locale, autosave, translator=StubTranslator.seed(locale))


async def wait_ready(pilot, timeout: float = 60) -> None:
    """Until the document is open, the glossary loaded and every worker (MT, QA, TM) finished."""
    app = pilot.app
    for _ in range(int(timeout / 0.05)):
        await pilot.pause()
        session = app.session
        if session is not None and session.qa is not None and not _running(app):
            break
        await asyncio.sleep(0.05)
    await app.workers.wait_for_complete()
    await pilot.pause()


def _running(app) -> bool:
    return any(not worker.is_finished for worker in app.workers)


def editor(app):
    return app.editor()


async def type_target(pilot, text: str) -> None:
    """Replace the current segment's target as a user would, then let the debounced QA run."""
    area = pilot.app.screen.query_one("#target", TextArea)
    area.focus()
    area.clear()
    await pilot.pause()
    area.insert(text)
    await pilot.pause(0.5)


_SVG_TEXT = re.compile(r'<text[^>]*?x="([\d.]+)"[^>]*?textLength="([\d.]+)"[^>]*?-line-(\d+)\)"[^>]*>(.*?)</text>')


def screen_lines(app) -> list[str]:
    """The screen as painted, one string per terminal row, read from `app.export_screenshot()` (the SVG).

    Each text run is put at its column (x / cell width), so the rows keep their blank cells; a wide
    (CJK) character takes two cells and is followed by "" in the grid, so a row reads as the text does.
    """
    runs = [(float(x), float(length), int(row), html.unescape(text).replace("\xa0", " "))
            for x, length, row, text in _SVG_TEXT.findall(app.export_screenshot())]
    cell = next(length / cell_len(text) for _, length, _, text in runs if cell_len(text))
    width, height = app.size
    grid = [[" "] * width for _ in range(height)]
    for x, _, row, text in runs:
        column = round(x / cell)
        for char in text:
            if row < height and column < width:
                grid[row][column] = char
                for extra in range(1, cell_len(char)):
                    if column + extra < width:
                        grid[row][column + extra] = ""
            column += cell_len(char)
    return ["".join(row) for row in grid]


def shown_in(lines: list[str], widget) -> str:
    """The words painted inside `widget`'s screen region (box-border glyphs dropped), whitespace collapsed."""
    region = widget.region
    rows = (line[region.x: region.right] for line in lines[region.y: region.bottom])
    return " ".join(" ".join(rows).translate(_BORDERS).split())


_BORDERS = str.maketrans("", "", "▊▎▔▁")
