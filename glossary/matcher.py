"""Source-side term matching: finds glossary entries in English text, with exact offsets into the original.

How it works (and why): the text is normalised (NFC, zero-width characters dropped, typographic
apostrophes/quotes and hyphens folded, Cyrillic/Greek look-alike letters folded to Latin), then cut
into lower-cased tokens (words and single punctuation marks; spaces and hyphens are the gaps
between them). Source forms are cut the same way; every distinct token of the glossary gets a
three-character code, so a source form becomes a short code string and one Aho-Corasick automaton
finds all of them in one pass over the text's code string. Codes are aligned to tokens, which
gives whole words for free and makes "Kim Jong-un", "Kim Jong un" and "Kim Jong\\nun" one key;
short keys keep the automaton small (a character-level automaton of 100k names builds ~3x slower).
Candidates are then checked against the folded original letters (case rules) and resolved
leftmost-longest.

Matching rules (documented for users in `workbench glossary find --help`):
- whole words; case-sensitive unless the entry says `match: {case_sensitive: false}`;
- a hyphen in a source form also matches a space or nothing ("Kim Jong-un" ~ "Kim Jong un" ~
  "Kim Jongun"), and the letter after a hyphen may change case ("Jong-un" ~ "Jong Un");
  a space also matches a hyphen; every other letter keeps its case;
- English possessives ("DPRK's", "DPRK’s": the hit covers "DPRK") and, for common nouns and
  titles, plurals (-s, -es, -ies) of the last word;
- `whole_word: false` entries match anywhere, even inside words.
This module imports nothing outside the glossary package.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from dataclasses import dataclass
from itertools import accumulate, chain, repeat
from typing import Iterable, Iterator, NamedTuple

import ahocorasick

from glossary.gcpause import paused
from glossary.model import Entry, Glossary

# Words, or one punctuation mark each; whitespace and hyphens are the gaps between tokens.
TOKEN_RE = re.compile(r"(\w+|[^\w\s\-])")
_DELETE_RE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_APOSTROPHES = "\u2019\u2018\u02bc\u2032\u02b9"
_QUOTES = "\u201c\u201d\u201e\u201f\u2033"
_HYPHENS = "\u2010\u2011\u2012\ufe63\uff0d"
# Letters that look like Latin ones; mixed-script spoofs and OCR slips fold to Latin.
_HOMOGLYPHS = {
    "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K", "М": "M",
    "О": "O", "Р": "P", "Ѕ": "S", "Т": "T", "Х": "X", "Ү": "Y", "а": "a", "с": "c", "е": "e",
    "һ": "h", "і": "i", "ј": "j", "о": "o", "р": "p", "ѕ": "s", "х": "x", "у": "y", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "ӏ": "l", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I",
    "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o",
}
FOLD = str.maketrans({
    **{c: "'" for c in _APOSTROPHES}, **{c: '"' for c in _QUOTES}, **{c: "-" for c in _HYPHENS},
    # "İ".lower() is two characters; folding it first keeps lower() length-preserving.
    "\u0130": "I", **_HOMOGLYPHS,
})
_FOLD_RE = re.compile("[" + re.escape("".join(map(chr, FOLD))) + "]")
_FOLD_MAP = {chr(code): value for code, value in FOLD.items()}
_NAME_SUBJECTS = frozenset({"person", "place", "country", "organisation", "organization", "media"})
_MAX_JOIN_JOINTS = 4  # hyphen joints whose "no space" variants are generated (2**4 variants at most)
# A token's code is three "digits" from three disjoint ranges: a key can only match at a token start,
# and no trie node has more than 256 children (pyahocorasick searches children one by one).
_DIGITS = (0x100, 0x200, 0x300)
_HIGH, _MID, _LOW = ([chr(base + digit) for digit in range(256)] for base in _DIGITS)
_UNKNOWN = "\x01\x01\x01"  # any text token no source form has


@dataclass(frozen=True)
class Hit:
    """One occurrence of a glossary entry in a text.

    Attributes:
        entry_id: the entry found.
        start, end: character offsets into the ORIGINAL text (text[start:end] == matched).
        matched: the original text slice.
        source_form: the entry's preferred source form.
    """

    entry_id: str
    start: int
    end: int
    matched: str
    source_form: str


# One spelling of one source form, as the automaton stores it. A plain tuple of atoms, so the cyclic
# GC untracks it after one look (hundreds of thousands of them must not slow every later collection):
#   (entry index, text: the spelling folded with case kept (a text slice equal to it is an exact hit),
#    relax: ((token, char), ...) positions whose case may differ, or None,
#    case_sensitive, kind: 0 as written, 1 joined/plural variant (ranks below exact spellings))
Variant = tuple


class _Prepared(NamedTuple):
    """A text cut into tokens, with the maps back to the original."""

    folded: str                 # normalised and folded, case kept
    lower: str                  # folded and lower-cased (same length)
    bounds: list[int]           # token k spans bounds[2k]:bounds[2k+1] in folded
    tokens: list[str]           # lower-cased tokens
    starts: list[int] | None    # normalised position -> original start (None: identity)
    ends: list[int] | None      # normalised position -> original end


_LONG_TEXT = 20_000  # characters


class Matcher:
    """Finds a glossary's entries in text; compile once, call find() many times."""

    def __init__(self, glossary: Glossary | Iterable[Entry]) -> None:
        entries = glossary.entries if isinstance(glossary, Glossary) else tuple(glossary)
        self.entries: tuple[Entry, ...] = tuple(entries)
        self._vocab: dict[str, str] = {}   # lower-cased token -> code
        self._words = ahocorasick.Automaton()
        self._substrings = ahocorasick.Automaton()
        with paused():
            self._compile()
        gc.collect(0)  # one young pass now untracks the atom tuples, instead of during the first scan

    def find(self, text: str) -> list[Hit]:
        """All entry occurrences in `text`, leftmost-longest, non-overlapping, in text order."""
        if len(text) < _LONG_TEXT:  # a segment: too few objects for a collection to start mid-scan
            return self._find(text)
        with paused():  # a document: the candidates are short-lived; no full collection mid-scan
            return self._find(text)

    def _find(self, text: str) -> list[Hit]:
        prepared = prepare(text)
        candidates = [*self._word_candidates(prepared), *self._substring_candidates(prepared)]
        return [self._hit(text, prepared, c) for c in _resolve(candidates)]

    # -- compiling -----------------------------------------------------------------------------

    def _compile(self) -> None:
        words: dict[str, list[Variant]] = {}
        substrings: dict[str, list[Variant]] = {}
        for index, entry in enumerate(self.entries):
            forms = entry.sources if len(entry.sources) == 1 else dict.fromkeys(entry.sources)
            case = entry.match.case_sensitive
            if entry.match.whole_word:
                plural = entry.subject not in _NAME_SUBJECTS
                for form in forms:
                    for key, variant in _spellings(index, case, form, plural):
                        words.setdefault(key, []).append(variant)
            else:
                for form in filter(None, (fold(f).strip() for f in forms)):
                    substrings.setdefault(form.lower(), []).append((index, form, None, case, 0))
        self._vocab = _vocabulary(words)
        code = self._vocab.__getitem__
        _fill(self._words, {"".join(map(code, key.split(" "))): spellings for key, spellings in words.items()})
        _fill(self._substrings, substrings)

    # -- scanning ------------------------------------------------------------------------------

    def _word_candidates(self, p: _Prepared) -> Iterator[tuple]:
        if len(self._words) == 0:
            return
        codes = "".join(map(self._vocab.get, p.tokens, repeat(_UNKNOWN)))
        bounds, folded = p.bounds, p.folded
        for last_code, (length, variants) in self._words.iter(codes):
            last = last_code // 3
            first = last + 1 - length // 3
            start, end = bounds[2 * first], bounds[2 * last + 1]
            seen = folded[start:end]
            for variant in variants:
                if seen == variant[1]:
                    yield (start, end, (0, variant[4]), variant[0])
                    continue
                rank = _check_tokens(p, first, variant)
                if rank is not None:
                    yield (start, end, rank, variant[0])

    def _substring_candidates(self, p: _Prepared) -> Iterator[tuple]:
        if len(self._substrings) == 0:
            return
        for last, variants in self._substrings.iter(p.lower):
            for index, text, _relax, case_sensitive, kind in variants[1]:
                start = last + 1 - len(text)
                seen = p.folded[start:last + 1]
                if case_sensitive and seen != text:
                    continue
                yield (start, last + 1, (int(seen != text), kind), index)

    def _hit(self, text: str, p: _Prepared, candidate: tuple) -> Hit:
        start, end, _rank, index = candidate
        if p.starts is not None:
            start, end = p.starts[start], p.ends[end - 1]
        entry = self.entries[index]
        return Hit(entry.id, start, end, text[start:end], entry.source)


def prepare(text: str) -> _Prepared:
    """Normalise, fold and tokenise `text`, keeping the maps back to its original offsets."""
    normal, starts, ends = _normalise(text)
    # re.sub only calls back for the rare characters that fold; translate() would visit them all.
    folded = normal if normal.isascii() else _FOLD_RE.sub(_fold_char, normal)
    lower = folded.lower()
    parts = TOKEN_RE.split(lower)
    bounds = list(accumulate(map(len, parts)))
    return _Prepared(folded, lower, bounds, parts[1::2], starts, ends)


def fold(text: str) -> str:
    """`text` normalised and folded the way the matcher compares it (case kept)."""
    if text.isascii():
        return text
    return _DELETE_RE.sub("", unicodedata.normalize("NFC", text)).translate(FOLD)


def _fold_char(match: re.Match) -> str:
    return _FOLD_MAP[match.group()]


# -- normalisation with an offset map ------------------------------------------------------------

def _normalise(text: str) -> tuple[str, list[int] | None, list[int] | None]:
    """NFC and zero-width removal; returns (normal, starts, ends), maps None when nothing changed."""
    if unicodedata.is_normalized("NFC", text) and not _DELETE_RE.search(text):
        return text, None, None
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if unicodedata.is_normalized("NFC", line) and not _DELETE_RE.search(line):
            pieces.append(line)
            starts.extend(range(offset, offset + len(line)))
            ends.extend(range(offset + 1, offset + len(line) + 1))
        else:
            _normalise_line(line, offset, pieces, starts, ends)
        offset += len(line)
    return "".join(pieces), starts, ends


def _normalise_line(line: str, offset: int, pieces: list, starts: list, ends: list) -> None:
    # Rare path: per cluster (a starter and its combining marks), so each output character
    # knows which original characters produced it.
    for start, end in _clusters(line):
        chunk = unicodedata.normalize("NFC", _DELETE_RE.sub("", line[start:end]))
        pieces.append(chunk)
        starts.extend(repeat(offset + start, len(chunk)))
        ends.extend(repeat(offset + end, len(chunk)))


def _clusters(line: str) -> Iterator[tuple[int, int]]:
    start = 0
    for index in range(1, len(line)):
        char = line[index]
        if unicodedata.combining(char) == 0 and not "\u1160" <= char <= "\u11ff":
            yield start, index
            start = index
    if line:
        yield start, len(line)


# -- spellings of a source form ------------------------------------------------------------------

def _split(form: str) -> tuple[list[str], list[str]]:
    """Tokens of a folded source form and the gaps between them (gaps[k-1] precedes tokens[k])."""
    parts = TOKEN_RE.split(form)
    return parts[1::2], parts[2:-1:2]


def _spellings(index: int, case: bool, form: str, plural: bool) -> list[tuple[str, Variant]]:
    """(key, spelling) for the form as written, its hyphen-joined variants, and plurals where sensible."""
    form = fold(form).strip()
    if "  " not in form and form.replace(" ", "").isalnum():
        # The common case ("Word Word"), kept cheap: 100k entries must compile in well under 2 s.
        out = [(form.lower(), (index, form, None, case, 0))]
        last = form[form.rfind(" ") + 1:]
        for noun in _plurals(last) if plural or last.islower() else ():
            text = form[:-len(last)] + noun
            out.append((text.lower(), (index, text, None, case, 1)))
        return out
    tokens, gaps = _split(form)
    if not tokens:
        return []
    hyphens = [k for k in range(1, len(tokens)) if "-" in gaps[k - 1]
               and tokens[k - 1][-1].isalnum() and tokens[k][0].isalnum()]
    relax = tuple((k, 0) for k in hyphens)
    plural = plural or tokens[-1].islower()
    out = []
    for joined, (spelled, relaxed, text) in enumerate(_joined(tokens, gaps, relax, hyphens[:_MAX_JOIN_JOINTS])):
        key = " ".join(spelled).lower()
        out.append((key, (index, text, relaxed, case, int(joined > 0))))
        for noun in _plurals(spelled[-1]) if plural else ():
            cut = len(spelled[-1])
            out.append((key[:-cut] + noun.lower(), (index, text[:-cut] + noun, relaxed, case, 1)))
    return out


def _joined(tokens: list[str], gaps: list[str], relax: tuple, joints: list[int]) -> Iterator[tuple]:
    """Every choice of keeping or closing up each hyphen joint, the original first:
    (tokens, relaxed case positions, spelled text)."""
    yield tuple(tokens), relax, "".join(chain.from_iterable(zip(["", *gaps], tokens)))
    for mask in range(1, 1 << len(joints)):
        closed = {joints[bit] for bit in range(len(joints)) if mask >> bit & 1}
        out: list[str] = []
        text = tokens[0]
        where: dict[int, tuple[int, int]] = {}
        for k, token in enumerate(tokens):
            if k in closed:
                where[k] = (len(out) - 1, len(out[-1]))
                out[-1] += token
                text += token
            else:
                where[k] = (len(out), 0)
                out.append(token)
                text += gaps[k - 1] + token if k else ""
        moved = tuple((where[k][0], where[k][1] + pos) for k, pos in relax)
        yield tuple(out), moved, text


def _plurals(word: str) -> list[str]:
    """Plural spellings of a last word; callers ask only for common nouns and titles (plurals make
    no sense for the name of one person, place or country)."""
    lower = word.lower()
    if not word.isalpha() or len(word) < 3 or lower.endswith("s"):
        return []
    if word.isupper():
        return [word + "s"]  # NGOs, ICBMs
    if lower.endswith(("x", "z", "ch", "sh")):
        return [word + "es"]
    if lower.endswith("y") and lower[-2] not in "aeiou":
        return [word[:-1] + "ies"]
    return [word + "s"]


# -- checking and resolving ----------------------------------------------------------------------

def _check_tokens(p: _Prepared, first: int, variant: Variant) -> tuple[int, int] | None:
    """None when the text tokens break a case or gap rule; else a rank (lower is better)."""
    folded, bounds = p.folded, p.bounds
    exact = True
    _index, text, relax, case_sensitive, kind = variant
    for k, want in enumerate(TOKEN_RE.split(text)[1::2]):
        at = 2 * (first + k)
        if k and folded.count("\n", bounds[at - 1], bounds[at]) > 1:
            return None  # a paragraph break is not a space
        seen = folded[bounds[at]:bounds[at + 1]]
        if seen == want:
            continue
        exact = False
        if case_sensitive and not _case_ok(seen, want, k, relax or (),
                                                  k and "-" in folded[bounds[at - 1]:bounds[at]]):
            return None
    return (0 if exact else 1, kind)


def _case_ok(seen: str, want: str, k: int, relax: tuple, after_hyphen: bool) -> bool:
    for pos, (a, b) in enumerate(zip(seen, want)):
        if a != b and not ((k, pos) in relax or (after_hyphen and pos == 0)):
            return False
    return True


def _resolve(candidates: list[tuple]) -> list[tuple]:
    """Leftmost-longest: earliest start wins, then the longest, then the best rank, then entry order."""
    chosen = []
    end = -1
    for candidate in sorted(candidates, key=lambda c: (c[0], -c[1], c[2], c[3])):
        if candidate[0] >= end:
            chosen.append(candidate)
            end = candidate[1]
    return chosen


def _vocabulary(words: dict[str, list[Variant]]) -> dict[str, str]:
    """A code for every token of every key (keys are lower-cased tokens joined by single spaces)."""
    tokens = dict.fromkeys(chain.from_iterable(key.split(" ") for key in words))
    if len(tokens) > 1 << 24:
        raise ValueError("too many distinct words in the glossary for the matcher")
    return dict(zip(tokens, map(_code, range(len(tokens)))))


def _code(number: int) -> str:
    return _HIGH[number >> 16] + _MID[number >> 8 & 0xFF] + _LOW[number & 0xFF]


def _fill(automaton: ahocorasick.Automaton, by_key: dict[str, list[Variant]]) -> None:
    """Each key stores (its length, its spellings)."""
    for key, variants in by_key.items():
        automaton.add_word(key, (len(key), tuple(variants)))
    if by_key:
        automaton.make_automaton()
