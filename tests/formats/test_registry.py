"""The registry: formats chosen by extension, unknown ones refused in one line."""

from __future__ import annotations

import pytest

from workbench import formats
from workbench.errors import WorkbenchError


@pytest.mark.parametrize("name, expected", [
    ("a.txt", "TextFormat"), ("a.MD", "MarkdownFormat"), ("a.markdown", "MarkdownFormat"),
    ("a.xlf", "XliffFormat"), ("a.xliff", "XliffFormat"),
])
def test_extension_picks_the_format(name, expected):
    assert type(formats.for_path(name)).__name__ == expected and formats.is_supported(name)


def test_unknown_extension_is_a_one_line_error_listing_the_known_ones():
    with pytest.raises(WorkbenchError) as caught:
        formats.for_path("photo.png")
    assert str(caught.value) == "photo.png: unknown document format '.png' (known: " + ", ".join(formats.supported()) + ")"


def test_stdin_reads_as_the_default_format():
    document = formats.parse(b"One. Two.\n", "-", default=".txt")
    assert [unit.source for unit in document.units] == ["One.", "Two."]
