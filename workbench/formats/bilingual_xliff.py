"""The bilingual XLIFF 2.0 file (`--format xliff`): real inline codes, readable notes, machine metadata.

One <unit> per segment (its `name` is the segment's own id) in one <file> per input file. Inline
markup is XLIFF 2 inline codes a CAT tool protects as tags: a standalone placeholder is
`<ph id="N" dataRef="dN"/>`, a pair `<pc id="N" dataRefStart="dN" dataRefEnd="dM">...</pc>`, and
the markup itself (`**`, `](https://...)`, `<x id="2"/>`) is the unit's <originalData>. The raw MT is
a Translation Candidates match (<mtc:match origin="mt">, with its own <originalData>; a pair the model
broke is left out of it). Every change
and finding is one <note> a reviewer reads ("deprecated: DPRK [dprk]: found «북한», expected
«조선민주주의인민공화국»"), and its exact record is kept for programs in an <mda:metadata> group
(category workbench:change or workbench:finding, one <mda:meta type="json">), which is what `load`
reads back.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Mapping, Sequence

from lxml import etree

from workbench.errors import WorkbenchError
from workbench.formats.base import CLOSE, OPEN, STANDALONE, TOKEN_BACK, XLIFF2_NS, Placeholder, split_tokens

NS = XLIFF2_NS
NS_MTC = "urn:oasis:names:tc:xliff:matches:2.0"
NS_MDA = "urn:oasis:names:tc:xliff:metadata:2.0"
STATES = {"initial", "translated", "reviewed", "final"}
_CATEGORIES = ("change", "finding")


def dump(segments: Sequence[Any], source_language: str, target_language: str, record) -> bytes:
    """The XLIFF 2.0 bytes of `segments` (formats.bilingual.BilingualSegment); `record` makes a change
    or finding a JSON-ready mapping."""
    root = etree.Element(_x("xliff"), nsmap={None: NS, "mtc": NS_MTC, "mda": NS_MDA},
                         version="2.0", srcLang=source_language, trgLang=target_language)
    files: dict[str, etree._Element] = {}
    texts: list[tuple] = []  # (element, text, placeholders, keep lost pairs): filled after indenting
    for number, segment in enumerate(segments, 1):
        if segment.file not in files:
            files[segment.file] = etree.SubElement(root, _x("file"), id=f"f{len(files) + 1}")
            if segment.file:
                files[segment.file].set("original", segment.file)
        texts += _unit(files[segment.file], segment, number, record)
    etree.indent(root, space="  ")  # before the inline content: indenting would add spaces inside it
    for element, text, placeholders, keep_lost_pairs in texts:
        _inline(element, text, placeholders, keep_lost_pairs)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


def _unit(parent: etree._Element, segment: Any, number: int, record) -> list[tuple]:
    """The unit's elements; returns what goes into its <source>/<target> elements."""
    unit = etree.SubElement(parent, _x("unit"), id=f"u{number}", name=segment.id)
    placeholders = segment.placeholders
    texts = []
    if segment.mt is not None:
        match = etree.SubElement(etree.SubElement(unit, _m("matches")), _m("match"),
                                 ref=f"#s{number}", origin="mt", type="mt")
        _original_data(match, placeholders)
        # the raw MT as the model left it: what it lost is not added, a pair whose halves it broke is not written
        kept = tuple(p for p in placeholders if p.token in segment.mt)
        texts += [(etree.SubElement(match, _x("source")), segment.source, placeholders, True),
                  (etree.SubElement(match, _x("target")), segment.mt, kept, False)]
    reviewed = (segment.changes, problems(record(item) for item in segment.findings))
    items = [(category, record(item)) for category, group in zip(_CATEGORIES, reviewed) for item in group]
    if items:
        _metadata(unit, items)
        notes = etree.SubElement(unit, _x("notes"))
        for category, item in items:
            etree.SubElement(notes, _x("note"), category=f"workbench:{category}",
                             appliesTo="target").text = describe(item)
    _original_data(unit, placeholders)
    state = segment.state if segment.state in STATES else "translated"
    body = etree.SubElement(unit, _x("segment"), id=f"s{number}", state=state)
    return texts + [(etree.SubElement(body, _x("source")), segment.source, placeholders, True),
                    (etree.SubElement(body, _x("target")), segment.target, placeholders, True)]


def problems(findings: Iterable[Mapping[str, Any]]) -> tuple[Mapping[str, Any], ...]:
    """What a reviewer must look at: the findings that are neither an `ok` verdict nor a `fixed` edit
    (the changes say those) nor a plain `info`."""
    return tuple(f for f in findings
                 if f.get("severity") not in ("ok", "info") or f.get("status") not in ("ok", "fixed", None))


def describe(item: Mapping[str, Any]) -> str:
    """A change or finding as one line a reviewer reads."""
    if "status" in item and "matched" in item:  # a glossary hit and its verdict
        found = f"found «{item['found']}», " if item.get("found") else ""
        return f"{item['status']}: {item['matched']} [{item.get('id')}]: {found}expected «{item.get('expected')}»"
    if "kind" in item and "message" in item:  # a QA issue
        fix = f" (fix: {item['fix']})" if item.get("fix") else ""
        return f"{item.get('severity', 'warning')} ({item['kind']}): {item['message']}{fix}"
    before, after = item.get("from", item.get("before")), item.get("to", item.get("after"))
    if before is not None and after is not None:  # an enforced change
        note = f"; {item['note']}" if item.get("note") else ""
        return f"glossary {item.get('id')}: «{before}» → «{after}» ({item.get('method')}){note}"
    return "; ".join(f"{key}: {value}" for key, value in item.items())


def _metadata(unit: etree._Element, items: list[tuple[str, dict]]) -> None:
    metadata = etree.SubElement(unit, _d("metadata"))
    for category, item in items:
        group = etree.SubElement(metadata, _d("metaGroup"), category=f"workbench:{category}")
        etree.SubElement(group, _d("meta"), type="json").text = json.dumps(item, ensure_ascii=False)


def _original_data(parent: etree._Element, placeholders: Sequence[Placeholder]) -> None:
    if placeholders:
        data = etree.SubElement(parent, _x("originalData"))
        for placeholder in placeholders:
            etree.SubElement(data, _x("data"), id=_data_id(placeholder.token)).text = placeholder.markup


def _inline(element: etree._Element, text: str, placeholders: Sequence[Placeholder],
            keep_lost_pairs: bool = True) -> None:
    """Fill `element` with `text`, its placeholder tokens as <ph/> and <pc>...</pc>."""
    stack = [element]
    for piece in split_tokens(text, placeholders, keep_lost_pairs=keep_lost_pairs) if placeholders else [text]:
        top = stack[-1]
        if isinstance(piece, str):
            if len(top):
                top[-1].tail = (top[-1].tail or "") + piece
            else:
                top.text = (top.text or "") + piece
        elif piece.kind == STANDALONE:
            etree.SubElement(top, _x("ph"), id=_number(piece.token), dataRef=_data_id(piece.token))
        elif piece.kind == OPEN:
            stack.append(etree.SubElement(top, _x("pc"), id=_number(piece.token),
                                          dataRefStart=_data_id(piece.token), dataRefEnd=_data_id(piece.partner)))
        else:
            stack.pop()


def load(data: bytes, path: str, parse, segment_type) -> list:
    """The segments of a file `dump` wrote (`parse` reads XML safely; `segment_type` builds a segment)."""
    root = parse(data, path)
    out = []
    for file in root.iter(_x("file")):
        for unit in file.iter(_x("unit")):
            segment = unit.find(_x("segment"))
            if segment is None:
                raise WorkbenchError(f"{path}:{unit.sourceline}: unit without <segment>")
            match = unit.find(f"{_m('matches')}/{_m('match')}")
            placeholders, source = _tokens(segment.find(_x("source")), _data(unit))
            out.append(segment_type(
                unit.get("name") or unit.get("id", ""), source, _tokens(segment.find(_x("target")), {})[1],
                _tokens(match.find(_x("target")), {})[1] if match is not None else None,
                _records(unit, "change", path), _records(unit, "finding", path), file.get("original", ""),
                segment.get("state", "initial"), tuple(placeholders)))
    return out


def _data(unit: etree._Element) -> dict[str, str]:
    return {data.get("id"): data.text or "" for data in unit.iterfind(f"{_x('originalData')}/{_x('data')}")}


def _tokens(element: etree._Element | None, data: Mapping[str, str]) -> tuple[list[Placeholder], str]:
    """An element's content back in token form, and the placeholders it holds (markup from `data`)."""
    if element is None:
        return [], ""
    placeholders, parts = [], [element.text or ""]
    for child in element:
        name = etree.QName(child).localname if isinstance(child.tag, str) else ""
        if name == "ph":
            token = _token(child.get("dataRef"))
            placeholders.append(Placeholder(token, STANDALONE, data.get(child.get("dataRef"), "")))
            parts.append(token)
        elif name == "pc":
            first, second = _token(child.get("dataRefStart")), _token(child.get("dataRefEnd"))
            inner_placeholders, inner = _tokens(child, data)
            placeholders += [Placeholder(first, OPEN, data.get(child.get("dataRefStart"), ""), second),
                             *inner_placeholders,
                             Placeholder(second, CLOSE, data.get(child.get("dataRefEnd"), ""), first)]
            parts.append(f"{first}{inner}{second}")
        parts.append(child.tail or "")
    return placeholders, "".join(parts)


def _records(unit: etree._Element, category: str, path: str) -> tuple[dict, ...]:
    groups = unit.iterfind(f"{_d('metadata')}/{_d('metaGroup')}[@category='workbench:{category}']")
    out = []
    for meta in (group.find(_d("meta")) for group in groups):
        try:
            out.append(json.loads(meta.text or "{}"))
        except json.JSONDecodeError:
            raise WorkbenchError(f"{path}:{meta.sourceline}: invalid JSON in <mda:meta>") from None
    return tuple(out)


def _number(token: str) -> str:
    return TOKEN_BACK.fullmatch(token).group(1)


def _data_id(token: str) -> str:
    return f"d{_number(token)}"


def _token(data_id: str | None) -> str:
    return "{" + (data_id or "d0")[1:] + "}"


def _x(name: str) -> str:
    return f"{{{NS}}}{name}"


def _m(name: str) -> str:
    return f"{{{NS_MTC}}}{name}"


def _d(name: str) -> str:
    return f"{{{NS_MDA}}}{name}"
