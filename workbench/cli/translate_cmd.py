"""`workbench translate`: the thin CLI over workbench.batch (files, folders, stdin; TM; reports; executors).

Parses options, builds a BatchJob, drives the run_batch generator and shows its events: a rich
progress bar on a terminal, plain log lines otherwise, nothing but errors with --quiet.
Exit codes: 0 done; 1 unresolved terminology violations with --strict; 2 usage or input error that
stops the run (also a TM or report that cannot be written, and every file failing); 4 the run finished
but some files could not be read, parsed or written (the others are translated and valid).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from workbench.cli.errors import one_line_errors, say_error
from workbench.cli.glossary_set import glossary_set
from workbench.cli.locales import TARGET, warn_if_uncovered
from workbench.errors import EXIT_FINDINGS, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, WorkbenchError, plural, printable
from workbench.formats.bilingual import FORMATS as BILINGUAL
from workbench.outputs import STDOUT, is_stdout, write



@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--to", "target", required=True, type=TARGET,
              help="Target locale (ko-KP uses the Korean model and North Korean glossary forms; "
                   "ru-RU, rus, Russian... mean ru).")
@click.option("--model", "model_spec", default=None, metavar="PATH|NAME|demo",
              help="An .argosmodel file, a package folder, an installed package name, or 'demo'.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the translations; the input tree is mirrored under it.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Output file for a single input; - is standard output (the default for one file or -).")
@click.option("--suffix", default="", metavar="SUFFIX",
              help="Insert SUFFIX before each output's extension (story.txt -> story.ko.txt); "
                   "required to write into the source folder itself.")
@click.option("--include", multiple=True, metavar="GLOB", help="Only files matching GLOB in folders (repeatable).")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files matching GLOB in folders (repeatable).")
@click.option("--format", "bilingual", type=click.Choice(tuple(BILINGUAL)),
              help="Write a bilingual file (MT, enforced changes, QA per segment) instead of the input format.")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write a JSON report (per file and per segment) to this file (- for standard output); "
                   "a FILE.html gets the review page instead.")
@click.option("--tm", "tm_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Translation memory file (default: tm.sqlite3 in the user data folder).")
@click.option("--no-tm", is_flag=True, help="Neither read nor write the translation memory.")
@click.option("--strict", is_flag=True, help="Exit 1 when terminology violations remain unresolved.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first file that cannot be read or written.")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary (errors still go to stderr).")
@click.option("--executor", type=click.Choice(("local", "ray")), default="local", show_default=True,
              help="Run the model here, or on a pool of Ray actors (pip install 'workbench[ray]').")
@click.option("--ray-address", metavar="ADDR",
              help="An existing Ray cluster (e.g. ray://head:10001 or auto); default: a local runtime.")
@click.option("--ray-cpus", type=click.IntRange(1), default=2, show_default=True,
              help="CPUs (= model actors) of the local Ray runtime.")
@click.option("--window", type=click.IntRange(64), default=4096, show_default=True,
              help="Segments held in flight across files (bounds memory).")
@one_line_errors
@glossary_set(optional=True)
def translate(paths, target, model_spec, glossary_files, out_dir, output, suffix, include, exclude,
              bilingual, report_path, tm_path, no_tm, strict, fail_fast, quiet, executor, ray_address,
              ray_cpus, window) -> None:
    """Translate English PATHs (files, folders, or - for stdin) into Korean or Russian, enforcing the glossary.

    Formats: .txt, .md, .xlf/.xliff (1.2 and 2.x); outputs keep the input's format unless --format.
    Every translated segment is stored in the translation memory, so a rerun (after an edit or a
    crash) only sends new segments to the model.
    """
    from workbench import batch

    if is_stdout(out_dir):
        raise WorkbenchError("--out takes a folder; for standard output use -o - (one input)")
    layout = batch.Layout(out_dir, None if is_stdout(output) else output, suffix, bilingual, tuple(include),
                          tuple(exclude))
    inputs = batch.plan(list(paths), layout)
    if is_stdout(report_path) and any(item.output is None for item in inputs):
        raise WorkbenchError("--report - and the translation cannot both go to standard output; "
                             "give -o FILE or --out DIR")
    options = batch.Options(target, model_spec, glossary_files, None if no_tm else (tm_path or ""), bilingual,
                            report_path is not None, fail_fast, executor, ray_address, ray_cpus, window)
    stdin = sys.stdin.buffer.read() if inputs[0].path is None else None
    with batch.prepared(options) as job:
        warn_if_uncovered(job.qa.glossary if job.qa is not None else None, target)
        summary = _drive(job, inputs, stdin, report_path, quiet)
    sys.exit(exit_code(summary, strict))


def exit_code(summary, strict: bool) -> int:
    """4 when some files failed and others were written; 2 when all failed (the input is wrong) or the run
    was cancelled; 1 for unresolved violations under --strict; else 0."""
    if summary.cancelled or (summary.failed and not summary.files):
        return EXIT_USAGE
    if summary.failed:
        return EXIT_SOME_FAILED
    return EXIT_FINDINGS if strict and summary.unresolved else EXIT_OK


def _drive(job, inputs, stdin, report_path, quiet):
    from workbench.batch import FileFinished, View, run_batch

    report = _open_report(job, report_path)
    written: list[str] = []  # said on failure: which outputs are complete and valid
    try:
        with View(quiet) as view:
            for event in run_batch(job, inputs, stdin=stdin):
                view.show(event)
                _record(report, event)
                _emit(event)
                if isinstance(event, FileFinished):
                    written.append(event.output)
        summary = view.summary
    except WorkbenchError as exc:
        _abort(report)
        _fail(str(exc), written, exc.exit_code)
    except BaseException:
        _abort(report)
        raise
    if report is not None:
        report.close(summary)
        if report.error is not None:
            _fail(f"{report.error} (the report is not written)", written, EXIT_USAGE)
    return summary


def _abort(report) -> None:
    if report is not None:
        report.abort()


def _fail(error: str, written: list[str], code: int) -> None:
    """One error line, then the outputs that were completed before it (they stay valid)."""
    say_error(error)
    if written:
        click.echo(f"workbench: {plural(len(written), 'file was', 'files were')} translated and written "
                   "before that:", err=True)
        for output in written:
            click.echo(f"  {printable(output)}", err=True)
    sys.exit(code)


def _open_report(job, path):
    if path is None:
        return None
    from workbench.batch import ReportWriter
    from workbench.review.runs import BatchReview, is_html

    if is_html(path):  # the review page (docs/review-report.md); any other name: the JSON report
        return BatchReview(path, job)
    return ReportWriter(path, {"target": job.target, "model": job.model_id, "demo": job.is_demo,
                               "glossary": job.glossary_label, "glossary_version": job.glossary_version})


def _record(report, event) -> None:
    record = getattr(event, "record", None)
    if report is not None and record:
        report.add_file(record)


def _emit(event) -> None:
    """Standard output gets the translation of stdin (or of a single file without -o/--out)."""
    data = getattr(event, "data", None)
    if data is not None:
        write(STDOUT, data)
