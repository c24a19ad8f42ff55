"""`workbench models` end to end: install-file, list, remove, corrupt archives, offline install."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from workbench.engine import packages


def _one_line_error(result, *needles: str) -> None:
    assert result.code == 2, (result.code, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("workbench: error: "), result.err
    assert "Traceback" not in result.err + result.out
    for needle in needles:
        assert needle in lines[0], lines[0]


def test_install_file_then_list_then_remove(run_cli, clean_packages, good_archive):
    name = packages.verify_archive(good_archive).name
    res = run_cli("models", "install-file", str(good_archive))
    assert res.code == 0, res.err
    assert (clean_packages / name / "model" / "model.bin").is_file()
    listed = json.loads(run_cli("models", "list", "--json").out)
    installed = [p for p in listed["packages"] if p["installed"]]
    assert [(p["name"], p["from"], p["to"]) for p in installed] == [(name, "en", "ko")]
    assert run_cli("models", "remove", name).code == 0
    assert not (clean_packages / name).exists()
    listed = json.loads(run_cli("models", "list", "--json").out)
    assert not [p for p in listed["packages"] if p["installed"]]


def test_list_shows_bundled_demos_with_quality(run_cli, clean_packages, demo_ko):
    listed = json.loads(run_cli("models", "list", "--json").out)
    demos = {p["name"]: p for p in listed["packages"] if p["demo"]}
    assert "translate-en_ko-demo" in demos
    assert demos["translate-en_ko-demo"]["quality"], "demo metadata carries quality figures"
    assert "DEMO" in run_cli("models", "list").out


def test_reinstall_replaces_the_package(run_cli, clean_packages, toy_archive):
    assert run_cli("models", "install-file", str(toy_archive)).code == 0
    stray = clean_packages / "translate-en_ko-toy" / "stale.txt"
    stray.write_text("old")
    assert run_cli("models", "install-file", str(toy_archive)).code == 0
    assert not stray.exists()


def test_remove_unknown_package_is_one_line(run_cli, clean_packages):
    _one_line_error(run_cli("models", "remove", "translate-xx_yy"), "translate-xx_yy")


# ---------------------------------------------------------------- corrupt archives


def _rewrite(src: Path, dst: Path, edit) -> Path:
    """Copy archive `src` to `dst`, passing every (name, bytes) through edit -> list of pairs."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            for name, data in edit(info.filename, zin.read(info)):
                zout.writestr(name, data)
    return dst


def _top(archive: Path) -> str:
    with zipfile.ZipFile(archive) as zf:
        return zf.namelist()[0].split("/")[0]


def _symlink_zip(src: Path, dst: Path) -> Path:
    _rewrite(src, dst, lambda n, d: [(n, d)])
    with zipfile.ZipFile(dst, "a") as zf:
        link = zipfile.ZipInfo(f"{_top(src)}/evil-link")
        link.external_attr = (0o120777 << 16)
        zf.writestr(link, "/etc/passwd")
    return dst


CORRUPTIONS = {
    "not-a-zip": (lambda src, dst: dst.write_bytes(b"this is not a zip\n" * 10) and dst, "not a zip"),
    "zip-slip": (lambda src, dst: _rewrite(src, dst, lambda n, d: [(n, d)] + ([("../evil", b"x")] if n.endswith("metadata.json") else [])), "'..'"),
    "absolute": (lambda src, dst: _rewrite(src, dst, lambda n, d: [(n, d)] + ([("/tmp/evil", b"x")] if n.endswith("metadata.json") else [])), "absolute"),
    "no-metadata": (lambda src, dst: _rewrite(src, dst, lambda n, d: [] if n.endswith("metadata.json") else [(n, d)]), "metadata.json"),
    "bad-json": (lambda src, dst: _rewrite(src, dst, lambda n, d: [(n, b'{"from_code": "en",\n  oops}')] if n.endswith("/metadata.json") else [(n, d)]), "not valid JSON"),
    "no-to-code": (lambda src, dst: _rewrite(src, dst, lambda n, d: [(n, b'{"from_code": "en", "package_version": "1"}')] if n.endswith("/metadata.json") else [(n, d)]), "to_code"),
    "no-model-bin": (lambda src, dst: _rewrite(src, dst, lambda n, d: [] if n.endswith("model/model.bin") else [(n, d)]), "model.bin"),
    "no-tokenizer": (lambda src, dst: _rewrite(src, dst, lambda n, d: [] if n.endswith("sentencepiece.model") else [(n, d)]), "sentencepiece.model"),
    "two-top-folders": (lambda src, dst: _rewrite(src, dst, lambda n, d: [(n, d)] + ([("other/x.txt", b"x")] if n.endswith("metadata.json") else [])), "one top folder"),
    "zip-bomb": (lambda src, dst: _rewrite(src, dst, lambda n, d: [(n, d)] + ([(n.rsplit("/", 1)[0] + "/bomb.bin", bytes(64 * 1024**2))] if n.endswith("/metadata.json") else [])), "zip bomb"),
    "symlink": (_symlink_zip, "symbolic link"),
}


@pytest.mark.parametrize("kind", sorted(CORRUPTIONS))
def test_corrupt_archive_is_refused_in_one_line(kind, run_cli, clean_packages, good_archive, tmp_path):
    make, needle = CORRUPTIONS[kind]
    bad = tmp_path / f"{kind}.argosmodel"
    make(good_archive, bad)
    _one_line_error(run_cli("models", "install-file", str(bad)), str(bad), needle)
    assert list(clean_packages.iterdir()) == [], "nothing may be extracted from a refused archive"
    assert not (tmp_path.parent / "evil").exists()


def test_missing_file_is_one_line(run_cli, tmp_path):
    _one_line_error(run_cli("models", "install-file", str(tmp_path / "nope.argosmodel")), "no such file")


# ---------------------------------------------------------------- offline install


def test_online_install_fails_fast_in_one_line_when_offline(run_cli, clean_packages):
    start = time.monotonic()
    res = run_cli("models", "install", "en", "ko")
    _one_line_error(res, "package index", "install-file", "--model demo")
    assert time.monotonic() - start < 10


def test_offline_install_via_real_entry_point_prints_no_traceback():
    exe = Path(sys.executable).parent / "workbench"
    if not exe.exists():
        pytest.skip(f"{exe} not installed (pip install -e .)")
    proc = subprocess.run([str(exe), "models", "install", "en", "ko"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr


def test_failed_reinstall_keeps_the_previous_package(clean_packages, toy_archive, monkeypatch):
    from workbench.errors import WorkbenchError

    packages.install_file(toy_archive)

    def broken_install(path):
        (clean_packages / "translate-en_ko-toy").mkdir()
        raise OSError("disk full")

    monkeypatch.setattr(packages, "_argos_install", broken_install)
    with pytest.raises(WorkbenchError, match="previous package kept"):
        packages.install_file(toy_archive)
    assert packages.read_package_dir(clean_packages / "translate-en_ko-toy").version == "1.0"
    assert [p.name for p in clean_packages.iterdir()] == ["translate-en_ko-toy"]


def test_every_models_command_has_help(run_cli):
    from workbench.cli.models_cmd import models

    for name, command in models.commands.items():
        assert command.help and command.help.strip(), name
        res = run_cli("models", name, "--help")
        assert res.code == 0 and "Usage:" in res.out
