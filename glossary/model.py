"""The glossary nouns as small frozen dataclasses: Glossary, Entry, LocaleTerms, Term, MatchOptions.

Everything else in the glossary package (loader, lint, formats, matcher) transforms these.
They carry no behaviour that needs I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Iterable, Mapping

SCHEMA_VERSION = 1

# Russian grammatical cases in pymorphy3's tag names; explicit forms in the YAML use these keys.
RU_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def _frozen_map(items: Mapping | Iterable | None) -> Mapping:
    return MappingProxyType(dict(items or {}))


@dataclass(frozen=True)
class Term:
    """One target-language term and the grammar hints morphology needs.

    Attributes:
        text: the term in its dictionary (nominative singular) form.
        indeclinable: never inflects (КНДР, ЦТАК).
        inflect: 1-based positions of the words that inflect in a multiword term
            (Председатель Государственных дел КНДР -> (1,)); None lets the morphology decide.
        forms: explicit inflected forms by case/number key (gent, datv, ..., plur_gent) for
            names a dictionary does not know (Ким Чен Ын -> gent: Ким Чен Ына).
    """

    text: str
    indeclinable: bool = False
    inflect: tuple[int, ...] | None = None
    forms: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        if not isinstance(self.forms, MappingProxyType):
            object.__setattr__(self, "forms", _frozen_map(self.forms))

    @property
    def has_hints(self) -> bool:
        return self.indeclinable or self.inflect is not None or bool(self.forms)

    def hints(self) -> dict:
        """The grammar hints as plain data (only those set), as the YAML and TBX formats write them."""
        data: dict = {}
        if self.indeclinable:
            data["indeclinable"] = True
        if self.inflect is not None:
            data["inflect"] = list(self.inflect)
        if self.forms:
            data["forms"] = dict(self.forms)
        return data


@dataclass(frozen=True)
class LocaleTerms:
    """What one target locale requires for an entry."""

    preferred: Term
    admitted: tuple[Term, ...] = ()
    deprecated: tuple[str, ...] = ()
    note: str | None = None

    @property
    def accepted(self) -> tuple[Term, ...]:
        """The preferred term first, then the admitted ones."""
        return (self.preferred, *self.admitted)


@dataclass(frozen=True)
class MatchOptions:
    """How an entry's terms are found: its source forms in English text (case_sensitive, whole_word), and
    its target terms in a translation (target_case: letter case must be as written; by default a target
    term matches in either case, so "председатель" holds "Председатель ...", as Russian style writes it)."""

    case_sensitive: bool = True
    whole_word: bool = True
    target_case: bool = False


@dataclass(frozen=True)
class Entry:
    """One concept: its English source forms and its required rendering per target locale.

    Attributes:
        id: stable identifier (a string, never a YAML boolean).
        sources: source forms, the first preferred.
        targets: locale tag (BCP 47, e.g. "ko", "ko-KP", "ru") -> LocaleTerms.
        subject: what the concept is (person, title, place...); pos: its part of speech (noun, verb...;
            Google's glossary CSV column, TBX partOfSpeech).
        line: 1-based line of the entry in its file (0 when not loaded from a file).
    """

    id: str
    sources: tuple[str, ...]
    targets: Mapping[str, LocaleTerms] = field(default_factory=lambda: MappingProxyType({}))
    match: MatchOptions = MatchOptions()
    do_not_translate: bool = False
    subject: str | None = None
    pos: str | None = None
    note: str | None = None
    reference: str | None = None
    line: int = 0

    def __post_init__(self) -> None:
        if not isinstance(self.targets, MappingProxyType):
            object.__setattr__(self, "targets", _frozen_map(self.targets))

    @property
    def source(self) -> str:
        """The preferred source form."""
        return self.sources[0]

    def for_locale(self, locale: str) -> LocaleTerms | None:
        """The terms for `locale`, falling back along the BCP 47 tag (ko-KP -> ko)."""
        for tag in fallback_chain(locale):
            found = self.targets.get(tag)
            if found is not None:
                return found
        return None


@dataclass(frozen=True)
class Glossary:
    """A loaded glossary file (or a merge of several)."""

    name: str
    entries: tuple[Entry, ...]
    source_language: str = "en"
    target_languages: tuple[str, ...] = ()
    schema_version: int = SCHEMA_VERSION
    path: str | None = None
    description: str | None = None

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> Entry | None:
        return self._index().get(entry_id)

    def _index(self) -> Mapping[str, Entry]:
        cached = self.__dict__.get("_by_id")
        if cached is None:
            cached = {entry.id: entry for entry in self.entries}
            object.__setattr__(self, "_by_id", cached)
        return cached

    def covers(self, locale: str) -> bool:
        """Whether any entry has terms for `locale` (with fallback: ko covers ko-KP)."""
        chain = fallback_chain(locale)
        return any(tag in entry.targets for entry in self.entries for tag in chain)

    def with_entries(self, entries: Iterable[Entry]) -> "Glossary":
        return replace(self, entries=tuple(entries))


def merge(glossaries: Iterable[Glossary]) -> Glossary:
    """Merge glossaries in order; a later entry replaces an earlier one with the same id."""
    glossaries = list(glossaries)
    if not glossaries:
        return Glossary(name="(empty)", entries=())
    by_id: dict[str, Entry] = {}
    locales: list[str] = []
    for glossary in glossaries:
        for entry in glossary.entries:
            by_id.pop(entry.id, None)
            by_id[entry.id] = entry
        locales.extend(tag for tag in glossary.target_languages if tag not in locales)
    if len(glossaries) == 1:
        return glossaries[0]
    name = " + ".join(g.name for g in glossaries)
    return Glossary(name=name, entries=tuple(by_id.values()), source_language=glossaries[0].source_language,
                    target_languages=tuple(locales))


def fallback_chain(locale: str) -> tuple[str, ...]:
    """"ko-KP" -> ("ko-KP", "ko"); "ru" -> ("ru",). Case-insensitive on input, canonical on output."""
    parts = locale.replace("_", "-").split("-")
    chain = []
    for end in range(len(parts), 0, -1):
        chain.append(canonical_tag("-".join(parts[:end])))
    return tuple(chain)


def canonical_tag(tag: str) -> str:
    """Canonical BCP 47 casing: language lower, script title, region upper ("ko-kp" -> "ko-KP")."""
    parts = tag.replace("_", "-").split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 2 or (len(part) == 3 and part.isdigit()):
            out.append(part.upper())
        elif len(part) == 4:
            out.append(part.title())
        else:
            out.append(part.lower())
    return "-".join(out)
