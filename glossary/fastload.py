"""Fast path for loading *valid* glossary files: the compiled scanner -> a trusting builder.

It reports nothing itself. Whenever the text or the data is anything but plainly valid (YAML outside
the scanner's subset, an anchor or tag, a non-string where a string belongs, an unknown key, a bad
term...) it gives up, and glossary.yamlio reruns the exact PyYAML path, which returns the same model
or reports every problem as PATH:LINE:COL.
Reading: glossary._scan (Cython) reads the block-style subset glossary files use straight into
Python objects, exactly as PyYAML with StringLoader would, with each entry's line; it answers None
for anything else. Where it is not built (no C compiler at install) every file takes the exact path.
Safety: the scanner executes no tags and refuses anchors, aliases, tags and directives itself, so
alias expansion (billion laughs) cannot happen here.
Speed: the data is validated completely at load, in bulk passes (glossary.fastbuild); Entry.targets
are built only when first read. Big files keep their checked data in glossary.cache, keyed by their
bytes: loading the same file again skips parsing and checking.
"""

from __future__ import annotations

from glossary import cache
from glossary.fastbuild import SHAPES_OK, Builder, Fallback, assemble
from glossary.model import Glossary

try:
    from glossary import _scan
except ImportError:  # not compiled (no C compiler at install): the exact path reads every file
    _scan = None

ENABLED = _scan is not None and SHAPES_OK


def try_load(raw: bytes, path: str | None) -> Glossary | None:
    """The Glossary in UTF-8 `raw` (already known to decode), or None when the slow path must decide."""
    if not ENABLED:
        return None
    slot = cache.slot(raw)
    stored = cache.get(slot)
    if stored is not None:
        return assemble(*stored, path)
    checked = _checked(raw)
    if checked is None:
        return None
    writing = cache.put(slot, *checked)
    glossary = assemble(*checked, path)
    if writing is not None:
        writing.join()  # the cache file is in place (or given up on) when the load returns
    return glossary


def _checked(raw: bytes) -> tuple[dict, list[int]] | None:
    """The checked columns and entry lines of `raw`; None when the slow path must decide."""
    scanned = scan(raw)
    if scanned is None:
        return None
    data, lines, _ = scanned
    try:
        columns = Builder().columns(data)
    except Fallback:
        return None
    return (columns, lines) if len(lines) == len(columns["id"]) else None  # a line for each Entry


def scan(raw: bytes) -> tuple[object, list[int], bytes] | None:
    """What the compiled scanner reads in UTF-8 `raw`, unchecked: (data, entry lines, the normalised
    text the lines count in); None when it is not built or steps aside (glossary.bigcheck uses it)."""
    if _scan is None:
        return None
    text = _normalised(raw)
    scanned = _scan.scan(text)
    return None if scanned is None else (*scanned, text)


_BOM = b"\xef\xbb\xbf"


def _normalised(raw: bytes) -> bytes:
    """`raw` without BOM and with CRLF as LF: same lines, same YAML, and text the scanner reads (it
    refuses a BOM and every CR, so a lone CR, a line break only to libyaml, still steps aside)."""
    raw = raw.removeprefix(_BOM)
    return raw.replace(b"\r\n", b"\n") if b"\r" in raw else raw
