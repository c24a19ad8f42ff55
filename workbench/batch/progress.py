"""How the CLI shows batch events: a rich progress bar on a terminal, plain log lines otherwise.

Everything goes to stderr (stdout may carry a translation). With quiet only errors are shown.
"""

from __future__ import annotations

import sys
import time

import click

from workbench.batch.run import BatchDone, FileFailed, FileFinished, Finished
from workbench.errors import plural, printable

LOG_EVERY_SECONDS = 2.0


class View:
    """A context manager that renders events and keeps the final summary."""

    def __init__(self, quiet: bool, tty: bool | None = None) -> None:
        self.quiet = quiet
        self.tty = sys.stderr.isatty() if tty is None else tty
        self.summary = None
        self.bar = None
        self._last_log = 0.0

    def __enter__(self) -> "View":
        if not self.quiet and self.tty:
            self.bar = _rich_bar()
            self.bar.start()
            self.task = self.bar.add_task("translating", total=None)
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()
        nothing_done = self.summary is not None and self.summary.failed and not self.summary.files
        if self.summary is not None and not self.quiet and not nothing_done:  # errors alone say it all
            for line in self.summary.lines():
                click.echo(printable(line), err=True)

    def show(self, event) -> None:
        if isinstance(event, FileFailed):
            self._say(f"workbench: error: {event.error}", always=True)
        elif isinstance(event, Finished):
            self.summary = event.summary
            if self.bar is not None:  # the bar ends at its total, whatever the estimate said
                self.bar.update(self.task, completed=event.summary.segments, total=event.summary.segments)
        elif isinstance(event, BatchDone):
            self._progress(event)
        elif isinstance(event, FileFinished) and self.bar is None:
            counts = event.counts
            self._say(f"done {event.name} -> {event.output} ({plural(counts['segments'], 'segment')}, "
                      f"{counts['cache_hits']} from the TM)")

    def _progress(self, event: BatchDone) -> None:
        if self.bar is not None:
            self.bar.update(self.task, completed=event.done, total=event.total_estimate)
            return
        now = time.monotonic()
        if now - self._last_log >= LOG_EVERY_SECONDS:
            self._last_log = now
            self._say(f"progress: {event.done}/~{plural(event.total_estimate, 'segment')} "
                      f"({event.cache_hits} from the TM, {event.translated} by the model)")

    def _say(self, line: str, always: bool = False) -> None:
        if self.quiet and not always:
            return
        line = printable(line)  # a file name may hold a newline or a terminal escape
        if self.bar is not None:
            self.bar.console.print(line, markup=False, highlight=False)
        else:
            click.echo(line, err=True)


def _rich_bar():
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                               TimeRemainingColumn)
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task) -> Text:
            return Text(f"{task.speed or 0:.1f} seg/s")

    class Unit(ProgressColumn):
        def render(self, task) -> Text:
            return Text("segment" if task.total == 1 else "segments")

    return Progress(TextColumn("translating"), BarColumn(), MofNCompleteColumn(), Unit(),
                    Rate(), TextColumn("ETA"), TimeRemainingColumn(), console=Console(stderr=True),
                    transient=True)
