"""Glossary errors that name the file, line and column of the problem."""

from __future__ import annotations


class GlossaryError(Exception):
    """An unreadable or invalid glossary (or interchange) file.

    Attributes:
        path, line, column: where the problem is (line and column 1-based; 0 when unknown).
        exit_code: 2, the CLI's code for input errors.
    """

    exit_code = 2

    def __init__(self, message: str, path: str | None = None, line: int = 0, column: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = self.path or "<glossary>"
        if self.line:
            where += f":{self.line}"
            if self.column:
                where += f":{self.column}"
        return f"{where}: {self.message}"
