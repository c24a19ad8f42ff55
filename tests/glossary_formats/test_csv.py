"""CSV/TSV equivalent term sets: header of language tags, synonyms with ';', two-column form with a target."""

from __future__ import annotations

import pytest

from glossary import formats
from glossary.errors import GlossaryError
from glossary.formats.csvfmt import CsvFormat, TsvFormat


def load(text: str, fmt=None, bom: bool = False):
    data = ("\ufeff" if bom else "").encode() + text.encode("utf-8")
    return (fmt or CsvFormat()).loads(data, "t.csv")


@pytest.mark.parametrize("bom", [False, True])
def test_header_of_language_tags_and_synonyms(bom):
    glossary = load("ko,EN,ru,Note,subject\n조선민주주의인민공화국; 조선,DPRK; Democratic People's Republic of Korea,"
                    "КНДР,official,country\n", bom=bom)
    assert (glossary.source_language, glossary.target_languages) == ("en", ("ko", "ru"))
    [entry] = glossary.entries
    assert entry.id == "dprk" and entry.line == 2
    assert entry.sources == ("DPRK", "Democratic People's Republic of Korea")
    assert entry.targets["ko"].preferred.text == "조선민주주의인민공화국"
    assert [t.text for t in entry.targets["ko"].admitted] == ["조선"]
    assert (entry.note, entry.subject) == ("official", "country")


def test_a_header_without_english_is_an_error_naming_the_languages_found():
    with pytest.raises(GlossaryError, match=r"no English \(source\) column .*languages found: ko-KP, ru") as caught:
        load("ko-kp,ru\n조선,КНДР\n")
    assert caught.value.line == 1


def test_escaped_semicolon_blank_rows_and_quoted_multiline_cells():
    glossary = load('id,en,ko,note\n\nt1,"Treaty A\\; B",조약,"two\nlines"\n,,,\nt2,KCNA,,\n')
    first, second = glossary.entries
    assert first.sources == ("Treaty A; B",) and first.note == "two\nlines"
    assert second.targets == {} and second.line == 6


def test_ids_made_from_sources_stay_unique():
    glossary = load("en,ko\nState Affairs,국무\nstate affairs,국사\n")
    assert [e.id for e in glossary.entries] == ["state-affairs", "state-affairs-2"]


@pytest.mark.parametrize("text", ["source,target\nDPRK,КНДР\n", "DPRK,КНДР\n"])
def test_two_column_form_needs_and_uses_the_target(text):
    glossary = load(text, CsvFormat(target="ru"))
    assert glossary.target_languages == ("ru",)
    assert glossary.entries[0].targets["ru"].preferred.text == "КНДР"


def test_two_column_form_without_target_is_an_error_on_line_1():
    with pytest.raises(GlossaryError, match="--to LOCALE") as caught:
        load("source,target\nDPRK,КНДР\n")
    assert caught.value.line == 1


@pytest.mark.parametrize("target, message", [("Rusian", "did you mean 'ru'"), ("ja", "no --to selects locale 'ja'")])
def test_invalid_target_option(target, message):
    with pytest.raises(GlossaryError, match=message):
        CsvFormat(target=target)
    assert CsvFormat(target="ko_KP").target == "ko-KP"


def test_tsv_and_registry_target_option():
    fmt = formats.for_path("x.tsv", target="ko", tbx_version=2)
    assert isinstance(fmt, TsvFormat) and fmt.target == "ko"
    glossary = load("en\tko\nKim Jong Un; Kim Jong-un\t김정은\n", TsvFormat())
    assert glossary.entries[0].sources == ("Kim Jong Un", "Kim Jong-un")


@pytest.mark.parametrize("text, message, line", [
    ("en,ko,ko\nA,B,C\n", "column 'ko' appears twice", 1),
    ("id,note\na,b\n", "no language column", 1),
    ("en,ko\nA,B\n\n,C\n", "no en term", 4),
])
def test_header_and_row_errors(text, message, line):
    with pytest.raises(GlossaryError, match=message) as caught:
        load(text)
    assert caught.value.line == line
