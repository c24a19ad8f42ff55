"""One input file inside a batch run: parsed units, the targets gathered so far, and writing it out.

A FileWork lives from the moment its file is parsed until its last segment has a target; then
it renders (same format, or a bilingual file) and writes atomically, and is dropped. Stale
hidden temp files of an earlier killed run are swept before the first write into a folder.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench import formats
from workbench.batch_inputs import InputFile
from workbench.errors import WorkbenchError
from workbench.formats.base import ParsedDocument, Unit, plain
from workbench.report import segment_json

_TEMP = re.compile(r"^\.(?P<name>.+)\.[A-Za-z0-9_]{8}\.tmp$")  # mkstemp names (ours, glossary.atomic)


@dataclass
class Counts:
    """Per-file (and per-run) tallies."""

    segments: int = 0
    words: int = 0
    cache_hits: int = 0
    translated: int = 0
    terms_enforced: int = 0
    unresolved: int = 0

    def add(self, other: "Counts") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

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
        self.counts.cache_hits += origin == "tm"
        self.counts.translated += origin == "mt"
        self.counts.terms_enforced += len(changes)
        self.counts.unresolved += unresolved
        if self.keep_details:
            self.details[unit.id] = segment_json(unit.id, unit.source, target, mt, origin, changes, report)


def parse(item: InputFile, data: bytes, keep_details: bool) -> FileWork:
    """Parse an input's bytes (WorkbenchError naming the file on bad input)."""
    document = formats.parse(data, item.name, default=".txt" if item.path is None else None)
    todo = document.todo
    counts = Counts(segments=len(todo), words=sum(_words(unit) for unit in todo))
    return FileWork(item, document, todo, keep_details, counts=counts)


def _words(unit: Unit) -> int:
    return len((plain(unit.source, unit.placeholders) if unit.placeholders else unit.source).split())


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
    findings = tuple(detail.get("violations", ())) + tuple(detail.get("issues", ()))
    return BilingualSegment(unit.id, unit.source, work.targets.get(unit.id, ""), detail.get("mt"),
                            tuple(detail.get("changes", ())), findings, work.input.name)


def write_many(items: list[tuple[Path, bytes]]) -> dict[Path, str]:
    """Write several outputs atomically with ONE sync instead of two fsyncs per file.

    Each file goes to a hidden temp file beside its target; after one os.sync() every temp is
    renamed into place and each folder is fsynced once. A kill at any moment leaves every target
    either old or complete (never partial); a power cut cannot expose unsynced data either.
    Returns the one-line error for each output that could not be written.
    """
    errors: dict[Path, str] = {}
    staged: list[tuple[str, Path]] = []
    for output, data in items:
        try:
            staged.append((_stage(output, data), output))
        except OSError as exc:
            errors[output] = f"{output}: cannot write: {exc.strerror or exc}"
    if staged:
        os.sync()  # one flush for the whole step; fsync per file costs ~10 ms each on real disks
    for tmp, output in staged:
        try:
            os.replace(tmp, output)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            errors[output] = f"{output}: cannot write: {exc.strerror or exc}"
    for folder in {output.parent for _, output in staged}:
        _fsync_dir(folder)
    return errors


def _stage(output: Path, data: bytes) -> str:
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
    try:
        os.fchmod(fd, _mode_for(output))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def _mode_for(path: Path) -> int:
    """Keep an existing output's permissions; a new one gets 0666 minus the umask (mkstemp uses 0600)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def file_record(work: FileWork, status: str = "done") -> dict[str, Any]:
    """The report.json record of a finished file."""
    return {"path": work.input.name, "output": str(work.input.output) if work.input.output else "-",
            "format": work.document.format_name, "status": status, "error": None,
            "counts": work.counts.as_json(),
            "segments": [work.details[u.id] for u in work.todo if u.id in work.details]}


def failed_record(item: InputFile, error: str) -> dict[str, Any]:
    return {"path": item.name, "output": str(item.output) if item.output else "-", "format": None,
            "status": "failed", "error": error, "counts": Counts().as_json(), "segments": []}


def sweep_stale_temps(inputs: list[InputFile]) -> int:
    """Remove hidden temp files a killed run left beside the outputs this run will write."""
    wanted: dict[Path, set[str]] = {}
    for item in inputs:
        if item.output is not None:
            wanted.setdefault(item.output.parent, set()).add(item.output.name)
    removed = 0
    for folder, names in wanted.items():
        removed += _sweep(folder, names)
    return removed


def _sweep(folder: Path, names: set[str]) -> int:
    removed = 0
    try:
        entries = os.listdir(folder)
    except OSError:
        return 0
    for entry in entries:
        match = _TEMP.match(entry)
        if match and match.group("name") in names:
            (folder / entry).unlink(missing_ok=True)
            removed += 1
    return removed
