"""Every command and subcommand explains itself (`--help` works and has a description)."""

from __future__ import annotations

import click
from click.testing import CliRunner

from workbench.cli import COMMANDS, LazyGroup, cli


def _all_commands():
    ctx = click.Context(cli)
    for name in COMMANDS:
        command = LazyGroup._load(name)
        assert command is not None, name
        yield (name,), command
        if isinstance(command, click.Group):
            for sub in command.list_commands(ctx):
                yield (name, sub), command.get_command(ctx, sub)


def test_every_command_has_help_text():
    missing = [" ".join(path) for path, command in _all_commands() if not (command.help or "").strip()]
    assert missing == []


def test_help_runs_for_every_command():
    runner = CliRunner()
    for path, _ in _all_commands():
        result = runner.invoke(cli, [*path, "--help"])
        assert result.exit_code == 0, (path, result.output)
        assert "Usage:" in result.output
