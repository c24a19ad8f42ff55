"""Terminology QA of a segment pair: does the target render each source hit with an accepted term?

For every glossary hit in the source, the target is searched for the entry's preferred and admitted
terms in any grammatical form (Russian cases, Korean particles). Target spans are shared out so that
a shorter term cannot be "found" inside a longer term of another entry (조선 inside 조선중앙통신).
Statuses: ok, missing, deprecated (a known wrong rendering was used), untranslated (the source form
was left in Latin letters), particle (Korean: the term with a particle that does not fit its last
syllable, 김정은가). A term named N times in the source needs N renderings, and a wrong
rendering anywhere in the target is a violation even beside a correct one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from types import ModuleType

from anyascii import anyascii
from rapidfuzz import fuzz

from glossary.matcher import Hit, Matcher
from glossary.model import Entry, Glossary, LocaleTerms, Term
from workbench.terms import checks
from workbench.terms.findings import (DEPRECATED, MISSING, OK, PARTICLE, UNTRANSLATED, Issue, PairReport, Span,
                                      TermCheck)
from workbench.terms.lang import rules_for

# Enforcement checks the same source, and the same (source, target) pairs, several times (each hypothesis,
# then each repair): hits, verdicts and reports are remembered for the last few thousand of them.
REMEMBERED = 4096


class TermQA:
    """QA for one glossary and one target locale; build once, call check() per pair."""

    def __init__(self, glossary: Glossary, locale: str, matcher: Matcher | None = None) -> None:
        self.glossary = glossary
        self.locale = locale
        self.matcher = matcher or Matcher(glossary)
        self.rules: ModuleType = rules_for(locale)
        self._locale_terms: dict[str, LocaleTerms | None] = {}
        self._wrong_contains_right: dict[str, bool] = {}
        self._hits: dict[str, list[Hit]] = {}
        self._verdicts_of: dict[tuple[str, str], tuple[TermCheck, ...]] = {}
        self._reports: dict[tuple[str, str], PairReport] = {}

    def check(self, source: str, target: str) -> PairReport:
        """Term verdicts and the other checks (numbers, dates, script) of one segment pair."""
        key = (source, target)
        report = self._reports.get(key)
        if report is None:
            terms = self.verdicts(source, target)
            issues = [*self._agreement(terms, target), *self._quoted_notes(source, target),
                      *checks.run_all(source, target, self.locale)]
            report = _remember(self._reports, key, PairReport(source, target, terms, tuple(issues)))
        return report

    def _agreement(self, terms: tuple[TermCheck, ...], target: str) -> list[Issue]:
        """Grammar around a correct term: a verb right after a subject term that does not agree with it
        (Верховное народное собрание собралась), a name in another case than its title (Президент Путина)."""
        out = []
        for check in terms:
            if check.status == OK and check.span is not None:
                term, span = self.locale_terms(check.id).preferred, check.span
                verb = self.rules.disagreement(target, span.start, span.end, term)
                if verb:
                    out.append(Issue("agreement", f"{verb!r} does not agree with {span.text!r}"))
                title = self.rules.case_clash(target, span.start, span.end, term)
                if title:
                    out.append(Issue("case", f"{span.text!r} is not in the case of {title!r} before it"))
        return out

    def _quoted_notes(self, source: str, target: str) -> list[Issue]:
        """Deprecated forms inside quotation marks, where the target quotes a source verbatim (Korean copy
        quoting KCNA: "로씨야(러시아)의 영광"): information, not a violation."""
        out = []
        for entry_id in dict.fromkeys(hit.entry_id for hit in self.hits(source)):
            terms = self.locale_terms(entry_id)
            for form in terms.deprecated if terms else ():
                for occ in self.rules.find_text(target, form):
                    if self.rules.quoted(target, occ.start, occ.end):
                        out.append(Issue("quoted", f"{entry_id}: {occ.text!r} inside a quotation; "
                                                   f"outside one write {terms.preferred.text!r}", "info"))
        return out

    def verdicts(self, source: str, target: str) -> tuple[TermCheck, ...]:
        """check_hits for the hits of `source` (remembered)."""
        key = (source, target)
        found = self._verdicts_of.get(key)
        if found is None:
            found = _remember(self._verdicts_of, key, tuple(self.check_hits(self.hits(source), target)))
        return found

    def hits(self, source: str) -> list[Hit]:
        """The glossary hits of `source`, remembered for the few calls that follow on the same source
        (enforcement checks several hypotheses and repairs of one segment)."""
        found = self._hits.get(source)
        if found is None:
            found = _remember(self._hits, source, self.matcher.find(source))
        return found

    def may_pass(self, source: str, target: str) -> bool:
        """False when some entry hit in `source` certainly has no accepted rendering in `target` (the
        rules' quick `may_contain` test); True when every one may have one."""
        for hit in self.hits(source):
            terms = self.locale_terms(hit.entry_id)
            if terms is not None and not any(self.rules.may_contain(target, term) for term in terms.accepted):
                return False
        return True

    def terms_only(self, source: str, target: str) -> PairReport:
        """A PairReport with the term verdicts alone (no other checks): what a repair is steered by."""
        return PairReport(source, target, self.verdicts(source, target), ())

    def term_violations(self, source: str, target: str) -> list[TermCheck]:
        """Only the terminology verdicts that are not ok (no other checks): the fast test for a candidate."""
        return [t for t in self.verdicts(source, target) if t.status != OK]

    def check_hits(self, hits: list[Hit], target: str) -> list[TermCheck]:
        """Verdicts for `hits` (source order): each hit needs a rendering of its own (see _verdicts)."""
        by_entry: dict[str, list[Hit]] = defaultdict(list)
        for hit in hits:
            if self.locale_terms(hit.entry_id) is not None:
                by_entry[hit.entry_id].append(hit)
        accepted = _share_out({eid: self._accepted_spans(eid, target) for eid in by_entry})
        claimed = [span for spans in accepted.values() for span in spans]
        checks_out = []
        for entry_id, entry_hits in by_entry.items():
            checks_out.extend(self._verdicts(entry_id, entry_hits, target, accepted[entry_id], claimed))
        return sorted(checks_out, key=lambda c: c.start)

    def locale_terms(self, entry_id: str) -> LocaleTerms | None:
        """What the locale requires of the entry (None: the entry has no term for it), remembered."""
        try:
            return self._locale_terms[entry_id]
        except KeyError:
            found = self._locale_terms[entry_id] = self._resolve_terms(entry_id)
            return found

    def names_another_entry(self, text: str, entry_id: str, source: str) -> bool:
        """Whether `text` (a span of a target) is, in some form, wholly a term (accepted or deprecated) of
        an entry other than `entry_id` that `source` may name (its source form, or a word of a proper
        name's source form, is there: "Xi" for Xi Jinping): then the span renders that, not this."""
        return any(_may_name(self.glossary.get(other), source) for other in self._entries_named(text, entry_id))

    def renders_another_name(self, text: str, source: str, hit: tuple[int, int]) -> bool:
        """Whether `text` (a span of the target) reads, in Latin letters, more like another capitalised name
        of `source` than like the hit at `hit` (알렉산드르 루카셴코 for "Alexander Lukashenko", not for
        "Alexander Matsegora"): then it renders that name and is no wrong rendering of the hit."""
        spelled = _spelled(text)
        own = fuzz.ratio(spelled, _spelled(source[hit[0]:hit[1]]))
        for run in _NAME_RUN.finditer(source):
            if run.end() <= hit[0] or run.start() >= hit[1]:
                words = run.group().split()  # a title before the name is part of the run: try it without
                parts = (" ".join(words[i:]) for i in range(len(words)))  # Belarusian President | Alexander ...
                if max(fuzz.ratio(spelled, _spelled(part)) for part in parts) > max(own + MARGIN, 50):
                    return True
        return False

    def names_unnamed_entry(self, text: str, entry_id: str, source: str) -> bool:
        """Whether `text` is wholly a term of another entry that `source` does not name: then it renders
        nothing of the source on its own (북한 in 북한 인민군 for "Korean People's Army")."""
        named = self._entries_named(text, entry_id)
        return bool(named) and not any(_may_name(self.glossary.get(other), source) for other in named)

    def _entries_named(self, text: str, entry_id: str) -> list[str]:
        """The entries other than `entry_id` of which `text` is wholly a term, in some form."""
        out = []
        for other in self._entries_starting_like(text):
            terms = self.locale_terms(other)
            if other == entry_id or terms is None or other in out:
                continue
            for form in [*(t.text for t in terms.accepted), *terms.deprecated]:
                if any(occ.start == 0 and occ.end >= len(text.rstrip()) - self.rules.TAIL_SLACK
                       for occ in self.rules.find_text(text, form)):
                    out.append(other)
                    break
        return out

    def _entries_starting_like(self, text: str) -> list[str]:
        index = self.__dict__.get("_first_words")
        if index is None:
            index = self._first_words = defaultdict(list)
            for entry in self.glossary.entries:
                terms = self.locale_terms(entry.id)
                for form in [*(t.text for t in terms.accepted), *terms.deprecated] if terms else ():
                    index[_stem_key(form)].append(entry.id)
        return index.get(_stem_key(text), [])

    def _resolve_terms(self, entry_id: str) -> LocaleTerms | None:
        entry = self.glossary.get(entry_id)
        if entry is None:
            return None
        if entry.do_not_translate:
            return LocaleTerms(preferred=Term(entry.source))
        return entry.for_locale(self.locale)

    def _accepted_spans(self, entry_id: str, target: str) -> list[Span]:
        terms = self.locale_terms(entry_id)
        strict = self.glossary.get(entry_id).match.target_case
        spans = []
        for term in terms.accepted:
            for occ in self.rules.find_term(target, term):
                if not strict or self.rules.same_case(occ.text, term):
                    spans.append(Span(occ.start, occ.end, occ.text, "accepted", term.text))
        if spans and self._deprecated_contains_accepted(entry_id):
            # 한국노동당 (deprecated) contains 노동당 (admitted): the longer, wrong form wins.
            wrong = [occ for form in terms.deprecated for occ in self.rules.find_text(target, form)]
            spans = [s for s in spans if not any(w.start <= s.start and s.end <= w.end and
                                                 w.end - w.start > s.end - s.start for w in wrong)]
        return spans

    def _deprecated_contains_accepted(self, entry_id: str) -> bool:
        found = self._wrong_contains_right.get(entry_id)
        if found is None:
            terms = self.locale_terms(entry_id)
            accepted = [t.text.lower().replace("ё", "е") for t in terms.accepted]
            found = any(a in d.lower().replace("ё", "е") for d in terms.deprecated for a in accepted)
            self._wrong_contains_right[entry_id] = found
        return found

    def _verdicts(self, entry_id: str, hits: list[Hit], target: str, accepted: list[Span],
                  claimed: list[Span]) -> list[TermCheck]:
        """One verdict per hit: each accepted rendering satisfies one hit, the hits left over take the wrong
        renderings (deprecated forms, Latin leftovers) one each, then `missing`. A wrong rendering left over
        after every hit is satisfied is a violation too (a deprecated form beside the preferred one)."""
        terms = self.locale_terms(entry_id)
        wrong = self._wrong_renderings(entry_id, hits, target, claimed)
        if accepted:  # 대륙간탄도미사일(ICBM): an acronym kept beside the term is a gloss, not a leftover
            glosses = [span for span in wrong if span.kind == UNTRANSLATED and _acronym(span.text)
                       and (_beside(span, accepted, target) or _spelt_out(hits))]
            accepted = sorted([*accepted, *glosses], key=lambda span: span.start)
            wrong = [span for span in wrong if span not in glosses]
        wrong = iter(wrong)
        out = []
        for k, hit in enumerate(hits):
            span = accepted[k] if k < len(accepted) else next(wrong, None)
            status = OK if k < len(accepted) else (span.kind if span else MISSING)
            found, expected = (span.text if span else None), terms.preferred.text
            fitted = self.rules.misfit(target, span) if status == OK and span.kind == "accepted" else None
            if fitted is not None:  # 김정은가: the term, with a particle that does not fit it
                status, found = PARTICLE, target[span.start:span.end + len(self.rules.attached_suffix(target, span.end))]
                expected = span.text + fitted
            out.append(TermCheck(entry_id, hit.source_form, hit.matched, hit.start, hit.end, status,
                                 found, expected, span))
        last = hits[-1]
        for span in wrong:
            out.append(TermCheck(entry_id, last.source_form, last.matched, last.start, last.end, span.kind,
                                 span.text, terms.preferred.text, span))
        return out

    def _wrong_renderings(self, entry_id: str, hits: list[Hit], target: str, claimed: list[Span]) -> list[Span]:
        """Every deprecated form and Latin leftover of the entry in `target`, left to right, that no accepted
        rendering (of this or another entry) covers."""
        terms = self.locale_terms(entry_id)
        found: list[Span] = []
        for form in terms.deprecated:
            for occ in self.rules.find_text(target, form):
                if self.rules.quoted(target, occ.start, occ.end):
                    continue  # a source quoted verbatim: reported as information (see _quoted_notes)
                if not _overlaps_any(occ.start, occ.end, claimed + found):
                    found.append(Span(occ.start, occ.end, occ.text, DEPRECATED, form))
        entry = self.glossary.get(entry_id)
        forms = _latin_forms(entry, hits)
        for form in forms:
            partial = form not in entry.sources and form not in (hit.matched for hit in hits)
            for match in _latin_pattern(form).finditer(target):
                if partial and _latin_run(target, match) != match.span():
                    continue  # a word of a longer Latin name (Kim of Kim Tok Hun) is that name's
                if not _overlaps_any(match.start(), match.end(), claimed + found):
                    found.append(Span(match.start(), match.end(), match.group(), UNTRANSLATED, form))
        return sorted(found, key=lambda span: span.start)


# Words common to many official names: alone they say nothing about which name a text means.
_GENERIC_NAME_WORDS = frozenset("""north south korea korean republic democratic people's people state national
central party workers' workers army russian russia federation united nations foreign ministry minister president
council committee assembly supreme agency news the of and for""".split())
_EN_WORD = re.compile(r"[A-Za-z][\w'-]*")


def _may_name(entry: Entry, source: str) -> bool:
    """Whether `source` may name `entry`: one of its source forms is there, or (a proper name of two to
    four capitalised words) one of its distinctive words is."""
    lowered = source.lower()
    for form in entry.sources:
        if form.lower() in lowered:
            return True
        words = _EN_WORD.findall(form)
        if 2 <= len(words) <= 4 and all(w[0].isupper() for w in words):
            if any(len(w) > 1 and w.lower() not in _GENERIC_NAME_WORDS and re.search(rf"\b{re.escape(w)}\b", source)
                   for w in words):
                return True
    return False


def _beside(span: Span, others: list[Span], target: str) -> bool:
    """Only brackets, a dash or spaces between `span` and one of `others` (대륙간탄도미사일(ICBM))."""
    return any(re.fullmatch(r"[\s()\[\]\-–—,]*", target[min(span.end, o.end):max(span.start, o.start)])
               for o in others)


def _spelt_out(hits: list[Hit]) -> bool:
    """The source names the entry by its acronym and by a longer form too ("The DPRK stands for the
    Democratic People's Republic of Korea"): the acronym itself is what the sentence is about."""
    return any(_acronym(h.matched) for h in hits) and any(not _acronym(h.matched) for h in hits)


_NAME_RUN = re.compile(r"[A-Z][\w'’]*(?:[\s\-]+[A-Z][\w'’]*)*")
# How much closer (fuzz.ratio) a span must read to another name of the source than to the hit to be that
# name's rendering: Ким Ё Чжон reads 61 like Kim Yo Jong, 52 like Kim Jong Un.
MARGIN = 5


def _spelled(text: str) -> str:
    """Any script in plain Latin letters, lower-case, spaces kept (루카셴코 -> lukasyenko, Цой -> tsoy)."""
    return re.sub(r"[^a-z ]", "", anyascii(text).lower())


def _acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= 6 and all(c.isupper() for c in letters)


def _stem_key(text: str) -> str:
    """The first three letters of a text's first word, lower-case, ё as е: what every form of it shares
    (Пак Тхэ Сона, 루카셴코가)."""
    first = text.split(None, 1)[0] if text.strip() else ""
    return first.lower().replace("ё", "е")[:3]


def _remember(cache: dict, key, value):
    if len(cache) >= REMEMBERED:
        cache.clear()
    cache[key] = value
    return value


def _share_out(spans_by_entry: dict[str, list[Span]]) -> dict[str, list[Span]]:
    """Longest spans first; a span inside another entry's longer span is dropped (identical spans are shared)."""
    ranked = sorted(((span, eid) for eid, spans in spans_by_entry.items() for span in spans),
                    key=lambda pair: (-(pair[0].end - pair[0].start), pair[0].start))
    kept: dict[str, list[Span]] = {eid: [] for eid in spans_by_entry}
    taken: list[tuple[Span, str]] = []
    for span, eid in ranked:
        clash = any(_overlap(span, other) and (other.start, other.end) != (span.start, span.end) and other_eid != eid
                    for other, other_eid in taken)
        if clash or any(s.start == span.start and s.end == span.end for s in kept[eid]):
            continue
        taken.append((span, eid))
        kept[eid].append(span)
    for spans in kept.values():
        spans.sort(key=lambda s: s.start)
    return kept


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _overlaps_any(start: int, end: int, spans: list[Span]) -> bool:
    return any(start < span.end and span.start < end for span in spans)


def _latin_forms(entry: Entry, hits: list[Hit]) -> list[str]:
    """The source forms to look for in Latin letters, longest first, then the distinctive words of the
    multiword ones (космодром Vostochny, Tumen강: a name's own word left untranslated)."""
    return _latin_forms_of(entry.sources, tuple(hit.matched for hit in hits))


@lru_cache(maxsize=8192)
def _latin_forms_of(sources: tuple[str, ...], matched: tuple[str, ...]) -> tuple[str, ...]:
    forms = sorted(set(matched + sources), key=len, reverse=True)
    words = [w for form in forms for w in _EN_WORD.findall(form)
             if len(_EN_WORD.findall(form)) > 1 and w[0].isupper() and len(w) > 2
             and w.lower() not in _GENERIC_NAME_WORDS]
    return tuple(forms + sorted(set(words) - set(forms), key=len, reverse=True))


_LATIN_RUN = re.compile(r"[A-Za-z][\w'’]*(?:[\s\-]+[A-Za-z][\w'’]*)*")


def _latin_run(target: str, match: re.Match) -> tuple[int, int]:
    """The span of the run of Latin words (spaces and hyphens between) that holds `match`."""
    for run in _LATIN_RUN.finditer(target, max(0, match.start() - 80), match.end() + 80):
        if run.start() <= match.start() < run.end():
            return run.span()
    return match.span()


_LATIN_CACHE: dict[str, re.Pattern] = {}


def _latin_pattern(form: str) -> re.Pattern:
    pattern = _LATIN_CACHE.get(form)
    if pattern is None:
        body = r"[\s\-]*".join(re.escape(part) for part in re.split(r"[\s\-]+", form))
        pattern = _LATIN_CACHE[form] = re.compile(rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])")
    return pattern
