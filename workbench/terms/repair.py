"""Repair candidates for terminology violations: which span to replace, and with what form.

The span that renders a source term wrongly is found by, in order: a listed deprecated form, the
source form left in Latin letters, or (for unlisted variants) the most similar stretch of the target
(transliteration similarity). The glossary term is inflected to the case of the replaced span
(Russian) or gets the particle corrected for its last syllable (Korean).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, permutations

import numpy
from rapidfuzz import fuzz, process

from glossary.model import Term
from workbench.terms import ru_gender
from workbench.terms.korean import is_particle_tail
from workbench.terms.findings import DEPRECATED, OK, PARTICLE, Change, PairReport
from workbench.terms.qa import TermQA
from workbench.terms.ru_forms import term_key

try:
    from workbench.terms import _similar
except ImportError:  # not compiled (no C compiler at install): rapidfuzz searches instead (_searched)
    _similar = None

SIMILARITY_THRESHOLD = 62.0
SIZE_PENALTY = 8.0
MAX_CANDIDATES = 12
_RU_WORD = re.compile(r"[^\W\d_]+(?:-[^\W_]+)*")  # Хвасон-18 is one word
_KO_WORD = re.compile(r"\S+")
_QUOTES = "«»\"“”„'‘’"


@dataclass(frozen=True)
class Candidate:
    """A repaired target: `fixed` entries repaired, `prior` a preference among equal repairs."""

    text: str
    changes: tuple = ()
    fixed: int = 0
    prior: float = 0.0


def candidates(qa: TermQA, source: str, target: str, report: PairReport) -> list[Candidate]:
    """Repairs of `target`, one violated entry after another (a small beam over alternatives)."""
    beam = [Candidate(target)]
    for entry_id in _violated_ids(report):
        grown: list[Candidate] = []
        for candidate in beam:
            options = _options(qa, source, candidate.text, entry_id)
            grown.extend(_extend(candidate, option) for option in options)
            if not options:
                grown.append(candidate)
        beam = sorted(grown, key=lambda c: (-c.fixed, -c.prior))[:MAX_CANDIDATES]
    return [c for c in beam if c.changes]


def _violated_ids(report: PairReport) -> list[str]:
    """An entry id per violation (an entry wrong twice is repaired twice), in the order of the source."""
    return [t.id for t in report.violations]


def _extend(candidate: Candidate, option: tuple[str, tuple, float]) -> Candidate:
    text, changes, prior = option
    return Candidate(text, candidate.changes + changes, candidate.fixed + 1, candidate.prior + prior)


def _options(qa: TermQA, source: str, text: str, entry_id: str) -> list[tuple[str, object, float]]:
    report = qa.terms_only(source, text)  # the other checks don't steer a repair
    check = next((t for t in report.terms if t.id == entry_id and t.status != OK), None)
    if check is None:
        return []
    site = _Site(qa, source, report, check)
    if check.status == PARTICLE:
        return [_refit(qa, text, check)]
    if check.span is not None:
        method = "deprecated-form" if check.status == DEPRECATED else "latin-leftover"
        return _replacements(site, text, check.span.start, check.span.end, method, base=check.span.term)
    sibling = _sibling_span(qa, text, entry_id, report)
    if sibling is not None:
        return _replacements(site, text, sibling[0], sibling[1], "sibling-locale", 1.0)
    span = _similar_span(qa, source, text, site.term, report, entry_id, (check.start, check.end))
    if span is None:
        return []
    return _replacements(site, text, span[0], span[1], "similar-span", span[2] / 100)


def _refit(qa: TermQA, text: str, check) -> tuple[str, object, float]:
    """The term's own particle fitted to its last syllable (김정은가 -> 김정은이)."""
    end = check.span.end
    suffix = qa.rules.attached_suffix(text, end)
    fitted = check.expected[len(check.span.text):]
    new = text[:end] + fitted + text[end + len(suffix):]
    return new, (Change(check.id, check.found, check.expected, "particle"),), 1.0


@dataclass(frozen=True)
class _Site:
    """What a repair of one violation needs besides the text: the pair, its verdicts, the violated check."""

    qa: TermQA
    source: str
    report: PairReport
    check: object

    @property
    def term(self) -> Term:
        return self.qa.locale_terms(self.check.id).preferred


def _sibling_span(qa: TermQA, text: str, entry_id: str, report: PairReport) -> tuple[int, int] | None:
    """The entry rendered the way a sibling locale writes it (ko 크렘린궁 in a ko-KP target, or back)."""
    entry = qa.glossary.get(entry_id)
    language = qa.locale.split("-")[0].lower()
    own = {t.text for t in qa.locale_terms(entry_id).accepted}
    taken = _taken(report)
    for tag, terms in entry.targets.items():
        if tag.split("-")[0].lower() != language or tag == qa.locale:
            continue
        for term in terms.accepted:
            if term.text in own:
                continue
            for occ in qa.rules.find_term(text, term):
                if not any(occ.start < s.end and s.start < occ.end for s in taken):
                    return occ.start, occ.end
    return None


def _taken(report: PairReport) -> list:
    return [t.span for t in report.terms if t.status == OK and t.span is not None]


def _replacements(site: _Site, text: str, start: int, end: int, method: str, bonus: float = 0.0,
                  base: str | None = None) -> list[tuple[str, object, float]]:
    """Texts with [start, end) replaced by the entry's preferred term; `base` is the dictionary form of the
    replaced span when known (a listed deprecated form), so its grammatical case can be read off the span.
    A replacement that would put a word twice side by side is not offered (do no harm)."""
    options = []
    start, end = site.qa.rules.absorb(text, start, end, site.term)
    start, end = _quoted_span(text, start, end, site.term.text)
    for rank, (new_text, piece, agreed, note) in enumerate(_rendered(site, text, start, end, base)):
        if doubled(site.qa.locale, text, new_text):
            continue
        changes = (Change(site.check.id, text[start:end], piece.strip(), method, note),)
        if agreed:  # the verb after the new subject now agrees with it
            changes += (Change(site.check.id, agreed[0], agreed[1], "agreement"),)
        options.append((new_text, changes, bonus - rank * 0.01))
    return options


def _quoted_span(text: str, start: int, end: int, term: str) -> tuple[int, int]:
    """A quoted term («Нодон синмун») replaces the quotes around the span too: never ««...»»."""
    if term[:1] in _QUOTES and term[-1:] in _QUOTES and text[start - 1:start] in _QUOTES \
            and text[end:end + 1] in _QUOTES and start > 0 and end < len(text):
        return start - 1, end + 1
    return start, end


def _rendered(site: _Site, text: str, start: int, end: int, base: str | None) -> list[tuple]:
    """(new text, the term as written into it, (verb before, verb after) when a verb was made to agree, a
    note for the translator or None)."""
    rules, term = site.qa.rules, site.term
    occurrence = _occurrence(rules, text, start, end, base)
    if not rules.INFLECTS:
        new = rules.replace_with(text, occurrence, term)
        return [(new, new[start:len(new) - (len(text) - end)], None, None)]
    occurrence = rules.read_span(occurrence, term)
    declined = _declined(site, text, occurrence)
    # No evidence either way: undeclined (right for a woman), with a note saying what a man's name would
    # be. A model's score does not decide it: a name is declined only when that is certain.
    choices = (False,) if declined is None else (declined,)
    out: dict[str, tuple] = {}
    for case in _cases(site, text, occurrence)[:3]:
        for choice in choices:
            piece = _sentence_case(text, start, rules.inflect(term, case, occurrence.number, choice))
            declined_form = rules.inflect(term, case, occurrence.number, True)
            note = (f"written undeclined: nothing in the segment says whether this is a man (a man's name "
                    f"would be {declined_form!r})") if declined is None and not choice and declined_form != piece else None
            rest = text[_absorb_tail(text, end, piece):]
            new = text[:start] + piece + rest
            agreed = None
            if case == "nomn":  # a new subject: the verb right after it agrees with it
                fixed = rules.agree_after(new, start + len(piece), term, text[start:end])
                if fixed != new:
                    verb = rules.changed_word(new, fixed, start + len(piece))
                    new, agreed = fixed, verb
            out.setdefault(new, (new, piece, agreed, note))
    return list(out.values())


def _cases(site: _Site, text: str, occurrence) -> list[str]:
    """The cases to try, best first: the target's context (russian.case_candidates), with the dative first
    where the source says "to" before the term and no Russian preposition governs it (handed a letter to
    Kim Jong Un: передал письмо Ким Чен Ыну)."""
    cases = site.qa.rules.case_candidates(text, occurrence, site.qa.rules.is_person(site.term))
    before = re.findall(r"[A-Za-z]+", site.source[max(0, site.check.start - 20):site.check.start])
    if before and before[-1].lower() == "to" and "datv" in cases and not site.qa.rules.after_preposition(
            text, occurrence.start):
        cases = ["datv"] + [case for case in cases if case != "datv"]
    return cases


def _declined(site: _Site, text: str, occurrence) -> bool | None:
    """Whether a term whose paradigm is a guess declines here: any name that is not a person's always (its
    nominative is its form where none is governed: в Йонбёне); a person's name when the glossary's note or
    the segment says the person is a man (ru_gender), not when it says a woman, None when nothing says or
    the two disagree."""
    rules = site.qa.rules
    if not rules.is_gendered(site.term):
        return True
    if rules.declined_span(occurrence, site.term):
        return True  # the MT declined the wrong rendering itself: a man's name
    others = [(c.start, c.end, _known_gender(site.qa, c.id)) for c in site.report.terms
              if c.id != site.check.id and _is_person(site.qa, c.id)]
    forms = rules.declined_forms(site.term)
    found = ru_gender.gender(site.source, text, (occurrence.start, occurrence.end),
                             (site.check.start, site.check.end), forms, others)
    sex = ru_gender.combined(_stated_gender(site.qa, site.check.id), found)
    return None if sex is None else sex == "masc"


def _is_person(qa: TermQA, entry_id: str) -> bool:
    terms = qa.locale_terms(entry_id)
    return terms is not None and qa.rules.is_person(terms.preferred)


def _known_gender(qa: TermQA, entry_id: str) -> str | None:
    return qa.rules.person_gender(qa.locale_terms(entry_id).preferred) or _stated_gender(qa, entry_id)


def _stated_gender(qa: TermQA, entry_id: str) -> str | None:
    """The sex the entry's notes state (its own note and the locale's), see ru_gender.declared."""
    return ru_gender.declared((qa.glossary.get(entry_id).note, qa.locale_terms(entry_id).note))


def doubled(locale: str, before: str, after: str) -> bool:
    """The repair put a word near another form of itself that was not there before ("космодром Восточный
    космодром", "министр иностранных дел делам"): a word of the wrong rendering was left dangling."""
    from workbench.terms.lang import rules_for

    keys = rules_for(locale).word_keys
    return _near_repeats(keys(after)) > _near_repeats(keys(before))


def _near_repeats(keys: list[str], reach: int = 2) -> int:
    return sum(1 for i, key in enumerate(keys) for other in keys[i + 1:i + 1 + reach] if key and key == other)


def _absorb_tail(text: str, end: int, form: str) -> int:
    """Where the replacement should stop: past words right after the span that the new form already ends
    with ("президентом Государственных дел КНДР" -> "Председателем Государственных дел КНДР", not "... КНДР КНДР")."""
    words = form.split()
    following = list(re.finditer(r"\S+", text[end:end + 200]))
    for k in range(min(len(words) - 1, len(following)), 0, -1):
        if [m.group().lower() for m in following[:k]] == [w.lower() for w in words[-k:]]:
            return end + following[k - 1].end()
    return end


def _occurrence(rules, text: str, start: int, end: int, base: str | None):
    for occ in _find_all(rules, text, base) if base else ():
        if occ.start == start and occ.end == end:
            return occ
    return rules.Occurrence(start, end, text[start:end], None, None)


def _find_all(rules, text: str, needle: str):
    try:
        return rules.find_text(text, needle)
    except Exception:  # noqa: BLE001 - a span the rules cannot parse is simply not re-found
        return []


def _sentence_case(text: str, start: int, form: str) -> str:
    before = text[:start].rstrip()
    if (not before or before[-1] in ".!?\"«“") and form[:1].islower():
        return form[:1].upper() + form[1:]
    return form


def _similar_span(qa: TermQA, source: str, text: str, term: Term, report: PairReport,
                  entry_id: str, hit: tuple[int, int]) -> tuple[int, int, float] | None:
    """The stretch of `text` most similar to the term (an unlisted wrong variant), if similar enough.

    Every window of words (the term's own count, one fewer, one more; Korean words also without their
    particle) is compared with every form of the term (fuzz.ratio); the first best wins. The compiled
    search (_similar) and the rapidfuzz one below give the same answer; the tests hold them equal.
    """
    korean = not qa.rules.INFLECTS
    forms = _comparison_forms(qa, term, korean)
    # Do no harm: a window never overlaps a correct rendering of any entry or a word that cannot belong
    # to a name (a verb, a conjunction); a preposition only inside a window, and only when no window
    # without one will do (председатель по государственным делам).
    taken = [(span.start, span.end) for span in _taken(report)] + qa.rules.barred_words(text)
    prepositions = qa.rules.prepositions(text, term)
    found = _best_window(text, term, korean, taken + prepositions, forms)
    if found is None and prepositions and len(term.text.split()) > 1:  # a one-word term's window has no inside
        found = _best_window(text, term, korean, taken, forms)
    if found is None:
        return None
    start, end = qa.rules.trim_span(text, found[0], found[1], term)
    start, end = qa.rules.whole_span(text, start, end, term, taken)
    start = _modifier_start(qa, source, text, start, entry_id, taken)
    if start >= end or qa.names_another_entry(text[start:end], entry_id, source) \
            or qa.renders_another_name(text[start:end], source, hit):
        return None  # another person's or body's name is never overwritten
    return start, end, found[2]


def _modifier_start(qa: TermQA, source: str, text: str, start: int, entry_id: str,
                    taken: list[tuple[int, int]]) -> int:
    """Where the wrong rendering really starts: a word right before the span, joined to it (a bare noun in
    Korean), that is another entry's term the source does not name belongs to it (북한 인민군 for Korean
    People's Army: 북한 renders nothing of the source on its own)."""
    before = re.search(r"(\S+)\s+$", text[:start])
    if before is None or any(a < before.end(1) and before.start(1) < b for a, b in taken):
        return start
    word = before.group(1)
    if qa.rules.bare(word) and qa.names_unnamed_entry(word, entry_id, source):
        return before.start(1)
    return start


def _best_window(text: str, term: Term, korean: bool, taken: list[tuple[int, int]],
                 forms: list[str]) -> tuple[int, int, float] | None:
    size = len(term.text.split())
    if _similar is None:
        return _searched(text, size, korean, taken, forms)
    spans, comparable, at, tails = _prepared(text, korean)
    return _similar.best_window(text, comparable, at, spans, tails, _sizes(size), size, taken, forms,
                                SIMILARITY_THRESHOLD, SIZE_PENALTY)


def _searched(text: str, size: int, korean: bool, taken: list[tuple[int, int]],
              forms: list[str]) -> tuple[int, int, float] | None:
    """_similar_span by rapidfuzz cdist over the windows (where _similar is not compiled)."""
    starts, ends, texts, words = _windows(text, size, korean)
    free = numpy.ones(len(texts), dtype=bool)
    for start, end in taken:  # windows overlapping a span another entry rendered correctly are out
        free &= (starts >= end) | (ends <= start)
    keep = numpy.flatnonzero(free)
    if not len(keep):
        return None
    # A window with the term's own number of words is preferred: "Чхве Сон Хуй", not "Сон Хуй".
    scores = process.cdist([texts[i] for i in keep], forms, scorer=fuzz.ratio, dtype=numpy.float64).max(axis=1)
    scores -= SIZE_PENALTY * numpy.abs(words[keep] - size)
    best = int(scores.argmax())  # the first of equal scores, as the windows come
    if scores[best] < SIMILARITY_THRESHOLD:
        return None
    return int(starts[keep[best]]), int(ends[keep[best]]), float(scores[best])


def _sizes(words: int) -> list[int]:
    """The window sizes searched, in the order both searches take them."""
    return list({max(1, words - 1), words, words + 1})


_HANGUL = re.compile("[\uac00-\ud7a3]+")


def _comparable(text: str) -> str:
    """Lower case, ё as е, Hangul syllables split into jamo (김종운 ~ 김정은 differ in two jamo, not two
    syllables); other letters stay whole (й is one letter, not и and a breve)."""
    lowered = text.lower().replace("ё", "е")
    return _HANGUL.sub(lambda m: unicodedata.normalize("NFD", m.group()), lowered)


_FORMS_MEMO: dict = {}


def _comparison_forms(qa: TermQA, term: Term, korean: bool) -> list[str]:
    """The term's forms as _comparable text (Russian: every case, and its words in any order: an MT often
    turns "космодром Восточный" into "Восточный космодром"), remembered per term."""
    key = (qa.locale, term_key(term))  # all that inflection reads
    forms = _FORMS_MEMO.get(key)
    if forms is None:
        if len(_FORMS_MEMO) > 8192:
            _FORMS_MEMO.clear()
        texts = [term.text] if korean else _all_forms(qa, term)
        # the quotes around a name are not compared: the windows are words («Хуасон-18» is Хуасон-18)
        forms = _FORMS_MEMO[key] = list(dict.fromkeys(_comparable(f.strip(_QUOTES)) for f in texts))
    return forms


def _all_forms(qa: TermQA, term: Term) -> list[str]:
    forms = {term.text}
    for case in ("gent", "datv", "accs", "ablt", "loct"):
        forms.add(qa.rules.inflect(term, case, declined=True))
    if not qa.rules.is_person(term):  # a name's words keep their order; a title's may not
        words = [form.split() for form in forms]
        forms |= {" ".join(order) for w in words if 1 < len(w) <= 4 for order in permutations(w)}
    return sorted(forms)


class _Pieces(dict):
    """Character -> its _comparable text, filled on first sight (one entry per distinct character seen:
    a few thousand in practice, the size of Unicode at the very worst)."""

    __slots__ = ()

    def __missing__(self, char: str) -> str:
        piece = self[char] = _comparable(char)
        return piece


_PIECE = _Pieces().__getitem__


@lru_cache(maxsize=256)  # a segment's repairs search the same few texts; long segments make big entries
def _prepared(text: str, korean: bool) -> tuple[list[tuple[int, int]], str, list[int] | None, list | None]:
    """What both searches build windows from: the words' spans, the comparable text, each text offset's
    place in it (None when the lengths agree) and (Korean) each word's droppable tails (see _cuts)."""
    spans = [m.span() for m in (_KO_WORD if korean else _RU_WORD).finditer(text)]
    # _comparable works character by character: one pass over the text, then each window is a slice
    pieces = list(map(_PIECE, text))
    comparable = "".join(pieces)
    at = list(accumulate(map(len, pieces), initial=0)) if len(comparable) != len(text) else None
    # Korean: a word may also be compared without its particle or ending (최순희가 offers 최순희 and
    # 최순희가 itself): the tails each word may drop, found once per word
    tails = [_cuts(text[max(0, end - 4):end]) for _, end in spans] if korean else None
    return spans, comparable, at, tails


@lru_cache(maxsize=256)
def _windows(text: str, words: int, korean: bool) -> tuple[numpy.ndarray, numpy.ndarray, list[str], numpy.ndarray]:
    """Starts, ends, comparable texts and word counts of the windows; a repair searches one text often.

    Windows come by size, then start, then (Korean) tail cut: _similar_span keeps the first of equal scores."""
    spans, comparable, at, tails = _prepared(text, korean)
    starts: list[int] = []
    stops: list[int] = []
    for size in _sizes(words):
        firsts = [start for start, _ in spans[:max(0, len(spans) - size + 1)]]
        lasts = [end for _, end in spans[size - 1:]]
        if tails is None:
            starts += firsts
            stops += lasts
            continue
        for start, end, cuts in zip(firsts, lasts, tails[size - 1:]):
            for cut in cuts:
                if cut < end - start:
                    starts.append(start)
                    stops.append(end - cut)
    slices = list(map(slice, starts, stops))
    texts = list(map(comparable.__getitem__, slices if at is None else
                     map(slice, map(at.__getitem__, starts), map(at.__getitem__, stops))))
    counts = list(map(len, map(str.split, map(text.__getitem__, slices))))
    return (numpy.array(starts, dtype=int), numpy.array(stops, dtype=int), texts,
            numpy.array(counts, dtype=int))


@lru_cache(maxsize=65536)
def _cuts(tail: str) -> tuple[int, ...]:
    """How many of the last characters of a word ending in `tail` (its last four, or all of a shorter
    text) may be dropped as particles: 0 always, up to 4 (a cut past the word's start is no window)."""
    return tuple(cut for cut in range(len(tail) + 1) if is_particle_tail(tail[len(tail) - cut:]))
