"""Plain text: the contract, plus paragraphing and line endings kept."""

from __future__ import annotations

from tests.conftest import SEED
from tests.formats.contract import FormatContract


class TestTextContract(FormatContract):
    suffix = ".txt"
    sample = SEED.read_bytes()


def test_paragraphs_line_endings_and_bom_survive_translation():
    document = TestTextContract().parse("\ufeffFirst one. Second\r\none.\r\n\r\n  Third.\r\n".encode("utf-8"))
    assert [unit.source for unit in document.units] == ["First one.", "Second one.", "Third."]
    output = document.render({"1": "하나.", "3": "셋."}).decode("utf-8")
    assert output == "\ufeff하나. Second\r\none.\r\n\r\n  셋.\r\n"


def test_hard_wrapped_sentence_is_written_on_one_line_when_translated():
    document = TestTextContract().parse(b"A long\nsentence here.\n")
    assert document.render({"1": "X."}) == b"X.\n"
