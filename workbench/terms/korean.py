"""Korean target side: finding a term followed by any particle or ending, and fixing particles after a swap.

A Korean noun takes its particles unchanged except for allomorphs that depend on whether the
last syllable has a final consonant (은/는, 이/가, 을/를, 과/와, 으로/로 with the ㄹ rule, ...).
Latin letters and digits are read the Korean way ("DPRK" ends in 케이: no final consonant).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from glossary.model import Term

_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
_RIEUL = 8  # index of ㄹ among the 28 final-consonant slots

# Korean reading of the last Latin letter: True when that reading ends in a final consonant (ㄹ noted apart).
_LETTER_FINAL = {
    "L": "ㄹ", "M": "ㅁ", "N": "ㄴ", "R": "ㄹ",
}
_DIGIT_FINAL = {"0": "ㅇ", "1": "ㄹ", "3": "ㅁ", "6": "ㄱ", "7": "ㄹ", "8": "ㄹ"}
# A number ending in zeros is read by its last unit: 10 십, 100 백, 1000 천, then 만, 억, 조.
_ZEROS_FINAL = {1: "ㅂ", 2: "ㄱ", 3: "ㄴ"}

# (after a final consonant, after a vowel); longest first so 이라고 wins over 이.
_ALLOMORPHS = sorted([
    ("으로서", "로서"), ("으로써", "로써"), ("으로", "로"),
    ("이라고", "라고"), ("이라는", "라는"), ("이라며", "라며"), ("이라면", "라면"), ("이란", "란"), ("이라", "라"),
    ("이었다", "였다"), ("이었던", "였던"), ("이었", "였"), ("이어서", "여서"),
    ("이나", "나"), ("이든", "든"), ("이며", "며"), ("이랑", "랑"), ("이야", "야"), ("이여", "여"),
    ("이다", "다"), ("이고", "고"), ("이자", "자"),
    ("은", "는"), ("이", "가"), ("을", "를"), ("과", "와"), ("아", "야"),
], key=lambda pair: -max(len(pair[0]), len(pair[1])))

_WORD_CHAR = "가-힣A-Za-z0-9"
_PREFIXES = "주대친반재"  # 駐 對 親 反 在: 주유엔 대사, 대북 제재, 친러, 반미, 재일
TAIL_SLACK = 2  # ... or leaves at most a particle of it (루카셴코가)
INFLECTS = False  # terms never inflect; the particle after them is fitted instead (russian.py: cases)


@dataclass(frozen=True)
class Occurrence:
    """A term found in a Korean target: [start, end) covers the term only (attached_suffix gives what
    follows it)."""

    start: int
    end: int
    text: str
    case: str | None = None
    number: str | None = None


def final_consonant(word: str) -> str | None:
    """The final consonant of the last syllable as read aloud ("ㄹ", "ㄴ", ...), or None after a vowel."""
    word = word.rstrip(" .,")
    if not word:
        return None
    last = word[-1]
    code = ord(last)
    if _HANGUL_FIRST <= code <= _HANGUL_LAST:
        jong = (code - _HANGUL_FIRST) % 28
        return None if jong == 0 else ("ㄹ" if jong == _RIEUL else "ㅇ" if jong == 21 else "C")
    if last.isdigit():
        return _number_final(word)
    if last.isascii() and last.isalpha():
        return _LETTER_FINAL.get(last.upper())
    return None


def _number_final(word: str) -> str | None:
    digits = re.search(r"[0-9]+$", word).group()
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros == len(digits):
        return "ㅇ"  # 0 영
    if zeros == 0:
        return _DIGIT_FINAL.get(digits[-1])
    if zeros < 4:
        return _ZEROS_FINAL[zeros]  # 십, 백, 천
    return "ㄴ" if zeros < 8 else "ㄱ" if zeros < 12 else None  # 만, 억, 조


# A word with a verb's or adjective's ending (방문했다, 밝혔으며, 하고, 된다): never part of a name.
_PREDICATE = re.compile(r"(?:[했됐겠혔였었았렸졌왔갔섰봤냈쳤켰웠줬뒀]|하(?=[고며면여는지])|[한된]다)[가-힣]*$")


def barred_words(target: str) -> list[tuple[int, int]]:
    """Spans of the words (eojeol) that cannot be part of a wrong rendering of a name: predicates."""
    return [m.span() for m in re.finditer(r"\S+", target) if _PREDICATE.search(m.group().rstrip(".,!?\"'”’)"))]


def prepositions(target: str, term: Term) -> list[tuple[int, int]]:
    """Korean has none (particles are part of the word)."""
    return []


def absorb(target: str, start: int, end: int, term: Term) -> tuple[int, int]:
    """[start, end) grown over what the term itself ends with beside it: attached (Tumen강을 -> 두만강을)
    or as the next word (Vostochny 우주기지에서 -> 보스토치니 우주기지에서); its particle stays outside."""
    joined = term.text.replace(" ", "")
    suffix = attached_suffix(target, end)
    for k in range(min(len(joined) - 1, len(suffix)), 0, -1):
        if suffix.startswith(joined[-k:]) and is_particle_tail(suffix[k:]):
            if not suffix[k:] and suffix[:k] in _CASE_ONLY:
                break  # Kim Jong Un은, 김정운은: 은 is the particle (kept, refitted), not the name's end
            return start, end + k
    following = re.match(r"\s+(\S+)", target[end:])
    if following:
        stem = _without_particle(following.group(1).rstrip(".,!?\"'”’)"))
        if len(stem) >= 2 and joined.endswith(stem) and len(stem) < len(joined):
            return start, end + following.start(1) + len(stem)
    return start, end


def whole_span(target: str, start: int, end: int, term: Term, taken: list[tuple[int, int]]) -> tuple[int, int]:
    """Korean names are written without spaces: the span found is whole."""
    return start, end


def agree_after(target: str, end: int, term: Term, replaced: str) -> str:
    """Korean verbs do not agree with their subject."""
    return target


def disagreement(target: str, start: int, end: int, term: Term) -> str | None:
    """Korean verbs do not agree with their subject."""
    return None


_OPENING, _CLOSING = "“‘「『《〈«\"'", "”’」』》〉»\"'"


def same_case(text: str, term: Term) -> bool:
    """`text` has the term's letter case (Latin letters in a Korean term: DPRK, not Dprk); spaces aside."""
    return text.replace(" ", "") == term.text.replace(" ", "")


def bare(word: str) -> bool:
    """A word with no particle after it: it modifies the word that follows (북한 인민군)."""
    return _without_particle(word) == word and not _PREDICATE.search(word)


def quoted(target: str, start: int, end: int) -> bool:
    """Whether [start, end) stands inside quotation marks (the nearest mark before it opens a quotation
    that closes after it): Korean copy quotes DPRK sources verbatim, in their own spelling."""
    before = [(i, c) for i, c in enumerate(target[:start]) if c in _OPENING or c in _CLOSING]
    if not before:
        return False
    i, mark = before[-1]
    if mark in "\"'":
        opened = sum(1 for _, c in before if c == mark) % 2 == 1
    else:
        opened = mark in _OPENING
    if not opened:
        return False
    closing = _CLOSING[_OPENING.index(mark)] if mark in _OPENING else mark
    return closing in target[end:]


def case_clash(target: str, start: int, end: int, term: Term) -> str | None:
    """Korean marks case with particles (see misfit)."""
    return None


def is_person(term: Term) -> bool:
    """Korean writes no capitals to tell a person's name: never assumed."""
    return False


def _trim_unlike(target: str, start: int, end: int, term: Term) -> tuple[int, int]:
    """Without the words at the span's start that are like no word of the term (지난해 포괄적 전략 ...)."""
    import unicodedata

    from rapidfuzz import fuzz

    def jamo(text: str) -> str:
        return unicodedata.normalize("NFD", text)

    own = [jamo(w) for w in term.text.split()]
    words = list(re.finditer(r"\S+", target[start:end]))
    unlike = lambda m: all(fuzz.ratio(jamo(_without_particle(m.group())), w) < 50 for w in own)  # noqa: E731
    while len(words) > 1 and unlike(words[0]):  # the last word may be a wrong head (협정 for 조약): kept
        words.pop(0)
    return start + words[0].start(), start + words[-1].end()


def trim_span(target: str, start: int, end: int, term: Term) -> tuple[int, int]:
    """The span without the particle that ends it (연합통신은 -> 연합통신): replace_with refits it."""
    start, end = _trim_unlike(target, start, end, term)
    word = target[start:end]
    if end < len(target) and "가" <= target[end] <= "힣":
        return start, end  # the search already cut a particle off this word
    return start, end - len(case_particle(word, term.text))


def case_particle(word: str, term_text: str = "") -> str:
    """The case-particle tail ending `word` (연합통신은 -> 은, 모스크바에서는 -> 에서는), '' when none: the
    longest of at most 4 syllables that leaves 2 and is the form the rest takes (우크라이나 keeps 이나: after
    우크라 it would be 나). What `term_text` itself ends with is its own syllable unless the rest is as long
    as the term (김정은, 김종은: the name; 김정운은: 김정운 + 은)."""
    for cut in range(min(4, len(word) - 2), 0, -1):
        tail, stem = word[-cut:], word[:-cut]
        own = term_text.endswith(tail) and len(stem) < len(term_text.replace(" ", ""))
        if (is_particle_tail(tail) and tail[:1] in _CASE_PARTICLE_STARTS and not own
                and fix_particle(stem, tail) == tail):
            return tail
    return ""


# A case particle starts a tail that can be cut off a word (연합통신은); endings such as 자, 다, 고 are too
# often a noun's own last syllable (동반자) to be cut.
_CASE_PARTICLE_STARTS = frozenset("은는이가을를의에과와으로도만께한까부처보")
# Case particles that may also be a term's last syllable (김정은): alone after the span replaced, a particle.
_CASE_ONLY = frozenset("은 는 이 가 을 를 의".split())


def word_keys(target: str) -> list[str]:
    """Each word (eojeol) without the particle or ending after it: what makes two words forms of one."""
    return [_without_particle(word.strip(".,!?\"'”’“‘()")) for word in target.split()]


def _without_particle(word: str) -> str:
    for cut in range(min(4, len(word) - 1), 0, -1):
        if is_particle_tail(word[-cut:]):
            return word[:-cut]
    return word


# The particles whose form depends on the noun's last syllable, as QA checks them (the list):
# 이/가, 은/는, 을/를, 과/와, (으)로 and the (으)로 family.
_CHECKED = sorted([("이", "가"), ("은", "는"), ("을", "를"), ("과", "와"), ("으로", "로"), ("으로서", "로서"),
                   ("으로써", "로써"), ("으로부터", "로부터")], key=lambda pair: -len(pair[0]))


# The copula after a noun: after a consonant it keeps its 이 (김여정이라고); after a vowel both are written.
_COPULA = sorted([("이라고", "라고"), ("이라는", "라는"), ("이라며", "라며"), ("이라면", "라면"), ("이란", "란"),
                  ("이라", "라"), ("이었다", "였다"), ("이었던", "였던"), ("이나", "나"), ("이든", "든"), ("이며", "며"),
                  ("이다", "다"), ("이고", "고"), ("이자", "자")], key=lambda pair: -len(pair[0]))


def misfit(target: str, occ) -> str | None:
    """The particle after `occ` fitted to the term's last syllable when the one written does not fit it
    (김정은가 -> 이, 평양를 -> 을, 서울으로 -> 로), else None. Only a run of particles is judged: a
    compound's tail (조선로동당) is no particle."""
    suffix = attached_suffix(target, occ.end)
    if not suffix or not is_particle_tail(suffix):
        return None
    final = final_consonant(occ.text)
    for after_consonant, after_vowel in _CHECKED:
        for form in (after_consonant, after_vowel):
            if suffix.startswith(form) and is_particle_tail(suffix[len(form):]):
                right = _choose(final, after_consonant, after_vowel)
                return right + suffix[len(form):] if right != form else None
    if final is not None:
        for after_consonant, after_vowel in _COPULA:
            if suffix.startswith(after_vowel) and not suffix.startswith(after_consonant):
                return after_consonant + suffix[len(after_vowel):]
    return None


def fix_particle(word: str, suffix: str) -> str:
    """Return `suffix` (what follows `word`) with its leading particle matched to `word`'s last syllable."""
    final = final_consonant(word)
    for after_consonant, after_vowel in _ALLOMORPHS:
        for form in (after_consonant, after_vowel):
            if suffix.startswith(form):
                return _choose(final, after_consonant, after_vowel) + suffix[len(form):]
    return suffix


def _choose(final: str | None, after_consonant: str, after_vowel: str) -> str:
    if after_consonant.startswith("으") and final == "ㄹ":
        return after_vowel  # ㄹ rule: 평양으로 but 서울로
    return after_vowel if final is None else after_consonant


_HANGUL_RUN = re.compile(r"[가-힣]*")
_LATIN = re.compile(r"[A-Za-z]")


def attached_suffix(target: str, end: int) -> str:
    """The run of Hangul directly after `end` (a particle, an ending or a compound's tail)."""
    return _HANGUL_RUN.match(target, end).group()


@lru_cache(maxsize=8192)
def _pattern(text: str, latin: bool) -> re.Pattern:
    parts = [re.escape(part) for part in text.split()]
    body = r"\s*".join(parts)
    if latin:
        # A Latin leftover ("DPRK는"): not inside a longer Latin word; Hangul may follow directly.
        return re.compile(rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])")
    # At a word's start, or after a one-syllable prefix of stance (주유엔 "at the UN", 대북, 친러, 반미).
    return re.compile(rf"(?:(?<![{_WORD_CHAR}])|(?<=(?<![{_WORD_CHAR}])[{_PREFIXES}])){body}")


def needle(text: str) -> str:
    """A substring every occurrence of `text` contains (find_text needs it before anything else)."""
    return text.split(None, 1)[0] if text.strip() else text


def may_contain(target: str, term: Term) -> bool:
    """False when find_term certainly finds nothing (a quick test)."""
    return needle(term.text) in target


def find_text(target: str, text: str) -> list[Occurrence]:
    """Every occurrence of `text` starting a word (any spacing inside); a particle may follow it."""
    if not text.strip() or needle(text) not in target:  # most terms checked are absent
        return []
    latin = bool(_LATIN.search(text))
    return [Occurrence(match.start(), match.end(), match.group()) for match in _pattern(text, latin).finditer(target)]


def find_term(target: str, term: Term) -> list[Occurrence]:
    """Every occurrence of a glossary term, followed by any particle, ending or compound tail."""
    return find_text(target, term.text)


def inflect(term: Term, case: str | None = None, number: str | None = None, declined: bool = False) -> str:
    """Korean terms do not inflect; particles are fixed by replace_with."""
    return term.text


def replace_with(target: str, occ: Occurrence, term: Term | str) -> str:
    """Replace the occurrence by `term` and correct the particle after it for the new last syllable."""
    new = term.text if isinstance(term, Term) else term
    suffix = attached_suffix(target, occ.end)
    return target[:occ.start] + new + fix_particle(new, suffix) + target[occ.end + len(suffix):]


# Particles and endings that attach to nouns; a tail is one or two of them (에서는, 과의, 으로도).
_PARTICLES = frozenset("""은 는 이 가 을 를 과 와 의 에 에서 에게 께 께서 한테 으로 로 으로서 로서 으로써 로써 으로부터 로부터
도 만 까지 부터 보다 처럼 같이 마저 조차 이나 나 이나마 이든 든 이며 며 이고 고 이자 자 이다 다 이었다 였다 이라고 라고 이라는 라는
이란 란 이라 라 이랑 랑 하고 과도 와도 에도 에서도 에게도 이요 요 인 측 측은 측이 측과 측의""".split())


# A particle that ends a run (의, 은/는, 이/가, 을/를, 도) takes no other after it; the second of two is one of
# these (에서는, 과의, 으로도, 만이): "의는" is no tail, so 합동참모회의는 is not 합동참모회 + 의는.
_LAST_ONLY = frozenset("의 은 는 이 가 을 를 도".split())
_SECOND = frozenset("은 는 도 만 의 이 가 을 를".split())
_TAILS = _PARTICLES | {first + second for first in _PARTICLES - _LAST_ONLY for second in _SECOND}


def is_particle_tail(tail: str) -> bool:
    """Nothing, one particle or ending, or two of them (에서는, 과의, 으로도)."""
    return not tail or tail in _TAILS
