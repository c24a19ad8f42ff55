"""Fast YAML text for plain entries: the exact text PyYAML's emitter writes for them, 20x sooner.

PyYAML's pure-Python emitter takes 25 s for the 100,000 entries of an imported CSV. A plain entry
(strings and lists of strings only: no match options, do_not_translate or grammar hints, no line
break in any value) has a fixed shape, so it is written here from a template; each scalar gets the
style PyYAML itself would choose (its own analyze_scalar and resolver decide plain or single-quoted;
anything that would need double quotes makes the entry not plain). Every other entry returns None
and is emitted by PyYAML. tests/glossary_core/test_fastdump.py holds the two to the same text.
"""

from __future__ import annotations

import io
import re

import yaml

from glossary.model import Entry, LocaleTerms, MatchOptions

_STR = "tag:yaml.org,2002:str"
# Most terms: a letter, then letters, digits, spaces and . - ' ( ) /, not ending in a space. PyYAML
# writes these plain unless they read as a boolean or null (a letter first rules out numbers, dates,
# indicators); everything else goes through PyYAML's own analysis.
_PLAIN = re.compile(r"(?:[^\W\d_][\w .'()/-]*)?[^\W_]?\Z")
_WORDS = frozenset(("yes", "no", "true", "false", "on", "off", "null"))


class _Unplain(Exception):
    """The entry needs PyYAML's emitter."""


class _Styler:
    """PyYAML's choice of scalar style (Emitter.choose_scalar_style), for plain and single quotes only."""

    def __init__(self, dumper: type) -> None:
        self.emitter = yaml.emitter.Emitter(io.StringIO(), allow_unicode=True)  # as _DUMP_OPTIONS
        self.resolver = dumper(io.StringIO())

    def __call__(self, value: str, flow: bool = False) -> str:
        return self._style(value, flow)

    def _style(self, value: str, flow: bool) -> str:
        if value and value[-1] != " " and _PLAIN.match(value) and value.lower() not in _WORDS:
            return value
        analysis = self.emitter.analyze_scalar(value)
        if analysis.multiline or analysis.empty:
            raise _Unplain
        implicit = self.resolver.resolve(yaml.ScalarNode, value, (True, False)) == _STR
        if implicit and (analysis.allow_flow_plain if flow else analysis.allow_block_plain):
            return value
        if analysis.allow_single_quoted:
            return "'" + value.replace("'", "''") + "'"
        raise _Unplain


class Writer:
    """Entries as YAML block-sequence items at column 0 ("- id: ..."), like yamlio.dump_entries."""

    def __init__(self, dumper: type) -> None:
        self.style = _Styler(dumper)

    def entry(self, entry: Entry) -> str | None:
        """The entry's text, or None when it is not plain (PyYAML must write it)."""
        if entry.match != MatchOptions() or entry.do_not_translate:
            return None
        try:
            return "".join(self._lines(entry))
        except _Unplain:
            return None

    def _lines(self, entry: Entry):
        yield f"- id: {self.style(entry.id)}\n"
        yield f"  source: {self._one_or_list(entry.sources)}\n"
        for key in ("subject", "pos", "note", "reference"):
            value = getattr(entry, key)
            if value is not None:
                yield f"  {key}: {self.style(value)}\n"
        if entry.targets:
            yield "  targets:\n"
            for tag, terms in entry.targets.items():
                yield f"    {self.style(tag)}:\n"
                yield from self._locale(terms)

    def _locale(self, terms: LocaleTerms):
        if any(term.has_hints for term in terms.accepted):
            raise _Unplain
        yield f"      preferred: {self.style(terms.preferred.text)}\n"
        if terms.admitted:
            yield f"      admitted: {self._flow([term.text for term in terms.admitted])}\n"
        if terms.deprecated:
            yield f"      deprecated: {self._flow(terms.deprecated)}\n"
        if terms.note is not None:
            yield f"      note: {self.style(terms.note)}\n"

    def _one_or_list(self, values) -> str:
        return self.style(values[0]) if len(values) == 1 else self._flow(values)

    def _flow(self, values) -> str:
        return "[" + ", ".join(self.style(value, flow=True) for value in values) + "]"
