"""Batch translation as ONE core generator: many files, one queue, one model, TM first, bounded memory.

`run_batch(job, inputs)` parses files in order into a window of at most `job.window` pending
segments (across files). Each window's segments without words (segment.has_words) pass through
unchanged; the other texts go, once each, through the job's translator stack
(workbench.pipeline.translate_texts: the TM layer answers exact matches and re-enforces raw MT it
kept, the model and the glossary do the rest, and every batch is stored in the TM in one transaction
before its results come back, so the TM is the resume log: a kill -9 loses at most the batches in
flight). The editor drives the same stack. A file is written (atomically) as soon as its last segment
has a target, and dropped. Events go to the caller (CLI progress bar, TUI worker); nothing here
prints. No UI imports.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any, Iterator, Sequence

from glossary.atomic import write_many
from workbench import pipeline
from workbench.batch import files as bf
from workbench.batch.inputs import InputFile
from workbench.batch.markup import MarkupKeeper
from workbench.batch.report import Summary
from workbench.engine.base import Translation
from workbench.errors import WorkbenchError
from workbench.formats.base import Unit
from workbench.glossaries import NO_GLOSSARY
from workbench.segment import has_words

DEFAULT_WINDOW = 4096


@dataclass(frozen=True)
class BatchJob:
    """What to run with (built once by the CLI or the TUI: workbench.batch.setup.prepared).

    Attributes:
        target: ko, ko-KP or ru.
        translator: the translator stack (workbench.pipeline.stack: model, glossary, TM).
        qa: terms.qa.TermQA to check TM matches (None without a glossary).
        glossary_label, glossary_version: for the summary and reports (workbench.glossaries.version).
        bilingual: "xliff" | "tmx" | "json" to write bilingual files.
        keep_details: keep per-segment records (for --report and bilingual files).
        aligner: the model (engine.base.Translator) whose alignment places inline markup it lost;
            None: glossary hits and copies only.
        executor: "local" or "ray" (for the summary).
        shard: texts per batch sent down the stack.
    """

    target: str
    translator: Any
    qa: Any = None
    glossary_label: str = "none"
    glossary_version: str = NO_GLOSSARY
    bilingual: str | None = None
    keep_details: bool = False
    fail_fast: bool = False
    window: int = DEFAULT_WINDOW
    shard: int = pipeline.DEFAULT_BATCH
    source: str = "en"
    aligner: Any = None
    executor: str = "local"

    @property
    def model_id(self) -> str:
        return self.translator.model_id

    @property
    def is_demo(self) -> bool:
        return self.translator.is_demo


@dataclass(frozen=True)
class FileStarted:
    name: str
    segments: int


@dataclass(frozen=True)
class FileFinished:
    """A file is translated and written; `data` holds the bytes when its output is standard output."""

    name: str
    output: str
    counts: dict[str, int]
    record: dict[str, Any]
    data: bytes | None = None


@dataclass(frozen=True)
class FileFailed:
    name: str
    error: str
    record: dict[str, Any]


@dataclass(frozen=True)
class BatchDone:
    """Progress after a model shard or a TM lookup: segments done of an estimated total."""

    done: int
    total_estimate: int
    cache_hits: int
    translated: int


@dataclass(frozen=True)
class Finished:
    """The last event: the run's summary."""

    summary: Summary


Event = FileStarted | FileFinished | FileFailed | BatchDone | Finished


def run_batch(job: BatchJob, inputs: Sequence[InputFile], *, stdin: bytes | None = None,
              cancel: threading.Event | None = None) -> Iterator[Event]:
    """Translate `inputs`, yielding events; the last one is Finished(summary)."""
    return _Run(job, inputs, stdin, cancel or threading.Event()).events()


class _Run:
    """The state of one run (kept out of the event nouns)."""

    def __init__(self, job: BatchJob, inputs: Sequence[InputFile], stdin: bytes | None,
                 cancel: threading.Event) -> None:
        self.job, self.inputs, self.stdin, self.cancel = job, inputs, stdin, cancel
        # the run's tallies, counted as each segment gets its target: every segment the run answered
        # counts, also in files that could not be written or were not finished (a cancel)
        self.totals = bf.Counts()
        self.files = self.failed = 0
        self.parsed_segments = self.parsed_bytes = 0
        self.unreadable_bytes = 0  # of files that failed to read or parse: no longer in the estimate
        self.total_bytes = sum(item.size for item in inputs)
        self.window: list[tuple[bf.FileWork, Unit]] = []
        self.stopped = False
        self.model_inputs = 0
        self.ready: list[bf.FileWork] = []  # parsed files with nothing to translate
        self.markup = MarkupKeeper(job.qa, job.aligner)

    def events(self) -> Iterator[Event]:
        started = time.perf_counter()
        bf.sweep_stale_temps(list(self.inputs))
        for item in self.inputs:
            if self.stopped or self.cancel.is_set():
                break
            yield from self._add(item)
            if len(self.window) + len(self.ready) >= self.job.window:
                yield from self._flush()
        if not self.stopped and not self.cancel.is_set():
            yield from self._flush()
        yield Finished(self._summary(time.perf_counter() - started))

    def _add(self, item: InputFile) -> Iterator[Event]:
        try:
            work = bf.parse(item, bf.read(item, self.stdin), self.job.keep_details)
        except WorkbenchError as exc:
            self.unreadable_bytes += item.size
            yield from self._failed(item, str(exc))
            return
        if len(self.inputs) == 1 and not work.document.units:
            # One file asked for by name and nothing in it is a mistake worth saying; inside a
            # folder an empty file is just carried over (an empty output).
            yield from self._failed(item, f"{item.name}: empty file, nothing to translate")
            return
        self.parsed_segments += len(work.todo)
        self.parsed_bytes += item.size
        yield FileStarted(item.name, len(work.todo))
        if not work.todo:  # nothing to translate: written with the next batch of finished files
            self.ready.append(work)
            return
        self.window.extend((work, unit) for unit in work.todo)

    def _failed(self, item: InputFile, error: str) -> Iterator[Event]:
        self.failed += 1
        self.stopped = self.job.fail_fast
        yield FileFailed(item.name, error, bf.failed_record(item, error))

    def _flush(self) -> Iterator[Event]:
        if self.ready:
            ready, self.ready = self.ready, []
            yield from self._finish(*ready)
        window, self.window = self.window, []
        by_text: dict[str, list[tuple[bf.FileWork, Unit]]] = {}
        for work, unit in window:
            by_text.setdefault(unit.source, []).append((work, unit))
        del window
        touched: dict[int, bf.FileWork] = {}
        for text in [text for text, units in by_text.items() if not has_words(units[0][1].text)]:
            for work, unit in by_text.pop(text):  # only placeholders, spaces or symbols: kept as they are
                self._record(touched, work, unit, text, mt=None, origin=pipeline.SKIPPED)
        yield from self._progress(touched)
        texts = list(by_text)
        for event in pipeline.translate_texts(self.job.translator, texts, batch_size=self.job.shard,
                                              cancel=self.cancel):
            if isinstance(event, pipeline.Cancelled):
                return
            touched = {}
            for translation in event.translations:  # the texts are distinct: one translation each
                self._record_translation(touched, by_text.pop(translation.source), translation)
            yield from self._progress(touched)

    def _record_translation(self, touched: dict[int, bf.FileWork], units: list[tuple[bf.FileWork, Unit]],
                            translation: Translation) -> None:
        """Every segment of one source text gets the translation's target."""
        result, report = translation.enforced, pipeline.report_of(translation, self.job.qa)
        changes = result.changes if result is not None else ()
        if result is not None:
            unresolved = len(result.unresolved)
        else:
            unresolved = len({term.id for term in report.violations}) if report is not None else 0
        self.model_inputs += translation.origin == pipeline.MT
        mt = None if translation.origin == pipeline.TM else translation.text
        for work, unit in units:
            self._record(touched, work, unit, translation.target, mt=mt, origin=translation.origin,
                         changes=changes, report=report, unresolved=unresolved)

    def _record(self, touched: dict[int, bf.FileWork], work: bf.FileWork, unit: Unit, target: str,
                **how: Any) -> None:
        if unit.placeholders:
            target, how["report"] = self.markup.keep(unit, target, how.get("report"))
        work.record(unit, target, **how)
        touched[id(work)] = work
        self.totals.segments += 1
        self.totals.words += bf.words(unit)
        self.totals.tally(how["origin"], how.get("changes", ()), how.get("unresolved", 0))

    def _progress(self, touched: dict[int, bf.FileWork]) -> Iterator[Event]:
        finished = [work for work in touched.values() if work.remaining == 0]
        if finished:
            yield from self._finish(*finished)
        if touched:
            done = self.totals.segments
            yield BatchDone(done, max(done, self._estimate()), self.totals.cache_hits, self.totals.translated)

    def _finish(self, *works: bf.FileWork) -> Iterator[Event]:
        """Render and write finished files together (one sync for all of them)."""
        rendered: list[tuple[bf.FileWork, bytes]] = []
        for work in works:
            try:
                rendered.append((work, bf.render(work, self.job.bilingual, (self.job.source, self.job.target))))
            except WorkbenchError as exc:
                yield from self._failed(work.input, str(exc))
        errors = write_many([(w.input.output, data) for w, data in rendered if w.input.output is not None])
        for work, data in rendered:
            item = work.input
            if item.output in errors:
                yield from self._failed(item, errors[item.output])
                continue
            self.files += 1
            yield FileFinished(item.name, str(item.output) if item.output else "-", work.counts.as_json(),
                               bf.file_record(work) if self.job.keep_details else {},
                               data if item.output is None else None)

    def _estimate(self) -> int:
        """Segments expected in all: parsed so far, plus the unparsed bytes at the parsed rate."""
        rest = max(0, self.total_bytes - self.parsed_bytes - self.unreadable_bytes)
        rate = self.parsed_segments / self.parsed_bytes if self.parsed_bytes else 0.0
        return self.parsed_segments + int(rest * rate)

    def _summary(self, seconds: float) -> Summary:
        t, job = self.totals, self.job
        return Summary(self.files, self.failed, t.segments, t.words, t.cache_hits, t.translated,
                       t.terms_enforced, t.unresolved, job.model_id, job.is_demo, job.glossary_label,
                       job.executor, seconds, self.cancel.is_set(), self.model_inputs, t.skipped,
                       t.mt_reused)

