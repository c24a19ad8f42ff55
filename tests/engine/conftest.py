"""Engine test fixtures: the bundled demo packages, a tiny random toy package, a CLI runner."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from toy_package import build_toy_package, zip_folder  # noqa: E402

DEMO_DIR = Path(__file__).resolve().parents[2] / "workbench" / "demo" / "packages"
DEMO_KO = DEMO_DIR / "translate-en_ko-demo.argosmodel"
DEMO_RU = DEMO_DIR / "translate-en_ru-demo.argosmodel"


@pytest.fixture(scope="session")
def demo_ko() -> Path:
    # The demo packages are committed: their absence is a failure, not a reason to skip.
    assert DEMO_KO.is_file(), f"missing {DEMO_KO}: rebuild with scripts/build_demo_models.py"
    return DEMO_KO


@pytest.fixture(scope="session")
def demo_translator(demo_ko):
    from workbench.engine.argos import ArgosTranslator

    return ArgosTranslator.from_path(demo_ko)


@pytest.fixture(scope="session")
def toy_dir(tmp_path_factory) -> Path:
    return build_toy_package(tmp_path_factory.mktemp("toy"))


@pytest.fixture(scope="session")
def toy_translator(toy_dir):
    from workbench.engine.argos import ArgosTranslator

    return ArgosTranslator.from_path(toy_dir, threads=1)


@pytest.fixture(scope="session")
def toy_archive(toy_dir, tmp_path_factory) -> Path:
    return zip_folder(toy_dir, tmp_path_factory.mktemp("toyzip") / "translate-en_ko-toy.argosmodel")


@pytest.fixture(scope="session")
def good_archive(toy_archive) -> Path:
    """The archive corrupt variants are built from: the demo when it exists, else the toy."""
    return DEMO_KO if DEMO_KO.is_file() else toy_archive


@pytest.fixture()
def clean_packages(tmp_path, monkeypatch):
    """A fresh, empty Argos packages folder for this test only (other suites' packages untouched)."""
    from argostranslate import settings

    folder = tmp_path / "argos-packages"
    folder.mkdir()
    monkeypatch.setattr(settings, "package_data_dir", folder)
    monkeypatch.setattr(settings, "package_dirs", [folder])
    return folder


@dataclass(frozen=True)
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture()
def run_cli(capsys):
    """Run `workbench ARGS` in-process through the real entry point (errors -> one line + exit code)."""
    from workbench.cli import main

    def run(*args: str) -> CliResult:
        capsys.readouterr()
        try:
            main(list(args))
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run
