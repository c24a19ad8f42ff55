"""Where every output of the CLI goes: one function for every output option; `-` is standard output.

`open_output(target)` is the only way a command opens an output (translate -o and its
standard output, --report, tm export -o, glossary import/export -o): `-` is standard output,
a regular file (or a new path) is replaced atomically, a device, FIFO or socket is written
directly (glossary.atomic). Any OSError becomes a one-line WorkbenchError naming the target
(exit 2), so a full disk or an unwritable folder is never an internal error.
"""

from __future__ import annotations

import sys
from pathlib import Path

from glossary import atomic
from workbench.errors import WorkbenchError, printable

STDOUT = "-"


def is_stdout(target: Path | str | None) -> bool:
    """True for `-`, the name of standard output in every output option."""
    return target is not None and str(target) == STDOUT


def prepare_file(target: Path | str, option: str) -> None:
    """Ready a file output given to `option`: a folder is refused, missing parent folders are made."""
    if is_stdout(target):
        return
    path = Path(target)
    if path.is_dir():
        raise WorkbenchError(f"{option} {printable(str(path))}: is a directory; give a file name")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkbenchError(f"{printable(str(path.parent))}: cannot create the folder for {option}: "
                             f"{exc.strerror or exc}") from None


def write(target: Path | str, data: bytes) -> None:
    """Write `data` to `target` completely, or leave the old content (WorkbenchError on failure)."""
    with open_output(target) as out:
        out.write(data)


def open_output(target: Path | str) -> "Output":
    """An output to write to and then commit() (or discard()); see the module docstring."""
    return Output(target)


class Output(atomic.Committing):
    """An open output; its OSErrors surface as one-line WorkbenchErrors naming the target."""

    def __init__(self, target: Path | str) -> None:
        self.name = "<stdout>" if is_stdout(target) else str(target)
        self._stdout = is_stdout(target)
        self._out = None
        if not self._stdout:
            self._out = self._guard(atomic.Replacement, target)

    def write(self, data: bytes) -> None:
        if self._stdout:
            self._guard(sys.stdout.buffer.write, data)
        else:
            self._guard(self._out.write, data)

    def commit(self) -> None:
        self._guard(sys.stdout.buffer.flush if self._stdout else self._out.commit)

    def discard(self) -> None:
        if self._out is not None:
            self._out.discard()

    def _guard(self, func, *args):
        try:
            return func(*args)
        except OSError as exc:
            if self._stdout and isinstance(exc, BrokenPipeError):
                raise  # the reader of our standard output went away (`| head`): cli.errors.reader_gone
            self.discard()
            raise WorkbenchError(atomic.failure(self.name, exc)) from None
