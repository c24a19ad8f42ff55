"""CSV and TSV glossaries as "equivalent term sets": one entry per row, one column per language.

Header row: BCP 47 language tags (en, ko, ko-KP, ru) plus the optional columns `id`, `note` and
`subject` (any order; these three names are reserved, so write Indonesian as id-ID). The source
language is `en` when there is such a column, else the first language column. Within a cell,
synonyms are separated by `;`, the first preferred ("DPRK; Democratic People's Republic of Korea");
write `\\;` for a semicolon inside a term. An empty cell means no term in that language.

Two-column form: a `source,target` header (or no header at all) with the target language given
separately (CsvFormat(target="ko"), on the command line `--to ko`); the source language is en.

UTF-8 with or without a BOM. CSV cannot carry deprecated terms, per-language notes, grammar hints,
match options, references or the glossary's name (taken from the file name): use TBX or YAML.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from pathlib import Path

from glossary.errors import GlossaryError
from glossary.formats import Format, decode_utf8, unique_ids
from glossary.model import Entry, Glossary, LocaleTerms, Term, canonical_tag
from glossary.schema import bcp47_problem

RESERVED = ("id", "note", "subject")
_SPLIT = re.compile(r"(?<!\\);")


class CsvFormat(Format):
    """Comma-separated equivalent term sets."""

    name = "csv"
    delimiter = ","
    options = ("target",)

    def __init__(self, target: str | None = None) -> None:
        problem = bcp47_problem(target) if target else None
        if problem:
            raise GlossaryError(problem)
        self.target = canonical_tag(target) if target else None

    def loads(self, data: bytes, path: str | None = None) -> Glossary:
        rows = self._rows(decode_utf8(data, path), path)
        if not rows:
            raise GlossaryError("empty file (expected a header row of language tags)", path, 1)
        return _Table(path, self.target).glossary(rows)

    def dumps(self, glossary: Glossary) -> bytes:
        out = io.StringIO()
        writer = csv.writer(out, delimiter=self.delimiter, lineterminator="\n")
        locales = _locales(glossary)
        writer.writerow(["id", glossary.source_language, *locales, "subject", "note"])
        for entry in glossary.entries:
            cells = [_join(entry.sources)]
            for tag in locales:
                terms = entry.targets.get(tag)
                cells.append(_join(term.text for term in terms.accepted) if terms else "")
            writer.writerow([entry.id, *cells, entry.subject or "", entry.note or ""])
        return out.getvalue().encode("utf-8")

    def _rows(self, text: str, path: str | None) -> list[tuple[int, list[str]]]:
        """(line, cells) of every non-blank row."""
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=self.delimiter, strict=True)
        rows = []
        try:
            for cells in reader:
                if any(cell.strip() for cell in cells):
                    rows.append((reader.line_num, [cell.strip() for cell in cells]))
        except csv.Error as exc:
            raise GlossaryError(f"malformed {self.name.upper()}: {exc}", path, reader.line_num) from None
        return rows


class TsvFormat(CsvFormat):
    """Tab-separated equivalent term sets (same rules as CSV)."""

    name = "tsv"
    delimiter = "\t"


class _Table:
    """Turns rows into a Glossary, naming the line of every problem."""

    def __init__(self, path: str | None, target: str | None) -> None:
        self.path = path
        self.target = target

    def glossary(self, rows: list[tuple[int, list[str]]]) -> Glossary:
        columns, data = self._columns(rows)
        languages = [name for name in columns if name not in RESERVED]
        source = "en" if "en" in languages else languages[0]
        entries = [self._entry(line, dict(zip(columns, cells)), source) for line, cells in data]
        self._check_ids(entries)
        ids = unique_ids([entry.id for entry in entries], [entry.source for entry in entries])
        entries = [replace(entry, id=entry_id) for entry, entry_id in zip(entries, ids)]
        return Glossary(name=Path(self.path).stem if self.path else "CSV glossary", entries=tuple(entries),
                        source_language=source, target_languages=tuple(t for t in languages if t != source),
                        path=self.path)

    def _columns(self, rows: list) -> tuple[list[str], list]:
        line, header = rows[0]
        if [cell.lower() for cell in header] == ["source", "target"]:
            return ["en", self._need_target(line)], self._sized(rows[1:], 2)
        problems = [cell for cell in header if cell.lower() not in RESERVED and bcp47_problem(cell)]
        if problems and self.target and len(header) == 2:
            return ["en", self.target], self._sized(rows, 2)  # no header: source,target pairs
        if problems:
            raise GlossaryError(f"column '{problems[0]}' is not a language tag (BCP 47, e.g. ko-KP) "
                                f"nor one of {', '.join(RESERVED)}; a two-column source,target file "
                                "needs the target language (--to LOCALE)", self.path, line)
        columns = [cell.lower() if cell.lower() in RESERVED else canonical_tag(cell) for cell in header]
        self._check_header(columns, line)
        return columns, self._sized(rows[1:], len(columns))

    def _need_target(self, line: int) -> str:
        if not self.target:
            raise GlossaryError("a source,target file needs the target language (--to LOCALE)", self.path, line)
        return self.target

    def _check_header(self, columns: list[str], line: int) -> None:
        twice = [name for name in columns if columns.count(name) > 1]
        if twice:
            raise GlossaryError(f"column '{twice[0]}' appears twice", self.path, line)
        if all(name in RESERVED for name in columns):
            raise GlossaryError("no language column in the header", self.path, line)

    def _sized(self, rows: list, width: int) -> list:
        for line, cells in rows:
            if len(cells) > width and any(cells[width:]):
                raise GlossaryError(f"{len(cells)} cells but the header has {width} columns", self.path, line)
        return [(line, (cells + [""] * width)[:width]) for line, cells in rows]

    def _entry(self, line: int, row: dict[str, str], source: str) -> Entry:
        sources = _split(row[source])
        if not sources:
            raise GlossaryError(f"no {source} term in this row", self.path, line)
        targets = {}
        for tag, cell in row.items():
            terms = _split(cell) if tag not in RESERVED and tag != source else []
            if terms:
                targets[tag] = LocaleTerms(Term(terms[0]), tuple(Term(t) for t in terms[1:]))
        return Entry(id=row.get("id", ""), sources=tuple(sources), targets=targets,
                     subject=row.get("subject") or None, note=row.get("note") or None, line=line)

    def _check_ids(self, entries: list[Entry]) -> None:
        seen: dict[str, int] = {}
        for entry in (entry for entry in entries if entry.id):
            if entry.id in seen:
                raise GlossaryError(f"duplicate entry id '{entry.id}' (first at line {seen[entry.id]})",
                                    self.path, entry.line)
            seen[entry.id] = entry.line


def _split(cell: str) -> list[str]:
    terms = (part.strip().replace("\\;", ";") for part in _SPLIT.split(cell))
    return list(dict.fromkeys(term for term in terms if term))


def _join(terms) -> str:
    return "; ".join(term.replace(";", "\\;") for term in terms)


def _locales(glossary: Glossary) -> list[str]:
    found = [tag for entry in glossary.entries for tag in entry.targets]
    return list(dict.fromkeys([*glossary.target_languages, *found]))
