"""Word-level Russian morphology for term matching: one cached pymorphy3 analyzer, word parses, inflection.

Owns the traps of pymorphy3 on proper names: output is lower-case (capitalisation is restored here from the
dictionary form), Korean name syllables are unknown or mis-parsed (Ын, Хи, Сон -> сна), surnames collide with
common nouns (Песков -> песок). Imports nothing from the rest of workbench.
"""

from __future__ import annotations

import re
from functools import lru_cache

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
NUMBERS = ("sing", "plur")
PERSON_TAGS = ("Name", "Surn", "Patr")
_VOWELS = set("аеёиоуыэюяАЕЁИОУЫЭЮЯ")
# Endings of a masculine consonant-stem noun (Ын -> Ына, Ыну, Ына, Ыном, Ыне), the guess for unknown names.
_CONSONANT_STEM = {"gent": "а", "datv": "у", "accs": "а", "ablt": "ом", "loct": "е"}
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)

_analyzer = None


def analyzer():
    """The process-wide MorphAnalyzer, created on first use (loading takes ~0.2 s)."""
    global _analyzer
    if _analyzer is None:
        import pymorphy3  # imported lazily: importing this module must stay cheap

        _analyzer = pymorphy3.MorphAnalyzer()
    return _analyzer


def norm(word: str) -> str:
    """The matching key of a word: lower-case, ё folded to е."""
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=65536)
def parses(word: str) -> tuple:
    """All pymorphy3 parses of a word (cached; pymorphy3 lower-cases anyway)."""
    return tuple(analyzer().parse(word))


def is_abbreviation(word: str) -> bool:
    """КНДР, ЦТАК, МИД: all capitals, two letters or more; Russian abbreviations do not inflect here."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@lru_cache(maxsize=65536)
def is_unknown(word: str) -> bool:
    """Words the dictionary cannot decline reliably: not in it, UNKN, interjections (Хи), not Cyrillic."""
    if not _CYRILLIC.search(word):
        return True
    found = parses(word)
    if not found or not found[0].is_known:
        return True
    return any(tag in found[0].tag for tag in ("UNKN", "INTJ"))


def is_korean_syllable(word: str) -> bool:
    """A capitalised one-syllable word of at most four letters: Ким, Чен, Ын, Сон, Хи, Чхве."""
    vowels = sum(1 for c in word if c in _VOWELS)
    return word[:1].isupper() and len(word) <= 4 and vowels == 1 and word.isalpha()


def looks_korean_name(words: list[str]) -> bool:
    """Ким Чен Ын, Цой Сон Хи: two or more words, every one a Korean-looking syllable."""
    return len(words) >= 2 and all(is_korean_syllable(word) for word in words)


def nominative_parse(word: str, prefer_person: bool = False):
    """The parse that reads `word` as a nominative (the dictionary form of a term), or None.

    Fixd parses (indeclinable readings) lose against declinable ones; with `prefer_person` a
    Name/Surn/Patr reading wins (Песков is a surname in a person's name, not the plural of песок).
    """
    candidates = [p for p in parses(word) if "nomn" in p.tag and "Fixd" not in p.tag]
    if not candidates:
        return None
    if prefer_person:
        people = [p for p in candidates if any(tag in p.tag for tag in PERSON_TAGS)]
        candidates = people or candidates
    return max(candidates, key=lambda p: p.score)


def is_person_parse(parse) -> bool:
    return parse is not None and any(tag in parse.tag for tag in PERSON_TAGS)


def inflected_words(parse, case: str, number: str) -> list[str]:
    """Lower-case forms of a parsed word in `case` and `number`; adjectives give both accusatives.

    An adjective's accusative depends on the animacy of its noun (Корейского полуострова / Корейский
    полуостров); both are accepted. pymorphy3 jumps to the masculine when asked for an animate feminine,
    so a variant that changes the gender is dropped.
    """
    wanted = [{case, number}]
    if parse.tag.POS in ("ADJF", "PRTF") and case == "accs":
        wanted = [{case, number, "anim"}, {case, number, "inan"}, {case, number}]
    out = []
    for grammemes in wanted:
        form = parse.inflect(grammemes)
        if form is None or (number == "sing" and form.tag.gender != parse.tag.gender):
            continue
        if form.word not in out:
            out.append(form.word)
    return out


def other_genders(parse, case: str) -> list[str]:
    """Singular forms of an adjective in `case` for the genders other than its own."""
    out = []
    for gender in ("masc", "femn", "neut"):
        if gender == parse.tag.gender:
            continue
        form = parse.inflect({gender, case, "sing"})
        if form is not None and form.word not in out:
            out.append(form.word)
    return out


def consonant_stem_form(word: str, case: str, number: str) -> str | None:
    """The guessed masculine form of an unknown name word ending in a consonant (Ын -> Ыну), or None."""
    if number != "sing" or not word or word[-1] in _VOWELS or not word[-1].isalpha() or word[-1] in "ьйЬЙ":
        return None
    if case == "nomn":
        return word
    return word + _CONSONANT_STEM[case]


def restore_shape(model: str, form: str) -> str:
    """`form` (pymorphy lower-case) written like `model`: capitals per hyphen part, ё only if the model has it."""
    if "ё" not in model.lower():
        form = form.replace("ё", "е").replace("Ё", "Е")
    model_parts, form_parts = model.split("-"), form.split("-")
    if len(model_parts) != len(form_parts):
        model_parts, form_parts = [model], [form]
    return "-".join(_shape_part(m, f) for m, f in zip(model_parts, form_parts))


def _shape_part(model: str, form: str) -> str:
    if is_abbreviation(model):
        return form.upper()
    if model[:1].isupper():
        return form[:1].upper() + form[1:]
    return form
