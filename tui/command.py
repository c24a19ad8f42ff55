"""`workbench tui`: open the translator's editor on a source text (the bundled seed article by default).

The command lives in the tui package (tui -> workbench): the workbench CLI loads it by name at run time,
so the core never imports the UI.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import click

from workbench import paths
from workbench.cli.glossary_set import HELP as GLOSSARY_HELP
from workbench.cli.locales import TARGET, warn_if_uncovered
from workbench.errors import WorkbenchError

SEED_NAME = "000_d27c7cbd74673f90.txt"


def seed_article() -> Path:
    """A writable copy (in the data folder) of the demo article: the editor saves its project beside
    the source, and that must not land in the repository or in a read-only installed package."""
    import workbench

    repo_seed = Path(__file__).resolve().parents[1] / "seeds" / SEED_NAME
    packaged = Path(workbench.__file__).resolve().parent / "demo" / "reference" / "seed.en.txt"
    original = repo_seed if repo_seed.is_file() else packaged
    if not original.is_file():
        raise WorkbenchError("the bundled seed article is missing from this installation; pass a FILE")
    copy = paths.data_dir() / "demo" / SEED_NAME
    if not copy.exists():
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(original, copy)
    return copy


@click.command()
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--to", "target", required=True, type=TARGET,
              help="Target locale (switch later from the command palette, ctrl+p).")
@click.option("--glossary", "-g", "glossaries", multiple=True, type=click.Path(path_type=Path),
              help=GLOSSARY_HELP + " Terms added in the editor go to the last file given, else to your own.")
@click.option("--no-glossary", is_flag=True, help="Check and enforce no glossary term.")
@click.option("--model", "model_spec", default=None, metavar="PATH|NAME|demo",
              help="An .argosmodel file, a package folder, an installed package name, or 'demo'.")
@click.option("--project", "project", type=click.Path(path_type=Path), default=None,
              help="The bilingual XLIFF 2.0 project file (default: beside the source, FILE.<locale>.xlf).")
def tui(path: Path | None, target: str, glossaries: tuple[Path, ...], no_glossary: bool, model_spec: str | None,
        project: Path | None) -> int:
    """Edit a translation of PATH (default: the bundled seed article) in the terminal editor."""
    if no_glossary and glossaries:
        raise WorkbenchError("give --glossary or --no-glossary, not both")
    source = path or seed_article()
    _check_file(source, "source")
    for glossary in glossaries:
        _check_file(glossary, "glossary")
    if project is not None and project.is_dir():
        raise WorkbenchError(f"{project}: is a directory; give a file name for --project")
    _warn_if_uncovered(glossaries, target)
    from tui.app import WorkbenchApp
    from tui.session import Options

    app = WorkbenchApp(Options(source, target, tuple(glossaries), model_spec, project, no_glossary=no_glossary))
    app.run()
    return finish(app)


def finish(app) -> int:
    """The exit code of an editor run: 0, or 3 (internal error, as elsewhere in the CLI) when the app
    ended on an unexpected error; unsaved work is then copied to the user data folder first."""
    if not app.return_code:
        return 0
    from workbench import project as projects

    session, kept = app.session, ""
    if session is not None and not session.read_only and session.project.unsaved:
        try:
            kept = f"; your unsaved work was copied to {projects.rescue(session.project.snapshot())}"
        except WorkbenchError as exc:
            kept = f"; {exc}"
    click.echo(f"workbench: the editor stopped on an unexpected error{kept}", err=True)
    return 3


def _warn_if_uncovered(glossaries: tuple[Path, ...], locale: str) -> None:
    """Say before the editor starts when the --glossary files have no terms for the locale (the
    default glossaries cover every locale); a file that does not load is the editor's to report."""
    from glossary.errors import GlossaryError
    from workbench.glossaries import load

    if glossaries:
        try:
            warn_if_uncovered(load(glossaries), locale)
        except GlossaryError:
            pass


def _check_file(path: Path, what: str) -> None:
    if not path.exists():
        raise WorkbenchError(f"{path}: no such {what} file")
    if path.is_dir():
        raise WorkbenchError(f"{path}: is a directory, expected a {what} file")
