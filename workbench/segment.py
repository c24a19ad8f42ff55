"""Reading English source text and cutting it into paragraphs and sentences with exact offsets.

A Document keeps the text exactly as read (BOM and line endings included), so output can be
rebuilt by replacing each segment's span and copying everything between spans unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from workbench.errors import WorkbenchError

# pysbd is accurate but slow on huge paragraphs; past this many characters a fast rule splits first.
PYSBD_MAX_CHARS = 5_000
# Segments longer than this are cut at spaces so the model never sees an absurd input.
MAX_SEGMENT_CHARS = 600

_PARAGRAPH = re.compile(r"[^\r\n]*\S[^\r\n]*(?:\r?\n[^\r\n]*\S[^\r\n]*)*")
_FAST_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|No|Vol|vs|etc|Inc|Ltd|Co|Corp"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z](?:\.[A-Z])*)\.$"
)


@dataclass(frozen=True)
class Segment:
    """One translatable unit: a sentence (or a slice of a very long one) of a paragraph.

    `start`/`end` are offsets into Document.text; `text` is that span with inner line breaks
    and runs of whitespace collapsed to single spaces (what the model sees).
    """

    index: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Document:
    """A source text and its segments; `text` is exactly what was read, minus a UTF-8 BOM."""

    text: str
    segments: tuple[Segment, ...]
    path: str | None = None
    bom: bool = False

    def rebuild(self, targets: list[str]) -> str:
        """The text with each segment replaced by its target; everything between spans kept."""
        if len(targets) != len(self.segments):
            raise ValueError(f"{len(targets)} targets for {len(self.segments)} segments")
        out, pos = [], 0
        for segment, target in zip(self.segments, targets):
            out.append(self.text[pos:segment.start])
            out.append(target)
            pos = segment.end
        out.append(self.text[pos:])
        return ("\ufeff" if self.bom else "") + "".join(out)


def read_source(path: Path | str) -> Document:
    """Read and segment an English source file; every bad input becomes a one-line WorkbenchError."""
    path = Path(path)
    return segment_text(decode_source(_read_bytes(path), str(path)), path=str(path))


def decode_source(data: bytes, name: str) -> str:
    """Decode UTF-8 (BOM allowed), refusing binary data and naming the line of a bad byte."""
    if b"\x00" in data[:8192]:
        raise WorkbenchError(f"{name}: looks like a binary file (NUL bytes), not UTF-8 text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise WorkbenchError(
            f"{name}:{line}:{column}: invalid UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8"
        ) from None


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise WorkbenchError(f"{path}: no such file")
    if path.is_dir():
        raise WorkbenchError(f"{path}: is a directory, expected a text file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise WorkbenchError(f"{path}: cannot read: {exc.strerror}") from None


def segment_text(text: str, path: str | None = None) -> Document:
    """Cut `text` into paragraphs (blocks separated by blank lines) and sentences."""
    bom = text.startswith("\ufeff")
    if bom:
        text = text[1:]
    segments: list[Segment] = []
    for paragraph, match in enumerate(_PARAGRAPH.finditer(text)):
        for start, end in _sentence_spans(match.group(), match.start()):
            for piece_start, piece_end in _cut_long(text, start, end):
                segments.append(Segment(len(segments), paragraph, piece_start, piece_end,
                                        _clean(text[piece_start:piece_end])))
    return Document(text=text, segments=tuple(segments), path=path, bom=bom)


def _sentence_spans(paragraph: str, offset: int) -> list[tuple[int, int]]:
    spans = []
    for start, end in _raw_spans(paragraph):
        start, end = _strip_span(paragraph, start, end)
        if start >= end:
            continue
        if spans and _glued(paragraph, spans[-1][1], start):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return [(offset + start, offset + end) for start, end in spans]


def _raw_spans(paragraph: str) -> list[tuple[int, int]]:
    # Hard-wrapped lines are one paragraph: blank out line breaks (same length, offsets stay exact).
    paragraph = paragraph.replace("\r", " ").replace("\n", " ")
    if len(paragraph) > PYSBD_MAX_CHARS:
        return _fast_spans(paragraph)
    spans = [(span.start, span.end) for span in _segmenter().segment(paragraph)]
    # pysbd finds spans with str.find; trust them only when they tile the paragraph exactly.
    if any(a[1] > b[0] for a, b in zip(spans, spans[1:])) or (spans and spans[-1][1] > len(paragraph)):
        return _fast_spans(paragraph)
    return spans


def _fast_spans(paragraph: str) -> list[tuple[int, int]]:
    """A rule splitter for huge paragraphs: a boundary after .!? + space + capital, not after an abbreviation."""
    spans, start = [], 0
    for match in _FAST_BOUNDARY.finditer(paragraph):
        if _ABBREVIATION.search(paragraph[max(start, match.start() - 12):match.start()]):
            continue
        spans.append((start, match.start()))
        start = match.start()
    spans.append((start, len(paragraph)))
    return spans


def _glued(paragraph: str, prev_end: int, start: int) -> bool:
    """pysbd splits "?osmodrome" after the '?': a boundary with no space before the next word is no boundary."""
    return prev_end == start and start > 0 and not paragraph[start - 1].isspace()


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a span longer than MAX_SEGMENT_CHARS at spaces (or hard, when there are none)."""
    pieces = []
    while end - start > MAX_SEGMENT_CHARS:
        cut = text.rfind(" ", start + MAX_SEGMENT_CHARS // 2, start + MAX_SEGMENT_CHARS)
        cut = cut if cut > start else start + MAX_SEGMENT_CHARS
        piece = _strip_span(text, start, cut)
        if piece[0] < piece[1]:
            pieces.append(piece)
        start = _strip_span(text, cut, end)[0]
    if start < end:
        pieces.append((start, end))
    return pieces


def _clean(span: str) -> str:
    return " ".join(span.split())


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=True)
