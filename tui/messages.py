"""App-wide messages, as past-tense dataclasses: workers and screens post them, the editor and app react.

Messages go up (a worker or a child widget reports what happened); attributes go down (the screen
sets widget attributes). Progress messages can replace each other in the queue so a fast worker
never floods the UI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textual.message import Message


class _Event(Message):
    """Base of our messages (Message.__post_init__ initialises dataclass messages)."""


@dataclass
class DocumentOpened(_Event):
    """The source was read and the saved project (if any) restored; `session` holds both (the App's worker
    posts it to the App, which takes the session)."""

    session: Any


@dataclass
class GlossaryLoaded(_Event):
    """The glossary (merged) and its QA for the locale of `session` are ready."""

    session: Any
    glossary: Any
    qa: Any


@dataclass
class GlossaryChanged(_Event):
    """A glossary file was saved with an entry added, changed or removed (in the TUI): the app
    reloads the session's glossary and the editor rechecks hits and QA marks of the document.

    Posted by whoever saved (the glossary screen, the editor's "add term from selection"); it bubbles
    up to the App.
    """

    path: Path


@dataclass
class ModelLoaded(_Event):
    """The translator is ready (model id and demo flag shown in the header)."""

    model_id: str
    is_demo: bool


@dataclass
class SegmentsTranslated(_Event):
    """MT (enforced) results: per index the target, raw MT, n-best texts and QA report."""

    indices: tuple[int, ...]
    targets: tuple[str, ...]
    mts: tuple[str, ...]
    alternatives: tuple[tuple[str, ...], ...]
    reports: tuple[Any, ...]
    replace_edited: bool = False
    tm_statuses: tuple[str | None, ...] = ()  # per index: the memory entry's status for a TM match, else None


@dataclass
class MTProgressed(_Event):
    """`done` of `total` segments translated; a newer progress message replaces an older queued one."""

    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, MTProgressed)


@dataclass
class MTFinished(_Event):
    """The MT worker ended: `cancelled` when the user stopped it; `seconds` of wall time."""

    done: int
    total: int
    seconds: float
    cancelled: bool = False


@dataclass
class QAChecked(_Event):
    """QA reports for segments checked in the background (restored projects, glossary changes)."""

    indices: tuple[int, ...]
    reports: tuple[Any, ...]


@dataclass
class TMMatched(_Event):
    """Fuzzy translation-memory matches for segment `index`."""

    index: int
    matches: tuple[Any, ...] = field(default_factory=tuple)


@dataclass
class ProjectSaved(_Event):
    """The project file was written (atomically) at `path`; `version` is the change counter saved."""

    path: str
    version: int


@dataclass
class SaveFailed(_Event):
    """An autosave of the project at `path` failed: `reason` is one line naming the file."""

    path: str
    reason: str
