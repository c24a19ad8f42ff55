"""Which files a batch translates and where each output goes: PATH arguments to InputFile plans.

Directories are walked recursively (sorted, hidden entries skipped) for the formats the registry
knows, filtered by --include/--exclude globs (matched against the path relative to the walked
directory and against the bare name). Outputs mirror the input tree under --out; a run never
writes beside its sources unless --out names the source folder AND --suffix renames the outputs.
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from workbench import formats
from workbench.errors import WorkbenchError
from workbench.formats import bilingual

STDIN = "-"


@dataclass(frozen=True)
class InputFile:
    """One file to translate.

    Attributes:
        path: the source file (None for standard input).
        name: how reports and logs name it (the path as given, or "-").
        output: where the translation goes (None: standard output).
        size: bytes on disk (0 for stdin), for the progress estimate.
    """

    path: Path | None
    name: str
    output: Path | None
    size: int = 0


@dataclass(frozen=True)
class Layout:
    """How outputs are named: -o FILE, or a mirror tree under --out DIR with an optional suffix.

    Attributes:
        out_dir: --out DIR (None: standard output for a single input, or -o).
        output: -o FILE for a single input.
        suffix: inserted before the extension (story.txt -> story.ko.txt); required when
            --out is the source folder itself.
        bilingual: "xliff" | "tmx" | "json" to write a bilingual file instead (story.txt -> story.txt.xlf).
        include, exclude: globs for files found in directories.
    """

    out_dir: Path | None = None
    output: Path | None = None
    suffix: str = ""
    bilingual: str | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()


def plan(paths: Sequence[str], layout: Layout) -> list[InputFile]:
    """Every file to translate with its output, in a stable order; WorkbenchError on usage errors."""
    if not paths:
        raise WorkbenchError("no PATH given: name files, directories, or - for standard input")
    _check_suffix(layout.suffix)
    if STDIN in paths:
        return [_stdin(paths, layout)]
    found = [item for raw in paths for item in walk(Path(raw), layout)]
    if layout.output is not None:
        return _single_output(paths, found, layout)
    if layout.out_dir is None:
        if len(found) != 1 or Path(paths[0]).is_dir():
            raise WorkbenchError("several input files: give --out DIR for the translations "
                                 "(or -o FILE for a single file)")
        return [InputFile(found[0][0], str(found[0][0]), None, _size(found[0][0]))]
    return _mirrored(found, layout)


def _stdin(paths: Sequence[str], layout: Layout) -> InputFile:
    if len(paths) > 1:
        raise WorkbenchError("- (standard input) cannot be combined with other PATHs")
    if layout.out_dir is not None:
        raise WorkbenchError("- (standard input) goes to standard output or -o FILE, not --out DIR")
    return InputFile(None, STDIN, layout.output)


def _single_output(paths: Sequence[str], found: list[tuple[Path, Path]], layout: Layout) -> list[InputFile]:
    if len(found) != 1 or len(paths) != 1 or Path(paths[0]).is_dir():
        raise WorkbenchError("-o FILE takes exactly one input file; use --out DIR for several")
    if layout.out_dir is not None:
        raise WorkbenchError("give either -o FILE or --out DIR, not both")
    source = found[0][0]
    if layout.output.is_dir():
        raise WorkbenchError(f"{layout.output}: is a directory; give a file name for -o (or use --out)")
    _refuse_overwrite(source, layout.output)
    return [InputFile(source, str(source), layout.output, _size(source))]


def _check_suffix(suffix: str) -> None:
    """A suffix renames a file; a folder separator in it would move the output elsewhere."""
    bad = [char for char in ("/", os.sep, os.altsep, "\0") if char and char in suffix]
    if bad:
        raise WorkbenchError(f"--suffix {suffix!r}: must not contain {bad[0]!r} (it renames the file, "
                             "e.g. --suffix .ko)")


def _mirrored(found: list[tuple[Path, Path]], layout: Layout) -> list[InputFile]:
    out: list[InputFile] = []
    taken: dict[Path, Path] = {}
    root = os.path.realpath(layout.out_dir)
    for source, relative in found:
        target = layout.out_dir / _renamed(relative, layout)
        _refuse_overwrite(source, target)
        _refuse_escape(root, layout.out_dir, target)
        key = Path(os.path.abspath(target))
        if key in taken:
            raise WorkbenchError(f"{taken[key]} and {source} would both be written to {target}; "
                                 "translate them in separate runs or rename one")
        taken[key] = source
        out.append(InputFile(source, str(source), target, _size(source)))
    return out


def _renamed(relative: Path, layout: Layout) -> Path:
    if layout.suffix:
        relative = relative.with_name(relative.stem + layout.suffix + relative.suffix)
    if layout.bilingual:
        relative = relative.with_name(relative.name + bilingual.FORMATS[layout.bilingual])
    return relative


def _refuse_overwrite(source: Path, target: Path) -> None:
    if os.path.abspath(source) == os.path.abspath(target):
        raise WorkbenchError(f"{source}: the output would overwrite the source; "
                             "use another --out DIR, or --suffix (e.g. --suffix .ko) to write beside it")


def _refuse_escape(root: str, out_dir: Path, target: Path) -> None:
    """A symbolic link to a folder inside --out must not carry an output outside it."""
    real = os.path.realpath(target.parent)
    if real != root and not real.startswith(root.rstrip(os.sep) + os.sep):
        raise WorkbenchError(f"{target}: a symbolic link inside --out {out_dir} leads outside it (to {real}); "
                             "refusing to write there")


def walk(path: Path, layout: Layout) -> list[tuple[Path, Path]]:
    """(file, path relative to its walked root) for a PATH argument, folders walked in name order (hidden
    ones, --out and unwanted names skipped); missing files stay (they fail later)."""
    if not path.is_dir():
        return [(path, Path(path.name))]
    skip = Path(os.path.abspath(layout.out_dir)) if layout.out_dir is not None else None
    found = []
    for folder, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and
                         Path(os.path.abspath(Path(folder) / d)) != skip)
        for name in sorted(files):
            file = Path(folder) / name
            relative = file.relative_to(path)
            if _wanted(relative, layout):
                found.append((file, relative))
    return found


def _wanted(relative: Path, layout: Layout) -> bool:
    name, text = relative.name, relative.as_posix()
    if name.startswith("."):
        return False
    if layout.include:
        if not any(_match(text, name, glob) for glob in layout.include):
            return False
    elif not formats.is_supported(name):
        return False
    if any(_match(text, name, glob) for glob in layout.exclude):
        return False
    # outputs written beside their sources (--suffix) are not sources of the next run
    return not (layout.suffix and Path(name).stem.endswith(layout.suffix))


def _match(text: str, name: str, glob: str) -> bool:
    return fnmatch.fnmatch(text, glob) or fnmatch.fnmatch(name, glob)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
