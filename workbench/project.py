"""The bilingual project file: a source document's targets, statuses, notes and cursor, as XLIFF 2.0.

No UI here (the TUI drives it). One file beside the source (`<source>.<locale>.xlf`) holds, per
segment, the source span, the target, its status (new, mt, tm, edited, confirmed), the raw MT, the MT
alternatives, a note and, for an exact translation-memory match, the memory entry's status; the <file>
element records the source's SHA-256 and the cursor. The spans are the translator's (Project.join/split):
reopening the same source reuses them. Saving is atomic (temp file, fsync, rename), so a crash never
leaves a half-written project. A lock file held with flock (released by the kernel even on kill -9) tells
a second instance to open read-only; a clean release removes it. rescue() writes an emergency copy to the
user data folder when the project's own folder cannot be written.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import os
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from glossary import xmlsafe
from glossary.atomic import write_bytes
from glossary.errors import GlossaryError
from workbench import paths
from workbench.errors import WorkbenchError
from workbench.formats.base import XLIFF2_NS
from workbench.segment import Document, Segment, decode_source, segment_text

NEW, MT, TM, EDITED, CONFIRMED = "new", "mt", "tm", "edited", "confirmed"
STATUSES = (NEW, MT, TM, EDITED, CONFIRMED)  # TM: an exact translation-memory match filled it
# XLIFF 2 has four states; our statuses ride in subState ("workbench:mt" keeps raw MT recognisable beside
# "workbench:edited": both are "translated"). Only a confirmed segment is "final" (reviewed by the translator).
_XLIFF_STATE = {NEW: "initial", MT: "translated", TM: "translated", EDITED: "translated", CONFIRMED: "final"}
NS = XLIFF2_NS
NS_WB = "urn:workbench:project:1"
_X = f"{{{NS}}}"
_W = f"{{{NS_WB}}}"
_SEGMENT, _NOTES, _SOURCE, _TARGET = (f"{_X}{name}" for name in ("segment", "notes", "source", "target"))
# A file without our subState (from another tool): "translated" may be anyone's work, reviewed/final are done.
_FROM_XLIFF_STATE = {"initial": NEW, "translated": EDITED, "reviewed": CONFIRMED, "final": CONFIRMED}


@dataclass(frozen=True)
class SegmentState:
    """One segment's work: its source span and text, the target and how the target came to be."""

    source: str
    start: int = 0
    end: int = 0
    paragraph: int = 0
    target: str = ""
    status: str = NEW
    mt: str = ""
    alternatives: tuple[str, ...] = ()
    note: str = ""
    origin: str = ""  # for a TM match: the memory entry's status (approved, edited, enforced, mt)


@dataclass(frozen=True)
class ProjectData:
    """Everything a project file holds."""

    source_name: str
    source_sha: str
    src_lang: str
    tgt_lang: str
    segments: tuple[SegmentState, ...]
    cursor: int = 0
    model_id: str = ""


def default_path(source: Path | str, locale: str) -> Path:
    """`article.txt` -> `article.txt.ru.xlf`, beside the source."""
    source = Path(source)
    return source.with_name(f"{source.name}.{locale}.xlf")


def text_sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def initial_states(document: Document) -> tuple[SegmentState, ...]:
    return tuple(SegmentState(s.text, s.start, s.end, s.paragraph) for s in document.segments)


def document_from(text: str, data: ProjectData, path: str | None = None) -> Document:
    """The Document for `text` rebuilt from the project's spans, without segmenting again (fast): the
    translator's joins and splits are kept."""
    bom = text.startswith("\ufeff")
    body = text[1:] if bom else text
    return Document(text=body, segments=_segments(data.segments), path=path, bom=bom)


def _segments(states) -> tuple[Segment, ...]:
    return tuple(Segment(i, s.paragraph, s.start, s.end, s.source) for i, s in enumerate(states))


def restore(document: Document, data: ProjectData | None) -> tuple[tuple[SegmentState, ...], int]:
    """The document's segment states with the saved work put back, and the saved cursor.

    When the source changed since the save, targets follow their source sentence (by text).
    """
    states = initial_states(document)
    if data is None:
        return states, 0
    if [s.source for s in states] == [s.source for s in data.segments]:
        merged = tuple(_carry(state, saved) for state, saved in zip(states, data.segments))
    else:
        saved = {s.source: s for s in data.segments if s.target or s.note}
        merged = tuple(_carry(state, saved.get(state.source)) for state in states)
    return merged, min(max(data.cursor, 0), max(len(merged) - 1, 0))


def _carry(state: SegmentState, saved: SegmentState | None) -> SegmentState:
    if saved is None:
        return state
    return dataclasses.replace(state, target=saved.target, status=saved.status, mt=saved.mt,
                               alternatives=saved.alternatives, note=saved.note, origin=saved.origin)


def open_source(path: Path | str, project_path: Path | str) -> tuple[Document, ProjectData | None]:
    """Read the source and its project: when the project matches the source byte for byte, its spans
    are reused (no sentence splitting, so a 5,000-segment reopen is instant)."""
    path = Path(path)
    try:
        text = decode_source(path.read_bytes(), str(path))
    except FileNotFoundError:
        raise WorkbenchError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise WorkbenchError(f"{path}: is a directory, expected a text file") from None
    data = load(project_path) if Path(project_path).exists() else None
    if data is not None and data.source_sha == text_sha(text) and data.segments:
        return document_from(text, data, str(path)), data
    return segment_text(text, path=str(path)), data


def save(path: Path | str, data: ProjectData) -> None:
    """Write the project atomically: the old file stays intact until the new one is complete."""
    write_bytes(Path(path), dumps(data))


RESCUED = "rescued"


def rescue(data: ProjectData) -> Path:
    """Write `data` as an emergency copy in the user data folder (`rescued/`), or in the temp folder when
    that cannot be written either; the name carries the time, so a copy never replaces another.

    Returns:
        The path written.
    Raises:
        WorkbenchError: neither folder could be written (one line naming both).
    """
    stem = f"{data.source_name or 'project'}.{data.tgt_lang}.{time.strftime('%Y%m%d-%H%M%S')}"
    problems = []
    for folder in (paths.data_dir() / RESCUED, Path(tempfile.gettempdir()) / f"workbench-{RESCUED}"):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = _unused(folder, stem)
            save(path, data)
            return path
        except OSError as exc:
            problems.append(f"{folder}: {exc.strerror or exc}")
    raise WorkbenchError("no emergency copy could be written: " + "; ".join(problems))


def _unused(folder: Path, stem: str) -> Path:
    names = (f"{stem}-{n}.xlf" if n else f"{stem}.xlf" for n in itertools.count())
    return next(folder / name for name in names if not (folder / name).exists())


def dumps(data: ProjectData) -> bytes:
    root = etree.Element(f"{_X}xliff", nsmap={None: NS, "wb": NS_WB},
                         version="2.0", srcLang=data.src_lang, trgLang=data.tgt_lang)
    file = etree.SubElement(root, f"{_X}file", id="f1", original=data.source_name)
    file.set(f"{_W}sha256", data.source_sha)
    file.set(f"{_W}cursor", str(data.cursor))
    file.set(f"{_W}model", data.model_id)
    for index, state in enumerate(data.segments):
        file.append(_unit(index, state))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _unit(index: int, state: SegmentState) -> etree._Element:
    unit = etree.Element(f"{_X}unit", id=f"s{index + 1}")
    for name in ("start", "end", "paragraph"):
        unit.set(f"{_W}{name}", str(getattr(state, name)))
    notes = [("workbench:mt", state.mt)] if state.mt else []
    notes += [("workbench:alternative", alt) for alt in state.alternatives]
    notes += [("workbench:note", state.note)] if state.note else []
    notes += [("workbench:origin", state.origin)] if state.origin else []
    if notes:
        holder = etree.SubElement(unit, f"{_X}notes")
        for category, text in notes:
            etree.SubElement(holder, f"{_X}note", category=category).text = text
    segment = etree.SubElement(unit, f"{_X}segment", state=_XLIFF_STATE[state.status],
                               subState=f"workbench:{state.status}")
    etree.SubElement(segment, f"{_X}source").text = state.source
    if state.target or state.status != NEW:
        etree.SubElement(segment, f"{_X}target").text = state.target
    return unit


def load(path: Path | str) -> ProjectData:
    """Read a project file; a broken or foreign file is a one-line WorkbenchError naming it."""
    path = Path(path)
    try:
        root = xmlsafe.parse(path.read_bytes(), str(path))
    except GlossaryError as exc:
        raise WorkbenchError(f"{path}: not a readable project file: {exc}") from None
    except OSError as exc:
        raise WorkbenchError(f"{path}: cannot read: {exc.strerror}") from None
    file = root.find(f"{_X}file")
    if root.tag != f"{_X}xliff" or file is None:
        raise WorkbenchError(f"{path}:{root.sourceline}: not an XLIFF 2.0 project (no <xliff><file>)")
    segments = tuple(_state(unit, path) for unit in file if unit.tag == f"{_X}unit")
    return ProjectData(file.get("original", ""), file.get(f"{_W}sha256", ""), root.get("srcLang", "en"),
                       root.get("trgLang", ""), segments, _int(file, "cursor", path), file.get(f"{_W}model", ""))


def _state(unit: etree._Element, path: Path) -> SegmentState:
    # One pass over the unit's children (find/iter per field cost more than the parse on 5,000 units).
    segment = notes_el = None
    for child in unit:
        if child.tag == _SEGMENT:
            segment = child
        elif child.tag == _NOTES:
            notes_el = child
    source = target = None
    for child in (segment if segment is not None else ()):
        if child.tag == _SOURCE:
            source = child
        elif child.tag == _TARGET:
            target = child
    if source is None:
        raise WorkbenchError(f"{path}:{unit.sourceline}: unit without <segment><source>")
    status = (segment.get("subState") or "").removeprefix("workbench:")
    if status not in STATUSES:
        status = _FROM_XLIFF_STATE.get(segment.get("state", ""), NEW)
    notes: dict[str, list[str]] = {}
    for note in (notes_el if notes_el is not None else ()):
        notes.setdefault(note.get("category", ""), []).append(note.text or "")
    return SegmentState(
        source=source.text or "", start=_int(unit, "start", path),
        end=_int(unit, "end", path), paragraph=_int(unit, "paragraph", path),
        target=(target.text or "") if target is not None else "", status=status,
        mt=notes.get("workbench:mt", [""])[0], alternatives=tuple(notes.get("workbench:alternative", ())),
        note=notes.get("workbench:note", [""])[0], origin=notes.get("workbench:origin", [""])[0])


def _int(element: etree._Element, name: str, path: Path) -> int:
    value = element.get(f"{_W}{name}", "0")
    try:
        return int(value)
    except ValueError:
        raise WorkbenchError(f"{path}:{element.sourceline}: wb:{name}={value!r} is not a number") from None


def _raw_offset(text: str, start: int, end: int, cleaned_prefix: str) -> int:
    """The offset in text[start:end] just after the characters of `cleaned_prefix` (that span's text with
    its whitespace runs made single spaces): the same non-space characters, counted."""
    wanted = len(cleaned_prefix) - cleaned_prefix.count(" ")
    position = start
    while wanted > 0 and position < end:
        wanted -= not text[position].isspace()
        position += 1
    return position


class ProjectLock:
    """An advisory lock on `<project>.lock`; the kernel drops it when the holder dies (even kill -9).

    A clean release removes the file while still holding the lock; a second instance that opened the
    file just before checks, once it holds the lock, that the path still names that same file (and
    tries again otherwise), so two instances can never both hold a lock.
    """

    def __init__(self, project_path: Path | str) -> None:
        self.path = Path(f"{project_path}.lock")
        self._fd: int | None = None

    def acquire(self) -> bool:
        """True when this process now holds the lock; False when another live process does."""
        try:
            import fcntl
        except ImportError:  # no flock (Windows): no protection rather than a false "locked"
            return True
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                return False
            if self._still_named(fd):
                break
            os.close(fd)  # the holder removed it on release: lock the file that is there now
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd
        return True

    def _still_named(self, fd: int) -> bool:
        try:
            return os.path.samestat(os.fstat(fd), os.stat(self.path))
        except FileNotFoundError:
            return False

    def holder(self) -> str:
        """The pid written by the holder ("" when unknown)."""
        try:
            return self.path.read_text().strip()
        except OSError:
            return ""

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            if self._still_named(self._fd):
                self.path.unlink()  # while holding it: see the class docstring
        except OSError:
            pass  # a folder gone or read-only: the stale file is harmless (flock is what counts)
        os.close(self._fd)  # closing drops the flock
        self._fd = None


class Project:
    """The open project: the document, one SegmentState per segment, the cursor and a change counter.

    Mutated only by the UI thread; `snapshot()` hands a frozen copy to a saver thread. `version`
    counts changes and `saved_version` the last one written, so "unsaved" is derived, not stored.
    """

    def __init__(self, document: Document, locale: str, path: Path | str,
                 data: ProjectData | None = None, read_only: bool = False) -> None:
        self.document = document
        self.locale = locale
        self.path = Path(path)
        self.read_only = read_only
        states, self.cursor = restore(document, data)
        self.states = list(states)
        self.model_id = data.model_id if data else ""
        self.version = 0
        self.saved_version = 0

    def __len__(self) -> int:
        return len(self.states)

    @property
    def unsaved(self) -> bool:
        return self.version != self.saved_version

    def update(self, index: int, **changes) -> SegmentState:
        """Replace fields of segment `index` (a no-op change does not count as an edit)."""
        old = self.states[index]
        new = dataclasses.replace(old, **changes)
        if new != old:
            self.states[index] = new
            self.version += 1
        return new

    def set_target(self, index: int, text: str) -> SegmentState:
        """The translator typed: the target becomes `text`, the status edited (unless unchanged)."""
        if self.states[index].target == text:
            return self.states[index]
        return self.update(index, target=text, status=EDITED, origin="")

    def apply_mt(self, index: int, target: str, mt: str, alternatives: tuple[str, ...],
                 force: bool = False, tm_status: str | None = None) -> bool:
        """Fill a segment with MT, or (with `tm_status`, the memory entry's status) an exact TM match; human
        work (edited, confirmed) is kept unless `force`."""
        if self.states[index].status in (EDITED, CONFIRMED) and not force:
            if tm_status is None:
                self.update(index, mt=mt, alternatives=alternatives)
            return False
        self.update(index, target=target, status=TM if tm_status is not None else MT, mt=mt,
                    alternatives=alternatives, origin=tm_status or "")
        return True

    def join(self, index: int) -> SegmentState:
        """Merge segment `index` with the next one of its paragraph: one source span, the targets joined."""
        if index + 1 >= len(self.states) or self.states[index].paragraph != self.states[index + 1].paragraph:
            raise WorkbenchError("only a segment and the next one in the same paragraph can be joined")
        a, b = self.states[index], self.states[index + 1]
        target = " ".join(t for t in (a.target, b.target) if t)
        merged = SegmentState(" ".join(self.document.text[a.start:b.end].split()), a.start, b.end, a.paragraph,
                              target, EDITED if target else NEW, note=" ".join(n for n in (a.note, b.note) if n))
        self._resegment(index, 2, [merged])
        return merged

    def split(self, index: int, source_at: int, target_at: int) -> tuple[SegmentState, SegmentState]:
        """Cut segment `index` in two: its source after `source_at` characters of its text, its target
        at offset `target_at`. A part left without a target is new again (for MT)."""
        state, text = self.states[index], self.document.text
        cut = _raw_offset(text, state.start, state.end, state.source[:source_at])
        first_end = state.start + len(text[state.start:cut].rstrip())
        second_start = cut + len(text[cut:state.end]) - len(text[cut:state.end].lstrip())
        if first_end <= state.start or second_start >= state.end:
            raise WorkbenchError("put the cursor inside the source sentence, not at its start or end")
        parts = []
        for start, end, target in ((state.start, first_end, state.target[:target_at].strip()),
                                   (second_start, state.end, state.target[target_at:].strip())):
            parts.append(SegmentState(" ".join(text[start:end].split()), start, end, state.paragraph,
                                      target, EDITED if target else NEW))
        self._resegment(index, 1, parts)
        return parts[0], parts[1]

    def _resegment(self, index: int, count: int, states: list[SegmentState]) -> None:
        self.states[index:index + count] = states
        self.document = dataclasses.replace(self.document, segments=_segments(self.states))
        self.cursor = index
        self.version += 1

    def move(self, cursor: int) -> None:
        cursor = min(max(cursor, 0), max(len(self.states) - 1, 0))
        if cursor != self.cursor:
            self.cursor = cursor
            self.version += 1

    def pending(self) -> list[int]:
        """Segments still waiting for MT."""
        return [i for i, s in enumerate(self.states) if s.status == NEW]

    def confirmed(self) -> int:
        return sum(1 for s in self.states if s.status == CONFIRMED)

    def snapshot(self) -> ProjectData:
        text = ("\ufeff" if self.document.bom else "") + self.document.text
        return ProjectData(Path(self.document.path or "").name, text_sha(text), "en", self.locale,
                           tuple(self.states), self.cursor, self.model_id)

    def target_text(self, confirmed_only: bool = False) -> str:
        """The translated document: untranslated segments keep their source text; with `confirmed_only`,
        segments not confirmed are left out (and the blank lines they leave are closed up)."""
        if not confirmed_only:
            return self.document.rebuild([s.target or s.source for s in self.states])
        text = self.document.rebuild([s.target if s.status == CONFIRMED else "" for s in self.states])
        lines = [line.rstrip() for line in text.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + ("\n" if text.endswith("\n") else "")
