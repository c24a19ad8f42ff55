"""Glossary YAML in and out: load/loads (validate while building the model), dump, load_many.

Speed and safety: the file is composed once by libyaml (CSafeLoader, SafeLoader without it)
with *no implicit resolvers*, so every scalar arrives as a string (`no`, `off`, `1.0` stay
strings: ids, terms, locale keys) and the few typed keys (booleans, ints) are converted here.
Composed nodes carry line/column marks, so validation reports every problem as
PATH:LINE:COL and Entry.line costs nothing extra.

`load`/`loads` first try glossary.fastload (the compiled scanner, about 9x faster on big files),
which returns the same model for valid files and otherwise hands over to this exact path for the
findings.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import yaml

from glossary import bigcheck, fastdump, fastload
from glossary.errors import GlossaryError
from glossary.gcpause import paused
from glossary.model import Entry, Glossary, LocaleTerms, MatchOptions, Term, merge
from glossary.schema import Finding, GlossaryInvalid, build
from glossary.yamlloader import StringLoader

@dataclass(frozen=True)
class Document:
    """A parsed glossary file: the model plus the composed node tree (for locating findings)."""

    glossary: Glossary
    root: yaml.MappingNode
    path: str | None

    def locate(self, data_path: tuple) -> tuple[int, int]:
        """1-based (line, column) of the deepest node along `data_path` (keys and list indexes)."""
        node = self.root
        for step in data_path:
            child = _child(node, step)
            if child is None:
                break
            node = child
        return node.start_mark.line + 1, node.start_mark.column + 1


def _child(node: yaml.Node, step) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and (key.value == step or key.value.lower() == str(step).lower()):
                return value
    elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
        return node.value[step]
    return None


def bundled_path() -> Path:
    """The glossary of official names shipped in the package."""
    return Path(__file__).with_name("data") / "official-names.yaml"


def read_text(path: Path | str) -> str:
    """The file's text; GlossaryError (exit 2) when it is missing, unreadable or not UTF-8."""
    return decode(read_bytes(path), path)


def read_bytes(path: Path | str) -> bytes:
    """The file's bytes; GlossaryError (exit 2) when it is missing or unreadable."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise GlossaryError("no such file", str(path)) from None
    except IsADirectoryError:
        raise GlossaryError("is a folder, not a file", str(path)) from None
    except OSError as exc:
        raise GlossaryError(f"cannot read: {exc.strerror or exc}", str(path)) from None


def decode(raw: bytes, path: Path | str | None) -> str:
    """UTF-8 text (a BOM is dropped); GlossaryError with line and column at the first bad byte."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        where = str(path) if path is not None else None
        raise GlossaryError(f"not UTF-8 (byte 0x{raw[exc.start]:02x})", where, line, column) from None


def compose(text: str, path: str | None = None) -> yaml.MappingNode:
    """The document's root node; GlossaryInvalid on YAML syntax errors, GlossaryError if not a mapping."""
    loader = StringLoader(text)
    try:
        with paused():
            root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise GlossaryInvalid([_syntax_finding(exc, path)]) from None
    except yaml.reader.ReaderError as exc:  # a control character: not marked, only a position
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        message = f"YAML syntax error: control character U+{exc.character:04X} is not allowed"
        raise GlossaryInvalid([Finding(path, line, column, message)]) from None
    finally:
        loader.dispose()
    if not isinstance(root, yaml.MappingNode):
        line = root.start_mark.line + 1 if root is not None else 1
        raise GlossaryError("not a glossary: the top level must be a mapping with schema_version and entries",
                            path, line, 1)
    if "*" in text:  # aliases share nodes; the builder would walk each share again
        _refuse_alias_bombs(root, path)
    return root


def _refuse_alias_bombs(root: yaml.Node, path: str | None) -> None:
    """GlossaryInvalid when aliases make the document much bigger than written: an 11 kB file of
    1,000 aliased entries x 1,000 aliased terms would otherwise build a million terms."""
    written, expanded = _expansion(root)
    if expanded > 10 * written + 10_000:
        raise GlossaryInvalid([Finding(path, 1, 1, f"aliases (*name) expand this glossary from {written:,} "
                                                   f"to {expanded:,} nodes; write the repeated parts out")])


def _expansion(root: yaml.Node) -> tuple[int, int]:
    """(nodes as composed, nodes once aliases are expanded), without expanding anything."""
    sizes: dict[int, int] = {}
    stack = [(root, False)]
    while stack:
        node, closing = stack.pop()
        children = [item for pair in node.value for item in pair] if isinstance(node, yaml.MappingNode) \
            else node.value if isinstance(node, yaml.SequenceNode) else []
        if closing:
            sizes[id(node)] = 1 + sum(sizes[id(child)] for child in children)
        elif id(node) not in sizes:
            sizes[id(node)] = 0  # open: an alias to an ancestor adds nothing (and cannot loop)
            stack.append((node, True))
            stack.extend((child, False) for child in children)
    return len(sizes), sizes[id(root)]


# What libyaml says when a line is indented wrongly (or holds an unquoted ": ").
_INDENTATION = ("mapping values are not allowed", "did not find expected key", "expected <block end>",
                "did not find expected '-' indicator")
_INDENTATION_HINT = ("; check the indentation: the keys of one mapping start in the same column, "
                     "deeper than the key they belong to (and a value holding ': ' needs quotes)")


def _syntax_finding(exc: yaml.MarkedYAMLError, path: str | None) -> Finding:
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or "invalid YAML"
    context = f" ({exc.context})" if exc.context and exc.context not in problem else ""
    hint = _INDENTATION_HINT if any(text in problem for text in _INDENTATION) else ""
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    return Finding(path, line, column, f"YAML syntax error: {problem}{context}{hint}")


def _tag_findings(root: yaml.Node, path: str | None) -> list[Finding]:
    """A finding for every explicit tag (!!python/object, !custom, !!int...): the builder reads every
    value as text, so a tag would otherwise be dropped silently and its value used as data."""
    plain = set(StringLoader._TAGS.values())
    seen: set[int] = set()
    stack, findings = [root], []
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node.tag not in plain:
            mark = node.start_mark
            shown = node.tag.replace("tag:yaml.org,2002:", "!!")
            findings.append(Finding(path, mark.line + 1, mark.column + 1,
                                    f"YAML tag '{shown}' is not allowed (a glossary holds plain text)"))
        if isinstance(node, yaml.MappingNode):
            stack.extend(item for pair in node.value for item in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return findings


def checked(text: str, path: Path | str | None = None) -> tuple[Document, list[Finding]]:
    """Compose, validate and build: the (partial, when there are findings) model and every schema
    problem, tags included. A YAML syntax error raises GlossaryInvalid (there is no model then)."""
    where = str(path) if path is not None else None
    root = compose(text, where)
    tagged = _tag_findings(root, where) if "!" in text else []
    with paused():
        glossary, findings = build(root, where)
    return Document(glossary, root, where), sorted([*tagged, *findings], key=lambda f: (f.line, f.column))


def parse(text: str, path: Path | str | None = None) -> Document:
    """Compose, validate and build; GlossaryInvalid carries every schema problem found."""
    document, findings = checked(text, path)
    if findings:
        raise GlossaryInvalid(findings)
    return document


def loads(text: str, path: Path | str | None = None) -> Glossary:
    """A Glossary from YAML text; `path` only names the file in messages and Glossary.path."""
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: the exact path explains
        raw = None
    glossary = _fast(raw, path)
    return glossary if glossary is not None else _exact(raw, text, path)


def _exact(raw: bytes | None, text: str | None, path: Path | str | None) -> Glossary:
    """The exact path's Glossary; a big file's entry problems are found without composing it whole.
    `text` is decoded from `raw` here when not given (only the exact path needs the text)."""
    if raw is not None and len(raw) >= bigcheck.MIN_BYTES:
        with paused():
            found = bigcheck.findings(raw, str(path) if path is not None else None)
        if found:
            raise GlossaryInvalid(found)
    return parse(decode(raw, path) if text is None else text, path).glossary


def _fast(raw: bytes | None, path: Path | str | None) -> Glossary | None:
    """The fast path's Glossary, or None when the exact path must decide (see glossary.fastload)."""
    if raw is None:
        return None
    with paused():
        return fastload.try_load(raw, str(path) if path is not None else None)


def load_document(path: Path | str) -> Document:
    """Parse the file at `path`, keeping its node tree (for lint positions and edits)."""
    return parse(read_text(path), path)


def load(path: Path | str) -> Glossary:
    """A Glossary from a YAML file; GlossaryError (exit 2) with PATH:LINE:COL on any problem."""
    raw = read_bytes(path)
    decode(raw, path)  # the UTF-8 check the fast path relies on; the text is not kept (50 MB: 100 MB of str)
    glossary = _fast(raw, path)
    return glossary if glossary is not None else _exact(raw, None, path)


def load_many(paths: Iterable[Path | str]) -> Glossary:
    """Load several files and merge them in order (a later entry replaces one with the same id)."""
    return merge(load(path) for path in paths)


def dump(glossary: Glossary) -> str:
    """Deterministic YAML for `glossary` that `loads` reads back to an equal model (lines aside)."""
    if not glossary.entries:
        return yaml.dump(glossary_data(glossary), Dumper=_Dumper, **_DUMP_OPTIONS)
    head = {key: value for key, value in glossary_data(glossary.with_entries(())).items() if key != "entries"}
    entries = dump_entries(glossary.entries)
    return dump_data(head) + "entries:\n" + "".join(f"  {line}" if line != "\n" else line
                                                     for line in entries.splitlines(keepends=True))


# --- Writing ------------------------------------------------------------------------------

class _Flow(list):
    """A list of plain scalars written on one line: [DPRK, Democratic People's Republic of Korea]."""


class _FlowMap(dict):
    """A small mapping written on one line: {case_sensitive: false, whole_word: true}."""


class _Dumper(yaml.SafeDumper):
    """Block style with sequences indented under their key (like the hand-written files)."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


# Representers live on the subclass only (add_representer copies the table): nothing global.
_Dumper.add_representer(_Flow, lambda dumper, data: dumper.represent_sequence(
    "tag:yaml.org,2002:seq", data, flow_style=True))
_Dumper.add_representer(_FlowMap, lambda dumper, data: dumper.represent_mapping(
    "tag:yaml.org,2002:map", data.items(), flow_style=True))
# No wrapping: a long note stays one line (the compiled scanner reads one-line scalars only, and an
# edit never reflows a neighbour's text).
_DUMP_OPTIONS = {"sort_keys": False, "allow_unicode": True, "default_flow_style": False, "width": 1 << 30}


def term_data(term: Term):
    """A Term as YAML data: a plain string, or a mapping when it carries grammar hints."""
    if not term.has_hints:
        return term.text
    data: dict = {"term": term.text, **term.hints()}
    if "inflect" in data:
        data["inflect"] = _Flow(data["inflect"])
    if "forms" in data:
        return data
    return _FlowMap(data)  # {term: КНДР, indeclinable: true} on one line


def locale_data(terms: LocaleTerms) -> dict:
    data: dict = {"preferred": term_data(terms.preferred)}
    if terms.admitted:
        data["admitted"] = [term_data(term) for term in terms.admitted]
        if all(isinstance(item, str) for item in data["admitted"]):
            data["admitted"] = _Flow(data["admitted"])
    if terms.deprecated:
        data["deprecated"] = _Flow(terms.deprecated)
    if terms.note is not None:
        data["note"] = terms.note
    return data


def entry_data(entry: Entry) -> dict:
    """An Entry as YAML data in the documented key order; defaults are left out."""
    data: dict = {"id": entry.id}
    data["source"] = entry.sources[0] if len(entry.sources) == 1 else _Flow(entry.sources)
    if entry.match != MatchOptions():
        data["match"] = _FlowMap(case_sensitive=entry.match.case_sensitive, whole_word=entry.match.whole_word,
                                 **({"target_case": True} if entry.match.target_case else {}))
    if entry.do_not_translate:
        data["do_not_translate"] = True
    for key in ("subject", "pos", "note", "reference"):
        if getattr(entry, key) is not None:
            data[key] = getattr(entry, key)
    if entry.targets:
        data["targets"] = {tag: locale_data(terms) for tag, terms in entry.targets.items()}
    return data


def glossary_data(glossary: Glossary) -> dict:
    data: dict = {"schema_version": glossary.schema_version, "name": glossary.name}
    if glossary.description is not None:
        data["description"] = glossary.description
    data["source_language"] = glossary.source_language
    if glossary.target_languages:
        data["target_languages"] = _Flow(glossary.target_languages)
    data["entries"] = [entry_data(entry) for entry in glossary.entries]
    return data


def dump_data(data) -> str:
    """Plain YAML data (dicts, lists, strings) in the same deterministic style as dump()."""
    return yaml.dump(data, Dumper=_Dumper, **_DUMP_OPTIONS)


def dump_entries(entries: Iterable[Entry]) -> str:
    """Entries as a block sequence ("- id: ...") starting at column 0, for splicing into a file.
    Plain entries are written by glossary.fastdump (the same text, much sooner), the others by PyYAML."""
    writer = fastdump.Writer(_Dumper)
    return "".join(writer.entry(entry) or yaml.dump([entry_data(entry)], Dumper=_Dumper, **_DUMP_OPTIONS)
                   for entry in entries)
