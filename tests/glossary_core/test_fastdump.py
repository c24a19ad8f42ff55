"""glossary.fastdump writes plain entries exactly as PyYAML's emitter does (import speed, issue 19)."""

from __future__ import annotations

import yaml

from glossary import yamlio
from glossary.model import Entry, Glossary, LocaleTerms, Term
from glossary.yamlio import _DUMP_OPTIONS, _Dumper, glossary_data

TRICKY = ("no", "yes", "null", "~", "1.0", "0x10", "2023-01-01", "#hash", "a: b", "a #b", "- dash", "[x]",
          "it's", "'quoted'", '"double"', "trailing ", " leading", "КНДР", "조선", "tab\there", "a,b", "{x}",
          "ends:", "?q", "@at", "`tick", "%pct", "*star", "&amp", "!bang", "|pipe", ">gt", "é", "\u00a0nbsp",
          "\ufeffbom", "a\u2028b", "long " * 40)


def pyyaml(glossary: Glossary) -> str:
    return yaml.dump(glossary_data(glossary), Dumper=_Dumper, **_DUMP_OPTIONS)


def test_the_bundled_glossary_dumps_to_pyyamls_text():
    bundled = yamlio.load(yamlio.bundled_path())
    assert yamlio.dump(bundled) == pyyaml(bundled)


def test_tricky_scalars_everywhere_match_pyyaml():
    entries = []
    for number, value in enumerate(TRICKY):
        terms = LocaleTerms(Term(value), (Term(value), Term("x")), (value,), note=value)
        entries.append(Entry(f"e{number}", (value,), {"ru": terms}, subject=value, note=value, reference=value))
        entries.append(Entry(value if value.strip() == value and " " not in value else f"v{number}",
                             (value, "B"), {"ko": LocaleTerms(Term("x"))}))
    glossary = Glossary("t", tuple(entries), target_languages=("ko", "ru"))
    text = yamlio.dump(glossary)
    assert text == pyyaml(glossary)


def test_plain_entries_take_the_fast_writer():
    from glossary import fastdump

    bundled = yamlio.load(yamlio.bundled_path())
    writer = fastdump.Writer(_Dumper)
    plain = [entry for entry in bundled.entries if writer.entry(entry) is not None]
    assert len(plain) > 20  # (many bundled entries carry grammar hints)
