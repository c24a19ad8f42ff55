"""Building a BatchJob from user options: glossary, model, enforcer, executor (local or Ray), TM.

Shared by the CLI and the TUI so both run the very same job. `prepared(options)` is a context
manager: the executor (Ray actors, a Ray runtime it started) and the TM are released on exit.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from workbench.batch import DEFAULT_WINDOW, NO_GLOSSARY, BatchJob, glossary_version
from workbench.executors import LocalExecutor, RayExecutor, WorkerSetup, build_enforcer, load_glossary


@dataclass(frozen=True)
class Options:
    """What the user asked for.

    Attributes:
        glossaries: glossary files; () = the bundled glossary; None = no glossary (--no-glossary).
        tm: TM file; "" = the default TM; None = no TM (--no-tm).
        keep_details: per-segment records are needed (--report).
    """

    target: str
    model: str | None = None
    glossaries: tuple[str, ...] | None = ()
    tm: str | Path | None = ""
    bilingual: str | None = None
    keep_details: bool = False
    fail_fast: bool = False
    executor: str = "local"
    ray_address: str | None = None
    ray_cpus: int = 2
    window: int = DEFAULT_WINDOW


def glossary_files(glossaries: tuple[str, ...] | None) -> list[Path] | None:
    """The files the glossary is read from (the bundled one by default); None without a glossary."""
    if glossaries is None:
        return None
    from glossary import yamlio

    return [Path(p) for p in glossaries] or [yamlio.bundled_path()]


@contextlib.contextmanager
def prepared(options: Options) -> Iterator[BatchJob]:
    """A ready BatchJob for `options`; everything it opened is closed afterwards."""
    from workbench.engine.resolve import resolve_model

    files = glossary_files(options.glossaries)
    glossary = load_glossary(tuple(str(p) for p in files) if files is not None else None)
    with contextlib.ExitStack() as stack:
        tm = _tm(options.tm)  # before the model: a damaged TM stops the run at once
        if tm is not None:
            stack.callback(tm.close)
        translator = resolve_model(options.model, source="en", target=options.target)
        enforcer = build_enforcer(translator, options.target, glossary)
        executor = _executor(options, translator, enforcer, files)
        stack.callback(executor.close)
        yield BatchJob(
            options.target, executor, translator.model_id, translator.is_demo,
            qa=enforcer.qa if enforcer is not None else None,
            glossary_version=glossary_version(files) if files is not None else NO_GLOSSARY,
            glossary_label=f"{glossary.name} ({len(glossary)} entries)" if glossary is not None else "none",
            tm=tm, bilingual=options.bilingual, keep_details=options.keep_details or bool(options.bilingual),
            fail_fast=options.fail_fast, window=options.window, aligner=translator, enforcer=enforcer)


def _executor(options: Options, translator, enforcer, files: list[Path] | None):
    if options.executor == "local":
        return LocalExecutor(translator, enforcer)
    paths = tuple(str(p.resolve()) for p in files) if files is not None else None
    # one CTranslate2 thread per actor: Ray schedules one actor per CPU
    setup = WorkerSetup(str(translator.info.path), options.target, paths, threads=1)
    return RayExecutor(setup, translator.model_id, address=options.ray_address, num_cpus=options.ray_cpus)


def _tm(path: str | Path | None):
    if path is None:
        return None
    from workbench.tm import TranslationMemory

    memory = TranslationMemory(Path(path) if path else None)
    memory.connection()  # opened and quick-checked now, not at the first lookup
    return memory
