"""Markdown (.md): prose is translated, everything else is copied byte for byte.

What we chose: markdown-it-py (CommonMark + tables) finds the blocks; paragraphs, headings and
table cells are translated (inside lists and block quotes too; a cell stays on its row, with any
"|" of its translation escaped). Fenced and indented code, HTML blocks, the table's delimiter row,
link reference definitions and YAML front matter are never touched. Inside a
translated block, inline spans the model must not change become placeholder tokens: code spans,
images, inline HTML, autolinks, bare URLs, entities and backslash escapes (one token each), and
the markers around text that IS translated, as open/close pairs: emphasis (`*`, `**`, `_`, `~~`),
links (`[` ... `](target)`, so link text is translated and the target is kept) and matching HTML
start and end tags (`<b>` ... `</b>`). Heading markers, list markers and quote prefixes are outside
the translated span and stay.

A block is translated sentence by sentence (workbench.segment on the token text) and written
back on one line: hard wraps and hard line breaks inside a paragraph become spaces. A block whose
targets all equal their sources is kept exactly as it was. The batch puts back every token the model
lost before rendering (workbench.formats.tags); should one still be missing here, a pair is dropped
(the text stays) and a standalone span is appended to the block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

from workbench.formats.base import (
    CLOSE, OPEN, URL, DocumentFormat, ParsedDocument, Placeholder, TokenMaker, Unit, apart, split_tokens,
)
from workbench.segment import decode_source, segment_text

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?:.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_ATX = re.compile(r" {0,3}#{1,6}(?:[ \t]+|$)")
_INLINE = re.compile(r"""
  (?P<code>(?P<ticks>`+)(?!`).+?(?<!`)(?P=ticks)(?!`))
| (?P<image>!\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])?)
| (?P<html><!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*?)?/?>
           |<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<[^\s<>@]+@[^\s<>]+>)
| (?P<close>\](?:\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)|\[[^\]\n]*\]))
| (?P<open>\[)
| (?P<url>""" + URL + r""")
| (?P<entity>&(?:\#\d{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)
| (?P<hardbreak>\\\n)
| (?P<escape>\\[!-/:-@\[-`{-~])
| (?P<delim>\*{1,3}|_{1,3}|~~)
""", re.X | re.S)
_STANDALONE = {"code", "image", "html", "url", "entity", "escape"}
# An HTML start or end tag (not self-closing): <b> ... </b> wraps text like emphasis does.
_HTML_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)(?:\s+[^<>]*?)?(?<!/)>")


@dataclass(frozen=True)
class _Block:
    """A translated span of the document: one paragraph's or heading's inline content."""

    start: int
    end: int
    unit_ids: tuple[str, ...]
    placeholders: tuple[Placeholder, ...]
    cell: bool = False  # a table cell: a "|" in its translation must be escaped


class MarkdownDocument(ParsedDocument):
    format_name = "markdown"

    def __init__(self, text: str, bom: bool, blocks: list[_Block], units: list[Unit],
                 path: str | None) -> None:
        super().__init__(units, path)
        self.text, self.bom, self.blocks = text, bom, blocks

    def _render(self, targets: Mapping[str, str]) -> bytes:
        out, position = [], 0
        for block in self.blocks:
            units = [self.unit(unit_id) for unit_id in block.unit_ids]
            texts = [targets.get(unit.id, unit.source) for unit in units]
            if texts == [unit.source for unit in units]:
                continue
            out += [self.text[position:block.start], _restore(" ".join(texts), block.placeholders, block.cell)]
            position = block.end
        out.append(self.text[position:])
        return (("\ufeff" if self.bom else "") + "".join(out)).encode("utf-8")


class MarkdownFormat(DocumentFormat):
    name = "markdown"
    extensions = (".md", ".markdown")

    def parse(self, data: bytes, path: str | None = None) -> MarkdownDocument:
        text = decode_source(data, path or "<stdin>")
        bom = text.startswith("\ufeff")
        text = text[1:] if bom else text
        blocks, units = [], []
        for lines, cell in _prose_spans(text):
            block, block_units = _block(text, lines, len(units), cell)
            if block_units:
                blocks.append(block)
                units += block_units
        return MarkdownDocument(text, bom, blocks, units, path)


def _prose_spans(text: str) -> list[tuple[list[tuple[int, int]], bool]]:
    """Per paragraph, heading and table cell, in document order, the (start, end) of its content on
    each line, and whether it is a table cell."""
    starts = _line_starts(text)
    lines = text.split("\n")
    spans = []
    cells: dict[int, int] = {}  # line number -> where the next cell of that row is looked for
    tokens = _parser().parse(_blank_front_matter(text))
    for previous, token in zip(tokens, tokens[1:]):
        if token.type != "inline" or not token.map:
            continue
        cell = previous.type in ("th_open", "td_open")
        if cell:
            span = _locate_cell(lines[token.map[0]], starts[token.map[0]], token.content, cells, token.map[0])
        elif previous.type in ("paragraph_open", "heading_open"):
            heading = previous.type == "heading_open" and previous.markup.startswith("#")
            span = _locate(lines, starts, token.map[0], token.content.split("\n"), heading)
        else:
            continue
        if span is not None:
            spans.append((span, cell))
    return spans


def _locate_cell(line: str, start: int, content: str, cells: dict[int, int], number: int) -> list | None:
    """The cell's content on its row, looked for after the row's previous cell; None (untouched)
    when it is empty or not found between two pipes (or a pipe and the line's end)."""
    if not content.strip():
        return None
    content = content.replace("|", "\\|")  # the parser unescaped the pipes the line escapes
    at = line.find(content, cells.get(number, 0))
    if at < 0:
        return None
    end = at + len(content)
    cells[number] = end
    before, after = line[:at].rstrip(), line[end:].lstrip()
    if not (before.endswith("|") or not before.strip(" >")) or not (after.startswith("|") or not after.strip()):
        return None
    return [(start + at, start + end)]


def _locate(lines: list[str], starts: list[int], first: int, content: list[str],
            heading: bool) -> list[tuple[int, int]] | None:
    """The (start, end) of the block's content on each of its lines.

    None (the block is left untouched) when the content cannot be found where it should be.
    """
    spans = []
    for number, wanted in enumerate(content, first):
        raw, wanted = lines[number].rstrip(" \t\r"), wanted.strip(" \t\r")
        if heading:
            marker = _ATX.match(raw)
            at = raw.find(wanted, marker.end() if marker else 0)
        else:
            at = len(raw) - len(wanted) if raw.endswith(wanted) else -1
        if at < 0:
            return None
        spans.append((starts[number] + at, starts[number] + at + len(wanted)))
    return spans if spans and spans[-1][1] > spans[0][0] else None


def _block(text: str, lines: list[tuple[int, int]], numbered: int, cell: bool) -> tuple[_Block, list[Unit]]:
    # Continuation lines' prefixes ("> ", indentation) are not content; the block is one line on output.
    content = "\n".join(text[start:end] for start, end in lines)
    model_text, placeholders = protect(content)
    units = []
    for segment in segment_text(model_text).segments:
        mine = tuple(p for p in placeholders if p.token in segment.text)
        units.append(Unit(str(numbered + len(units) + 1), segment.text, mine))
    block = _Block(lines[0][0], lines[-1][1], tuple(unit.id for unit in units), tuple(placeholders), cell)
    return block, units


def protect(content: str) -> tuple[str, list[Placeholder]]:
    """Inline markdown as model text with placeholder tokens, and those placeholders in order."""
    items = _pair(_lex(content))
    maker, placeholders, parts, tokens = TokenMaker(content), [], [], {}
    for index, (kind, markup, partner) in enumerate(items):
        if kind == "text":
            parts.append(markup)
            continue
        if kind == OPEN:
            first, second = maker.pair(markup.replace("\n", " "), items[partner][1].replace("\n", " "))
            tokens[partner] = second
            placeholder = first
        else:
            placeholder = tokens.pop(index) if kind == CLOSE else maker.standalone(markup.replace("\n", " "))
        placeholders.append(placeholder)
        parts.append(placeholder.token)
    return " ".join("".join(parts).split()), placeholders


def _lex(content: str) -> list[list]:
    """[kind, text, extra]: kind text/standalone/link-open/link-close/delim."""
    items, position = [], 0
    for match in _INLINE.finditer(content):
        if match.start() > position:
            items.append(["text", content[position:match.start()], None])
        position = match.end()
        kind, value = match.lastgroup, match.group()
        if kind == "hardbreak":
            items.append(["text", " ", None])
        elif kind == "html" and _HTML_TAG.fullmatch(value):
            tag = _HTML_TAG.fullmatch(value)
            items.append(["html-close" if tag.group(1) else "html-open", value, tag.group(2).lower()])
        elif kind in _STANDALONE:
            items.append(["standalone", value, None])
        elif kind == "delim":
            items.append(["delim", value, _flanking(content, match.start(), match.end(), value)])
        else:
            items.append([kind, value, None])
    if position < len(content):
        items.append(["text", content[position:], None])
    return items


def _flanking(content: str, start: int, end: int, run: str) -> tuple[bool, bool]:
    """(can open, can close) for a delimiter run, a simplified CommonMark rule."""
    before = content[start - 1] if start else " "
    after = content[end] if end < len(content) else " "
    can_open, can_close = not after.isspace(), not before.isspace()
    if run[0] == "_" and before.isalnum() and after.isalnum():
        return False, False  # snake_case is not emphasis
    return can_open, can_close


def _pair(items: list[list]) -> list[list]:
    """Match openers with closers (one stack, so pairs nest); unmatched markers become text."""
    out: list[list] = []
    stack: list[int] = []
    for kind, value, extra in items:
        if kind in ("close", "html-close") or (kind == "delim" and extra[1]):
            opener = _find_opener(out, stack, {"close": "open", "html-close": f"html:{extra}"}.get(kind, value))
            if opener is not None:
                out[opener] = [OPEN, out[opener][1], len(out)]
                out.append([CLOSE, value, opener])
                continue
        if kind in ("open", "html-open") or (kind == "delim" and extra[0]):
            stack.append(len(out))
            out.append(["opener", value, f"html:{extra}" if kind == "html-open" else kind])
            continue
        out.append([_unpaired(kind), value, None])
    return [[_unpaired(extra), value, None] if kind == "opener" else [kind, value, extra]
            for kind, value, extra in out]


def _unpaired(kind: str) -> str:
    """What a marker that found no partner is: an HTML tag stays protected, a `*` or `[` is text."""
    if kind.startswith("html"):
        return "standalone"
    return "text" if kind in ("open", "close", "delim") else kind


def _find_opener(out: list[list], stack: list[int], wanted: str) -> int | None:
    """Pop the stack down to the opener that matches `wanted` ('open' for links, an HTML tag name,
    else the delimiter run)."""
    for depth in range(len(stack) - 1, -1, -1):
        _, value, kind = out[stack[depth]]
        if kind == wanted or (kind == "delim" and value == wanted):
            opener = stack[depth]
            del stack[depth:]  # openers above it can no longer close: they stay text (a tag: protected)
            return opener
    return None


def _restore(text: str, placeholders: tuple[Placeholder, ...], cell: bool = False) -> str:
    """Model output back to markdown; markers hug their text, as emphasis needs; in a table cell
    the translation's own pipes are escaped and it stays on one line."""
    out: list[str] = []
    hug = False
    for piece in split_tokens(text, placeholders, keep_lost_pairs=False):
        if isinstance(piece, str):
            piece = " ".join(piece.replace("|", "\\|").splitlines()) if cell else piece
            piece = piece.lstrip() if hug else piece
            out.append(apart(out[-1], piece) + piece if out else piece)
            hug = False
            continue
        if piece.kind == CLOSE and out:
            out[-1] = out[-1].rstrip()
        out.append(piece.markup)
        hug = piece.kind == OPEN
    return "".join(out).strip()


def _blank_front_matter(text: str) -> str:
    """The text with YAML front matter blanked (same line count, so block line numbers still fit)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text
    return "\n" * match.group().count("\n") + text[match.end():]


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts += [match.end() for match in re.finditer("\n", text)]
    return starts


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])
