"""Test-wide isolation: every user folder (Argos, XDG, workbench) points at a temporary tree.

This must run before anything imports argostranslate, which reads its settings and creates
its folders at import time.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
from pathlib import Path

import pytest

_ROOT = Path(tempfile.mkdtemp(prefix="workbench-tests-"))
for _var, _sub in {
    "HOME": "home",
    "XDG_DATA_HOME": "xdg/data",
    "XDG_CONFIG_HOME": "xdg/config",
    "XDG_CACHE_HOME": "xdg/cache",
    "ARGOS_PACKAGES_DIR": "argos/packages",
    "WORKBENCH_DATA_DIR": "workbench/data",
    "WORKBENCH_CACHE_DIR": "workbench/cache",
}.items():
    (_ROOT / _sub).mkdir(parents=True, exist_ok=True)
    os.environ[_var] = str(_ROOT / _sub)
os.environ["ARGOS_PACKAGE_INDEX"] = "http://127.0.0.1:9/"  # never the network from tests
os.environ.setdefault("ARGOS_INTRA_THREADS", "1")

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_d27c7cbd74673f90.txt"


def load_script(path: Path):
    """A standalone script (scripts/*.py) imported as a module named after its file."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module  # dataclasses look their module up while the class body runs
    spec.loader.exec_module(module)
    return module


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path_factory, monkeypatch):
    """Each test its own data folder: the user's glossary and default TM there apply to every verb by
    default (workbench.glossaries), so one test's additions must not reach another's."""
    monkeypatch.setenv("WORKBENCH_DATA_DIR", str(tmp_path_factory.mktemp("data")))
