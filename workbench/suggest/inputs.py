"""What `glossary suggest` reads: English sentences from source files, and translated segment pairs.

Sources are read by the `translate` readers (workbench.formats, folders walked as workbench.batch walks
them) and cut into sentences by workbench.segment. Translated pairs come from the translation memory
and from bilingual files (TMX, XLIFF) read by workbench.tm.exchange; XLIFF sources that carry targets are
bilingual files too.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from workbench import formats
from workbench.batch import STDIN, Layout, walk
from workbench.errors import WorkbenchError
from workbench.segment import segment_text

SOURCE_LANGUAGE = "en"
XLIFF = frozenset({".xlf", ".xliff"})


@dataclass(frozen=True)
class Text:
    """One input file's sentences (`name` as reports name it)."""

    name: str
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class Pair:
    """A translated segment: English source, target text and the target's locale."""

    source: str
    target: str
    locale: str


def source_files(paths: Sequence[str]) -> list[Path]:
    """The files PATH arguments name, folders walked for the formats `translate` reads."""
    if not paths:
        raise WorkbenchError("no PATH given: name files, folders, or - for standard input")
    found: list[Path] = []
    for raw in paths:
        if raw == STDIN:
            continue
        files = [file for file, _relative in walk(Path(raw), Layout())]
        if not files:
            known = ", ".join(formats.supported())
            raise WorkbenchError(f"{raw}: no file of a format suggest reads ({known})")
        found += files
    return found


def read_texts(files: Sequence[Path], stdin: bool = False) -> list[Text]:
    """Every file's sentences in order, then (with `stdin`) standard input's, read as plain text."""
    texts = [_text(str(path), formats.load(path)) for path in files]
    if stdin:
        texts.append(_text(STDIN, formats.parse(sys.stdin.buffer.read(), STDIN, default=".txt")))
    return texts


def _text(name: str, document: formats.ParsedDocument) -> Text:
    sentences = [segment.text for unit in document.units for segment in segment_text(unit.text).segments]
    return Text(name, tuple(sentences))


def tm_pairs(path: Path | None, locale: str | None) -> list[Pair]:
    """The translation memory's English segments (into `locale`, or every locale)."""
    from workbench.tm import TranslationMemory

    with TranslationMemory(path) as memory:
        return [Pair(entry.source, entry.target, entry.tgt_locale)
                for entry in memory.entries(src_locale=SOURCE_LANGUAGE, tgt_locale=locale)]


def file_pairs(paths: Iterable[Path], locale: str | None) -> list[Pair]:
    """The translated units of TMX/XLIFF files with an English source (into `locale`, or every locale)."""
    from workbench.tm.exchange import read_records

    return [Pair(record.source, record.target, record.tgt_locale)
            for path in paths for record in read_records(Path(path), tgt_locale=locale)
            if record.src_locale == SOURCE_LANGUAGE and record.target]


def xliff_sources(paths: Sequence[Path]) -> list[Path]:
    """The XLIFF files among the sources (their targets are translated pairs too)."""
    return [path for path in paths if path.suffix.lower() in XLIFF]
