"""User folders (data, cache, config) via platformdirs; nothing is created at import time.

Each location can be overridden by an environment variable so tests never touch the user's home.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "workbench"


def _dir(env: str, default: str) -> Path:
    override = os.environ.get(env)
    return Path(override) if override else Path(default)


def data_dir() -> Path:
    """Where the translation memory and projects live (WORKBENCH_DATA_DIR overrides)."""
    return _dir("WORKBENCH_DATA_DIR", platformdirs.user_data_dir(APP))


def cache_dir() -> Path:
    """Where derived, disposable files live (WORKBENCH_CACHE_DIR overrides)."""
    return _dir("WORKBENCH_CACHE_DIR", platformdirs.user_cache_dir(APP))


def ensure(path: Path) -> Path:
    """Create `path` (a folder) when first needed and return it."""
    path.mkdir(parents=True, exist_ok=True)
    return path
