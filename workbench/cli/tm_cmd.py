"""`workbench tm`: import, export, stats, fuzzy lookup, check and recover (a thin layer over workbench.tm).

Every command takes --tm PATH (default: tm.sqlite3 in the user data folder). Exit codes: 0 fine,
1 `check` found damage, 2 unreadable input or usage, or a damaged TM (one line on stderr).

--json shapes (stable):
  stats:  {"path", "segments", "sources", "by_status": {status: n}, "by_pair": {"en>ko": n},
           "schema_version", "size_bytes"}
  lookup: [{"source", "target", "score", "status", "src_locale", "tgt_locale"}], best first
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import click

from workbench.cli.errors import one_line_errors
from workbench.errors import WorkbenchError
from workbench.tm import STATUSES, TranslationMemory, default_path, normalize_locale


tm_option = click.option("--tm", "tm_path", type=click.Path(dir_okay=False, path_type=Path),
                         help="Translation memory file (default: tm.sqlite3 in the user data folder).")
json_option = click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")


@click.group()
def tm() -> None:
    """Manage the translation memory: import, export, stats, fuzzy lookup, check, recover."""


@tm.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@tm_option
@click.option("--to", "tgt", help="Target locale to import (and store under); needed when the file names none.")
@click.option("--from", "src", help="Source locale (default: the file's, language only).")
@one_line_errors
def import_(file: Path, tm_path: Path | None, tgt: str | None, src: str | None) -> None:
    """Import FILE (.tmx, .xlf/.xliff 1.2 or 2.x); approved/final XLIFF units become approved."""
    memory = TranslationMemory(tm_path)
    from workbench.tm.exchange import import_file

    count = import_file(memory, Path(file), tgt_locale=tgt, src_locale=src)
    click.echo(f"imported {count} segment(s) from {file} into {memory.path}")


@tm.command()
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="TMX file to write (replaced atomically; - for standard output).")
@tm_option
@click.option("--from", "src", help="Only this source locale.")
@click.option("--to", "tgt", help="Only this target locale.")
@click.option("--status", "statuses", multiple=True, type=click.Choice(STATUSES),
              help="Only entries with this status (repeatable).")
@one_line_errors
def export(output: Path, tm_path: Path | None, src: str | None, tgt: str | None,
           statuses: tuple[str, ...]) -> None:
    """Export the translation memory as TMX 1.4 (status, model and glossary version kept as props)."""
    memory = TranslationMemory(_existing(tm_path))
    from workbench.tm.exchange import export_tmx

    count = export_tmx(memory, Path(output), src_locale=src, tgt_locale=tgt, statuses=statuses or None)
    click.echo(f"exported {count} unit(s) to {output}", err=True)  # stdout may carry the TMX


@tm.command()
@tm_option
@json_option
@one_line_errors
def stats(tm_path: Path | None, as_json: bool) -> None:
    """Show how many segments the memory holds, per status and locale pair."""
    result = TranslationMemory(_existing(tm_path)).stats()
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(result), ensure_ascii=False, indent=2))
        return
    click.echo(f"{result.path}: {result.segments} segment(s), {result.sources} distinct source(s), "
               f"{result.size_bytes:,} bytes, schema {result.schema_version}")
    for status, count in result.by_status.items():
        click.echo(f"  {status:<9} {count}")
    for pair, count in result.by_pair.items():
        click.echo(f"  {pair:<9} {count}")


@tm.command()
@click.argument("text")
@tm_option
@click.option("--from", "src", default="en", show_default=True, help="Source locale.")
@click.option("--to", "tgt", help="Target locale (default: every target in the memory).")
@click.option("--limit", default=5, show_default=True, type=click.IntRange(1, 100), help="Most matches per locale.")
@click.option("--threshold", default=70.0, show_default=True, type=click.FloatRange(0, 100),
              help="Lowest similarity (0-100) to show.")
@json_option
@one_line_errors
def lookup(text: str, tm_path: Path | None, src: str, tgt: str | None, limit: int,
           threshold: float, as_json: bool) -> None:
    """Fuzzy-search the memory for sources similar to TEXT (rapidfuzz ratio, 0-100)."""
    memory = TranslationMemory(_existing(tm_path))
    rows = []
    for target in _targets(memory, src, tgt):
        for match in memory.fuzzy(text, src, target, limit=limit, threshold=threshold):
            rows.append({**dataclasses.asdict(match), "src_locale": normalize_locale(src),
                         "tgt_locale": target})
    rows.sort(key=lambda row: -row["score"])
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not rows:
        click.echo("no match")
    for row in [] if as_json else rows:
        click.echo(f"{row['score']:5.1f}  {row['tgt_locale']:<6} {row['status']:<9} "
                   f"{row['source']}\n{'':22}{row['target']}")


@tm.command()
@tm_option
@one_line_errors
def check(tm_path: Path | None) -> None:
    """Check the whole memory for damage (SQLite's integrity check and every row's key); exit 1 if damaged."""
    from workbench.tm.repair import check as integrity

    path = _existing(tm_path or default_path())
    problems = integrity(path)
    if not problems:
        click.echo(f"{path}: ok")
        return
    for problem in problems:
        click.echo(f"{path}: {problem}")
    click.echo(f"{path}: damaged; `workbench tm recover --tm {path}` keeps what is readable", err=True)
    sys.exit(1)


@tm.command()
@tm_option
@one_line_errors
def recover(tm_path: Path | None) -> None:
    """Copy every readable segment of a damaged memory into a new file; the old one is kept as NAME.damaged."""
    from workbench.tm.repair import check as integrity, recover as salvage

    path = _existing(tm_path or default_path())
    if not integrity(path):
        click.echo(f"{path}: ok, nothing to recover")
        return
    result = salvage(path)
    lost = "an unknown number (the index is damaged too)" if result.lost is None else str(result.lost)
    click.echo(f"{path}: recovered {result.recovered} segment(s); could not read {lost}; "
               f"the damaged file is kept as {result.damaged}")


def _targets(memory: TranslationMemory, src: str, tgt: str | None) -> list[str]:
    if tgt:
        return [normalize_locale(tgt)]
    prefix = normalize_locale(src) + ">"
    return [pair[len(prefix):] for pair in memory.stats().by_pair if pair.startswith(prefix)]


def _existing(tm_path: Path | None) -> Path | None:
    """Reading commands must not create a memory at a mistyped --tm path, nor write one into an empty file."""
    if tm_path is not None and not tm_path.exists():
        raise WorkbenchError(f"{tm_path}: no such translation memory")
    if tm_path is not None and tm_path.is_file() and tm_path.stat().st_size == 0:
        raise WorkbenchError(f"{tm_path}: an empty file, not a translation memory (left as it is)")
    return tm_path
