"""Run a terminal program in a 120x36 pseudo-terminal, as a user would: read what it paints, type keys, kill it.

Used by the kill -9 test and by bench/bench_tui.py (first paint measured from process start).
Screen text is matched after removing escape sequences; a match counts from the process start.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import signal
import struct
import termios
import time

_TOKENS = re.compile(r"\x1b\[(?P<move>[0-9;]*)H|(?P<esc>\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)"
                     r"|[PX^_][^\x1b]*\x1b\\|.))|(?P<text>[^\x1b]+)")
_ESCAPES = re.compile(rb"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[PX^_][^\x1b]*\x1b\\|.)")


class Terminal:
    """`with Terminal(argv) as t: t.wait_for("text"); t.type("abc"); t.kill()`."""

    def __init__(self, argv: list[str], size: tuple[int, int] = (120, 36), env: dict | None = None,
                 cwd: str | None = None) -> None:
        self.argv, self.size, self.env, self.cwd = argv, size, env, cwd
        self.pid = self.fd = None
        self.raw = b""
        self.started = 0.0

    def __enter__(self) -> "Terminal":
        self.started = time.perf_counter()
        self.pid, self.fd = pty.fork()
        columns, rows = self.size
        if self.pid == 0:  # the child: size its terminal before the program can read it, then become it
            fcntl.ioctl(1, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
            if self.cwd:
                os.chdir(self.cwd)
            os.execvpe(self.argv[0], self.argv, self.env if self.env is not None else os.environ)
        return self

    def __exit__(self, *exc) -> None:
        self.kill()

    @property
    def text(self) -> str:
        """Everything painted so far, escape sequences removed."""
        return _ESCAPES.sub(b"", self.raw).decode("utf-8", "replace")

    def read(self, seconds: float = 0.05) -> None:
        """Collect output for up to `seconds`."""
        end = time.perf_counter() + seconds
        while (left := end - time.perf_counter()) > 0:
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                return
            try:
                self.raw += os.read(self.fd, 1 << 16)
            except OSError:  # the program ended
                return

    def mark(self) -> int:
        """A position in the output: wait_for(..., since=mark) looks only at what was painted after it."""
        return len(self.text)

    def wait_for(self, needle: str | tuple[str, ...], timeout: float = 20, since: int = 0) -> float:
        """Seconds from the process start until `needle` (or one of several) was on screen (painted after
        `since`); TimeoutError after `timeout`."""
        needles = (needle,) if isinstance(needle, str) else needle
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            self.read(0.02)
            if any(one in self.text[since:] for one in needles):
                return time.perf_counter() - self.started
        raise TimeoutError(f"{needle!r} not on screen after {timeout} s; last output: {self.text[-400:]!r}")

    def screen(self) -> list[str]:
        """The screen as the terminal shows it now: the output replayed on a grid of cells, following the
        cursor moves (CSI row;col H) that the app writes; other escape sequences are skipped."""
        from rich.cells import cell_len

        columns, rows = self.size
        grid, row, column = [[" "] * columns for _ in range(rows)], 0, 0
        for token in _TOKENS.finditer(self.raw.decode("utf-8", "replace")):
            move, text = token.group("move"), token.group("text")
            if move is not None:
                numbers = [int(n) if n else 1 for n in (move.split(";") + ["", ""])[:2]]
                row, column = numbers[0] - 1, numbers[1] - 1
            elif text is not None:
                for char in text:
                    if char in "\r\n":
                        row, column = (row + (char == "\n"), 0 if char == "\r" else column)
                    elif 0 <= row < rows and 0 <= column < columns:
                        grid[row][column] = char
                        column += max(cell_len(char), 1)
        return ["".join(line) for line in grid]

    def resize(self, columns: int, rows: int) -> None:
        """Resize the terminal, as a window manager does (the program gets SIGWINCH)."""
        self.size = (columns, rows)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        os.kill(self.pid, signal.SIGWINCH)

    def type(self, keys: str | bytes) -> None:
        os.write(self.fd, keys.encode() if isinstance(keys, str) else keys)
        self.read(0.05)

    def kill(self, sig: int = signal.SIGKILL) -> None:
        """Send `sig` to the program we started and reap it."""
        if self.pid is None:
            return
        try:
            os.kill(self.pid, sig)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(self.fd)
        self.pid = None
