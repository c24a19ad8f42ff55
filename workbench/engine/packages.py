"""Argos packages on disk: read metadata, verify archives, install, list, unpack and remove.

argostranslate creates folders when it is imported, so it is imported lazily inside the
functions that need it, never at module import.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import socket
import stat
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from workbench import paths
from workbench.errors import WorkbenchError

DEMO_DIR = Path(__file__).resolve().parent.parent / "demo" / "packages"
TOKENIZER_FILES = ("sentencepiece.model", "bpe.model")
# Real Argos packages are 30–500 MB of barely compressible weights; these limits leave
# ample room for them while refusing archives that would fill the disk when extracted.
MAX_TOTAL_BYTES = 4 * 1024**3
MAX_ENTRIES = 5_000
MAX_RATIO = 200  # uncompressed / compressed, per entry and for the whole archive
RATIO_FLOOR_BYTES = 1024**2  # tiny entries may compress well without being a bomb
NETWORK_TIMEOUT_S = 20


@dataclass(frozen=True)
class PackageInfo:
    """What we know about one Argos package (installed folder or bundled archive)."""

    name: str  # folder name inside the archive / packages dir
    code: str  # argospm-style code, e.g. "translate-en_ko"
    from_code: str
    to_code: str
    version: str
    path: Path
    installed: bool
    target_prefix: str = ""
    workbench: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def is_demo(self) -> bool:
        """True for the bundled toy models (metadata "workbench": {"demo": true})."""
        return bool(self.workbench.get("demo"))

    @property
    def pair(self) -> str:
        return f"{self.from_code}→{self.to_code}"


def _fail(path: Path | str, what: str) -> WorkbenchError:
    return WorkbenchError(f"{path}: {what}")


def quiet_argos_logging() -> None:
    """Keep argostranslate's log records off the terminal: our own errors say it in one line."""
    logger = logging.getLogger("argostranslate")
    if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
        # with no handler at all, Python's last-resort handler prints every warning to stderr
        logger.addHandler(logging.NullHandler())


def parse_metadata(raw: bytes | str, where: str) -> dict[str, Any]:
    """Parse and check an Argos metadata.json; raise WorkbenchError naming `where`."""
    try:
        meta = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        line = getattr(exc, "lineno", None)
        at = f" line {line}" if line else ""
        raise WorkbenchError(f"{where}:{at} metadata.json is not valid JSON ({exc})") from None
    if not isinstance(meta, dict):
        raise WorkbenchError(f"{where}: metadata.json must hold a JSON object")
    for key in ("from_code", "to_code", "package_version"):
        if not isinstance(meta.get(key), str) or not meta[key].strip():
            raise WorkbenchError(f"{where}: metadata.json lacks a string '{key}'")
    return meta


def info_from_metadata(meta: dict[str, Any], name: str, path: Path, installed: bool) -> PackageInfo:
    """Build a PackageInfo from parsed metadata."""
    kind = meta.get("type", "translate") or "translate"
    extra = meta.get("workbench")
    return PackageInfo(
        name=name,
        code=f"{kind}-{meta['from_code']}_{meta['to_code']}",
        from_code=meta["from_code"],
        to_code=meta["to_code"],
        version=meta["package_version"],
        path=path,
        installed=installed,
        target_prefix=str(meta.get("target_prefix", "") or ""),
        workbench=extra if isinstance(extra, dict) else {},
    )


def read_package_dir(folder: Path, installed: bool = False) -> PackageInfo:
    """Read and check an unpacked package folder (metadata, model/, tokenizer)."""
    meta_path = folder / "metadata.json"
    if not meta_path.is_file():
        raise _fail(folder, "not an Argos package (no metadata.json)")
    meta = parse_metadata(meta_path.read_bytes(), str(meta_path))
    if not (folder / "model" / "model.bin").is_file():
        raise _fail(folder, "package has no model/model.bin")
    if not any((folder / t).is_file() for t in TOKENIZER_FILES):
        raise _fail(folder, "package has no sentencepiece.model or bpe.model")
    return info_from_metadata(meta, folder.name, folder, installed)


# ---------------------------------------------------------------- archive checks


def _check_entry(path: Path, info: zipfile.ZipInfo) -> None:
    name = info.filename
    pure = PurePosixPath(name)
    if name.startswith(("/", "\\")) or "\\" in name or (len(name) > 1 and name[1] == ":"):
        raise _fail(path, f"unsafe absolute path in archive: {name!r}")
    if ".." in pure.parts:
        raise _fail(path, f"unsafe '..' path in archive: {name!r}")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise _fail(path, f"symbolic link in archive: {name!r}")
    if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise _fail(path, f"entry {name!r} expands {info.file_size // max(info.compress_size, 1)}×: "
                    "refusing a possible zip bomb")


def _check_sizes(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ENTRIES:
        raise _fail(path, f"archive has {len(infos)} entries (limit {MAX_ENTRIES})")
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL_BYTES:
        raise _fail(path, f"archive expands to {total} bytes (limit {MAX_TOTAL_BYTES})")
    packed = max(path.stat().st_size, 1)
    if total > RATIO_FLOOR_BYTES and total > MAX_RATIO * packed:
        raise _fail(path, f"archive expands {total // packed}×: refusing a possible zip bomb")


def _top_folder(path: Path, infos: list[zipfile.ZipInfo]) -> str:
    tops = {PurePosixPath(i.filename).parts[0] for i in infos if PurePosixPath(i.filename).parts}
    if len(tops) != 1:
        raise _fail(path, f"archive must hold exactly one top folder, found {len(tops)}")
    top = tops.pop()
    if any(i.filename.rstrip("/") == top and not i.is_dir() for i in infos):
        raise _fail(path, "archive must hold one top folder, not a single file")
    return top


def _read_member(path: Path, zf: zipfile.ZipFile, name: str) -> bytes:
    try:
        return zf.read(name)
    except KeyError:
        raise _fail(path, f"archive lacks {name}") from None


def _check_contents(path: Path, zf: zipfile.ZipFile, top: str) -> dict[str, Any]:
    names = set(zf.namelist())
    meta = parse_metadata(_read_member(path, zf, f"{top}/metadata.json"), f"{path}: {top}/metadata.json")
    if f"{top}/model/model.bin" not in names:
        raise _fail(path, f"archive lacks {top}/model/model.bin")
    try:
        json.loads(_read_member(path, zf, f"{top}/model/config.json"))
    except ValueError as exc:
        raise _fail(path, f"{top}/model/config.json is not valid JSON ({exc})") from None
    if not any(f"{top}/{t}" in names for t in TOKENIZER_FILES):
        raise _fail(path, f"archive lacks {top}/sentencepiece.model or {top}/bpe.model")
    bad = zf.testzip()
    if bad is not None:
        raise _fail(path, f"archive member {bad!r} is corrupt (CRC mismatch)")
    return meta


def verify_archive(path: Path) -> PackageInfo:
    """Check an .argosmodel file thoroughly before anything is extracted.

    Returns:
        The package described by the archive (not installed, path = the archive).
    Raises:
        WorkbenchError: one line naming the file and what is wrong.
    """
    path = Path(path)
    if not path.is_file():
        raise _fail(path, "no such file")
    if not zipfile.is_zipfile(path):
        raise _fail(path, "not an Argos package (not a zip archive)")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            for info in infos:
                _check_entry(path, info)
            _check_sizes(path, infos)
            top = _top_folder(path, infos)
            meta = _check_contents(path, zf, top)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, RuntimeError) as exc:
        raise _fail(path, f"unreadable zip archive ({exc})") from None
    return info_from_metadata(meta, top, path, installed=False)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def unpack_cached(path: Path) -> Path:
    """Unpack a verified .argosmodel once into the cache (keyed by its sha256); return the folder."""
    path = Path(path)
    if not path.is_file():
        raise _fail(path, "no such file")
    root = paths.cache_dir() / "argos-unpacked" / file_sha256(path)
    done = [d for d in root.iterdir() if (d / "metadata.json").is_file()] if root.is_dir() else []
    if len(done) == 1:  # same bytes were verified and unpacked before
        return done[0]
    folder = root / verify_archive(path).name
    paths.ensure(root.parent)
    tmp = Path(tempfile.mkdtemp(prefix=".unpack-", dir=root.parent))
    try:
        with zipfile.ZipFile(path) as zf:
            zf.extractall(tmp)
        # rename is atomic: a concurrent reader sees either nothing or a whole package
        if not root.exists():
            tmp.rename(root)
    except OSError as exc:
        if not (folder / "metadata.json").is_file():  # else another process won the race
            raise _fail(path, f"cannot unpack into {root} ({exc})") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return folder


# ---------------------------------------------------------------- installed packages


def packages_dir() -> Path:
    """Argos's own packages folder (honours ARGOS_PACKAGES_DIR and its settings.json)."""
    from argostranslate import settings  # lazy: creates folders on import

    return Path(settings.package_data_dir)


def installed_packages() -> list[PackageInfo]:
    """Every readable package in Argos's packages folder; unreadable folders are skipped."""
    root = packages_dir()
    found = []
    for folder in sorted(root.iterdir()) if root.is_dir() else []:
        if not folder.is_dir() or folder.name.startswith("."):
            continue
        try:
            found.append(read_package_dir(folder, installed=True))
        except WorkbenchError:
            continue
    return found


def bundled_demos() -> list[PackageInfo]:
    """The toy demo packages shipped with workbench (read from the archives, not extracted)."""
    demos = []
    for archive in sorted(DEMO_DIR.glob("*.argosmodel")):
        try:
            demos.append(verify_archive(archive))
        except WorkbenchError:
            continue
    return demos


def demo_archive(source: str, target: str) -> Path:
    """Where the bundled demo for a pair lives (it may not exist)."""
    return DEMO_DIR / f"translate-{source}_{target}-demo.argosmodel"


def _argos_uninstall(folder: Path) -> None:
    quiet_argos_logging()
    from argostranslate import package as argos_package

    argos_package.uninstall(argos_package.Package(folder))


def install_file(path: Path) -> PackageInfo:
    """Verify an .argosmodel and install it with argostranslate, replacing the same-named package.

    The old package is moved aside first and put back if the install fails, so a good package
    is never replaced by a broken one.
    """
    path = Path(path)
    info = verify_archive(path)
    target = packages_dir() / info.name
    backup = target.with_name(f".replacing-{info.name}")
    shutil.rmtree(backup, ignore_errors=True)
    if target.exists():
        target.rename(backup)
    try:
        _argos_install(path)
        installed = read_package_dir(target, installed=True)
    except BaseException as exc:
        shutil.rmtree(target, ignore_errors=True)
        if backup.exists():
            backup.rename(target)
        if isinstance(exc, (OSError, WorkbenchError)):
            raise _fail(path, f"install failed, previous package kept ({exc})") from None
        raise
    shutil.rmtree(backup, ignore_errors=True)
    return installed


def _argos_install(path: Path) -> None:
    quiet_argos_logging()
    from argostranslate import package as argos_package

    argos_package.install_from_path(path)


def find_installed(name: str) -> list[PackageInfo]:
    """Installed packages whose folder name or code (translate-en_ko) equals `name`."""
    return [p for p in installed_packages() if name in (p.name, p.code)]


def remove(name: str) -> PackageInfo:
    """Uninstall the package called `name` (folder name or code)."""
    matches = find_installed(name)
    if not matches:
        known = ", ".join(p.name for p in installed_packages()) or "none installed"
        raise WorkbenchError(f"no installed package named {name!r} (installed: {known})")
    if len(matches) > 1:
        names = ", ".join(p.name for p in matches)
        raise WorkbenchError(f"{name!r} matches several packages ({names}); give the folder name")
    _argos_uninstall(matches[0].path)
    return matches[0]


# ---------------------------------------------------------------- online install


OFFLINE_HINT = ("install a downloaded file with `workbench models install-file PATH.argosmodel` "
                "or use `--model demo`")


def _load_index() -> list[dict[str, Any]]:
    """Refresh and parse Argos's package index; never call get_available_packages() blind,
    because it recurses forever when the index cannot be fetched."""
    quiet_argos_logging()
    from argostranslate import package as argos_package, settings

    try:
        argos_package.update_package_index()
    except Exception:  # noqa: BLE001 - any failure means "no index"; the check below explains
        pass
    index_path = Path(settings.local_package_index)
    try:
        index = json.loads(index_path.read_bytes())
    except (OSError, ValueError):
        raise WorkbenchError(f"cannot fetch the Argos package index from {settings.remote_package_index} "
                             f"(offline?); {OFFLINE_HINT}") from None
    if not isinstance(index, list):
        raise WorkbenchError(f"{index_path}: the Argos package index is not a JSON list; {OFFLINE_HINT}")
    return [m for m in index if isinstance(m, dict)]


def _pick(index: list[dict[str, Any]], source: str, target: str) -> dict[str, Any]:
    import packaging.version

    def version(meta: dict[str, Any]) -> packaging.version.Version:
        try:
            return packaging.version.parse(str(meta.get("package_version", "0")))
        except packaging.version.InvalidVersion:
            return packaging.version.Version("0")

    found = [m for m in index if m.get("from_code") == source and m.get("to_code") == target]
    if not found:
        raise WorkbenchError(f"the Argos package index has no {source}→{target} package; {OFFLINE_HINT}")
    return max(found, key=version)


def install_online(source: str, target: str) -> PackageInfo:
    """Download the newest source→target package from the Argos index, verify and install it."""
    old_timeout = socket.getdefaulttimeout()
    socket.setdefaulttimeout(NETWORK_TIMEOUT_S)  # urllib in argostranslate sets none
    try:
        meta = _pick(_load_index(), source, target)
        from argostranslate import package as argos_package

        available = argos_package.AvailablePackage(meta)
        try:
            download = Path(available.download())
        except Exception as exc:  # noqa: BLE001 - argostranslate raises bare Exception
            raise WorkbenchError(f"download of {source}→{target} failed ({exc}); {OFFLINE_HINT}") from None
    except RecursionError:
        raise WorkbenchError(f"argostranslate could not read its package index; {OFFLINE_HINT}") from None
    finally:
        socket.setdefaulttimeout(old_timeout)
    try:
        return install_file(download)
    finally:
        download.unlink(missing_ok=True)
