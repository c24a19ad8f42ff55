"""The contract every glossary format passes (round trip, determinism, registry, bad input), one subclass per format."""

from __future__ import annotations

from dataclasses import replace

import pytest

from glossary import formats, yamlio
from glossary.errors import GlossaryError
from glossary.model import Entry, Glossary, LocaleTerms, MatchOptions, Term

FULL = Glossary(
    name="Contract glossary",
    description="Every feature the model has.",
    source_language="en",
    target_languages=("ko", "ko-KP", "ru"),
    entries=(
        Entry("dprk", ("DPRK", "Democratic People's Republic of Korea"), subject="country", note="Official name.",
              reference="https://www.mfa.gov.kp", targets={
                  "ko": LocaleTerms(Term("조선민주주의인민공화국"), (Term("조선"),), ("북한",), note="KCNA usage"),
                  "ko-KP": LocaleTerms(Term("조선민주주의인민공화국")),
                  "ru": LocaleTerms(Term("КНДР", indeclinable=True),
                                    (Term("Корейская Народно-Демократическая Республика"),), ("Северная Корея",)),
              }),
        Entry("kim-jong-un", ("Kim Jong Un", "Kim Jong-un"), subject="person", targets={
            "ru": LocaleTerms(Term("Ким Чен Ын", forms={"gent": "Ким Чен Ына", "datv": "Ким Чен Ыну"})),
        }),
        Entry("psa", ("President of the State Affairs",), targets={
            "ru": LocaleTerms(Term("Председатель Государственных дел КНДР", inflect=(1,))),
        }),
        Entry("no", ('Treaty "A; B", 2024',), note="Quotes, a comma; a semicolon.\nAnd a second line.", targets={
            "ko": LocaleTerms(Term("조약; 2024"), (Term("협정"),)),
        }),
        Entry("kcna-watch", ("KCNA Watch",), match=MatchOptions(case_sensitive=False, whole_word=False),
              do_not_translate=True),
    ),
)


def snapshot(glossary: Glossary) -> tuple:
    """What a round trip must keep: everything except where the entries were in the file."""
    return (glossary.name, glossary.description, glossary.source_language, glossary.target_languages,
            tuple(replace(entry, line=0) for entry in glossary.entries))


class FormatContract:
    """Subclass per format: set `suffix`, `bad_input` ((bytes, line) pairs) and override `carried`."""

    suffix = ""
    options: dict = {}
    bad_input: list[tuple[bytes, int]] = []

    def carried(self, glossary: Glossary, path) -> Glossary:
        """The part of `glossary` this format can carry (all of it unless overridden)."""
        return glossary

    def fmt(self):
        return formats.for_path(f"x{self.suffix}", **self.options)

    def test_round_trip_keeps_what_the_format_carries(self, tmp_path):
        path = tmp_path / f"contract{self.suffix}"
        self.fmt().dump(FULL, path)
        loaded = self.fmt().load(path)
        assert snapshot(loaded) == snapshot(self.carried(FULL, path))
        assert loaded.path == str(path)

    def test_bundled_glossary_round_trips(self, tmp_path):
        bundled = yamlio.load(yamlio.bundled_path())
        path = tmp_path / f"bundled{self.suffix}"
        formats.dump(bundled, path, **self.options)
        assert snapshot(formats.load(path, **self.options)) == snapshot(self.carried(bundled, path))

    def test_dump_is_deterministic_and_idempotent(self, tmp_path):
        first = self.fmt().dumps(FULL)
        assert self.fmt().dumps(FULL) == first
        again = self.fmt().loads(first, f"x{self.suffix}")
        assert self.fmt().dumps(again) == self.fmt().dumps(self.carried(FULL, tmp_path / f"x{self.suffix}"))

    def test_registry_chooses_this_format_by_extension(self):
        assert type(formats.for_path(f"DIR/NAME{self.suffix.upper()}")) is type(self.fmt())

    def test_bad_input_is_one_error_naming_file_and_line(self, tmp_path):
        assert self.bad_input
        for number, (data, line) in enumerate(self.bad_input):
            path = tmp_path / f"bad{number}{self.suffix}"
            path.write_bytes(data)
            with pytest.raises(GlossaryError) as caught:
                self.fmt().load(path)
            assert caught.value.path == str(path)
            assert caught.value.line == line, str(caught.value)
            assert str(caught.value).startswith(f"{path}:{line}:")
            assert "\n" not in str(caught.value)

    def test_invalid_utf8_and_empty_and_missing_files(self, tmp_path):
        for name, data in (("latin1", "DPRK,Корея".encode("cp1251")), ("empty", b"")):
            path = tmp_path / f"{name}{self.suffix}"
            path.write_bytes(data)
            with pytest.raises(GlossaryError) as caught:
                self.fmt().load(path)
            assert caught.value.path == str(path)
        with pytest.raises(GlossaryError, match="no such file"):
            self.fmt().load(tmp_path / f"missing{self.suffix}")

    def test_failed_dump_keeps_the_old_file(self, tmp_path, monkeypatch):
        path = tmp_path / f"keep{self.suffix}"
        path.write_bytes(b"the good old file")

        def broken(glossary):
            raise GlossaryError("cannot serialise")
        monkeypatch.setattr(type(self.fmt()), "dumps", lambda self, glossary: broken(glossary))
        with pytest.raises(GlossaryError):
            self.fmt().dump(FULL, path)
        assert path.read_bytes() == b"the good old file"
        assert [p.name for p in tmp_path.iterdir()] == [path.name]


class TestYaml(FormatContract):
    suffix = ".yaml"
    bad_input = [(b"schema_version: 1\nname: x\nentries:\n  - id: [\n", 5),
                 (b"schema_version: 1\nname: x\nentries:\n  - id: a\n    sourc: b\n", 5)]


TBX_BAD = [
    (b'<?xml version="1.0"?>\n<tbx>\n<text><body>\n<conceptEntry id="a">\n</body></text></tbx>\n', 5),
    (b'<?xml version="1.0"?>\n<tbx xml:lang="en"><text><body>\n<conceptEntry id="a">\n'
     b'<langSec xml:lang="ko"><termSec><term>x</term></termSec></langSec>\n</conceptEntry></body></text></tbx>', 3),
    (b'<?xml version="1.0"?>\n<glossary/>\n', 2),
]


class TestTbx3(FormatContract):
    suffix = ".tbx"
    bad_input = TBX_BAD


class TestTbx2(FormatContract):
    suffix = ".tbx"
    options = {"tbx_version": 2}
    bad_input = TBX_BAD


class TestCsv(FormatContract):
    suffix = ".csv"
    sep = ","

    @property
    def bad_input(self):
        sep = self.sep.encode()
        return [(b"en" + sep + b"Kroean\nDPRK" + sep + b"x\n", 1),
                (b"en" + sep + b"ko\nDPRK" + sep + b"x\nKCNA" + sep + b"y" + sep + b"z\n", 3),
                (b"id" + sep + b"en" + sep + b"ko\n\na" + sep + sep + b"x\n", 3),
                (b"id" + sep + b"en\na" + sep + b"A\na" + sep + b"B\n", 3),
                (b'en' + sep + b'ko\n"DPRK' + sep + b'x\n', 2)]

    def carried(self, glossary: Glossary, path) -> Glossary:
        entries = tuple(replace(entry, match=MatchOptions(), do_not_translate=False, reference=None,
                                targets={tag: _plain(terms) for tag, terms in entry.targets.items()})
                        for entry in glossary.entries)
        return replace(glossary, name=path.stem, description=None, entries=entries)


class TestTsv(TestCsv):
    suffix = ".tsv"
    sep = "\t"


def _plain(terms: LocaleTerms) -> LocaleTerms:
    return LocaleTerms(Term(terms.preferred.text), tuple(Term(term.text) for term in terms.admitted))


def _workbook(rows: list[list[str]]) -> bytes:
    import io

    import xlsxwriter

    out = io.BytesIO()
    workbook = xlsxwriter.Workbook(out, {"in_memory": True})
    sheet = workbook.add_worksheet()
    for number, row in enumerate(rows):
        for column, cell in enumerate(row):
            sheet.write_string(number, column, cell)
    workbook.close()
    return out.getvalue()


class TestXlsx(TestCsv):
    suffix = ".xlsx"

    @property
    def bad_input(self):
        return [(_workbook([["en", "Kroean"], ["DPRK", "x"]]), 1),
                (_workbook([["en", "ko"], ["DPRK", "x"], ["KCNA", "y", "z"]]), 3),
                (_workbook([["id", "en", "ko"], [], ["a", "", "x"]]), 3),
                (_workbook([["ko", "ru"], ["조선", "КНДР"]]), 1)]
