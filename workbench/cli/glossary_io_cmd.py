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
from workbench import glossaries, outputs
from workbench.cli.errors import one_line_errors
from workbench.cli.glossary_set import glossary_set
from workbench.cli.locales import TARGET
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
--summary groups the hits per entry: ID<TAB>COUNT<TAB>line N, M<TAB>forms found
(with --json: {"count": N, "entries": [{"entry_id", "count", "lines", "forms"}]}).
"""


OUTPUT_FORMATS = ("yaml", "tbx", "csv", "tsv", "xlsx")  # --format names: extensions in glossary.formats.REGISTRY
_TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xml", ".json", ".srt", ".xliff", ".xlf"}


@click.command("find", help=FIND_HELP)
@click.argument("text_or_file")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output (see above).")
@click.option("--summary", is_flag=True, help="One line per entry: hit count, the lines it is on, the forms found.")
@one_line_errors
@glossary_set()
def find(text_or_file: str, glossary_files: tuple[Path, ...], as_json: bool, summary: bool) -> None:
    glossary = glossaries.load(glossary_files)
    text = _read_input(text_or_file)
    hits = Matcher(glossary).find(text)
    if summary:
        return _summary(text, hits, as_json)
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
@click.option("--to", "target", type=TARGET, help="Target language of a two-column source,target CSV/TSV/XLSX.")
@click.option("--delimiter", help="CSV/TSV cell separator (default: found on the header line: , ; or tab).")
@click.option("--sheet", help="XLSX: the sheet to read (default: the first).")
@one_line_errors
def import_(source: Path, output: Path, target: str | None, fmt: str | None, delimiter: str | None,
            sheet: str | None) -> None:
    """Convert SOURCE (TBX v2/v3, CSV, TSV, XLSX or YAML) into a glossary file.

    \b
    CSV/TSV/XLSX: a header row of languages (en,ko,ru; en-US, rus, Russian, Русский... also
    work; optional id, note, subject, pos, description columns), one entry per row, synonyms
    separated by ';' (first preferred), or two columns source,target with --to LOCALE.
    Google Cloud Translation glossary CSVs (en,ko,ru,pos,description) import as they are.
    """
    glossary = load_reporting(source, target=target, delimiter=delimiter, sheet=sheet)
    write_glossary(glossary, output, fmt)
    click.echo(f"imported {len(glossary)} entries from {source} into {output}", err=True)


@click.command("export")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="File to write: .tbx/.xml, .csv, .tsv, .xlsx or .yaml (- for standard output, with --format).")
@click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS),
              help="Format to write (default: from the extension of --output; needed for -o -).")
@click.option("--tbx-version", type=click.Choice(["2", "3"]), default="3", show_default=True,
              help="TBX flavour: 3 = ISO 30042:2019, 2 = MARTIF/TBX-Basic (older Trados, memoQ).")
@one_line_errors
def export(path: Path, output: Path, tbx_version: str, fmt: str | None) -> None:
    """Write the glossary PATH in the format named by --format or the extension of --output (says what it
    drops)."""
    glossary = load_reporting(path)
    dropped = write_glossary(glossary, output, fmt, tbx_version=int(tbx_version))
    click.echo(f"exported {len(glossary)} entries from {path} to {output}", err=True)
    if dropped:
        lost = ", ".join(f"{count:,} {what}" for what, count in dropped.items())
        kind = f".{fmt}" if fmt else output.suffix or "this format"
        click.echo(f"dropped what {kind} cannot carry: {lost} (export to .tbx or .yaml to keep them)", err=True)


def _summary(text: str, hits: list[Hit], as_json: bool) -> None:
    """Hits grouped per entry, most frequent first: {"entries": [{"entry_id", "count", "lines", "forms"}]}."""
    groups: dict[str, dict] = {}
    for hit in hits:
        group = groups.setdefault(hit.entry_id, {"entry_id": hit.entry_id, "count": 0, "lines": [], "forms": []})
        line = text.count("\n", 0, hit.start) + 1
        group["count"] += 1
        group["lines"] += [line] if line not in group["lines"] else []
        group["forms"] += [hit.matched] if hit.matched not in group["forms"] else []
    rows = sorted(groups.values(), key=lambda group: -group["count"])
    if as_json:
        click.echo(json.dumps({"count": len(hits), "entries": rows}, ensure_ascii=False, indent=2))
        return
    for row in rows:
        lines = ", ".join(map(str, row["lines"]))
        click.echo(f"{row['entry_id']}\t{row['count']}\tline {lines}\t{' | '.join(row['forms'])}")
    click.echo(f"{len(hits)} hit(s) of {len(rows)} entries", err=True)


def register(group: click.Group) -> None:
    """Add find, import and export to the `glossary` group."""
    for command in (find, import_, export):
        group.add_command(command)


def load_reporting(path: Path, **options) -> Glossary:
    """The glossary at `path` (any format); what the reader skipped goes to stderr, one line each."""
    fmt = formats.for_path(path, **options)
    glossary = fmt.load(path)
    for warning in fmt.warnings:
        click.echo(f"workbench: warning: {path}: {warning}", err=True)
    return glossary


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


def write_glossary(glossary: Glossary, output: Path, fmt_name: str | None = None, **options) -> dict[str, int]:
    """Serialise completely (and, for YAML, validate by reading back) before replacing `output`;
    returns what the format could not carry (counts)."""
    if fmt_name is None and outputs.is_stdout(output):
        raise WorkbenchError(f"-o -: give --format ({', '.join(OUTPUT_FORMATS)}) for standard output")
    fmt = formats.for_path(f"x.{fmt_name}" if fmt_name else output, **options)
    data = fmt.dumps(glossary)
    if fmt.name == "yaml":
        _check_yaml(data.decode("utf-8"), output)
    if not outputs.is_stdout(output) and not output.parent.is_dir():
        raise WorkbenchError(f"{output}: folder {output.parent} does not exist")
    outputs.write(output, data)
    return fmt.dropped(glossary)


def _check_yaml(text: str, output: Path) -> None:
    try:
        yamlio.loads(text, output)
    except GlossaryError as exc:
        raise WorkbenchError(f"{output}: not written, the result would be an invalid glossary: "
                             f"{exc.message}") from None
