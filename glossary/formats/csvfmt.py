"""CSV and TSV glossaries as "equivalent term sets": one entry per row, one column per language.

The column contract (header, synonyms, two-column form) is glossary.formats.table's, shared with XLSX.
What is CSV's own: the bytes. UTF-8 with or without a BOM, or UTF-16 with a BOM (as some tools save
"Unicode text"); the delimiter of a .csv is found on the header line (`,`, `;` as a Russian-locale
Excel saves, or TAB), a .tsv is TAB-separated, and CsvFormat(delimiter=...) (`--delimiter`) says it
outright. CSV cannot carry deprecated terms, per-language notes, grammar hints, match options,
references or the glossary's name (taken from the file name): use TBX or YAML for those.
"""

from __future__ import annotations

import codecs
import csv
import io

from glossary.errors import GlossaryError
from glossary.formats import Format, decode_utf8
from glossary.formats.table import Rows, Table, dropped, folded_target, join, locales_of
from glossary.model import Glossary

DELIMITERS = (",", ";", "\t")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


class CsvFormat(Format):
    """Comma-separated equivalent term sets (`;`- and TAB-separated ones are recognised by their header)."""

    name = "csv"
    delimiter = ","
    detect = True
    options = ("target", "delimiter")

    def __init__(self, target: str | None = None, delimiter: str | None = None) -> None:
        super().__init__()
        self.target = folded_target(target)
        if delimiter is not None:
            self.delimiter, self.detect = _delimiter(delimiter), False

    def loads(self, data: bytes, path: str | None = None) -> Glossary:
        text = decode(data, path)
        delimiter = _sniff(text, self.delimiter) if self.detect else self.delimiter
        table = Table(path, self.target)
        glossary = table.glossary(_rows(text, delimiter, path, self.name))
        self.warnings.extend(table.warnings)
        return glossary

    def dropped(self, glossary: Glossary) -> dict[str, int]:
        return dropped(glossary)

    def dumps(self, glossary: Glossary) -> bytes:
        out = io.StringIO()
        writer = csv.writer(out, delimiter=self.delimiter, lineterminator="\n")
        for row in table_rows(glossary):
            writer.writerow(row)
        return out.getvalue().encode("utf-8")


class TsvFormat(CsvFormat):
    """Tab-separated equivalent term sets (same rules as CSV)."""

    name = "tsv"
    delimiter = "\t"
    detect = False


def table_rows(glossary: Glossary) -> list[list[str]]:
    """The header and one row per entry, as CSV and XLSX write them."""
    tags = locales_of(glossary)
    rows = [["id", glossary.source_language, *tags, "subject", "pos", "note"]]
    for entry in glossary.entries:
        cells = [join(term.text for term in entry.targets[tag].accepted) if tag in entry.targets else ""
                 for tag in tags]
        rows.append([entry.id, join(entry.sources), *cells, entry.subject or "", entry.pos or "", entry.note or ""])
    return rows


def decode(data: bytes, path: str | None) -> str:
    """UTF-16 with a BOM, else UTF-8 (a BOM is dropped); GlossaryError naming the line of a bad byte."""
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise GlossaryError(f"not UTF-16 (it starts with a UTF-16 byte order mark): {exc.reason}",
                                path) from None
    return decode_utf8(data, path)


def _delimiter(value: str) -> str:
    value = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";"}.get(value.lower(), value)
    if len(value) != 1 or value in "\"\r\n":
        raise GlossaryError(f"--delimiter must be one character (or tab), not {value!r}")
    return value


def _sniff(text: str, default: str) -> str:
    """The delimiter the header line uses most (outside quotes); `default` when it holds none."""
    header = next((line for line in text.splitlines() if line.strip()), "")
    unquoted = header.split('"')[::2]
    counts = {sep: sum(part.count(sep) for part in unquoted) for sep in DELIMITERS}
    best = max(DELIMITERS, key=lambda sep: (counts[sep], sep == default))
    return best if counts[best] else default


def _rows(text: str, delimiter: str, path: str | None, name: str) -> Rows:
    """(line, cells) of every non-blank row."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows = []
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                rows.append((reader.line_num, [cell.strip() for cell in cells]))
    except csv.Error as exc:
        raise GlossaryError(f"malformed {name.upper()}: {exc}", path, reader.line_num) from None
    return rows
