"""Shared bits of the suggest tests: texts from strings, small glossaries, the covered-by-one-entry check."""

from __future__ import annotations

from glossary import yamlio
from glossary.matcher import Matcher
from glossary.model import Entry, Glossary
from workbench.segment import segment_text
from workbench.suggest.candidates import find_candidates
from workbench.suggest.inputs import Text


def text(body: str, name: str = "a.txt") -> Text:
    return Text(name, tuple(segment.text for segment in segment_text(body).segments))


def glossary(*entries: tuple[str, str, str | None]) -> Glossary:
    """A glossary of (id, source, subject) entries without targets."""
    return Glossary("test", tuple(Entry(entry_id, (source,), subject=subject) for entry_id, source, subject in entries))


EMPTY = glossary()


def names(*bodies: str, using: Glossary = EMPTY) -> list[str]:
    """The suggested sources for texts (one file per body), best first."""
    return [c.source for c in find_candidates([text(body, f"{n}.txt") for n, body in enumerate(bodies)], using)]


def one_entry_spans(form: str, matcher: Matcher) -> bool:
    """The glossary covers `form`: one hit spans all of it (as `glossary find` would show it)."""
    return any(hit.start == 0 and hit.end == len(form) for hit in matcher.find(form))


def bundled() -> Glossary:
    return yamlio.load(yamlio.bundled_path())
