"""`workbench models`: list, install (online or from a file) and remove Argos translation packages.

`list --json` prints {"schema_version": 1, "packages": [...]}; each package has name, code,
from, to, version, path, installed, demo and quality (the demo metadata's figures, else null).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from workbench.engine import packages
from workbench.engine.packages import PackageInfo


QUALITY_KEYS = ("heldout_", "seed_", "chrf", "bleu", "quality")


def _quality(info: PackageInfo) -> dict[str, Any] | None:
    """The measured-quality figures a demo package's metadata carries (None for other packages)."""
    figures = {k: v for k, v in info.workbench.items() if k.startswith(QUALITY_KEYS)}
    return figures or None


def _as_json(info: PackageInfo) -> dict[str, Any]:
    return {"name": info.name, "code": info.code, "from": info.from_code, "to": info.to_code,
            "version": info.version, "path": str(info.path), "installed": info.installed,
            "demo": info.is_demo, "quality": _quality(info)}


def _line(info: PackageInfo) -> str:
    where = "installed" if info.installed else "bundled (use --model demo)"
    flag = "  DEMO" if info.is_demo else ""
    text = f"{info.pair:8} {info.version:8} {info.name:28} {where}{flag}\n         {info.path}"
    quality = _quality(info)
    if quality:
        text += "\n         " + ", ".join(f"{k}={v}" for k, v in quality.items() if v is not None)
    return text


@click.group()
def models() -> None:
    """List, install and remove offline translation models (Argos packages)."""


@models.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON (schema_version 1).")
def list_cmd(as_json: bool) -> None:
    """Show installed packages and the bundled demo models."""
    found = packages.installed_packages() + packages.bundled_demos()
    if as_json:
        click.echo(json.dumps({"schema_version": 1, "packages": [_as_json(p) for p in found]},
                              ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo("no models: run `workbench models install en ko` or `workbench models install-file FILE`")
    for info in found:
        click.echo(_line(info))


@models.command("install")
@click.argument("from_code", metavar="FROM")
@click.argument("to_code", metavar="TO")
def install_cmd(from_code: str, to_code: str) -> None:
    """Download and install the FROM→TO package from the Argos index (needs the network)."""
    from workbench.engine.resolve import model_language

    info = packages.install_online(model_language(from_code), model_language(to_code))
    click.echo(f"installed {info.name} {info.version} ({info.pair}) in {info.path}")


@models.command("install-file")
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
def install_file_cmd(path: Path) -> None:
    """Verify and install a downloaded .argosmodel file (works offline)."""
    info = packages.install_file(path)
    click.echo(f"installed {info.name} {info.version} ({info.pair}) in {info.path}")


@models.command("remove")
@click.argument("name")
def remove_cmd(name: str) -> None:
    """Uninstall the package NAME (folder name as shown by `list`, or a code like translate-en_ko)."""
    info = packages.remove(name)
    click.echo(f"removed {info.name} {info.version} ({info.pair})")
