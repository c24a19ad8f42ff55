"""Writing one review page: segments stream in, the page is written whole at the end, or not at all.

The output is opened first (outputs.open_output: a file is replaced atomically, `-` is standard
output), so an unwritable target fails before any work is done. Segments are serialised as they come
into a spooled temporary file (memory up to 16 MiB, then disk), and only their tally stays in memory;
commit() writes the head (header, charts, filters), copies the segments into the page's JSON data
block, adds the script, and commits the output.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.outputs import open_output, prepare_file
from workbench.review import page
from workbench.review.model import ReviewHeader, ReviewSegment, Tally

_SPOOL_BYTES = 16 * 1024 * 1024


class ReviewWriter:
    """A review page being written to `target` (a path, or `-`): add() segments, then commit(header)."""

    def __init__(self, target: Path | str, option: str = "--html") -> None:
        prepare_file(target, option)
        self.tally = Tally()
        self._out = open_output(target)
        self._spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES, mode="w+b")
        self._first = True

    def add(self, segment: ReviewSegment) -> None:
        row = {"file": self.tally.add(segment), "index": segment.index, "source": segment.source,
               "target": segment.target, "findings": list(segment.findings)}
        data = (b"" if self._first else b",\n") + page.json_data(row).encode("utf-8")
        self._spooled(lambda: self._spool.write(data))
        self._first = False

    def commit(self, header: ReviewHeader) -> None:
        """Write the whole page and put it in place (WorkbenchError when it cannot be written)."""
        for name in header.files:
            self.tally.file(name)
        head, tail = page.frame(header, self.tally)
        try:
            self._out.write(head.encode("utf-8"))
            self._spooled(lambda: (self._spool.seek(0), shutil.copyfileobj(self._spool, _Sink(self._out))))
            self._out.write(tail.encode("utf-8"))
            self._out.commit()
        finally:
            self._spool.close()

    def discard(self) -> None:
        """Leave no page (an interrupted run): the old file, if any, stays as it was."""
        self._out.discard()
        self._spool.close()

    def _spooled(self, action) -> None:
        """Run `action` on the spool; its OSError (a full temporary folder) is a one-line WorkbenchError."""
        try:
            action()
        except OSError as exc:
            self.discard()
            raise WorkbenchError(f"{self._out.name}: cannot hold the page's data in a temporary file: "
                                 f"{exc.strerror or exc}") from None


class _Sink:
    """The output as a file object for shutil.copyfileobj."""

    def __init__(self, out) -> None:
        self.write = out.write
