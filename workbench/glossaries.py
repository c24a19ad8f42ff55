"""Which glossary files apply, in which order, and where glossary edits go: one answer for every verb
and the editor.

- `--glossary`/`-g` files given: those, in order (a later file overrides entries with the same id);
- none given: the bundled glossary, then the user's own (`paths.data_dir()/glossary.yaml`, where the
  editor saves the terms a translator adds) when it exists;
- `--no-glossary`: none.
Edits (the editor's glossary screen, its add-term key) go to the last file given, else the user's
glossary, created on the first save. `workbench glossary files` prints the answer.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Sequence

USER_GLOSSARY = "glossary.yaml"
NO_GLOSSARY = "none"  # the version of no glossary (a TM key)
_SKELETON = """\
# Your glossary additions (made in `workbench tui`: ctrl+g, f2). Loaded after the bundled glossary:
# an entry here with the same id overrides the bundled one.
schema_version: 1
name: My glossary
entries: []
"""


def user_glossary_path() -> Path:
    """The user's glossary (it may not exist yet)."""
    from workbench import paths

    return paths.data_dir() / USER_GLOSSARY


def glossary_paths(given: Sequence[Path | str] = (), *, use: bool = True) -> tuple[Path, ...] | None:
    """The files that apply, in order (see the module docstring); None when `use` is false."""
    if not use:
        return None
    if given:
        return tuple(Path(path) for path in given)
    from glossary import yamlio

    user = user_glossary_path()
    return (yamlio.bundled_path(), *([user] if user.is_file() else []))


def editable_path(given: Sequence[Path | str] = ()) -> Path:
    """Where glossary edits go: the last file given, else the user's glossary."""
    return Path(given[-1]) if given else user_glossary_path()


def load(files: Sequence[Path] | None):
    """The merged glossary of `files` (any format `glossary import` reads), or None for None."""
    if files is None:
        return None
    from glossary import formats

    return formats.load_many(files)


def load_checked(files: Sequence[Path] | None):
    """What a checker reads (qa, enforce, suggest, the editor): the merged glossary, or an empty one with
    --no-glossary (no term is checked; the other checks still run)."""
    if files is not None:
        return load(files)
    from glossary.model import Glossary

    return Glossary(name="no glossary", entries=())


def version(files: Sequence[Path] | None) -> str:
    """The glossary's identity for the TM: a hash of its files' bytes, in order (NO_GLOSSARY for None)."""
    if files is None:
        return NO_GLOSSARY
    digest = hashlib.sha256()
    for path in files:
        digest.update(Path(path).read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def ensure_file(path: Path) -> Path:
    """`path`, created as an empty user glossary when it does not exist yet (before the first save)."""
    from glossary.atomic import write_text

    path = Path(path)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text(path, _SKELETON)
    return path
