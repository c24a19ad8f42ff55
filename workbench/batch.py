"""Batch translation as ONE core generator: many files, one queue, one model, TM first, bounded memory.

`run_batch(job, inputs)` parses files in order into a window of at most `job.window` pending
segments (across files). Each window: segments without words (segment.has_words) pass through
unchanged, exact TM lookups in one batched query (approved entries win; exact matches never
reach the model), then texts whose raw MT the TM kept from this model (under another glossary)
are enforced again without decoding, then the distinct misses in length-sorted shards
through the executor; every shard's results are stored in the TM in one transaction before
anything else happens, so the TM is the resume log (a kill -9 loses at most the shard in
flight). A file is written (atomically) as soon as its last segment has a target, and dropped.
Events go to the caller (CLI progress bar, TUI worker); nothing here prints. No UI imports.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Sequence

from glossary.atomic import write_many
from workbench import batch_files as bf
from workbench.batch_inputs import InputFile
from workbench.batch_markup import MarkupKeeper
from workbench.errors import WorkbenchError
from workbench.executors import reenforced
from workbench.formats.base import Unit
from workbench.pipeline import wanted_hypotheses
from workbench.report import Summary
from workbench.segment import has_words

DEFAULT_WINDOW = 4096
DEFAULT_SHARD = 64
NO_GLOSSARY = "none"


@dataclass(frozen=True)
class BatchJob:
    """What to run with (built once by the CLI or the TUI).

    Attributes:
        target: ko, ko-KP or ru (the TM's target locale).
        executor: LocalExecutor or RayExecutor (workbench.executors).
        model_id, is_demo: the model's identity (TM key, summary).
        qa: terms.qa.TermQA to check TM matches (None without a glossary).
        glossary_version: hash of the glossary files' bytes (TM key); NO_GLOSSARY without one.
        glossary_label: for the summary.
        tm: workbench.tm.TranslationMemory, or None (--no-tm).
        bilingual: "xliff" | "tmx" | "json" to write bilingual files.
        keep_details: keep per-segment records (for --report and bilingual files).
        aligner: the model (engine.base.Translator) whose alignment places inline markup it lost;
            None: glossary hits and copies only.
        enforcer: terms.enforce.Enforcer (None without a glossary), the executor's own: it enforces
            the glossary again on raw MT the TM kept from an earlier run with another glossary.
    """

    target: str
    executor: Any
    model_id: str
    is_demo: bool = False
    qa: Any = None
    glossary_version: str = NO_GLOSSARY
    glossary_label: str = "none"
    tm: Any = None
    bilingual: str | None = None
    keep_details: bool = False
    fail_fast: bool = False
    window: int = DEFAULT_WINDOW
    shard: int = DEFAULT_SHARD
    source: str = "en"
    aligner: Any = None
    enforcer: Any = None


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


def glossary_version(paths: Sequence[Path] | None) -> str:
    """The TM key for a glossary: a hash of its files' bytes (order matters: later files override)."""
    if paths is None:
        return NO_GLOSSARY
    digest = hashlib.sha256()
    for path in paths:
        digest.update(Path(path).read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


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
        touched = self._from_tm(by_text)
        yield from self._progress(touched)
        yield from self._from_stored_mt(by_text)
        misses = sorted(by_text, key=len)  # length-sorted: little padding inside a shard
        shards = [misses[i:i + self.job.shard] for i in range(0, len(misses), self.job.shard)]
        for shard, outcomes in self.job.executor.run(shards):
            self._store(shard, outcomes, raw=True)
            self.model_inputs += len(shard)
            yield from self._progress(self._record_outcomes(by_text, shard, outcomes, "mt"))
            if self.cancel.is_set():
                return

    def _from_stored_mt(self, by_text: dict[str, list]) -> Iterator[Event]:
        """Texts this model translated before under another glossary: their stored raw MT is enforced
        again (no decoding), in shards, each stored in the TM like a model shard."""
        stored = self._lookup_mt(list(by_text))
        texts = list(stored)
        for start in range(0, len(texts), self.job.shard):
            shard = texts[start:start + self.job.shard]
            outcomes = reenforced(self.job.enforcer, [(text, stored[text]) for text in shard])
            self._store(shard, outcomes, raw=False)
            yield from self._progress(self._record_outcomes(by_text, shard, outcomes, "tm-mt"))
            if self.cancel.is_set():
                return

    def _record_outcomes(self, by_text: dict[str, list], shard: Sequence[str], outcomes: list,
                         origin: str) -> dict[int, bf.FileWork]:
        """Every segment of the shard's texts gets its outcome's target; returns the files touched."""
        touched: dict[int, bf.FileWork] = {}
        for text, outcome in zip(shard, outcomes):
            changes, unresolved, report = _enforcement(outcome)
            for work, unit in by_text.pop(text):
                self._record(touched, work, unit, outcome.target, mt=outcome.mt, origin=origin,
                             changes=changes, report=report, unresolved=unresolved)
        return touched

    def _from_tm(self, by_text: dict[str, list]) -> dict[int, bf.FileWork]:
        """Fill every segment without words (passed through) or with a TM match, removing them from `by_text`."""
        touched: dict[int, bf.FileWork] = {}
        for text in [text for text, units in by_text.items() if not has_words(bf.text_of(units[0][1]))]:
            for work, unit in by_text.pop(text):
                self._record(touched, work, unit, text, mt=None, origin="skipped")
        for text, entry in self._lookup(list(by_text)).items():
            report = self.job.qa.check(text, entry.target) if self.job.qa is not None else None
            unresolved = len({t.id for t in report.violations}) if report is not None else 0
            for work, unit in by_text.pop(text):
                self._record(touched, work, unit, entry.target, mt=None, origin="tm", report=report,
                             unresolved=unresolved)
        return touched

    def _record(self, touched: dict[int, bf.FileWork], work: bf.FileWork, unit: Unit, target: str,
                **how: Any) -> None:
        if unit.placeholders:
            target, how["report"] = self.markup.keep(unit, target, how.get("report"))
        work.record(unit, target, **how)
        touched[id(work)] = work
        self.totals.segments += 1
        self.totals.words += bf.words(unit)
        self.totals.tally(how["origin"], how.get("changes", ()), how.get("unresolved", 0))

    def _lookup(self, texts: list[str]) -> dict:
        if self.job.tm is None or not texts:
            return {}
        return self.job.tm.lookup_exact(texts, self.job.source, self.job.target,
                                        self.job.model_id, self.job.glossary_version)

    def _lookup_mt(self, texts: list[str]) -> dict[str, tuple[str, ...]]:
        if self.job.tm is None or not texts:
            return {}
        return self.job.tm.lookup_mt(texts, self.job.source, self.job.target, self.job.model_id,
                                     wanted_hypotheses(self.job.enforcer))

    def _store(self, shard: Sequence[str], outcomes: list, raw: bool) -> None:
        """One TM transaction per shard: the resume point after a crash. With `raw`, the model's n-best
        too, so that a glossary edit later needs enforcement only."""
        if self.job.tm is None:
            return
        from workbench.tm import MTRecord, TMRecord

        job = self.job
        pairs = list(zip(shard, outcomes))
        job.tm.store((TMRecord(text, outcome.target, job.source, job.target, job.model_id, job.glossary_version,
                               _status(outcome)) for text, outcome in pairs),
                     (MTRecord(text, outcome.hypotheses, job.source, job.target, job.model_id,
                               wanted_hypotheses(job.enforcer)) for text, outcome in pairs if raw))

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
                       job.executor.name, seconds, self.cancel.is_set(), self.model_inputs, t.skipped,
                       t.mt_reused)


def _enforcement(outcome) -> tuple[tuple, int, Any]:
    result = outcome.enforced
    if result is None:
        return (), 0, None
    return result.changes, len(result.unresolved), result.report


def _status(outcome) -> str:
    result = outcome.enforced
    return "enforced" if result is not None and result.changes else "mt"
