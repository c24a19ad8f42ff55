"""Reading English source text and cutting it into paragraphs and sentences with exact offsets.

A Document keeps the text exactly as read (BOM and line endings included), so output can be
rebuilt by replacing each segment's span and copying everything between spans unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from workbench.errors import WorkbenchError

# Segments longer than this are cut at spaces so the model never sees an absurd input.
MAX_SEGMENT_CHARS = 600

_PARAGRAPH = re.compile(r"[^\r\n]*\S[^\r\n]*(?:\r?\n[^\r\n]*\S[^\r\n]*)*")
# A sentence ends at . ! ? … (and closing quotes or brackets after it), before spaces and a word
# that can start a sentence: a capital (after an opening quote, perhaps) or a digit. Not before "(":
# a trailing attribution such as "(Yonhap)" stays with its sentence.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«]*[^\W\d_a-z]|\s+\d)")
_ABBREVIATIONS = frozenset("""mr mrs ms dr prof gen lt col sgt capt maj adm gov sen rep rev st jr sr no nos vol vs
etc inc ltd co corp dept univ ave blvd mt ft fig approx est jan feb mar apr jun jul aug sep sept oct nov dec
e.g i.e a.m p.m u.s u.k u.n u.s.a e.u""".split())
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")


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


def has_words(text: str) -> bool:
    """True when `text` holds a letter or a digit: only such text is worth sending to a model.

    The one test of "is there anything to translate" for every path (batch, editor). Text of
    zero-width characters (U+200B/C/D, U+2060, U+FEFF), direction marks, lone combining accents,
    punctuation or symbols has none: a model asked to translate it invents a sentence, so it is
    passed through unchanged instead.
    """
    return any(char.isalnum() for char in text)


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
    spans, start = [], 0
    for cut in _boundaries(paragraph):
        span = _strip_span(paragraph, start, cut)
        if span[0] < span[1]:
            spans.append(span)
        start = cut
    last = _strip_span(paragraph, start, len(paragraph))
    if last[0] < last[1]:
        spans.append(last)
    return [(offset + s, offset + e) for s, e in spans]


def _boundaries(paragraph: str) -> list[int]:
    """Offsets just after each sentence end: rules tuned for English news copy (fast, linear).

    No boundary after an abbreviation or an initial ("Sept. 13", "U.S. officials", "J. Smith"),
    and none inside a quotation that closes later in the paragraph ('"Hello. How are you?" he said').
    """
    cuts, quotes = [], _QuoteState(paragraph)
    for match in _BOUNDARY.finditer(paragraph):
        end = match.end()
        if _after_abbreviation(paragraph, match.start()) or quotes.inside(end):
            continue
        cuts.append(end)
    return cuts


class _QuoteState:
    """Whether a double quotation is open at an offset, counted incrementally (offsets must not decrease)."""

    def __init__(self, paragraph: str) -> None:
        self.text, self.pos = paragraph, 0
        self.straight = self.curly = 0
        self.last_straight = paragraph.rfind('"')
        self.last_curly = max(paragraph.rfind("”"), paragraph.rfind("»"))

    def inside(self, end: int) -> bool:
        chunk = self.text[self.pos:end]
        self.straight += chunk.count('"')
        self.curly += chunk.count("“") + chunk.count("«") - chunk.count("”") - chunk.count("»")
        self.pos = end
        # An opened quotation counts only when it closes later in the paragraph (unclosed ones are typos
        # or run on into the next paragraph, and must not swallow every boundary).
        return (self.straight % 2 == 1 and self.last_straight >= end) or (self.curly > 0 and self.last_curly >= end)


def _after_abbreviation(paragraph: str, dot: int) -> bool:
    if paragraph[dot] != ".":
        return False
    found = _WORD_BEFORE.search(paragraph, max(0, dot - 12), dot + 1)
    if not found:
        return False
    word = found.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. Smith"
    return word.lower().rstrip(".") in _ABBREVIATIONS


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
