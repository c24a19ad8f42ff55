"""Putting a glossary term into a target at the translator's cursor, in the right grammatical shape.

The term goes in at the cursor; only a selection is replaced. Russian: the case is the one enforcement
would choose there (russian.replace_with: the replaced span's own case, else what the governing word
calls for: "в " + Пхеньян -> "в Пхеньяне"). Korean: the particle after the term is fitted to its last
syllable ("북조선을" with 북조선 selected + 평양 -> "평양을"); a particle at the end of the selection is kept
and refitted, but a glossary term's own last syllable is never taken for one (김정은 ends in 은, and so
does 김정은 selected to become 김정은 국무위원장). No space
goes after an opening bracket or quote. No UI here; the TUI calls insert_term with a TextArea's text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from glossary.model import Term
from workbench.terms.lang import rules_for

_OPENING = "([{«„“‘‹<"
_QUOTES = "\"'"


@dataclass(frozen=True)
class Inserted:
    """The new target and the cursor offset just after the inserted term."""

    text: str
    cursor: int


def insert_term(target: str, cursor: int, term: Term | str, locale: str,
                selection: tuple[int, int] | None = None, terms: Iterable[str] = ()) -> Inserted:
    """Insert `term` at `cursor`, or in place of `selection` when it is not empty.

    Args:
        target: the whole target text.
        cursor: an offset into `target`.
        selection: (start, end) offsets of selected text to replace, if any.
        terms: the glossary's target-language terms: a selection ending with one has no particle to keep.
    """
    term = term if isinstance(term, Term) else Term(term)
    if selection and selection[0] != selection[1]:
        start, end = min(selection), max(selection)
    else:
        start = end = min(max(cursor, 0), len(target))
    language = locale.split("-")[0].lower()
    if language == "ko" and start != end:
        return _korean(target, start, end, term, terms)
    if language == "ru":
        return _russian(target, start, end, term)
    return _put(target, start, end, term.text)


def _put(target: str, start: int, end: int, text: str) -> Inserted:
    """`text` in place of [start, end), with a space on each side where words would otherwise touch
    (none after an opening bracket or quote)."""
    before, after = target[:start], target[end:]
    if before and not before[-1].isspace() and not _opens(before):
        text = " " + text
    if after and (after[0].isalnum() or after[0] in _OPENING):
        text = text + " "
    return Inserted(before + text + after, len(before) + len(text.rstrip(" ")))


def _opens(before: str) -> bool:
    """True when `before` ends with an opening bracket or quote (a straight quote opens after a space)."""
    last = before[-1]
    if last in _QUOTES:
        return len(before) == 1 or before[-2].isspace() or before[-2] in _OPENING
    return last in _OPENING


def _korean(target: str, start: int, end: int, term: Term, terms: Iterable[str]) -> Inserted:
    from workbench.terms import korean

    selected = target[start:end]
    stem_end = end
    if selected not in term.text and not any(selected.endswith(known) for known in terms):
        # a case particle ending the selected word is moved off it, then re-fitted to the new term
        stem_end = end - len(korean.case_particle(selected, term.text))
    occurrence = korean.Occurrence(start, stem_end, target[start:stem_end])
    return Inserted(korean.replace_with(target, occurrence, term), start + len(term.text))


def _russian(target: str, start: int, end: int, term: Term) -> Inserted:
    russian = rules_for("ru")
    new = russian.replace_with(target, russian.Occurrence(start, end, target[start:end], None, None), term)
    form = new[start:len(new) - (len(target) - end)]
    if start == end:
        return _put(target, start, end, form)
    return Inserted(new, start + len(form))
