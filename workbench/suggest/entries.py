"""Suggestions as output: the JSON Lines record (a stable shape, docs/glossary.md) and glossary entries
marked for review (`glossary suggest --output`), written through the glossary writers.

An entry's note starts with REVIEW and says where it comes from; its target terms are the most
frequent renderings as found (possibly inflected: a reviewer sets the dictionary form), the others
named in the locale's note. No target language is declared, so a locale left empty is no lint finding.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from glossary.formats import unique_ids
from glossary.model import Entry, Glossary, LocaleTerms, Term
from workbench.suggest import Suggestion

REVIEW = "REVIEW"
SUBJECTS = {"title": "title", "organisation": "organisation", "place": "place"}  # "name": person or place?
GLOSSARY_NAME = "Suggested entries (review before merging)"


def record(item: Suggestion) -> dict:
    """The --json object of one suggestion."""
    candidate = item.candidate
    return {"source": candidate.source, "count": candidate.count, "files": candidate.files,
            "kind": candidate.kind, "forms": list(candidate.forms), "examples": list(candidate.examples),
            "targets": {locale: [{"text": r.text, "count": r.count, "method": r.method} for r in renderings]
                        for locale, renderings in item.targets.items()}}


def review_glossary(items: Sequence[Suggestion], taken: Iterable[str] = ()) -> Glossary:
    """The suggestions as a glossary of entries to review; ids avoid `taken` (the glossary's own)."""
    taken = list(taken)
    ids = unique_ids([*taken, *([None] * len(items))], [""] * len(taken) +
                     [item.candidate.source for item in items])[len(taken):]
    entries = [_entry(entry_id, item) for entry_id, item in zip(ids, items)]
    return Glossary(name=GLOSSARY_NAME, entries=tuple(entries),
                    description="Candidates found by `workbench glossary suggest`; check each entry, "
                                "then merge it into your glossary.")


def _entry(entry_id: str, item: Suggestion) -> Entry:
    candidate = item.candidate
    note = (f"{REVIEW}: suggested from {candidate.count} occurrence(s) in {candidate.files} file(s), "
            f"e.g. “{candidate.examples[0]}”" if candidate.examples else f"{REVIEW}: suggested")
    targets = {locale: _terms(renderings) for locale, renderings in item.targets.items() if renderings}
    return Entry(id=entry_id, sources=candidate.forms, targets=targets, subject=SUBJECTS.get(candidate.kind),
                 note=note)


def _terms(renderings) -> LocaleTerms:
    best, others = renderings[0], renderings[1:]
    seen = sum(rendering.count for rendering in renderings)
    note = f"{REVIEW}: {best.count} of {seen} translated segment(s) by {best.method}; set the dictionary form"
    if others:
        note += "; also seen: " + ", ".join(f"{r.text} ({r.count})" for r in others)
    return LocaleTerms(Term(best.text), note=note)
