"""Plain text (.txt): one unit per sentence (workbench.segment), written back with paragraphing kept.

Each sentence's span is replaced by its target; everything between spans (blank lines, line
endings, indentation, a UTF-8 BOM) is copied unchanged. A sentence whose target equals its
source keeps its original span, so hard-wrapped lines survive an identity round trip.

Bare URLs and e-mail addresses are placeholder tokens the model never sees inside (as in Markdown):
the batch puts back any it loses (workbench.formats.tags), and rendering writes each one as it was,
apart from a letter written straight after it (base.apart).
"""

from __future__ import annotations

import re
from typing import Mapping

from workbench.formats.base import (
    URL, DocumentFormat, ParsedDocument, Placeholder, TokenMaker, Unit, apart, split_tokens,
)
from workbench.segment import Document, decode_source, segment_text

_PROTECTED = re.compile(rf"{URL}|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{{2,}}")


class TextDocument(ParsedDocument):
    format_name = "text"

    def __init__(self, document: Document, path: str | None = None) -> None:
        units = [_unit(str(segment.index + 1), segment.text) for segment in document.segments]
        super().__init__(units, path)
        self.document = document

    def _render(self, targets: Mapping[str, str]) -> bytes:
        pieces = []
        for unit, segment in zip(self.units, self.document.segments):
            target = targets.get(unit.id, unit.source)
            original = self.document.text[segment.start:segment.end]
            pieces.append(original if target == unit.source else _restore(target, unit.placeholders))
        return self.document.rebuild(pieces).encode("utf-8")


def _unit(unit_id: str, text: str) -> Unit:
    """The sentence with each URL and e-mail address as a placeholder token."""
    maker, placeholders = TokenMaker(text), []

    def token(match: re.Match) -> str:
        placeholders.append(maker.standalone(match.group()))
        return placeholders[-1].token

    source = _PROTECTED.sub(token, text)
    return Unit(unit_id, source, tuple(placeholders))


def _restore(target: str, placeholders: tuple[Placeholder, ...]) -> str:
    if not placeholders:
        return target
    out: list[str] = []
    for piece in split_tokens(target, placeholders):
        text = piece if isinstance(piece, str) else piece.markup
        out.append(apart(out[-1], text) + text if out and isinstance(piece, str) else text)
    return "".join(out)


class TextFormat(DocumentFormat):
    name = "text"
    extensions = (".txt", ".text")

    def parse(self, data: bytes, path: str | None = None) -> TextDocument:
        name = path or "<stdin>"
        return TextDocument(segment_text(decode_source(data, name), path=path), path)
