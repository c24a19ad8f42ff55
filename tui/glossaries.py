"""The editor's words about the glossary set (which files apply and where edits go is decided for every
command and the editor in workbench.glossaries)."""

from __future__ import annotations

from pathlib import Path

from workbench.glossaries import user_glossary_path


def help_note(given: tuple[Path, ...]) -> str:
    """One line for the help screen: where glossary edits (ctrl+g, f2) are written."""
    if given:
        return f"Glossary edits (ctrl+g, f2) are saved to {Path(given[-1])}, the last --glossary file."
    return (f"Glossary: the bundled official names (read-only) + your additions in {user_glossary_path()}, "
            "loaded after it; edits (ctrl+g, f2) are saved there.")
