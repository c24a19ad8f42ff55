"""The core (workbench, glossary) must never load textual, and the layers must point one way."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO

CORE_MODULES = [
    "workbench", "workbench.cli", "workbench.segment", "workbench.pipeline", "workbench.cli.translate_cmd",
    "glossary", "glossary.model",
]


def test_importing_the_core_loads_no_textual():
    code = (
        "import importlib, pkgutil, sys\n"
        "import workbench, glossary\n"
        "for pkg in (workbench, glossary):\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if not info.name.endswith('__main__'):\n"
        "            importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith(('textual.', 'tui')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_import_linter_contracts_hold():
    lint = REPO / ".venv" / "bin" / "lint-imports"
    exe = str(lint) if lint.exists() else "lint-imports"
    result = subprocess.run([exe], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout
