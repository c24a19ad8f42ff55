"""The `workbench` command line: a thin click layer that parses, calls the library and prints.

Subcommands are imported lazily so `workbench --help` stays fast. Every WorkbenchError becomes
one line on stderr and its exit code (2 for usage or input errors), and so does an OSError (a full
disk, a read-only folder: exit 2); nothing prints a traceback unless WORKBENCH_DEBUG=1. A reader that
goes away (`| head`) ends the command quietly with status 141, as a Unix tool killed by SIGPIPE.
"""

from __future__ import annotations

import importlib
import os
import sys

import click

from workbench import __version__
from glossary.errors import GlossaryError
from workbench.cli.errors import os_error, reader_gone, say_error
from workbench.errors import WorkbenchError

# name -> "module:attribute"; each module owns one command or group.
COMMANDS = {
    "translate": "workbench.cli.translate_cmd:translate",
    "models": "workbench.cli.models_cmd:models",
    "glossary": "workbench.cli.glossary_cmd:glossary",
    "qa": "workbench.cli.terms_cmd:qa",
    "enforce": "workbench.cli.terms_cmd:enforce",
    "tm": "workbench.cli.tm_cmd:tm",
    "tui": "tui.command:tui",  # loaded by name: the core never imports the UI
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use; missing modules are skipped."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(name for name in COMMANDS if self._load(name) is not None)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return self._load(cmd_name)

    @staticmethod
    def _load(name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                return None
            raise
        return getattr(module, attr)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="workbench")
def cli() -> None:
    """Translator's workbench for official names: offline MT into Korean and Russian
    with every glossary term enforced."""


def main(argv: list[str] | None = None) -> None:
    """Console entry point: run the CLI, turning user errors into one line and an exit code."""
    try:
        rc = cli.main(args=argv, prog_name="workbench", standalone_mode=False)
        sys.stdout.flush()  # here, so that a reader gone away is met below and not at the interpreter's exit
    except BrokenPipeError:  # at the last flush (inside a command, one_line_errors meets it)
        reader_gone()
    except (WorkbenchError, GlossaryError) as exc:
        say_error(exc)
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("workbench: aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except OSError as exc:  # a full disk or an unwritable folder is the environment, not an internal error
        say_error(os_error(exc))
        sys.exit(2)
    except KeyboardInterrupt:
        click.echo("workbench: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        if os.environ.get("WORKBENCH_DEBUG"):
            raise
        click.echo(f"workbench: internal error: {type(exc).__name__}: {exc} "
                   "(rerun with WORKBENCH_DEBUG=1 for details)", err=True)
        sys.exit(3)
    sys.exit(rc if isinstance(rc, int) else 0)
