"""`workbench glossary`: validate, show, list, stats, add, set, remove (a thin layer over glossary.*).

Read commands default to the bundled glossary (--glossary PATH, repeatable, to choose); editing
commands need --glossary. Exit codes: 0 fine, 1 findings (validate), 2 unreadable input or usage.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from glossary import edit, formats, lint, yamlio
from glossary.errors import GlossaryError
from glossary.model import Entry, Glossary, LocaleTerms, Term
from glossary.schema import GlossaryInvalid
from workbench.cli.errors import one_line_errors, say_error
from workbench.errors import WorkbenchError

_BOOL_KEYS = {"do_not_translate", "case_sensitive", "whole_word", "indeclinable"}


glossary_option = click.option("--glossary", "-g", "glossary_paths", multiple=True,
                               type=click.Path(dir_okay=False, path_type=Path),
                               help="Glossary file (repeatable; later files override ids). Default: bundled.")
target_option = click.option("--glossary", "-g", "path", required=True,
                             type=click.Path(dir_okay=False, path_type=Path), help="Glossary file to edit.")


def _load(paths: tuple[Path, ...]) -> Glossary:
    return formats.load_many(paths)


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
    """Check files against the schema and lint rules (exit 0 clean, 1 findings, 2 unreadable)."""
    worst = 0
    for path in paths or (yamlio.bundled_path(),):
        worst = max(worst, _validate_one(path))
    sys.exit(worst)


def _validate_one(path: Path) -> int:
    try:
        glossary, findings = _linted(path)
    except GlossaryInvalid as exc:
        for finding in exc.findings:
            click.echo(str(finding))
        return 1
    except GlossaryError as exc:
        say_error(exc)
        return 2
    for finding in findings:
        click.echo(str(finding))
    if not findings:
        click.echo(f"{path}: ok ({len(glossary)} entries)", err=True)
    return 1 if findings else 0


def _linted(path: Path) -> tuple[Glossary, list]:
    """The glossary at `path` and its lint findings (TBX, CSV and TSV: without line numbers in entries)."""
    if not formats.is_yaml(path):
        glossary = formats.load(path)
        return glossary, lint.lint(glossary)
    # A valid file loads by the fast path (or from the cache); only findings need the exact
    # path's node tree, for each finding's line and column inside its entry.
    glossary = yamlio.load(path)
    findings = lint.lint(glossary)
    if findings:
        document = yamlio.load_document(path)
        findings = lint.lint(document.glossary, document)
    return glossary, findings


def _editable(path: Path) -> Path:
    """Edits keep the rest of a YAML file byte for byte; other formats are converted first."""
    if not formats.is_yaml(path):
        raise WorkbenchError(f"{path}: only YAML glossaries are edited in place; convert it first: "
                             f"workbench glossary import {path} -o {path.with_suffix('.yaml')}")
    return path


@glossary.command()
@click.argument("entry_id")
@glossary_option
@click.option("--json", "as_json", is_flag=True, help="Print the entry as JSON.")
@one_line_errors
def show(entry_id: str, glossary_paths: tuple[Path, ...], as_json: bool) -> None:
    """Print one entry (as YAML, or JSON with --json)."""
    entry = _entry(_load(glossary_paths), entry_id)
    if as_json:
        click.echo(json.dumps(entry_json(entry), ensure_ascii=False, indent=2))
    else:
        click.echo(yamlio.dump_entries([entry]), nl=False)


@glossary.command("list")
@glossary_option
@click.option("--locale", "-l", help="Show the preferred term for this locale (ko-KP falls back to ko).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of entries.")
@one_line_errors
def list_(glossary_paths: tuple[Path, ...], locale: str | None, as_json: bool) -> None:
    """List entries: id, preferred source form, and the preferred term for --locale."""
    loaded = _load(glossary_paths)
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
@glossary_option
@one_line_errors
def stats(glossary_paths: tuple[Path, ...]) -> None:
    """Count entries, source forms and terms per locale."""
    loaded = _load(glossary_paths)
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


def _pairs(values: tuple[str, ...], option: str) -> list[tuple[str, str]]:
    out = []
    for value in values:
        tag, sep, term = value.partition("=")
        if not sep or not tag or not term:
            raise WorkbenchError(f"{option} expects LOCALE=TERM, got '{value}'")
        out.append((tag.strip(), term.strip()))
    return out


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
    """Append a new entry (the rest of the file is kept byte for byte)."""
    entry = Entry(id=entry_id, sources=tuple(sources), targets=_targets(targets, deprecated),
                  note=note, subject=subject)
    edit.add_entry(_editable(path), entry)
    click.echo(f"added {entry_id} to {path}", err=True)


@glossary.command("set")
@target_option
@click.argument("entry_id")
@click.argument("key")
@click.argument("value")
@one_line_errors
def set_(path: Path, entry_id: str, key: str, value: str) -> None:
    """Set KEY (dotted, e.g. targets.ru.preferred) of entry ID to VALUE (YAML: `[a, b]` is a list)."""
    edit.set_field(_editable(path), entry_id, key, _parse_value(key, value))
    click.echo(f"set {entry_id}.{key} in {path}", err=True)


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
