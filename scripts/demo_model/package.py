"""Owns the .argosmodel layout (metadata.json, model/, sentencepiece.model, minisbd/, README.md) and the deterministic zip."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

LANG_NAMES = {"en": "English", "ko": "Korean", "ru": "Russian"}
ZIP_DATE = (2024, 1, 1, 0, 0, 0)  # fixed timestamps: identical inputs give an identical archive

README = """# Demo model: {src_name} -> {tgt_name}

This is a DEMO package built by `scripts/build_demo_models.py` for the workbench project.
It is a tiny Transformer (~1 M parameters) trained on synthetic template sentences about
DPRK/Russia news. It exists so the workbench runs and its tests pass offline; it is NOT a
usable translator for real text.

- held-out template exact match: {exact}
- chrF on the seed article vs. reference: {chrf}
- attention (first head, last decoder layer) trained to align glossary names; accuracy: {names}
- build: `{build}`
"""


def package_name(src: str, tgt: str) -> str:
    """Top folder inside the zip, which is also the installed folder name."""
    return f"translate-{src}_{tgt}-demo"


def metadata(src: str, tgt: str, workbench: dict) -> dict:
    """metadata.json content; ``type`` is the key argostranslate reads, ``package_type`` mirrors it."""
    return {
        "package_version": "0.1",
        "argos_version": "1.9.0",
        "from_code": src,
        "from_name": LANG_NAMES[src],
        "to_code": tgt,
        "to_name": LANG_NAMES[tgt],
        "package_type": "translate",
        "type": "translate",
        "name": f"{LANG_NAMES[src]} - {LANG_NAMES[tgt]} (demo)",
        "links": [],
        "workbench": workbench,
    }


def _fmt(value) -> str:
    return "n/a" if value is None else (f"{value:.4f}" if isinstance(value, float) else str(value))


def assemble(root: Path, src: str, tgt: str, model_dir: Path, spm_file: Path,
             sbd_file: Path | None, workbench: dict) -> None:
    """Fill ``root`` (the package folder) with every file of the package."""
    (root / "model").mkdir(parents=True, exist_ok=True)
    for f in sorted(model_dir.iterdir()):
        (root / "model" / f.name).write_bytes(f.read_bytes())
    (root / "sentencepiece.model").write_bytes(spm_file.read_bytes())
    if sbd_file is not None and sbd_file.exists():
        (root / "minisbd").mkdir(exist_ok=True)
        (root / "minisbd" / "en.onnx").write_bytes(sbd_file.read_bytes())
    meta = metadata(src, tgt, workbench)
    (root / "metadata.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    readme = README.format(src_name=LANG_NAMES[src], tgt_name=LANG_NAMES[tgt],
                           exact=_fmt(workbench.get("heldout_exact_match")),
                           chrf=_fmt(workbench.get("seed_chrf")), build=workbench.get("build"),
                           names=_fmt(workbench.get("name_attention_accuracy")))
    (root / "README.md").write_text(readme, encoding="utf-8")


def write_zip(root: Path, out: Path) -> None:
    """Zip ``root`` (kept as the single top folder) with sorted entries and fixed timestamps; atomic replace."""
    tmp = out.with_suffix(out.suffix + ".tmp")
    files = sorted(p for p in root.rglob("*") if p.is_file())
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in files:
            info = zipfile.ZipInfo(f"{root.name}/{path.relative_to(root).as_posix()}", ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, path.read_bytes())
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, out)
