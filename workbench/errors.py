"""Errors a user can act on: each carries a one-line message and an exit code; `printable` keeps lines one line."""

from __future__ import annotations

import re

# Exit codes of every command (documented in README.md and docs/batch.md).
EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
# The run went to its end, but some inputs (files, TSV lines) failed; the rest was done and is valid.
EXIT_SOME_FAILED = 4

# C0 and C1 controls (newline, tab, escape...) and the Unicode line and paragraph separators
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """`text` safe for a one-line message: every control character shown as its escape (a\\nb.txt).

    A file name may hold a newline or a terminal escape; printed raw it would split or forge lines.
    """
    return _CONTROL.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), text)


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """`1 segment`, `2 segments` (`nouns` for an irregular plural)."""
    return f"{count} {noun if count == 1 else nouns or noun + 's'}"


class WorkbenchError(Exception):
    """A problem with the user's input or environment, reported in one line.

    Args:
        message: one line naming the file, line and what is wrong.
        exit_code: 2 for usage or input errors (the default).
    """

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code

    def __str__(self) -> str:
        return self.message
