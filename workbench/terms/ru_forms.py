"""The inflected forms of one Russian term: which words inflect, every case/number form, cached per term.

A FormTable maps a normalised word sequence ("трудовой", "партии", "кореи") to the case/number labels it
can carry, and each label to the form written as the glossary writes it (capitals, ё). Explicit `forms`
win over morphology; `indeclinable` and `inflect` hints win over the heuristics in `_plan`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from workbench.terms import ru_morph as morph

WORD_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
# (case, number); (None, None) for a form whose case cannot be told (an indeclinable term).
Label = tuple

_STEM = "stem"  # plan marker: guess the masculine consonant-stem paradigm of a person's name word
_THING = "thing"  # the same for an inanimate name (a place, an agency): its accusative is its nominative
_A_NOUN = "a-noun"  # a surname in -а/-я the dictionary lacks (Мацегора): declined as such nouns are
_MAN = "man"  # a man's surname the dictionary lacks, after his first name: the consonant-stem paradigm, no guess


@dataclass(frozen=True)
class FormTable:
    """Every form of a term: normalised words -> labels, label -> display text.

    `optional`: some word's paradigm is a guess (an unknown name), so the bare text is accepted in any
    case too (its label is (None, None): case unknown): по данным Ёнхап and в Йонбёне both hold the term.
    `gendered`: the term is a person's name whose last word declines only if the person is a man (Ким Чен
    Ына, but Ким Ё Чжон). `display` holds the declined forms; russian.inflect decides which one to write.
    """

    labels: Mapping[tuple, tuple]
    display: Mapping[Label, str]
    firsts: frozenset
    lengths: tuple
    optional: bool = False
    gendered: bool = False
    number: str = "sing"


def term_key(term) -> tuple:
    """A hashable key for a glossary Term (its `forms` mapping is not hashable)."""
    return (term.text, bool(term.indeclinable), tuple(term.inflect) if term.inflect is not None else None,
            tuple(sorted(term.forms.items())))


def table_for(term) -> FormTable:
    """The FormTable of a glossary Term; the same Term object skips even the key computation."""
    hit = _BY_IDENTITY.get(id(term))
    if hit is not None and hit[0] is term:
        return hit[1]
    table = build_table(term_key(term))
    if len(_BY_IDENTITY) > 8192:
        _BY_IDENTITY.clear()
    _BY_IDENTITY[id(term)] = (term, table)  # holding the term keeps its id from being reused
    return table


_BY_IDENTITY: dict[int, tuple] = {}


@lru_cache(maxsize=8192)
def build_table(key: tuple, guess_names: bool = False) -> FormTable:
    """The FormTable of a term given by `term_key` (cached: built once per term and process).

    `guess_names`: also guess a paradigm for unknown name words inside a longer phrase (a deprecated
    rendering is looked for in every form it may take)."""
    text, indeclinable, inflect, forms = key
    spans = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
    words = [w for _, _, w in spans]
    plans = [None] * len(words) if indeclinable or _quoted(text) else _plan(words, inflect, guess_names)
    guessed = not forms and not guess_names and any(plan in (_STEM, _THING) for plan in plans)
    variants = _generated(spans, plans)
    anim = _animate_head(plans)
    display = {label: _join(text, spans, [_shown(plan, v, anim) for plan, v in zip(plans, slots)])
               for label, slots in variants.items()}
    if not variants:
        # Nothing declines: with explicit forms the bare text is the nominative, else its case is unknown.
        label = ("nomn", "sing") if forms else (None, None)
        variants, display = {label: [[w] for w in words]}, {label: text}
    _apply_explicit(variants, display, _explicit(forms))
    if guessed:  # the bare text may stand for any case too: its case cannot be told from its form
        variants[(None, None)] = [[w] for w in words]
    return _index(variants, display, guessed, guessed and _STEM in plans, _own_number(plans))


def head_gender(term) -> str | None:
    """The gender of the term's head noun (Верховное народное собрание: neut), None without one."""
    words = WORD_RE.findall(term.text)
    if term.indeclinable or not words:
        return None
    plans = _plan(words, term.inflect, False)
    nouns = [p for p in plans if _parsed(p) and p.tag.POS == "NOUN"]
    return nouns[0].tag.gender if nouns and nouns[0].tag.gender in ("masc", "femn", "neut") else None


def _own_number(plans: list) -> str:
    """The number the term is written in: its head noun's (РИА Новости: plural)."""
    nouns = [p for p in plans if _parsed(p) and p.tag.POS == "NOUN"]
    return "plur" if nouns and "plur" in nouns[0].tag and "Sgtm" not in nouns[0].tag else "sing"


def _quoted(text: str) -> bool:
    """«Нодон синмун», "Хвасон-18": a name in quotation marks never declines (газеты «Нодон синмун»)."""
    stripped = text.strip()
    return len(stripped) > 2 and stripped[0] in "«\"„“" and stripped[-1] in "»\"“”"


def _apply_explicit(variants: dict, display: dict, explicit: dict) -> None:
    """Explicit forms replace generated ones; a generated loc2 beside an explicit loct is dropped."""
    for label, value in explicit.items():
        display[label] = value
        variants[label] = [[word] for word in WORD_RE.findall(value)]
    for number in morph.NUMBERS:
        if ("loct", number) in explicit and ("loc2", number) not in explicit:
            variants.pop(("loc2", number), None)
            display.pop(("loc2", number), None)


def split_key(key: str) -> Label | None:
    """"gent" -> ("gent", "sing"); "plur_gent" -> ("gent", "plur"); anything else -> None."""
    number, _, case = key.rpartition("_")
    number = number or "sing"
    if number in morph.NUMBERS and (case in morph.CASES or case == "loc2"):
        return (case, number)
    return None


def _explicit(forms: tuple) -> dict:
    out = {}
    for key, value in forms:
        label = split_key(key)
        if label is not None:
            out[label] = value
    return out


def _plan(words: list[str], inflect: tuple | None, guess_names: bool) -> list:
    """Per word: a pymorphy parse to inflect, _STEM/_THING to guess, or None to keep fixed."""
    if inflect is not None:
        return [_hinted(word) if i + 1 in inflect else None for i, word in enumerate(words)]
    if morph.looks_foreign_name(words):
        # Ким Чен Ын, Си Цзиньпин: only the last word may decline, and only a consonant-final one.
        plans = [None] * len(words)
        if morph.consonant_stem_form(words[-1], "gent", "sing"):
            plans[-1] = _STEM
        return plans
    if len(words) == 1 and _unknown_name(words[0]):
        return [_THING]  # Йонбён, Ёнхап: a place or a body, declined as a masculine noun if it ends in a consonant
    return _noun_phrase_plan(words, guess_names)


def _unknown_name(word: str) -> bool:
    return (word[:1].isupper() and morph.is_unknown(word) and not morph.is_abbreviation(word)
            and morph.is_cyrillic(word)
            and morph.consonant_stem_form(word, "gent", "sing") is not None)


def _hinted(word: str):
    if morph.is_abbreviation(word):
        return None
    if morph.is_unknown(word):
        return morph.predicted_adjective(word) or _STEM
    return morph.nominative_parse(word, prefer_person=word[:1].isupper()) or _STEM


def _noun_phrase_plan(words: list[str], guess_names: bool) -> list:
    """Words up to the head noun agree with it; after it only person names (apposition) inflect."""
    plans, head_seen, person, head = [], False, None, None
    for word in words:
        plan = None
        if morph.is_abbreviation(word):
            pass
        elif morph.is_unknown(word):
            adjective = None if head_seen else morph.predicted_adjective(word)
            if adjective is not None:
                plan = adjective  # Кымсусанский (дворец): an adjective the dictionary lacks still agrees
            elif person is not None and word[:1].isupper():
                plan = _surname_plan(word, person)  # Александр Мацегора: the surname declines too
            elif guess_names and word[:1].isupper() and morph.consonant_stem_form(word, "gent", "sing"):
                plan = _STEM
        else:
            parse = morph.nominative_parse(word, prefer_person=word[:1].isupper())
            if parse is not None and not head_seen and parse.tag.POS in ("NOUN", "ADJF", "PRTF"):
                plan = parse
                head_seen, head = parse.tag.POS == "NOUN", parse
            elif head_seen and morph.is_person_parse(parse) and word[:1].isupper():
                plan = parse
            elif head_seen and parse is not None and parse.tag.POS == "ADJF" and word[:1].isupper():
                plan = Apposed(parse, head.normal_form in _GEOGRAPHIC)
            if _parsed(plan) and morph.is_person_parse(plan) and word[:1].isupper():
                person = plan
        plans.append(plan)
    return plans


def _surname_plan(word: str, first_name) -> str | None:
    """How an unknown surname after a known first name declines: in -а/-я always (Мацегоры); after a
    consonant only a man's (Александра Козлова, but Марии Кох)."""
    if morph.a_stem_form(word, "gent", "sing"):
        return _A_NOUN
    if first_name.tag.gender == "masc" and morph.consonant_stem_form(word, "gent", "sing"):
        return _MAN
    return None


def _generated(spans: list, plans: list) -> dict:
    """Label -> per-word surface variants, for every case/number where each inflecting word has a form."""
    if not any(plans):
        return {}
    out = {}
    # An adjective with no noun ("северокорейский") agrees with whatever noun follows it: any gender.
    any_gender = not any(_parsed(p) and p.tag.POS == "NOUN" for p in plans)
    for number in morph.NUMBERS:
        for case in (*morph.CASES, "loc2"):
            slots = _word_variants(spans, plans, case, number, any_gender)
            if slots is not None:
                out[(case, number)] = slots
    return out


_GUESSES = (_STEM, _THING, _A_NOUN, _MAN)


def _parsed(plan) -> bool:
    return plan is not None and not isinstance(plan, Apposed) and plan not in _GUESSES


def _animate_head(plans: list) -> bool:
    nouns = [p for p in plans if _parsed(p) and p.tag.POS == "NOUN"]
    return bool(nouns) and nouns[0].tag.animacy == "anim"


def _shown(plan, variants: list[str], animate: bool) -> str:
    """Which variant of a word the term is written with: an adjective's accusative by the noun's animacy;
    a name-adjective after its noun agrees only after a geographic word (реки Туманной, but космодрома
    Восточный), its own form being the first variant."""
    if isinstance(plan, Apposed):
        return variants[-1] if plan.agrees else variants[0]
    return variants[0] if animate else variants[-1]


@dataclass(frozen=True)
class Apposed:
    """A capitalised adjective after the noun it names (река Туманная, космодром Восточный): it may agree
    with the noun or keep its form; both are accepted, `agrees` says how the term is written."""

    parse: object
    agrees: bool


# Nouns whose name-adjective agrees with them (Rosenthal: rivers, seas, lands, towns agree).
_GEOGRAPHIC = frozenset("""река озеро море залив пролив остров полуостров гора хребет город область край округ
провинция улица площадь проспект пустыня равнина""".split())


def _word_variants(spans: list, plans: list, case: str, number: str, any_gender: bool = False) -> list | None:
    """Per word the list of surface variants (shape restored); None when some word lacks the form."""
    variants = []
    for (_, _, word), plan in zip(spans, plans):
        if plan is None:
            variants.append([word])
        elif isinstance(plan, Apposed):
            forms = morph.inflected_words(plan.parse, case, number)
            variants.append([word] + [morph.restore_shape(word, f) for f in forms if f != morph.norm(word)])
        elif plan in _GUESSES:
            wanted = "loct" if case == "loc2" else case
            form = (morph.a_stem_form(word, wanted, number) if plan == _A_NOUN
                    else morph.consonant_stem_form(word, wanted, number, plan != _THING))
            if form is None:
                return None
            variants.append([form])
        else:
            forms = morph.inflected_words(plan, case, number)
            if any_gender and number == "sing" and plan.tag.POS in ("ADJF", "PRTF"):
                forms += [f for f in morph.other_genders(plan, case) if f not in forms]
            if not forms:
                return None
            forms += _regular_place(word, plan, case, number, forms)
            variants.append([morph.restore_shape(word, form) for form in forms])
    return variants


def _regular_place(word: str, parse, case: str, number: str, forms: list[str]) -> list[str]:
    """A foreign place the dictionary declines with a dropped vowel (Кэсон -> Кэсна) is declined whole
    as well (Кэсона), and written so: Russian keeps the stem of a foreign name."""
    stem = morph.norm(word)[:-1]
    if "Geox" not in parse.tag or all(morph.norm(f).startswith(stem) for f in forms):
        return []
    regular = morph.consonant_stem_form(word, "loct" if case == "loc2" else case, number, False)
    return [regular.lower()] if regular else []


def _join(text: str, spans: list, words: list[str]) -> str:
    out, pos = [], 0
    for (start, end, _), word in zip(spans, words):
        out.append(text[pos:start])
        out.append(word)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _label_order(label: Label) -> tuple:
    case, number = label
    cases = (*morph.CASES, "loc2")
    return (morph.NUMBERS.index(number) if number else -1, cases.index(case) if case else 0)


def _index(variants: dict, display: dict, optional: bool = False, gendered: bool = False,
           number: str = "sing") -> FormTable:
    """Invert label -> forms into normalised word sequence -> labels (ordered: an unknown case first, then
    sing, nomn)."""
    labels: dict[tuple, list] = {}
    for label, slots in variants.items():
        if label[0] == "loc2" and display.get(label) == display.get(("loct", label[1])):
            continue  # loc2 only where it differs (в Крыму), else it duplicates loct
        for seq in itertools.product(*slots):
            key = tuple(morph.norm(w) for w in seq)
            if key and label not in labels.setdefault(key, []):
                labels[key].append(label)
    frozen = {key: tuple(sorted(value, key=_label_order)) for key, value in labels.items()}
    return FormTable(labels=MappingProxyType(frozen), display=MappingProxyType(display),
                     firsts=frozenset(k[0] for k in frozen), lengths=tuple(sorted({len(k) for k in frozen}, reverse=True)),
                     optional=optional, gendered=gendered, number=number)
