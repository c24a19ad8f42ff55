"""Batch translation of files and folders: the engine behind `workbench translate`.

The package's public face is this module; nothing outside workbench/batch/ imports its internals
(an import-linter contract in pyproject.toml keeps it so):

    inputs     PATH arguments -> InputFiles with their outputs (Layout, plan, walk)
    setup      user Options -> a BatchJob: the glossary set, the model, the translator stack
               (workbench.pipeline.stack: engine, glossary, TM), the executor
    executors  where the model runs: this process, or a pool of Ray actors (RayTranslator)
    run        run_batch: the one generator of per-file and per-segment events
    files      one parsed file waiting for its targets, rendered and written atomically
    markup     inline markup the model lost, put back (and QA of what it could not place)
    progress   the terminal's progress bar and summary (View)
    report     the JSON report (ReportWriter) and the run's Summary
"""

from workbench.batch.inputs import STDIN, InputFile, Layout, plan, walk
from workbench.batch.markup import with_markup_check
from workbench.batch.progress import View
from workbench.batch.report import ReportWriter, Summary
from workbench.batch.run import (DEFAULT_WINDOW, BatchDone, BatchJob, Event, FileFailed, FileFinished,
                                 FileStarted, Finished, run_batch)
from workbench.batch.setup import Options, prepared

__all__ = ["DEFAULT_WINDOW", "STDIN", "BatchDone", "BatchJob", "Event", "FileFailed", "FileFinished",
           "FileStarted", "Finished", "InputFile", "Layout", "Options", "ReportWriter", "Summary", "View",
           "plan", "prepared", "run_batch", "walk", "with_markup_check"]
