"""Plain text (.txt): one unit per sentence (workbench.segment), written back with paragraphing kept.

Each sentence's span is replaced by its target; everything between spans (blank lines, line
endings, indentation, a UTF-8 BOM) is copied unchanged. A sentence whose target equals its
source keeps its original span, so hard-wrapped lines survive an identity round trip.
"""

from __future__ import annotations

from typing import Mapping

from workbench.formats.base import DocumentFormat, ParsedDocument, Unit
from workbench.segment import Document, decode_source, segment_text


class TextDocument(ParsedDocument):
    format_name = "text"

    def __init__(self, document: Document, path: str | None = None) -> None:
        units = [Unit(id=str(segment.index + 1), source=segment.text) for segment in document.segments]
        super().__init__(units, path)
        self.document = document

    def _render(self, targets: Mapping[str, str]) -> bytes:
        pieces = []
        for unit, segment in zip(self.units, self.document.segments):
            target = targets.get(unit.id, unit.source)
            original = self.document.text[segment.start:segment.end]
            pieces.append(original if target == unit.source else target)
        return self.document.rebuild(pieces).encode("utf-8")


class TextFormat(DocumentFormat):
    name = "text"
    extensions = (".txt", ".text")

    def parse(self, data: bytes, path: str | None = None) -> TextDocument:
        name = path or "<stdin>"
        return TextDocument(segment_text(decode_source(data, name), path=path), path)
