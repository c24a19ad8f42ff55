"""Putting a glossary term into a target at the translator's cursor, in the right grammatical shape.

Russian: the replaced word's case (or, when inserting between words, the case the context governs)
is kept: "в Пьонгянге" + Пхеньян -> "в Пхеньяне". Korean: the particle after the replaced word is
matched to the term's last syllable: "북조선은" + 조선민주주의인민공화국 -> "조선민주주의인민공화국은".
No UI here; the TUI calls insert_term with a TextArea's text, cursor offset and selection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from glossary.model import Term
from workbench.terms.lang import rules_for

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# Korean particles that may end a word the term replaces, longest first (kept, then re-fitted).
_KO_PARTICLES = sorted("""에서는 에서도 에게는 으로는 으로서 으로써 이라고 이라는 에서 에게 까지 부터 으로 처럼 보다
은 는 이 가 을 를 과 와 의 에 도 로 만""".split(), key=len, reverse=True)


@dataclass(frozen=True)
class Inserted:
    """The new target and the cursor offset just after the inserted term."""

    text: str
    cursor: int


def insert_term(target: str, cursor: int, term: Term | str, locale: str,
                selection: tuple[int, int] | None = None) -> Inserted:
    """Insert `term` at `cursor`, replacing the selection or else the word under the cursor.

    Args:
        target: the whole target text.
        cursor: an offset into `target`.
        selection: (start, end) offsets of selected text to replace, if any.
    """
    term = term if isinstance(term, Term) else Term(term)
    start, end = _span(target, cursor, selection)
    language = locale.split("-")[0].lower()
    if language == "ko":
        return _korean(target, start, end, term)
    if language == "ru":
        return _russian(target, start, end, term)
    return _plain(target, start, end, term.text)


def _span(target: str, cursor: int, selection: tuple[int, int] | None) -> tuple[int, int]:
    if selection and selection[0] != selection[1]:
        return min(selection), max(selection)
    cursor = min(max(cursor, 0), len(target))
    for match in _WORD.finditer(target):
        if match.start() <= cursor <= match.end():
            return match.start(), match.end()
    return cursor, cursor


def _plain(target: str, start: int, end: int, text: str) -> Inserted:
    before, after = target[:start], target[end:]
    if before and not before[-1].isspace() and start == end:
        text = " " + text
    if after and after[0].isalnum():
        text = text + " "
    return Inserted(before + text + after, len(before) + len(text.rstrip(" ")))


def _korean(target: str, start: int, end: int, term: Term) -> Inserted:
    from workbench.terms import korean

    word = target[start:end]
    stem_end = end
    for particle in _KO_PARTICLES:
        if word.endswith(particle) and len(word) > len(particle) and re.fullmatch(r"[가-힣]+", particle):
            stem_end = end - len(particle)
            break
    if start == end:
        return _plain(target, start, end, term.text)
    occ = korean.Occurrence(start, stem_end, target[start:stem_end])
    text = korean.replace_with(target, occ, term)
    return Inserted(text, start + len(term.text))


def _russian(target: str, start: int, end: int, term: Term) -> Inserted:
    russian = rules_for("ru")
    if start == end:
        governed = russian.context_cases(target, start)
        form = russian.inflect(term, governed[0]) if governed else term.text
        return _plain(target, start, end, form)
    occ = russian.Occurrence(start, end, target[start:end], None, None)
    text = russian.replace_with(target, occ, term)
    inserted = len(text) - (len(target) - end) - start
    return Inserted(text, start + inserted)
