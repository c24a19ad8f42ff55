"""One decorator for every command: user errors (and OSErrors) become one line on stderr and their exit code.

workbench.cli.main does the same for the console entry point; this also covers click's CliRunner,
which calls commands without going through main.
"""

from __future__ import annotations

import functools
import os
import sys

import click

from glossary.errors import GlossaryError
from workbench.errors import WorkbenchError, printable


def say_error(message: object) -> None:
    """`workbench: error: MESSAGE` on stderr, on one line whatever the file names in it hold."""
    click.echo(f"workbench: error: {printable(str(message))}", err=True)


# The status of a process killed by SIGPIPE (128 + 13), what `cat` gives when its reader goes away: not 1,
# which means findings here.
READER_GONE = 141


def reader_gone() -> None:
    """The reader of our output went away (`workbench ... | head`): stop quietly, as Unix tools do.
    Standard output is pointed at /dev/null first, so the interpreter's last flush finds no broken pipe."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    sys.exit(READER_GONE)


def one_line_errors(command):
    """GlossaryError/WorkbenchError -> `workbench: error: ...` on stderr and its exit code (2 for input)."""
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except (GlossaryError, WorkbenchError) as exc:
            say_error(exc)
            sys.exit(exc.exit_code)
        except BrokenPipeError:
            reader_gone()
        except OSError as exc:  # the environment (a full disk, a read-only folder), not our bug
            say_error(os_error(exc))
            sys.exit(2)
    return wrapper


def os_error(exc: OSError) -> str:
    """An OSError as one line naming its file: `g.yaml: No space left on device`."""
    reason = exc.strerror or str(exc)
    return f"{exc.filename}: {reason}" if exc.filename else reason
