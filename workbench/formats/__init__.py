"""Document formats `workbench translate` reads and writes: the registry by file extension.

One class per format (text, markdown, XLIFF 1.2/2.x), each turning bytes into a ParsedDocument
(units + render). Modules load only when their format is used, so text users never import lxml.
Bilingual outputs (XLIFF 2 / TMX / JSON with MT, changes and findings) live in `bilingual`.

    document = formats.load("story.md")
    texts = [unit.source for unit in document.todo]
    data = document.render({unit.id: target for unit, target in zip(document.todo, targets)})
"""

from __future__ import annotations

import importlib
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.formats.base import DocumentFormat, ParsedDocument, Placeholder, Unit, read_bytes

__all__ = ["REGISTRY", "DocumentFormat", "ParsedDocument", "Placeholder", "Unit",
           "for_path", "load", "parse", "supported", "is_supported"]

# extension -> "module:Class" (relative to this package)
REGISTRY = {
    ".txt": "text:TextFormat",
    ".text": "text:TextFormat",
    ".md": "markdown:MarkdownFormat",
    ".markdown": "markdown:MarkdownFormat",
    ".xlf": "xliff:XliffFormat",
    ".xliff": "xliff:XliffFormat",
}
# stdin ("-") and files without a known extension are read as plain text only when asked.
DEFAULT = ".txt"


def supported() -> tuple[str, ...]:
    """The extensions the registry knows, sorted."""
    return tuple(sorted(REGISTRY))


def is_supported(path: Path | str) -> bool:
    return Path(path).suffix.lower() in REGISTRY


def for_path(path: Path | str, default: str | None = None) -> DocumentFormat:
    """The format for `path`'s extension (or `default`, e.g. ".txt" for stdin); WorkbenchError if none."""
    suffix = Path(path).suffix.lower()
    if suffix not in REGISTRY and default is not None:
        suffix = default
    target = REGISTRY.get(suffix)
    if target is None:
        known = ", ".join(supported())
        raise WorkbenchError(f"{path}: unknown document format '{suffix or '(no extension)'}' (known: {known})")
    module_name, class_name = target.split(":")
    return getattr(importlib.import_module(f"{__name__}.{module_name}"), class_name)()


def load(path: Path | str) -> ParsedDocument:
    """Read and parse a document in whatever format its extension names."""
    return for_path(path).parse(read_bytes(path), str(path))


def parse(data: bytes, path: Path | str, default: str | None = None) -> ParsedDocument:
    """Parse `data` as the format `path` names (the name is used in error messages too)."""
    return for_path(path, default).parse(data, str(path))
