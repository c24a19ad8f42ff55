"""One input file inside a batch run: parsed units, the targets gathered so far, and writing it out.

A FileWork lives from the moment its file is parsed until its last segment has a target; then
it renders (same format, or a bilingual file) and writes atomically, and is dropped. Stale
hidden temp files of an earlier killed run are swept before the first write into a folder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from glossary.atomic import sweep_stale
from workbench import formats, pipeline
from workbench.batch.inputs import InputFile
from workbench.batch.report import segment_json
from workbench.formats.base import ParsedDocument, Unit
from workbench.segment import has_words


@dataclass
class Counts:
    """Per-file (and per-run) tallies."""

    segments: int = 0
    words: int = 0
    cache_hits: int = 0
    translated: int = 0
    terms_enforced: int = 0
    unresolved: int = 0
    skipped: int = 0  # segments without words (segment.has_words), passed through unchanged
    mt_reused: int = 0  # cache hits whose raw MT came from the TM and only enforcement ran

    def tally(self, origin: str, changes: tuple = (), unresolved: int = 0) -> None:
        """Count one segment's target by where it came from: tm, tm-mt (raw MT from the TM, enforced
        again), mt or skipped."""
        self.cache_hits += origin in (pipeline.TM, pipeline.STORED_MT)
        self.mt_reused += origin == pipeline.STORED_MT
        self.translated += origin == pipeline.MT
        self.skipped += origin == pipeline.SKIPPED
        self.terms_enforced += len(changes)
        self.unresolved += unresolved

    def as_json(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass
class FileWork:
    """A parsed file waiting for its segments' targets."""

    input: InputFile
    document: ParsedDocument
    todo: tuple[Unit, ...]
    keep_details: bool
    targets: dict[str, str] = field(default_factory=dict)
    details: dict[str, dict[str, Any]] = field(default_factory=dict)
    counts: Counts = field(default_factory=Counts)

    @property
    def remaining(self) -> int:
        return len(self.todo) - len(self.targets)

    def record(self, unit: Unit, target: str, *, mt: str | None, origin: str, changes: tuple = (),
               report=None, unresolved: int = 0) -> None:
        """Store one segment's target and tally it."""
        self.targets[unit.id] = target
        self.counts.tally(origin, changes, unresolved)
        if self.keep_details:
            self.details[unit.id] = segment_json(unit.id, unit.source, target, mt, origin, changes, report)


def parse(item: InputFile, data: bytes, keep_details: bool) -> FileWork:
    """Parse an input's bytes (WorkbenchError naming the file on bad input)."""
    document = formats.parse(data, item.name, default=".txt" if item.path is None else None)
    todo = document.todo
    counts = Counts(segments=len(todo), words=sum(words(unit) for unit in todo))
    return FileWork(item, document, todo, keep_details, counts=counts)


def words(unit: Unit) -> int:
    """The unit's word count (0 for text without words)."""
    text = unit.text
    return len(text.split()) if has_words(text) else 0


def read(item: InputFile, stdin: bytes | None) -> bytes:
    if item.path is None:
        return stdin or b""
    return formats.base.read_bytes(item.path)


def render(work: FileWork, bilingual: str | None, languages: tuple[str, str]) -> bytes:
    """The output bytes: the document in its own format, or a bilingual file."""
    if bilingual is None:
        return work.document.render(work.targets)
    from workbench.formats import bilingual as bi

    segments = [_bilingual_segment(work, unit) for unit in work.todo]
    return bi.dumps(segments, bilingual, *languages)


def _bilingual_segment(work: FileWork, unit: Unit):
    from workbench.formats.bilingual import BilingualSegment

    detail = work.details.get(unit.id, {})
    findings = tuple(detail.get("findings", ()))  # the report's list: verdicts, one `fixed` per edit, issues
    changes = tuple(f["fix"] for f in findings if f["status"] == "fixed")
    return BilingualSegment(unit.id, unit.source, work.targets.get(unit.id, ""), detail.get("mt"),
                            changes, findings, work.input.name, placeholders=unit.placeholders)




def file_record(work: FileWork, status: str = "done") -> dict[str, Any]:
    """The report.json record of a finished file."""
    return {"path": work.input.name, "output": str(work.input.output) if work.input.output else "-",
            "format": work.document.format_name, "status": status, "error": None,
            "counts": work.counts.as_json(),
            "segments": [work.details[u.id] for u in work.todo if u.id in work.details]}


def failed_record(item: InputFile, error: str) -> dict[str, Any]:
    """The report.json record of a file that failed: it produced no output (null)."""
    return {"path": item.name, "output": None, "format": None,
            "status": "failed", "error": error, "counts": Counts().as_json(), "segments": []}


def sweep_stale_temps(inputs: list[InputFile]) -> int:
    """Remove hidden temp files a killed run left beside the outputs this run will write."""
    wanted: dict[Path, set[str]] = {}
    for item in inputs:
        if item.output is not None:
            wanted.setdefault(item.output.parent, set()).add(item.output.name)
    return sum(sweep_stale(folder, names) for folder, names in wanted.items())
