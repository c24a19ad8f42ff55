"""Glossary interchange formats: the registry by file extension and what every format shares.

One class per format (YAML, TBX v2/v3, CSV, TSV, XLSX), each with `loads`/`dumps` and the `load`/`dump`
of the shared base class (dump writes atomically: a failed export never replaces a good file).
Modules are imported only when their format is used, so YAML users never load lxml.

    fmt = formats.for_path("terms.tbx", tbx_version=2)
    glossary = fmt.load("terms.tbx")
    formats.dump(glossary, "out.csv")
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Iterable

from glossary import yamlio
from glossary.atomic import write_bytes
from glossary.errors import GlossaryError
from glossary.model import Glossary, merge
from glossary.yamlio import decode as decode_utf8  # noqa: F401 - shared by the format modules
from glossary.yamlio import read_bytes

# extension -> "module:Class" (relative to this package), and the keyword options each accepts.
REGISTRY = {
    ".yaml": "yamlfmt:YamlFormat",
    ".yml": "yamlfmt:YamlFormat",
    ".tbx": "tbx:TbxFormat",
    ".xml": "tbx:TbxFormat",
    ".csv": "csvfmt:CsvFormat",
    ".tsv": "csvfmt:TsvFormat",
    ".xlsx": "xlsxfmt:XlsxFormat",
}


class Format:
    """Base class: subclasses implement loads(data, path) and dumps(glossary) -> bytes or str.

    `warnings` collects one line per thing a load skipped (an unknown column, a language no --to
    selects): the caller shows them.
    """

    name = "?"
    options: tuple[str, ...] = ()

    def __init__(self) -> None:
        self.warnings: list[str] = []

    def loads(self, data: bytes, path: str | None = None) -> Glossary:
        raise NotImplementedError

    def dumps(self, glossary: Glossary) -> bytes:
        raise NotImplementedError

    def load(self, path: Path | str) -> Glossary:
        """Read the file at `path`; GlossaryError (exit 2) names file and line of any problem."""
        return self.loads(read_bytes(path), str(path))

    def dropped(self, glossary: Glossary) -> dict[str, int]:
        """What writing `glossary` in this format loses: {"deprecated forms": 40, ...} (counts > 0)."""
        return {}

    def dump(self, glossary: Glossary, path: Path | str) -> None:
        """Write `glossary` to `path` atomically (serialised completely before anything is replaced)."""
        write_bytes(path, self.dumps(glossary))


def for_path(path: Path | str, **options) -> Format:
    """The format for `path`'s extension, configured with the options it accepts (others ignored).

    Options: tbx_version (2 or 3, for writing TBX), target (locale of a two-column CSV/TSV/XLSX),
    delimiter (CSV/TSV), sheet (XLSX).
    """
    suffix = Path(path).suffix.lower()
    target = REGISTRY.get(suffix)
    if target is None:
        known = ", ".join(sorted(REGISTRY))
        raise GlossaryError(f"unknown glossary format '{suffix or '(no extension)'}' (known: {known})", str(path))
    module_name, class_name = target.split(":")
    cls = getattr(importlib.import_module(f"{__name__}.{module_name}"), class_name)
    return cls(**{key: value for key, value in options.items() if key in cls.options and value is not None})


def load(path: Path | str, **options) -> Glossary:
    """Load a glossary in whatever format its extension names."""
    return for_path(path, **options).load(path)


def is_yaml(path: Path | str) -> bool:
    """Whether `path` is read as our YAML format (.yaml, .yml, or no known extension at all)."""
    return REGISTRY.get(Path(path).suffix.lower(), "yamlfmt:").startswith("yamlfmt:")


def load_any(path: Path | str) -> Glossary:
    """A glossary in any format `import` reads; a name without a known extension is read as YAML."""
    return yamlio.load(path) if is_yaml(path) else load(path)


def load_many(paths: Iterable[Path | str]) -> Glossary:
    """Glossaries in any format, merged in order (a later entry replaces one with the same id);
    no paths means the bundled glossary. What every command's --glossary/-g reads."""
    return merge(load_any(path) for path in (list(paths) or [yamlio.bundled_path()]))


def dump(glossary: Glossary, path: Path | str, **options) -> None:
    """Write a glossary in whatever format the extension of `path` names."""
    for_path(path, **options).dump(glossary, path)


def unique_ids(wanted: list[str | None], sources: list[str]) -> list[str]:
    """Entry ids: the file's own where given, else a slug of the preferred source form ("kim-jong-un"),
    made unique with -2, -3... (ids given by the file are kept even if a slug would collide)."""
    taken = {entry_id for entry_id in wanted if entry_id}
    out = []
    for entry_id, source in zip(wanted, sources):
        if not entry_id:
            base = slug(source)
            entry_id, number = base, 2
            while entry_id in taken:
                entry_id, number = f"{base}-{number}", number + 1
            taken.add(entry_id)
        out.append(entry_id)
    return out


def slug(text: str) -> str:
    """"Kim Jong-un's" -> "kim-jong-un-s"; never empty."""
    return re.sub(r"[\W_]+", "-", text.lower()).strip("-") or "entry"
