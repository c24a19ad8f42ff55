"""Errors a user can act on: each carries a one-line message and an exit code."""

from __future__ import annotations


class WorkbenchError(Exception):
    """A problem with the user's input or environment, reported in one line.

    Args:
        message: one line naming the file, line and what is wrong.
        exit_code: 2 for usage or input errors (the default).
    """

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code

    def __str__(self) -> str:
        return self.message
