"""The one-line header: file, language pair, glossary, model (DEMO badge), progress and save state."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.widgets import Static


@dataclass(frozen=True)
class HeaderInfo:
    """What the header shows; the screen builds a new one whenever something changes."""

    file: str = ""
    pair: str = ""
    glossary: str = "loading glossary…"
    terms: int | None = None  # entries in the glossary (None while loading)
    model: str = "model: loading…"
    demo: bool = False
    confirmed: int = 0
    total: int = 0
    violations: int | None = None
    saved: bool = True
    read_only: bool = False
    save_failed: bool = False


class InfoHeader(Static):
    """Renders a HeaderInfo; set `info` from above. A narrow terminal gets the short form (render_header)."""

    DEFAULT_CSS = """
    InfoHeader { dock: top; height: 1; background: $panel; color: $text; padding: 0 1; }
    """
    info = HeaderInfo()

    def show(self, info: HeaderInfo) -> None:
        self.info = info
        self.update(render_header(info, self.content_size.width or 10_000), layout=False)  # one fixed row

    def on_resize(self) -> None:
        self.show(self.info)


def render_header(info: HeaderInfo, width: int = 10_000) -> Text:
    """The header line; when it is wider than `width`, shorter forms (the glossary as its number of
    entries, then counts without words) so that the essentials stay on screen."""
    for short in (0, 1):
        text = _header(info, short)
        if text.cell_len <= width:
            return text
    return _header(info, 2)


def _header(info: HeaderInfo, short: int) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(info.file, style="bold")
    text.append(f"  {info.pair}", style="cyan")
    if info.read_only:
        text.append("  READ-ONLY ", style="bold white on red")
    elif info.save_failed:
        text.append("  NOT SAVED ", style="bold white on red")
    else:
        text.append("  ● unsaved" if not info.saved else "  saved", style="yellow" if not info.saved else "#808080")
    text.append(f"  ✔ {info.confirmed}/{info.total}", style="green")
    if info.violations is not None:
        text.append(f"  ✗ {info.violations}" + ("" if short > 1 else " violations"),
                    style="red" if info.violations else "green")
    text.append(f"  ▪ {info.model.split('#')[0]}")
    if info.demo:
        text.append(" ")
        text.append("DEMO", style="bold black on yellow")
    if info.terms is None:
        text.append(f"  ▪ {info.glossary}")
    else:
        text.append(f"  ▪ {info.terms} terms" if short else f"  ▪ {info.glossary} ({info.terms})")
    return text
