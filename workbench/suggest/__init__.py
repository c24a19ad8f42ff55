"""Glossary suggestions (`workbench glossary suggest`, the editor's candidate list): names the glossary lacks.

    texts = inputs.read_texts(inputs.source_files(["news/"]))
    for item in suggest(texts, glossary, pairs=inputs.tm_pairs(None, "ru"), locales=["ru"]):
        print(item.candidate.source, item.candidate.count, item.targets["ru"])

Candidates: workbench.suggest.candidates (words, names); renderings: workbench.suggest.targets;
the JSON shape and the glossary entries written for review: workbench.suggest.entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Mapping, Sequence

if TYPE_CHECKING:  # the parts load on first use: `workbench glossary --help` need not import them
    from glossary.model import Glossary
    from workbench.suggest.candidates import Candidate
    from workbench.suggest.inputs import Pair, Text
    from workbench.suggest.targets import Rendering

DEFAULT_TOP = 50


@dataclass(frozen=True)
class Suggestion:
    """A candidate and, per target locale, how the translated segments at hand render it."""

    candidate: Candidate
    targets: Mapping[str, tuple[Rendering, ...]]


def suggest(texts: Sequence[Text], glossary: Glossary, *, pairs: Sequence[Pair] = (),
            aligners: Mapping[str, object | None] | None = None, locales: Sequence[str] | None = None,
            top: int = DEFAULT_TOP) -> list[Suggestion]:
    """The `top` best candidates of `texts` that `glossary` does not cover, with their renderings.

    Args:
        pairs: translated segments (TM, bilingual files) to read renderings from.
        aligners: locale -> Translator whose attention alignments place the renderings; a locale
            without one gets the transliteration heuristic.
        locales: the target locales to report (default: those of `pairs`).
    """
    from workbench.suggest.candidates import find_candidates
    from workbench.suggest.targets import propose

    candidates = find_candidates(texts, glossary)[:top]
    locales = list(locales) if locales is not None else sorted({pair.locale for pair in pairs})
    targets = propose(candidates, pairs, aligners or {}, locales)
    return [Suggestion(candidate, found) for candidate, found in zip(candidates, targets)]
