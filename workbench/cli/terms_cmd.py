"""`workbench qa` and `workbench enforce`: terminology QA and enforcement over TSV segment pairs.

The --json output is a contract other tools rely on (JSON Lines, one object per input line, in order);
see docs/terminology.md. Exit codes: 0 no violation, 1 violations, 2 input errors, 4 some lines were
not pairs (they are reported; the others are checked).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import click

from workbench.cli.errors import one_line_errors, say_error
from workbench.cli.glossary_set import glossary_set
from workbench.cli.locales import TARGET, warn_if_uncovered
from workbench.errors import EXIT_FINDINGS, EXIT_OK, EXIT_SOME_FAILED, WorkbenchError, plural
from workbench.outputs import is_stdout
from workbench.segment import decode_source

MAX_ERROR_LINES = 20  # a wrong file (a CSV) would otherwise print one error per line


@dataclass(frozen=True)
class Pair:
    line: int
    source: str
    target: str


def read_pairs(path: str, header: bool = False) -> tuple[list[Pair], list[str]]:
    """The `source<TAB>target` pairs of a UTF-8 TSV, and one error line per line of any other shape.

    Blank lines are skipped, and with `header` the first non-blank line (column names) too; lines
    keep their numbers in the file. A bad line does not stop the good ones from being read.
    """
    name = "<stdin>" if path == "-" else path
    data = sys.stdin.buffer.read() if path == "-" else _read(Path(path))
    text = decode_source(data, name).lstrip("\ufeff")
    pairs, errors = [], []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        if header:
            header = False
            continue
        if line.count("\t") != 1:
            errors.append(f"{name}:{number}: expected exactly one TAB (source<TAB>target), found {line.count(chr(9))}")
            continue
        source, target = line.split("\t")
        pairs.append(Pair(number, source, target))
    return pairs, errors


def _readable_pairs(path: str, header: bool) -> tuple[list[Pair], int]:
    """The good pairs, after saying what is wrong with the bad lines; the code to exit with at the end.

    No good line at all is an input error (exit 2); some bad lines among good ones exit 4 when done.
    """
    pairs, errors = read_pairs(path, header)
    if errors and not pairs:
        more = f" (and {plural(len(errors) - 1, 'more bad line')}: not a TSV of pairs)" if len(errors) > 1 else ""
        raise WorkbenchError(errors[0] + more)
    for error in errors[:MAX_ERROR_LINES]:
        say_error(error)
    if len(errors) > MAX_ERROR_LINES:
        say_error(f"... and {plural(len(errors) - MAX_ERROR_LINES, 'more bad line')}")
    return pairs, EXIT_SOME_FAILED if errors else EXIT_OK


def _read(path: Path) -> bytes:
    if not path.exists():
        raise WorkbenchError(f"{path}: no such file")
    if path.is_dir():
        raise WorkbenchError(f"{path}: is a directory, expected a TSV file")
    return path.read_bytes()


def _load_glossary(files: tuple[Path, ...], locale: str):
    from workbench import glossaries

    glossary = glossaries.load_checked(files)
    warn_if_uncovered(glossary, locale)
    return glossary


_common = [
    click.option("--to", "locale", required=True, type=TARGET,
                 help="Target locale of the pairs (ru-RU, rus, Russian... mean ru)."),
    click.option("--json", "as_json", is_flag=True, help="JSON Lines on stdout, one object per input line."),
    click.option("--header", is_flag=True, help="The first line of PAIRS names the columns: skip it."),
    click.argument("pairs", type=click.Path()),
]


def _with_common(func):
    func = one_line_errors(glossary_set(optional=True)(func))
    for decorator in reversed(_common):
        func = decorator(func)
    return func


@click.command()
@_with_common
@click.option("--html", "html_path", metavar="FILE",
              help="Also write the review page (one self-contained HTML file) to FILE; - for standard output.")
def qa(locale: str, glossary_files: tuple[Path, ...], as_json: bool, header: bool, pairs: str,
       html_path: str | None) -> None:
    """Check that each target renders every glossary term of its source (any case, any particle)."""
    from workbench.batch import with_markup_check
    from workbench.terms.qa import TermQA

    rows, partial = _readable_pairs(pairs, header)
    checker = TermQA(_load_glossary(glossary_files, locale), locale)
    page = _review_page(html_path, as_json, pairs, locale, glossary_files, checker.glossary)
    violations = 0
    for pair in rows:
        report = with_markup_check(checker.check(pair.source, pair.target))
        violations += not report.ok
        if page is not None:
            page.add(pair.line, report)
        if is_stdout(html_path):
            continue  # standard output is the page's
        click.echo(json.dumps(qa_json(pair.line, report), ensure_ascii=False) if as_json
                   else _qa_text(pair.line, report))
    if page is not None:
        page.commit()
    if not as_json:
        click.echo(f"{plural(len(rows), 'pair')}, {violations} with violations", err=True)
    sys.exit(partial or (EXIT_FINDINGS if violations else EXIT_OK))


def _review_page(html_path: str | None, as_json: bool, pairs: str, locale: str, files, glossary):
    """The review page `--html` asks for (docs/review-report.md), opened now; None without --html."""
    if html_path is None:
        return None
    if is_stdout(html_path) and as_json:
        raise WorkbenchError("--html - and --json cannot both go to standard output; give --html FILE")
    from workbench.review.runs import QAReview

    return QAReview(html_path, "<stdin>" if pairs == "-" else pairs, locale, files, glossary)


def qa_json(line: int, report) -> dict:
    """The documented JSON object for one pair: its findings (workbench.terms.findings)."""
    from workbench.terms.findings import report_findings

    return {"line": line, "ok": report.ok, "findings": report_findings(report)}


def _qa_text(line: int, report) -> str:
    head = f"line {line}: {'ok' if report.ok else 'VIOLATION'}"
    rows = [head]
    for t in report.terms:
        detail = "" if t.status == "ok" else f" (found {t.found!r}, expected {t.expected!r})" if t.found \
            else f" (expected {t.expected!r})"
        rows.append(f"  {t.status:<12} {t.matched} [{t.id}]{detail}")
    rows.extend(f"  {i.severity:<12} {i.kind}: {i.message}" + (f" (fix: {i.fix})" if i.fix else "")
                for i in report.issues)
    return "\n".join(rows)


@click.command()
@_with_common
@click.option("--model", "model_spec", default=None, metavar="PATH|NAME|demo",
              help="Rank alternative repairs with this model's score (optional).")
def enforce(locale: str, glossary_files: tuple[Path, ...], as_json: bool, header: bool, pairs: str,
            model_spec: str | None) -> None:
    """Correct each target so it uses the glossary's terms; report every change and what stays unresolved."""
    from workbench.terms.enforce import Enforcer

    rows, partial = _readable_pairs(pairs, header)
    translator = None
    if model_spec:
        from workbench.engine.resolve import resolve_model

        translator = resolve_model(model_spec, source="en", target=locale.split("-")[0])
    enforcer = Enforcer(_load_glossary(glossary_files, locale), locale, translator)
    unresolved = 0
    for pair in rows:
        result = enforcer.enforce(pair.source, pair.target)
        unresolved += bool(result.unresolved)
        if as_json:
            click.echo(json.dumps(enforce_json(pair.line, result), ensure_ascii=False))
            continue
        click.echo(result.target)  # stdout: the corrected text; stderr: what changed and what did not
        for line in _enforce_text(pair.line, result):
            click.echo(line, err=True)
    sys.exit(partial or (EXIT_FINDINGS if unresolved else EXIT_OK))


def enforce_json(line: int, result) -> dict:
    """The documented JSON object for one pair: the corrected target and its findings (the verdicts on the
    corrected target, where an error is what could not be fixed, and one finding per fix made)."""
    from workbench.terms.findings import report_findings

    return {"line": line, "target": result.target, "changed": result.changed,
            "findings": report_findings(result.report, result.changes)}


def _enforce_text(line: int, result) -> list[str]:
    out = [f"line {line}: {c.id}: {c.before!r} -> {c.after!r} ({c.method})" + (f"; {c.note}" if c.note else "")
           for c in result.changes]
    return out + [f"line {line}: UNRESOLVED {u.id}: {u.reason}" for u in result.unresolved]
