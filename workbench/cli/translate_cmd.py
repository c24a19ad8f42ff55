"""`workbench translate`: read a source text, translate it segment by segment, write the target text."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

import click

from glossary.atomic import write_text
from workbench.errors import WorkbenchError
from workbench.pipeline import BatchTranslated, translate_texts
from workbench.segment import Document, read_source

TARGETS = ("ko", "ko-KP", "ru")


@dataclass(frozen=True)
class RunSummary:
    files: int
    segments: int
    words: int
    seconds: float
    model: str
    demo: bool
    glossary: str = "none"
    terms_enforced: int = 0
    unresolved: int = 0

    def lines(self) -> list[str]:
        rate = self.segments / self.seconds if self.seconds > 0 else 0.0
        model = f"{self.model} [DEMO model: output is for demonstration only]" if self.demo else self.model
        return [
            f"files: {self.files}  segments: {self.segments}  words: {self.words}",
            f"model: {model}",
            f"glossary: {self.glossary}  terms enforced: {self.terms_enforced}  "
            f"unresolved violations: {self.unresolved}",
            f"time: {self.seconds:.2f} s  ({rate:.1f} segments/s)",
        ]


@click.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--to", "target", required=True, type=click.Choice(TARGETS, case_sensitive=False),
              help="Target locale (ko-KP uses the Korean model and North Korean glossary forms).")
@click.option("--model", "model_spec", default=None, metavar="PATH|NAME|demo",
              help="An .argosmodel file, a package folder, an installed package name, or 'demo'.")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Write the translation here (atomically); default: standard output.")
@click.option("--glossary", "glossaries", multiple=True, type=click.Path(),
              help="Glossary YAML to enforce (repeatable; later files override the same ids). "
                   "Default: the bundled official-names glossary.")
@click.option("--no-glossary", is_flag=True, help="Translate without glossary enforcement.")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary.")
def translate(path: Path, target: str, model_spec: str | None, output: Path | None,
              glossaries: tuple[str, ...], no_glossary: bool, quiet: bool) -> None:
    """Translate the English text file PATH into Korean or Russian, enforcing the glossary."""
    from workbench.engine.resolve import resolve_model

    target = _canonical_target(target)
    document = read_source(path)
    if not document.segments:
        raise WorkbenchError(f"{path}: empty file, nothing to translate")
    glossary = None if no_glossary else _load_glossary(glossaries)
    translator = resolve_model(model_spec, source="en", target=target.split("-")[0])
    enforcer = None
    if glossary is not None:
        from workbench.terms.enforce import Enforcer

        enforcer = Enforcer(glossary, target, translator)
    started = time.perf_counter()
    targets, enforced = _translate_document(translator, document, enforcer, quiet)
    _write(document.rebuild(targets), output)
    if not quiet:
        summary = RunSummary(1, len(document.segments), _words(document), time.perf_counter() - started,
                             translator.model_id, translator.is_demo,
                             f"{glossary.name} ({len(glossary)} entries)" if glossary else "none",
                             sum(len(r.changes) for r in enforced), sum(len(r.unresolved) for r in enforced))
        for line in summary.lines():
            click.echo(line, err=True)


def _load_glossary(paths: tuple[str, ...]):
    from glossary import yamlio

    return yamlio.load_many([Path(p) for p in paths] or [yamlio.bundled_path()])


def _canonical_target(target: str) -> str:
    return {t.lower(): t for t in TARGETS}[target.lower()]


def _translate_document(translator, document: Document, enforcer, quiet: bool) -> tuple[list[str], list]:
    texts = [segment.text for segment in document.segments]
    targets: list[str] = [""] * len(texts)
    enforced: list = []
    with _progress(len(texts), quiet) as advance:
        for event in translate_texts(translator, texts, enforcer=enforcer):
            if isinstance(event, BatchTranslated):
                for index, text in zip(event.indices, event.targets):
                    targets[index] = text
                enforced.extend(event.enforced)
                advance(event.done, event.total)
    return targets, enforced


class _progress:
    """A rich progress bar on a terminal, plain lines otherwise, nothing when quiet."""

    def __init__(self, total: int, quiet: bool) -> None:
        self.total, self.quiet, self.bar = total, quiet, None

    def __enter__(self):
        if not self.quiet and sys.stderr.isatty():
            from rich.progress import Progress

            self.bar = Progress(transient=True, console=None)
            self.bar.start()
            self.task = self.bar.add_task("translating", total=self.total)
        return self.advance

    def advance(self, done: int, total: int) -> None:
        if self.bar is not None:
            self.bar.update(self.task, completed=done)
        elif not self.quiet:
            click.echo(f"translated {done}/{total} segments", err=True)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def _write(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    if output.is_dir():
        raise WorkbenchError(f"{output}: is a directory; give a file name for -o")
    if not output.parent.exists():
        raise WorkbenchError(f"{output.parent}: no such directory")
    write_text(output, text)


def _words(document: Document) -> int:
    return sum(len(segment.text.split()) for segment in document.segments)
