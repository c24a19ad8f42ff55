"""Lint rules for valid glossaries: problems the schema allows but a terminologist would fix.

Rules (code, name):
    W101 duplicate-id            two entries share an id (the later one silently wins on merge)
    W102 duplicate-source        the same English source form belongs to two entries
    W103 deprecated-is-accepted  a deprecated form equals the preferred or an admitted term
    W104 mixed-script            a word mixes Latin with Cyrillic/Greek/Hangul letters (homoglyphs)
    W105 missing-locale          an entry has no terms for a declared target language, even by fallback
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from glossary import bigcheck, yamlio
from glossary.gcpause import paused
from glossary.model import Entry, Glossary
from glossary.schema import Finding, GlossaryInvalid

RULES = {
    "W101": "duplicate-id",
    "W102": "duplicate-source",
    "W103": "deprecated-is-accepted",
    "W104": "mixed-script",
    "W105": "missing-locale",
}
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_QUOTES = str.maketrans("", "", "«»\"“”„'‘’")


def _folded(text: str) -> str:
    """A target term as the terminology check compares it: case, ё/е, quotes and spacing folded (so a
    deprecated «Ким Чен Ын» or "ким чён ын" is the accepted Ким Чен Ын)."""
    return " ".join(text.translate(_QUOTES).lower().replace("ё", "е").split())
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "HANGUL")
# Korean writes Latin acronyms into words (조선중앙TV, KBS뉴스): no Latin letter looks like a Hangul one.
_KOREAN_ACRONYM = re.compile(r"^(?:[A-Z]{2,}[가-힣]+|[가-힣]+[A-Z]{2,})$")

# (code, entry index, data path inside the entry, message)
_Raw = tuple[str, int, tuple, str]


def lint(glossary: Glossary, document=None) -> list[Finding]:
    """Every lint finding, in file order.

    Args:
        glossary: a loaded glossary.
        document: the yamlio.Document it came from, for exact line:column (else the entry's line).
    """
    with paused():
        raw = [*_duplicate_ids(glossary), *_duplicate_sources(glossary), *_deprecated_accepted(glossary),
               *_mixed_scripts(glossary), *_missing_locales(glossary)]
        findings = [_finding(glossary, document, item) for item in raw]
    return sorted(findings, key=lambda f: (f.line, f.column, f.code))


def check_file(path) -> list[Finding]:
    """Every problem of a glossary file in one run: YAML syntax, schema, tags and lint, in file order.

    A valid file loads by the fast path (or the cache); only findings need the exact path's node tree,
    for each finding's line and column. GlossaryError when the file cannot be read at all.
    """
    try:
        glossary = yamlio.load(path)
    except GlossaryInvalid as exc:
        if Path(path).stat().st_size >= bigcheck.MIN_BYTES:
            return list(exc.findings)  # a big file's entries, found without composing it whole
        try:
            document, findings = yamlio.checked(yamlio.read_text(path), path)
        except GlossaryInvalid as syntax:
            return list(syntax.findings)
        return sorted([*findings, *lint(document.glossary, document)], key=lambda f: (f.line, f.column))
    if not lint(glossary):
        return []
    document = yamlio.load_document(path)
    return lint(document.glossary, document)


def _finding(glossary: Glossary, document, item: _Raw) -> Finding:
    code, index, inner, message = item
    entry = glossary.entries[index]
    line, column = entry.line, 1
    if document is not None:
        line, column = document.locate(("entries", index, *inner))
    return Finding(glossary.path, line, column, message, code, RULES[code])


def _duplicate_ids(glossary: Glossary) -> Iterator[_Raw]:
    first: dict[str, Entry] = {}
    for index, entry in enumerate(glossary.entries):
        if entry.id in first:
            yield "W101", index, ("id",), f"id '{entry.id}' is already used at line {first[entry.id].line}"
        else:
            first[entry.id] = entry


def _duplicate_sources(glossary: Glossary) -> Iterator[_Raw]:
    seen: dict[str, tuple[Entry, str]] = {}
    for index, entry in enumerate(glossary.entries):
        for position, form in enumerate(entry.sources):
            earlier = seen.get(form.casefold())
            if earlier is None:
                seen[form.casefold()] = (entry, form)
                continue
            other, other_form = earlier
            clash = other_form == form or not (other.match.case_sensitive and entry.match.case_sensitive)
            if clash and other is not entry:
                yield ("W102", index, ("source", position),
                       f"source form '{form}' also belongs to entry '{other.id}' (line {other.line})")


def _deprecated_accepted(glossary: Glossary) -> Iterator[_Raw]:
    for index, entry in enumerate(glossary.entries):
        for tag, terms in entry.targets.items():
            accepted = {_folded(term.text) for term in terms.accepted}
            for position, form in enumerate(terms.deprecated):
                if _folded(form) in accepted:
                    yield ("W103", index, ("targets", tag, "deprecated", position),
                           f"'{form}' is both deprecated and accepted for {tag}")


def _mixed_scripts(glossary: Glossary) -> Iterator[_Raw]:
    for index, entry in enumerate(glossary.entries):
        for inner, text in _texts(entry):
            if text.isascii() or not _LATIN.search(text):
                continue  # the common cases: plain English, or a term without any Latin letter
            for word in text.split():
                scripts = _scripts(word)
                if len(scripts) > 1 and not _KOREAN_ACRONYM.match(word):
                    yield "W104", index, inner, _mixed_message(word, scripts)


def _texts(entry: Entry) -> Iterator[tuple[tuple, str]]:
    """Every string of an entry a reader would see, with its path inside the entry."""
    for position, form in enumerate(entry.sources):
        yield ("source", position), form
    for tag, terms in entry.targets.items():
        base = ("targets", tag)
        yield (*base, "preferred"), terms.preferred.text
        for key, form in terms.preferred.forms.items():
            yield (*base, "preferred", "forms", key), form
        for position, term in enumerate(terms.admitted):
            yield (*base, "admitted", position), term.text
        for position, form in enumerate(terms.deprecated):
            yield (*base, "deprecated", position), form


@lru_cache(maxsize=65536)
def _script(char: str) -> str | None:
    if not char.isalpha():
        return None
    name = unicodedata.name(char, "")
    return next((script for script in _SCRIPTS if name.startswith(script)), None)


def _scripts(word: str) -> dict[str, str]:
    """Script -> the letters of that script in `word` (only scripts that homoglyphs mix)."""
    found: dict[str, str] = {}
    for char in word:
        script = _script(char)
        if script:
            found[script] = found.get(script, "") + char
    return found


def _mixed_message(word: str, scripts: dict[str, str]) -> str:
    # The minority script is the likely intruder (Latin 'o' in 'Пхеньян').
    minority = min(scripts, key=lambda script: len(scripts[script]))
    letters = ", ".join(f"'{char}' U+{ord(char):04X}" for char in dict.fromkeys(scripts[minority]))
    return f"'{word}' mixes scripts ({' + '.join(sorted(scripts))}): {minority.lower()} {letters}"


def _missing_locales(glossary: Glossary) -> Iterator[_Raw]:
    for index, entry in enumerate(glossary.entries):
        if entry.do_not_translate:
            continue
        missing = [tag for tag in glossary.target_languages if entry.for_locale(tag) is None]
        if missing:
            yield ("W105", index, ("targets",) if entry.targets else (),
                   f"entry '{entry.id}' has no terms for {', '.join(missing)}")
