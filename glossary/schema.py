"""What a valid glossary file is: the key tables, the shipped JSON Schema, and findings.

The key tables below are the single source of truth: the loader (glossary.yamlio) checks
files against them, and `json_schema()` renders them as the JSON Schema shipped as
glossary/schema.json (for editors such as yaml-language-server). A test keeps the two in sync.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from glossary import locales
from glossary.errors import GlossaryError
from glossary.model import RU_CASES, SCHEMA_VERSION, Entry, Glossary, LocaleTerms, MatchOptions, Term


@dataclass(frozen=True)
class Key:
    """One key of a mapping in the file: its JSON Schema type name, whether required, what it means."""

    name: str
    kind: str
    required: bool = False
    doc: str = ""


GLOSSARY_KEYS = (
    Key("schema_version", "schema_version", True, "Format version; always 1."),
    Key("name", "text", False, "Human-readable name (defaults to the file name)."),
    Key("description", "text", False, "Optional free text."),
    Key("source_language", "tag", False, "BCP 47 tag of the source forms (default en)."),
    Key("target_languages", "tags", False, "BCP 47 tags every entry should cover (lint W105)."),
    Key("entries", "entries", True, "The list of entries."),
)
ENTRY_KEYS = (
    Key("id", "id", True, "Stable identifier, always a string (quote nothing: `no` stays 'no')."),
    Key("source", "sources", True, "English source form or list of forms; the first is preferred."),
    Key("match", "match", False, "How terms are found: case_sensitive, whole_word (source; both true by "
                                "default), target_case (target; false by default)."),
    Key("do_not_translate", "bool", False, "Keep the source form as is in every target (default false)."),
    Key("subject", "text", False, "country, person, title, organisation, place, media, treaty, phrase..."),
    Key("pos", "text", False, "Part of speech: noun, verb, adjective... (Google's glossary CSV `pos`)."),
    Key("note", "text", False, "Why this rendering; where it comes from."),
    Key("reference", "text", False, "URL or publication."),
    Key("targets", "targets", False, "Locale tag (BCP 47) -> the terms that locale requires."),
)
LOCALE_KEYS = (
    Key("preferred", "term", True, "The required term."),
    Key("admitted", "terms", False, "Other acceptable terms."),
    Key("deprecated", "strings", False, "Known wrong renderings (plain strings)."),
    Key("note", "text", False, "Per-locale note."),
)
TERM_KEYS = (
    Key("term", "term_text", True, "The term in its dictionary form."),
    Key("indeclinable", "bool", False, "Never inflects (КНДР)."),
    Key("inflect", "positions", False, "1-based positions of the words that inflect."),
    Key("forms", "forms", False, "Explicit inflected forms by case key (gent, datv, ..., plur_gent)."),
)
MATCH_KEYS = (
    Key("case_sensitive", "bool", False, "Match the source forms case-sensitively (default true)."),
    Key("whole_word", "bool", False, "Match whole words only (default true)."),
    Key("target_case", "bool", False, "Target terms must keep their letter case (default false)."),
)
FORM_KEYS = RU_CASES + tuple(f"plur_{case}" for case in RU_CASES)

SCHEMA_FILE = Path(__file__).with_name("schema.json")


@dataclass(frozen=True)
class Finding:
    """One problem in a glossary file, printed as `PATH:LINE:COL: [CODE rule: ]message`.

    Attributes:
        code: None for schema errors (the file is invalid); "W101" etc. for lint rules.
        rule: the lint rule's name (duplicate-id ...), empty for schema errors.
    """

    path: str | None
    line: int
    column: int
    message: str
    code: str | None = None
    rule: str = ""

    def __str__(self) -> str:
        label = f"{self.code} {self.rule}: " if self.code else ""
        return f"{self.path or '<glossary>'}:{self.line}:{self.column}: {label}{self.message}"


class GlossaryInvalid(GlossaryError):
    """A glossary that breaks the schema; carries every finding, reports the first one in one line."""

    def __init__(self, findings: list[Finding] | tuple[Finding, ...]) -> None:
        findings = tuple(findings)
        first = findings[0]
        more = f" (and {len(findings) - 1} more problem(s); run `workbench glossary validate`)" \
            if len(findings) > 1 else ""
        super().__init__(first.message + more, first.path, first.line, first.column)
        self.findings = findings


FINDINGS_PER_KIND = 100  # `validate` shows this many problems of one kind, then counts the rest
_QUOTED = re.compile(r"'[^']*'")


def kind_of(finding: Finding) -> str:
    """What a finding is about, without its particulars: "unknown key '…' in an entry"."""
    return _QUOTED.sub("'…'", finding.message)


def capped(findings, limit: int = FINDINGS_PER_KIND) -> list[Finding]:
    """The first `limit` findings of each kind, and for a kind that has more, one finding (at the first
    one left out) that counts them: a file with the same mistake in every entry stays readable."""
    shown, left_out, counts = [], {}, {}
    for finding in findings:
        kind = kind_of(finding)
        counts[kind] = counts.get(kind, 0) + 1
        if counts[kind] <= limit:
            shown.append(finding)
        else:
            left_out.setdefault(kind, finding)
    for kind, first in left_out.items():
        shown.append(replace(first, message=f"{counts[kind] - limit:,} more problems like \"{kind}\" "
                                            f"(only the first {limit} of each kind are shown)"))
    return sorted(shown, key=lambda f: (f.line, f.column))


def did_you_mean(word: str, choices) -> str:
    """' (did you mean 'preferred'?)' when `word` is a near miss of one of `choices`, else ''."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


# --- Building the model from composed nodes, collecting every problem ----------------------

# The plain scalars YAML reads as null (fastbuild, the compiled bulk reader, uses the same set).
NULLS = frozenset(("", "~", "null", "Null", "NULL"))
_YAML11_BOOLS = frozenset(("yes", "no", "on", "off", "y", "n"))
_KIND = {yaml.ScalarNode: "a string", yaml.SequenceNode: "a list", yaml.MappingNode: "a mapping"}
_TABLES = {id(keys): ({key.name: key for key in keys}, [key.name for key in keys if key.required])
           for keys in (GLOSSARY_KEYS, ENTRY_KEYS, LOCALE_KEYS, TERM_KEYS, MATCH_KEYS)}


def _is_null(node: yaml.Node | None) -> bool:
    return node is None or (isinstance(node, yaml.ScalarNode) and node.style is None and node.value in NULLS)


class _Builder:
    """Walks the node tree once, building model objects and recording every problem with its mark."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.findings: list[Finding] = []

    def error(self, node: yaml.Node, message: str) -> None:
        mark = node.start_mark
        self.findings.append(Finding(self.path, mark.line + 1, mark.column + 1, message))

    def expect(self, node: yaml.Node, kind: type, what: str) -> bool:
        if isinstance(node, kind):
            return True
        self.error(node, f"{what} must be {_KIND[kind]}, not {_KIND[type(node)]}")
        return False

    def fields(self, node: yaml.Node, keys: tuple[Key, ...], what: str) -> dict[str, yaml.Node] | None:
        """The mapping's values by key; unknown, duplicate and missing keys are reported."""
        if not self.expect(node, yaml.MappingNode, what):
            return None
        table, required = _TABLES[id(keys)]
        out: dict[str, yaml.Node] = {}
        guessed = set()
        for key_node, value in node.value:
            name = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if name not in table:
                hint = did_you_mean(str(name), table)
                guessed.add(hint.split("'")[1] if hint else None)
                self.error(key_node, f"unknown key '{name}' in {what}{hint}")
            elif name in out:
                self.error(key_node, f"duplicate key '{name}' in {what}")
            else:
                out[name] = value
        for name in required:
            if name not in out and name not in guessed:  # "did you mean" already said it
                self.error(node, f"missing key '{name}' in {what}")
        return out

    def text(self, node: yaml.Node | None, what: str) -> str | None:
        """An optional free-text value (plain null/empty means absent)."""
        if _is_null(node) or not self.expect(node, yaml.ScalarNode, what):
            return None
        return node.value

    def term_text(self, node: yaml.Node, what: str) -> str:
        if not self.expect(node, yaml.ScalarNode, what):
            return ""
        value = node.value
        if not value.strip():
            self.error(node, f"{what} is empty")
        elif value != value.strip():
            self.error(node, f"{what} '{value}' has leading or trailing whitespace")
        return value

    def boolean(self, node: yaml.Node | None, what: str, default: bool) -> bool:
        if _is_null(node) or not self.expect(node, yaml.ScalarNode, what):
            return default
        value = node.value.lower()
        if value in ("true", "false"):
            return value == "true"
        hint = " (YAML 1.1 words like yes/no/on/off are not booleans here)" if value in _YAML11_BOOLS else ""
        self.error(node, f"{what} must be true or false, not '{node.value}'{hint}")
        return default

    def strings(self, node: yaml.Node | None, what: str) -> tuple[str, ...]:
        if _is_null(node) or not self.expect(node, yaml.SequenceNode, what):
            return ()
        return tuple(self.term_text(item, f"{what} item") for item in node.value)

    def tag(self, node: yaml.Node, what: str, target: bool = False) -> str:
        """The folded locale tag (ru-RU -> ru, see glossary.locales); a target must be one --to selects."""
        if not self.expect(node, yaml.ScalarNode, what):
            return ""
        try:
            return locales.fold_target(node.value) if target else locales.fold(node.value)
        except locales.LocaleError as exc:
            self.error(node, str(exc))
            return node.value

    def glossary(self, root: yaml.MappingNode) -> Glossary:
        fields = self.fields(root, GLOSSARY_KEYS, "the glossary") or {}
        version = fields.get("schema_version")
        if version is not None and self.expect(version, yaml.ScalarNode, "schema_version") \
                and version.value != str(SCHEMA_VERSION):
            self.error(version, f"unsupported schema_version '{version.value}' (this workbench reads "
                                f"{SCHEMA_VERSION})")
        name = self.text(fields.get("name"), "name") or (Path(self.path).stem if self.path else "glossary")
        source = fields.get("source_language")
        targets = fields.get("target_languages")
        tags = () if _is_null(targets) or not self.expect(targets, yaml.SequenceNode, "target_languages") \
            else tuple(self.tag(item, "target_languages item", target=True) for item in targets.value)
        return Glossary(name=name, entries=self.entries(fields.get("entries")),
                        source_language=self.tag(source, "source_language") if not _is_null(source) else "en",
                        target_languages=tags, path=self.path,
                        description=self.text(fields.get("description"), "description"))

    def entries(self, node: yaml.Node | None) -> tuple[Entry, ...]:
        if _is_null(node) or not self.expect(node, yaml.SequenceNode, "entries"):
            return ()
        return tuple(self.entry(item) for item in node.value)

    def entry(self, node: yaml.Node) -> Entry:
        fields = self.fields(node, ENTRY_KEYS, "an entry") or {}
        get = fields.get
        return Entry(id=self.ident(get("id")), sources=self.sources(get("source")),
                     targets=self.targets(get("targets")), match=self.match(get("match")),
                     do_not_translate=self.boolean(get("do_not_translate"), "do_not_translate", False),
                     subject=self.text(get("subject"), "subject"), pos=self.text(get("pos"), "pos"),
                     note=self.text(get("note"), "note"),
                     reference=self.text(get("reference"), "reference"), line=node.start_mark.line + 1)

    def ident(self, node: yaml.Node | None) -> str:
        if node is None or not self.expect(node, yaml.ScalarNode, "id"):
            return ""
        if not node.value or any(char.isspace() for char in node.value):
            self.error(node, f"id '{node.value}' must be non-empty and contain no whitespace")
        return node.value

    def sources(self, node: yaml.Node | None) -> tuple[str, ...]:
        if node is None:
            return ()
        if isinstance(node, yaml.ScalarNode):
            return (self.term_text(node, "source"),)
        forms = self.strings(node, "source")
        if isinstance(node, yaml.SequenceNode) and not forms:
            self.error(node, "source must list at least one form")
        return forms

    def match(self, node: yaml.Node | None) -> MatchOptions:
        if _is_null(node):
            return MatchOptions()
        fields = self.fields(node, MATCH_KEYS, "match") or {}
        return MatchOptions(self.boolean(fields.get("case_sensitive"), "case_sensitive", True),
                            self.boolean(fields.get("whole_word"), "whole_word", True),
                            self.boolean(fields.get("target_case"), "target_case", False))

    def targets(self, node: yaml.Node | None) -> dict[str, LocaleTerms]:
        if _is_null(node) or not self.expect(node, yaml.MappingNode, "targets"):
            return {}
        out: dict[str, LocaleTerms] = {}
        for key_node, value in node.value:
            tag = self.tag(key_node, "a locale key", target=True)
            if tag in out:
                written = f" ('{key_node.value}' is '{tag}')" if key_node.value != tag else ""
                self.error(key_node, f"locale '{tag}' appears twice in targets{written}")
            out[tag] = self.locale(value, tag)
        return out

    def locale(self, node: yaml.Node, tag: str) -> LocaleTerms:
        fields = self.fields(node, LOCALE_KEYS, f"targets.{tag}") or {}
        preferred = self.term(fields["preferred"]) if "preferred" in fields else Term("")
        admitted = fields.get("admitted")
        admitted = () if _is_null(admitted) or not self.expect(admitted, yaml.SequenceNode, "admitted") \
            else tuple(self.term(item) for item in admitted.value)
        return LocaleTerms(preferred, admitted, self.strings(fields.get("deprecated"), "deprecated"),
                           self.text(fields.get("note"), "note"))

    def term(self, node: yaml.Node) -> Term:
        if isinstance(node, yaml.ScalarNode):
            return Term(self.term_text(node, "term"))
        fields = self.fields(node, TERM_KEYS, "a term (a string or {term, indeclinable, inflect, forms})")
        if fields is None:
            return Term("")
        text = self.term_text(fields["term"], "term") if "term" in fields else ""
        return Term(text, self.boolean(fields.get("indeclinable"), "indeclinable", False),
                    self.positions(fields.get("inflect"), text), self.forms(fields.get("forms")))

    def positions(self, node: yaml.Node | None, text: str) -> tuple[int, ...] | None:
        if _is_null(node) or not self.expect(node, yaml.SequenceNode, "inflect"):
            return None
        words = len(text.split())
        out = []
        for item in node.value:
            value = item.value if isinstance(item, yaml.ScalarNode) else ""
            if not (value.isascii() and value.isdigit()) or not 1 <= int(value) <= words:  # int() refuses '²'
                self.error(item, f"inflect position '{value}' out of range: '{text}' has {words} word(s)")
            else:
                out.append(int(value))
        return tuple(out)

    def forms(self, node: yaml.Node | None) -> dict[str, str]:
        if _is_null(node) or not self.expect(node, yaml.MappingNode, "forms"):
            return {}
        out = {}
        for key_node, value in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node)
            if key not in FORM_KEYS:
                self.error(key_node, f"unknown forms key '{key}'{did_you_mean(key, FORM_KEYS)} "
                                     f"(use {', '.join(RU_CASES)}, optionally with plur_)")
            out[key] = self.term_text(value, f"forms.{key}")
        return out


def entry_findings(node: yaml.Node, path: str | None) -> list[Finding]:
    """Every schema problem of one composed entry (lines as its node's marks say)."""
    builder = _Builder(path)
    builder.entry(node)
    return builder.findings


def build(root: yaml.MappingNode, path: str | None) -> tuple[Glossary, list[Finding]]:
    """The model built from a composed document, and every schema problem found (empty when valid)."""
    builder = _Builder(path)
    glossary = builder.glossary(root)
    return glossary, sorted(builder.findings, key=lambda f: (f.line, f.column))


# --- JSON Schema --------------------------------------------------------------------------

def _term_schema() -> dict:
    text = {"type": "string", "minLength": 1, "pattern": r"^\S(.*\S)?$"}
    forms = {"type": "object", "propertyNames": {"enum": list(FORM_KEYS)},
             "additionalProperties": {"type": "string", "minLength": 1}}
    mapping = _object(TERM_KEYS, {
        "term_text": text, "bool": {"type": "boolean"},
        "positions": {"type": "array", "items": {"type": "integer", "minimum": 1}},
        "forms": forms})
    return {"oneOf": [text, mapping]}


def _object(keys: tuple[Key, ...], kinds: dict) -> dict:
    props = {key.name: {**kinds[key.kind], "description": key.doc} for key in keys}
    schema = {"type": "object", "properties": props, "additionalProperties": False}
    required = [key.name for key in keys if key.required]
    if required:
        schema["required"] = required
    return schema


def json_schema() -> dict:
    """The JSON Schema (draft 2020-12) of the glossary format, rendered from the key tables."""
    text = {"type": "string"}
    strings = {"type": "array", "items": {"type": "string", "minLength": 1}}
    tag = {"type": "string", "pattern": r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"}
    kinds = {"text": text, "tag": tag, "tags": {"type": "array", "items": tag}, "bool": {"type": "boolean"},
             "id": {"type": "string", "pattern": r"^\S+$"}, "strings": strings,
             "schema_version": {"const": SCHEMA_VERSION},
             "term": {"$ref": "#/$defs/term"}, "terms": {"type": "array", "items": {"$ref": "#/$defs/term"}},
             "sources": {"oneOf": [{"type": "string", "minLength": 1}, {**strings, "minItems": 1}]},
             "match": _object(MATCH_KEYS, {"bool": {"type": "boolean"}})}
    kinds["targets"] = {"type": "object", "propertyNames": tag,
                        "additionalProperties": {"$ref": "#/$defs/locale"}}
    kinds["entries"] = {"type": "array", "items": {"$ref": "#/$defs/entry"}}
    schema = _object(GLOSSARY_KEYS, kinds)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://workbench.invalid/glossary.schema.json",
            "title": "Workbench glossary of official names", **schema,
            "$defs": {"entry": _object(ENTRY_KEYS, kinds), "locale": _object(LOCALE_KEYS, kinds),
                      "term": _term_schema()}}


def render_json_schema() -> str:
    """The text of glossary/schema.json (regenerate with `python -m glossary.schema`)."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


def schema_path() -> Path:
    """The JSON Schema file shipped in the package."""
    return SCHEMA_FILE


if __name__ == "__main__":
    SCHEMA_FILE.write_text(render_json_schema(), encoding="utf-8")
