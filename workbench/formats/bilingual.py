"""Bilingual outputs (`--format xliff|tmx|json`): per segment source, MT, final target, enforced
changes and QA findings, written and read back.

XLIFF 2.0: one <unit> per segment (its `name` is the segment's own id) in one <file> per input
file; the raw MT is a Translation Candidates match (<mtc:match origin="mt">); changes and
findings are <note category="workbench:change|workbench:finding"> holding one JSON object each.
TMX 1.4: one <tu> per segment; file, id, state, MT, changes and findings are <prop type="x-...">.
JSON: {"schema_version": 1, "source_language", "target_language", "segments": [...]}.
Changes and findings are plain mappings (dataclasses such as terms.findings.Change are converted),
so this module depends on nothing but lxml.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from lxml import etree

from glossary import xmlsafe
from glossary.errors import GlossaryError
from workbench.errors import WorkbenchError
from workbench.formats.base import one_line

SCHEMA_VERSION = 1
FORMATS = {"xliff": ".xlf", "tmx": ".tmx", "json": ".json"}
NS_X2 = "urn:oasis:names:tc:xliff:document:2.0"
NS_MTC = "urn:oasis:names:tc:xliff:matches:2.0"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_X2_STATES = {"initial", "translated", "reviewed", "final"}


@dataclass(frozen=True)
class BilingualSegment:
    """One segment of a translated file, as a reviewer or a pipeline wants it.

    Attributes:
        id: the segment's id in its document (a Unit id).
        source, target: the source text and the final target (after glossary enforcement).
        mt: the model's raw output, when it differs from what was enforced (None if unknown).
        changes: enforced glossary changes (mappings: id, before, after, method...).
        findings: QA findings and unresolved violations (mappings).
        file: the input file the segment comes from.
        state: "translated" (MT), "reviewed" or "final"; XLIFF 2 state words.
    """

    id: str
    source: str
    target: str
    mt: str | None = None
    changes: tuple[Mapping[str, Any], ...] = ()
    findings: tuple[Mapping[str, Any], ...] = ()
    file: str = ""
    state: str = "translated"


def record(item: Any) -> dict[str, Any]:
    """A change or finding as a JSON-ready dict (dataclasses, mappings and objects with to_dict)."""
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        fields = {field.name: getattr(item, field.name) for field in dataclasses.fields(item)
                  if field.compare}  # compare=False fields hold bulky reports, not data
        return json.loads(json.dumps(fields, default=_jsonable, ensure_ascii=False))
    if hasattr(item, "to_dict"):
        return dict(item.to_dict())
    return json.loads(json.dumps(dict(item), default=_jsonable, ensure_ascii=False))


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return dataclasses.asdict(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


def dumps(segments: Iterable[BilingualSegment], fmt: str, source_language: str, target_language: str) -> bytes:
    """The segments as a bilingual file in `fmt` ("xliff", "tmx" or "json")."""
    writers = {"xliff": _dump_xliff, "tmx": _dump_tmx, "json": _dump_json}
    if fmt not in writers:
        raise WorkbenchError(f"unknown bilingual format {fmt!r} (known: {', '.join(FORMATS)})")
    return writers[fmt](list(segments), source_language, target_language)


def loads(data: bytes, fmt: str, path: str | None = None) -> list[BilingualSegment]:
    """Read back a file written by `dumps`."""
    readers = {"xliff": _load_xliff, "tmx": _load_tmx, "json": _load_json}
    if fmt not in readers:
        raise WorkbenchError(f"unknown bilingual format {fmt!r} (known: {', '.join(FORMATS)})")
    return readers[fmt](data, path or "<stdin>")


# JSON

def _dump_json(segments: Sequence[BilingualSegment], source_language: str, target_language: str) -> bytes:
    document = {
        "schema_version": SCHEMA_VERSION,
        "source_language": source_language,
        "target_language": target_language,
        "segments": [_segment_json(segment) for segment in segments],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _segment_json(segment: BilingualSegment) -> dict[str, Any]:
    return {"file": segment.file, "id": segment.id, "source": segment.source, "mt": segment.mt,
            "target": segment.target, "state": segment.state,
            "changes": [record(change) for change in segment.changes],
            "findings": [record(finding) for finding in segment.findings]}


def _load_json(data: bytes, path: str) -> list[BilingualSegment]:
    try:
        document = json.loads(data.decode("utf-8"))
        return [BilingualSegment(item["id"], item["source"], item["target"], item.get("mt"),
                                 tuple(item.get("changes", ())), tuple(item.get("findings", ())),
                                 item.get("file", ""), item.get("state", "translated"))
                for item in document["segments"]]
    except UnicodeDecodeError:
        raise WorkbenchError(f"{path}: not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise WorkbenchError(f"{path}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}") from None
    except (KeyError, TypeError) as exc:
        raise WorkbenchError(f"{path}: not a workbench bilingual JSON file (missing {exc})") from None


# XLIFF 2.0

def _dump_xliff(segments: Sequence[BilingualSegment], source_language: str, target_language: str) -> bytes:
    root = etree.Element(f"{{{NS_X2}}}xliff", nsmap={None: NS_X2, "mtc": NS_MTC},
                         version="2.0", srcLang=source_language, trgLang=target_language)
    files: dict[str, etree._Element] = {}
    for number, segment in enumerate(segments, 1):
        if segment.file not in files:
            files[segment.file] = etree.SubElement(root, _x("file"), id=f"f{len(files) + 1}")
            if segment.file:
                files[segment.file].set("original", segment.file)
        _xliff_unit(files[segment.file], segment, number)
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


def _xliff_unit(parent: etree._Element, segment: BilingualSegment, number: int) -> None:
    unit = etree.SubElement(parent, _x("unit"), id=f"u{number}", name=segment.id)
    if segment.mt is not None:
        match = etree.SubElement(etree.SubElement(unit, f"{{{NS_MTC}}}matches"), f"{{{NS_MTC}}}match",
                                 ref=f"#s{number}", origin="mt", type="mt")
        etree.SubElement(match, _x("source")).text = segment.source
        etree.SubElement(match, _x("target")).text = segment.mt
    if segment.changes or segment.findings:
        notes = etree.SubElement(unit, _x("notes"))
        for category, items in (("change", segment.changes), ("finding", segment.findings)):
            for item in items:
                note = etree.SubElement(notes, _x("note"), category=f"workbench:{category}")
                note.text = json.dumps(record(item), ensure_ascii=False)
    state = segment.state if segment.state in _X2_STATES else "translated"
    body = etree.SubElement(unit, _x("segment"), id=f"s{number}", state=state)
    etree.SubElement(body, _x("source")).text = segment.source
    etree.SubElement(body, _x("target")).text = segment.target


def _load_xliff(data: bytes, path: str) -> list[BilingualSegment]:
    root = _parse(data, path)
    out = []
    for file in root.iter(_x("file")):
        for unit in file.iter(_x("unit")):
            segment = unit.find(_x("segment"))
            if segment is None:
                raise WorkbenchError(f"{path}:{unit.sourceline}: unit without <segment>")
            match = unit.find(f"{{{NS_MTC}}}matches/{{{NS_MTC}}}match")
            notes = unit.findall(f"{_x('notes')}/{_x('note')}")
            out.append(BilingualSegment(
                unit.get("name") or unit.get("id", ""), _text(segment, "source"), _text(segment, "target"),
                _text(match, "target") if match is not None else None,
                _notes(notes, "workbench:change", path), _notes(notes, "workbench:finding", path),
                file.get("original", ""), segment.get("state", "initial")))
    return out


def _notes(notes: list[etree._Element], category: str, path: str) -> tuple[dict, ...]:
    return tuple(_json_text(note, path) for note in notes if note.get("category") == category)


def _x(name: str) -> str:
    return f"{{{NS_X2}}}{name}"


def _text(parent: etree._Element, name: str) -> str:
    element = parent.find(_x(name))
    return "".join(element.itertext()) if element is not None else ""


# TMX 1.4

def _dump_tmx(segments: Sequence[BilingualSegment], source_language: str, target_language: str) -> bytes:
    root = etree.Element("tmx", version="1.4")
    etree.SubElement(root, "header", creationtool="workbench", creationtoolversion=str(SCHEMA_VERSION),
                     segtype="sentence", adminlang="en", srclang=source_language, datatype="plaintext",
                     **{"o-tmf": "workbench"})
    body = etree.SubElement(root, "body")
    for segment in segments:
        tu = etree.SubElement(body, "tu", tuid=f"{segment.file}#{segment.id}" if segment.file else segment.id)
        _props(tu, segment)
        for language, text in ((source_language, segment.source), (target_language, segment.target)):
            tuv = etree.SubElement(tu, "tuv", {XML_LANG: language})
            etree.SubElement(tuv, "seg").text = text
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


def _props(tu: etree._Element, segment: BilingualSegment) -> None:
    values = [("x-file", segment.file), ("x-id", segment.id), ("x-state", segment.state)]
    if segment.mt is not None:
        values.append(("x-mt", segment.mt))
    values += [("x-change", json.dumps(record(item), ensure_ascii=False)) for item in segment.changes]
    values += [("x-finding", json.dumps(record(item), ensure_ascii=False)) for item in segment.findings]
    for kind, value in values:
        etree.SubElement(tu, "prop", type=kind).text = value


def _load_tmx(data: bytes, path: str) -> list[BilingualSegment]:
    root = _parse(data, path)
    out = []
    for tu in root.iter("tu"):
        props: dict[str, list[etree._Element]] = {}
        for prop in tu.findall("prop"):
            props.setdefault(prop.get("type", ""), []).append(prop)
        segs = ["".join(tuv.find("seg").itertext()) if tuv.find("seg") is not None else ""
                for tuv in tu.findall("tuv")]
        if len(segs) < 2:
            raise WorkbenchError(f"{path}:{tu.sourceline}: <tu> needs a source and a target <tuv>")
        first = {kind: (elements[0].text or "") for kind, elements in props.items()}
        out.append(BilingualSegment(
            first.get("x-id", tu.get("tuid", "")), segs[0], segs[1], first.get("x-mt"),
            tuple(_json_text(p, path) for p in props.get("x-change", ())),
            tuple(_json_text(p, path) for p in props.get("x-finding", ())),
            first.get("x-file", ""), first.get("x-state", "translated")))
    return out


def _json_text(element: etree._Element, path: str) -> dict:
    try:
        return json.loads(element.text or "{}")
    except json.JSONDecodeError:
        raise WorkbenchError(f"{path}:{element.sourceline}: invalid JSON in <{etree.QName(element).localname}>") \
            from None


def _parse(data: bytes, path: str) -> etree._Element:
    try:
        return xmlsafe.parse(data, path)
    except GlossaryError as exc:
        raise WorkbenchError(one_line(exc)) from None
