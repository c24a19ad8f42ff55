"""A cache of checked glossary data for big files: loading the same file again skips parsing and checking.

Like Python's .pyc files: an entry is keyed by a hash of the file's bytes and of the loader's own code,
and lives in the user cache folder (WORKBENCH_CACHE_DIR/glossaries, else platformdirs' user cache
folder). It holds the fast path's checked columns and entry lines, written with marshal behind a
magic number and a checksum. A damaged, truncated or foreign cache file is ignored and removed; a
folder that cannot be written is ignored too: the cache can make a load faster, never change it.

Only files of at least MIN_BYTES are cached (smaller ones load in milliseconds); the KEEP most
recently used entries are kept. WORKBENCH_GLOSSARY_CACHE=0 turns the cache off.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import marshal
import os
import sys
import tempfile
import threading
from pathlib import Path

import platformdirs

MIN_BYTES = 256 * 1024
KEEP = 8
_MAGIC = b"WBGLOSS2"
_SUM = 32  # bytes of the payload's SHA-256 checksum (SHA-256: twice blake2b's speed on CPUs with SHA-NI)
_SUFFIX = ".glossary-cache"
# The files whose code decides what a cached entry holds: a change to any of them is a new key.
_CODE = ("fastload.py", "fastbuild.py", "cache.py", "schema.py", "model.py", "locales.py", "schema.json")
_COMPILED = ("_scan", "_bulk")  # glossary._scan, glossary._bulk: sources and compiled modules key it too, where present


def folder() -> Path:
    """Where cached glossaries live."""
    override = os.environ.get("WORKBENCH_CACHE_DIR")
    return (Path(override) if override else Path(platformdirs.user_cache_dir("workbench"))) / "glossaries"


def enabled(raw: bytes) -> bool:
    return (len(raw) >= MIN_BYTES and os.environ.get("WORKBENCH_GLOSSARY_CACHE", "1") != "0"
            and _code_key() is not None)


def slot(raw: bytes) -> Path | None:
    """Where the checked data of exactly these bytes is kept; None when they are not cached (small
    files, cache off). Hashing 30 MB takes a while: get and put share one slot."""
    return _path(raw) if enabled(raw) else None


def get(path: Path | None) -> tuple[dict, list[int]] | None:
    """(columns, lines) stored in `path` (a slot), or None."""
    if path is None:
        return None
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    stored = _unpacked(blob)
    if stored is None:
        _remove(path)
        return None
    try:
        os.utime(path)  # most recently used: kept longest
    except OSError:
        pass
    return stored


def put(path: Path | None, columns: dict, lines: list[int]) -> threading.Thread | None:
    """Store checked data in `path` (a slot); quietly nothing when the cache folder cannot be written.

    The data is packed here; checksum and write (30 MB take a tenth of a second, without holding the
    GIL) go on in the returned thread, meanwhile the caller builds its model: join it before returning.
    """
    if path is None:
        return None
    try:
        payload = marshal.dumps((columns, lines))
    except ValueError:  # something marshal cannot store: no cache, the load itself is fine
        return None
    writer = threading.Thread(target=_write, args=(path, payload), name="glossary-cache-write")
    try:
        writer.start()
    except RuntimeError:  # no thread to be had: write now
        _write(path, payload)
        return None
    return writer


def _write(path: Path, payload: bytes) -> None:
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # no fsync: a cache file cut short by a crash fails its checksum and is rebuilt
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=_SUFFIX, dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(_MAGIC + hashlib.sha256(payload).digest())
            handle.write(payload)
        os.replace(tmp, path)
        _prune(path.parent)
    except OSError:
        if tmp is not None:
            _remove(Path(tmp))


def _unpacked(blob: bytes) -> tuple[dict, list[int]] | None:
    head = len(_MAGIC) + _SUM
    if not blob.startswith(_MAGIC) or hashlib.sha256(memoryview(blob)[head:]).digest() != blob[len(_MAGIC):head]:
        return None
    try:
        columns, lines = marshal.loads(memoryview(blob)[head:])
    except (ValueError, EOFError, TypeError):
        return None
    if type(columns) is not dict or type(lines) is not list or len(columns.get("id", ())) != len(lines):
        return None
    return columns, lines


def _path(raw: bytes) -> Path:
    digest = hashlib.sha256(_code_key())
    digest.update(raw)
    return folder() / f"{digest.hexdigest()[:40]}{_SUFFIX}"


@functools.cache
def _code_key() -> bytes | None:
    """A hash of the loader's own code (None, and no cache, where its files cannot be read, e.g. a zip)."""
    digest = hashlib.blake2b(digest_size=16)
    here = Path(__file__).parent
    try:
        for name in _CODE:
            digest.update((here / name).read_bytes())
    except OSError:
        return None
    try:
        for path in _scanner_files(here):
            digest.update(path.read_bytes() + b"\0")
    except OSError:
        return None
    digest.update(f"{sys.version_info[:2]} {marshal.version}".encode())
    return digest.digest()


def _scanner_files(here: Path) -> list[Path]:
    """Each compiled module's source (absent from some installs) and the module itself (absent without
    a compiler): a module built from an older source, or by another Cython, keys apart."""
    files = []
    for name in _COMPILED:
        try:
            spec = importlib.util.find_spec(f"glossary.{name}")
        except (ImportError, ValueError):
            spec = None
        compiled = [Path(spec.origin)] if spec is not None and spec.origin and spec.has_location else []
        source = here / f"{name}.pyx"
        files += ([source] if source.exists() else []) + [path for path in compiled if path != source]
    return files


def _prune(where: Path) -> None:
    """Keep the KEEP most recently used entries."""
    entries = []
    for path in where.glob(f"*{_SUFFIX}"):
        try:
            entries.append((path.stat().st_mtime_ns, path))
        except OSError:
            continue
    for _, path in sorted(entries, reverse=True)[KEEP:]:
        _remove(path)


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
