"""Model resolution: turn `--model PATH|NAME|demo` (or nothing) into a loaded ArgosTranslator.

Loaded translators are kept per package folder for the life of the process, so every caller
shares one ctranslate2.Translator.
"""

from __future__ import annotations

import functools
from pathlib import Path

from workbench.engine.argos import ArgosTranslator, compute_type
from workbench.engine.packages import (PackageInfo, demo_archive, installed_packages, packages_dir,
                                       read_package_dir, unpack_cached)
from workbench.errors import WorkbenchError


def model_language(code: str) -> str:
    """The language a model is keyed by: ko-KP and ko_KR use the ko model."""
    return code.replace("_", "-").split("-")[0].lower()


def how_to_get(source: str, target: str) -> str:
    """The one-line advice shown whenever no model is available for a pair."""
    return (f"no {source}→{target} translation model installed: run `workbench models install {source} {target}` "
            f"(online), `workbench models install-file PATH.argosmodel` (offline), or pass `--model demo`")


def _version_key(info: PackageInfo) -> tuple:
    import packaging.version

    try:
        return (1, packaging.version.parse(info.version))
    except packaging.version.InvalidVersion:
        return (0, info.version)


def best_installed(source: str, target: str) -> PackageInfo | None:
    """The installed package for the pair with the highest version (demos only as a last resort)."""
    found = [p for p in installed_packages() if (p.from_code, p.to_code) == (source, target)]
    if not found:
        return None
    return max(found, key=lambda p: (not p.is_demo, _version_key(p)))


@functools.lru_cache(maxsize=8)
def _load_folder(folder: str, stamp: tuple[int, ...], numeric: str) -> ArgosTranslator:
    # `numeric` (the compute type, which ArgosTranslator reads from the environment) is only part of the key:
    # a model loaded under another compute type is another translator
    path = Path(folder)
    return ArgosTranslator(read_package_dir(path, installed=path.parent == packages_dir().resolve()))


def _stamp(folder: Path) -> tuple[int, ...]:
    # part of the cache key, so a package replaced in place is loaded again
    files = (folder / "metadata.json", folder / "model" / "model.bin")
    return tuple(n for f in files if f.is_file() for n in (f.stat().st_mtime_ns, f.stat().st_size))


def load(path: Path) -> ArgosTranslator:
    """A shared translator for a package folder or .argosmodel file."""
    path = Path(path)
    folder = (path if path.is_dir() else unpack_cached(path)).resolve()
    return _load_folder(str(folder), _stamp(folder), compute_type())


def _looks_like_path(spec: str) -> bool:
    return "/" in spec or "\\" in spec or spec.endswith(".argosmodel") or spec.startswith(".")


def _from_name(spec: str, source: str, target: str) -> ArgosTranslator:
    matches = [p for p in installed_packages() if spec in (p.name, p.code)]
    if not matches:
        names = ", ".join(p.name for p in installed_packages()) or "none"
        raise WorkbenchError(f"--model {spec}: no such file and no installed package of that name "
                             f"(installed: {names}); {how_to_get(source, target)}")
    return load(max(matches, key=_version_key).path)


def _demo(source: str, target: str) -> ArgosTranslator:
    archive = demo_archive(source, target)
    if not archive.is_file():
        raise WorkbenchError(f"--model demo: no bundled {source}→{target} demo model ({archive} is missing)")
    return load(archive)


def _check_pair(translator: ArgosTranslator, spec: str, source: str, target: str) -> ArgosTranslator:
    if (translator.source_lang, translator.target_lang) != (source, target):
        raise WorkbenchError(f"--model {spec}: this model translates {translator.source_lang}→"
                             f"{translator.target_lang}, not {source}→{target}")
    return translator


def resolve_model(spec: str | None, source: str = "en", target: str = "ko") -> ArgosTranslator:
    """Find and load the model for `--model spec` and the language pair.

    Args:
        spec: a package file or folder, an installed package name or code (translate-en_ko),
            "demo" for the bundled demo, or None for the best installed package.
        source, target: language codes; regional targets such as ko-KP use the ko model.
    Raises:
        WorkbenchError: one line saying exactly how to get a model.
    """
    source, target = model_language(source), model_language(target)
    if spec is None or not spec.strip():
        best = best_installed(source, target)
        if best is None:
            raise WorkbenchError(how_to_get(source, target))
        return load(best.path)
    if spec == "demo":
        return _check_pair(_demo(source, target), spec, source, target)
    path = Path(spec).expanduser()
    if path.exists():
        return _check_pair(load(path), spec, source, target)
    if _looks_like_path(spec):
        raise WorkbenchError(f"--model {spec}: no such file or folder")
    return _check_pair(_from_name(spec, source, target), spec, source, target)
