"""TMX and XLIFF exchange for the translation memory, through translate-toolkit.

Files are untrusted: each is checked by `glossary.xmlsafe` (no entity declarations, no DTD
loading, well-formed) before translate-toolkit sees it. Imported TMX units are 'approved'
unless the file carries our own status property (our exports do, so a round trip is lossless);
XLIFF units that are approved/final become 'approved', other translated units 'edited',
untranslated ones are skipped. Source locales are stored by language only (`en-US` -> `en`);
target locales keep their region (ko-KP is not ko).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from glossary import xmlsafe
from glossary.errors import GlossaryError
from workbench import outputs
from workbench.errors import WorkbenchError
from workbench.tm.memory import APPROVED, EDITED, STATUSES, TMRecord, normalize_locale

if TYPE_CHECKING:
    from workbench.tm.memory import TranslationMemory

BATCH = 2_000  # records per transaction while importing (a rerun of an import is idempotent)
PROP_STATUS, PROP_MODEL, PROP_GLOSSARY = "x-workbench-status", "x-workbench-model", "x-workbench-glossary"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def import_file(tm: TranslationMemory, path: Path, tgt_locale: str | None = None,
                src_locale: str | None = None) -> int:
    """Store every translated unit of a TMX/XLIFF file in `tm`; returns how many were stored."""
    stored, batch = 0, []
    for record in read_records(path, tgt_locale, src_locale):
        batch.append(record)
        if len(batch) >= BATCH:
            stored += tm.store(batch)
            batch = []
    return stored + tm.store(batch)


def read_records(path: Path, tgt_locale: str | None = None, src_locale: str | None = None) -> Iterator[TMRecord]:
    """Every translated unit of a TMX/XLIFF file as TM records (read, not stored); the file is checked
    (no entities, well-formed) before anything is parsed."""
    data = _read(path)
    try:
        root = xmlsafe.parse(data, str(path))
    except GlossaryError as exc:
        raise WorkbenchError(str(exc)) from None
    return _records(root, data, path, tgt_locale, src_locale)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise WorkbenchError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _records(root, data: bytes, path: Path, tgt: str | None, src: str | None) -> Iterator[TMRecord]:
    name = root.tag.rsplit("}", 1)[-1]
    if name == "tmx":
        return _tmx_records(data, path, tgt, src)
    if name == "xliff":
        return _xliff_records(root, data, path, tgt, src)
    raise WorkbenchError(f"{path}:{root.sourceline or 1}: not a TMX or XLIFF file "
                         f"(root element <{name}>)")


def _source_locale(code: str | None) -> str:
    return normalize_locale(code or "en").split("-")[0]


def _wanted(lang: str, tgt: str | None) -> bool:
    """`--to ko` takes ko and ko-*; `--to ko-KP` takes ko-KP only."""
    if tgt is None:
        return True
    want, have = normalize_locale(tgt), normalize_locale(lang)
    return have == want or have.startswith(want + "-")


def _tmx_records(data: bytes, path: Path, tgt: str | None, src: str | None) -> Iterator[TMRecord]:
    from translate.storage import tmx

    store = _parse_with(tmx.tmxfile, data, path)
    header = store.document.getroot().find("header")
    header_src = header.get("srclang") if header is not None else None
    for unit in store.units:
        yield from _tmx_unit(unit, header_src, path, tgt, src)


def _tmx_unit(unit, header_src: str | None, path: Path, tgt: str | None,
              src: str | None) -> Iterator[TMRecord]:
    nodes = [(node.get(_XML_LANG) or node.get("lang") or "", node) for node in unit.getlanguageNodes()]
    if len(nodes) < 2:
        return
    unit_src = unit.xmlelement.get("srclang") or header_src
    source_at = next((i for i, (lang, _) in enumerate(nodes)
                      if unit_src and normalize_locale(lang) == normalize_locale(unit_src)), 0)
    source = unit.getNodeText(nodes[source_at][1]) or ""
    props = _props(unit.xmlelement)
    status = props.get(PROP_STATUS, APPROVED)
    if status not in STATUSES:
        line = unit.xmlelement.sourceline or 0
        raise WorkbenchError(f"{path}:{line}: unknown {PROP_STATUS} {status!r}")
    dates = _dates(unit.xmlelement)
    for i, (lang, node) in enumerate(nodes):
        text = unit.getNodeText(node)
        if i == source_at or not text or not lang or not _wanted(lang, tgt):
            continue
        yield TMRecord(source, text, _source_locale(src or nodes[source_at][0]),
                       normalize_locale(tgt or lang), props.get(PROP_MODEL, ""),
                       props.get(PROP_GLOSSARY, ""), status, *dates)


def _props(element) -> dict[str, str]:
    return {p.get("type"): (p.text or "") for p in element.iterchildren("prop")}


def _dates(element) -> tuple[str | None, str | None]:
    created = _from_tmx_date(element.get("creationdate"))
    return created, _from_tmx_date(element.get("changedate")) or created


def _from_tmx_date(value: str | None) -> str | None:
    try:
        moment = datetime.strptime(value or "", "%Y%m%dT%H%M%SZ")
    except ValueError:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _to_tmx_date(value: str) -> str:
    return value[:19].replace("-", "").replace(":", "") + "Z"


def _xliff_records(root, data: bytes, path: Path, tgt: str | None,
                   src: str | None) -> Iterator[TMRecord]:
    from translate.storage import xliff, xliff2

    version = root.get("version") or ""
    two = version.startswith("2") or (not version and ":2." in (root.nsmap.get(None) or ""))
    store = _parse_with(xliff2.Xliff2File if two else xliff.xlifffile, data, path)
    target = tgt or store.gettargetlanguage()
    if not target:
        raise WorkbenchError(f"{path}: the XLIFF file names no target language; pass --to LOCALE")
    source_locale = _source_locale(src or store.getsourcelanguage())
    for unit in store.units:
        status = _xliff_status(unit, two)
        if status and unit.source:
            yield TMRecord(unit.source, unit.target, source_locale, normalize_locale(target),
                           status=status)


def _xliff_status(unit, two: bool) -> str | None:
    """'approved' for approved/final units, 'edited' for other translations, None to skip."""
    if not unit.target:
        return None
    element = unit.xmlelement
    if two:
        state = element.get("state")
        return {"final": APPROVED, "initial": None}.get(state, EDITED)
    target_node = element.find(unit.namespaced("target"))
    state = target_node.get("state") if target_node is not None else None
    if element.get("approved") == "yes" or state in ("final", "signed-off"):
        return APPROVED
    return None if state in ("new", "needs-translation") else EDITED


def _parse_with(cls, data: bytes, path: Path):
    try:
        return cls.parsestring(data)
    except Exception as exc:  # noqa: BLE001 - translate-toolkit raises many kinds for bad files
        raise WorkbenchError(f"{path}: cannot read as {cls.__name__}: {exc}") from None


def export_tmx(tm: TranslationMemory, path: Path, src_locale: str | None = None,
               tgt_locale: str | None = None, statuses: Iterable[str] | None = None) -> int:
    """Write the TM's entries as TMX 1.4 to `path` (outputs.write: `-` is stdout); returns the number of units."""
    from translate.storage import tmx

    store = tmx.tmxfile(sourcelanguage=normalize_locale(src_locale or "en"))
    count = 0
    for entry in tm.entries(src_locale, tgt_locale, statuses):
        store.addtranslation(entry.source, entry.src_locale, entry.target, entry.tgt_locale)
        _annotate(store.units[-1].xmlelement, entry)
        count += 1
    buffer = io.BytesIO()
    store.serialize(buffer)
    outputs.write(path, buffer.getvalue())
    return count


def _annotate(element, entry) -> None:
    """Our provenance as TMX props and dates, so importing the file back loses nothing."""
    element.set("creationdate", _to_tmx_date(entry.created_at))
    element.set("changedate", _to_tmx_date(entry.updated_at))
    first_tuv = element.find("tuv")
    for kind, value in ((PROP_STATUS, entry.status), (PROP_MODEL, entry.model_id),
                        (PROP_GLOSSARY, entry.glossary_version)):
        if value:
            prop = etree.Element("prop", type=kind)
            prop.text = value
            first_tuv.addprevious(prop)
