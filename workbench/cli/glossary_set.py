"""The one `--glossary/-g` (and `--no-glossary`) option of every command that reads glossaries.

The command receives `glossary_files`: the files that apply, already decided by
workbench.glossaries.glossary_paths (given files; else the bundled glossary, then the user's own; None
with --no-glossary). `workbench glossary files` prints that answer.
"""

from __future__ import annotations

import functools
from pathlib import Path

import click

from workbench import glossaries
from workbench.errors import WorkbenchError

HELP = ("Glossary file: YAML, TBX, CSV, TSV or XLSX (repeatable; later files override entries with the same "
        "id). Default: the bundled glossary, then your own (see `workbench glossary files`).")


def glossary_set(*, optional: bool = False):
    """Decorator: adds -g/--glossary (and, when `optional`, --no-glossary) and passes `glossary_files`."""
    def decorate(command):
        @functools.wraps(command)
        def wrapper(*args, glossary_given: tuple[Path, ...] = (), no_glossary: bool = False, **kwargs):
            if no_glossary and glossary_given:
                raise WorkbenchError("give --glossary or --no-glossary, not both")
            kwargs["glossary_files"] = glossaries.glossary_paths(glossary_given, use=not no_glossary)
            return command(*args, **kwargs)

        wrapped = wrapper
        if optional:
            wrapped = click.option("--no-glossary", is_flag=True, help="Use no glossary at all.")(wrapped)
        return click.option("--glossary", "-g", "glossary_given", multiple=True,
                            type=click.Path(dir_okay=False, path_type=Path), help=HELP)(wrapped)
    return decorate
