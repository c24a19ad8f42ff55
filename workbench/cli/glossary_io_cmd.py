"""`workbench glossary find | import | export`: matching and interchange formats (a thin layer over glossary.*).

`register(group)` adds the three commands to the `glossary` click group. Errors are one line on
stderr and exit code 2, also under click's CliRunner; outputs go through workbench.outputs (`-o -` is
standard output, with --format naming the format).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from glossary import formats, yamlio
from glossary.errors import GlossaryError
from glossary.matcher import Hit, Matcher
from glossary.model import Glossary
from workbench import outputs
from workbench.cli.errors import one_line_errors
from workbench.errors import WorkbenchError

FIND_HELP = """Find glossary terms in TEXT_OR_FILE (a file path, '-' for stdin, or the text itself).

\b
Matching: whole words; case-sensitive unless an entry says case_sensitive: false;
"DPRK's"/"DPRK’s" find DPRK; a hyphen in a source form also matches a space or nothing
(Kim Jong-un ~ Kim Jong Un ~ Kim Jongun); typographic apostrophes and quotes, Unicode
normalisation and Cyrillic look-alike letters are folded; overlapping entries resolve
leftmost-longest.

\b
--json prints {"count": N, "hits": [{"start", "end", "matched", "entry_id",
"source_form", "targets": {LOCALE: preferred term}}]}; start/end are character offsets.
"""


OUTPUT_FORMATS = ("yaml", "tbx", "csv", "tsv")  # --format names: extensions in glossary.formats.REGISTRY
_TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xml", ".json", ".srt", ".xliff", ".xlf"}


@click.command("find", help=FIND_HELP)
@click.argument("text_or_file")
@click.option("--glossary", "-g", "glossary_paths", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Glossary file: YAML, TBX, CSV or TSV (repeatable; later files override ids). Default: bundled.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output (see above).")
@one_line_errors
def find(text_or_file: str, glossary_paths: tuple[Path, ...], as_json: bool) -> None:
    glossary = formats.load_many(glossary_paths)
    hits = Matcher(glossary).find(_read_input(text_or_file))
    rows = [hit_json(hit, glossary) for hit in hits]
    if as_json:
        click.echo(json.dumps({"count": len(rows), "hits": rows}, ensure_ascii=False, indent=2))
        return
    for row in rows:
        targets = " | ".join(f"{tag}: {term}" for tag, term in row["targets"].items())
        click.echo(f"{row['start']}-{row['end']}\t{row['matched']}\t{row['entry_id']}\t{targets}")
    click.echo(f"{len(rows)} hit(s)", err=True)


@click.command("import")
@click.argument("source", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Glossary to write (.yaml; any known format works; - for standard output).")
@click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS),
              help="Format to write (default: from the extension of --output; needed for -o -).")
@click.option("--to", "target", metavar="LOCALE", help="Target language of a two-column source,target CSV/TSV.")
@one_line_errors
def import_(source: Path, output: Path, target: str | None, fmt: str | None) -> None:
    """Convert SOURCE (TBX v2/v3, CSV, TSV or YAML) into a glossary file.

    \b
    CSV/TSV: a header row of language tags (en,ko,ru; optional id, note, subject columns),
    one entry per row, synonyms separated by ';' (first preferred), or two columns
    source,target with --to LOCALE.
    """
    glossary = formats.load(source, target=target)
    _write(glossary, output, fmt)
    click.echo(f"imported {len(glossary)} entries from {source} into {output}", err=True)


@click.command("export")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="File to write: .tbx/.xml, .csv, .tsv or .yaml (- for standard output, with --format).")
@click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS),
              help="Format to write (default: from the extension of --output; needed for -o -).")
@click.option("--tbx-version", type=click.Choice(["2", "3"]), default="3", show_default=True,
              help="TBX flavour: 3 = ISO 30042:2019, 2 = MARTIF/TBX-Basic (older Trados, memoQ).")
@one_line_errors
def export(path: Path, output: Path, tbx_version: str, fmt: str | None) -> None:
    """Write the glossary PATH in the format named by --format or the extension of --output."""
    glossary = formats.load(path)
    _write(glossary, output, fmt, tbx_version=int(tbx_version))
    click.echo(f"exported {len(glossary)} entries from {path} to {output}", err=True)


def register(group: click.Group) -> None:
    """Add find, import and export to the `glossary` group."""
    for command in (find, import_, export):
        group.add_command(command)


def hit_json(hit: Hit, glossary: Glossary) -> dict:
    """The stable JSON shape of a hit, with the preferred target term of each glossary locale."""
    entry = glossary.get(hit.entry_id)
    targets = {}
    for tag in (*glossary.target_languages, *(t for t in entry.targets if t not in glossary.target_languages)):
        terms = entry.for_locale(tag)
        if terms is not None:
            targets[tag] = terms.preferred.text
    return {"start": hit.start, "end": hit.end, "matched": hit.matched, "entry_id": hit.entry_id,
            "source_form": hit.source_form, "targets": targets}


def _read_input(text_or_file: str) -> str:
    if text_or_file == "-":
        return sys.stdin.read()
    looks_like_path = len(text_or_file) < 4096 and not any(c.isspace() for c in text_or_file)
    path = Path(text_or_file)
    if looks_like_path and path.is_file():
        return formats.decode_utf8(formats.read_bytes(path), str(path))
    if looks_like_path and path.suffix.lower() in _TEXT_SUFFIXES:
        raise GlossaryError("no such file (give the text itself in quotes, or an existing file)", str(path))
    return text_or_file


def _write(glossary: Glossary, output: Path, fmt_name: str | None, **options) -> None:
    """Serialise completely (and, for YAML, validate by reading back) before replacing `output`."""
    if fmt_name is None and outputs.is_stdout(output):
        raise WorkbenchError(f"-o -: give --format ({', '.join(OUTPUT_FORMATS)}) for standard output")
    fmt = formats.for_path(f"x.{fmt_name}" if fmt_name else output, **options)
    data = fmt.dumps(glossary)
    if fmt.name == "yaml":
        _check_yaml(data.decode("utf-8"), output)
    if not outputs.is_stdout(output) and not output.parent.is_dir():
        raise WorkbenchError(f"{output}: folder {output.parent} does not exist")
    outputs.write(output, data)


def _check_yaml(text: str, output: Path) -> None:
    try:
        yamlio.loads(text, output)
    except GlossaryError as exc:
        raise WorkbenchError(f"{output}: not written, the result would be an invalid glossary: "
                             f"{exc.message}") from None
