"""Whether a person a segment names is a man or a woman, from the evidence in the segment pair itself.

Russian declines a foreign man's name that ends in a consonant (с Ким Чен Ыном) and leaves a woman's as it
is (с Ким Ё Чжон). Nothing in the name tells which, so enforcement declines such a name only on evidence
(russian.inflect never guesses), read here in this order; the first that speaks decides:
1. the target itself: the name written declined elsewhere in it (Ким Чен Ына: a man); a past-tense verb or
   short adjective agreeing with the name as subject (Ким Ё Чжон заявила); a word of kinship or address
   beside it (сестра, госпожа / брат, господин);
2. the English source: Mr / Ms / Mrs / Madam before the name, or sister, wife, brother ... beside it; the
   pronouns of the sentence (he, his / she, her) when the name is the only person of unknown sex it
   names and every other person it names is of the other sex.
Returns "masc", "femn" or None (no evidence, or evidence both ways).

A glossary may also say it in a note (`declared`): "person, m; DPRK leader", "f", "male", "жен." as a
note item of its own, or an item that starts with a word of kinship and "of" ("wife of Kim Jong Un"). A note
and the segment that disagree leave the name undecided (`combined`).
"""

from __future__ import annotations

import re
from typing import Iterable

from workbench.terms import ru_morph as morph
from workbench.terms.ru_forms import WORD_RE

_EN_WORD = re.compile(r"[A-Za-z]+")
_EN_TITLES = {"mr": "masc", "mister": "masc", "sir": "masc", "ms": "femn", "mrs": "femn", "miss": "femn",
              "madam": "femn", "madame": "femn", "lady": "femn"}
_EN_KIN = {**dict.fromkeys("brother son husband father uncle nephew grandson king prince".split(), "masc"),
           **dict.fromkeys("sister daughter wife mother aunt niece granddaughter queen princess widow woman "
                           "actress".split(), "femn")}
_EN_PRONOUNS = {**dict.fromkeys(("he", "him", "his", "himself"), "masc"),
                **dict.fromkeys(("she", "her", "hers", "herself"), "femn")}
_RU_KIN = {**dict.fromkeys("брат сын муж супруг отец дядя господин г-н вождь".split(), "masc"),
           **dict.fromkeys("сестра дочь жена супруга мать тётя тетя госпожа г-жа вдова женщина".split(), "femn")}
# Words that may stand between a subject and its verb without breaking agreement (Ким Ё Чжон также заявила).
_BETWEEN = frozenset("также тоже же уже вновь снова не ещё еще вчера сегодня затем позже".split())


def gender(source: str, target: str, span: tuple[int, int], hit: tuple[int, int],
           forms: Iterable[str] = (), others: Iterable[tuple[int, int, str | None]] = ()) -> str | None:
    """The sex of the person named at `span` in `target` (and at `hit` in `source`), or None.

    Args:
        forms: the name's declined forms (lower-case, ё as е): one of them elsewhere in the target means a man.
        others: (start, end, gender) of the other people the source names, gender None when unknown.
    """
    found = _target_evidence(target, span, forms) or _source_evidence(source, hit)
    return found or _pronoun_evidence(source, hit, list(others))


def declared(notes: Iterable[str | None]) -> str | None:
    """The sex the glossary's notes of a person's entry state, or None (nothing said, or both said).

    A note item is the text between commas, semicolons, brackets or slashes; it states a sex when it is one
    of the marks below (case and a final dot ignored), or when it starts with a word of kinship and "of"
    ("wife of Kim Jong Un")."""
    said = set()
    for note in notes:
        for item in _NOTE_ITEM.split(note or ""):
            words = item.strip().lower().rstrip(".").split()
            if not words:
                continue
            if len(words) == 1 and words[0] in _NOTE_MARKS:
                said.add(_NOTE_MARKS[words[0]])
            elif words[0] in _EN_KIN and words[1:2] == ["of"]:  # "son of": not Son, a Korean surname
                said.add(_EN_KIN[words[0]])
    return said.pop() if len(said) == 1 else None


def combined(stated: str | None, found: str | None) -> str | None:
    """The glossary's word and the segment's evidence together: either alone decides; a conflict, nothing."""
    if stated and found and stated != found:
        return None
    return stated or found


_NOTE_ITEM = re.compile(r"[,;()/|\n]")
_NOTE_MARKS = {**dict.fromkeys("m male man masc masculine м муж мужской мужчина".split(), "masc"),
               **dict.fromkeys("f female woman fem feminine ж жен женский женщина".split(), "femn")}


def _target_evidence(target: str, span: tuple[int, int], forms: Iterable[str]) -> str | None:
    lowered = morph.norm(target)
    if any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", lowered) for form in forms):
        return "masc"
    return _agreeing(target, span) or _kin(_words_before(target, span[0], 2), _RU_KIN)


def _agreeing(target: str, span: tuple[int, int]) -> str | None:
    """The gender of a past-tense verb or short adjective right after the name, when the name is a subject."""
    before = target[:span[0]].rstrip()
    if before and morph.norm(_last_word(before)) in _PREPOSITIONS:
        return None
    for match in WORD_RE.finditer(target, span[1]):
        if target[span[1]:match.start()].strip(" \u00a0") not in ("", ","):
            return None  # punctuation between: another clause
        word = match.group()
        if morph.norm(word) in _BETWEEN:
            continue
        return _past_gender(word)
    return None


def _past_gender(word: str) -> str | None:
    for parse in morph.parses(word)[:2]:
        tag = parse.tag
        if ("VERB" in tag and "past" in tag) or tag.POS in ("PRTS", "ADJS"):
            if "sing" in tag and tag.gender in ("masc", "femn"):
                return tag.gender
    return None


def _kin(words: list[str], table: dict[str, str]) -> str | None:
    for word in reversed(words):
        for parse in morph.parses(word)[:1]:
            if parse.normal_form in table:
                return table[parse.normal_form]
        if morph.norm(word) in table:
            return table[morph.norm(word)]
    return None


def _words_before(text: str, start: int, count: int) -> list[str]:
    return WORD_RE.findall(text[max(0, start - 60):start])[-count:]


def _last_word(text: str) -> str:
    found = WORD_RE.findall(text[-40:])
    return found[-1] if found else ""


def _source_evidence(source: str, hit: tuple[int, int]) -> str | None:
    before = [w.lower() for w in _EN_WORD.findall(source[max(0, hit[0] - 40):hit[0]])][-3:]
    if before and before[-1] in _EN_TITLES:
        return _EN_TITLES[before[-1]]
    after = [w.lower() for w in _EN_WORD.findall(source[hit[1]:hit[1] + 30])][:2]
    if before[-2:-1] == ["s"] or after[:1] == ["s"]:  # Kim Jong Un's sister Kim Yo Jong
        return None
    kin = [_EN_KIN[w] for w in before[-2:] + after[:1] if w in _EN_KIN]
    return kin[0] if len(set(kin)) == 1 else None


def _pronoun_evidence(source: str, hit: tuple[int, int], others: list[tuple[int, int, str | None]]) -> str | None:
    said = {_EN_PRONOUNS[w.lower()] for w in _EN_WORD.findall(source) if w.lower() in _EN_PRONOUNS}
    if len(said) != 1:
        return None
    (sex,) = said
    rivals = [g for start, end, g in others if (start, end) != hit]
    if any(g is None or g == sex for g in rivals):
        return None  # another person could be the one the pronoun means
    return sex


_PREPOSITIONS = frozenset("""в во на из изо от ото до для без у после около с со к ко по о об обо при за под над
перед между про через""".split())
