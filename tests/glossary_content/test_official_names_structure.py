"""Structure of the bundled glossary glossary/data/official-names.yaml, checked on the raw YAML.

These checks need no loader: they read the file with `yaml.safe_load` and enforce what the
terminologists promise (ids, notes, scripts, grammar hints, no duplicate source forms).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO

GLOSSARY = REPO / "glossary" / "data" / "official-names.yaml"
REQUIRED_LOCALES = ("ko", "ru")
SUBJECTS = {"country", "person", "title", "organisation", "place", "media", "treaty", "phrase", "weapon",
            "spacecraft"}
RU_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# Whole words of one script, separated by single spaces. A hyphen joins parts of a word, and a
# part may be a number: "научно-техническому", "Хвасон-18". In Korean a name may stand in DPRK
# double angle brackets before its classifier ("《화성포-18》형"); in English, commas may separate
# the words of a long title.
_CYR_WORD = r"[А-Яа-яЁё]+(?:-(?:[А-Яа-яЁё]+|\d+))*"
CYRILLIC_RE = re.compile(rf"^{_CYR_WORD}(?: {_CYR_WORD})*$")
# A Latin acronym may end a Korean word, as Yonhap writes it (조선중앙TV).
_HANGUL_WORD = r"(?:[가-힣]+|《[가-힣]+(?:-\d+)?》)(?:[가-힣]+|-\d+[가-힣]*)*(?:[A-Z]{2,})?"
HANGUL_RE = re.compile(rf"^{_HANGUL_WORD}(?: {_HANGUL_WORD})*$")
_EN_WORD = r"[A-Za-z]+(?:'s?)?(?:-(?:[A-Za-z]+(?:'s?)?|\d+))*"
ENGLISH_RE = re.compile(rf"^{_EN_WORD}(?:,? {_EN_WORD})*$")
# Where a rendering may come from (named in the entry's note or a locale note).
SOURCES_RE = re.compile(r"\b(?:Yonhap|KCNA|Rodong Sinmun|TASS|ТАСС|RIA|MFA|Kremlin|Duma|Interfax|Izvestia"
                        r"|Kommersant|Vedomosti|Lenta|Newsis|News1|SBS|VOA|Dong-A|Korean Central Broadcasting"
                        r"|Choson Sinbo|National Institute of Korean Language|Reuters|Xinhua|ЦТАК)\b")
# A ko-KP rendering needs a DPRK source: KCNA, Rodong Sinmun, the DPRK MFA, DPRK broadcasting, or
# KCNA as quoted by Choson Sinbo (Chongryon) or South Korean papers.
DPRK_SOURCES_RE = re.compile(r"KCNA|Rodong Sinmun|kcna\.kp|rodong\.rep\.kp|mfa\.gov\.kp|DPRK MFA"
                             r"|Korean Central Broadcasting|DPRK television")


def load_raw(path: Path = GLOSSARY) -> dict:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@pytest.fixture(scope="module")
def raw() -> dict:
    return load_raw()


@pytest.fixture(scope="module")
def entries(raw) -> list[dict]:
    return raw["entries"]


def sources_of(entry: dict) -> list[str]:
    source = entry["source"]
    return [source] if isinstance(source, str) else list(source)


def term_text(term) -> str:
    return term if isinstance(term, str) else term["term"]


def terms_of(locale_terms: dict) -> list:
    """Preferred and admitted terms (strings or mappings)."""
    return [locale_terms["preferred"], *locale_terms.get("admitted", [])]


def all_strings(locale_terms: dict) -> list[str]:
    """Every target string of one locale: accepted terms, their explicit forms, deprecated ones."""
    out = []
    for term in terms_of(locale_terms):
        out.append(term_text(term))
        if isinstance(term, dict):
            out.extend(term.get("forms", {}).values())
    out.extend(locale_terms.get("deprecated", []))
    return out


def notes_of(entry: dict) -> str:
    """The entry's note and its per-locale notes, where sources are cited."""
    notes = [entry.get("note", "")] + [terms.get("note", "") for terms in entry["targets"].values()]
    return "\n".join(notes)


def match_key(form: str) -> str:
    """How the matcher sees a source form: hyphen ~ space, case folded (the strictest reading)."""
    return " ".join(form.replace("-", " ").split()).casefold()


def test_file_parses_with_safe_load_and_has_the_header(raw):
    assert raw["schema_version"] == 1
    assert raw["source_language"] == "en"
    assert raw["target_languages"] == ["ko", "ko-KP", "ru"]
    assert isinstance(raw["name"], str) and raw["name"].strip()


def test_has_a_substantial_number_of_entries(entries):
    assert len(entries) >= 80


def test_every_entry_has_id_source_note_subject_and_ko_ru_targets(entries):
    for entry in entries:
        assert isinstance(entry.get("id"), str), entry
        label = entry["id"]
        assert sources_of(entry) and all(isinstance(s, str) for s in sources_of(entry)), label
        assert isinstance(entry.get("note"), str) and len(entry["note"]) > 20, label
        assert entry.get("subject") in SUBJECTS, label
        for locale in REQUIRED_LOCALES:
            assert locale in entry["targets"], f"{label}: no {locale}"
            assert entry["targets"][locale].get("preferred"), f"{label}: no {locale} preferred"


def test_every_entry_names_the_source_of_its_renderings(entries):
    unsourced = [entry["id"] for entry in entries if not SOURCES_RE.search(notes_of(entry))]
    assert not unsourced


def test_ko_kp_renderings_are_backed_by_a_dprk_source(entries):
    """ko-KP terms only where KCNA, Rodong Sinmun or another DPRK outlet confirms them; a form derived
    from DPRK transcription rules is not enough (ko-KP then falls back to ko)."""
    unbacked = [entry["id"] for entry in entries
                if "ko-KP" in entry["targets"] and not DPRK_SOURCES_RE.search(notes_of(entry))]
    assert not unbacked


def test_locale_keys_are_the_declared_target_languages(raw, entries):
    declared = set(raw["target_languages"])
    for entry in entries:
        assert set(entry["targets"]) <= declared, entry["id"]


def test_ids_are_unique_lowercase_slugs(entries):
    ids = [entry["id"] for entry in entries]
    assert len(ids) == len(set(ids))
    for entry_id in ids:
        assert re.fullmatch(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*", entry_id), entry_id


def test_no_source_form_belongs_to_two_entries(entries):
    owner: dict[str, str] = {}
    for entry in entries:
        for form in {match_key(s) for s in sources_of(entry)}:
            assert form not in owner, f"{form!r} in {owner.get(form)} and {entry['id']}"
            owner[form] = entry["id"]


def test_source_forms_are_clean_english(entries):
    for entry in entries:
        for form in sources_of(entry):
            assert form == form.strip() and "  " not in form, repr(form)
            assert ENGLISH_RE.match(form), f"{entry['id']}: {form!r} is not plain Latin text"


def test_target_terms_are_trimmed_strings(entries):
    for entry in entries:
        for locale, locale_terms in entry["targets"].items():
            for text in all_strings(locale_terms):
                assert isinstance(text, str), f"{entry['id']}/{locale}: {text!r}"
                assert text == text.strip() and "  " not in text, f"{entry['id']}/{locale}: {text!r}"


def test_russian_terms_are_cyrillic_words_only(entries):
    for entry in entries:
        for text in all_strings(entry["targets"]["ru"]):
            assert CYRILLIC_RE.match(text), f"{entry['id']}: {text!r} mixes scripts or punctuation"


def test_korean_terms_are_hangul_only(entries):
    for entry in entries:
        for locale in ("ko", "ko-KP"):
            if locale in entry["targets"]:
                for text in all_strings(entry["targets"][locale]):
                    assert HANGUL_RE.match(text), f"{entry['id']}/{locale}: {text!r} is not Hangul"


def test_deprecated_never_repeats_an_accepted_term_or_one_of_its_forms(entries):
    for entry in entries:
        for locale, locale_terms in entry["targets"].items():
            accepted = set(all_strings({"preferred": locale_terms["preferred"],
                                        "admitted": locale_terms.get("admitted", [])}))
            deprecated = {text.casefold() for text in locale_terms.get("deprecated", [])}
            clash = {text.casefold() for text in accepted} & deprecated
            assert not clash, f"{entry['id']}/{locale}: {clash}"


def test_ko_kp_appears_only_where_it_differs_from_ko(entries):
    for entry in entries:
        kp = entry["targets"].get("ko-KP")
        if kp is not None:
            assert kp != entry["targets"]["ko"], f"{entry['id']}: ko-KP identical to ko, omit it"


def test_match_options_are_booleans_and_only_phrases_ignore_case(entries):
    for entry in entries:
        match = entry.get("match", {})
        assert set(match) <= {"case_sensitive", "whole_word"}, entry["id"]
        assert all(isinstance(v, bool) for v in match.values()), entry["id"]
        if match.get("case_sensitive") is False:
            assert entry["subject"] == "phrase", f"{entry['id']}: names and titles stay case-sensitive"


def russian_terms(entries):
    for entry in entries:
        for term in terms_of(entry["targets"]["ru"]):
            if isinstance(term, dict):
                yield entry, term


def test_russian_grammar_hints_are_consistent(entries):
    for entry, term in russian_terms(entries):
        label = f"{entry['id']}: {term['term']}"
        words = term["term"].split()
        assert set(term) <= {"term", "indeclinable", "inflect", "forms"}, label
        if term.get("indeclinable"):
            assert "inflect" not in term and "forms" not in term, label
        if "inflect" in term:
            positions = term["inflect"]
            assert positions and all(1 <= p <= len(words) for p in positions), label
            assert positions == sorted(set(positions)), label
            assert len(positions) < len(words) or len(words) == 1 or "forms" not in term, label


def test_explicit_forms_use_pymorphy_case_keys_and_keep_the_word_count(entries):
    for entry, term in russian_terms(entries):
        for key, value in term.get("forms", {}).items():
            assert key.removeprefix("plur_") in RU_CASES, f"{entry['id']}: bad case key {key}"
            assert len(value.split()) == len(term["term"].split()), f"{entry['id']}: {value}"


def is_korean_personal_name(entry: dict) -> bool:
    """Three Hangul syllables in Korean, three words in Russian (김정은 / Ким Чен Ын)."""
    ko = term_text(entry["targets"]["ko"]["preferred"])
    ru = term_text(entry["targets"]["ru"]["preferred"])
    return entry["subject"] == "person" and re.fullmatch(r"[가-힣]{3}", ko) is not None and len(ru.split()) == 3


def test_korean_names_in_russian_always_carry_grammar(entries):
    """Dictionaries mangle Korean names (Ына unknown, Сон -> сна): each needs forms or indeclinable."""
    korean = [e for e in entries if is_korean_personal_name(e)]
    assert len(korean) >= 6
    for entry in korean:
        term = entry["targets"]["ru"]["preferred"]
        assert isinstance(term, dict) and (term.get("indeclinable") or term.get("forms")), entry["id"]


def test_declined_korean_names_follow_the_consonant_pattern(entries):
    """Male names ending in a consonant decline on the last syllable: hard Ын -> Ына, Ыну, Ыном, Ыне;
    soft Чхоль -> Чхоля, Чхолю, Чхолем, Чхоле."""
    for entry in filter(is_korean_personal_name, entries):
        term = entry["targets"]["ru"]["preferred"]
        if term.get("forms"):
            text, forms = term["term"], term["forms"]
            assert text[-1] not in "аеёиоуыэюяй", entry["id"]
            if text.endswith("ь"):
                stem, endings = text[:-1], ("я", "ю", "я", "ем", "е")
            else:
                stem, endings = text, ("а", "у", "а", "ом", "е")
            assert forms == dict(zip(("gent", "datv", "accs", "ablt", "loct"), (stem + e for e in endings))), \
                entry["id"]


def test_indeclinable_korean_names_end_in_a_vowel_or_are_women(entries):
    for entry in filter(is_korean_personal_name, entries):
        term = entry["targets"]["ru"]["preferred"]
        if term.get("indeclinable"):
            ends_in_vowel = term["term"][-1] in "аеёиоуыэюя"
            female = re.search(r"\bfemale\b", entry["note"])
            assert ends_in_vowel or female, entry["id"]


def test_words_marked_to_inflect_are_in_the_nominative(entries):
    """An `inflect` position must point at a nominative word: Государственного (already genitive)
    in Председатель Государственного совета КНДР must never be re-declined."""
    pymorphy3 = pytest.importorskip("pymorphy3")
    morph = pymorphy3.MorphAnalyzer()
    for entry, term in russian_terms(entries):
        words = term["term"].split()
        for position in term.get("inflect", []):
            word = words[position - 1]
            parses = morph.parse(word.split("-")[-1])
            assert any("nomn" in p.tag for p in parses), f"{entry['id']}: {word!r} is not nominative"
