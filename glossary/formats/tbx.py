"""TBX termbases in and out: v2 (MARTIF / TBX-Basic, as Trados, memoQ and Weblate write it) and v3 (ISO 30042:2019).

Read with lxml through glossary.xmlsafe (no DTD, no entities, no network); the version is detected
from the root element (<martif> = v2, <tbx> = v3, with or without a namespace). Written as v3 by
default (TbxFormat(tbx_version=2) for v2). Every language and every synonym is kept.

Mapping (concept = Entry):
    termEntry@id / conceptEntry@id          Entry.id (a slug of the source term when absent)
    descrip type="subjectField"              Entry.subject
    termNote type="partOfSpeech"             Entry.pos (read from the first source-language term that has
                                             one; written on each source term)
    admin|descrip type="source"              Entry.reference
    note (concept level)                     Entry.note;  note in a langSet/langSec: LocaleTerms.note
    termNote type="administrativeStatus"     preferredTerm-admn-sts -> preferred; admittedTerm-admn-sts
      (v2 also normativeAuthorization)       (and anything unknown) -> admitted; deprecatedTerm-admn-sts,
                                             supersededTerm-admn-sts, forbidden -> deprecated
    source-language terms                    Entry.sources (preferred first; deprecated ones are dropped)
    termNote type="x-workbench-grammar"      JSON grammar hints of a term: {"indeclinable": true,
                                             "inflect": [1], "forms": {"gent": "..."}}
    admin type="x-workbench-options"         JSON entry options when not default: {"case_sensitive":
                                             false, "whole_word": false, "do_not_translate": true}
    termNote type="translationNote" "no"     (Weblate's "untranslatable") also sets do_not_translate
    title / sourceDesc p                     Glossary.name / Glossary.description
    sourceDesc p type="x-workbench-targetLanguages"   Glossary.target_languages ("ko ko-KP ru"); without
                                             it, the target languages in order of appearance
Languages fold as everywhere (glossary.locales: en-US -> en, ko-KR -> ko, ko-KP stays). The source
language is the root's xml:lang (default en); a langSet is the source when its folded tag equals it.
A target language with deprecated terms only is skipped, and so is one that no `--to` selects (ja, de),
with one warning per language.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from lxml import etree

from glossary import locales, xmlsafe
from glossary.errors import GlossaryError
from glossary.formats import Format, unique_ids
from glossary.model import Entry, Glossary, LocaleTerms, MatchOptions, Term

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TBX3_NS = "urn:iso:std:iso:30042:ed-2"
GRAMMAR = "x-workbench-grammar"
POS = "partOfSpeech"
OPTIONS = "x-workbench-options"
TARGETS = "x-workbench-targetLanguages"
_ENTRY_TAGS = ("termEntry", "conceptEntry")
_LANG_TAGS = ("langSet", "langSec")
_TERM_TAGS = ("tig", "ntig", "termSec")
_GROUP_TAGS = ("descripGrp", "adminGrp", "transacGrp", "termGrp")
_STATUS_TYPES = ("administrativeStatus", "normativeAuthorization")
_PREFERRED = {"preferredterm", "standardizedterm", "preferred"}
_DEPRECATED = {"deprecatedterm", "supersededterm", "forbidden", "forbiddenterm", "obsoleteterm",
               "deprecated", "superseded", "obsolete"}  # Weblate writes forbidden / obsolete
_STATUS_OUT = {"preferred": "preferredTerm-admn-sts", "admitted": "admittedTerm-admn-sts",
               "deprecated": "deprecatedTerm-admn-sts"}
# Element names per version: root, header, entry, language section, term section.
_NAMES = {2: ("martif", "martifHeader", "termEntry", "langSet", "tig"),
          3: ("tbx", "tbxHeader", "conceptEntry", "langSec", "termSec")}


class TbxFormat(Format):
    """TBX-Basic, v2 or v3 on reading (detected), the chosen version on writing (default 3)."""

    name = "tbx"
    options = ("tbx_version",)

    def __init__(self, tbx_version: int | str = 3) -> None:
        super().__init__()
        if str(tbx_version) not in ("2", "3"):
            raise GlossaryError(f"unknown TBX version {tbx_version!r} (use 2 or 3)")
        self.tbx_version = int(tbx_version)

    def loads(self, data: bytes, path: str | None = None) -> Glossary:
        root = xmlsafe.parse(data, path)
        detect_version(root, path)
        reader = _Reader(path)
        glossary = reader.glossary(root)
        self.warnings.extend(_skipped(tag, count) for tag, count in reader.skipped.items())
        return glossary

    def dumps(self, glossary: Glossary) -> bytes:
        return _Writer(self.tbx_version).document(glossary)


def _skipped(tag: str, count: int) -> str:
    return f"language '{tag}' skipped ({count} {'entry' if count == 1 else 'entries'}): {locales.target_problem(tag)}"


def detect_version(root: etree._Element, path: str | None = None) -> int:
    """2 for <martif>, 3 for <tbx>; GlossaryError for anything else."""
    name = _local(root)
    if name == "martif":
        return 2
    if name == "tbx":
        return 3
    raise GlossaryError(f"not a TBX file (root element <{name}>, expected <martif> or <tbx>)", path,
                        root.sourceline or 0)


def _local(node) -> str | None:
    """The element's name without namespace; None for comments and processing instructions."""
    tag = node.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else None  # (etree.QName: 5x slower)


def _text(node) -> str:
    """The element's text, inline markup included, with whitespace runs as one space."""
    text = (node.text or "") if len(node) == 0 else "".join(node.itertext())  # a leaf: no walk
    return " ".join(text.split())


def _typed(node, names: tuple[str, ...]) -> list:
    """(type, element) of the data-category elements among `node`'s children, looking into groups."""
    found = []
    for child in node:
        tag = child.tag  # _local inlined: this runs for every child of every entry, term and group
        name = tag.rpartition("}")[2] if isinstance(tag, str) else None
        if name in _GROUP_TAGS:
            found.extend(_typed(child, names))
        elif name in names:
            found.append((child.get("type"), child))
    return found


# -- reading -------------------------------------------------------------------------------------

class _Reader:
    """Builds a Glossary from a parsed TBX tree, naming file and line in every error."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.source = "en"
        self.skipped: dict[str, int] = {}  # target languages no --to selects -> entries skipped in

    def glossary(self, root: etree._Element) -> Glossary:
        self.source = self._fold(root.get(XML_LANG) or "en", root)
        nodes = list(root.iter(*(f"{{*}}{tag}" for tag in _ENTRY_TAGS)))  # any namespace, filtered in C
        raw = [self._entry(node) for node in nodes]
        self._check_unique(raw, nodes)
        ids = unique_ids([entry.id for entry in raw], [entry.source for entry in raw])
        entries = tuple(entry if entry.id == entry_id else replace(entry, id=entry_id)
                        for entry, entry_id in zip(raw, ids))
        name, description, declared = _header(root)
        locales = list(dict.fromkeys([*declared, *(tag for entry in entries for tag in entry.targets)]))
        return Glossary(name=name or _stem(self.path), entries=entries, source_language=self.source,
                        target_languages=tuple(locales), path=self.path, description=description)

    def _entry(self, node: etree._Element) -> Entry:
        line = node.sourceline or 0
        sources: list[str] = []
        targets: dict[str, LocaleTerms] = {}
        pos = None
        for lang_node in (child for child in node if _local(child) in _LANG_TAGS):
            tag = self._lang(lang_node)
            terms = self._terms(lang_node)
            if tag == self.source:
                sources.extend(text for text, status, _, _ in _ordered(terms) if status != "deprecated")
                pos = pos or next((part for _, _, _, part in terms if part), None)
            elif locales.target_problem(tag):
                self.skipped[tag] = self.skipped.get(tag, 0) + 1
            else:
                locale = _locale_terms(terms, _note(lang_node))
                if locale is not None:
                    targets[tag] = _merge_locale(targets.get(tag), locale)
        if not sources:
            raise GlossaryError(f"entry {node.get('id') or ''} has no {self.source} term".replace("  ", " "),
                                self.path, line)
        fields = dict(_concept_fields(node), **self._options(node))
        return Entry(id=node.get("id") or "", sources=tuple(dict.fromkeys(sources)), targets=targets, pos=pos,
                     line=line, **fields)

    def _lang(self, node: etree._Element) -> str:
        tag = node.get(XML_LANG) or node.get("lang")
        if not tag:
            raise GlossaryError(f"<{_local(node)}> without xml:lang", self.path, node.sourceline or 0)
        return self._fold(tag, node)

    def _fold(self, tag: str, node: etree._Element) -> str:
        try:
            return locales.fold(tag)
        except locales.LocaleError as exc:
            raise GlossaryError(f"xml:lang {exc}", self.path, node.sourceline or 0) from None

    def _terms(self, lang_node: etree._Element) -> list[tuple[str, str | None, dict]]:
        """(text, status, grammar hints, part of speech) of each term of a language section, in document
        order."""
        out = []
        for group in (child for child in lang_node if _local(child) in _TERM_TAGS):
            term = next(group.iter("{*}term"), None)
            text = _text(term) if term is not None else ""
            if not text:
                raise GlossaryError(f"<{_local(group)}> without a term", self.path, group.sourceline or 0)
            notes = dict(_typed_notes(group))
            status = next((_status(notes[t].text) for t in _STATUS_TYPES if t in notes), None)
            hints = self._json(notes[GRAMMAR]) if GRAMMAR in notes else {}
            part = _text(notes[POS]) if POS in notes else ""
            out.append((text, status, hints, part or None))
        return out

    def _options(self, node: etree._Element) -> dict:
        found = [element for kind, element in _typed(node, ("admin", "descrip")) if kind == OPTIONS]
        data = self._json(found[0]) if found else {}
        match = MatchOptions(bool(data.get("case_sensitive", True)), bool(data.get("whole_word", True)),
                             bool(data.get("target_case", False)))
        return {"match": match, "do_not_translate": bool(data.get("do_not_translate", False)) or _untranslatable(node)}

    def _json(self, element: etree._Element) -> dict:
        try:
            data = json.loads(element.text or "")
        except json.JSONDecodeError as exc:
            raise GlossaryError(f"{element.get('type')}: invalid JSON ({exc.msg})", self.path,
                                element.sourceline or 0) from None
        if not isinstance(data, dict):
            raise GlossaryError(f"{element.get('type')}: expected a JSON object", self.path, element.sourceline or 0)
        return data

    def _check_unique(self, raw: list[Entry], nodes: list) -> None:
        seen: dict[str, int] = {}
        for entry, node in zip(raw, nodes):
            if entry.id and entry.id in seen:
                raise GlossaryError(f"duplicate entry id '{entry.id}' (first at line {seen[entry.id]})",
                                    self.path, node.sourceline or 0)
            seen.setdefault(entry.id, node.sourceline or 0)


def _untranslatable(node: etree._Element) -> bool:
    """Weblate marks a term that must stay untranslated with termNote type="translationNote" "no"."""
    return any(n.get("type") == "translationNote" and (n.text or "").strip() == "no"
               for n in node.iter("{*}termNote"))


def _typed_notes(group: etree._Element) -> list[tuple[str, etree._Element]]:
    return [(kind, element) for kind, element in _typed(group, ("termNote",)) if kind]


def _status(value: str | None) -> str:
    base = (value or "").strip().lower().removesuffix("-admn-sts")
    if base in _PREFERRED:
        return "preferred"
    return "deprecated" if base in _DEPRECATED else "admitted"


def _ordered(terms: list) -> list:
    """Preferred terms first, then the others in document order."""
    return sorted(terms, key=lambda term: term[1] != "preferred")


def _locale_terms(terms: list, note: str | None) -> LocaleTerms | None:
    accepted = [Term(text, **_hints(hints)) for text, status, hints, _ in _ordered(terms) if status != "deprecated"]
    if not accepted:
        return None
    deprecated = tuple(text for text, status, _, _ in terms if status == "deprecated")
    return LocaleTerms(accepted[0], tuple(accepted[1:]), deprecated, note)


def _merge_locale(old: LocaleTerms | None, new: LocaleTerms) -> LocaleTerms:
    """Two sections of one language in one entry (en-US and en-GB folded to a tag) add up."""
    if old is None:
        return new
    return LocaleTerms(old.preferred, old.admitted + new.accepted, old.deprecated + new.deprecated,
                       old.note or new.note)


def _hints(data: dict) -> dict:
    inflect = data.get("inflect")
    return {"indeclinable": bool(data.get("indeclinable", False)),
            "inflect": tuple(int(i) for i in inflect) if inflect is not None else None,
            "forms": {str(k): str(v) for k, v in (data.get("forms") or {}).items()}}


def _concept_fields(node: etree._Element) -> dict:
    fields = {"subject": None, "reference": None, "note": _note(node)}
    for kind, element in _typed(node, ("descrip", "admin")):
        if kind == "subjectField" and fields["subject"] is None:
            fields["subject"] = _text(element) or None
        elif kind == "source" and fields["reference"] is None:
            fields["reference"] = _text(element) or None
    return fields


def _note(node: etree._Element) -> str | None:
    notes = [element.text.strip() for element in node if _local(element) == "note" and (element.text or "").strip()]
    return "\n".join(notes) or None


def _header(root: etree._Element) -> tuple[str | None, str | None]:
    title = next((n for n in root.iter() if _local(n) == "title"), None)
    source_desc = next((n for n in root.iter() if _local(n) == "sourceDesc"), None)
    paragraphs = [] if source_desc is None else [n for n in source_desc if _local(n) == "p" and not n.get("type")]
    description = "\n".join(p.text.strip() for p in paragraphs if (p.text or "").strip()) or None
    name = _text(title) if title is not None else ""
    typed = [] if source_desc is None else [n for n in source_desc if n.get("type") == TARGETS]
    declared = [tag for tag in map(_declared, _text(typed[0]).split()) if tag] if typed else []
    return name or None, description, declared


def _declared(tag: str) -> str | None:
    """A declared target language, folded; None when no --to selects it (or it is no language)."""
    problem = locales.problem(tag, target=True)
    return None if problem else locales.fold(tag)


def _stem(path: str | None) -> str:
    return Path(path).stem if path else "TBX glossary"


# -- writing -------------------------------------------------------------------------------------

class _Writer:
    """Serialises a Glossary as TBX-Basic of one version."""

    def __init__(self, version: int) -> None:
        self.version = version
        self.ns = TBX3_NS if version == 3 else None
        self.root_name, self.header_name, self.entry_name, self.lang_name, self.term_name = _NAMES[version]

    def el(self, parent, name: str, text: str | None = None, **attrs) -> etree._Element:
        tag = f"{{{self.ns}}}{name}" if self.ns else name
        node = etree.SubElement(parent, tag, attrs) if parent is not None else etree.Element(
            tag, attrs, nsmap={None: self.ns} if self.ns else None)
        if text is not None:
            node.text = text
        return node

    def document(self, glossary: Glossary) -> bytes:
        attrs = {"type": "TBX-Basic", XML_LANG: glossary.source_language}
        root = self.el(None, self.root_name, **({"style": "dca", **attrs} if self.version == 3 else attrs))
        self.header(root, glossary)
        body = self.el(self.el(root, "text"), "body")
        for entry in glossary.entries:
            self.entry(body, entry, glossary)
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)

    def header(self, root, glossary: Glossary) -> None:
        file_desc = self.el(self.el(root, self.header_name), "fileDesc")
        self.el(self.el(file_desc, "titleStmt"), "title", glossary.name)
        source_desc = self.el(file_desc, "sourceDesc")
        if glossary.description:
            self.el(source_desc, "p", glossary.description)
        self.el(source_desc, "p", "Written by workbench (glossary of official names)", type="x-workbench-generator")
        if glossary.target_languages:
            self.el(source_desc, "p", " ".join(glossary.target_languages), type=TARGETS)
        if self.version == 2:  # the TBX-Basic v2 declaration Trados and memoQ look for
            self.el(self.el(file_desc.getparent(), "encodingDesc"), "p", "TBXBasicXCSV02.xcs", type="XCSURI")

    def entry(self, body, entry: Entry, glossary: Glossary) -> None:
        node = self.el(body, self.entry_name, id=entry.id)
        if entry.subject:
            self.el(node, "descrip", entry.subject, type="subjectField")
        if entry.reference:
            self.el(node, "admin", entry.reference, type="source")
        options = _options_json(entry)
        if options:
            self.el(node, "admin", options, type=OPTIONS)
        if entry.note:
            self.el(node, "note", entry.note)
        source = self.el(node, self.lang_name, **{XML_LANG: glossary.source_language})
        for number, form in enumerate(entry.sources):
            self.term(source, Term(form), "preferred" if number == 0 else "admitted", entry.pos)
        order = [*glossary.target_languages, *(tag for tag in entry.targets if tag not in glossary.target_languages)]
        for tag in (tag for tag in order if tag in entry.targets):
            self.locale(node, tag, entry.targets[tag])

    def locale(self, node, tag: str, terms: LocaleTerms) -> None:
        section = self.el(node, self.lang_name, **{XML_LANG: tag})
        if terms.note:
            self.el(section, "note", terms.note)
        self.term(section, terms.preferred, "preferred")
        for term in terms.admitted:
            self.term(section, term, "admitted")
        for text in terms.deprecated:
            self.term(section, Term(text), "deprecated")

    def term(self, section, term: Term, status: str, pos: str | None = None) -> None:
        group = self.el(section, self.term_name)
        self.el(group, "term", term.text)
        if pos:
            self.el(group, "termNote", pos, type="partOfSpeech")
        self.el(group, "termNote", _STATUS_OUT[status], type="administrativeStatus")
        if term.has_hints:
            self.el(group, "termNote", _grammar_json(term), type=GRAMMAR)


def _grammar_json(term: Term) -> str:
    return json.dumps(term.hints(), ensure_ascii=False)


def _options_json(entry: Entry) -> str | None:
    data = {}
    if not entry.match.case_sensitive:
        data["case_sensitive"] = False
    if not entry.match.whole_word:
        data["whole_word"] = False
    if entry.match.target_case:
        data["target_case"] = True
    if entry.do_not_translate:
        data["do_not_translate"] = True
    return json.dumps(data) if data else None
