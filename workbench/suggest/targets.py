"""Target renderings of suggested names: how the translated segments at hand (TM, bilingual files) render them.

A candidate is looked for in the English side of each pair (glossary.matcher, with the candidate's
spellings as source forms); at most MAX_PAIRS pairs per candidate and locale are read.
- With a model ("alignment"): the target tokens whose attention goes to the candidate's source tokens
  (Translator.alignments), widened to whole words; a Korean particle after them is left out.
- Without one ("transliteration", a heuristic): the run of target words whose Latin transliteration
  (anyascii) is most like the candidate, compared as written and as a consonant skeleton, so that
  Korean spelling (라브로프: "labeulopeu") and Russian endings (Лавровым) still match. Names translated
  rather than transliterated (Foreign Minister: министр иностранных дел) get no rendering this way.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Mapping, Sequence

from anyascii import anyascii
from rapidfuzz import fuzz

from glossary.matcher import Matcher
from glossary.model import Entry
from workbench.suggest.candidates import Candidate
from workbench.suggest.inputs import Pair
from workbench.terms.korean import is_particle_tail

ALIGNMENT, TRANSLITERATION = "alignment", "transliteration"
MAX_PAIRS = 20  # translated segments read per candidate and locale
MIN_SIMILARITY = 75  # rapidfuzz ratio (0-100) a transliterated rendering needs
MIN_SPELLED = 50  # ... and the Latin spellings themselves at least this
MIN_SKELETON = 3  # consonants a skeleton needs before it is compared at all
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_EDGE_PUNCTUATION = "\"'«»“”‘’()[],.;:!?"
# Latin spelling to consonant classes: Korean and Russian transliterations differ in vowels and in
# these pairs (l/r, b/p/v/f, d/t, g/k, s/z/j/ch/sh/ts), and Korean adds "eu" between consonants.
_DIGRAPHS = (("eu", ""), ("kh", "h"), ("ts", "s"), ("ch", "s"), ("sh", "s"), ("zh", "s"), ("ph", "b"),
             ("th", "d"))
_CLASSES = str.maketrans("rpvftkcqxzj", "lbbbdggggss", "aeiouyw")


@dataclass(frozen=True)
class Rendering:
    """One way the pairs render a candidate: its text, in how many pairs, found by which method."""

    text: str
    count: int
    method: str


def propose(candidates: Sequence[Candidate], pairs: Sequence[Pair], aligners: Mapping[str, object | None],
            locales: Sequence[str]) -> list[dict[str, tuple[Rendering, ...]]]:
    """For each candidate, locale -> its renderings, most frequent first (every locale in `locales`).

    `aligners` maps a locale to a Translator whose alignments are used (missing or None: transliteration).
    """
    occurrences = _occurrences(candidates, pairs, set(locales))
    counts: dict[tuple[int, str], Counter] = {}
    for locale in locales:
        jobs = [(index, item) for (index, where), items in occurrences.items() if where == locale
                for item in items]
        aligner = aligners.get(locale)
        if aligner is not None:
            texts = aligned(aligner, [item for _index, item in jobs], locale)
        else:  # titles are translated, not transliterated: the heuristic has nothing to say about them
            texts = [None if candidates[index].kind == "title" else
                     transliterated(candidates[index].source, item[0].target, locale) for index, item in jobs]
        for (index, _item), text in zip(jobs, texts):
            if text:
                counts.setdefault((index, locale), Counter())[" ".join(text.split())] += 1
    methods = {locale: ALIGNMENT if aligners.get(locale) is not None else TRANSLITERATION for locale in locales}
    return [{locale: tuple(Rendering(text, count, methods[locale])
                           for text, count in counts.get((index, locale), Counter()).most_common())
             for locale in locales} for index in range(len(candidates))]


def _occurrences(candidates: Sequence[Candidate], pairs: Sequence[Pair],
                 locales: set[str]) -> dict[tuple[int, str], list[tuple[Pair, int, int]]]:
    """(candidate index, locale) -> up to MAX_PAIRS (pair, start, end of the candidate in its source)."""
    matcher = Matcher([Entry(str(index), candidate.forms) for index, candidate in enumerate(candidates)])
    found: dict[tuple[int, str], list[tuple[Pair, int, int]]] = {}
    for pair in pairs:
        if pair.locale not in locales:
            continue
        for hit in matcher.find(pair.source):
            items = found.setdefault((int(hit.entry_id), pair.locale), [])
            if len(items) < MAX_PAIRS:
                items.append((pair, hit.start, hit.end))
    return found


# -- alignment ------------------------------------------------------------------------------------

def aligned(translator, items: Sequence[tuple[Pair, int, int]], locale: str) -> list[str | None]:
    """The target words aligned to each item's source span (None where attention says nothing clear)."""
    keys = list(dict.fromkeys((pair.source, pair.target) for pair, _start, _end in items))
    alignments = dict(zip(keys, translator.alignments([k[0] for k in keys], [k[1] for k in keys])))
    return [_aligned_text(pair, start, end, alignments[(pair.source, pair.target)], locale)
            for pair, start, end in items]


def _aligned_text(pair: Pair, start: int, end: int, alignment, locale: str) -> str | None:
    source_spans = token_spans(pair.source, alignment.source_tokens)
    wanted = {j for j, (a, b) in enumerate(source_spans) if a < end and b > start}
    linked = [t for t, j in enumerate(alignment.links) if j in wanted]
    if not linked:
        return None
    low, high = _densest(linked)
    if high - low + 1 > 2 * len(wanted) + 2:
        return None  # attention spread over the sentence: no rendering rather than a wrong one
    target_spans = token_spans(pair.target, alignment.target_tokens)
    return widened(pair.target, target_spans[low][0], target_spans[high][1], locale)


def _densest(indexes: list[int]) -> tuple[int, int]:
    """The first and last of the largest group of (sorted) indexes with no gap over one token:
    a stray link elsewhere in the sentence does not stretch the rendering over everything between."""
    groups = [[indexes[0]]]
    for index in indexes[1:]:
        if index - groups[-1][-1] > 2:
            groups.append([])
        groups[-1].append(index)
    best = max(groups, key=len)
    return best[0], best[-1]


def token_spans(text: str, tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Character span of each subword token in `text` (SentencePiece "▁" and BPE "@@" marks dropped);
    a token the text does not spell as such (normalised by the tokenizer) takes the place after the last."""
    spans, position = [], 0
    for token in tokens:
        piece = token.replace("▁", " ").replace("@@", "").strip()
        found = text.find(piece, position) if piece else -1
        if found < 0 or text[position:found].strip():
            found = len(text) - len(text[position:].lstrip())
        spans.append((found, min(found + len(piece), len(text))))
        position = spans[-1][1]
    return spans


def widened(target: str, start: int, end: int, locale: str) -> str | None:
    """target[start:end] grown to whole words, without edge punctuation; a Korean particle after the
    aligned tokens stays out (라브로프 of 라브로프와)."""
    while start > 0 and _word_char(target[start - 1]):
        start -= 1
    word_end = end
    while word_end < len(target) and _word_char(target[word_end]):
        word_end += 1
    if not (locale.startswith("ko") and is_particle_tail(target[end:word_end])):
        end = word_end
    return target[start:end].strip().strip(_EDGE_PUNCTUATION).strip() or None


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "-"


# -- transliteration ------------------------------------------------------------------------------

def transliterated(name: str, target: str, locale: str) -> str | None:
    """The run of target words most like `name` transliterated (None below MIN_SIMILARITY)."""
    words = [match.span() for match in _WORD.finditer(target)]
    latin, bones = _latin(name), skeleton(name)
    size = len(name.split())
    best: tuple[tuple[float, float], str] = ((0.0, 0.0), "")
    for count in range(1, size + 2):
        for first in range(len(words) - count + 1):
            start, end = words[first][0], words[first + count - 1][1]
            for text in _spellings(target[start:end], locale):
                score = similarity(latin, bones, text)
                if score > best[0]:
                    best = (score, text)
    return best[1] if best[0][0] >= MIN_SIMILARITY else None


def _spellings(text: str, locale: str) -> list[str]:
    """The words as found, and for Korean also without a particle tail on the last word."""
    out = [text]
    if locale.startswith("ko"):
        for cut in range(1, min(4, len(text) - 1) + 1):
            if text[-cut - 1].isalnum() and is_particle_tail(text[-cut:]):
                out.append(text[:-cut])
    return out


def similarity(latin: str, bones: str, text: str) -> tuple[float, float]:
    """How alike a name (its Latin spelling and skeleton) and a target text transliterated are (0-100):
    the better of the two comparisons, then the spelling's own (which breaks ties: 라브로프 before 라브로프와).
    Spellings of very different length, or not even half alike as spelled, are not alike at all."""
    other = _latin(text)
    spelled = fuzz.ratio(latin, other)
    if spelled < MIN_SPELLED or not 0.5 <= len(other) / max(len(latin), 1) <= 2:
        return 0.0, spelled
    skeletal = fuzz.ratio(bones, skeleton(text)) if len(bones) >= MIN_SKELETON else 0.0
    return max(spelled, skeletal), spelled


def _latin(text: str) -> str:
    return anyascii(text).lower()


def skeleton(text: str) -> str:
    """The consonant classes of `text` transliterated, repeats collapsed ("Lavrov", "라브로프" -> "lblb")."""
    latin = _latin(text)
    for digraph, plain in _DIGRAPHS:
        latin = latin.replace(digraph, plain)
    letters = [char for char in latin.translate(_CLASSES) if char.isalpha()]
    return "".join(char for k, char in enumerate(letters) if k == 0 or char != letters[k - 1])
