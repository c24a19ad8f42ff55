"""The virtualised two-column segment list: source beside target, status and QA marks per segment.

One Line API widget renders only the rows on screen, so 5,000 segments cost no more than 30:
row heights are estimated from text length (capped), kept in a prefix-sum table, and a row is
found by bisection. Wrapped and highlighted text is cached per segment until it changes.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from rich.cells import cell_len
from rich.segment import Segment as RichSegment
from rich.style import Style
from rich.text import Text
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from workbench.project import CONFIRMED, EDITED, MT, TM

MAX_ROWS = 3
GUTTER = 11  # "  123 MT ✗ " (5 digits, space, status 2, space, mark, space)
STATUS_MARK = {MT: ("MT", "#0087ff"), TM: ("TM", "magenta"), EDITED: ("ED", "yellow"), CONFIRMED: ("✔ ", "green")}


def qa_mark(report) -> tuple[str, str]:
    """(mark, colour) for a segment's QA report: ✗ terminology, ! other error/warning, ✓ clean."""
    if report is None:
        return "·", "#808080"
    if report.violations:
        return "✗", "red"
    if any(issue.severity in ("error", "warning") for issue in report.issues):
        return "!", "yellow"
    return "✓", "green"


class SegmentList(ScrollView, can_focus=True):
    """Rows of segments; `order` holds the indices shown (a filter), `cursor` a position in it."""

    DEFAULT_CSS = """
    SegmentList { background: $surface; overflow-x: hidden; scrollbar-gutter: stable; }
    /* stable: the scrollbar's columns are always kept, so the column width never changes under the text */
    SegmentList > .segment-list--cursor { background: $boost; }
    SegmentList > .segment-list--cursor-focus { background: $primary 30%; }
    """
    COMPONENT_CLASSES = {"segment-list--cursor", "segment-list--cursor-focus"}

    class Clicked(Message):
        """The user clicked segment `index`."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.states: list = []
        self.reports: list = []
        self.order: list[int] = []
        self._positions: dict[int, int] = {}
        self.cursor = 0
        self._offsets: list[int] = [0]
        self._width = 0
        self._cache: dict[int, tuple[list[Text], list[Text]]] = {}
        self._strips: dict[tuple[int, int, int], Strip] = {}  # (index, line, cursor look) -> rendered row
        self.found = None  # a compiled pattern whose matches are highlighted (the find bar's search)

    # -- attributes down -------------------------------------------------------------------
    def show(self, states: list, reports: list, order: list[int], current: int) -> None:
        """Show `order` (indices into states) with segment `current` under the cursor."""
        self.states, self.reports, self.order = states, reports, order
        self._positions = {index: position for position, index in enumerate(order)}
        self._forget()
        self._layout()
        self.select(current)
        self.refresh()

    def changed(self, index: int) -> None:
        """Segment `index` changed (target, status or QA): re-render its rows only."""
        self._forget(index)
        position = self._positions.get(index)
        if position is not None:
            self._refresh_position(position)

    def highlight(self, found) -> None:
        """Highlight the matches of `found` (a compiled pattern; None: no highlight) in every row."""
        self.found = found
        self.changed_all()

    def changed_all(self) -> None:
        self._forget()
        self._layout()
        self.refresh()

    def select(self, index: int) -> None:
        """Put the cursor on segment `index` (if shown) and scroll it into view; only the rows of the
        old and the new cursor are repainted (no layout, no full refresh) unless the view scrolls."""
        previous = self.cursor
        self.cursor = self._positions.get(index, min(self.cursor, max(len(self.order) - 1, 0)))
        if not self._scroll_to_cursor():
            self._refresh_position(previous)
            self._refresh_position(self.cursor)

    def _forget(self, index: int | None = None) -> None:
        if index is None:
            self._cache.clear()
            self._strips.clear()
            return
        self._cache.pop(index, None)
        for key in [key for key in self._strips if key[0] == index]:
            del self._strips[key]

    def _refresh_position(self, position: int) -> None:
        """Repaint the screen rows of the segment at `position` in the order (when on screen)."""
        if not 0 <= position < len(self.order):
            return
        top = self._offsets[position] - int(self.scroll_y)
        height = self._offsets[position + 1] - self._offsets[position]
        if top + height > 0 and top < self.size.height:
            self.refresh(Region(0, top, self.size.width, height))

    @property
    def current(self) -> int | None:
        return self.order[self.cursor] if self.order else None

    # -- layout ----------------------------------------------------------------------------
    @property
    def _row_width(self) -> int:
        """The cells a row has: the widget's width less its vertical scrollbar's."""
        return self.scrollable_content_region.width or self.size.width

    def _column_width(self) -> int:
        return max((self._row_width - GUTTER - 3) // 2, 8)

    def _height(self, index: int, width: int) -> int:
        state = self.states[index]
        longest = max(cell_len(state.source), cell_len(state.target), 1)
        return min(MAX_ROWS, -(-longest // width)) + 0

    def _layout(self) -> None:
        width = self._column_width()
        self._width = width
        heights = [self._height(i, width) for i in self.order]
        self._offsets = [0, *accumulate(heights)]
        self.virtual_size = Size(self._row_width, self._offsets[-1])

    def on_resize(self) -> None:
        if self._column_width() != self._width:
            self._forget()
            self._layout()
            self._scroll_to_cursor()

    def _scroll_to_cursor(self) -> bool:
        """Scroll the cursor row into view; True when the view moved (then everything is repainted)."""
        if not self.order:
            return False
        top, bottom = self._offsets[self.cursor], self._offsets[self.cursor + 1]
        height = self.scrollable_content_region.height or self.size.height
        if top < self.scroll_y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif bottom > self.scroll_y + height:
            self.scroll_to(y=max(bottom - height, 0), animate=False, immediate=True)
        else:
            return False
        self.refresh()
        return True

    # -- rendering -------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        row = int(self.scroll_y) + y
        width = self._row_width
        if not self.order or row >= self._offsets[-1]:
            return Strip.blank(width, self.rich_style)
        position = bisect_right(self._offsets, row) - 1
        index = self.order[position]
        line = row - self._offsets[position]
        look = (2 if self.has_focus else 1) if position == self.cursor else 0
        strip = self._strips.get((index, line, look))
        if strip is None:
            strip = Strip(self._row_segments(index, line, look > 0), width).crop_extend(0, width, self.rich_style)
            self._strips[(index, line, look)] = strip
        return strip

    def _row_segments(self, index: int, line: int, is_cursor: bool) -> list[RichSegment]:
        base = self.rich_style
        if is_cursor:
            name = "segment-list--cursor-focus" if self.has_focus else "segment-list--cursor"
            base = base + self.get_component_rich_style(name)
        sources, targets = self._wrapped(index)
        width = self._width
        gutter = self._gutter(index, base) if line == 0 else [RichSegment(" " * GUTTER, base)]
        cells = [*gutter]
        cells += _cell(sources, line, width, base)
        cells.append(RichSegment(" │ ", base + Style(color="#595959")))
        cells += _cell(targets, line, width, base)
        return cells

    def _gutter(self, index: int, base: Style) -> list[RichSegment]:
        state = self.states[index]
        status, colour = STATUS_MARK.get(state.status, ("··", "#808080"))
        mark, mark_colour = qa_mark(self.reports[index] if index < len(self.reports) else None)
        return [RichSegment(f"{index + 1:>5} ", base + Style(color="#808080")),
                RichSegment(status, base + Style(color=colour, bold=True)),
                RichSegment(" ", base), RichSegment(mark, base + Style(color=mark_colour, bold=True)),
                RichSegment(" ", base)]

    def _wrapped(self, index: int) -> tuple[list[Text], list[Text]]:
        cached = self._cache.get(index)
        if cached is None:
            report = self.reports[index] if index < len(self.reports) else None
            source, target = highlighted(self.states[index], report, self.found)
            height = self._offsets_height(index)
            cached = (_fit(source, self._width, height, self.app.console),
                      _fit(target, self._width, height, self.app.console))
            self._cache[index] = cached
        return cached

    def _offsets_height(self, index: int) -> int:
        return self._height(index, self._width)

    def on_click(self, event) -> None:
        row = int(self.scroll_y) + event.y
        if self.order and row < self._offsets[-1]:
            previous, self.cursor = self.cursor, bisect_right(self._offsets, row) - 1
            self._refresh_position(previous)
            self._refresh_position(self.cursor)
            self.post_message(self.Clicked(self.order[self.cursor]))


FOUND = Style(color="black", bgcolor="#ffd75f")


def highlighted(state, report, found=None) -> tuple[Text, Text]:
    """Source and target as rich Text, glossary hits underlined (green when rendered, red when not) and
    the matches of `found` (a compiled pattern, the find bar's search) marked."""
    source, target = Text(state.source), Text(state.target or "", style="" if state.target else "#808080")
    if not state.target:
        target.append("…" if state.status == "new" else "")
    for term in (report.terms if report is not None and report.source == state.source else ()):
        ok = term.status == "ok"
        source.stylize(Style(underline=True, color="green" if ok else "red"), term.start, term.end)
        if term.span is not None and report.target == state.target:
            target.stylize(Style(underline=True, color="green" if ok else "red", bold=not ok),
                           term.span.start, term.span.end)
    if found is not None:
        for text in (source, target):
            text.highlight_regex(found, FOUND)
    return source, target


def _fit(text: Text, width: int, height: int, console) -> list[Text]:
    lines = list(text.wrap(console, width, overflow="fold"))[:max(height, 1) + 1]
    if len(lines) > height:
        lines = lines[:height]
        last = lines[-1]
        last.truncate(width - 1)
        last.append("…", style="#808080")
    return lines


def _cell(lines: list[Text], line: int, width: int, base: Style) -> list[RichSegment]:
    if line >= len(lines):
        return [RichSegment(" " * width, base)]
    text = lines[line]
    segments = [RichSegment(s.text, base + s.style if s.style else base)
                for s in text.render(_console_stub(), "")]
    pad = width - text.cell_len
    if pad > 0:
        segments.append(RichSegment(" " * pad, base))
    return segments


_STUB = None


def _console_stub():
    global _STUB
    if _STUB is None:
        from rich.console import Console

        _STUB = Console(width=500, color_system="truecolor", legacy_windows=False)
    return _STUB
