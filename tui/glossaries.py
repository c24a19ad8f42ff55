"""Which glossary files a TUI session merges, and which one edits made in the TUI are written to.

With --glossary files: they are merged in order and the last one is edited. With none: the bundled
glossary (read-only: it belongs to the installation) is merged with the user's own glossary,
`workbench.paths.data_dir()/glossary.yaml`, loaded after it so user entries override bundled ones;
that file is created on the first save.
"""

from __future__ import annotations

from pathlib import Path

USER_GLOSSARY = "glossary.yaml"
_SKELETON = """\
# Your glossary additions, made in `workbench tui` (ctrl+g, f2). Loaded after the bundled
# glossary: an entry here with the same id overrides the bundled one.
schema_version: 1
name: My glossary
entries: []
"""


def user_glossary_path() -> Path:
    """The user's glossary (it may not exist yet)."""
    from workbench import paths

    return paths.data_dir() / USER_GLOSSARY


def merged_paths(glossaries: tuple[Path, ...]) -> list[Path]:
    """The files to merge, in order (later files win on the same id)."""
    if glossaries:
        return list(glossaries)
    from glossary import yamlio

    user = user_glossary_path()
    return [yamlio.bundled_path(), *([user] if user.is_file() else [])]


def editable_path(glossaries: tuple[Path, ...]) -> Path:
    """Where TUI edits go: the last --glossary file, else the user glossary."""
    return Path(glossaries[-1]) if glossaries else user_glossary_path()


def ensure_file(path: Path) -> Path:
    """`path`, created as an empty user glossary when it does not exist yet (before the first save)."""
    from glossary.atomic import write_text

    path = Path(path)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text(path, _SKELETON)
    return path


def help_note(glossaries: tuple[Path, ...]) -> str:
    """One line for the help screen: where glossary edits (ctrl+g, f2) are written."""
    if glossaries:
        return f"Glossary edits (ctrl+g, f2) are saved to {Path(glossaries[-1])}, the last --glossary file."
    return (f"Glossary: the bundled official names (read-only) + your additions in {user_glossary_path()}, "
            "loaded after it; edits (ctrl+g, f2) are saved there.")
