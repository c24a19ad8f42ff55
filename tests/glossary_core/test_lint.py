"""Each lint rule fires on its problem (with the right position) and stays quiet on clean input."""

from __future__ import annotations

from glossary import lint, yamlio

HEAD = "schema_version: 1\nname: t\ntarget_languages: [ko, ko-KP, ru]\nentries:\n"


def run(body: str) -> list[str]:
    document = yamlio.parse(HEAD + body, "g.yaml")
    return [str(finding) for finding in lint.lint(document.glossary, document)]


def entry(entry_id: str, source: str, ko: str = "가", ru: str = "а") -> str:
    return (f"  - id: {entry_id}\n    source: {source}\n    targets:\n"
            f"      ko: {{preferred: {ko}}}\n      ru: {{preferred: {ru}}}\n")


def test_clean_glossary_has_no_findings(spec_text):
    document = yamlio.parse(spec_text, "spec.yaml")
    assert lint.lint(document.glossary, document) == []
    assert run(entry("a", "A") + entry("b", "B")) == []


def test_w101_duplicate_id():
    assert run(entry("a", "A") + entry("a", "B")) == [
        "g.yaml:10:9: W101 duplicate-id: id 'a' is already used at line 5"]


def test_w102_duplicate_source_respects_case_sensitivity():
    assert run(entry("a", "[DPRK]") + entry("b", "[North, DPRK]")) == [
        "g.yaml:11:21: W102 duplicate-source: source form 'DPRK' also belongs to entry 'a' (line 5)"]
    assert run(entry("a", "US") + entry("b", "us")) == []
    insensitive = entry("b", "us").replace("    targets:", "    match: {case_sensitive: false}\n    targets:")
    assert run(entry("a", "US") + insensitive) == [
        "g.yaml:11:13: W102 duplicate-source: source form 'us' also belongs to entry 'a' (line 5)"]


def test_w103_deprecated_equal_to_accepted():
    body = ("  - id: a\n    source: A\n    targets:\n      ko: {preferred: 가}\n"
            "      ru: {preferred: КНДР, admitted: [Корея], deprecated: [Северная Корея, Корея]}\n")
    assert run(body) == ["g.yaml:9:77: W103 deprecated-is-accepted: 'Корея' is both deprecated and accepted for ru"]


def test_w103_compares_as_the_terminology_check_does():
    body = ("  - id: a\n    source: A\n    targets:\n      ko: {preferred: 가}\n"
            "      ru: {preferred: Ким Чен Ын, deprecated: [ким чён ын, «Ким Чен Ын», Ким Чон Ын]}\n")
    assert [finding.split(": ", 2)[-1] for finding in run(body)] == [
        "'ким чён ын' is both deprecated and accepted for ru", "'«Ким Чен Ын»' is both deprecated and accepted for ru"]


def test_w104_latin_homoglyph_inside_cyrillic_word():
    findings = run(entry("pyongyang", "Pyongyang", ru="Пхеньян") + entry("x", "X", ru="Пхеньяo"))
    assert findings == ["g.yaml:14:23: W104 mixed-script: 'Пхеньяo' mixes scripts (CYRILLIC + LATIN): "
                        "latin 'o' U+006F"]


def test_w104_cyrillic_in_english_source_and_latin_in_hangul():
    findings = run(entry("a", "Pyоngyang", ko="평양a"))
    assert [f.split(": W104")[0] for f in findings] == ["g.yaml:6:13", "g.yaml:8:23"]
    assert "cyrillic 'о' U+043E" in findings[0]


def test_w104_leaves_a_korean_word_with_a_latin_acronym_alone():
    findings = run(entry("a", "A", ko="조선중앙TV") + entry("b", "B", ko="KBS뉴스") + entry("c", "C", ko="조선중앙Tv"))
    assert [f.split(": W104 mixed-script: ")[1].split(" mixes")[0] for f in findings] == ["'조선중앙Tv'"]


def test_w105_missing_locale_with_fallback():
    body = ("  - id: a\n    source: A\n    targets:\n      ko: {preferred: 가}\n"
            "  - id: b\n    source: B\n    targets:\n      ko-KP: {preferred: 가}\n      ru: {preferred: б}\n"
            "  - id: c\n    source: C\n    do_not_translate: true\n")
    assert run(body) == [
        "g.yaml:8:7: W105 missing-locale: entry 'a' has no terms for ru",
        "g.yaml:12:7: W105 missing-locale: entry 'b' has no terms for ko",
    ]


def test_lint_without_document_uses_entry_line():
    glossary = yamlio.loads(HEAD + entry("a", "A") + entry("a", "B"), "g.yaml")
    assert [str(f) for f in lint.lint(glossary)] == [
        "g.yaml:10:1: W101 duplicate-id: id 'a' is already used at line 5"]
