"""The column contract of spreadsheet glossaries (CSV, TSV, XLSX): rows of cells -> a Glossary.

Header row: language columns plus the optional columns `id`, `note`, `subject`, `pos` and
`description` (any order, any case; Google Cloud Translation's glossary CSV is `en,ko,ru,pos,description`).
A language column is whatever glossary.locales folds: `en`, `ru-RU`, `ko_KR`, `rus`, `Russian`,
`Русский`, `한국어`. The source language is English (a header without it is an error); the other
languages must be ones `--to` selects (ko, ko-KP, ru): any other language, and any column that is
no language at all, is skipped with one warning naming it. A near miss of a language name
("Rusian") is an error with "did you mean". `description` ends up in the entry's note, `pos` in Entry.pos.

Cells: synonyms separated by `;`, the first preferred (write `\\;` for a semicolon inside a term);
an empty cell means no term in that language. Two-column form: a `source,target` header (or no
header at all) with the target language given separately (`--to ko`).
"""

from __future__ import annotations

import re
from pathlib import Path

from glossary import locales
from glossary.errors import GlossaryError
from glossary.formats import unique_ids
from glossary.model import Entry, Glossary, LocaleTerms, MatchOptions, Term

RESERVED = ("id", "note", "subject", "pos", "description")
SOURCE = "en"
_SPLIT = re.compile(r"(?<!\\);")
_SKIP = ""  # the column name of a skipped column

Rows = list[tuple[int, list[str]]]  # (line or row number, stripped cells) of every non-blank row


class Table:
    """Turns rows into a Glossary, naming the line of every problem; `warnings` says what was skipped."""

    def __init__(self, path: str | None, target: str | None, what: str = "header") -> None:
        self.path = path
        self.target = target
        self.what = what
        self.warnings: list[str] = []

    def glossary(self, rows: Rows) -> Glossary:
        if not rows:
            raise GlossaryError(f"empty (expected a {self.what} row of languages)", self.path, 1)
        columns, data = self._columns(rows)
        languages = [name for name in columns if name not in RESERVED and name != _SKIP]
        records = [(line, dict(zip(columns, cells))) for line, cells in data]
        sources = [self._sources(line, row) for line, row in records]
        self._check_ids([(row.get("id", ""), line) for line, row in records])
        ids = unique_ids([row.get("id", "") for _, row in records], [forms[0] for forms in sources])
        entries = [self._entry(line, row, entry_id, forms)
                   for (line, row), entry_id, forms in zip(records, ids, sources)]
        return Glossary(name=Path(self.path).stem if self.path else "glossary", entries=tuple(entries),
                        source_language=SOURCE, target_languages=tuple(t for t in languages if t != SOURCE),
                        path=self.path)

    def _columns(self, rows: Rows) -> tuple[list[str], Rows]:
        line, header = rows[0]
        while header and not header[-1]:  # a spreadsheet pads rows to the sheet's width
            header = header[:-1]
        if [cell.casefold() for cell in header] == ["source", "target"]:
            return [SOURCE, self._need_target(line)], self._sized(rows[1:], 2)
        named = [_column(cell) for cell in header]
        if self.target and len(header) == 2 and all(kind == "unknown" for kind, _ in named):
            return [SOURCE, self.target], self._sized(rows, 2)  # no header: source,target pairs
        columns = [self._name(cell, kind, name, line) for cell, (kind, name) in zip(header, named)]
        self._check_header(header, columns, line)
        return columns, self._sized(rows[1:], len(columns))

    def _name(self, cell: str, kind: str, name, line: int) -> str:
        """The column's name (a reserved word or a folded tag), _SKIP (with a warning) or an error."""
        if kind in ("reserved", "language"):
            return name
        if kind == "near-miss":
            raise GlossaryError(f"column '{cell}': {name}", self.path, line)
        reason = name if kind == "other-language" else "not a language nor one of " + ", ".join(RESERVED)
        self.warnings.append(f"column '{cell}' skipped: {reason}" if cell else "a column without a header "
                             "skipped")
        return _SKIP

    def _need_target(self, line: int) -> str:
        if not self.target:
            raise GlossaryError("a source,target file needs the target language (--to LOCALE)", self.path, line)
        return self.target

    def _check_header(self, header: list[str], columns: list[str], line: int) -> None:
        for cell, name in zip(header, columns):
            if name != _SKIP and columns.count(name) > 1:
                same = f" ('{cell}' is '{name}')" if cell != name else ""
                raise GlossaryError(f"column '{name}' appears twice{same}", self.path, line)
        if SOURCE not in columns:
            found = [name for name in columns if name not in RESERVED and name != _SKIP]
            detail = f"languages found: {', '.join(found)}" if found else "no language column"
            raise GlossaryError(f"no English (source) column in the {self.what} ({detail}); name it en, "
                                "English or en-US (a two-column source,target file needs --to LOCALE)",
                                self.path, line)

    def _sized(self, rows: Rows, width: int) -> Rows:
        for line, cells in rows:
            if len(cells) > width and any(cells[width:]):
                raise GlossaryError(f"{len(cells)} cells but the {self.what} has {width} columns", self.path, line)
        return [(line, (cells + [""] * width)[:width]) for line, cells in rows]

    def _sources(self, line: int, row: dict[str, str]) -> list[str]:
        sources = split(row[SOURCE])
        if not sources:
            raise GlossaryError(f"no {SOURCE} term in this row", self.path, line)
        return sources

    def _entry(self, line: int, row: dict[str, str], entry_id: str, sources: list[str]) -> Entry:
        targets = {}
        for tag, cell in row.items():
            terms = split(cell) if tag not in RESERVED and tag not in (SOURCE, _SKIP) else []
            if terms:
                targets[tag] = LocaleTerms(Term(terms[0]), tuple(Term(t) for t in terms[1:]))
        return Entry(id=entry_id, sources=tuple(sources), targets=targets, subject=row.get("subject") or None,
                     pos=row.get("pos") or None, note=_note(row), line=line)

    def _check_ids(self, ids: list[tuple[str, int]]) -> None:
        seen: dict[str, int] = {}
        for entry_id, line in ids:
            if entry_id in seen:
                raise GlossaryError(f"duplicate entry id '{entry_id}' (first at line {seen[entry_id]})",
                                    self.path, line)
            if entry_id:
                seen[entry_id] = line


def folded_target(target: str | None) -> str | None:
    """The target language of a two-column file as given (`--to`), folded; GlossaryError when none."""
    try:
        return locales.fold_target(target) if target else None
    except locales.LocaleError as exc:
        raise GlossaryError(f"--to: {exc}") from None


def _column(cell: str) -> tuple[str, str | None]:
    """(kind, name): reserved, language (a tag), other-language (why skipped), near-miss (the error), unknown."""
    if cell.casefold() in RESERVED:
        return "reserved", cell.casefold()
    try:
        tag = locales.fold(cell)
    except locales.LocaleError as exc:
        return ("near-miss", str(exc)) if exc.suggestion else ("unknown", None)
    problem = locales.target_problem(tag) if tag != SOURCE else None
    return ("other-language", problem) if problem else ("language", tag)


def _note(row: dict[str, str]) -> str | None:
    """The note and Google's description in one note."""
    return "; ".join(part for part in (row.get("note"), row.get("description")) if part) or None


def dropped(glossary: Glossary) -> dict[str, int]:
    """What a table (CSV, TSV, XLSX) cannot carry of `glossary`, counted (only what is there)."""
    entries = glossary.entries
    locales = [terms for entry in entries for terms in entry.targets.values()]
    counts = {
        "deprecated forms": sum(len(terms.deprecated) for terms in locales),
        "terms' grammar hints (forms, indeclinable, inflect)": sum(
            term.has_hints for terms in locales for term in terms.accepted),
        "per-language notes": sum(terms.note is not None for terms in locales),
        "references": sum(entry.reference is not None for entry in entries),
        "match options and do_not_translate": sum(
            entry.do_not_translate or entry.match != MatchOptions() for entry in entries),
    }
    return {what: count for what, count in counts.items() if count}


def split(cell: str) -> list[str]:
    """The synonyms of a cell, first preferred, without repeats."""
    if ";" not in cell:  # the common case: one term (cells are stripped already)
        return [cell] if cell else []
    terms = (part.strip().replace("\\;", ";") for part in _SPLIT.split(cell))
    return list(dict.fromkeys(term for term in terms if term))


def join(terms) -> str:
    return "; ".join(term.replace(";", "\\;") for term in terms)


def locales_of(glossary: Glossary) -> list[str]:
    """The glossary's target locales: the declared ones first, then any other an entry uses."""
    found = [tag for entry in glossary.entries for tag in entry.targets]
    return list(dict.fromkeys([*glossary.target_languages, *found]))
