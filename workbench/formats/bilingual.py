"""Bilingual outputs (`--format xliff|tmx|json`): per segment source, MT, final target, enforced
changes and QA findings, written and read back.

Texts are in token form ("{1}"), each segment with the placeholders its tokens stand for.
XLIFF 2.0: formats.bilingual_xliff (inline codes, readable notes, metadata for programs).
TMX 1.4: one <tu> per segment; file, id, state, MT, changes, findings and placeholders are
<prop type="x-...">. JSON: {"schema_version": 1, "source_language", "target_language", "segments": [...]}.
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
from workbench.formats import bilingual_xliff
from workbench.formats.base import Placeholder, one_line

SCHEMA_VERSION = 1
FORMATS = {"xliff": ".xlf", "tmx": ".tmx", "json": ".json"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass(frozen=True)
class BilingualSegment:
    """One segment of a translated file, as a reviewer or a pipeline wants it.

    Attributes:
        id: the segment's id in its document (a Unit id).
        source, target: the source text and the final target (after glossary enforcement).
        mt: the model's raw output, when it differs from what was enforced (None if unknown).
        changes: enforced glossary changes (mappings: id, before, after, method...).
        findings: the segment's findings as the batch report has them (docs/findings.schema.json): the
            verdicts on the target (`ok` ones too), one `fixed` per change, the other QA issues.
            JSON and TMX carry them all; XLIFF notes the changes and the problems
            (bilingual_xliff.problems).
        file: the input file the segment comes from.
        state: "translated" (MT), "reviewed" or "final"; XLIFF 2 state words.
        placeholders: the inline markup standing in source, target and mt as tokens ("{1}").
    """

    id: str
    source: str
    target: str
    mt: str | None = None
    changes: tuple[Mapping[str, Any], ...] = ()
    findings: tuple[Mapping[str, Any], ...] = ()
    file: str = ""
    state: str = "translated"
    placeholders: tuple[Placeholder, ...] = ()


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
            "findings": [record(finding) for finding in segment.findings],
            "placeholders": [dataclasses.asdict(placeholder) for placeholder in segment.placeholders]}


def _load_json(data: bytes, path: str) -> list[BilingualSegment]:
    try:
        document = json.loads(data.decode("utf-8"))
        return [BilingualSegment(item["id"], item["source"], item["target"], item.get("mt"),
                                 tuple(item.get("changes", ())), tuple(item.get("findings", ())),
                                 item.get("file", ""), item.get("state", "translated"),
                                 tuple(Placeholder(**p) for p in item.get("placeholders", ())))
                for item in document["segments"]]
    except UnicodeDecodeError:
        raise WorkbenchError(f"{path}: not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise WorkbenchError(f"{path}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}") from None
    except (KeyError, TypeError) as exc:
        raise WorkbenchError(f"{path}: not a workbench bilingual JSON file (missing {exc})") from None


# XLIFF 2.0 (formats.bilingual_xliff)

def _dump_xliff(segments: Sequence[BilingualSegment], source_language: str, target_language: str) -> bytes:
    return bilingual_xliff.dump(segments, source_language, target_language, record)


def _load_xliff(data: bytes, path: str) -> list[BilingualSegment]:
    return bilingual_xliff.load(data, path, _parse, BilingualSegment)


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
    values += [("x-placeholder", json.dumps(dataclasses.asdict(p), ensure_ascii=False)) for p in segment.placeholders]
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
            first.get("x-file", ""), first.get("x-state", "translated"),
            tuple(Placeholder(**_json_text(p, path)) for p in props.get("x-placeholder", ()))))
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
