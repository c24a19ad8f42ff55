"""The glossary YAML format as a registry entry: a thin wrapper over glossary.yamlio (which owns it)."""

from __future__ import annotations

from glossary import yamlio
from glossary.formats import Format, decode_utf8
from glossary.model import Glossary


class YamlFormat(Format):
    """Our own format (schema_version 1): carries everything the model holds."""

    name = "yaml"

    def load(self, path) -> Glossary:
        return yamlio.load(path)  # the fast path and the cache of big glossaries

    def loads(self, data: bytes, path: str | None = None) -> Glossary:
        return yamlio.loads(decode_utf8(data, path), path)

    def dumps(self, glossary: Glossary) -> bytes:
        return yamlio.dump(glossary).encode("utf-8")
