"""`workbench glossary`: validate, show, list, stats, init, add, set, remove (a thin layer over glossary.*).

Read commands default to the bundled glossary (--glossary PATH, repeatable, to choose); editing
commands need --glossary. Exit codes: 0 fine, 1 findings (validate), 2 unreadable input or usage.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from glossary import edit, formats, lint, locales, yamlio
from glossary.errors import GlossaryError
from glossary.model import Entry, Glossary, LocaleTerms, Term
from glossary.schema import capped
from workbench import glossaries
from workbench.cli.errors import one_line_errors, say_error
from workbench.cli.glossary_set import glossary_set
from workbench.cli.locales import TARGET
from workbench.errors import WorkbenchError

_BOOL_KEYS = {"do_not_translate", "case_sensitive", "whole_word", "target_case", "indeclinable"}


target_option = click.option("--glossary", "-g", "path", required=True,
                             type=click.Path(dir_okay=False, path_type=Path), help="Glossary file to edit.")


def _entry(glossary: Glossary, entry_id: str) -> Entry:
    entry = glossary.get(entry_id)
    if entry is None:
        raise GlossaryError(f"no entry with id '{entry_id}'", glossary.path)
    return entry


def entry_json(entry: Entry) -> dict:
    """The stable --json shape of an entry: the YAML keys, source always a list, plus line."""
    data = json.loads(json.dumps(yamlio.entry_data(entry)))
    data["source"] = list(entry.sources)
    data["line"] = entry.line
    return data


@click.group()
def glossary() -> None:
    """Check, inspect and edit glossaries of official names."""


@glossary.command()
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
def validate(paths: tuple[Path, ...]) -> None:
    """Check files against the schema and lint rules (exit 0 clean, 1 findings, 2 unreadable); without
    PATHS, the glossaries that apply by default (the bundled one, then your own: `glossary files`)."""
    worst = 0
    for path in paths or glossaries.glossary_paths():
        worst = max(worst, _validate_one(path))
    sys.exit(worst)


def _validate_one(path: Path) -> int:
    try:
        findings = lint.check_file(path) if formats.is_yaml(path) else lint.lint(formats.load(path))
    except GlossaryError as exc:
        say_error(exc)
        return 2
    for finding in capped(findings):
        click.echo(str(finding))
    if not findings:
        click.echo(f"{path}: ok", err=True)
    return 1 if findings else 0


def _editable(path: Path) -> Path:
    """Edits keep the rest of a YAML file byte for byte; other formats are converted first."""
    if not formats.is_yaml(path):
        raise WorkbenchError(f"{path}: only YAML glossaries are edited in place; convert it first: "
                             f"workbench glossary import {path} -o {path.with_suffix('.yaml')}")
    return path


@glossary.command()
@click.argument("entry_id")
@click.option("--json", "as_json", is_flag=True, help="Print the entry as JSON.")
@one_line_errors
@glossary_set()
def show(entry_id: str, glossary_files: tuple[Path, ...], as_json: bool) -> None:
    """Print one entry (as YAML, or JSON with --json)."""
    entry = _entry(glossaries.load(glossary_files), entry_id)
    if as_json:
        click.echo(json.dumps(entry_json(entry), ensure_ascii=False, indent=2))
    else:
        click.echo(yamlio.dump_entries([entry]), nl=False)


@glossary.command("list")
@click.option("--locale", "-l", type=TARGET,
              help="Show the preferred term for this locale (ko-KP falls back to ko).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of entries.")
@one_line_errors
@glossary_set()
def list_(glossary_files: tuple[Path, ...], locale: str | None, as_json: bool) -> None:
    """List entries: id, preferred source form, and the preferred term for --locale."""
    loaded = glossaries.load(glossary_files)
    if as_json:
        click.echo(json.dumps([entry_json(entry) for entry in loaded.entries], ensure_ascii=False, indent=2))
        return
    for entry in loaded.entries:
        row = [entry.id, entry.source]
        if locale:
            terms = entry.for_locale(locale)
            row.append(terms.preferred.text if terms else "-")
        click.echo("\t".join(row))


@glossary.command()
@one_line_errors
@glossary_set()
def stats(glossary_files: tuple[Path, ...]) -> None:
    """Count entries, source forms and terms per locale."""
    loaded = glossaries.load(glossary_files)
    click.echo(f"name: {loaded.name}")
    click.echo(f"entries: {len(loaded)}")
    click.echo(f"source forms: {sum(len(entry.sources) for entry in loaded.entries)}")
    locales = sorted({tag for entry in loaded.entries for tag in entry.targets})
    for tag in locales:
        terms = [entry.targets[tag] for entry in loaded.entries if tag in entry.targets]
        hints = sum(1 for item in terms for term in item.accepted if term.has_hints)
        deprecated = sum(len(item.deprecated) for item in terms)
        click.echo(f"{tag}: {len(terms)} entries, {sum(len(item.accepted) for item in terms)} terms "
                   f"({hints} with grammar hints), {deprecated} deprecated")



@glossary.command("files")
@one_line_errors
@glossary_set(optional=True)
def files(glossary_files: tuple[Path, ...] | None) -> None:
    """Print the glossary files that apply (in load order: a later file overrides the same id) and where
    glossary edits made in the editor go; the same answer for translate, qa, enforce, find and the editor."""
    bundled, user = yamlio.bundled_path().resolve(), glossaries.user_glossary_path().resolve()
    for path in glossary_files or ():
        where = Path(path).resolve()
        role = "bundled, read-only" if where == bundled else "your glossary" if where == user else "given"
        missing = "" if Path(path).exists() else ", missing"
        click.echo(f"{path}\t({role}{missing})")
    if glossary_files is None:
        click.echo("(no glossary: --no-glossary)")
        return
    edits = glossaries.editable_path(glossary_files if glossary_files[-1].resolve() != bundled else ())
    if not formats.is_yaml(edits):
        click.echo(f"edits go to: none ({edits} is not YAML, and only YAML glossaries are edited in place: "
                   f"workbench glossary import {edits} -o {edits.with_suffix('.yaml')})", err=True)
        return
    click.echo(f"edits go to: {edits}", err=True)

def _pairs(values: tuple[str, ...], option: str) -> list[tuple[str, str]]:
    out = []
    for value in values:
        tag, sep, term = value.partition("=")
        if not sep or not tag or not term:
            raise WorkbenchError(f"{option} expects LOCALE=TERM, got '{value}'")
        out.append((_target(tag, option), term.strip()))
    return out


def _target(tag: str, option: str) -> str:
    try:
        return locales.fold_target(tag)
    except locales.LocaleError as exc:
        raise WorkbenchError(f"{option}: {exc}") from None


def _targets(targets: tuple[str, ...], deprecated: tuple[str, ...]) -> dict[str, LocaleTerms]:
    preferred: dict[str, list[Term]] = {}
    for tag, term in _pairs(targets, "--target"):
        preferred.setdefault(tag, []).append(Term(term))
    wrong: dict[str, list[str]] = {}
    for tag, term in _pairs(deprecated, "--deprecated"):
        if tag not in preferred:
            raise WorkbenchError(f"--deprecated {tag}=... needs a --target {tag}=... too")
        wrong.setdefault(tag, []).append(term)
    return {tag: LocaleTerms(terms[0], tuple(terms[1:]), tuple(wrong.get(tag, ())))
            for tag, terms in preferred.items()}


@glossary.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--name", help="The glossary's name (default: the file name).")
@one_line_errors
def init(path: Path, name: str | None) -> None:
    """Create PATH as a new glossary with no entries (then `glossary add -g PATH ...`)."""
    edit.create(path, name)
    click.echo(f"created {path}", err=True)


@glossary.command()
@target_option
@click.option("--id", "entry_id", required=True, help="Stable id of the new entry.")
@click.option("--source", "sources", multiple=True, required=True, help="English source form (repeatable).")
@click.option("--target", "targets", multiple=True, help="LOCALE=TERM (repeatable; a second one is admitted).")
@click.option("--deprecated", multiple=True, help="LOCALE=TERM known wrong rendering (repeatable).")
@click.option("--note", help="Why this rendering; where it comes from.")
@click.option("--subject", help="country, person, title, organisation, place, media, ...")
@one_line_errors
def add(path: Path, entry_id: str, sources: tuple[str, ...], targets: tuple[str, ...],
        deprecated: tuple[str, ...], note: str | None, subject: str | None) -> None:
    """Append a new entry (the rest of the file is kept byte for byte; a missing file is created)."""
    entry = Entry(id=entry_id, sources=tuple(sources), targets=_targets(targets, deprecated),
                  note=note, subject=subject)
    path = _editable(path)
    if not path.exists():
        edit.create(path)
    edit.add_entry(path, entry)
    click.echo(f"added {entry_id} to {path}", err=True)


@glossary.command("set")
@target_option
@click.argument("entry_id")
@click.argument("key")
@click.argument("value")
@click.option("--demote", type=click.Choice(["admitted", "deprecated"]),
              help="With targets.LOCALE.preferred: keep the old preferred term as admitted or deprecated.")
@one_line_errors
def set_(path: Path, entry_id: str, key: str, value: str, demote: str | None) -> None:
    """Set KEY (dotted, e.g. targets.ru.preferred) of entry ID to VALUE (YAML: `[a, b]` is a list).

    Only that key's text changes in the file: a new key is added as new lines, nothing else is rewrapped.
    """
    keys = key.split(".")
    if len(keys) > 1 and keys[0] == "targets":
        keys[1] = _target(keys[1], "KEY")
    if demote:
        if len(keys) != 3 or keys[0] != "targets" or keys[2] != "preferred":
            raise WorkbenchError("--demote goes with KEY targets.LOCALE.preferred")
        edit.set_preferred(_editable(path), entry_id, keys[1], value, demote)
    else:
        edit.set_field(_editable(path), entry_id, ".".join(keys), _parse_value(key, value))
    click.echo(f"set {entry_id}.{'.'.join(keys)} in {path}", err=True)


def _parse_value(key: str, value: str):
    if key.split(".")[-1] in _BOOL_KEYS:
        if value.lower() not in ("true", "false"):
            raise WorkbenchError(f"{key} must be true or false, not '{value}'")
        return value.lower() == "true"
    if value.lstrip().startswith(("[", "{")):
        try:
            return yamlio.StringLoader(value).get_single_data()
        except Exception as exc:  # noqa: BLE001 - any YAML problem is a usage error here
            raise WorkbenchError(f"VALUE is not valid YAML: {exc}".splitlines()[0]) from None
    return value


@glossary.command()
@target_option
@click.argument("entry_id")
@one_line_errors
def remove(path: Path, entry_id: str) -> None:
    """Delete entry ID (and the comment lines directly above it)."""
    edit.remove_entry(_editable(path), entry_id)
    click.echo(f"removed {entry_id} from {path}", err=True)


try:
    from workbench.cli.glossary_io_cmd import register
except ModuleNotFoundError as _exc:
    if _exc.name != "workbench.cli.glossary_io_cmd":
        raise
else:
    register(glossary)

from workbench.cli.suggest_cmd import suggest  # noqa: E402 - registered last, like the commands above

glossary.add_command(suggest)
