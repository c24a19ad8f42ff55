"""Name candidates in one sentence: capitalised runs cut into titles and names, joined to glossary hits.

A run is a stretch of capitalised words, with "of" (+ "the") between them, "on" and "for" inside an
institution's name, "to" after an ambassador or envoy, "and" after an institution's "of" ("Ministry of
Trade and Industry"), and a lower-case "region", "Krai" or title ("Kremlin spokesman") after it; a
possessive goes on only after a common noun or before a title ("People's Republic", "Russia's President").
Words that a glossary hit covers are known; what is left of a run becomes candidates:
- a title and the name after it are two candidates ("Foreign Minister" | "Sergei Lavrov"); an
  organisation or place before a title is a third ("Primorsky Krai" of "Primorsky Krai Governor");
- uncovered words join the hit next to them when together they are a new name: modifiers and a title
  ("Deputy" + "Foreign Minister"), a given name and a person ("Sergei" + "Lavrov"), a country or
  organisation and a title ("North Korean" + "Ambassador" + "to" + "Russia").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Sequence

from glossary.matcher import Hit
from workbench.suggest.words import (CALENDAR, HONORIFICS, LOWER_PLACE, LOWER_TITLE_HEADS, LOWER_TITLE_WORDS,
                                     MODIFIERS, ORG_HEADS, PLACE_SUFFIXES, TERMINATORS, TITLE_HEADS,
                                     CaseEvidence, Token)

CONNECTORS = frozenset("of for on the to and de".split())
# Common nouns whose possessive goes on inside a name: Democratic People's Republic, Workers' Party.
COMMON_POSSESSORS = frozenset("people peoples workers women children citizens veterans youth".split())
_ENVOYS = frozenset("ambassador ambassadors envoy envoys representative delegation mission".split())
PERSON = "person"
_TITLE_STARTS = TITLE_HEADS | LOWER_TITLE_HEADS | MODIFIERS
_NATIONALITY_ENDINGS = ("an", "ese", "ish")  # Russian, Chinese, British: adjectives that hold offices


@dataclass(frozen=True)
class Found:
    """One occurrence of a candidate: its text in the sentence and what kind of name it looks like."""

    text: str
    kind: str  # "title" | "organisation" | "place" | "name"


def name_word(token: Token) -> bool:
    return token.capital and token.lower not in CALENDAR and token.lower not in HONORIFICS


def kind_of(tokens: Sequence[Token]) -> str:
    """title (a title head in it), place (ends in region, Krai, River...), organisation, or name."""
    words = [token.lower for token in tokens]
    if any(word in TITLE_HEADS or word in LOWER_TITLE_HEADS for word in words):
        return "title"
    if words[-1] in PLACE_SUFFIXES or words[-1] in LOWER_PLACE:
        return "place"
    if any(word in ORG_HEADS for word in words) or (len(tokens) == 1 and tokens[0].text.isupper()):
        return "organisation"
    return "name"


def find(sentence: str, tokens: list[Token], hits: list[Hit], subjects: dict[str, str | None],
         evidence: CaseEvidence) -> Iterator[Found]:
    """Every candidate occurrence in `sentence` (`tokens` its tokens, `hits` the glossary's hits in it;
    `subjects` maps an entry id to its subject)."""
    cover = _cover(sentence, tokens, hits)
    for first, last in _runs(tokens):
        if tokens[first].initial and _doubtful(tokens, first, last, evidence):
            first += 1
        for lo, hi in _pieces(tokens, first, last, cover, subjects):
            yield Found(sentence[tokens[lo].start:tokens[hi].end], kind_of(tokens[lo:hi + 1]))


def _doubtful(tokens: list[Token], first: int, last: int, evidence: CaseEvidence) -> bool:
    """The run's first word starts a sentence and its capital means nothing: an ordinary word, or a word
    before "of" that heads no title or institution ("Supporters of Yoon Suk Yeol"; not "President of ...")."""
    word = tokens[first]
    if evidence.ordinary(word.text, alone=first == last):
        return True
    return first < last and tokens[first + 1].text in CONNECTORS and word.lower not in TERMINATORS


def _cover(sentence: str, tokens: list[Token], hits: list[Hit]) -> list[tuple[int, str] | None]:
    """For each token, (index, entry id) of the glossary hit at its start when hits cover all its letters
    ("Reuters-Yonhap" is covered by two), else None."""
    owner: list[tuple[int, str] | None] = [None] * len(sentence)
    for number, hit in enumerate(hits):
        owner[hit.start:hit.end] = [(number, hit.entry_id)] * (hit.end - hit.start)
    return [owner[token.start] if all(owner[i] is not None or not sentence[i].isalnum()
                                      for i in range(token.start, token.end)) else None
            for token in tokens]


# -- runs ----------------------------------------------------------------------------------------

def _runs(tokens: list[Token]) -> Iterator[tuple[int, int]]:
    """(first, last) token index of every capitalised run, suffixes included."""
    k = 0
    while k < len(tokens):
        if not name_word(tokens[k]):
            k += 1
            continue
        first = last = k
        while (after := _next_name(tokens, first, last)) is not None:
            last = after
        last = _suffix(tokens, first, last)
        yield first, last
        k = last + 1


def _next_name(tokens: list[Token], first: int, last: int) -> int | None:
    """The index of the name word that continues the run after `last` (directly or over connectors)."""
    k = last + 1
    if tokens[last].possessive:
        return k if k < len(tokens) and name_word(tokens[k]) and _possessive_goes_on(tokens, last) else None
    if k < len(tokens) and name_word(tokens[k]):
        return k
    gap: list[str] = []
    while k < len(tokens) and len(gap) < 2 and tokens[k].word and tokens[k].text in CONNECTORS:
        gap.append(tokens[k].text)
        k += 1
    if not gap or k >= len(tokens) or not name_word(tokens[k]):
        return None
    return k if _joins(gap, tokens[first:last + 1]) else None


def _possessive_goes_on(tokens: list[Token], k: int) -> bool:
    """After "People's", "Workers'" (common nouns) a name goes on, and after "Russia's" when a title follows
    ("Russia's President"); "Japan's Kyodo" is two names, "Choe's visit" ends the run."""
    return tokens[k].lower in COMMON_POSSESSORS or tokens[k + 1].lower in _TITLE_STARTS


def _joins(gap: list[str], run: Sequence[Token]) -> bool:
    head, rest = gap[0], gap[1:]
    if rest not in ([], ["the"]) or head == "the":
        return False
    if head == "to":
        return run[-1].lower in _ENVOYS
    if head in ("on", "for"):  # what a treaty is on, a committee for; not "the Palace of the Sun on New Year's Day"
        return any(token.lower in ORG_HEADS for token in run)
    if head == "and":  # inside what an organisation is "of": "Ministry of Trade and Industry"
        return not rest and any(token.lower in ORG_HEADS for token in run) and \
            any(token.text in ("of", "on", "for") for token in run)
    return True


def _suffix(tokens: list[Token], first: int, last: int) -> int:
    """`last`, moved over a lower-case place word or title after the run ("Amur region", "Kremlin spokesman")."""
    k = last + 1
    if k < len(tokens) and not tokens[last].possessive and tokens[k].text in LOWER_PLACE:
        return k
    while k < len(tokens) and tokens[k].text in LOWER_TITLE_WORDS:
        k += 1
    if k < len(tokens) and tokens[k].text in LOWER_TITLE_HEADS and _holds_office(tokens, first, last):
        return k
    return last


def _holds_office(tokens: list[Token], first: int, last: int) -> bool:
    """A title can follow the run: one word ("Kremlin spokesman"), an institution or a nationality ("Unification
    Ministry spokesman", "North Korean leader"); a person's name ("Pak Jong Chon vice chairman") is not one."""
    word = tokens[last].lower
    return first == last or word in TERMINATORS or word.endswith(_NATIONALITY_ENDINGS)


# -- pieces of a run -----------------------------------------------------------------------------

def _pieces(tokens: list[Token], first: int, last: int, cover: list, subjects: dict) -> Iterator[tuple[int, int]]:
    """(lo, hi) token ranges of the candidates in the run first..last."""
    k = first
    while k <= last:
        if cover[k] is not None:
            k += 1
            continue
        end = k
        while end + 1 <= last and cover[end + 1] is None:
            end += 1
        a, b = _trimmed(tokens, k, end)
        if a <= b:
            for lo, hi in _split(tokens, a, b):
                yield _joined(tokens, lo, hi, (a, b), (first, last), cover, subjects)
        k = end + 1


def _trimmed(tokens: list[Token], a: int, b: int) -> tuple[int, int]:
    """The stretch a..b without connectors at its ends."""
    while a <= b and not tokens[a].capital and tokens[a].text in CONNECTORS:
        a += 1
    while b >= a and not tokens[b].capital and tokens[b].text in CONNECTORS:
        b -= 1
    return a, b


def _split(tokens: list[Token], a: int, b: int) -> list[tuple[int, int]]:
    """A title and the name after it, and an organisation or place before a title."""
    ends = [k for k in range(a, b + 1) if tokens[k].lower in TERMINATORS]
    if ends and ends[-1] < b and name_word(tokens[ends[-1] + 1]):
        pieces = [(a, ends[-1]), (ends[-1] + 1, b)]
    else:
        pieces = [(a, b)]
    head = next((k for k in range(a, pieces[0][1] + 1) if tokens[k].lower in TITLE_HEADS), None)
    if head is not None and any(tokens[k].lower in ORG_HEADS | PLACE_SUFFIXES for k in range(a, head)):
        before = head
        while before > a and tokens[before - 1].lower in MODIFIERS:
            before -= 1
        lo, hi = _trimmed(tokens, a, before - 1)
        if lo <= hi:
            pieces.insert(0, (lo, hi))
    return pieces


def _joined(tokens: list[Token], lo: int, hi: int, stretch: tuple[int, int], run: tuple[int, int],
            cover: list, subjects: dict) -> tuple[int, int]:
    """The piece lo..hi, joined to the glossary hit before or after it when together they name something new."""
    (a, b), (first, last) = stretch, run
    words = [tokens[k].lower for k in range(lo, hi + 1)]
    if hi == b and b < last and cover[b + 1] is not None:
        person = subjects.get(cover[b + 1][1]) == PERSON
        if (words[-1] in MODIFIERS or _nationality(tokens, lo, hi)) and not person:
            hi = _hit_end(cover, b + 1, last)  # "Russian Deputy" + "Foreign Minister", "Russian" + "Far East"
        elif person and words[-1] not in TERMINATORS and words[-1] not in MODIFIERS \
                and not _nationality(tokens, lo, hi):
            hi = _hit_end(cover, b + 1, last)  # "Sergei" + "Lavrov" (not "North Korean" + "Kim Jong Un")
    elif hi == b and words[-1] in TITLE_HEADS and b + 1 < last and tokens[b + 1].text in CONNECTORS:
        after = _trimmed(tokens, b + 1, last)[0]
        if cover[after] is not None and subjects.get(cover[after][1]) != PERSON:
            hi = _hit_end(cover, after, last)  # "Ambassador to" + "Russia"
    if lo == a and a > first and cover[a - 1] is not None:
        person = subjects.get(cover[a - 1][1]) == PERSON
        if (words[0] in _TITLE_STARTS and not person) or words[-1] in ORG_HEADS or words[-1] in PLACE_SUFFIXES:
            lo = _hit_start(cover, a - 1, first)  # "North Korean" + "Ambassador", "Kim Il Sung" + "Square"
    return lo, hi


def _nationality(tokens: list[Token], lo: int, hi: int) -> bool:
    """Capitalised adjectives of a nation ("Russian", "South Korean"): they make a new name of the one after."""
    return all(tokens[k].capital for k in range(lo, hi + 1)) and tokens[hi].lower.endswith(_NATIONALITY_ENDINGS)


def _hit_end(cover: list, k: int, last: int) -> int:
    while k + 1 <= last and cover[k + 1] is not None and cover[k + 1][0] == cover[k][0]:
        k += 1
    return k


def _hit_start(cover: list, k: int, first: int) -> int:
    while k - 1 >= first and cover[k - 1] is not None and cover[k - 1][0] == cover[k][0]:
        k -= 1
    return k
