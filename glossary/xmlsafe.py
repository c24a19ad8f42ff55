"""Parsing untrusted XML (TBX files from anywhere): no DTD loading, no entities, no network.

A document whose DOCTYPE declares entities is rejected before lxml sees it (XXE, billion
laughs); the parsed tree is checked again for entity declarations or unexpanded references.
A plain `<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">` (as Trados writes it) is accepted and
the DTD is never fetched.
"""

from __future__ import annotations

import codecs
import re

from lxml import etree

from glossary.errors import GlossaryError

DTD_MESSAGE = "DTD/entity declarations are not allowed"
# The first element start tag ends the prolog, the only place a DOCTYPE (and so an entity) can be.
_ROOT_START = re.compile(r"<[A-Za-z_:]")
_INTERNAL_SUBSET = re.compile(r"<!DOCTYPE\s[^\[>]*\[")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def parser() -> etree.XMLParser:
    """The only XML parser glossary code uses for files it did not write."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                           dtd_validation=False, remove_blank_text=False)


def parse(data: bytes, path: str | None = None) -> etree._Element:
    """The root element of the XML document `data`; GlossaryError (exit 2) for unsafe or broken XML."""
    _reject_entity_declarations(_prolog(data), path)
    try:
        root = etree.fromstring(data, parser())
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or 0
        raise GlossaryError(f"not well-formed XML: {_reason(exc)}", path, line) from None
    _check_tree(root.getroottree(), path)
    return root


def _prolog(data: bytes) -> str:
    """The text before the root element, decoded well enough to look for declarations."""
    text = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            break
    if text is None:
        if data[:4] in (b"<\x00?\x00", b"\x00<\x00?"):  # UTF-16 without a BOM
            text = data.decode("utf-16-le" if data[0] == 0x3C else "utf-16-be", errors="replace")
        else:
            text = data.decode("latin-1")  # every ASCII-compatible encoding keeps "<!ENTITY" readable
    found = _ROOT_START.search(text)
    return text[:found.start()] if found else text


def _reject_entity_declarations(prolog: str, path: str | None) -> None:
    if "<!ENTITY" in prolog or _INTERNAL_SUBSET.search(prolog):
        # An internal DTD subset is the only way to declare entities; none is needed in TBX.
        raise GlossaryError(DTD_MESSAGE, path, _line_of(prolog))


def _line_of(prolog: str) -> int:
    at = prolog.find("<!ENTITY")
    if at < 0:
        found = _INTERNAL_SUBSET.search(prolog)
        at = found.end() if found else 0
    return prolog.count("\n", 0, at) + 1


def _check_tree(tree: etree._ElementTree, path: str | None) -> None:
    """Defence in depth: nothing entity-like may survive parsing."""
    dtd = tree.docinfo.internalDTD
    if dtd is not None and (list(dtd.iterentities()) or list(dtd.elements())):
        raise GlossaryError(DTD_MESSAGE, path)
    for node in tree.iter(etree.Entity):
        raise GlossaryError(DTD_MESSAGE, path, node.sourceline or 0)


def _reason(exc: etree.XMLSyntaxError) -> str:
    """libxml2's message without its own file:line prefix (we print PATH:LINE ourselves)."""
    message = str(exc.msg if getattr(exc, "msg", None) else exc)
    return re.sub(r",\s*line \d+, column \d+$", "", message).strip()
