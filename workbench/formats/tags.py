"""Inline markup in model output: every placeholder of the source back in the target, once, well formed.

A model may drop, duplicate or reorder the placeholder tokens of a unit ("{1}", see formats.base).
`restore` keeps the first copy of each token the model wrote in a valid order and puts every missing
one back where the evidence says: around (or next to) the target span of a glossary term found
inside (or next to) the source span (`Anchor`, from the segment's QA report), around an exact copy
of the source span's text, or where the model's attention (`engine.base.Alignment`) links the source
span; with no evidence a lost pair wraps the whole sentence and a lost standalone goes to the end of
the sentence (the start, when it opened the source). Every repair is described in `Restored.notes`,
from which the batch makes the segment's `tag` finding. Nothing here knows a file format.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Sequence

from workbench.formats.base import CLOSE, OPEN, STANDALONE, TOKEN, TOKEN_BACK, Placeholder, first_broken_pair

# What ends a sentence and stays after markup put back at its end.
_TAIL = re.compile(r"[\s.!?…。！？:;,\"'»”’)\]]*\Z")
_DOUBLE_SPACE = re.compile(r"(?<=\S) {2,}(?=\S)")


@dataclass(frozen=True)
class Anchor:
    """A source span known to be rendered by a target span (a glossary hit and where QA found it),
    in the coordinates of the texts given to `restore` (tokens included)."""

    source_start: int
    source_end: int
    target_start: int
    target_end: int


@dataclass(frozen=True)
class Restored:
    """The target with every placeholder exactly once in a valid order; `notes` say what was repaired."""

    text: str
    notes: tuple[str, ...] = ()


@dataclass
class _Layout:
    """A text (`raw`) without its tokens (`plain`), the tokens kept in order at offsets into it, and
    how offsets in the text with tokens map to offsets in `plain`."""

    raw: str
    plain: str
    marks: list[tuple[int, Placeholder, bool]]  # (offset in plain, placeholder, put back by restore)
    stripped: list[tuple[int, int]]  # spans of every token taken out of the original text
    counts: Counter

    def to_plain(self, raw: int) -> int:
        return raw - sum(min(end, raw) - start for start, end in self.stripped if start < raw)

    def in_token(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.stripped)


def needs_restore(source: str, target: str, placeholders: Sequence[Placeholder]) -> bool:
    """Whether the model lost, repeated or misordered any placeholder of `source` in `target`."""
    if not placeholders:
        return False
    return _damaged(_target_layout(target, placeholders, _layout(source, placeholders)), placeholders)


def _damaged(layout: _Layout, placeholders: Sequence[Placeholder]) -> bool:
    return len(layout.marks) != len(placeholders) or any(n > 1 for n in layout.counts.values())


def restore(source: str, target: str, placeholders: Sequence[Placeholder], *,
            anchors: Sequence[Anchor] = (), alignment=None) -> Restored:
    """`target` with every placeholder of `source` exactly once, in a valid order (see the module doc).

    Args:
        anchors: glossary hits of the pair (source and target offsets in `source` and `target`).
        alignment: an engine.base.Alignment of `source` and `target`, a function returning one (called
            only if the glossary hits and copies cannot place everything), or None.
    """
    src = _layout(source, placeholders)
    tgt = _target_layout(target, placeholders, src)
    if not placeholders or not _damaged(tgt, placeholders):
        return Restored(target)
    context = _Context(src, tgt, _plain_anchors(anchors, src, tgt), lambda: _links(source, target, src, tgt,
                                                                                  _called(alignment)))
    notes = [f"{_markup(p, placeholders)} appeared {n} times; the first is kept"
             for p in placeholders if p.kind != CLOSE and (n := max(tgt.counts[p.token], tgt.counts[p.partner])) > 1]
    present = {p.token for _, p, _ in tgt.marks}
    # pairs first: a standalone put back at the end of the sentence then stays outside a pair wrapping it
    for placeholder in sorted(placeholders, key=lambda p: p.kind == STANDALONE):
        if placeholder.token in present or placeholder.kind == CLOSE:
            continue
        notes.append(f"{_markup(placeholder, placeholders)} was {_lost(placeholder, tgt)}; put back "
                     f"{context.put_back(placeholder, _partner(placeholder, placeholders))}")
    return Restored(_build(context), tuple(notes))


def _layout(text: str, placeholders: Sequence[Placeholder]) -> _Layout:
    """The tokens of `text` that the unit owns, first copies only, as marks on the text without them."""
    known = {placeholder.token: placeholder for placeholder in placeholders}
    parts, marks, stripped, counts = [], [], [], Counter()
    position = length = 0
    for match in TOKEN_BACK.finditer(text):
        placeholder = known.get(TOKEN.format(int(match.group(1))))
        if placeholder is None:
            continue
        parts.append(text[position:match.start()])
        length += match.start() - position
        position = match.end()
        stripped.append((match.start(), match.end()))
        counts[placeholder.token] += 1
        if counts[placeholder.token] == 1:
            marks.append((length, placeholder, False))
    parts.append(text[position:])
    return _Layout(text, "".join(parts), marks, stripped, counts)


def _target_layout(target: str, placeholders: Sequence[Placeholder], src: _Layout) -> _Layout:
    """The target's marks without the pairs that are misordered, badly nested, or (unlike in the
    source) hold nothing but spaces: those count as lost."""
    layout = _layout(target, placeholders)
    full = {p.token for p in _pairs_around(src) if p.kind == OPEN}
    while True:
        broken = first_broken_pair([p for _, p, _ in layout.marks])
        broken = broken or next(({p.token, p.partner} for p in _pairs_around(layout, empty=True)
                                 if p.token in full), None)
        if broken is None:
            return layout
        layout.marks = [mark for mark in layout.marks if mark[1].token not in broken]


def _pairs_around(layout: _Layout, empty: bool = False) -> list[Placeholder]:
    """The opening halves of the pairs that hold text (or, with `empty`, nothing but spaces)."""
    opened = {p.token: offset for offset, p, _ in layout.marks if p.kind == OPEN}
    found = []
    for offset, placeholder, _ in layout.marks:
        start = opened.get(placeholder.partner)
        if placeholder.kind == CLOSE and start is not None and bool(layout.plain[start:offset].strip()) != empty:
            found.append(next(p for _, p, _ in layout.marks if p.token == placeholder.partner))
    return found


def _plain_anchors(anchors: Sequence[Anchor], src: _Layout, tgt: _Layout) -> list[Anchor]:
    return [Anchor(src.to_plain(a.source_start), src.to_plain(a.source_end), tgt.to_plain(a.target_start),
                   tgt.to_plain(a.target_end)) for a in anchors]


def _links(source: str, target: str, src: _Layout, tgt: _Layout, alignment) -> list[tuple[tuple, tuple]]:
    """(source span, target span) in plain offsets for every target subword the model links to a source one."""
    if alignment is None:
        return []
    source_spans = _piece_spans(source, alignment.source_tokens)
    target_spans = _piece_spans(target, alignment.target_tokens)
    if source_spans is None or target_spans is None:
        return []  # the tokenizer normalised the text: offsets are not recoverable
    links = []
    for index, link in enumerate(alignment.links):
        s, t = source_spans[link] if 0 <= link < len(source_spans) else None, target_spans[index]
        if s and t and not src.in_token(*s) and not tgt.in_token(*t):
            links.append(((src.to_plain(s[0]), src.to_plain(s[1])), (tgt.to_plain(t[0]), tgt.to_plain(t[1]))))
    return links


def _piece_spans(text: str, pieces: Sequence[str]) -> list[tuple[int, int] | None] | None:
    """Each subword's span in `text` (SentencePiece "▁" and BPE "@@" markers ignored), or None."""
    spans: list[tuple[int, int] | None] = []
    at = 0
    for piece in pieces:
        core = piece.replace("\u2581", "").replace("@@", "")
        found = text.find(core, at) if core else at
        if found < 0 or text[at:found].strip():
            return None
        spans.append((found, found + len(core)) if core else None)
        at = found + len(core)
    return spans


def _called(alignment):
    return alignment() if callable(alignment) else alignment


@dataclass
class _Context:
    src: _Layout
    tgt: _Layout
    anchors: list[Anchor]
    linker: Callable[[], list[tuple[tuple, tuple]]]
    _links: list[tuple[tuple, tuple]] | None = None

    @property
    def links(self) -> list[tuple[tuple, tuple]]:
        """(source span, target span) pairs from the model's alignment, asked for on first use."""
        if self._links is None:
            self._links = self.linker()
        return self._links

    def put_back(self, placeholder: Placeholder, partner: Placeholder | None) -> str:
        """Insert a lost placeholder (and its partner) into the target's marks; says where."""
        if placeholder.kind == STANDALONE:
            offset, how = self._point(self.src_offset(placeholder))
            self._insert(offset, placeholder, before=(OPEN,))  # after those put back there: source order
            return how
        start, end = self.src_offset(placeholder), self.src_offset(partner)
        for finder in (self._by_anchors, self._by_copy, self._by_alignment):
            span = _whole_words(self.tgt.plain, finder(start, end))
            if span is not None and self._insert_pair(placeholder, partner, *span):
                return f"around «{self.tgt.plain[span[0]:span[1]].strip()}» ({finder.__doc__})"
        self._wrap(placeholder, partner)
        return "around the whole sentence (no better place known)"

    def src_offset(self, placeholder: Placeholder) -> int:
        return next(offset for offset, p, _ in self.src.marks if p.token == placeholder.token)

    def _by_anchors(self, start: int, end: int) -> tuple[int, int] | None:
        """the glossary term's rendering"""
        inside = [a for a in self.anchors if start <= a.source_start and a.source_end <= end]
        return (min(a.target_start for a in inside), max(a.target_end for a in inside)) if inside else None

    def _by_copy(self, start: int, end: int) -> tuple[int, int] | None:
        """the same text"""
        inner = self.src.plain[start:end].strip()
        if len(inner) < 2 or self.tgt.plain.count(inner) != 1:
            return None
        at = self.tgt.plain.index(inner)
        return at, at + len(inner)

    def _by_alignment(self, start: int, end: int) -> tuple[int, int] | None:
        """the model's alignment"""
        linked = [t for s, t in self.links if s[0] < end and start < s[1]]
        return (min(t[0] for t in linked), max(t[1] for t in linked)) if linked else None

    def _point(self, at: int) -> tuple[int, str]:
        """Where a lost standalone goes in the target, and why there."""
        plain = self.src.plain
        for anchor in self.anchors:
            if anchor.source_end <= at and not plain[anchor.source_end:at].strip():
                return anchor.target_end, "after the glossary term's rendering"
            if at <= anchor.source_start and not plain[at:anchor.source_start].strip():
                return anchor.target_start, "before the glossary term's rendering"
        before = [t for s, t in self.links if s[1] <= at and not plain[s[1]:at].strip()]
        if before:
            return max(t[1] for t in before), "after the model's alignment of the preceding word"
        if not plain[:at].strip():
            return 0, "at the start of the sentence"
        return _end(self.tgt.plain), "at the end of the sentence (no better place known)"

    def _insert(self, offset: int, placeholder: Placeholder, before: tuple[str, ...], lowest: int = 0) -> int:
        """Put the placeholder at `offset`: after the marks there whose kind is not in `before`."""
        marks = self.tgt.marks
        index = lowest
        while index < len(marks) and (marks[index][0] < offset or
                                      (marks[index][0] == offset and marks[index][1].kind not in before)):
            index += 1
        marks.insert(index, (offset, placeholder, True))
        return index

    def _insert_pair(self, opening: Placeholder, closing: Placeholder, start: int, end: int) -> bool:
        """Insert a pair around [start, end) if it nests with the marks there (it tries both sides of
        the marks at each end); False, with nothing changed, when it cannot."""
        kept = list(self.tgt.marks)
        # inside the marks at each end first: pairs are put back outer first, as the source nests them
        for open_before in ((STANDALONE,), (OPEN, STANDALONE)):
            for close_before in ((CLOSE, OPEN, STANDALONE), (OPEN, STANDALONE)):
                first = self._insert(start, opening, open_before)
                self._insert(end, closing, close_before, lowest=first + 1)
                if first_broken_pair([p for _, p, _ in self.tgt.marks]) is None:
                    return True
                self.tgt.marks = list(kept)
        return False

    def _wrap(self, opening: Placeholder, closing: Placeholder) -> None:
        """Around everything: outside every other mark, so the result is always well formed."""
        end = _end(self.tgt.plain)
        inside_end = all(offset <= end for offset, _, _ in self.tgt.marks)
        self.tgt.marks.insert(0, (0, opening, True))
        self.tgt.marks.append((end if inside_end else len(self.tgt.plain), closing, True))


def _whole_words(plain: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The span widened to whole words (subwords are a model's, not a reader's) without the spaces and
    punctuation at its edges; None when nothing is left."""
    if span is None:
        return None
    start, end = span
    while start > 0 and plain[start - 1].isalnum():
        start -= 1
    while end < len(plain) and plain[end].isalnum():
        end += 1
    while start < end and not plain[start].isalnum():
        start += 1
    while end > start and not plain[end - 1].isalnum():
        end -= 1
    return (start, end) if start < end else None


def _end(plain: str) -> int:
    """The end of the sentence's words: before its closing punctuation and spaces."""
    return _TAIL.search(plain).start()


def _build(context: _Context) -> str:
    plain, out, at = context.tgt.plain, [], 0
    for offset, placeholder, new in context.tgt.marks:
        out.append(plain[at:offset])
        at = offset
        token = placeholder.token
        if new and placeholder.kind == STANDALONE:
            token = _spaced(token, context, placeholder, "".join(out), plain[offset:])
        out.append(token)
    out.append(plain[at:])
    # a token taken out (by the model or here) between two spaces leaves two: one is enough, unless
    # the source spaces that way itself
    return _DOUBLE_SPACE.sub(" ", "".join(out)) if "  " not in context.src.raw else "".join(out)


def _spaced(token: str, context: _Context, placeholder: Placeholder, before: str, after: str) -> str:
    """A standalone put back keeps the spaces it had around it in the source."""
    plain, at = context.src.plain, context.src_offset(placeholder)
    if at > 0 and plain[at - 1].isspace() and before and not before[-1].isspace():
        token = " " + token
    if at < len(plain) and plain[at].isspace() and after[:1].isalnum():
        token += " "
    return token


def _partner(placeholder: Placeholder, placeholders: Sequence[Placeholder]) -> Placeholder | None:
    return next((p for p in placeholders if p.token == placeholder.partner), None)


def _markup(placeholder: Placeholder, placeholders: Sequence[Placeholder]) -> str:
    partner = _partner(placeholder, placeholders)
    return f"{placeholder.markup}…{partner.markup}" if partner is not None else placeholder.markup


def _lost(placeholder: Placeholder, tgt: _Layout) -> str:
    if tgt.counts[placeholder.token] or (placeholder.partner and tgt.counts[placeholder.partner]):
        return "out of order (or around nothing)"
    return "missing"
