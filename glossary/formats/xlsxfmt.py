"""Excel workbooks (.xlsx) as glossaries: the same column contract as CSV (glossary.formats.table).

Read with python-calamine (Rust; 100,000 rows in well under a second), written with xlsxwriter. The
first sheet is read, or XlsxFormat(sheet="Terms") (`--sheet`); errors name the row as the line
(`terms.xlsx:3: no en term in this row`). An .xlsx is a zip: its directory is checked before
calamine unpacks anything (entry count, sizes, compression ratio). Refused with one line: a file that
is no zip, a password-protected (encrypted) workbook or an old .xls, an empty sheet, and a sheet with
a formula (its cached value may be stale: paste values instead). Every cell is written as text, so a
term starting with `=` never becomes a formula.
"""

from __future__ import annotations

import datetime
import io
import re
import zipfile

from glossary import xmlsafe
from glossary.errors import GlossaryError
from glossary.formats import Format
from glossary.formats.csvfmt import table_rows
from glossary.formats.table import Rows, Table, dropped, folded_target
from glossary.model import Glossary

_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE container: encrypted .xlsx, or .xls
MAX_MEMBERS = 10_000
MAX_BYTES = 1 << 30  # unpacked; 100,000 rows take about 15 MB
MAX_RATIO = 200  # zip bombs compress by thousands; real sheets by 5-20
_FORMULA = re.compile(rb"<(?:\w+:)?f[ >/]")
_CELL = re.compile(rb'<(?:\w+:)?c [^>]*\br="([A-Z]+[0-9]+)"')
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


class XlsxFormat(Format):
    """An Excel workbook: one sheet of equivalent term sets."""

    name = "xlsx"
    options = ("target", "sheet")

    def __init__(self, target: str | None = None, sheet: str | None = None) -> None:
        super().__init__()
        self.target = folded_target(target)
        self.sheet = sheet

    def loads(self, data: bytes, path: str | None = None) -> Glossary:
        members = _checked_zip(data, path)
        from python_calamine import CalamineError, CalamineWorkbook  # only when a workbook is read

        try:
            workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
            name = self._sheet_name(workbook.sheet_names, path)
            cells = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
        except CalamineError as exc:
            raise GlossaryError(f"unreadable workbook: {exc}", path) from None
        _refuse_formulas(data, members, name, path)
        table = Table(path, self.target, what=f"header row of sheet '{name}'")
        rows = _rows(cells)
        if not rows:
            raise GlossaryError(f"sheet '{name}' is empty (expected a header row of languages)", path)
        glossary = table.glossary(rows)
        self.warnings.extend(table.warnings)
        return glossary

    def dropped(self, glossary: Glossary) -> dict[str, int]:
        return dropped(glossary)

    def dumps(self, glossary: Glossary) -> bytes:
        import xlsxwriter

        out = io.BytesIO()
        workbook = xlsxwriter.Workbook(out, {"in_memory": True})
        sheet = workbook.add_worksheet("Glossary")
        for number, row in enumerate(table_rows(glossary)):
            for column, cell in enumerate(row):
                sheet.write_string(number, column, cell)
        sheet.freeze_panes(1, 0)
        workbook.close()
        return out.getvalue()

    def _sheet_name(self, names: list[str], path: str | None) -> str:
        if not names:
            raise GlossaryError("the workbook has no sheet", path)
        if self.sheet is None:
            return names[0]
        if self.sheet not in names:
            raise GlossaryError(f"no sheet '{self.sheet}' (sheets: {', '.join(names)})", path)
        return self.sheet


def _checked_zip(data: bytes, path: str | None) -> dict[str, zipfile.ZipInfo]:
    """The zip's members by name, after checking the directory; GlossaryError for anything else."""
    if data.startswith(_CFB):
        raise GlossaryError("a password-protected workbook (or an old .xls): save it as .xlsx without a "
                            "password", path)
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except zipfile.BadZipFile:
        raise GlossaryError("not an Excel workbook (an .xlsx file is a zip archive)", path) from None
    total = sum(info.file_size for info in infos)
    if len(infos) > MAX_MEMBERS or total > MAX_BYTES or total > MAX_RATIO * max(len(data), 1) + (1 << 20):
        raise GlossaryError(f"refusing a workbook of {len(infos):,} parts that unpacks to {total:,} bytes "
                            "(a zip bomb?)", path)
    return {info.filename: info for info in infos}


def _refuse_formulas(data: bytes, members: dict, sheet: str, path: str | None) -> None:
    part = _sheet_part(data, members, sheet)
    if part is None:
        return
    xml = zipfile.ZipFile(io.BytesIO(data)).read(part)
    formula = _FORMULA.search(xml)
    if formula:
        cells = list(_CELL.finditer(xml, 0, formula.start()))
        where = f"cell {cells[-1].group(1).decode()}" if cells else "a cell"
        raise GlossaryError(f"{where} of sheet '{sheet}' holds a formula: paste its value instead", path)


def _sheet_part(data: bytes, members: dict, sheet: str) -> str | None:
    """The zip member holding `sheet` (from xl/workbook.xml and its relationships)."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    if "xl/workbook.xml" not in members or "xl/_rels/workbook.xml.rels" not in members:
        return None
    book = xmlsafe.parse(archive.read("xl/workbook.xml"))
    rels = xmlsafe.parse(archive.read("xl/_rels/workbook.xml.rels"))
    rel_id = next((node.get(f"{{{_REL_NS}}}id") for node in book.iter() if _local(node) == "sheet"
                   and node.get("name") == sheet), None)
    target = next((node.get("Target") for node in rels.iter() if node.get("Id") == rel_id), None)
    if not target:
        return None
    return target.lstrip("/") if target.startswith("/") else f"xl/{target}"


def _local(node) -> str:
    return node.tag.rsplit("}", 1)[-1] if isinstance(node.tag, str) else ""


def _rows(cells: list[list]) -> Rows:
    """(row number, text cells) of every non-blank row."""
    rows = []
    for number, row in enumerate(cells, 1):
        texts = [_text(cell) for cell in row]
        if any(texts):
            rows.append((number, texts))
    return rows


def _text(cell) -> str:
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, (datetime.date, datetime.time, datetime.timedelta)):
        return cell.isoformat() if hasattr(cell, "isoformat") else str(cell)
    return str(cell).strip() if cell is not None else ""
