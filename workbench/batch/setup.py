"""Building a BatchJob from user options: the glossary set, the model, the translator stack, the TM.

`prepared(options)` is a context manager: the Ray actors (and a Ray runtime it started) and the TM are
released on exit. The stack is workbench.pipeline's, the one the editor uses too.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from workbench import glossaries
from workbench.batch.executors import RayTranslator, WorkerSetup, build_enforcer
from workbench.batch.run import DEFAULT_WINDOW, BatchJob
from workbench.pipeline import stack


@dataclass(frozen=True)
class Options:
    """What the user asked for.

    Attributes:
        glossaries: --glossary files; () = the default set (workbench.glossaries: the bundled glossary,
            then the user's); None = no glossary (--no-glossary).
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


@contextlib.contextmanager
def prepared(options: Options) -> Iterator[BatchJob]:
    """A ready BatchJob for `options`; everything it opened is closed afterwards."""
    from workbench.engine.resolve import resolve_model
    from workbench.tm.translator import MemoryTranslator

    files = glossaries.glossary_paths(options.glossaries or (), use=options.glossaries is not None)
    glossary = glossaries.load(files)
    with contextlib.ExitStack() as exits:
        tm = _tm(options.tm)  # before the model: a damaged TM stops the run at once
        if tm is not None:
            exits.callback(tm.close)
        engine = resolve_model(options.model, source="en", target=options.target)
        enforcer = build_enforcer(engine, options.target, glossary)
        bottom = _ray(options, engine, enforcer, files) if options.executor == "ray" else engine
        if bottom is not engine:
            exits.callback(bottom.close)
        memory = MemoryTranslator.over(tm, options.target, glossaries.version(files)) if tm is not None else None
        yield BatchJob(
            options.target, stack(bottom, enforcer if bottom is engine else None, memory),
            qa=enforcer.qa if enforcer is not None else None,
            glossary_label=f"{glossary.name} ({len(glossary)} entries)" if glossary is not None else "none",
            bilingual=options.bilingual, keep_details=options.keep_details or bool(options.bilingual),
            glossary_version=glossaries.version(files), fail_fast=options.fail_fast, window=options.window,
            aligner=engine, executor=options.executor)


def _ray(options: Options, engine, enforcer, files) -> RayTranslator:
    paths = tuple(str(Path(p).resolve()) for p in files) if files is not None else None
    # one CTranslate2 thread per actor: Ray schedules one actor per CPU
    setup = WorkerSetup(str(engine.info.path), options.target, paths, threads=1)
    return RayTranslator(setup, engine, enforcer, address=options.ray_address, num_cpus=options.ray_cpus)


def _tm(path: str | Path | None):
    if path is None:
        return None
    from workbench.tm import TranslationMemory

    memory = TranslationMemory(Path(path) if path else None)
    memory.connection()  # opened and quick-checked now, not at the first lookup
    return memory
