"""Glossaries as clients send them: Google Cloud Translation CSV, Excel's CSV from other locales, Excel workbooks."""

from __future__ import annotations

import io

import pytest
import xlsxwriter
from click.testing import CliRunner

from glossary import formats, yamlio
from glossary.errors import GlossaryError
from glossary.formats.csvfmt import CsvFormat
from glossary.formats.xlsxfmt import XlsxFormat
from workbench.cli import cli


def run(*args):
    return CliRunner().invoke(cli, ["glossary", *map(str, args)])


def workbook(sheets: dict[str, list[list]], formula: tuple[int, int, str] | None = None) -> bytes:
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        for number, row in enumerate(rows):
            for column, cell in enumerate(row):
                sheet.write(number, column, cell)
        if formula:
            sheet.write_formula(formula[0], formula[1], formula[2], None, "cached")
    book.close()
    return out.getvalue()


def test_google_cloud_glossary_csv_as_excel_saves_it(tmp_path):
    path = tmp_path / "google.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "en,ko,ru,pos,description,status\r\nKim Jong Un,김정은,Ким Чен Ын,noun,"
                     "DPRK leader,ok\r\nPyongyang,평양,Пхеньян,noun,,\r\n".encode("utf-8"))
    result = run("import", path, "-o", tmp_path / "g.yaml")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert warnings == [f"workbench: warning: {path}: column 'status' skipped: not a language nor one of "
                        "id, note, subject, pos, description"]
    kim, pyongyang = yamlio.load(tmp_path / "g.yaml").entries
    assert (kim.targets["ru"].preferred.text, kim.note, kim.pos) == ("Ким Чен Ын", "DPRK leader", "noun")
    assert (pyongyang.note, pyongyang.pos) == (None, "noun") and set(pyongyang.targets) == {"ko", "ru"}
    for suffix in (".csv", ".xlsx", ".tbx"):  # the part of speech goes out and comes back in every format
        assert run("export", tmp_path / "g.yaml", "-o", tmp_path / f"back{suffix}").exit_code == 0
        assert run("import", tmp_path / f"back{suffix}", "-o", tmp_path / "back.yaml").exit_code == 0
        assert [e.pos for e in yamlio.load(tmp_path / "back.yaml").entries] == ["noun", "noun"], suffix


@pytest.mark.parametrize("data", [
    "English;Russian;Korean\r\nDPRK;КНДР;조선\r\n".encode("utf-8"),
    "eng;Русский;한국어\nDPRK;КНДР;조선\n".encode("utf-8-sig"),
    "en\tru-RU\tko-KR\nDPRK\tКНДР\t조선\n".encode("utf-16"),
    "en,ru,ko\nDPRK,КНДР,조선\n".encode("utf-16-be").join([b"\xfe\xff", b""]),
])
def test_excel_csv_from_other_locales(data):
    glossary = CsvFormat().loads(data, "t.csv")
    [entry] = glossary.entries
    assert {tag: terms.preferred.text for tag, terms in entry.targets.items()} == {"ru": "КНДР", "ko": "조선"}


def test_delimiter_option_for_the_rest(tmp_path):
    path = tmp_path / "pipes.csv"
    path.write_text("en|ru\nDPRK|КНДР\n", encoding="utf-8")
    assert run("import", path, "-o", tmp_path / "x.yaml").exit_code == 2
    result = run("import", path, "-o", tmp_path / "x.yaml", "--delimiter", "|")
    assert result.exit_code == 0, result.output
    assert yamlio.load(tmp_path / "x.yaml").entries[0].targets["ru"].preferred.text == "КНДР"


def test_a_near_miss_column_is_an_error_a_foreign_language_a_warning():
    with pytest.raises(GlossaryError, match="did you mean 'ru'"):
        CsvFormat().loads(b"en,Rusian\nDPRK,x\n", "t.csv")
    fmt = CsvFormat()
    glossary = fmt.loads(b"en,de,ru\nDPRK,Nordkorea,x\n", "t.csv")
    assert set(glossary.entries[0].targets) == {"ru"}
    assert fmt.warnings == ["column 'de' skipped: no --to selects locale 'de' (the workbench translates into "
                            "ko, ko-KP, ru)"]


def test_xlsx_sheet_option_and_numbers(tmp_path):
    data = workbook({"Notes": [["nothing here"]], "Terms": [["id", "English", "Russian"], [7, "DPRK", "КНДР"]]})
    glossary = XlsxFormat(sheet="Terms").loads(data, "t.xlsx")
    assert glossary.entries[0].id == "7" and glossary.entries[0].targets["ru"].preferred.text == "КНДР"
    with pytest.raises(GlossaryError, match=r"no sheet 'Glossary' \(sheets: Notes, Terms\)"):
        XlsxFormat(sheet="Glossary").loads(data, "t.xlsx")
    path = tmp_path / "t.xlsx"
    path.write_bytes(data)
    result = run("import", path, "-o", tmp_path / "t.yaml", "--sheet", "Terms")
    assert result.exit_code == 0 and len(yamlio.load(tmp_path / "t.yaml")) == 1


@pytest.mark.parametrize("data, message", [
    (b"PK\x03\x04 broken", "not an Excel workbook"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "password-protected workbook"),
    (workbook({"Empty": []}), "sheet 'Empty' is empty"),
    (workbook({"S": [["ko", "ru"], ["조선", "КНДР"]]}), "no English (source) column"),
    (workbook({"S": [["en", "ru"], ["DPRK", "КНДР"]]}, formula=(2, 0, "=A2")), "cell A3 of sheet 'S' holds a formula"),
], ids=["not-a-zip", "password", "empty-sheet", "no-source-language", "formula"])  # the bytes vary: no ids from them
def test_bad_workbooks_are_one_line_exit_2(tmp_path, data, message):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(data)
    result = run("import", path, "-o", tmp_path / "out.yaml")
    assert result.exit_code == 2 and message in result.stderr
    assert len(result.stderr.splitlines()) == 1 and not (tmp_path / "out.yaml").exists()


def test_a_zip_bomb_is_refused_before_unpacking():
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (50 << 20))
    with pytest.raises(GlossaryError, match="zip bomb"):
        XlsxFormat().loads(out.getvalue(), "bomb.xlsx")


def test_exported_xlsx_imports_back_to_the_same_terms(tmp_path):
    bundled = yamlio.load(yamlio.bundled_path())
    assert run("export", yamlio.bundled_path(), "-o", tmp_path / "b.xlsx").exit_code == 0
    back = formats.load(tmp_path / "b.xlsx")
    assert [(e.id, e.sources, {t: [x.text for x in v.accepted] for t, v in e.targets.items()}) for e in back.entries] \
        == [(e.id, e.sources, {t: [x.text for x in v.accepted] for t, v in e.targets.items()}) for e in bundled.entries]


def test_export_says_what_it_drops_and_suggests_tbx_or_yaml(tmp_path):
    result = run("export", yamlio.bundled_path(), "-o", tmp_path / "desk.csv")
    assert result.exit_code == 0
    bundled = yamlio.load(yamlio.bundled_path())
    deprecated = sum(len(t.deprecated) for e in bundled.entries for t in e.targets.values())
    line = result.stderr.splitlines()[-1]
    assert line.startswith(f"dropped what .csv cannot carry: {deprecated:,} deprecated forms, ")
    assert line.endswith("(export to .tbx or .yaml to keep them)")
    assert "dropped" not in run("export", yamlio.bundled_path(), "-o", tmp_path / "all.tbx").stderr
