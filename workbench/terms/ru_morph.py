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
_SOFT_STEM = {"gent": "я", "datv": "ю", "accs": "я", "ablt": "ем", "loct": "е"}
_SIBILANTS = set("жшчщцЖШЧЩЦ")
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


def is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC.search(word))


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


def looks_foreign_name(words: list[str]) -> bool:
    """A transliterated East Asian person's name: Ким Чен Ын, Си Цзиньпин, Ван И, Ли Чжэ Мён.

    Two to four capitalised words, each a Korean-looking syllable or a word the dictionary does not know,
    and none a Russian first name, patronymic or surname the dictionary can decline (Сергей Шойгу is not)."""
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.isalpha() and _CYRILLIC.search(w) for w in words):
        return False
    if any(_russian_person_word(word) for word in words):
        return False
    return all(is_korean_syllable(word) or is_unknown(word) for word in words)


@lru_cache(maxsize=65536)
def _russian_person_word(word: str) -> bool:
    found = parses(word)
    return bool(found) and found[0].is_known and any(tag in found[0].tag for tag in PERSON_TAGS) \
        and "Fixd" not in found[0].tag and len(word) > 4


def names_a_person(words: list[str]) -> bool:
    """Сергей Лавров, Мария Захарова: a Russian first name or surname the dictionary knows."""
    return any(w[:1].isupper() and _russian_person_word(w) for w in words)


def person_gender(words: list[str]) -> str | None:
    """The sex a Russian first name, patronymic or surname of the dictionary tells, or None."""
    found = set()
    for word in words:
        if word[:1].isupper() and _russian_person_word(word):
            gender = parses(word)[0].tag.gender
            if gender in ("masc", "femn"):
                found.add(gender)
    return found.pop() if len(found) == 1 else None


_ADJECTIVE_ENDINGS = ("ский", "ская", "ское", "ские", "цкий", "цкая", "ный", "ная", "ное", "ные", "ний", "няя",
                      "ий", "ый", "ой", "ая", "ое", "ее")


def predicted_adjective(word: str):
    """The dictionary's guess for an adjective it does not know (Кымсусанский), or None."""
    if not word.lower().endswith(_ADJECTIVE_ENDINGS):
        return None
    for parse in parses(word):
        if parse.tag.POS == "ADJF" and "nomn" in parse.tag and "sing" in parse.tag:
            return parse
    return None


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


def consonant_stem_form(word: str, case: str, number: str, animate: bool = True) -> str | None:
    """The guessed masculine form of an unknown name word that declines (Ын -> Ыну, Чхоль -> Чхолю), or None.

    Russian declines a foreign masculine name or place that ends in a consonant (hard: Ына, Ыну, Ыном;
    soft -ь/-й: Чхоля, Чхолю, Чхолем); one that ends in a vowel does not (Хи, Хэ, Шойгу). An inanimate
    word's accusative is its nominative (посетила Вонсан), an animate one's its genitive (встретил Ына).
    """
    if number != "sing" or not word or not word[-1].isalpha() or word[-1] in _VOWELS or not is_cyrillic(word):
        return None
    if word[-1] in "ъЪ":
        return None
    if case == "nomn" or (case == "accs" and not animate):
        return word
    if word[-1] in "ьйЬЙ":
        return word[:-1] + _SOFT_STEM[case]
    ending = _CONSONANT_STEM[case]
    if case == "ablt" and word[-1] in _SIBILANTS:
        ending = "ем"  # unstressed after a sibilant or ц: Чхоч -> Чхочем
    return word + ending


_A_STEM = {"gent": "ы", "datv": "е", "accs": "у", "ablt": "ой", "loct": "е"}
_YA_STEM = {"gent": "и", "datv": "е", "accs": "ю", "ablt": "ей", "loct": "е"}


def a_stem_form(word: str, case: str, number: str) -> str | None:
    """A surname in -а/-я the dictionary lacks, declined as such nouns are (Мацегора -> Мацегоры,
    Мацегоре, Мацегору, Мацегорой), or None for any other word."""
    if number != "sing" or len(word) < 3 or word[-1] not in "аяАЯ":
        return None
    if case == "nomn":
        return word
    table = _YA_STEM if word[-1] in "яЯ" else _A_STEM
    ending = table[case]
    if ending == "ы" and word[-2] in "гкхжшчщГКХЖШЧЩ":
        ending = "и"  # Мацегора -> Мацегоры, but Дзюба -> Дзюбы, Черныха -> Черныхи
    return word[:-1] + ending


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
