"""The one contract every document format passes; each format's test module subclasses it.

A subclass sets `suffix` and `sample` (bytes of a realistic document with at least one
translatable unit), and `byte_exact_identity` when rendering every source as its own target must
give back the input bytes (text, markdown; XLIFF instead gains targets, checked for equivalence).
"""

from __future__ import annotations

import pytest

from workbench import formats
from workbench.errors import WorkbenchError
from workbench.formats.base import plain


class FormatContract:
    suffix = ".txt"
    sample = b""
    byte_exact_identity = True
    empty_is_error = False

    def parse(self, data: bytes, name: str = "doc"):
        return formats.parse(data, name + self.suffix)

    def test_registry_chooses_the_format_by_extension(self, tmp_path):
        path = tmp_path / ("story" + self.suffix.upper())
        path.write_bytes(self.sample)
        document = formats.load(path)
        assert document.units and document.path == str(path)
        assert type(formats.for_path(path)).__name__.lower().startswith(document.format_name[:4])

    def test_units_have_unique_ids_and_text(self):
        units = self.parse(self.sample).units
        assert len({unit.id for unit in units}) == len(units)
        assert all(plain(unit.source, unit.placeholders).strip() for unit in units)

    def test_rendering_nothing_gives_the_input_bytes(self):
        assert self.parse(self.sample).render({}) == self.sample

    def test_identity_targets_round_trip(self):
        document = self.parse(self.sample)
        output = document.render({unit.id: unit.source for unit in document.todo})
        if self.byte_exact_identity:
            assert output == self.sample
        again = self.parse(output)
        assert [unit.source for unit in again.units] == [unit.source for unit in document.units]

    def test_translated_output_parses_again_with_markup_kept(self):
        document = self.parse(self.sample)
        targets = {unit.id: f"Ъ{number} {unit.source}" for number, unit in enumerate(document.todo)}
        output = document.render(targets)
        assert output != self.sample
        self.check_translated(document, self.parse(output), targets)
        text = output.decode("utf-8")
        for unit in document.todo:
            for placeholder in unit.placeholders:
                assert placeholder.markup in text

    def check_translated(self, document, again, targets):
        """Text-like formats: the new document's text is made of the targets."""
        joined = " ".join(unit.source for unit in again.units)
        for number in range(len(targets)):
            assert f"Ъ{number}" in joined

    def test_targets_that_lost_every_token_still_give_a_valid_document(self):
        document = self.parse(self.sample)
        targets = {unit.id: plain(unit.source, unit.placeholders) + " Ж" for unit in document.todo}
        again = self.parse(document.render(targets))
        assert again.units

    def test_targets_for_unknown_units_are_refused(self):
        with pytest.raises(ValueError):
            self.parse(self.sample).render({"no-such-unit": "x"})

    def test_binary_input_is_a_one_line_error_naming_the_file(self):
        with pytest.raises(WorkbenchError) as caught:
            self.parse(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "picture")
        message = str(caught.value)
        assert "picture" + self.suffix in message and "\n" not in message
        assert caught.value.exit_code == 2

    def test_invalid_utf8_is_a_one_line_error_naming_file_and_line(self):
        bad = self.sample.replace(b"\n", b"\n\xff\xfe", 1) if b"\n" in self.sample else b"x\n\xff"
        with pytest.raises(WorkbenchError) as caught:
            self.parse(bad, "broken")
        message = str(caught.value)
        assert message.startswith("broken" + self.suffix + ":2") and "\n" not in message

    def test_empty_input(self):
        if self.empty_is_error:
            with pytest.raises(WorkbenchError, match="empty" + self.suffix):
                self.parse(b"", "empty")
        else:
            document = self.parse(b"", "empty")
            assert document.units == () and document.render({}) == b""

    def test_missing_file_is_a_one_line_error(self, tmp_path):
        with pytest.raises(WorkbenchError, match="no such file"):
            formats.load(tmp_path / ("missing" + self.suffix))
