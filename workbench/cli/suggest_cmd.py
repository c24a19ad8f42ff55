"""`workbench glossary suggest`: names in English sources that no glossary entry covers (a thin layer over
workbench.suggest).

Prints a table (or JSON Lines with --json, best first), says on stderr how renderings were found, and
with --output writes the suggestions as glossary entries marked for review. Exit codes: 0 done
(also when nothing is suggested), 2 unreadable input or usage.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

import click

from workbench import glossaries, outputs
from workbench.cli.errors import one_line_errors
from workbench.cli.glossary_set import glossary_set
from workbench.cli.glossary_io_cmd import write_glossary
from workbench.cli.locales import TARGET
from workbench.errors import WorkbenchError
from workbench.suggest import DEFAULT_TOP, Suggestion

HELP = """Suggest glossary entries: official names in PATH... (files or folders of .txt, .md, XLIFF;
- for standard input) that no glossary entry covers.

\b
Candidates: capitalised multiword names, titles (Foreign Minister ..., President of ...),
organisations, places before region / Krai / Oblast. Ranked by count x (1 + log2 files);
sentence-initial capitals, headlines and stop-list words are left out.

\b
Renderings: where the translation memory (--tm, default: yours) or bilingual files
(--bilingual TMX/XLIFF; XLIFF inputs with targets count too) hold translated segments with
a candidate, its target renderings with counts per locale: placed by the attention
alignments of --model (an installed package, a path, or demo), else by transliteration
similarity (a heuristic: names, not translated titles).

\b
--json prints one object per line, best first: {"source", "count", "files", "kind",
"forms", "examples", "targets": {LOCALE: [{"text", "count", "method"}]}}.
--output FILE.yaml writes the suggestions as glossary entries marked REVIEW.
"""


@click.command("suggest", help=HELP)
@click.argument("paths", nargs=-1, required=True)
@click.option("--to", "locale", type=TARGET, help="Report renderings for this target locale only.")
@click.option("--tm", "tm_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Translation memory to read renderings from (default: your TM, when there is one).")
@click.option("--no-tm", is_flag=True, help="Read no translation memory.")
@click.option("--bilingual", "-b", "bilingual", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="TMX or XLIFF file of translated segments (repeatable).")
@click.option("--model", "model_spec", help="Model whose attention alignments place renderings (name, path, demo).")
@click.option("--top", default=DEFAULT_TOP, show_default=True, type=click.IntRange(min=1),
              help="How many suggestions to show.")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines on stdout (see above).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the suggestions as glossary entries marked for review (.yaml; - for standard "
                   "output instead of the table).")
@one_line_errors
@glossary_set(optional=True)
def suggest(paths: tuple[str, ...], glossary_files: tuple[Path, ...], locale: str | None, tm_path: Path | None,
            no_tm: bool, bilingual: tuple[Path, ...], model_spec: str | None, top: int, as_json: bool,
            output: Path | None) -> None:
    from workbench.suggest import inputs
    from workbench.suggest import suggest as find_suggestions

    glossary = glossaries.load_checked(glossary_files)
    files = inputs.source_files(paths)
    texts = inputs.read_texts(files, stdin=inputs.STDIN in paths)
    pairs = _pairs(files, bilingual, None if no_tm else _tm(tm_path), locale)
    locales = [locale] if locale else sorted({pair.locale for pair in pairs})
    aligners = _aligners(model_spec, locales)
    found = find_suggestions(texts, glossary, pairs=pairs, aligners=aligners, locales=locales, top=top)
    if output is not None:
        from workbench.suggest.entries import review_glossary

        write_glossary(review_glossary(found, (entry.id for entry in glossary.entries)), output,
                       "yaml" if outputs.is_stdout(output) else None)
    if output is None or not outputs.is_stdout(output):  # `-o -`: the entries are what standard output shows
        _show(found, as_json)
    _summary(found, texts, pairs, aligners, locales, output)


def _tm(path: Path | None) -> Path | None:
    """The TM to read: --tm (which must exist), else the user's when there is one (never created here)."""
    from workbench.tm import default_path

    if path is not None and not path.is_file():
        raise WorkbenchError(f"{path}: no such translation memory")
    chosen = path or default_path()
    return chosen if chosen.is_file() else None


def _pairs(files: Sequence[Path], bilingual: Sequence[Path], tm: Path | None, locale: str | None) -> list:
    from workbench.suggest import inputs

    pairs = inputs.file_pairs(bilingual, locale)
    for path in inputs.xliff_sources(files):
        try:
            pairs += inputs.file_pairs([path], locale)
        except WorkbenchError as exc:  # e.g. no target language: its sources still count
            click.echo(f"workbench: warning: {exc}; its targets are not read", err=True)
    return pairs + (inputs.tm_pairs(tm, locale) if tm is not None else [])


def _aligners(model_spec: str | None, locales: Sequence[str]) -> dict:
    """locale -> the --model translator for it (none without --model)."""
    if not model_spec:
        return {}
    from workbench.engine.resolve import resolve_model

    return {locale: resolve_model(model_spec, source="en", target=locale) for locale in locales}


def _show(found: list[Suggestion], as_json: bool) -> None:
    from workbench.suggest.entries import record

    if as_json:
        for item in found:
            click.echo(json.dumps(record(item), ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("#", "source", "count", "files", "kind", "targets", box=None, pad_edge=False)
    for number, item in enumerate(found, 1):
        c = item.candidate
        targets = "; ".join(f"{locale}: " + ", ".join(f"{r.text} ({r.count})" for r in renderings[:3])
                            for locale, renderings in item.targets.items() if renderings)
        table.add_row(str(number), c.source, str(c.count), str(c.files), c.kind, targets or "—")
    Console(highlight=False).print(table)


def _summary(found: list[Suggestion], texts: list, pairs: list, aligners: dict, locales: list,
             output: Path | None) -> None:
    sentences = sum(len(text.sentences) for text in texts)
    click.echo(f"{len(found)} suggestion(s) from {len(texts)} file(s), {sentences} sentence(s)", err=True)
    if not locales:
        click.echo("no translated segments (TM, --bilingual) to read renderings from", err=True)
    for locale in locales:
        how = (f"attention alignments of {aligners[locale].model_id}" if aligners.get(locale) is not None
               else "transliteration similarity (a heuristic; pass --model for alignments)")
        count = sum(1 for pair in pairs if pair.locale == locale)
        click.echo(f"{locale}: renderings from {count} translated segment(s), by {how}", err=True)
    if output is not None:
        click.echo(f"wrote {len(found)} entries marked for review to {output}", err=True)
