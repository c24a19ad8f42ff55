"""XLIFF 1.2 and 2.x documents: untranslated units out, targets back in, nothing else touched.

Parsed with glossary.xmlsafe (no DTD, no entities, no network; a DOCTYPE declaring entities is
refused). 1.2: one unit per <trans-unit>; 2.x: one per <segment> (id "unit" or "unit/segment").
Only untranslated units are translatable: never translate="no" (inherited from groups), 1.2
approved="yes" or state final/signed-off, 2.x state="final". A unit is untranslated when its
target is missing or empty, or its state says so (1.2 new/needs-translation, 2.x an explicit
"initial"). Inline tags become placeholders: paired tags (<g>, <pc>, <mrk>) an open/close pair
around their content, every other inline element (<x/>, <ph>, <bpt>, <ept>, <it>, <sc/>, <ec/>...)
one standalone token; render() rebuilds them from the source's own elements. Written targets get
1.2 <target state="translated"> / 2.x <segment state="translated">. The bytes before and after the
root element are copied; an empty render returns the input unchanged.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Iterator, Mapping

from lxml import etree

from glossary import xmlsafe
from glossary.errors import GlossaryError
from workbench.errors import WorkbenchError
from workbench.formats.base import (
    CLOSE, OPEN, STANDALONE, XLIFF2_NS, DocumentFormat, ParsedDocument, Placeholder, TokenMaker, Unit, one_line,
    split_tokens,
)

NS_12 = ("urn:oasis:names:tc:xliff:document:1.2", "urn:oasis:names:tc:xliff:document:1.1")
NS_2 = XLIFF2_NS
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_ROOT_START = re.compile(rb"<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^>]*>|(<[A-Za-z_:])", re.S)


@dataclass(frozen=True)
class Dialect:
    """What differs between XLIFF 1.2 and 2.x."""

    version: str
    ns: str
    paired: frozenset[str]
    locked_states: frozenset[str]
    todo_states: frozenset[str]

    def q(self, name: str) -> str:
        return f"{{{self.ns}}}{name}" if self.ns else name


def _dialect_12(ns: str) -> Dialect:
    return Dialect("1.2", ns, frozenset({"g", "mrk"}), frozenset({"final", "signed-off"}),
                   frozenset({"new", "needs-translation"}))


DIALECT_2 = Dialect("2", NS_2, frozenset({"pc", "mrk"}), frozenset({"final"}), frozenset({"initial"}))


@dataclass
class _Slot:
    """One unit as found in a parsed tree, with the elements render() needs."""

    unit: Unit
    source: etree._Element
    target: etree._Element | None
    holder: etree._Element  # 1.2 <trans-unit>, 2.x <segment>
    refs: dict[str, etree._Element]


class XliffDocument(ParsedDocument):
    format_name = "xliff"

    def __init__(self, data: bytes, dialect: Dialect, slots: list[_Slot], path: str | None) -> None:
        super().__init__([slot.unit for slot in slots], path)
        self.data = data
        self.dialect = dialect

    @property
    def version(self) -> str:
        return self.dialect.version

    def _render(self, targets: Mapping[str, str]) -> bytes:
        if not targets:
            return self.data
        root = _parse(self.data, self.path)
        for slot in _slots(root, self.dialect, self.path, only=targets):
            _write_target(slot, targets[slot.unit.id], self.dialect)
        return _serialize(root, self.data)


class XliffFormat(DocumentFormat):
    name = "xliff"
    extensions = (".xlf", ".xliff")

    def parse(self, data: bytes, path: str | None = None) -> XliffDocument:
        root = _parse(data, path)
        dialect = _dialect(root, path)
        return XliffDocument(data, dialect, list(_slots(root, dialect, path)), path)


def _parse(data: bytes, path: str | None) -> etree._Element:
    name = path or "<stdin>"
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")):
        raise WorkbenchError(f"{name}: looks like a binary file (NUL bytes), not XLIFF")
    try:
        return xmlsafe.parse(data, name)
    except GlossaryError as exc:
        raise WorkbenchError(one_line(exc)) from None


def _dialect(root: etree._Element, path: str | None) -> Dialect:
    qname = etree.QName(root)
    where = f"{path or '<stdin>'}:{root.sourceline or 1}"
    if qname.localname != "xliff":
        raise WorkbenchError(f"{where}: not an XLIFF file (root element <{qname.localname}>)")
    if qname.namespace in NS_12 or (qname.namespace is None and root.get("version", "").startswith("1.")):
        return _dialect_12(qname.namespace or "")
    if qname.namespace == NS_2:
        return DIALECT_2
    raise WorkbenchError(f"{where}: unsupported XLIFF version {root.get('version', '?')!r} "
                         f"(namespace {qname.namespace!r}); expected 1.2 or 2.x")


def _slots(root: etree._Element, dialect: Dialect, path: str | None,
           only: Mapping[str, str] | None = None) -> Iterator[_Slot]:
    """Every unit in document order (or only those whose id is in `only`: render needs no others)."""
    seen: dict[str, int] = {}
    for holder, unit_id in _holders(root, dialect):
        seen[unit_id] = seen.get(unit_id, 0) + 1
        if seen[unit_id] > 1:
            unit_id = f"{unit_id}#{seen[unit_id]}"
        if only is None or unit_id in only:
            yield _slot(holder, unit_id, dialect, path)


def _holders(root: etree._Element, dialect: Dialect) -> Iterator[tuple[etree._Element, str]]:
    """(element holding source/target, unit id) in document order."""
    if dialect.version == "1.2":
        for index, unit in enumerate(root.iter(dialect.q("trans-unit")), 1):
            yield unit, unit.get("id") or str(index)
        return
    for index, unit in enumerate(root.iter(dialect.q("unit")), 1):
        unit_id = unit.get("id") or str(index)
        segments = unit.findall(dialect.q("segment"))
        for number, segment in enumerate(segments, 1):
            yield segment, unit_id if len(segments) == 1 else f"{unit_id}/{segment.get('id') or number}"


def _slot(holder: etree._Element, unit_id: str, dialect: Dialect, path: str | None) -> _Slot:
    source = holder.find(dialect.q("source"))
    if source is None:
        raise WorkbenchError(f"{path or '<stdin>'}:{holder.sourceline}: "
                             f"unit {unit_id!r} has no <source>")
    target = holder.find(dialect.q("target"))
    maker = TokenMaker("".join(source.itertext()))
    text, placeholders, refs = _flatten(source, dialect, maker)
    partners = {placeholder.token: placeholder.partner for placeholder in placeholders}
    target_text = _target_text(target, dialect, refs, partners) if target is not None else None
    state = _state(holder, target, dialect)
    unit = Unit(unit_id, text, tuple(placeholders), target_text, state,
                _translatable(holder, target, state, dialect))
    return _Slot(unit, source, target, holder, refs)


def _state(holder: etree._Element, target: etree._Element | None, dialect: Dialect) -> str | None:
    if dialect.version == "1.2":
        return target.get("state") if target is not None else None
    return holder.get("state")


def _translatable(holder: etree._Element, target: etree._Element | None, state: str | None,
                  dialect: Dialect) -> bool:
    unit = holder if dialect.version == "1.2" else holder.getparent()
    if _inherited_translate(unit) == "no" or state in dialect.locked_states:
        return False
    if dialect.version == "1.2" and unit.get("approved") == "yes":
        return False
    return target is None or _is_empty(target) or state in dialect.todo_states


def _inherited_translate(element: etree._Element | None) -> str:
    while element is not None:
        value = element.get("translate")
        if value is not None:
            return value
        element = element.getparent()
    return "yes"


def _is_empty(element: etree._Element) -> bool:
    return len(element) == 0 and not (element.text or "").strip()


def _flatten(element: etree._Element, dialect: Dialect,
             maker: TokenMaker) -> tuple[str, list[Placeholder], dict[str, etree._Element]]:
    """The element's content as text with tokens, its placeholders, and token -> source element."""
    parts, placeholders, refs = [element.text or ""], [], {}
    for child in element:
        if isinstance(child.tag, str) and etree.QName(child).localname in dialect.paired:
            first, second = maker.pair(_start_tag(child), f"</{etree.QName(child).localname}>")
            inner, inner_placeholders, inner_refs = _flatten(child, dialect, maker)
            parts += [first.token, inner, second.token]
            placeholders += [first, *inner_placeholders, second]
            refs.update(inner_refs)
            refs[first.token] = child
        else:
            placeholder = maker.standalone(_markup(child))
            parts.append(placeholder.token)
            placeholders.append(placeholder)
            refs[placeholder.token] = child
        parts.append(child.tail or "")
    return "".join(parts), placeholders, refs


def _target_text(target: etree._Element, dialect: Dialect, refs: Mapping[str, etree._Element],
                 partners: Mapping[str, str]) -> str:
    """An existing target in the source's token form: its inline tags matched to the source's by id."""
    by_key = {_key(element): token for token, element in refs.items()}
    parts = [target.text or ""]
    for child in target:
        token = by_key.get(_key(child))
        if isinstance(child.tag, str) and etree.QName(child).localname in dialect.paired:
            inner = _target_text(child, dialect, refs, partners)
            close = partners.get(token, "")
            parts.append(f"{token}{inner}{close}" if token else inner)
        else:
            parts.append(token or "")
        parts.append(child.tail or "")
    return "".join(parts)


def _key(element: etree._Element) -> tuple:
    if not isinstance(element.tag, str):
        return ("#other", id(element))
    return (etree.QName(element).localname, element.get("id"), element.get("rid"))


def _start_tag(element: etree._Element) -> str:
    attributes = "".join(f' {etree.QName(key).localname}="{value}"' for key, value in element.attrib.items())
    return f"<{etree.QName(element).localname}{attributes}>"


def _markup(element: etree._Element) -> str:
    text = etree.tostring(element, with_tail=False, encoding="unicode")
    return re.sub(r'\sxmlns(?::\w+)?="[^"]*"', "", text)


def _write_target(slot: _Slot, text: str, dialect: Dialect) -> None:
    target = slot.target if slot.target is not None else _new_target(slot, dialect)
    pieces = split_tokens(text, slot.unit.placeholders, keep_lost_pairs=True)
    _fill(target, pieces, slot.refs)
    if dialect.version == "1.2":
        target.set("state", "translated")
    else:
        slot.holder.set("state", "translated")


def _new_target(slot: _Slot, dialect: Dialect) -> etree._Element:
    holder, source = slot.holder, slot.source
    anchor = holder.find(dialect.q("seg-source")) if dialect.version == "1.2" else None
    anchor = anchor if anchor is not None else source
    target = holder.makeelement(dialect.q("target"), {})
    if source.get(XML_SPACE):
        target.set(XML_SPACE, source.get(XML_SPACE))
    anchor.addnext(target)
    # Keep the indentation: the target takes the anchor's tail; the anchor takes its own line's.
    target.tail = anchor.tail
    if target.getnext() is None and anchor.getprevious() is not None:
        anchor.tail = anchor.getprevious().tail
    elif target.getnext() is None:
        anchor.tail = holder.text
    return target


def _fill(target: etree._Element, pieces: list, refs: Mapping[str, etree._Element]) -> None:
    """Replace the target's content with text and copies of the source's inline elements."""
    target.text = None
    for child in list(target):
        target.remove(child)
    stack = [target]
    for piece in pieces:
        top = stack[-1]
        if isinstance(piece, str):
            _append_text(top, piece)
        elif piece.kind == STANDALONE:
            element = copy.deepcopy(refs[piece.token])
            element.tail = None
            top.append(element)
        elif piece.kind == OPEN:
            original = refs[piece.token]
            element = top.makeelement(original.tag, dict(original.attrib))
            top.append(element)
            stack.append(element)
        elif piece.kind == CLOSE:
            stack.pop()


def _append_text(element: etree._Element, text: str) -> None:
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


def _serialize(root: etree._Element, data: bytes) -> bytes:
    """The new root element between the original prolog and trailer bytes."""
    encoding = root.getroottree().docinfo.encoding or "UTF-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")):  # UTF-16: let lxml write it all
        return etree.tostring(root.getroottree(), encoding=encoding, xml_declaration=True)
    body = etree.tostring(root, encoding=encoding, xml_declaration=False)
    start = next((match.start(1) for match in _ROOT_START.finditer(data) if match.group(1)), 0)
    trailer = data[len(data.rstrip()):]
    return data[:start] + body + trailer
