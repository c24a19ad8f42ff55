"""Segmentation traps: dates, agencies, quotations, hyphenated names, line endings, long lines."""

from __future__ import annotations

import pytest

from tests.conftest import SEED
from workbench.errors import WorkbenchError
from workbench.segment import MAX_SEGMENT_CHARS, read_source, segment_text


def texts(text: str) -> list[str]:
    return [segment.text for segment in segment_text(text).segments]


def test_seed_article_keeps_dates_agencies_and_names_intact():
    document = read_source(SEED)
    joined = [segment.text for segment in document.segments]
    assert any("Sept. 13, 2023." in t for t in joined)
    assert "Reuters-Yonhap" in joined
    assert any("Choe Son-hui returned" in t for t in joined)
    # The "?osmodrome" defect must not split the sentence.
    assert any("Vostochny ?osmodrome in the far eastern Amur region" in t for t in joined)


def test_quotation_ending_with_said_stays_one_sentence():
    text = '"We will visit the DPRK at an early date," the KCNA said. Putin agreed.'
    assert texts(text) == ['"We will visit the DPRK at an early date," the KCNA said.', "Putin agreed."]


def test_rebuild_keeps_paragraphs_blank_lines_crlf_bom_and_tabs():
    source = "\ufeffFirst one. Second one.\r\n\r\n\tThird\r\nwrapped.\r\n\r\n\r\n"
    document = segment_text(source)
    assert [s.text for s in document.segments] == ["First one.", "Second one.", "Third wrapped."]
    assert [s.paragraph for s in document.segments] == [0, 0, 1]
    assert document.rebuild(["A.", "B.", "C."]) == "\ufeffA. B.\r\n\r\n\tC.\r\n\r\n\r\n"


def test_identity_rebuild_is_byte_exact_on_the_seed():
    document = read_source(SEED)
    assert document.rebuild([document.text[s.start:s.end] for s in document.segments]) == SEED.read_text("utf-8")


def test_very_long_line_is_cut_into_bounded_segments():
    text = ("the delegation discussed cooperation " * 20_000).strip()
    segments = segment_text(text).segments
    assert len(segments) > 100
    assert max(len(s.text) for s in segments) <= MAX_SEGMENT_CHARS
    assert " ".join(s.text for s in segments) == " ".join(text.split())


def test_empty_and_whitespace_only_text_has_no_segments():
    assert segment_text("").segments == ()
    assert segment_text(" \n\t\r\n ").segments == ()


@pytest.mark.parametrize("content, message", [
    (b"\x00\x01binary\x00", "binary file"),
    (b"good line\nbad \xff byte\n", ":2:5: invalid UTF-8"),
])
def test_bad_bytes_give_one_line_errors(tmp_path, content, message):
    path = tmp_path / "in.txt"
    path.write_bytes(content)
    with pytest.raises(WorkbenchError) as info:
        read_source(path)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_missing_file_and_directory_are_named(tmp_path):
    with pytest.raises(WorkbenchError, match="no such file"):
        read_source(tmp_path / "nope.txt")
    with pytest.raises(WorkbenchError, match="is a directory"):
        read_source(tmp_path)


@pytest.mark.parametrize("text, expected", [
    ('He said "We are ready. We will come." Then he left.', ['He said "We are ready. We will come."', "Then he left."]),
    ("U.S. officials met Mr. Lavrov. J. Smith left.", ["U.S. officials met Mr. Lavrov.", "J. Smith left."]),
    ("It grew 13.5 percent. Seoul agreed.", ["It grew 13.5 percent.", "Seoul agreed."]),
    ("Choe Son-hui arrived. Reuters-Yonhap", ["Choe Son-hui arrived.", "Reuters-Yonhap"]),
    ('It ended in Ukraine." (Yonhap)', ['It ended in Ukraine." (Yonhap)']),
    ("Is it true? Yes! 2024 was busy.", ["Is it true?", "Yes!", "2024 was busy."]),
])
def test_sentence_rules(text, expected):
    assert texts(text) == expected


def test_segmentation_is_fast_on_a_large_document():
    # Linear rules: a 2 MB document with 20,000 sentences is cut in well under the time MT would take.
    document = segment_text(("Putin met Kim Jong Un in Pyongyang on Sept. 13, 2023. " * 20_000).strip())
    assert len(document.segments) == 20_000
