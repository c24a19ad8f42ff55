"""The nouns every document format shares: Unit, Placeholder, ParsedDocument, DocumentFormat.

A format turns file bytes into translatable Units (plain text the model sees, with inline markup
replaced by placeholder tokens such as "{1}") and renders the document back with new targets,
keeping everything else as it was. Placeholder restoration is tolerant: the model may drop,
duplicate or reorder tokens, and the output must stay a valid document all the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

from workbench.errors import WorkbenchError

# Models see "{n}": ASCII braces and digits are in every vocabulary, so tokens survive subwording.
XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2.0"  # read (formats.xliff), written (bilingual, project)
TOKEN = "{{{}}}"
# What comes back may be spaced or full-width ("{ 1 }", "｛1｝"); all of these mean token 1.
TOKEN_BACK = re.compile(r"[{｛]\s*(\d{1,4})\s*[}｝]")
_LITERAL_NUMBERS = re.compile(r"[{｛]\s*(\d{1,4})\s*[}｝]")

OPEN, CLOSE, STANDALONE = "open", "close", "standalone"
# A bare URL as a reader's eye and a linkifier end it: not on the sentence's closing punctuation.
URL = r"""(?:https?://|www\.)[^\s<>\[\]]*[^\s<>\[\].,;:!?"'*_)]"""
_URL_START = re.compile(r"(?:https?://|www\.)", re.I)


@dataclass(frozen=True)
class Placeholder:
    """Inline markup the model must not touch, standing in the unit's text as `token`.

    Attributes:
        token: what the model sees, e.g. "{3}".
        kind: "open" / "close" (a pair wrapping text, like <g>...</g> or **...**) or "standalone".
        markup: the original markup, for people (reports, the TUI), e.g. '<x id="2"/>' or '`code`'.
        partner: for "open"/"close", the token of the other half.
    """

    token: str
    kind: str
    markup: str
    partner: str = ""


@dataclass(frozen=True)
class Unit:
    """One translatable unit of a document.

    Attributes:
        id: unique within the document (XLIFF: the unit/segment id; text/markdown: "1", "2", ...).
        source: plain text with placeholder tokens, what the model translates.
        placeholders: the inline markup standing in `source` (and `target`), in source order.
        target: an existing translation (XLIFF), in the same token form; None when there is none.
        state: the format's own state word (XLIFF "translated", "final", ...); None when absent.
        translatable: False for units that must not be (re)translated: approved, final, signed-off,
            translate="no", or already translated. render() never overwrites those.
    """

    id: str
    source: str
    placeholders: tuple[Placeholder, ...] = ()
    target: str | None = None
    state: str | None = None
    translatable: bool = True

    @property
    def text(self) -> str:
        """What a person reads of the unit: its source without placeholder tokens."""
        return plain(self.source, self.placeholders) if self.placeholders else self.source


class ParsedDocument:
    """A parsed file: its units, and how to write it back with new targets.

    Subclasses implement `_render(targets)`; `render` checks the targets first.
    """

    format_name = "?"

    def __init__(self, units: Sequence[Unit], path: str | None = None) -> None:
        self.units: tuple[Unit, ...] = tuple(units)
        self.path = path
        self._by_id = {unit.id: unit for unit in self.units}

    @property
    def todo(self) -> tuple[Unit, ...]:
        """The units to send to the model."""
        return tuple(unit for unit in self.units if unit.translatable)

    def unit(self, unit_id: str) -> Unit:
        return self._by_id[unit_id]

    def render(self, targets: Mapping[str, str]) -> bytes:
        """The document with `targets` (unit id -> text with placeholder tokens) written in.

        Units without a target keep what they had; targets for untranslatable units are ignored.
        """
        unknown = [key for key in targets if key not in self._by_id]
        if unknown:
            raise ValueError(f"targets for unknown units: {unknown[:5]}")
        wanted = {key: value for key, value in targets.items() if self._by_id[key].translatable}
        return self._render(wanted)

    def _render(self, targets: Mapping[str, str]) -> bytes:
        raise NotImplementedError


class DocumentFormat:
    """Base class of the formats: `parse(data, path)` -> ParsedDocument; `load(path)` reads a file."""

    name = "?"
    extensions: tuple[str, ...] = ()

    def parse(self, data: bytes, path: str | None = None) -> ParsedDocument:
        raise NotImplementedError

    def load(self, path: Path | str) -> ParsedDocument:
        """Parse the file at `path`; every bad input is a one-line WorkbenchError naming the file."""
        return self.parse(read_bytes(path), str(path))


def read_bytes(path: Path | str) -> bytes:
    """The file's bytes, or a one-line WorkbenchError."""
    path = Path(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise WorkbenchError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise WorkbenchError(f"{path}: is a directory, expected a file") from None
    except OSError as exc:
        raise WorkbenchError(f"{path}: cannot read: {exc.strerror or exc}") from None


class TokenMaker:
    """Hands out placeholder tokens that never collide with "{n}" already written in the text."""

    def __init__(self, text: str = "") -> None:
        self._taken = {int(number) for number in _LITERAL_NUMBERS.findall(text)}
        self._next = 1

    def token(self) -> str:
        while self._next in self._taken:
            self._next += 1
        self._taken.add(self._next)
        return TOKEN.format(self._next)

    def pair(self, open_markup: str, close_markup: str) -> tuple[Placeholder, Placeholder]:
        first, second = self.token(), self.token()
        return (Placeholder(first, OPEN, open_markup, second), Placeholder(second, CLOSE, close_markup, first))

    def standalone(self, markup: str) -> Placeholder:
        return Placeholder(self.token(), STANDALONE, markup)


def split_tokens(text: str, placeholders: Sequence[Placeholder], *,
                 keep_lost_pairs: bool = True) -> list[str | Placeholder]:
    """`text` (a model output) as text pieces and placeholders, repaired into a valid sequence.

    Tokens the unit does not own stay text. A token seen twice is kept once; a pair whose halves
    are missing, reversed or badly nested loses both halves; then every missing standalone is
    appended at the end, and (with keep_lost_pairs) every lost pair too, as an empty pair, so the
    output keeps all of the source's markup (XLIFF needs that; markdown prefers to drop a pair).
    """
    known = {placeholder.token: placeholder for placeholder in placeholders}
    pieces = _scan(text, known)
    pieces = _drop_broken_pairs(pieces)
    present = {piece.token for piece in pieces if isinstance(piece, Placeholder)}
    tail: list[str | Placeholder] = []
    for placeholder in placeholders:
        if placeholder.token in present:
            continue
        if placeholder.kind == STANDALONE or keep_lost_pairs:
            tail.append(placeholder)
    if tail and pieces and isinstance(pieces[-1], str) and not pieces[-1].endswith(" "):
        tail.insert(0, " ")
    return pieces + tail


def _scan(text: str, known: Mapping[str, Placeholder]) -> list[str | Placeholder]:
    pieces: list[str | Placeholder] = []
    seen: set[str] = set()
    position = 0
    for match in TOKEN_BACK.finditer(text):
        placeholder = known.get(TOKEN.format(int(match.group(1))))
        if placeholder is None:
            continue
        pieces.append(text[position:match.start()])
        position = match.end()
        if placeholder.token not in seen:
            seen.add(placeholder.token)
            pieces.append(placeholder)
    pieces.append(text[position:])
    return [piece for piece in pieces if piece != ""]


def _drop_broken_pairs(pieces: list[str | Placeholder]) -> list[str | Placeholder]:
    """Remove both halves of any pair that is incomplete or not properly nested, until none is."""
    while True:
        broken = first_broken_pair(pieces)
        if broken is None:
            return pieces
        pieces = [piece for piece in pieces if not (isinstance(piece, Placeholder) and piece.token in broken)]


def first_broken_pair(pieces: Sequence[str | Placeholder]) -> set[str] | None:
    stack: list[Placeholder] = []
    for piece in pieces:
        if not isinstance(piece, Placeholder) or piece.kind == STANDALONE:
            continue
        if piece.kind == OPEN:
            stack.append(piece)
        elif stack and stack[-1].token == piece.partner:
            stack.pop()
        else:
            return {piece.token, piece.partner}
    return {stack[-1].token, stack[-1].partner} if stack else None


def apart(markup: str, following: str) -> str:
    """" " when a bare URL put back is followed straight by a letter or digit, else "": Korean writes a
    verb or particle onto the word before it (링크{1}했다), and so onto the URL, which would take it in."""
    return " " if following[:1].isalnum() and _URL_START.match(markup) else ""


def plain(text: str, placeholders: Sequence[Placeholder]) -> str:
    """`text` without its placeholder tokens (what a person reads, e.g. for word counts)."""
    return "".join(piece for piece in split_tokens(text, placeholders, keep_lost_pairs=False)
                   if isinstance(piece, str))


def one_line(error: Exception) -> str:
    """An exception message on one line (libxml2 and others sometimes span several)."""
    return " ".join(str(error).split())
