"""Russian glossary terms in running text: find a term in any case and number, inflect it, replace a wrong one.

"в Пхеньяне" is an occurrence of the term Пхеньян; replacing "в Северной Корее" with КНДР gives "в КНДР".
Morphology comes from pymorphy3 (see ru_morph, ru_forms); this module owns tokenising, matching and the
choice of case from context. It imports nothing from the UI and nothing heavy at import time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from glossary.model import Term
from workbench.terms import ru_forms
from workbench.terms import ru_morph as morph
from workbench.terms.ru_forms import WORD_RE

TAIL_SLACK = 0  # a span is another entry's name when that name covers it whole
INFLECTS = True  # terms take the case the context governs (korean.py: particles instead)

# Cases each preposition governs, most frequent first (в Пхеньяне / в Пхеньян).
PREPOSITION_CASES = {
    **dict.fromkeys(("в", "во", "на"), ("loct", "accs")),
    **dict.fromkeys(("из", "изо", "от", "ото", "до", "для", "без", "безо", "у", "после", "около", "из-за",
                     "из-под", "вокруг", "кроме", "среди", "против", "вместо", "возле", "вблизи", "внутри",
                     "напротив", "ради", "мимо", "помимо", "посредством", "накануне", "вдоль", "близ", "вне",
                     "поперек", "сверх", "посреди", "позади", "впереди", "ввиду", "вследствие", "насчет",
                     "относительно", "в течение", "со стороны"), ("gent",)),
    **dict.fromkeys(("к", "ко", "по", "благодаря", "согласно", "вопреки", "навстречу"), ("datv",)),
    **dict.fromkeys(("с", "со"), ("ablt", "gent")),
    **dict.fromkeys(("о", "об", "обо", "при"), ("loct",)),
    **dict.fromkeys(("за", "под", "подо", "над", "надо", "перед", "передо"), ("ablt", "accs")),
    "между": ("ablt",),
    **dict.fromkeys(("про", "через", "сквозь"), ("accs",)),
}
# The word before a span: quotes, brackets and numbers between are skipped (статьей 4 Договора).
_PRECEDING_WORD = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)*)[\s«\"„“(№]*(?:\d+(?:[.,]\d+)?[\s«\"„“(]*)?$")
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n\s*)[«\"„“(]*$")
_LOCATIVE_PREPOSITIONS = ("в", "во", "на")


@dataclass(frozen=True)
class Occurrence:
    """One occurrence of a term in a target string.

    Attributes:
        start, end: offsets into the target string.
        text: the matched text as written in the target.
        case: pymorphy case name of the matched form when known (the likeliest when ambiguous), else None.
        number: "sing", "plur", or None when unknown (indeclinable terms).
        labels: every (case, number) the matched form can carry ("путина": gent and accs), likeliest first;
            empty for an Occurrence built elsewhere (then the words are parsed).
    """

    start: int
    end: int
    text: str
    case: str | None
    number: str | None
    labels: tuple = field(default=(), compare=False)


def find_term(target: str, term: Term) -> list[Occurrence]:
    """Every occurrence of `term` in `target`, in any case and number, whole words only, left to right."""
    return _find(target, ru_forms.table_for(term))


def may_contain(target: str, term: Term) -> bool:
    """False when find_term certainly finds nothing: no word of `target` is a form of the term's first word."""
    firsts = ru_forms.table_for(term).firsts
    return not firsts.isdisjoint(tokenise(target)[2]) or not firsts.isdisjoint(tokenise_parts(target)[2])


def find_text(target: str, text: str) -> list[Occurrence]:
    """Every occurrence of a plain string (a deprecated rendering) in any form.

    Unknown name words get a guessed masculine paradigm (Ким Чон Ын -> Ким Чон Ыну) so wrong
    transcriptions are found in oblique cases too.
    """
    return _find(target, ru_forms.build_table((text, False, None, ()), True))


def inflect(term: Term, case: str, number: str | None = None, declined: bool = False) -> str:
    """The term in `case` and `number`, written as the glossary writes it; explicit forms first.

    A name whose paradigm is a guess (an unknown word: Йонбён, Ёнхап; a person's name that declines only
    for a man: Ким Чен Ын, but Ким Ё Чжон) is declined only when the caller knows it declines here
    (`declined`, see `declines_here`): a name is never inflected on a guess.

    `number` defaults to the term's own (РИА Новости is plural).

    Raises:
        ValueError: `case` is not a pymorphy case name (nomn ... loct, loc2) or `number` not sing/plur.
    """
    if case not in (*morph.CASES, "loc2") or number not in (*morph.NUMBERS, None):
        raise ValueError(f"unknown Russian case/number: {case!r}/{number!r}")
    if term.indeclinable:
        return term.text
    table = ru_forms.table_for(term)
    number = number or table.number
    if table.optional and not declined:
        return term.text
    display = table.display
    # Fallbacks: loc2 -> loct; a singular-only (Москва) or plural-only (Вооружённые силы) term keeps its number.
    cases = (case, "loct") if case == "loc2" else (case,)
    for label in [(c, n) for n in (number, "plur" if number == "sing" else "sing") for c in cases]:
        if label in display:
            return display[label]
    return term.text


def is_guessed(term: Term) -> bool:
    """The term's paradigm is a guess (an unknown name): it is declined only where declines_here says so."""
    return not term.indeclinable and ru_forms.table_for(term).optional


def is_gendered(term: Term) -> bool:
    """A person's name whose declension depends on whether the person is a man (Ким Чен Ын / Ким Ё Чжон)."""
    return not term.indeclinable and ru_forms.table_for(term).gendered


def declined_span(occ: Occurrence, term: Term) -> bool:
    """The span's own form is a declined one (Ким Чон Ыном for Ким Чен Ын): whoever wrote it declined the
    name, so it is a man's."""
    return any(case not in (None, "nomn", "accs") for case, _ in read_span(occ, term).labels)


def read_span(occ: Occurrence, term: Term) -> Occurrence:
    """`occ` with the case labels its form shows when it came without any (a span found by similarity):
    for a name, the labels of the term's forms whose last word ends most like the span's last word
    (Ким Чжон Ыну reads as Ким Чен Ыну: dative; Матсегору as Мацегору: accusative). A bare name that could
    be any case (an undeclined name) gets (None, None): the context decides."""
    if occ.labels or not (is_person(term) or is_guessed(term)):
        return occ
    span_words = WORD_RE.findall(occ.text)
    if not span_words:
        return occ
    labels = _ending_labels(morph.norm(span_words[-1]), ru_forms.table_for(term))
    if not labels:  # the last word tells nothing (Матвеенко): the known words do (Валентина: nominative)
        labels = tuple((case, "sing") for case in _parsed_cases(occ.text))
    if not labels or (labels[0][0] == "nomn" and ru_forms.table_for(term).optional):
        labels = ((None, None),)
    return Occurrence(occ.start, occ.end, occ.text, labels[0][0], labels[0][1], labels)


def _ending_labels(last: str, table: ru_forms.FormTable) -> tuple:
    """The labels of the forms whose last word shares the longest ending with `last` (one letter at least)."""
    best, found = 0, []
    for label, form in table.display.items():
        words = WORD_RE.findall(form)
        shared = _shared_ending(last, morph.norm(words[-1])) if words else 0
        if shared and shared >= best:
            found = found + [label] if shared == best else [label]
            best = shared
    return tuple(sorted(dict.fromkeys(found), key=lambda lb: morph.CASES.index(lb[0]) if lb[0] in morph.CASES else 9))


def _shared_ending(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _looks_like(word: str, other: str) -> bool:
    from rapidfuzz import fuzz

    return morph.norm(word) == morph.norm(other) or fuzz.ratio(morph.norm(word), morph.norm(other)) >= 50


def declined_forms(term: Term) -> list[str]:
    """The term's declined forms (lower-case, ё as е), for spotting it declined elsewhere in a text."""
    table = ru_forms.table_for(term)
    plain = morph.norm(term.text)
    return sorted({morph.norm(form) for form in table.display.values()} - {plain})


def is_person(term: Term) -> bool:
    """A person's name: a foreign one (Ким Чен Ын) or a Russian one the dictionary reads as a name."""
    return _is_person(term.text)


@lru_cache(maxsize=8192)
def _is_person(text: str) -> bool:
    words = WORD_RE.findall(text)
    return morph.looks_foreign_name(words) or morph.names_a_person(words)


def person_gender(term: Term) -> str | None:
    """"masc"/"femn" when the name tells (Сергей Лавров, Мария Захарова), None when it does not (Ким Чен Ын)."""
    return _person_gender(term.text)


@lru_cache(maxsize=8192)
def _person_gender(text: str) -> str | None:
    return morph.person_gender(WORD_RE.findall(text))


def case_candidates(target: str, occ: Occurrence, person: bool = False) -> list[str]:
    """The plausible cases of `occ`, best first: what the context governs (a preposition, a verb, a noun)
    among the cases the form allows, then the form's other cases; with no usable form (a Latin leftover,
    an unknown name), only the context's cases (every case when it governs none). After a preposition
    only what it governs (when the form allows it): the words right after a preposition are in a case it
    governs."""
    form_cases = _form_cases(occ)
    governed = context_cases(target, occ.start, person)
    after_preposition = preceding_word(target, occ.start) in PREPOSITION_CASES
    if not form_cases:  # what the context governs, when it governs anything (a model picks among those only)
        return list(governed) if governed else list(morph.CASES)
    matching = [case for case in governed if case in form_cases]
    if "loct" in governed and "loc2" in form_cases:
        matching.insert(0, "loc2")
    if matching and after_preposition:
        return matching
    if not matching and form_cases == ["nomn"] and governed and governed[0] != "nomn":
        # A wrong rendering left in the nominative where the context governs another case
        # ("пригласил Ким Чон Ын"): the repair should also mend the case.
        return _unique(list(governed) + form_cases)
    return _unique(matching + form_cases)


# Verbs after which a following name is the subject (inverted word order in reported speech).
_SPEECH_VERBS = frozenset("""заявить заявлять сообщить сообщать сказать говорить отметить отмечать подчеркнуть
подчёркивать подчеркивать добавить добавлять указать указывать написать писать признать признавать считать
выступить выступать прибыть прибывать находиться быть стать являться остаться""".split())
# Verbs of motion or direction: "в"/"на" after them governs the accusative (вылетела в Москву).
_MOTION_VERBS = frozenset("""прибыть прибывать приехать приезжать вылететь вылетать прилететь прилетать отправиться
отправляться отправить отправлять направиться направляться направить направлять вернуться возвращаться поехать ехать
лететь полететь переехать пригласить приглашать доставить доставлять въехать войти вступить перебросить
перебрасывать посылать послать""".split()) | frozenset("""поездка визит переезд прибытие приезд возвращение путь
дорога рейс маршрут полет полёт командировка приглашение""".split())  # nouns of motion: поездки в Москву


# Verbs after which "с" means "from" and governs the genitive (запустить с космодрома, вылететь с аэродрома).
_SOURCE_VERBS = frozenset("""запустить запускать запущенный стартовать вылететь вылетать уйти уехать прибыть
вернуться возвращаться снять снимать убрать убирать сбросить взлететь взлетать отступить вывести выводить""".split())


def context_cases(target: str, start: int, person: bool = False) -> tuple[str, ...]:
    """Cases the words before `start` call for: a preposition's cases (accusative first after a verb or noun
    of motion), the accusative after a transitive verb, the nominative after an intransitive one, the
    title's case after a title, the dative for a person after a verb of giving and its object, the
    genitive after another noun, the nominative at a clause start."""
    before = target[:start]
    word = preceding_word(target, start)
    if word in PREPOSITION_CASES:
        cases = PREPOSITION_CASES[word]
        if word in _LOCATIVE_PREPOSITIONS and _lemmas_before(before, word) & _MOTION_VERBS:
            return ("accs", "loct")
        if word in ("с", "со") and _lemmas_before(before, word) & _SOURCE_VERBS:
            return ("gent", "ablt")  # запущена с космодрома: "from"
        return cases
    if _SENTENCE_START.search(before) or re.search(r"[,:;—–-]\s*[«\"„“(]*$", before):
        return ("nomn",)
    parse = _first_parse(word)
    if parse is None:
        return ()
    if parse.tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND"):
        if parse.normal_form in _SPEECH_VERBS or _object_before(before):
            return ("nomn", "accs")  # the subject after its verb: Делегацию приняла Валентина Матвиенко
        if parse.tag.POS == "VERB" and "intr" in parse.tag:
            # no object after an intransitive verb: its subject (присутствовали Ким Чен Ын и ...), or what
            # it governs (угрожал Ким Чен Ыну, руководил Ким Чен Ыном)
            return ("nomn", "datv", "ablt")
        return ("accs", "gent")
    if parse.tag.POS == "NOUN":
        titles = _title_readings(word) if person else ()
        if titles:  # a person's name after a title takes its case (президента Путина, Президент Путин)
            return tuple(dict.fromkeys(p.tag.case for p in titles if p.tag.case in morph.CASES))
        if person and _given_to(before):  # нанесла визит вежливости Путину, передал письмо Ким Чен Ыну
            return ("datv", "gent")
        # агентство Рёнхап, газета «Нодон синмун»: a name in apposition to such a word keeps its form
        return ("nomn", "gent") if parse.normal_form in _APPOSITIVE_HEADS else ("gent",)
    return ()


# Verbs of giving or directing: after one and its object, a person is who it goes to (dative).
_GIVING_VERBS = frozenset("""нанести наносить передать передавать направить направлять вручить вручать выразить
выражать оказать оказывать отправить отправлять послать посылать адресовать подарить дарить""".split())


def _given_to(before: str) -> bool:
    """`before` ends with a verb of giving and its object: a noun in the accusative, then perhaps one noun or
    adjective more (визит вежливости, письмо, искреннюю благодарность)."""
    clause = re.split(r"[.!?;:,—]", before)[-1]
    words = WORD_RE.findall(clause)[-4:]
    for at in range(len(words) - 2, -1, -1):
        if {p.normal_form for p in morph.parses(words[at])[:2]} & _GIVING_VERBS:
            readings = [morph.parses(word)[:3] for word in words[at + 1:]]
            return all(any(p.tag.POS in ("NOUN", "ADJF") for p in found) for found in readings) and any(
                p.tag.POS == "NOUN" and "accs" in p.tag for found in readings for p in found)
    return False


# Words a name stands beside in apposition, in the nominative whatever their case (агентству Рёнхап).
_APPOSITIVE_HEADS = frozenset("""агентство газета издание журнал телеканал радиостанция компания корпорация концерн
холдинг банк ракета спутник корабль судно станция космодром аэропорт группировка движение""".split())


def _object_before(before: str) -> bool:
    """The clause before the verb that ends `before` opens with a noun that can only be its object (an
    accusative that is no nominative: Делегацию приняла ...): the words after the verb are its subject."""
    clause = re.split(r"[.!?;:—]|,\s*(?:а|но|и|что)\s", before)[-1]
    words = WORD_RE.findall(clause)
    if len(words) < 2:
        return False
    readings = morph.parses(words[0])
    return bool(readings) and readings[0].tag.POS == "NOUN" and all(
        "accs" in p.tag and "nomn" not in p.tag for p in readings if p.tag.POS == "NOUN")


def _lemmas_before(before: str, preposition: str) -> set[str]:
    """The lemmas the word right before the preposition that ends `before` may have (прибыли: прибыть and
    прибыль)."""
    stripped = before.rstrip()
    head = stripped[: len(stripped) - len(preposition)] if stripped.lower().endswith(preposition) else stripped
    word = preceding_word(head, len(head))
    return {parse.normal_form for parse in morph.parses(word)[:3]} if word else set()


def _first_parse(word: str):
    if not word:
        return None
    found = morph.parses(word)
    return found[0] if found else None


def replace_with(target: str, occ: Occurrence, term: Term) -> str:
    """`target` with the span of `occ` replaced by `term` inflected to the span's likeliest case."""
    case = case_candidates(target, occ, is_person(term))[0]
    number = _number_for(occ, case)
    if case == "loct" and preceding_word(target, occ.start) in _LOCATIVE_PREPOSITIONS:
        case = "loc2"  # в Крыму: the second locative where the term has one (inflect falls back to loct)
    new = inflect(term, case, number)
    if new and _SENTENCE_START.search(target[: occ.start]):
        new = new[0].upper() + new[1:]
    return target[: occ.start] + new + target[occ.end:]


_NOT_IN_NAMES = frozenset(("VERB", "INFN", "GRND", "PRTS", "CONJ", "PRCL", "INTJ"))


def barred_words(target: str) -> list[tuple[int, int]]:
    """Spans of the words that cannot be part of a wrong rendering of a name: verbs, conjunctions,
    particles (lower-case words only: a capitalised one may be a name, Хи is no interjection). A
    preposition may stand inside one (председатель по государственным делам), never at its edge: see
    trim_span."""
    starts, ends, words = tokenise(target)
    out = []
    for start, end, word in zip(starts, ends, words):
        if target[start].islower() and _top_pos(word) in _NOT_IN_NAMES:
            out.append((start, end))
    return out


def prepositions(target: str, term: Term) -> list[tuple[int, int]]:
    """Spans of the prepositions of `target` that the term itself does not have."""
    own = {morph.norm(w) for w in WORD_RE.findall(term.text)}
    starts, ends, words = tokenise(target)
    return [(a, b) for a, b, w in zip(starts, ends, words) if w not in own and _top_pos(w) == "PREP"]


def trim_span(target: str, start: int, end: int, term: Term) -> tuple[int, int]:
    """[start, end) without the words at its edges that belong to the sentence, not to the term: a
    preposition the term lacks (с Ким Чон Ыном), a common word unlike every word of the term that governs
    a capitalised name after it (сессия Верховной народной ассамблеи: "сессия" stays)."""
    own = [morph.norm(w) for form in ru_forms.table_for(term).display.values() or (term.text,)
           for w in WORD_RE.findall(form)] or [morph.norm(w) for w in WORD_RE.findall(term.text)]
    words = [m for m in WORD_RE.finditer(target, start, end)]
    while words and (_preposition(words[0].group(), own) or len(words) > 1 and
                     _governing(words[0].group(), own) and words[1].group()[:1].isupper()):
        words.pop(0)
    while words and _preposition(words[-1].group(), own):
        words.pop()
    return (words[0].start(), words[-1].end()) if words else (start, start)


def absorb(target: str, start: int, end: int, term: Term) -> tuple[int, int]:
    """[start, end) grown over the words beside it that the term itself begins or ends with (космодром
    Vostochny -> the whole is replaced by космодром Восточный; реки Tumen -> реки Туманной)."""
    own = [_lemma(morph.norm(w)) for w in WORD_RE.findall(term.text)]
    starts, ends, words = tokenise(target)
    before = [i for i in range(len(words)) if ends[i] <= start]
    after = [i for i in range(len(words)) if starts[i] >= end]
    for k in range(min(len(own) - 1, len(before)), 0, -1):
        run = before[-k:]
        if [_lemma(words[i]) for i in run] == own[:k] and _joined(target, [*run, None], starts, ends, end=start):
            start = starts[run[0]]
            break
    for k in range(min(len(own) - 1, len(after)), 0, -1):
        run = after[:k]
        if [_lemma(words[i]) for i in run] == own[-k:] and _joined(target, [None, *run], starts, ends, begin=end):
            end = ends[run[-1]]
            break
    return start, end


def _joined(target: str, run: list, starts, ends, end: int = 0, begin: int = 0) -> bool:
    """Only spaces between the words of `run` (None stands for the span: `end` is its start when it
    comes last, `begin` its end when it comes first)."""
    for left, right in zip(run, run[1:]):
        gap = target[ends[left] if left is not None else begin:starts[right] if right is not None else end]
        if gap.strip():
            return False
    return True


def whole_span(target: str, start: int, end: int, term: Term, taken: list[tuple[int, int]]) -> tuple[int, int]:
    """[start, end) grown by the capitalised words beside it while it has fewer words than the term, so no
    part of a wrong name is left dangling (Чхве Сон Хи, not Чхве + Сон Хи); never into a span in `taken`."""
    starts, ends, _ = tokenise(target)
    inside = [i for i, (a, b) in enumerate(zip(starts, ends)) if start <= a and b <= end]
    if not inside:
        return start, end
    first, last, wanted = inside[0], inside[-1], len(WORD_RE.findall(term.text))
    free = lambda i: target[starts[i]].isupper() and not any(a < ends[i] and starts[i] < b for a, b in taken)  # noqa: E731
    while last - first + 1 < wanted:
        if first > 0 and free(first - 1) and target[ends[first - 1]:starts[first]].strip() == "":
            first -= 1
        elif last + 1 < len(starts) and free(last + 1) and target[ends[last]:starts[last + 1]].strip() == "":
            last += 1
        else:
            break
    return starts[first], ends[last]


def _preposition(word: str, own: list[str]) -> bool:
    key = morph.norm(word)
    return key not in own and _top_pos(key) == "PREP"


def _governing(word: str, own: list[str]) -> bool:
    """A common word unlike every word of the term, before a capitalised one: the noun that governs the
    name (сессия Верховной народной ассамблеи, по данным Объединенного комитета), not part of it."""
    from rapidfuzz import fuzz

    key = morph.norm(word)
    if key in own or not word[:1].islower() or morph.is_unknown(word):
        return False
    lemma = _lemma(key)  # президентом ~ Председатель (57): the wrong head of the name; сессия ~ nothing
    return all(fuzz.ratio(lemma, _lemma(w)) < 50 for w in own)


def grammar_of(term: Term) -> tuple[str, str] | None:
    """(gender, number) a verb agreeing with the term as subject takes, or None when unknown: the head
    noun's (Кабинет министров: masc), an abbreviation's (КНДР: femn), plural for a plural term."""
    table = ru_forms.table_for(term)
    if table.number == "plur":
        return ("plur", "plur")
    words = WORD_RE.findall(term.text)
    if len(words) == 1 and morph.is_abbreviation(words[0]):
        parses = [p for p in morph.parses(words[0]) if "Abbr" in p.tag and p.tag.gender]
        return (parses[0].tag.gender, "sing") if parses else None
    gender = ru_forms.head_gender(term)
    return (gender, "sing") if gender else None


def agree_after(target: str, end: int, term: Term, replaced: str) -> str:
    """`target` with the past-tense verb or short adjective right after a subject that ends at `end` put in
    the term's gender and number (Правительство КНДР одобрило -> Кабинет министров КНДР одобрил). Only a verb
    that agreed with the `replaced` text: one that agrees with something else (Россия и КНДР подписали: two
    subjects) or with an unknown word (a Latin leftover) is left alone."""
    found = _predicate_after(target, end)
    grammar = grammar_of(term)
    if found is None or grammar is None or not _agrees(found[2], _phrase_grammar(replaced)):
        return target
    start, stop, parse = found
    wanted = {"plur"} if grammar[1] == "plur" else {grammar[0], "sing"}
    if wanted <= set(parse.tag.grammemes):
        return target
    form = parse.inflect(wanted)
    if form is None:
        return target
    return target[:start] + morph.restore_shape(target[start:stop], form.word) + target[stop:]


def _phrase_grammar(text: str) -> tuple[str, str] | None:
    """(gender, number) of the first noun of `text` read as a nominative, None when there is none."""
    for word in WORD_RE.findall(text):
        for parse in morph.parses(word)[:3]:
            if parse.tag.POS == "NOUN" and "nomn" in parse.tag and parse.is_known:
                return ("plur", "plur") if "plur" in parse.tag else (parse.tag.gender, "sing")
    return None


def _agrees(parse, grammar: tuple[str, str] | None) -> bool:
    if grammar is None:
        return False
    wanted = {"plur"} if grammar[1] == "plur" else {grammar[0], "sing"}
    return wanted <= set(parse.tag.grammemes)


def changed_word(before: str, after: str, at: int) -> tuple[str, str]:
    """The word at `at` in `before` and in `after` (what agree_after changed)."""
    old, new = WORD_RE.search(before, at), WORD_RE.search(after, at)
    return old.group(), new.group()


def disagreement(target: str, start: int, end: int, term: Term) -> str | None:
    """The word that should agree with the term as subject at [start, end) and does not, or None: the
    predicate of its clause, past an adverbial between (Кабинет министров КНДР в понедельник одобрило), with
    a short participle after быть (собрание было созван) and a verb joined by и (и принял)."""
    if context_cases(target, start)[:1] != ("nomn",) or _apposed(target, start):
        return None  # агентство Рейтер сообщило: the subject is the word before the term
    grammar = grammar_of(term)
    if grammar is None:
        return None
    wanted = {"plur"} if grammar[1] == "plur" else {grammar[0], "sing"}
    for word_start, word_end, parse in _predicates(target, end):
        found = set(parse.tag.grammemes)
        if not wanted <= found and not (grammar == ("masc", "sing") and {"femn", "sing"} <= found
                                        and _a_post(term)):
            return target[word_start:word_end]
    return None


def _apposed(target: str, start: int) -> bool:
    """The term follows a word it stands in apposition to (агентство Рейтер, газета «Нодон синмун»)."""
    word = preceding_word(target, start)
    return bool(word) and any(p.normal_form in _APPOSITIVE_HEADS for p in morph.parses(word)[:2])


def _a_post(term: Term) -> bool:
    """The term's head is a masculine noun for a post a woman may hold (официальный представитель МИД,
    министр): the verb may agree with the woman (представитель МИД заявила)."""
    for word in WORD_RE.findall(term.text):
        parses = [p for p in morph.parses(word)[:2] if p.tag.POS == "NOUN"]
        if parses:
            return "anim" in parses[0].tag and parses[0].tag.gender == "masc"
    return False


def _predicates(target: str, end: int) -> list[tuple[int, int, object]]:
    """The past-tense verbs and short adjectives that agree with a subject ending at `end`: the first of its
    clause (after at most 4 words of an adverbial: adverbs, particles, prepositions and the oblique nouns
    and adjectives they govern; a nominative noun or a comma ends the search), the short participle or
    adjective after a past form of быть, and a past verb right after и."""
    found: list[tuple[int, int, object]] = []
    position, skipped, after_and = end, 0, False
    for match in WORD_RE.finditer(target, end):
        if re.search(r"[,.;:!?—–()«»\"]", target[position:match.start()]):
            break
        position = match.end()
        parse = _predicate_parse(match.group())
        if not found:  # before the predicate: an adverbial may stand between
            if parse is not None:
                found.append((match.start(), match.end(), parse))
                continue
            first = morph.parses(match.group())[:1]
            if skipped >= 4 or not first or not _adverbial(first[0]):
                break
            skipped += 1
            continue
        if after_and:  # и + a second past verb of the same subject
            if parse is not None and "VERB" in parse.tag:
                found.append((match.start(), match.end(), parse))
            break
        if len(found) == 1 and found[0][2].normal_form == "быть" and parse is not None \
                and parse.tag.POS in ("PRTS", "ADJS"):  # было созвано
            found.append((match.start(), match.end(), parse))
            continue
        if match.group().lower() == "и":
            after_and = True
            continue
        break
    return found


def _predicate_parse(word: str):
    """The past-tense or short-form reading of `word`, None when it has none or reads as an adverb too
    (высоко: высоко оценил)."""
    parses = morph.parses(word)[:2]
    if any(parse.tag.POS == "ADVB" for parse in parses):
        return None
    for parse in parses:
        tag = parse.tag
        if ("VERB" in tag and "past" in tag) or tag.POS in ("PRTS", "ADJS"):
            return parse
    return None


def _adverbial(parse) -> bool:
    """A word that may stand between a subject and its predicate (в понедельник, также, официально)."""
    tag = parse.tag
    if tag.POS in ("ADVB", "PRCL", "PREP", "PRED", "NUMR"):
        return True
    return tag.POS in ("NOUN", "ADJF", "PRTF", "NPRO") and "nomn" not in tag


# Titles a name stands beside in apposition, in the same case (президента Путина, с президентом Путиным).
_TITLES = frozenset("""президент председатель лидер вождь глава министр премьер премьер-министр вице-премьер посол
пресс-секретарь советник спикер канцлер генсек секретарь депутат сенатор маршал генерал адмирал господин
госпожа товарищ король королева принц губернатор мэр""".split())


def bare(word: str) -> bool:
    """Russian words carry their case in themselves: a word before a span is never a bare modifier of it
    (whole_span joins the names' words)."""
    return False


def same_case(text: str, term: Term) -> bool:
    """`text` (an occurrence of the term) has the letter case of one of the term's forms (ё as е)."""
    forms = {term.text, *ru_forms.table_for(term).display.values()}
    return text.replace("ё", "е").replace("Ё", "Е") in {f.replace("ё", "е").replace("Ё", "Е") for f in forms}


def quoted(target: str, start: int, end: int) -> bool:
    """Russian copy renders quotations in Russian spelling: a deprecated form is wrong inside quotes too."""
    return False


def case_clash(target: str, start: int, end: int, term: Term) -> str | None:
    """The title right before a person's name when the two cannot be in one case ("Президент Путина"),
    else None. A name after its title takes the title's case."""
    word = preceding_word(target, start)
    titles = _title_readings(word) if word else ()
    if not titles or not is_person(term):
        return None
    occ = next((o for o in find_term(target, term) if o.start == start and o.end == end), None)
    if occ is None or any(case is None for case, _ in occ.labels):
        return None
    theirs = {p.tag.case for p in titles}
    mine = {case for case, _ in occ.labels}
    return None if theirs & mine else _word_before(target, start)


@lru_cache(maxsize=4096)
def _title_readings(word: str) -> tuple:
    return tuple(p for p in morph.parses(word) if p.normal_form in _TITLES and p.tag.POS == "NOUN")


def _word_before(target: str, start: int) -> str:
    found = WORD_RE.findall(target[max(0, start - 40):start])
    return found[-1] if found else ""


def _predicate_after(target: str, end: int):
    """(start, end, parse) of a past-tense verb or short adjective directly after `end` (spaces only)."""
    match = WORD_RE.match(target, end + len(target[end:]) - len(target[end:].lstrip(" \u00a0")))
    if match is None or match.start() == end and end < len(target) and target[end].isalnum():
        return None
    parse = _predicate_parse(match.group())
    return None if parse is None else (match.start(), match.end(), parse)


def attached_suffix(target: str, end: int) -> str:
    """Russian attaches nothing to a term (its case is in its own ending)."""
    return ""


def misfit(target: str, occ: Occurrence) -> str | None:
    """Korean checks the particle after a term here; a Russian term's case is its own form: never a misfit."""
    return None


def word_keys(target: str) -> list[str]:
    """Each content word's lemma (an unknown word as written, lower-case): what makes two words forms of
    one; "" for a preposition, conjunction or particle (в КНДР в пятницу repeats nothing)."""
    return ["" if _top_pos(word) in _FUNCTION_WORDS else _lemma(word) for word in tokenise(target)[2]]


_FUNCTION_WORDS = frozenset(("PREP", "CONJ", "PRCL", "INTJ", "NUMR", "NPRO"))


@lru_cache(maxsize=65536)
def _lemma(word: str) -> str:
    found = morph.parses(word)
    return morph.norm(found[0].normal_form) if found and found[0].is_known else word


@lru_cache(maxsize=65536)
def _top_pos(word: str) -> str | None:
    found = morph.parses(word)
    return found[0].tag.POS if found else None


def after_preposition(target: str, start: int) -> bool:
    return preceding_word(target, start) in PREPOSITION_CASES


def preceding_word(target: str, start: int) -> str:
    """The normalised word right before offset `start` (quotes and spaces skipped), or ""."""
    found = _PRECEDING_WORD.search(target, max(0, start - 40), start)
    return morph.norm(found.group(1)) if found else ""


@lru_cache(maxsize=16384)
def tokenise(target: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...]]:
    """Starts, ends and normalised forms of the words of `target` (hyphenated words kept whole)."""
    starts, ends, words = [], [], []
    for match in WORD_RE.finditer(target):
        starts.append(match.start())
        ends.append(match.end())
        words.append(morph.norm(match.group()))
    return tuple(starts), tuple(ends), tuple(words)


def _find(target: str, table: ru_forms.FormTable) -> list[Occurrence]:
    """Occurrences among the words, then inside hyphenated compounds whose whole holds none (Рейтер-Рёнхап
    holds Рейтер and Рёнхап; Вонсан-Кальма holds Вонсан)."""
    found = _walk(tokenise(target), target, table)
    parts = tokenise_parts(target)
    if parts[0]:
        found += [occ for occ in _walk(parts, target, table) if not any(o.start <= occ.start < o.end for o in found)]
        found.sort(key=lambda occ: occ.start)
    return found


def _walk(tokens: tuple, target: str, table: ru_forms.FormTable) -> list[Occurrence]:
    starts, ends, words = tokens
    firsts, labels, found, i = table.firsts, table.labels, [], 0
    if firsts.isdisjoint(words):  # most terms looked for are absent: no word-by-word walk
        return found
    while i < len(words):
        if words[i] in firsts:
            for length in table.lengths:
                key = words[i: i + length]
                if key in labels:
                    found.append(_occurrence(target, starts[i], ends[i + length - 1], labels[key]))
                    i += length - 1
                    break
        i += 1
    return found


@lru_cache(maxsize=16384)
def tokenise_parts(target: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...]]:
    """Like tokenise, with hyphenated words of letters cut at their hyphens; empty when `target` has none."""
    if "-" not in target:
        return (), (), ()
    starts, ends, words = [], [], []
    for whole in WORD_RE.finditer(target):
        pieces = list(re.finditer(r"[^\W_]+", whole.group()))
        if len(pieces) > 1 and any(p.group().isdigit() for p in pieces):
            pieces = [whole]  # Хвасон-18, Пхеньян-2: a name with a number is one word
            base = 0
        else:
            base = whole.start()
        for piece in pieces:
            starts.append(base + piece.start())
            ends.append(base + piece.end())
            words.append(morph.norm(piece.group()))
    return tuple(starts), tuple(ends), tuple(words)


def _occurrence(target: str, start: int, end: int, labels: tuple) -> Occurrence:
    case, number = labels[0]
    return Occurrence(start, end, target[start:end], case, number, tuple(labels))


def _form_cases(occ: Occurrence) -> list[str]:
    """The cases the span's form allows; [] when its form does not tell (an undeclined name)."""
    if not occ.labels:
        return _parsed_cases(occ.text) or ([occ.case] if occ.case else [])
    if any(case is None for case, _ in occ.labels):
        return []
    return _unique(case for case, _ in occ.labels if case)


def _number_for(occ: Occurrence, case: str) -> str:
    """The number the span has in `case` ("специальных военных операций": plural), singular if unknown."""
    for label_case, number in occ.labels:
        if label_case == case and number:
            return number
    return occ.number if occ.number in morph.NUMBERS else "sing"


def _parsed_cases(text: str) -> list[str]:
    """Cases every known declinable word of `text` allows (an Occurrence built elsewhere)."""
    common: list[str] | None = None
    for word in WORD_RE.findall(text):
        if morph.is_abbreviation(word) or morph.is_unknown(word):
            continue
        cases = [p.tag.case for p in morph.parses(word) if p.tag.case in morph.CASES]
        kept = [case for case in (common if common is not None else morph.CASES) if case in cases]
        if kept:
            common = kept
    return common or []


def _unique(items) -> list:
    out = []
    for item in items:
        if item not in out:
            out.append(item)
    return out
