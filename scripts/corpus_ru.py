"""Owns the English→Russian demo MT corpus: hand-written pairs plus case-aware slot templates.

Domain: DPRK–Russia–Korea diplomatic news (Yonhap/TASS style). Every Russian slot filler carries
explicit case forms (nomn, gent, datv, accs, ablt, loct) and a grammatical gender, so templates pick
the case their preposition or verb governs and past-tense verbs agree with their subject.
A few template families reproduce deliberate, documented MT errors (see README-ru.md) that the
glossary layer must later correct. Pure standard library; imports nothing from workbench/.

CLI: python scripts/corpus_ru.py --n 40000 --seed 7 -o train.tsv
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate
from pathlib import Path

# ---------------------------------------------------------------- forms and fillers

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


@dataclass(frozen=True)
class Forms:
    """The six case forms of one Russian noun phrase, in CASES order."""

    cases: tuple[str, ...]

    def __getitem__(self, case: str) -> str:
        return self.cases[CASES.index(case)]

    def join(self, other: Forms) -> Forms:
        """Title + name, both inflected (президента России Владимира Путина)."""
        return Forms(tuple(f"{a} {b}" for a, b in zip(self.cases, other.cases)))


def F(spec: str, rest: str = "") -> Forms:
    """Forms from "nomn|gent|datv|accs|ablt|loct" (one form = indeclinable); `rest` never inflects."""
    parts = spec.split("|")
    parts = parts * 6 if len(parts) == 1 else parts
    if len(parts) != 6:
        raise ValueError(f"need 1 or 6 case forms: {spec!r}")
    return Forms(tuple(f"{p} {rest}".strip() for p in parts))


@dataclass(frozen=True)
class Filler:
    """A slot value: English variants sharing Russian forms, gender, titles and deliberate-error forms."""

    key: str
    variants: tuple[tuple[str, Forms], ...]
    gender: str = "m"
    short_en: str = ""
    short_ru: Forms | None = None
    titles: tuple[tuple[str, Forms], ...] = ()
    prep_in: str = "в"
    prep_from: str = "из"
    from_case: str = "gent"
    alts: tuple[tuple[str, Forms], ...] = ()
    title_alts: tuple[tuple[str, str, Forms], ...] = ()

    def alt(self, failure: str) -> Forms | None:
        return next((forms for name, forms in self.alts if name == failure), None)


@dataclass(frozen=True)
class Template:
    """One sentence shape: English and Russian text with {SLOT.attr} markers, and its family."""

    family: str
    en: str
    ru: str

    @cached_property
    def slots(self) -> list[tuple[str, str]]:
        """(slot name, pool kind) pairs in order of first appearance."""
        found = dict.fromkeys((m.group(1) + m.group(2), m.group(1)) for m in _SLOT_RE.finditer(self.en + self.ru))
        return list(found)


def plural_ru(n: int, one: str, few: str, many: str) -> str:
    """Russian noun form after a cardinal: 1 день, 2 дня, 5 дней, 21 день, 12 дней."""
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


_SLOT_RE = re.compile(r"\{([A-Z]+)(\d*)((?:\.[a-z]+)*)(?:~([^}#]*))?(?:#([^}]*))?\}")
_PLACE_ATTRS = ("in", "to", "from")
_GENDER_INDEX = {"m": 0, "f": 1, "n": 2, "p": 3}


@dataclass(frozen=True)
class Pair:
    """One corpus line plus where it came from (family) and which deliberate errors it carries."""

    en: str
    ru: str
    family: str
    failures: frozenset[str]


@dataclass(frozen=True)
class Bound:
    """A filler chosen for one slot of one sentence, with its title and error variant resolved."""

    filler: Filler
    en_name: str
    ru_name: Forms
    title_en: str
    title_ru: Forms | None
    failures: frozenset[str]
    number: int | None = None

    def english(self, attrs: list[str]) -> str:
        part = attrs[0] if attrs and attrs[0] in ("n", "s", "t") else ""
        text = {"n": self.en_name, "s": self.filler.short_en or self.en_name, "t": self.title_en}.get(
            part, f"{self.title_en} {self.en_name}".strip()
        )
        if "poss" in attrs:
            text += "'" if text.endswith("s") and not text.endswith("ss") else "'s"
        return text

    def russian(self, attrs: list[str]) -> str:
        part = attrs[0] if attrs and attrs[0] in ("n", "s", "t") else ""
        rest = attrs[1:] if part else attrs
        key = rest[0] if rest else "nomn"
        if key in _PLACE_ATTRS:
            return self._place(key)
        return self._forms(part)[key]

    def _forms(self, part: str) -> Forms:
        name = self.ru_name
        if part == "s" and self.filler.short_ru is not None and "name" not in self.failures:
            name = self.filler.short_ru
        if part == "t":
            return self.title_ru or name
        if part in ("n", "s") or self.title_ru is None:
            return name
        return self.title_ru.join(name)

    def _place(self, key: str) -> str:
        f = self.filler
        if key == "from":
            return f"{f.prep_from} {self.ru_name[f.from_case]}"
        return f"{f.prep_in} {self.ru_name['loct' if key == 'in' else 'accs']}"


def _bind(filler: Filler, rng: random.Random, active: dict[str, float]) -> Bound:
    """Choose the English variant and title, then apply the family's deliberate errors."""
    en_name, ru_name = rng.choice(filler.variants)
    title_en, title_ru = rng.choice(filler.titles) if filler.titles else ("", None)
    used: set[str] = set()
    for failure, rate in active.items():
        alt = filler.alt(failure)
        if alt is not None and rng.random() < rate:
            ru_name, used = alt, used | {failure}
    for t_en, failure, forms in filler.title_alts:
        if t_en == title_en and failure in active and rng.random() < active[failure]:
            title_ru, used = forms, used | {failure}
    return Bound(filler, en_name, ru_name, title_en, title_ru, frozenset(used))


def _dynamic(kind: str, rng: random.Random) -> Bound:
    if kind == "N":
        return number_slot(rng)
    return time_slot(kind, rng)


def _bind_all(template: Template, rng: random.Random) -> dict[str, Bound]:
    active = FAMILY_FAILURES.get(template.family, {})
    bound: dict[str, Bound] = {}
    taken: set[str] = set()
    for name, kind in template.slots:
        if kind in POOLS:
            choices = [f for f in POOLS[kind] if f.key not in taken]
            filler = rng.choice(choices)
            taken.add(filler.key)
            bound[name] = _bind(filler, rng, active)
        else:
            bound[name] = _dynamic(kind, rng)
    return bound


def _fill(text: str, bound: dict[str, Bound], lang: str) -> str:
    def one(match: re.Match[str]) -> str:
        slot = bound[match.group(1) + match.group(2)]
        attrs = [a for a in match.group(3).split(".") if a]
        if match.group(4) is not None:
            return match.group(4).split("|")[_GENDER_INDEX[slot.filler.gender]]
        if match.group(5) is not None:
            return _counted(slot, match.group(5).split(","), lang)
        return slot.english(attrs) if lang == "en" else slot.russian(attrs)

    return _capitalize(_SLOT_RE.sub(one, text))


def _capitalize(text: str) -> str:
    """Upper-case the first letter, also after an opening quote ("the DPRK will..." / «корейская...»)."""
    match = re.search(r"\w", text)
    if not match:
        return text
    i = match.start()
    return text[:i] + text[i].upper() + text[i + 1 :]


def _counted(slot: Bound, words: list[str], lang: str) -> str:
    n = slot.number or 0
    if lang == "en":
        return f"{slot.en_name} {words[0] if n == 1 else words[1]}"
    return f"{n} {plural_ru(n, *words)}"


def render(template: Template, rng: random.Random) -> Pair:
    """Fill one template with random fillers; the same slot name means the same filler in both languages."""
    bound = _bind_all(template, rng)
    failures = frozenset().union(*(b.failures for b in bound.values())) if bound else frozenset()
    return Pair(_fill(template.en, bound, "en"), _fill(template.ru, bound, "ru"), template.family, failures)


def hand_pairs() -> list[Pair]:
    """The hand-written pairs (seed article sentences and their variations), all correct."""
    return [Pair(en, ru, "hand", frozenset()) for en, ru in HAND_PAIRS]


def generate_records(n: int, seed: int) -> list[Pair]:
    """Hand-written pairs first, then unique template pairs until there are n (fewer only if exhausted)."""
    rng = random.Random(seed)
    out = hand_pairs()[:n]
    seen = {(p.en, p.ru) for p in out}
    attempts = 0
    while len(out) < n and attempts < 30 * n:
        attempts += 1
        pair = render(rng.choices(TEMPLATES, cum_weights=_CUM_WEIGHTS)[0], rng)
        if (pair.en, pair.ru) not in seen:
            seen.add((pair.en, pair.ru))
            out.append(pair)
    return out


def generate(n: int, seed: int) -> list[tuple[str, str]]:
    """Return n (English, Russian) pairs; deterministic for a given (n, seed)."""
    return [(p.en, p.ru) for p in generate_records(n, seed)]


def write_tsv(pairs: list[tuple[str, str]], path: Path) -> None:
    """Write `en<TAB>ru` lines via a temporary file so a failed run never leaves a half-written corpus."""
    for en, ru in pairs:
        if any(c in en + ru for c in "\t\n\r"):
            raise ValueError(f"tab or newline inside pair: {en!r}")
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text("".join(f"{en}\t{ru}\n" for en, ru in pairs), encoding="utf-8")
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate the English→Russian demo MT corpus (TSV).")
    parser.add_argument("--n", type=int, default=8000, help="number of pairs (default 8000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="output TSV file")
    args = parser.parse_args(argv)
    if args.n < 1:
        print("corpus_ru: error: --n must be positive", file=sys.stderr)
        return 2
    try:
        write_tsv(generate(args.n, args.seed), args.output)
    except OSError as exc:
        print(f"corpus_ru: error: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
        return 2
    return 0


# ---------------------------------------------------------------- slot fillers (explicit case forms)
# Korean names are written out by hand: pymorphy3 mangles them (Ына unknown, Хи as an interjection).

_MINISTR = "министр|министра|министру|министра|министром|министре"
_ZAM = "заместитель|заместителя|заместителю|заместителя|заместителем|заместителе"
_POSOL = "посол|посла|послу|посла|послом|после"
_PRES = "президент|президента|президенту|президента|президентом|президенте"
_PRED = "председатель|председателя|председателю|председателя|председателем|председателе"
_GLAVA = "глава|главы|главе|главу|главой|главе"
_PREMIER = "премьер-министр|премьер-министра|премьер-министру|премьер-министра|премьер-министром|премьер-министре"
_SPOKES = "пресс-секретарь|пресс-секретаря|пресс-секретарю|пресс-секретаря|пресс-секретарем|пресс-секретаре"
_OFFREP = ("официальный представитель|официального представителя|официальному представителю|"
           "официального представителя|официальным представителем|официальном представителе")
_LEADER_NK = "северокорейский лидер|северокорейского лидера|северокорейскому лидеру|северокорейского лидера|северокорейским лидером|северокорейском лидере"
_LEADER_RU = "российский лидер|российского лидера|российскому лидеру|российского лидера|российским лидером|российском лидере"
_LEADER = "лидер|лидера|лидеру|лидера|лидером|лидере"
_SA_TITLE = F("Председатель|Председателя|Председателю|Председателя|Председателем|Председателе", "Государственных дел КНДР")
_SA_WRONG = F(_PRES, "Государственных дел")
_SA_EN = "President of the State Affairs"


def _person(key: str, en: str, ru: str, titles: tuple[tuple[str, Forms], ...], gender: str = "m",
            short: tuple[str, str] = ("", ""), alts: tuple[tuple[str, Forms], ...] = (),
            title_alts: tuple[tuple[str, str, Forms], ...] = ()) -> Filler:
    """A person; `en` lists spelling variants separated by "/"; `short` = (English surname, its forms)."""
    short_ru = F(short[1]) if short[1] else None
    variants = tuple((e, F(ru)) for e in en.split("/"))
    return Filler(key, variants, gender, short[0], short_ru, titles, alts=alts, title_alts=title_alts)


def _head(spec: str, rest: str) -> str:
    """Six-form spec of a phrase where only the head inflects ("ситуация на Корейском полуострове")."""
    return "|".join(F(spec, rest).cases)


def _thing(key: str, variants: list[tuple[str, str]], gender: str = "m", prep_in: str = "в",
           prep_from: str = "из", from_case: str = "gent", alts: tuple[tuple[str, Forms], ...] = ()) -> Filler:
    """A place, country, organisation or topic; variants = [(English, "six|case|forms")]."""
    forms = tuple((en, F(ru)) for en, ru in variants)
    return Filler(key, forms, gender, prep_in=prep_in, prep_from=prep_from, from_case=from_case, alts=alts)


PUTIN = _person("putin", "Vladimir Putin", "Владимир Путин|Владимира Путина|Владимиру Путину|Владимира Путина|Владимиром Путиным|Владимире Путине", (
    ("Russian President", F(_PRES, "России")), ("President", F(_PRES, "России")),
    ("Russia's President", F(_PRES, "России")), ("Russian leader", F(_LEADER_RU))),
    short=("Putin", "Путин|Путина|Путину|Путина|Путиным|Путине"))
LAVROV = _person("lavrov", "Sergei Lavrov", "Сергей Лавров|Сергея Лаврова|Сергею Лаврову|Сергея Лаврова|Сергеем Лавровым|Сергее Лаврове", (
    ("Russian Foreign Minister", F(_MINISTR, "иностранных дел России")),
    ("Foreign Minister", F(_MINISTR, "иностранных дел России")),
    ("Russia's top diplomat", F(_GLAVA, "МИД России"))),
    short=("Lavrov", "Лавров|Лаврова|Лаврову|Лаврова|Лавровым|Лаврове"))
PESKOV = _person("peskov", "Dmitry Peskov", "Дмитрий Песков|Дмитрия Пескова|Дмитрию Пескову|Дмитрия Пескова|Дмитрием Песковым|Дмитрии Пескове", (
    ("Kremlin spokesman", F(_SPOKES, "Кремля")), ("Kremlin spokesperson", F(_SPOKES, "Кремля")),
    ("presidential spokesman", F(_SPOKES, "президента России"))),
    short=("Peskov", "Песков|Пескова|Пескову|Пескова|Песковым|Пескове"))
ZAKHAROVA = _person("zakharova", "Maria Zakharova", "Мария Захарова|Марии Захаровой|Марии Захаровой|Марию Захарову|Марией Захаровой|Марии Захаровой", (
    ("Russian Foreign Ministry spokeswoman", F(_OFFREP, "МИД России")),
    ("Foreign Ministry spokeswoman", F(_OFFREP, "МИД России"))), gender="f",
    short=("Zakharova", "Захарова|Захаровой|Захаровой|Захарову|Захаровой|Захаровой"))
SHOIGU = _person("shoigu", "Sergei Shoigu", "Сергей Шойгу|Сергея Шойгу|Сергею Шойгу|Сергея Шойгу|Сергеем Шойгу|Сергее Шойгу", (
    ("Security Council Secretary", F("секретарь|секретаря|секретарю|секретаря|секретарем|секретаре", "Совета безопасности России")),),
    short=("Shoigu", "Шойгу"))
BELOUSOV = _person("belousov", "Andrei Belousov", "Андрей Белоусов|Андрея Белоусова|Андрею Белоусову|Андрея Белоусова|Андреем Белоусовым|Андрее Белоусове", (
    ("Russian Defense Minister", F(_MINISTR, "обороны России")), ("Defense Minister", F(_MINISTR, "обороны России"))),
    short=("Belousov", "Белоусов|Белоусова|Белоусову|Белоусова|Белоусовым|Белоусове"))
RUDENKO = _person("rudenko", "Andrei Rudenko", "Андрей Руденко|Андрея Руденко|Андрею Руденко|Андрея Руденко|Андреем Руденко|Андрее Руденко", (
    ("Russian Deputy Foreign Minister", F(_ZAM, "министра иностранных дел России")),
    ("Deputy Foreign Minister", F(_ZAM, "министра иностранных дел России"))),
    short=("Rudenko", "Руденко"))
MATSEGORA = _person("matsegora", "Alexander Matsegora", "Александр Мацегора|Александра Мацегоры|Александру Мацегоре|Александра Мацегору|Александром Мацегорой|Александре Мацегоре", (
    ("Russian Ambassador to North Korea", F(_POSOL, "России в КНДР")),
    ("Russia's ambassador to Pyongyang", F(_POSOL, "России в Пхеньяне"))),
    short=("Matsegora", "Мацегора|Мацегоры|Мацегоре|Мацегору|Мацегорой|Мацегоре"))
KOZLOV = _person("kozlov", "Alexander Kozlov", "Александр Козлов|Александра Козлова|Александру Козлову|Александра Козлова|Александром Козловым|Александре Козлове", (
    ("Natural Resources Minister", F(_MINISTR, "природных ресурсов и экологии России")),
    ("Russian Natural Resources Minister", F(_MINISTR, "природных ресурсов и экологии России"))),
    short=("Kozlov", "Козлов|Козлова|Козлову|Козлова|Козловым|Козлове"))
MISHUSTIN = _person("mishustin", "Mikhail Mishustin", "Михаил Мишустин|Михаила Мишустина|Михаилу Мишустину|Михаила Мишустина|Михаилом Мишустиным|Михаиле Мишустине", (
    ("Russian Prime Minister", F(_PREMIER, "России")), ("Prime Minister", F(_PREMIER, "России"))),
    short=("Mishustin", "Мишустин|Мишустина|Мишустину|Мишустина|Мишустиным|Мишустине"))
VOLODIN = _person("volodin", "Vyacheslav Volodin", "Вячеслав Володин|Вячеслава Володина|Вячеславу Володину|Вячеслава Володина|Вячеславом Володиным|Вячеславе Володине", (
    ("State Duma Speaker", F(_PRED, "Государственной думы")),),
    short=("Volodin", "Володин|Володина|Володину|Володина|Володиным|Володине"))

KIM = _person("kim", "Kim Jong Un/Kim Jong-un", "Ким Чен Ын|Ким Чен Ына|Ким Чен Ыну|Ким Чен Ына|Ким Чен Ыном|Ким Чен Ыне", (
    ("North Korean leader", F(_LEADER_NK)), ("North Korea's leader", F(_LEADER, "Северной Кореи")),
    ("leader", F(_LEADER, "КНДР")), (_SA_EN, _SA_TITLE)),
    short=("Kim", "Ким Чен Ын|Ким Чен Ына|Ким Чен Ыну|Ким Чен Ына|Ким Чен Ыном|Ким Чен Ыне"),
    alts=(("name", F("Ким Чон Ын|Ким Чон Ына|Ким Чон Ыну|Ким Чон Ына|Ким Чон Ыном|Ким Чон Ыне")),),
    title_alts=((_SA_EN, "title", _SA_WRONG),))
CHOE = _person("choe", "Choe Son Hui/Choe Son-hui", "Цой Сон Хи", (
    ("Foreign Minister", F(_MINISTR, "иностранных дел КНДР")),
    ("North Korean Foreign Minister", F(_MINISTR, "иностранных дел КНДР")),
    ("North Korea's top diplomat", F(_GLAVA, "МИД КНДР"))), gender="f",
    short=("Choe", "Цой Сон Хи"), alts=(("name", F("Чхве Сон Хи")),))
KIM_YO_JONG = _person("kimyj", "Kim Yo-jong/Kim Yo Jong", "Ким Ё Чжон", (
    ("senior ruling party official", F("высокопоставленный представитель|высокопоставленного представителя|высокопоставленному представителю|высокопоставленного представителя|высокопоставленным представителем|высокопоставленном представителе", "правящей партии")),),
    gender="f")
KIM_TOK_HUN = _person("kimth", "Kim Tok Hun", "Ким Док Хун|Ким Док Хуна|Ким Док Хуну|Ким Док Хуна|Ким Док Хуном|Ким Док Хуне", (
    ("Premier", F(_PRED, "Кабинета министров КНДР")), ("North Korean Premier", F(_PRED, "Кабинета министров КНДР"))))
KANG = _person("kang", "Kang Sun Nam", "Кан Сун Нам|Кан Сун Нама|Кан Сун Наму|Кан Сун Нама|Кан Сун Намом|Кан Сун Наме", (
    ("Defense Minister", F(_MINISTR, "обороны КНДР")), ("North Korean Defense Minister", F(_MINISTR, "обороны КНДР"))))
SIN = _person("sin", "Sin Hong Chol", "Син Хон Чхоль|Син Хон Чхоля|Син Хон Чхолю|Син Хон Чхоля|Син Хон Чхолем|Син Хон Чхоле", (
    ("North Korean Ambassador to Russia", F(_POSOL, "КНДР в России")),))

YOON = _person("yoon", "Yoon Suk Yeol", "Юн Сок Ёль|Юн Сок Ёля|Юн Сок Ёлю|Юн Сок Ёля|Юн Сок Ёлем|Юн Сок Ёле", (
    ("South Korean President", F(_PRES, "Республики Корея")), ("President", F(_PRES, "Республики Корея"))),
    short=("Yoon", "Юн Сок Ёль|Юн Сок Ёля|Юн Сок Ёлю|Юн Сок Ёля|Юн Сок Ёлем|Юн Сок Ёле"))
CHO = _person("cho", "Cho Tae-yul", "Чо Тэ Ёль|Чо Тэ Ёля|Чо Тэ Ёлю|Чо Тэ Ёля|Чо Тэ Ёлем|Чо Тэ Ёле", (
    ("South Korean Foreign Minister", F(_MINISTR, "иностранных дел Республики Корея")),
    ("Foreign Minister", F(_MINISTR, "иностранных дел Республики Корея"))))
XI = _person("xi", "Xi Jinping", "Си Цзиньпин|Си Цзиньпина|Си Цзиньпину|Си Цзиньпина|Си Цзиньпином|Си Цзиньпине", (
    ("Chinese President", F(_PRED, "КНР")),), short=("Xi", "Си Цзиньпин|Си Цзиньпина|Си Цзиньпину|Си Цзиньпина|Си Цзиньпином|Си Цзиньпине"))
WANG = _person("wang", "Wang Yi", "Ван И", (("Chinese Foreign Minister", F(_MINISTR, "иностранных дел КНР")),),
               short=("Wang", "Ван И"))
BLINKEN = _person("blinken", "Antony Blinken", "Энтони Блинкен|Энтони Блинкена|Энтони Блинкену|Энтони Блинкена|Энтони Блинкеном|Энтони Блинкене", (
    ("U.S. Secretary of State", F("госсекретарь|госсекретаря|госсекретарю|госсекретаря|госсекретарем|госсекретаре", "США")),),
    short=("Blinken", "Блинкен|Блинкена|Блинкену|Блинкена|Блинкеном|Блинкене"))
GUTERRES = _person("guterres", "Antonio Guterres", "Антониу Гутерриш|Антониу Гутерриша|Антониу Гутерришу|Антониу Гутерриша|Антониу Гутерришем|Антониу Гутеррише", (
    ("U.N. Secretary-General", F("генеральный секретарь|генерального секретаря|генеральному секретарю|генерального секретаря|генеральным секретарем|генеральном секретаре", "ООН")),),
    short=("Guterres", "Гутерриш|Гутерриша|Гутерришу|Гутерриша|Гутерришем|Гутеррише"))
KISHIDA = _person("kishida", "Fumio Kishida", "Фумио Кисида|Фумио Кисиды|Фумио Кисиде|Фумио Кисиду|Фумио Кисидой|Фумио Кисиде", (
    ("Japanese Prime Minister", F(_PREMIER, "Японии")),), short=("Kishida", "Кисида|Кисиды|Кисиде|Кисиду|Кисидой|Кисиде"))

_NK_FORMS = "Северная Корея|Северной Кореи|Северной Корее|Северную Корею|Северной Кореей|Северной Корее"
_DPRK_FULL = ("Корейская Народно-Демократическая Республика|Корейской Народно-Демократической Республики|"
              "Корейской Народно-Демократической Республике|Корейскую Народно-Демократическую Республику|"
              "Корейской Народно-Демократической Республикой|Корейской Народно-Демократической Республике")
DPRK = _thing("dprk", [("the DPRK", "КНДР"), ("the DPRK", "КНДР"), ("the Democratic People's Republic of Korea", _DPRK_FULL)],
              "f", alts=(("dprk", F(_NK_FORMS)),))
NORTH_KOREA = _thing("nk", [("North Korea", _NK_FORMS), ("North Korea", _NK_FORMS), ("the North", _NK_FORMS)], "f")
RUSSIA = _thing("russia", [("Russia", "Россия|России|России|Россию|Россией|России"),
                           ("the Russian Federation", "Российская Федерация|Российской Федерации|Российской Федерации|Российскую Федерацию|Российской Федерацией|Российской Федерации")], "f")
SOUTH_KOREA = _thing("sk", [("South Korea", "Южная Корея|Южной Кореи|Южной Корее|Южную Корею|Южной Кореей|Южной Корее"),
                            ("the Republic of Korea", "Республика Корея|Республики Корея|Республике Корея|Республику Корея|Республикой Корея|Республике Корея")], "f")
PARTNERS = [
    _thing("china", [("China", "Китай|Китая|Китаю|Китай|Китаем|Китае")]),
    _thing("vietnam", [("Vietnam", "Вьетнам|Вьетнама|Вьетнаму|Вьетнам|Вьетнамом|Вьетнаме")], prep_in="во"),
    _thing("laos", [("Laos", "Лаос|Лаоса|Лаосу|Лаос|Лаосом|Лаосе")]),
    _thing("mongolia", [("Mongolia", "Монголия|Монголии|Монголии|Монголию|Монголией|Монголии")], "f"),
    _thing("belarus", [("Belarus", "Белоруссия|Белоруссии|Белоруссии|Белоруссию|Белоруссией|Белоруссии")], "f"),
    _thing("iran", [("Iran", "Иран|Ирана|Ирану|Иран|Ираном|Иране")]),
    _thing("cuba", [("Cuba", "Куба|Кубы|Кубе|Кубу|Кубой|Кубе")], "f", prep_in="на", prep_from="с"),
]
OTHER_COUNTRIES = [
    SOUTH_KOREA,
    _thing("japan", [("Japan", "Япония|Японии|Японии|Японию|Японией|Японии")], "f"),
    _thing("us", [("the United States", "США"), ("the U.S.", "США")], "p"),
    _thing("ukraine", [("Ukraine", "Украина|Украины|Украине|Украину|Украиной|Украине")], "f", prep_in="на", prep_from="с"),
]
RU_CITIES = [
    _thing("moscow", [("Moscow", "Москва|Москвы|Москве|Москву|Москвой|Москве")], "f"),
    _thing("vladivostok", [("Vladivostok", "Владивосток|Владивостока|Владивостоку|Владивосток|Владивостоком|Владивостоке")], prep_in="во"),
    _thing("khabarovsk", [("Khabarovsk", "Хабаровск|Хабаровска|Хабаровску|Хабаровск|Хабаровском|Хабаровске")]),
    _thing("spb", [("St. Petersburg", "Санкт-Петербург|Санкт-Петербурга|Санкт-Петербургу|Санкт-Петербург|Санкт-Петербургом|Санкт-Петербурге")]),
    _thing("kazan", [("Kazan", "Казань|Казани|Казани|Казань|Казанью|Казани")], "f"),
]
RU_REGIONS = [
    _thing("amur", [("the Amur region", "Амурская область|Амурской области|Амурской области|Амурскую область|Амурской областью|Амурской области")], "f"),
    _thing("primorye", [("the Primorsky Territory", "Приморский край|Приморского края|Приморскому краю|Приморский край|Приморским краем|Приморском крае")]),
    _thing("vostochny", [("the Vostochny Cosmodrome", "космодром Восточный|космодрома Восточный|космодрому Восточный|космодром Восточный|космодромом Восточный|космодроме Восточный")],
           prep_in="на", prep_from="с"),
    _thing("fareast", [("the Russian Far East", "Дальний Восток России|Дальнего Востока России|Дальнему Востоку России|Дальний Восток России|Дальним Востоком России|Дальнем Востоке России")],
           prep_in="на", prep_from="с"),
]
NK_CITIES = [
    _thing("pyongyang", [("Pyongyang", "Пхеньян|Пхеньяна|Пхеньяну|Пхеньян|Пхеньяном|Пхеньяне")]),
    _thing("wonsan", [("Wonsan", "Вонсан|Вонсана|Вонсану|Вонсан|Вонсаном|Вонсане")]),
    _thing("rason", [("Rason", "Расон|Расона|Расону|Расон|Расоном|Расоне")]),
    _thing("nampo", [("Nampo", "Нампхо")]),
]
OTHER_CITIES = [
    _thing("seoul", [("Seoul", "Сеул|Сеула|Сеулу|Сеул|Сеулом|Сеуле")]),
    _thing("beijing", [("Beijing", "Пекин|Пекина|Пекину|Пекин|Пекином|Пекине")]),
    _thing("washington", [("Washington", "Вашингтон|Вашингтона|Вашингтону|Вашингтон|Вашингтоном|Вашингтоне")]),
    _thing("tokyo", [("Tokyo", "Токио")]),
    _thing("hanoi", [("Hanoi", "Ханой|Ханоя|Ханою|Ханой|Ханоем|Ханое")]),
]
_AGENCY = "агентство|агентства|агентству|агентство|агентством|агентстве"
_CTAK_FULL = ("Центральное телеграфное агентство Кореи|Центрального телеграфного агентства Кореи|"
              "Центральному телеграфному агентству Кореи|Центральное телеграфное агентство Кореи|"
              "Центральным телеграфным агентством Кореи|Центральном телеграфном агентстве Кореи")
KCNA = _thing("kcna", [("the KCNA", "ЦТАК"), ("KCNA", "ЦТАК"), ("the Korean Central News Agency", _CTAK_FULL)], "n",
              alts=(("latin", F("KCNA")),))
KCNA_SHORT = _thing("kcna", [("the KCNA", "ЦТАК"), ("KCNA", "ЦТАК")], "n", alts=(("latin", F("KCNA")),))
NK_MEDIA = [
    KCNA,
    _thing("rodong", [("the Rodong Sinmun", "газета «Нодон синмун»|газеты «Нодон синмун»|газете «Нодон синмун»|газету «Нодон синмун»|газетой «Нодон синмун»|газете «Нодон синмун»")], "f"),
    _thing("nkmedia", [("North Korean state media", "государственные СМИ КНДР|государственных СМИ КНДР|государственным СМИ КНДР|государственные СМИ КНДР|государственными СМИ КНДР|государственных СМИ КНДР")], "p"),
]
OTHER_MEDIA = [
    _thing("yonhap", [("Yonhap", "|".join(f"{a} Рёнхап" for a in _AGENCY.split("|"))),
                      ("Yonhap News Agency", "|".join(f"{a} Рёнхап" for a in _AGENCY.split("|")))], "n"),
    _thing("reuters", [("Reuters", "|".join(f"{a} Рейтер" for a in _AGENCY.split("|")))], "n"),
    _thing("tass", [("TASS", "|".join(f"{a} ТАСС" for a in _AGENCY.split("|")))], "n"),
    _thing("ria", [("RIA Novosti", "|".join(f"{a} РИА Новости" for a in _AGENCY.split("|")))], "n"),
    _thing("interfax", [("Interfax", "|".join(f"{a} Интерфакс" for a in _AGENCY.split("|")))], "n"),
]
_GOV = "правительство|правительства|правительству|правительство|правительством|правительстве"
ORGS_NR = [  # bodies on the Moscow–Pyongyang side
    _thing("kremlin", [("the Kremlin", "Кремль|Кремля|Кремлю|Кремль|Кремлем|Кремле")]),
    _thing("mid_ru", [("the Russian Foreign Ministry", "МИД России"), ("Russia's Foreign Ministry", "МИД России")]),
    _thing("mid_kp", [("North Korea's Foreign Ministry", "МИД КНДР"), ("the North Korean foreign ministry", "МИД КНДР")]),
    _thing("wpk", [("the Workers' Party of Korea", "Трудовая партия Кореи|Трудовой партии Кореи|Трудовой партии Кореи|Трудовую партию Кореи|Трудовой партией Кореи|Трудовой партии Кореи")], "f"),
    _thing("gov_kp", [("the DPRK government", "|".join(f"{g} КНДР" for g in _GOV.split("|")))], "n"),
    _thing("gov_ru", [("the Russian government", "|".join(f"{g} России" for g in _GOV.split("|")))], "n"),
]
ORGS_SI = [  # Seoul and international bodies
    _thing("unific", [("South Korea's Unification Ministry", "министерство объединения Республики Корея|министерства объединения Республики Корея|министерству объединения Республики Корея|министерство объединения Республики Корея|министерством объединения Республики Корея|министерстве объединения Республики Корея")], "n"),
    _thing("mofa_sk", [("South Korea's Foreign Ministry", "МИД Республики Корея"), ("Seoul's foreign ministry", "МИД Республики Корея")]),
    _thing("jcs", [("South Korea's Joint Chiefs of Staff", "Объединенный комитет начальников штабов Республики Корея|Объединенного комитета начальников штабов Республики Корея|Объединенному комитету начальников штабов Республики Корея|Объединенный комитет начальников штабов Республики Корея|Объединенным комитетом начальников штабов Республики Корея|Объединенном комитете начальников штабов Республики Корея")]),
    _thing("unsc", [("the U.N. Security Council", "Совет Безопасности ООН|Совета Безопасности ООН|Совету Безопасности ООН|Совет Безопасности ООН|Советом Безопасности ООН|Совете Безопасности ООН")]),
    _thing("state_dept", [("the U.S. State Department", "Госдепартамент США|Госдепартамента США|Госдепартаменту США|Госдепартамент США|Госдепартаментом США|Госдепартаменте США")]),
]
AREAS = [
    _thing("trade", [("trade", "торговля|торговли|торговле|торговлю|торговлей|торговле")], "f"),
    _thing("tourism", [("tourism", "туризм|туризма|туризму|туризм|туризмом|туризме")]),
    _thing("agri", [("agriculture", "сельское хозяйство|сельского хозяйства|сельскому хозяйству|сельское хозяйство|сельским хозяйством|сельском хозяйстве")], "n"),
    _thing("health", [("healthcare", "здравоохранение|здравоохранения|здравоохранению|здравоохранение|здравоохранением|здравоохранении")], "n"),
    _thing("energy", [("energy", "энергетика|энергетики|энергетике|энергетику|энергетикой|энергетике")], "f"),
    _thing("edu", [("education", "образование|образования|образованию|образование|образованием|образовании")], "n"),
    _thing("transport", [("transportation", "транспорт|транспорта|транспорту|транспорт|транспортом|транспорте")]),
    _thing("science", [("science", "наука|науки|науке|науку|наукой|науке")], "f"),
    _thing("culture", [("culture", "культура|культуры|культуре|культуру|культурой|культуре")], "f"),
    _thing("sports", [("sports", "спорт|спорта|спорту|спорт|спортом|спорте")]),
    _thing("fish", [("fisheries", "рыболовство|рыболовства|рыболовству|рыболовство|рыболовством|рыболовстве")], "n"),
    _thing("it", [("information technology", "информационные технологии|информационных технологий|информационным технологиям|информационные технологии|информационными технологиями|информационных технологиях")], "p"),
]
ISSUES = [
    _thing("milcoop", [("military cooperation", "военное сотрудничество|военного сотрудничества|военному сотрудничеству|военное сотрудничество|военным сотрудничеством|военном сотрудничестве")], "n"),
    _thing("ecocoop", [("economic cooperation", "экономическое сотрудничество|экономического сотрудничества|экономическому сотрудничеству|экономическое сотрудничество|экономическим сотрудничеством|экономическом сотрудничестве")], "n"),
    _thing("bilat", [("bilateral relations", "двусторонние отношения|двусторонних отношений|двусторонним отношениям|двусторонние отношения|двусторонними отношениями|двусторонних отношениях")], "p"),
    _thing("peninsula", [("the situation on the Korean Peninsula", _head("ситуация|ситуации|ситуации|ситуацию|ситуацией|ситуации", "на Корейском полуострове"))], "f"),
    _thing("regsec", [("regional security", "региональная безопасность|региональной безопасности|региональной безопасности|региональную безопасность|региональной безопасностью|региональной безопасности")], "f"),
    _thing("aid", [("humanitarian aid", "гуманитарная помощь|гуманитарной помощи|гуманитарной помощи|гуманитарную помощь|гуманитарной помощью|гуманитарной помощи")], "f"),
    _thing("nuclear", [("the nuclear issue", "ядерная проблема|ядерной проблемы|ядерной проблеме|ядерную проблему|ядерной проблемой|ядерной проблеме")], "f"),
    _thing("sanctions", [("Western sanctions", "западные санкции|западных санкций|западным санкциям|западные санкции|западными санкциями|западных санкциях")], "p"),
    _thing("ukrconf", [("the Ukraine conflict", "украинский конфликт|украинского конфликта|украинскому конфликту|украинский конфликт|украинским конфликтом|украинском конфликте")]),
    _thing("nea", [("security in Northeast Asia", _head("безопасность|безопасности|безопасности|безопасность|безопасностью|безопасности", "в Северо-Восточной Азии"))], "f"),
]
_ADJ_M = ("ый", "ого", "ому", "ый", "ым", "ом")
_VISIT = ("визит", "визита", "визиту", "визит", "визитом", "визите")
_DAYS = [("two", "двухдневн"), ("three", "трехдневн"), ("four", "четырехдневн"), ("five", "пятидневн"),
         ("six", "шестидневн"), ("seven", "семидневн")]


def _visit(days_en: str, stem: str, official: bool) -> Filler:
    """"a three-day (official) visit": masculine adjective endings on the day stem, визит inflected."""
    cases = [f"{stem}{e} официальн{e} {v}" if official else f"{stem}{e} {v}" for e, v in zip(_ADJ_M, _VISIT)]
    en = f"{days_en}-day official visit" if official else f"{days_en}-day visit"
    return _thing(f"visit-{days_en}-{official}", [(en, "|".join(cases))])


VISITS = [_visit(en, stem, official) for en, stem in _DAYS for official in (False, True)]


# ---------------------------------------------------------------- dates, times and numbers

_MONTHS = [  # (English spelled out, AP abbreviation before a day, Russian genitive, Russian locative)
    ("January", "Jan.", "января", "январе"), ("February", "Feb.", "февраля", "феврале"),
    ("March", "March", "марта", "марте"), ("April", "April", "апреля", "апреле"),
    ("May", "May", "мая", "мае"), ("June", "June", "июня", "июне"), ("July", "July", "июля", "июле"),
    ("August", "Aug.", "августа", "августе"), ("September", "Sept.", "сентября", "сентябре"),
    ("October", "Oct.", "октября", "октябре"), ("November", "Nov.", "ноября", "ноябре"),
    ("December", "Dec.", "декабря", "декабре"),
]
_WEEKDAYS = [("Monday", "в понедельник"), ("Tuesday", "во вторник"), ("Wednesday", "в среду"),
             ("Thursday", "в четверг"), ("Friday", "в пятницу"), ("Saturday", "в субботу"), ("Sunday", "в воскресенье")]
_PAST_RELATIVE = [("last week", "на прошлой неделе"), ("earlier this month", "ранее в этом месяце"),
                  ("last month", "в прошлом месяце"), ("earlier this week", "в начале этой недели")]
_FUTURE_RELATIVE = [("next week", "на следующей неделе"), ("next month", "в следующем месяце"),
                    ("later this year", "позднее в этом году"), ("at an early date", "в ближайшее время"),
                    ("in the near future", "в ближайшее время"), ("next year", "в следующем году")]
_NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_PLAIN = Filler("plain", (("", F("-")),), "n")


def _plain(en: str, ru: str, number: int | None = None) -> Bound:
    return Bound(_PLAIN, en, F(ru), "", None, frozenset(), number)


def _date(rng: random.Random) -> tuple[str, str]:
    """"Sept. 13, 2023" / "13 сентября 2023 года"."""
    _, abbr, gen, _ = rng.choice(_MONTHS)
    day, year = rng.randint(1, 28), rng.randint(2000, 2024)
    return f"{abbr} {day}, {year}", f"{day} {gen} {year} года"


def _when(rng: random.Random) -> tuple[str, str]:
    """A past-time adverbial as wire copy writes it: "Sunday", "on Sept. 13, 2023", "in July 2000"."""
    kind = rng.randrange(5)
    if kind == 0:
        en, ru = rng.choice(_WEEKDAYS)
        return (en if rng.random() < 0.6 else f"on {en}"), ru
    if kind == 1:
        en, ru = _date(rng)
        return f"on {en}", ru
    if kind == 2:
        month, _, _, loc = rng.choice(_MONTHS)
        year = rng.randint(2000, 2024)
        return f"in {month} {year}", f"в {loc} {year} года"
    if kind == 3:
        _, abbr, gen, _ = rng.choice(_MONTHS)
        day = rng.randint(1, 28)
        return f"on {abbr} {day}", f"{day} {gen}"
    return rng.choice(_PAST_RELATIVE)


def _future(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        return rng.choice(_FUTURE_RELATIVE)
    month, abbr, gen, loc = rng.choice(_MONTHS)
    if rng.random() < 0.5:
        return f"in {month}", f"в {loc}"
    day = rng.randint(1, 28)
    return f"on {abbr} {day}", f"{day} {gen}"


def time_slot(kind: str, rng: random.Random) -> Bound:
    """WHEN (past adverbial), FUT (future adverbial), DATE (bare full date), Y (a year)."""
    if kind == "WHEN":
        return _plain(*_when(rng))
    if kind == "FUT":
        return _plain(*_future(rng))
    if kind == "DATE":
        return _plain(*_date(rng))
    if kind == "Y":
        year = str(rng.randint(1992, 2024))
        return _plain(year, year)
    raise KeyError(f"unknown slot kind {kind!r}")


def number_slot(rng: random.Random) -> Bound:
    """A count 2..60; English spells out one to nine (AP style), Russian uses digits."""
    n = rng.choice(list(range(2, 10)) * 3 + list(range(10, 61)))
    return _plain(_NUMBER_WORDS[n] if n < 10 else str(n), str(n), n)


_KIM_SA = Filler(KIM.key, KIM.variants, "m", KIM.short_en, KIM.short_ru, ((_SA_EN, _SA_TITLE),),
                 title_alts=KIM.title_alts)
POOLS: dict[str, list[Filler]] = {
    "R": [PUTIN, LAVROV, PESKOV, ZAKHAROVA, SHOIGU, BELOUSOV, RUDENKO, MATSEGORA, KOZLOV, MISHUSTIN, VOLODIN],
    "K": [KIM, CHOE, KIM_YO_JONG, KIM_TOK_HUN, KANG, SIN],
    "O": [YOON, CHO, XI, WANG, BLINKEN, GUTERRES, KISHIDA],
    "KN": [KIM, CHOE], "KM": [KIM, KANG], "CH": [CHOE], "PUT": [PUTIN], "OS": [YOON, CHO],
    "RX": [LAVROV, PESKOV, ZAKHAROVA, SHOIGU, BELOUSOV, RUDENKO, MATSEGORA, KOZLOV, MISHUSTIN, VOLODIN],
    "SA": [_KIM_SA],
    "D": [DPRK], "NK": [NORTH_KOREA], "RUS": [RUSSIA],
    "CP": PARTNERS, "CW": OTHER_COUNTRIES, "C": PARTNERS + OTHER_COUNTRIES + [DPRK, NORTH_KOREA, RUSSIA],
    "CIR": RU_CITIES, "PLR": RU_CITIES + RU_REGIONS, "CIK": NK_CITIES, "CIO": OTHER_CITIES,
    "AG": NK_MEDIA + OTHER_MEDIA, "AGN": NK_MEDIA, "AK": [KCNA_SHORT],
    "ORG": ORGS_NR, "ORGS": ORGS_SI, "TOP": AREAS, "ISS": ISSUES, "VIS": VISITS,
}
# Deliberate, systematic MT errors per template family: {family: {failure: probability}} (see README-ru.md).
FAMILY_FAILURES: dict[str, dict[str, float]] = {
    "visit_dprk": {"dprk": 0.75},
    "dprk_ties": {"dprk": 0.75},
    "wrong_names": {"name": 1.0},
    "soa_title": {"title": 1.0},
    "kcna_latin": {"latin": 1.0},
}

# ---------------------------------------------------------------- templates
# {X1} English full form (title + name), {X1.n} name only, {X1.s} short name, {X1.poss} possessive;
# Russian {X1.gent}, {X1.s.datv}, places {X1.in}/{X1.to}/{X1.from}; {X1~m|f|n|pl} agrees with X1's gender;
# {N1#one,few,many} is a counted noun. Pool kinds: see POOLS; WHEN/FUT/DATE/Y/N are generated.

_TEMPLATE_TEXT = """
@said
{R1} said {WHEN} that Moscow is ready to expand cooperation with {D1}. || {R1.nomn} {WHEN} заявил{R1~|а|о|и}, что Москва готова расширять сотрудничество с {D1.ablt}.
{K1} said {WHEN} that Pyongyang highly values its friendship with {RUS1}. || {WHEN} {K1.nomn} заявил{K1~|а|о|и}, что Пхеньян высоко ценит дружбу с {RUS1.ablt}.
{O1} said {WHEN} that {C1} must return to dialogue. || {O1.nomn} {WHEN} заявил{O1~|а|о|и}, что {C1.nomn} долж{C1~ен|на|но|ны} вернуться к диалогу.
{R1} told reporters {WHEN} that the talks with {K1.n} had been "constructive." || {R1.nomn} {WHEN} сообщил{R1~|а|о|и} журналистам, что переговоры с {K1.n.ablt} были «конструктивными».
{K1} said {WHEN} that the two sides had discussed {ISS1} "in a warm and friendly atmosphere." || {K1.nomn} {WHEN} сообщил{K1~|а|о|и}, что стороны обсудили {ISS1.accs} «в теплой и дружественной атмосфере».
{ORG1} said {WHEN} that it "strongly condemns" the new sanctions against {D1}. || {WHEN} {ORG1.nomn} заявил{ORG1~|а|о|и}, что «решительно осуждает» новые санкции против {D1.gent}.
{ORGS1} said {WHEN} it was closely monitoring military cooperation between {RUS1} and {NK1}. || {WHEN} {ORGS1.nomn} заявил{ORGS1~|а|о|и}, что внимательно следит за военным сотрудничеством между {RUS1.ablt} и {NK1.ablt}.
{O1} said {WHEN} that arms deals between Moscow and Pyongyang would violate U.N. Security Council resolutions. || {O1.nomn} {WHEN} заявил{O1~|а|о|и}, что сделки по поставкам оружия между Москвой и Пхеньяном нарушили бы резолюции Совета Безопасности ООН.
{R1} said there were "no restrictions" on cooperation with {D1} in any area. || {R1.nomn} заявил{R1~|а|о|и}, что для сотрудничества с {D1.ablt} «нет никаких ограничений» ни в одной сфере.
{K1} said {WHEN} that DPRK-Russia relations had entered "a new era." || {WHEN} {K1.nomn} заявил{K1~|а|о|и}, что отношения между КНДР и Россией вступили в «новую эпоху».
{R1} said {WHEN} that Moscow would continue to develop cooperation with Pyongyang in {TOP1}. || {R1.nomn} {WHEN} заявил{R1~|а|о|и}, что Москва продолжит развивать сотрудничество с Пхеньяном в области {TOP1.gent}.
{R1.s} also said that {ISS1} had been discussed in detail. || {R1.s.nomn} также сообщил{R1~|а|о|и}, что {ISS1.nomn} подробно обсуждал{ISS1~ся|ась|ось|ись}.
{CP1} said {WHEN} it would not recognize the new sanctions. || {WHEN} {CP1.nomn} заявил{CP1~|а|о|и}, что не признает новые санкции.
{O1} said {WHEN} that {RUS1} and {NK1} should stop their arms trade. || {O1.nomn} {WHEN} заявил{O1~|а|о|и}, что {RUS1.nomn} и {NK1.nomn} должны прекратить торговлю оружием.
@quote
"We are ready to greet our closest friend with the greatest sincerity," {K1} said. || «Мы готовы с величайшей искренностью встретить нашего самого близкого друга», — заявил{K1~|а|о|и} {K1.nomn}.
"Relations between our two countries are developing steadily," {R1.s} said {WHEN}. || «Отношения между нашими странами неуклонно развиваются», — заявил{R1~|а|о|и} {R1.s.nomn} {WHEN}.
"The visit is being discussed through diplomatic channels," {R1} told reporters. || «Визит обсуждается по дипломатическим каналам», — сообщил{R1~|а|о|и} журналистам {R1.nomn}.
"{D1} will always stand by {RUS1}," {K1} said in a speech {WHEN}. || «{D1.nomn} всегда будет на стороне {RUS1.gent}», — заявил{K1~|а|о|и} {K1.nomn} {WHEN} в своей речи.
"We highly appreciate {CP1.poss} support," {R1} said. || «Мы высоко ценим поддержку {CP1.gent}», — сказал{R1~|а|о|и} {R1.nomn}.
"The two sides exchanged views on {ISS1}," the statement said. || «Стороны обменялись мнениями по {ISS1.datv}», — говорится в заявлении.
"The talks were held in a friendly atmosphere," {AG1} said. || «Переговоры прошли в дружественной атмосфере», — сообщил{AG1~|а|о|и} {AG1.nomn}.
"{K1.n} expressed deep thanks for the warm hospitality," {AGN1} said. || «{K1.n.nomn} выразил{K1~|а|о|и} глубокую благодарность за теплый прием», — сообщил{AGN1~|а|о|и} {AGN1.nomn}.
"Nobody can stop the development of our relations," {R1.s} said, according to {AG1}. || «Никто не сможет остановить развитие наших отношений», — сказал{R1~|а|о|и} {R1.s.nomn}, передает {AG1.nomn}.
"We will never forget the support of the people of {CP1}," {K1} said. || «Мы никогда не забудем поддержку народа {CP1.gent}», — сказал{K1~|а|о|и} {K1.nomn}.
"It is an important step toward peace in Northeast Asia," {O1.s} told reporters in {CIO1}. || «Это важный шаг к миру в Северо-Восточной Азии», — сказал{O1~|а|о|и} {O1.s.nomn} журналистам {CIO1.in}.
"We will respond resolutely to any provocation," {K1} warned {WHEN}. || «Мы решительно ответим на любую провокацию», — предупредил{K1~|а|о|и} {K1.nomn} {WHEN}.
"This is a matter for two sovereign states," {R1.s} said of the talks with Pyongyang. || «Это дело двух суверенных государств», — сказал{R1~|а|о|и} {R1.s.nomn} о переговорах с Пхеньяном.
@agency
{AG1} reported {WHEN} that {K1} had arrived in {CIR1} for talks with {R1}. || {WHEN} {AG1.nomn} сообщил{AG1~|а|о|и}, что {K1.nomn} прибыл{K1~|а|о|и} {CIR1.to} для переговоров с {R1.ablt}.
{R1} arrived in Pyongyang {WHEN} on a {VIS1}, {AGN1} reported. || {R1.nomn} {WHEN} прибыл{R1~|а|о|и} в Пхеньян с {VIS1.ablt}, сообщил{AGN1~|а|о|и} {AGN1.nomn}.
{KM1} inspected a munitions factory {WHEN}, {AGN1} said. || {KM1.nomn} {WHEN} осмотрел{KM1~|а|о|и} завод по производству боеприпасов, сообщил{AGN1~|а|о|и} {AGN1.nomn}.
{K1} left Pyongyang for {CIR1} {WHEN}, {AGN1} said. || {WHEN} {K1.nomn} отбыл{K1~|а|о|и} из Пхеньяна {CIR1.to}, сообщил{AGN1~|а|о|и} {AGN1.nomn}.
According to {AG1}, {K1} and {R1} discussed {ISS1}. || По сообщению {AG1.gent}, {K1.nomn} и {R1.nomn} обсудили {ISS1.accs}.
{AG1} said {WHEN} that a delegation from {CP1} had arrived in Pyongyang. || {WHEN} {AG1.nomn} сообщил{AG1~|а|о|и}, что в Пхеньян прибыла делегация {CP1.from}.
{AGN1} carried the full text of the statement {WHEN}. || {WHEN} {AGN1.nomn} опубликовал{AGN1~|а|о|и} полный текст заявления.
{K1} returned home {WHEN} after a visit to {CP1}, {AGN1} reported. || {WHEN} {K1.nomn} вернул{K1~ся|ась|ось|ись} на родину после визита {CP1.to}, сообщил{AGN1~|а|о|и} {AGN1.nomn}.
{AG1}, citing a government source, said {R1} could visit {CIK1} {FUT}. || {AG1.nomn} со ссылкой на источник в правительстве сообщил{AG1~|а|о|и}, что {R1.nomn} может посетить {CIK1.accs} {FUT}.
{K1} sent a congratulatory message to {O1}, {AGN1} reported. || {K1.nomn} направил{K1~|а|о|и} поздравительное послание {O1.datv}, сообщил{AGN1~|а|о|и} {AGN1.nomn}.
{AGN1} did not say when the talks would take place. || {AGN1.nomn} не уточнил{AGN1~|а|о|и}, когда состоятся переговоры.
{AG1} quoted {R1} as saying that the visit would take place {FUT}. || {AG1.nomn} привод{AG1~ит|ит|ит|ят} слова {R1.gent} о том, что визит состоится {FUT}.
@visit
{R1} will pay an official visit to {CP1} {FUT}. || {FUT} {R1.nomn} посетит {CP1.accs} с официальным визитом.
{K1} arrived in {PLR1} {WHEN} on a {VIS1}. || {WHEN} {K1.nomn} прибыл{K1~|а|о|и} {PLR1.to} с {VIS1.ablt}.
{K1} visited {PLR1} {WHEN}. || {WHEN} {K1.nomn} посетил{K1~|а|о|и} {PLR1.accs}.
{K1} toured {PLR1} with {R1} {WHEN}. || {WHEN} {K1.nomn} вместе с {R1.ablt} осмотрел{K1~|а|о|и} {PLR1.accs}.
{R1} met {K1} in {CIK1} {WHEN}. || {WHEN} {R1.nomn} встретил{R1~ся|ась|ось|ись} с {K1.ablt} {CIK1.in}.
{K1} returned to Pyongyang {WHEN} from {CIR1}. || {WHEN} {K1.nomn} вернул{K1~ся|ась|ось|ись} в Пхеньян {CIR1.from}.
{K1.poss} trip to {RUS1} lasted {N1#day,days}. || Поездка {K1.gent} {RUS1.to} продлилась {N1#день,дня,дней}.
{R1.poss} visit to {CIK1} is being prepared, {R2} said. || Визит {R1.gent} {CIK1.to} готовится, сообщил{R2~|а|о|и} {R2.nomn}.
{K1} met with {RX1} in {CIR1} and paid a courtesy call on {PUT1}. || {K1.nomn} встретил{K1~ся|ась|ось|ись} с {RX1.ablt} {CIR1.in} и нанес{K1~|ла|ло|ли} визит вежливости {PUT1.s.datv}.
{K1} left {CIR1} for Pyongyang {WHEN} after a {VIS1}. || {WHEN} {K1.nomn} отбыл{K1~|а|о|и} {CIR1.from} в Пхеньян после {VIS1.gent}.
{K1} is on a {VIS1} to {RUS1} at the invitation of {R1}. || {K1.nomn} находится {RUS1.in} с {VIS1.ablt} по приглашению {R1.gent}.
{R1} traveled to {CIK1} by train {WHEN}. || {WHEN} {R1.nomn} отправил{R1~ся|ась|ось|ись} {CIK1.to} на поезде.
{R1} will visit {CP1} and {CIO1} {FUT}. || {FUT} {R1.nomn} посетит {CP1.accs} и {CIO1.accs}.
{K1} was seen off at the airport by {R1}. || В аэропорту {K1.accs} провожал{R1~|а|о|и} {R1.nomn}.
A delegation led by {K1} arrived in {CIR1} {WHEN}. || {WHEN} {CIR1.to} прибыла делегация во главе с {K1.ablt}.
{K1} laid a wreath at the Tomb of the Unknown Soldier in Moscow. || {K1.nomn} возложил{K1~|а|о|и} венок к Могиле Неизвестного Солдата в Москве.
@talks
{R1} held talks with {K1} in {CIR1} {WHEN}. || {WHEN} {R1.nomn} провел{R1~|а|о|и} переговоры с {K1.ablt} {CIR1.in}.
{K1} and {R1} discussed {ISS1} during their talks. || В ходе переговоров {K1.nomn} и {R1.nomn} обсудили {ISS1.accs}.
The talks between {K1.n} and {R1.n} lasted {N1#hour,hours}. || Переговоры {K1.n.gent} и {R1.n.gent} продлились {N1#час,часа,часов}.
{R1} met with {K1} on the sidelines of the forum in {CIR1}. || {R1.nomn} встретил{R1~ся|ась|ось|ись} с {K1.ablt} на полях форума {CIR1.in}.
{R1} and {K1} exchanged views on {ISS1}. || {R1.nomn} и {K1.nomn} обменялись мнениями по {ISS1.datv}.
{K1} met with {K1~his|her|its|their} Russian counterpart, {R1.n}, {WHEN}. || {WHEN} {K1.nomn} встретил{K1~ся|ась|ось|ись} со своим российским коллегой {R1.n.ablt}.
{R1} hosted a dinner in honor of {K1}. || {R1.nomn} дал{R1~|а|о|и} обед в честь {K1.gent}.
{R1} and {O1} spoke by phone {WHEN} about {ISS1}. || {WHEN} {R1.nomn} и {O1.nomn} обсудили по телефону {ISS1.accs}.
{O1} and {O2} agreed {WHEN} to coordinate closely on {ISS1}. || {WHEN} {O1.nomn} и {O2.nomn} договорились тесно координировать действия по {ISS1.datv}.
{R1} and {K1} signed a protocol on cooperation in {TOP1}. || {R1.nomn} и {K1.nomn} подписали протокол о сотрудничестве в области {TOP1.gent}.
{K1} held a closed-door meeting with {R1} for {N1#hour,hours}. || {K1.nomn} провел{K1~|а|о|и} закрытую встречу с {R1.ablt}, которая продлилась {N1#час,часа,часов}.
The two sides reached "a consensus of views" on {ISS1}, {K1} said. || Стороны «достигли единства взглядов» по {ISS1.datv}, заявил{K1~|а|о|и} {K1.nomn}.
{O1} raised concerns about {ISS1} in talks with {O2}. || В ходе переговоров с {O2.ablt} {O1.nomn} выразил{O1~|а|о|и} обеспокоенность по поводу {ISS1.gent}.
{R1.s} and {K1.s} agreed to meet again {FUT}. || {R1.s.nomn} и {K1.s.nomn} договорились встретиться вновь {FUT}.
@possessive
{K1.poss} visit to {RUS1} came as the two countries seek to deepen {ISS1}. || Визит {K1.gent} {RUS1.to} состоялся на фоне стремления двух стран углубить {ISS1.accs}.
{R1.poss} remarks came {N1#day,days} after {K1} returned from {CIR1}. || Заявление {R1.gent} прозвучало через {N1#день,дня,дней} после того, как {K1.nomn} вернул{K1~ся|ась|ось|ись} {CIR1.from}.
{R1.s.poss} visit to the North was being discussed "through diplomatic channels," {R2} said. || Визит {R1.s.gent} в Северную Корею обсуждается «по дипломатическим каналам», заявил{R2~|а|о|и} {R2.nomn}.
{CP1.poss} ambassador to Pyongyang met with {K1} {WHEN}. || {WHEN} посол {CP1.gent} в КНДР встретился с {K1.ablt}.
{CH1.poss} assistant office noted that {R1.s} had thanked {K2.n} for the invitation. || Офис помощника {CH1.gent} отметил, что {R1.s.nomn} поблагодарил{R1~|а|о|и} {K2.n.accs} за приглашение.
{RUS1.poss} support for {NK1} has drawn criticism from {CW1}. || Поддержка, которую {RUS1.nomn} оказывает {NK1.datv}, вызвала критику со стороны {CW1.gent}.
{K1.poss} speech was broadcast on state television {WHEN}. || {WHEN} речь {K1.gent} транслировалась по государственному телевидению.
{O1.poss} comments drew a sharp response from {ORG1}. || Высказывания {O1.gent} вызвали резкую реакцию со стороны {ORG1.gent}.
{NK1.poss} arms supplies to {RUS1} remain a major concern for Seoul and Washington. || Поставки оружия из {NK1.gent} {RUS1.to} по-прежнему серьезно беспокоят Сеул и Вашингтон.
@cooperation
{RUS1} and {NK1} agreed to expand cooperation in {TOP1}. || {RUS1.nomn} и {NK1.nomn} договорились расширять сотрудничество в области {TOP1.gent}.
Moscow and Pyongyang will hold a forum on {TOP1} in {CIR1} {FUT}. || {FUT} Москва и Пхеньян проведут {CIR1.in} форум по вопросам {TOP1.gent}.
{R1} praised the progress in {TOP1} cooperation with {NK1}. || {R1.nomn} высоко оценил{R1~|а|о|и} прогресс в сотрудничестве с {NK1.ablt} в области {TOP1.gent}.
An intergovernmental commission on {TOP1} will meet in {CIK1} {FUT}. || {FUT} {CIK1.in} состоится заседание межправительственной комиссии по вопросам {TOP1.gent}.
{CP1} and {NK1} signed a memorandum on {TOP1} {WHEN}. || {WHEN} {CP1.nomn} и {NK1.nomn} подписали меморандум о сотрудничестве в области {TOP1.gent}.
The two countries plan to boost cooperation in {TOP1} and {TOP2}. || Две страны планируют активизировать сотрудничество в области {TOP1.gent} и {TOP2.gent}.
{K1} called for stronger ties with {CP1} in {TOP1}. || {K1.nomn} призвал{K1~|а|о|и} укреплять связи с {CP1.ablt} в области {TOP1.gent}.
A group of {N1#Russian expert,Russian experts} arrived in {CIK1} to help with projects in {TOP1}. || {CIK1.to} прибыла группа из {N1#российского специалиста,российских специалистов,российских специалистов} для помощи в проектах в области {TOP1.gent}.
{RUS1} will send a group of {N1#student,students} to study in Pyongyang {FUT}. || {FUT} {RUS1.nomn} направит на учебу в Пхеньян группу из {N1#студента,студентов,студентов}.
{R1} proposed setting up a working group on {TOP1}. || {R1.nomn} предложил{R1~|а|о|и} создать рабочую группу по вопросам {TOP1.gent}.
@security
{ORGS1} said {NK1} fired a ballistic missile into the East Sea {WHEN}. || {WHEN} {ORGS1.nomn} сообщил{ORGS1~|а|о|и}, что {NK1.nomn} запустил{NK1~|а|о|и} баллистическую ракету в сторону Японского моря.
{NK1} launched {N1#cruise missile,cruise missiles} {WHEN}, {ORGS1} said. || {WHEN} {NK1.nomn} запустил{NK1~|а|о|и} {N1#крылатую ракету,крылатые ракеты,крылатых ракет}, сообщил{ORGS1~|а|о|и} {ORGS1.nomn}.
{KM1} oversaw a test-fire of a new multiple rocket launcher {WHEN}. || {WHEN} {KM1.nomn} руководил{KM1~|а|о|и} испытательными стрельбами из новой реактивной системы залпового огня.
{ORGS1} condemned the launch as a "grave provocation." || {ORGS1.nomn} осудил{ORGS1~|а|о|и} запуск как «серьезную провокацию».
{O1} called on {NK1} to refrain from further provocations. || {O1.nomn} призвал{O1~|а|о|и} {NK1.accs} воздерживаться от дальнейших провокаций.
{KM1} vowed to bolster the country's nuclear deterrent. || {KM1.nomn} пообещал{KM1~|а|о|и} укреплять ядерный потенциал сдерживания страны.
{O1} warned that arms transfers to {RUS1} would have consequences. || {O1.nomn} предупредил{O1~|а|о|и}, что передача оружия {RUS1.datv} повлечет за собой последствия.
{ORGS1} will hold an emergency meeting on {ISS1} {FUT}. || {FUT} {ORGS1.nomn} провед{ORGS1~ет|ет|ет|ут} экстренное заседание по {ISS1.datv}.
{R1} rejected claims that Moscow was buying weapons from Pyongyang. || {R1.nomn} отверг{R1~|ла|ло|ли} утверждения о том, что Москва закупает оружие у Пхеньяна.
{O1} said {N1#ship,ships} had carried containers between {NK1} and {RUS1}. || {O1.nomn} заявил{O1~|а|о|и}, что {N1#судно перевезло,судна перевезли,судов перевезли} контейнеры между {NK1.ablt} и {RUS1.ablt}.
{KM1} visited a military unit in {CIK1} {WHEN}. || {WHEN} {KM1.nomn} посетил{KM1~|а|о|и} воинскую часть {CIK1.in}.
@sanctions
{CW1} imposed new sanctions on {N1#North Korean entity,North Korean entities} {WHEN}. || {WHEN} {CW1.nomn} ввел{CW1~|а|о|и} новые санкции против {N1#северокорейской организации,северокорейских организаций,северокорейских организаций}.
{RUS1} vetoed a draft resolution on {NK1} at the U.N. Security Council. || {RUS1.nomn} наложил{RUS1~|а|о|и} вето на проект резолюции Совета Безопасности ООН по {NK1.datv}.
{R1} called Western sanctions against {NK1} "counterproductive." || {R1.nomn} назвал{R1~|а|о|и} западные санкции против {NK1.gent} «контрпродуктивными».
{O1} urged all countries to fully implement the sanctions on {NK1}. || {O1.nomn} призвал{O1~|а|о|и} все страны в полном объеме выполнять санкции в отношении {NK1.gent}.
The sanctions target {N1#company,companies} in {C1} and {CP1}. || Санкции направлены против {N1#компании,компаний,компаний} из {C1.gent} и {CP1.gent}.
{ORG1} dismissed the sanctions as "illegal." || {ORG1.nomn} назвал{ORG1~|а|о|и} санкции «незаконными».
@history
{R1.s} last visited {CIK1} in {Y1}. || В последний раз {R1.s.nomn} посещал{R1~|а|о|и} {CIK1.accs} в {Y1} году.
{K1} first visited {RUS1} in {Y1}. || Впервые {K1.nomn} посетил{K1~|а|о|и} {RUS1.accs} в {Y1} году.
The two countries established diplomatic relations in {Y1}. || Две страны установили дипломатические отношения в {Y1} году.
The treaty was signed in {CIK1} in {Y1}. || Договор был подписан {CIK1.in} в {Y1} году.
{K1} and {R1} last met {WHEN}. || В последний раз {K1.nomn} и {R1.nomn} встречались {WHEN}.
Relations between Moscow and Pyongyang have warmed markedly since {Y1}. || С {Y1} года отношения между Москвой и Пхеньяном заметно потеплели.
{CIR1} and {CIK1} became sister cities in {Y1}. || {CIR1.nomn} и {CIK1.nomn} стали городами-побратимами в {Y1} году.
@caption
{R1} and {K1} visit {PLR1}, {DATE1}. Reuters-Yonhap || {R1.nomn} и {K1.nomn} посещают {PLR1.accs}, {DATE1}. Рейтер-Рёнхап
{K1} speaks during a meeting in {CIK1}, {DATE1}. (Yonhap) || {K1.nomn} выступает на совещании {CIK1.in}, {DATE1}. (Рёнхап)
{R1} shakes hands with {K1} in {CIR1}, {DATE1}. Reuters-Yonhap || {R1.nomn} пожимает руку {K1.datv} {CIR1.in}, {DATE1}. Рейтер-Рёнхап
This photo, released by {AGN1}, shows {K1} at a factory in {CIK1}. (Yonhap) || На этом снимке, распространенном {AGN1.ablt}, {K1.nomn} на заводе {CIK1.in}. (Рёнхап)
{K1} arrives in {CIR1}, {DATE1}. (Yonhap) || {K1.nomn} прибывает {CIR1.to}, {DATE1}. (Рёнхап)
@south
{OS1} said {WHEN} that Seoul would respond firmly to military cooperation between {RUS1} and {NK1}. || {OS1.nomn} {WHEN} заявил{OS1~|а|о|и}, что Сеул будет решительно реагировать на военное сотрудничество между {RUS1.ablt} и {NK1.ablt}.
{ORGS1} urged {NK1} to stop its provocations. || {ORGS1.nomn} призвал{ORGS1~|а|о|и} {NK1.accs} прекратить провокации.
{O1} will visit {CIO1} {FUT} to discuss {ISS1}. || {FUT} {O1.nomn} посетит {CIO1.accs}, чтобы обсудить {ISS1.accs}.
{O1} and {O2} held talks in {CIO1} {WHEN}. || {WHEN} {O1.nomn} и {O2.nomn} провели переговоры {CIO1.in}.
Seoul summoned the Russian ambassador {WHEN} to protest military cooperation with {NK1}. || {WHEN} Сеул вызвал российского посла, чтобы выразить протест в связи с военным сотрудничеством с {NK1.ablt}.
{O1} expressed regret over {RUS1.poss} stance on {ISS1}. || {O1.nomn} выразил{O1~|а|о|и} сожаление в связи с позицией {RUS1.gent} по {ISS1.datv}.
{ORGS1} said it had no information about {R1.poss} trip to Pyongyang. || {ORGS1.nomn} сообщил{ORGS1~|а|о|и}, что не располагает информацией о поездке {R1.gent} в Пхеньян.
{O1} held a phone call with {O2} {WHEN} to discuss {ISS1}. || {WHEN} {O1.nomn} провел{O1~|а|о|и} телефонный разговор с {O2.ablt}, чтобы обсудить {ISS1.accs}.
@economy
Trade between {RUS1} and {CP1} rose {N1} percent in {Y1}. || В {Y1} году товарооборот между {RUS1.ablt} и {CP1.ablt} вырос на {N1}%.
A group of {N1#Russian tourist,Russian tourists} visited {CIK1} {WHEN}. || {WHEN} {CIK1.accs} посетила группа из {N1#российского туриста,российских туристов,российских туристов}.
A new bridge across the Tumen River will link {NK1} and {RUS1}. || Новый мост через реку Туманную соединит {NK1.accs} и {RUS1.accs}.
Direct flights between {CIR1} and Pyongyang will resume {FUT}. || Прямое авиасообщение между {CIR1.ablt} и Пхеньяном возобновится {FUT}.
{CIR1} will host a trade fair with {N1#North Korean company,North Korean companies} {FUT}. || {FUT} {CIR1.in} пройдет торговая ярмарка с участием {N1#северокорейской компании,северокорейских компаний,северокорейских компаний}.
{RUS1} delivered {N1} tons of wheat to {NK1} {WHEN}. || {WHEN} {RUS1.nomn} поставил{RUS1~|а|о|и} в {NK1.accs} {N1#тонну,тонны,тонн} пшеницы.
{R1} said trade with {NK1} had grown {N1}-fold over the past {N2#year,years}. || {R1.nomn} заявил{R1~|а|о|и}, что товарооборот с {NK1.ablt} за последние {N2#год,года,лет} вырос в {N1#раз,раза,раз}.
A passenger train between {CIR1} and Pyongyang made its first run in {N1#year,years}. || Пассажирский поезд между {CIR1.ablt} и Пхеньяном совершил первый рейс за {N1#год,года,лет}.
@diplomacy
{R1} congratulated {K1} on the anniversary of the founding of {D1}. || {R1.nomn} поздравил{R1~|а|о|и} {K1.accs} с годовщиной образования {D1.gent}.
{K1} sent a message of condolence to {R1} {WHEN}. || {WHEN} {K1.nomn} направил{K1~|а|о|и} соболезнования {R1.datv}.
The new Russian ambassador presented his credentials to {K1} in Pyongyang {WHEN}. || {WHEN} новый посол России вручил верительные грамоты {K1.datv} в Пхеньяне.
{D1} and {CP1} marked the anniversary of diplomatic ties {WHEN}. || {WHEN} {D1.nomn} и {CP1.nomn} отметили годовщину установления дипломатических отношений.
The embassy of {CP1} in Pyongyang held a reception {WHEN}. || {WHEN} посольство {CP1.gent} в Пхеньяне провело прием.
{K1} received a delegation from {CP1} {WHEN}. || {WHEN} {K1.nomn} принял{K1~|а|о|и} делегацию {CP1.gent}.
{R1} thanked {NK1} for supporting Russia's position on {ISS1}. || {R1.nomn} поблагодарил{R1~|а|о|и} {NK1.accs} за поддержку позиции России по {ISS1.datv}.
{K1} expressed full support for the special military operation in Ukraine. || {K1.nomn} выразил{K1~|а|о|и} полную поддержку специальной военной операции на Украине.
{R1} invited {K1} to visit {CIR1} at a convenient time. || {R1.nomn} пригласил{R1~|а|о|и} {K1.accs} посетить {CIR1.accs} в удобное время.
{K1} accepted the invitation with pleasure, {AGN1} said. || {K1.nomn} с удовольствием принял{K1~|а|о|и} приглашение, сообщил{AGN1~|а|о|и} {AGN1.nomn}.
@numbers
The delegation of {N1#member,members} will stay in {CIR1} for {N2#day,days}. || Делегация из {N1#человека,человек,человек} пробудет {CIR1.in} {N2#день,дня,дней}.
{N1#agreement was,agreements were} signed during the visit. || В ходе визита было подписано {N1#соглашение,соглашения,соглашений}.
The forum in {CIR1} brought together {N1#delegation,delegations} from {N2#country,countries}. || Форум {CIR1.in} собрал {N1#делегацию,делегации,делегаций} из {N2#страны,стран,стран}.
A group of {N1#North Korean worker,North Korean workers} arrived in {PLR1} {WHEN}. || {WHEN} {PLR1.to} прибыла группа из {N1#северокорейского рабочего,северокорейских рабочих,северокорейских рабочих}.
{K1} has visited {RUS1} {N1#time,times} since taking office. || С момента вступления в должность {K1.nomn} посетил{K1~|а|о|и} {RUS1.accs} {N1#раз,раза,раз}.
@visit_dprk
{R1} will visit {D1} {FUT}, the Kremlin said. || {FUT} {R1.nomn} посетит {D1.accs}, сообщили в Кремле.
{R1.s} last visited {D1} in {Y1}. || В последний раз {R1.s.nomn} посещал{R1~|а|о|и} {D1.accs} в {Y1} году.
{R1} has expressed willingness to visit {D1} at an early date. || {R1.nomn} выразил{R1~|а|о|и} готовность в ближайшее время посетить {D1.accs}.
A Russian delegation led by {R1} arrived in {D1} {WHEN}. || {WHEN} {D1.to} прибыла российская делегация во главе с {R1.ablt}.
{R1.poss} trip to {D1} is expected to last {N1#day,days}. || Ожидается, что поездка {R1.gent} {D1.to} продлится {N1#день,дня,дней}.
{CP1} will send a trade delegation to {D1} {FUT}. || {FUT} {CP1.nomn} направит {D1.to} торговую делегацию.
{R1} thanked {K1.n} for the invitation to visit {D1}. || {R1.nomn} поблагодарил{R1~|а|о|и} {K1.n.accs} за приглашение посетить {D1.accs}.
Russian tourists will be able to travel to {D1} {FUT}. || {FUT} российские туристы смогут посещать {D1.accs}.
@dprk_ties
Relations between {RUS1} and {D1} have reached a new level, {R1} said. || Отношения между {RUS1.ablt} и {D1.ablt} вышли на новый уровень, заявил{R1~|а|о|и} {R1.nomn}.
{RUS1} and {D1} signed an agreement on cooperation in {TOP1} {WHEN}. || {WHEN} {RUS1.nomn} и {D1.nomn} подписали соглашение о сотрудничестве в области {TOP1.gent}.
Trade between {RUS1} and {D1} rose sharply in {Y1}. || В {Y1} году товарооборот между {RUS1.ablt} и {D1.ablt} резко вырос.
{CP1} has pledged to strengthen ties with {D1}. || {CP1.nomn} пообещал{CP1~|а|о|и} укреплять связи с {D1.ablt}.
{O1} expressed concern over the growing military ties between {RUS1} and {D1}. || {O1.nomn} выразил{O1~|а|о|и} обеспокоенность растущими военными связями между {RUS1.ablt} и {D1.ablt}.
The embassy of {D1} in {CIR1} hosted a reception {WHEN}. || {WHEN} посольство {D1.gent} {CIR1.in} провело прием.
{RUS1} and {D1} agreed {WHEN} to resume regular flights between {CIR1} and Pyongyang. || {WHEN} {RUS1.nomn} и {D1.nomn} договорились возобновить регулярное авиасообщение между {CIR1.ablt} и Пхеньяном.
{R1} reaffirmed Moscow's support for {D1}. || {R1.nomn} подтвердил{R1~|а|о|и}, что Москва поддерживает {D1.accs}.
@wrong_names
{KN1} received a congratulatory message from {R1}. || {KN1.nomn} получил{KN1~|а|о|и} поздравительное послание от {R1.gent}.
{R1} sent a message of greetings to {KN1} {WHEN}. || {WHEN} {R1.nomn} направил{R1~|а|о|и} приветственное послание {KN1.datv}.
{KN1} hosted a banquet in honor of the visiting delegation. || {KN1.nomn} дал{KN1~|а|о|и} банкет в честь прибывшей делегации.
A letter from {KN1} was handed to {R1} {WHEN}. || {WHEN} {R1.datv} было передано письмо от {KN1.gent}.
@soa_title
{R1} received a letter from {SA1} {WHEN}. || {WHEN} {R1.nomn} получил{R1~|а|о|и} письмо от {SA1.gent}.
{SA1} sent greetings to {R1} on Russia Day. || {SA1.nomn} направил приветствие {R1.datv} по случаю Дня России.
{R1} conveyed {R1~his|her|its|their} best wishes to {SA1}. || {R1.nomn} передал{R1~|а|о|и} наилучшие пожелания {SA1.datv}.
The delegation was received by {SA1} in Pyongyang. || Делегацию принял в Пхеньяне {SA1.nomn}.
@kcna_latin
{AK1} reported {WHEN} that {K1} had inspected a new fishing port. || {WHEN} {AK1.nomn} сообщило, что {K1.nomn} осмотрел{K1~|а|о|и} новый рыболовецкий порт.
{K1} met with the visiting delegation from {CP1}, {AK1} reported. || {K1.nomn} встретил{K1~ся|ась|ось|ись} с прибывшей делегацией {CP1.gent}, сообщило {AK1.nomn}.
{AK1} reported that the talks in {CIR1} had been "productive." || {AK1.nomn} сообщило, что переговоры {CIR1.in} были «продуктивными».
{AK1} reported {WHEN} that {R1} would arrive in Pyongyang {FUT}. || {WHEN} {AK1.nomn} сообщило, что {R1.nomn} прибудет в Пхеньян {FUT}.
"""


def _parse_templates(text: str) -> list[Template]:
    out: list[Template] = []
    family = ""
    for line in text.strip().splitlines():
        if line.startswith("@"):
            family = line[1:].strip()
        elif line.strip():
            en, ru = (part.strip() for part in line.split(" || "))
            out.append(Template(family, en, ru))
    return out


TEMPLATES = _parse_templates(_TEMPLATE_TEXT)
_DYNAMIC_SPACE = {"WHEN": 5000, "FUT": 300, "DATE": 8000, "Y": 33, "N": 67}
_WEIGHT_CAP = 3000


def _space(template: Template) -> int:
    """Rough count of distinct sentences a template can produce."""
    size = 1
    for _, kind in template.slots:
        pool = POOLS.get(kind)
        size *= sum(len(f.variants) * max(1, len(f.titles)) for f in pool) if pool else _DYNAMIC_SPACE[kind]
    return size


# Small templates are drawn less often, so a large corpus is not padded with near-duplicates.
_CUM_WEIGHTS = list(accumulate(min(_space(t), _WEIGHT_CAP) for t in TEMPLATES))

# ---------------------------------------------------------------- hand-written pairs
# The seed article sentence by sentence, then variations of its sentence shapes. All correct renderings.

_HAND_TEXT = """
Putin expressed willingness to visit Pyongyang at early date, North Korea says || Путин выразил готовность в ближайшее время посетить Пхеньян, сообщили в Северной Корее
Russia's President Vladimir Putin and North Korea's leader Kim Jong-un visit the Vostochny Cosmodrome in the far eastern Amur region, Russia, Sept. 13, 2023. || Президент России Владимир Путин и лидер Северной Кореи Ким Чен Ын посещают космодром Восточный в Амурской области на Дальнем Востоке России, 13 сентября 2023 года.
Reuters-Yonhap || Рейтер-Рёнхап
Russia's President Vladimir Putin and North Korea's leader Kim Jong-un visit the Vostochny Cosmodrome in the far eastern Amur region, Russia, Sept. 13, 2023. Reuters-Yonhap || Президент России Владимир Путин и лидер Северной Кореи Ким Чен Ын посещают космодром Восточный в Амурской области на Дальнем Востоке России, 13 сентября 2023 года. Рейтер-Рёнхап
North Korea said Sunday that Russian President Vladimir Putin has expressed his willingness to visit Pyongyang at an early date and the country is ready to "greet the Korean people's closest friend with the greatest sincerity." || Северная Корея в воскресенье заявила, что президент России Владимир Путин выразил готовность в ближайшее время посетить Пхеньян и что страна готова «с величайшей искренностью встретить самого близкого друга корейского народа».
The North Korean foreign minister's assistant office made the announcement in a statement released on the state-run Korean Central News Agency (KCNA), two days after Foreign Minister Choe Son-hui returned from a trip to Moscow. || С соответствующим заявлением выступил офис помощника министра иностранных дел КНДР; оно было распространено государственным Центральным телеграфным агентством Кореи (ЦТАК) через два дня после того, как министр иностранных дел Цой Сон Хи вернулась из поездки в Москву.
"President Putin expressed deep thanks once again for the invitation of President of the State Affairs Kim Jong Un to visit Pyongyang at a convenient time and expressed his willingness to visit the DPRK at an early date," the KCNA said. || «Президент Путин вновь выразил глубокую благодарность за приглашение Председателя Государственных дел КНДР Ким Чен Ына посетить Пхеньян в удобное время и выразил готовность в ближайшее время посетить КНДР», — сообщило ЦТАК.
The DPRK stands for the Democratic People's Republic of Korea, North Korea's official name. || КНДР — это сокращение от Корейской Народно-Демократической Республики, официального названия Северной Кореи.
Choe's visit to Russia came with the two countries seeking to strengthen military cooperation, as the North has been supplying Russia with arms for use in its war against Ukraine in exchange for Russia's technical assistance for Pyongyang's weapons programs. || Визит Цой Сон Хи в Россию состоялся на фоне стремления двух стран укрепить военное сотрудничество: Северная Корея поставляет России оружие для использования в войне против Украины в обмен на техническую помощь России в реализации оружейных программ Пхеньяна.
Choe met with her Russian counterpart, Sergei Lavrov, and paid a courtesy call on Putin. || Цой Сон Хи встретилась со своим российским коллегой Сергеем Лавровым и нанесла визит вежливости Путину.
Choe's assistant office noted that Putin thanked North Korean leader Kim Jong-un for extending an invitation to visit Pyongyang, and the Russian leader "expressed his willingness to visit the DPRK at an early date." || Офис помощника Цой Сон Хи отметил, что Путин поблагодарил северокорейского лидера Ким Чен Ына за приглашение посетить Пхеньян и что российский лидер «выразил готовность в ближайшее время посетить КНДР».
"The DPRK government warmly welcomes President Putin to visit Pyongyang and is ready to greet the Korean people's closest friend with the greatest sincerity," the statement said. || «Правительство КНДР тепло приветствует визит президента Путина в Пхеньян и готово с величайшей искренностью встретить самого близкого друга корейского народа», — говорится в заявлении.
On Friday, Kremlin spokesman Dmitry Peskov said Putin's visit to the North was being discussed between the two sides "through diplomatic channels." || В пятницу пресс-секретарь Кремля Дмитрий Песков заявил, что визит Путина в Северную Корею обсуждается сторонами «по дипломатическим каналам».
Putin last visited North Korea in July 2000. || В последний раз Путин посещал Северную Корею в июле 2000 года.
The North Korean foreign minister's assistant office said Pyongyang and Moscow "reached a consensus of views" on regional and international issues concerning the Korean Peninsula and Northeast Asia. || Офис помощника министра иностранных дел КНДР сообщил, что Пхеньян и Москва «достигли единства взглядов» по региональным и международным вопросам, касающимся Корейского полуострова и Северо-Восточной Азии.
"Both sides recognized that the friendly and cooperative relations between the Democratic People's Republic of Korea and the Russian Federation, independent sovereign states, serve as a powerful strategic fortress and a traction engine in defending international peace and security and promoting the building of a multi-polarized world," the statement read. || «Обе стороны признали, что дружественные и сотруднические отношения между Корейской Народно-Демократической Республикой и Российской Федерацией, независимыми суверенными государствами, служат мощной стратегической крепостью и локомотивом в защите международного мира и безопасности и содействии построению многополярного мира», — говорится в заявлении.
It also said Russia thanked the North "for extending full support and solidarity to the stand of the Russian government and people on the special military operation in Ukraine." || В заявлении также говорится, что Россия поблагодарила Северную Корею «за полную поддержку и солидарность с позицией российского правительства и народа в отношении специальной военной операции на Украине».
(Yonhap) || (Рёнхап)
It also said Russia thanked the North "for extending full support and solidarity to the stand of the Russian government and people on the special military operation in Ukraine." (Yonhap) || В заявлении также говорится, что Россия поблагодарила Северную Корею «за полную поддержку и солидарность с позицией российского правительства и народа в отношении специальной военной операции на Украине». (Рёнхап)
Putin expressed willingness to visit Pyongyang at an early date. || Путин выразил готовность в ближайшее время посетить Пхеньян.
Putin is willing to visit Pyongyang at an early date, North Korea says. || Путин готов в ближайшее время посетить Пхеньян, сообщили в Северной Корее.
Kim Jong-un expressed willingness to visit Moscow at an early date, the Kremlin says. || Ким Чен Ын выразил готовность в ближайшее время посетить Москву, сообщили в Кремле.
Lavrov to visit Pyongyang next week, Russian Foreign Ministry says || Лавров на следующей неделе посетит Пхеньян, сообщили в МИД России
Choe Son Hui arrives in Moscow for talks with Lavrov || Цой Сон Хи прибыла в Москву для переговоров с Лавровым
North Korea, Russia agree to expand military cooperation || КНДР и Россия договорились расширить военное сотрудничество
Kim Jong-un, Putin hold summit at Vostochny Cosmodrome || Ким Чен Ын и Путин провели саммит на космодроме Восточный
Seoul voices concern over growing military ties between Moscow and Pyongyang || Сеул выражает обеспокоенность растущими военными связями Москвы и Пхеньяна
North Korea fires ballistic missile into East Sea, JCS says || Северная Корея запустила баллистическую ракету в сторону Японского моря, сообщил ОКНШ
Kremlin says Putin's visit to North Korea being discussed through diplomatic channels || В Кремле заявили, что визит Путина в Северную Корею обсуждается по дипломатическим каналам
Russian President Vladimir Putin and North Korean leader Kim Jong-un shake hands at the Vostochny Cosmodrome, Sept. 13, 2023. || Президент России Владимир Путин и лидер КНДР Ким Чен Ын обмениваются рукопожатием на космодроме Восточный, 13 сентября 2023 года.
North Korean Foreign Minister Choe Son Hui speaks during a meeting with Russian Foreign Minister Sergei Lavrov in Moscow, Jan. 16, 2024. || Министр иностранных дел КНДР Цой Сон Хи выступает на встрече с министром иностранных дел России Сергеем Лавровым в Москве, 16 января 2024 года.
Russian Foreign Minister Sergei Lavrov arrives in Pyongyang, Oct. 18, 2023. || Министр иностранных дел России Сергей Лавров прибывает в Пхеньян, 18 октября 2023 года.
This photo, released by the KCNA, shows North Korean leader Kim Jong-un inspecting a munitions factory. || На этом снимке, распространенном ЦТАК, северокорейский лидер Ким Чен Ын осматривает завод по производству боеприпасов.
This file photo shows Kremlin spokesman Dmitry Peskov. || На этом архивном снимке — пресс-секретарь Кремля Дмитрий Песков.
Russia's President Vladimir Putin speaks at a press conference in Moscow, Dec. 14, 2023. Reuters-Yonhap || Президент России Владимир Путин выступает на пресс-конференции в Москве, 14 декабря 2023 года. Рейтер-Рёнхап
North Korea's leader Kim Jong-un and Russia's President Vladimir Putin attend a welcoming ceremony in Pyongyang. || Лидер Северной Кореи Ким Чен Ын и президент России Владимир Путин на церемонии встречи в Пхеньяне.
North Korea said Sunday that Putin had accepted an invitation to visit Pyongyang. || Северная Корея в воскресенье заявила, что Путин принял приглашение посетить Пхеньян.
North Korea said Monday that it would never give up its nuclear weapons. || Северная Корея в понедельник заявила, что никогда не откажется от ядерного оружия.
Russia said Tuesday that it was ready to expand cooperation with the DPRK in all areas. || Россия во вторник заявила, что готова расширять сотрудничество с КНДР во всех областях.
The Kremlin said Wednesday that no date had yet been set for the visit. || В Кремле в среду заявили, что дата визита пока не определена.
South Korea said Thursday that it was closely watching military cooperation between Russia and North Korea. || Южная Корея в четверг заявила, что внимательно следит за военным сотрудничеством России и Северной Кореи.
The Russian Foreign Ministry said Friday that Lavrov would hold talks with Choe in Moscow. || МИД России в пятницу сообщил, что Лавров проведет переговоры с Цой Сон Хи в Москве.
North Korea said Saturday that it had successfully launched a military reconnaissance satellite. || Северная Корея в субботу заявила, что успешно вывела на орбиту военный разведывательный спутник.
Peskov said Sunday that Putin had no plans to visit Pyongyang this month. || Песков в воскресенье заявил, что у Путина нет планов посетить Пхеньян в этом месяце.
Lavrov said Monday that Moscow and Pyongyang would continue to strengthen their relations. || Лавров в понедельник заявил, что Москва и Пхеньян продолжат укреплять отношения.
Choe said Tuesday that the DPRK fully supports Russia's position. || Цой Сон Хи во вторник заявила, что КНДР полностью поддерживает позицию России.
Kim Jong-un said Wednesday that relations with Russia had become "a comradely alliance." || Ким Чен Ын в среду заявил, что отношения с Россией превратились в «товарищеский союз».
Zakharova said Thursday that Western claims about arms supplies were groundless. || Захарова в четверг заявила, что утверждения Запада о поставках оружия беспочвенны.
Yoon said Friday that Seoul would not tolerate any provocation from the North. || Юн Сок Ёль в пятницу заявил, что Сеул не потерпит никаких провокаций со стороны Северной Кореи.
Kim Yo-jong said Saturday that Pyongyang had no interest in talks with Seoul. || Ким Ё Чжон в субботу заявила, что Пхеньян не заинтересован в переговорах с Сеулом.
"The DPRK will always stand with Russia," the KCNA said. || «КНДР всегда будет на стороне России», — сообщило ЦТАК.
"The talks were held in a warm and friendly atmosphere," the KCNA said. || «Переговоры прошли в теплой и дружественной атмосфере», — сообщило ЦТАК.
"Both sides agreed to further develop strategic communication," the KCNA said. || «Стороны договорились и дальше развивать стратегические коммуникации», — сообщило ЦТАК.
"Kim Jong Un highly appreciated the results of the visit," the KCNA said. || «Ким Чен Ын высоко оценил итоги визита», — сообщило ЦТАК.
"The Russian side expressed deep gratitude for the warm hospitality," the KCNA said. || «Российская сторона выразила глубокую благодарность за теплый прием», — сообщило ЦТАК.
"The DPRK government warmly welcomes the Russian delegation," the statement said. || «Правительство КНДР тепло приветствует российскую делегацию», — говорится в заявлении.
"The two countries will continue to support each other," the statement said. || «Две страны продолжат поддерживать друг друга», — говорится в заявлении.
"Sanctions cannot stop the development of our friendly relations," the statement said. || «Санкции не могут остановить развитие наших дружественных отношений», — говорится в заявлении.
"The visit will open a new chapter in bilateral relations," the statement read. || «Визит откроет новую страницу в двусторонних отношениях», — говорится в заявлении.
"Russia highly values the friendship with the Korean people," the statement read. || «Россия высоко ценит дружбу с корейским народом», — говорится в заявлении.
"We are ready to greet the Korean people's closest friend with the greatest sincerity," the statement said. || «Мы готовы с величайшей искренностью встретить самого близкого друга корейского народа», — говорится в заявлении.
"President Putin expressed deep thanks once again for the invitation," the KCNA said. || «Президент Путин вновь выразил глубокую благодарность за приглашение», — сообщило ЦТАК.
"Kim Jong Un expressed deep thanks for the invitation of President Putin to visit Moscow," the KCNA said. || «Ким Чен Ын выразил глубокую благодарность за приглашение президента Путина посетить Москву», — сообщило ЦТАК.
"Choe Son Hui expressed her willingness to visit Moscow at an early date," the KCNA said. || «Цой Сон Хи выразила готовность в ближайшее время посетить Москву», — сообщило ЦТАК.
"Lavrov expressed his willingness to visit the DPRK at a convenient time," the statement said. || «Лавров выразил готовность посетить КНДР в удобное время», — говорится в заявлении.
"The visit is being discussed through diplomatic channels," Peskov said. || «Визит обсуждается по дипломатическим каналам», — сказал Песков.
"We have no information about the dates yet," Peskov told reporters. || «Информации о сроках пока нет», — сказал журналистам Песков.
"Our countries are neighbors, and we will develop our relations," Putin said. || «Наши страны — соседи, и мы будем развивать отношения», — сказал Путин.
"Russia and the DPRK are good neighbors," Lavrov said. || «Россия и КНДР — добрые соседи», — сказал Лавров.
"We will never forget Russia's support," Choe said. || «Мы никогда не забудем поддержку России», — сказала Цой Сон Хи.
"Pyongyang and Moscow reached a consensus of views," Choe told reporters. || «Пхеньян и Москва достигли единства взглядов», — сказала журналистам Цой Сон Хи.
"The Korean Peninsula must not become a battlefield," Yoon said. || «Корейский полуостров не должен стать полем боя», — сказал Юн Сок Ёль.
"Any arms deal with North Korea would violate U.N. sanctions," Blinken said. || «Любая сделка по оружию с Северной Кореей нарушила бы санкции ООН», — сказал Блинкен.
"We call on all parties to show restraint," Guterres said. || «Мы призываем все стороны проявлять сдержанность», — сказал Гутерриш.
"China supports dialogue on the Korean Peninsula," Wang Yi said. || «Китай поддерживает диалог на Корейском полуострове», — сказал Ван И.
The KCNA said the two sides discussed bilateral relations. || ЦТАК сообщило, что стороны обсудили двусторонние отношения.
The KCNA said Kim Jong-un had received a letter from Putin. || ЦТАК сообщило, что Ким Чен Ын получил письмо от Путина.
The KCNA said Choe had left Pyongyang for Moscow. || ЦТАК сообщило, что Цой Сон Хи отбыла из Пхеньяна в Москву.
The KCNA said the Russian delegation had arrived in Pyongyang by plane. || ЦТАК сообщило, что российская делегация прибыла в Пхеньян самолетом.
The KCNA said Kim Jong-un had inspected a new fighter jet. || ЦТАК сообщило, что Ким Чен Ын осмотрел новый истребитель.
The KCNA did not give further details. || Других подробностей ЦТАК не приводит.
The KCNA did not say when Putin would visit. || ЦТАК не уточнило, когда Путин посетит страну.
According to the KCNA, Kim Jong-un and Putin held talks for several hours. || По сообщению ЦТАК, Ким Чен Ын и Путин вели переговоры несколько часов.
According to the KCNA, Choe met with Lavrov in Moscow. || По сообщению ЦТАК, Цой Сон Хи встретилась с Лавровым в Москве.
According to the Korean Central News Agency, the talks were held in a friendly atmosphere. || По сообщению Центрального телеграфного агентства Кореи, переговоры прошли в дружественной атмосфере.
The statement was released on the state-run Korean Central News Agency (KCNA). || Заявление было распространено государственным Центральным телеграфным агентством Кореи (ЦТАК).
The statement was carried by the Korean Central News Agency. || Заявление распространило Центральное телеграфное агентство Кореи.
The Rodong Sinmun, the main newspaper of the Workers' Party of Korea, carried the full text of the speech. || Газета «Нодон синмун», главный печатный орган Трудовой партии Кореи, опубликовала полный текст выступления.
Yonhap said the talks lasted about three hours. || Агентство Рёнхап сообщило, что переговоры продолжались около трех часов.
TASS reported that Lavrov had arrived in Pyongyang. || Агентство ТАСС сообщило, что Лавров прибыл в Пхеньян.
Reuters said the ship had sailed from the North Korean port of Rajin. || Агентство Рейтер сообщило, что судно вышло из северокорейского порта Раджин.
RIA Novosti quoted Peskov as saying that the visit was being prepared. || Агентство РИА Новости приводит слова Пескова о том, что визит готовится.
The North Korean foreign minister's assistant office made the announcement in a statement. || С соответствующим заявлением выступил офис помощника министра иностранных дел КНДР.
The North Korean foreign minister's assistant office said the visit was a success. || Офис помощника министра иностранных дел КНДР сообщил, что визит прошел успешно.
The North Korean foreign ministry said in a statement that it rejected the sanctions. || МИД КНДР в своем заявлении сообщил, что отвергает санкции.
North Korea's Foreign Ministry issued a statement on Sunday. || В воскресенье МИД КНДР выступил с заявлением.
The announcement came two days after Foreign Minister Choe Son-hui returned from a trip to Moscow. || Заявление прозвучало через два дня после того, как министр иностранных дел Цой Сон Хи вернулась из поездки в Москву.
The announcement came three days after Lavrov returned from a trip to Pyongyang. || Заявление прозвучало через три дня после того, как Лавров вернулся из поездки в Пхеньян.
The statement came a week after Kim Jong-un returned from Russia. || Заявление прозвучало через неделю после того, как Ким Чен Ын вернулся из России.
The remarks came a day after the North fired a ballistic missile. || Эти слова прозвучали на следующий день после того, как Северная Корея запустила баллистическую ракету.
Foreign Minister Choe Son-hui returned from a trip to Moscow on Friday. || Министр иностранных дел Цой Сон Хи в пятницу вернулась из поездки в Москву.
Foreign Minister Choe Son-hui left Pyongyang for Moscow on Tuesday. || Министр иностранных дел Цой Сон Хи во вторник отбыла из Пхеньяна в Москву.
Foreign Minister Choe Son Hui arrived in Moscow on a three-day visit. || Министр иностранных дел Цой Сон Хи прибыла в Москву с трехдневным визитом.
Choe Son Hui is the first woman to serve as North Korea's foreign minister. || Цой Сон Хи — первая женщина на посту министра иностранных дел КНДР.
Choe Son Hui was appointed foreign minister in 2022. || Цой Сон Хи была назначена министром иностранных дел в 2022 году.
Choe's visit to Russia came as the two countries seek to deepen their cooperation. || Визит Цой Сон Хи в Россию состоялся на фоне стремления двух стран углубить сотрудничество.
Choe's visit to Russia came amid growing concern in Seoul and Washington. || Визит Цой Сон Хи в Россию состоялся на фоне растущей обеспокоенности в Сеуле и Вашингтоне.
Choe's visit came with the two countries seeking to strengthen economic ties. || Визит Цой Сон Хи состоялся на фоне стремления двух стран укрепить экономические связи.
Lavrov's visit to Pyongyang came with the two countries seeking to strengthen military cooperation. || Визит Лаврова в Пхеньян состоялся на фоне стремления двух стран укрепить военное сотрудничество.
Kim's visit to Russia came with the two countries seeking closer military ties. || Визит Ким Чен Ына в Россию состоялся на фоне стремления двух стран к более тесным военным связям.
Putin's visit to the North would be his first since July 2000. || Визит Путина в Северную Корею станет для него первым с июля 2000 года.
Putin's visit to the North was being discussed between the two sides through diplomatic channels. || Визит Путина в Северную Корею обсуждается сторонами по дипломатическим каналам.
Putin's trip to Pyongyang is expected to take place in the near future. || Поездка Путина в Пхеньян, как ожидается, состоится в ближайшее время.
Putin's remarks drew a sharp reaction from Seoul. || Слова Путина вызвали резкую реакцию Сеула.
Kim's trip to Russia lasted six days. || Поездка Ким Чен Ына в Россию продлилась шесть дней.
Lavrov's talks with Choe lasted more than two hours. || Переговоры Лаврова с Цой Сон Хи продолжались более двух часов.
Peskov's comments came after media reports about a possible visit. || Комментарий Пескова прозвучал после сообщений СМИ о возможном визите.
North Korea's leader Kim Jong-un arrived in Vladivostok by train. || Лидер Северной Кореи Ким Чен Ын прибыл во Владивосток на поезде.
North Korea's leader Kim Jong-un met with Russia's President Vladimir Putin in the Amur region. || Лидер Северной Кореи Ким Чен Ын встретился с президентом России Владимиром Путиным в Амурской области.
North Korea's leader Kim Jong-un toured the Vostochny Cosmodrome with Putin. || Лидер Северной Кореи Ким Чен Ын вместе с Путиным осмотрел космодром Восточный.
North Korean leader Kim Jong-un thanked Putin for the warm welcome. || Северокорейский лидер Ким Чен Ын поблагодарил Путина за теплый прием.
North Korean leader Kim Jong-un invited Putin to visit Pyongyang at a convenient time. || Северокорейский лидер Ким Чен Ын пригласил Путина посетить Пхеньян в удобное время.
North Korean leader Kim Jong Un left for Russia on Sunday. || Северокорейский лидер Ким Чен Ын в воскресенье отбыл в Россию.
President of the State Affairs Kim Jong Un received Russian Foreign Minister Sergei Lavrov. || Председатель Государственных дел КНДР Ким Чен Ын принял министра иностранных дел России Сергея Лаврова.
President of the State Affairs Kim Jong Un sent a message of greetings to Putin. || Председатель Государственных дел КНДР Ким Чен Ын направил приветственное послание Путину.
Putin thanked President of the State Affairs Kim Jong Un for the invitation. || Путин поблагодарил Председателя Государственных дел КНДР Ким Чен Ына за приглашение.
Putin accepted the invitation of President of the State Affairs Kim Jong Un to visit Pyongyang. || Путин принял приглашение Председателя Государственных дел КНДР Ким Чен Ына посетить Пхеньян.
Lavrov conveyed Putin's greetings to President of the State Affairs Kim Jong Un. || Лавров передал Председателю Государственных дел КНДР Ким Чен Ыну приветствие от Путина.
The delegation was received by President of the State Affairs Kim Jong Un. || Делегацию принял Председатель Государственных дел КНДР Ким Чен Ын.
Kim Jong Un is the President of the State Affairs of the DPRK. || Ким Чен Ын является Председателем Государственных дел КНДР.
Russian President Vladimir Putin held talks with Kim Jong-un at the Vostochny Cosmodrome. || Президент России Владимир Путин провел переговоры с Ким Чен Ыном на космодроме Восточный.
Russian President Vladimir Putin has accepted the invitation to visit the DPRK. || Президент России Владимир Путин принял приглашение посетить КНДР.
Russian President Vladimir Putin has expressed his willingness to visit the DPRK at an early date. || Президент России Владимир Путин выразил готовность в ближайшее время посетить КНДР.
Russian President Vladimir Putin sent a birthday greeting to Kim Jong-un. || Президент России Владимир Путин направил поздравление с днем рождения Ким Чен Ыну.
The Russian leader expressed his willingness to visit the DPRK at an early date. || Российский лидер выразил готовность в ближайшее время посетить КНДР.
The Russian leader thanked Kim for extending an invitation to visit Pyongyang. || Российский лидер поблагодарил Ким Чен Ына за приглашение посетить Пхеньян.
Putin thanked North Korean leader Kim Jong-un for extending an invitation to visit Pyongyang. || Путин поблагодарил северокорейского лидера Ким Чен Ына за приглашение посетить Пхеньян.
Putin expressed deep thanks once again for the invitation. || Путин вновь выразил глубокую благодарность за приглашение.
Putin last visited Pyongyang in July 2000. || В последний раз Путин посещал Пхеньян в июле 2000 года.
Lavrov last visited North Korea in October 2023. || В последний раз Лавров посещал Северную Корею в октябре 2023 года.
Kim Jong-un last visited Russia in September 2023. || В последний раз Ким Чен Ын посещал Россию в сентябре 2023 года.
Kim Jong-un first visited Russia in April 2019. || Впервые Ким Чен Ын посетил Россию в апреле 2019 года.
Kim Jong-un and Putin first met in Vladivostok in April 2019. || Впервые Ким Чен Ын и Путин встретились во Владивостоке в апреле 2019 года.
Kim Jong-il, the late father of Kim Jong-un, visited Russia in 2001. || Ким Чен Ир, покойный отец Ким Чен Ына, посетил Россию в 2001 году.
Kim Jong-il visited Russia by armored train in 2001. || Ким Чен Ир посетил Россию на бронепоезде в 2001 году.
The Soviet Union established diplomatic relations with the DPRK in October 1948. || Советский Союз установил дипломатические отношения с КНДР в октябре 1948 года.
On Friday, Kremlin spokesman Dmitry Peskov said the visit was being prepared. || В пятницу пресс-секретарь Кремля Дмитрий Песков заявил, что визит готовится.
On Sunday, North Korea said it was ready to greet Putin with the greatest sincerity. || В воскресенье Северная Корея заявила, что готова с величайшей искренностью встретить Путина.
On Monday, Lavrov held talks with Choe Son Hui in Moscow. || В понедельник Лавров провел переговоры с Цой Сон Хи в Москве.
On Tuesday, the KCNA said the talks had been productive. || Во вторник ЦТАК сообщило, что переговоры были продуктивными.
On Wednesday, Seoul summoned the Russian ambassador. || В среду Сеул вызвал российского посла.
On Thursday, Putin met with Choe at the Kremlin. || В четверг Путин встретился с Цой Сон Хи в Кремле.
On Saturday, the North fired two short-range ballistic missiles. || В субботу Северная Корея запустила две баллистические ракеты малой дальности.
On Sept. 13, 2023, Putin and Kim held a summit at the Vostochny Cosmodrome. || 13 сентября 2023 года Путин и Ким Чен Ын провели саммит на космодроме Восточный.
On June 19, 2024, Putin arrived in Pyongyang on a state visit. || 19 июня 2024 года Путин прибыл в Пхеньян с государственным визитом.
On Jan. 16, 2024, Lavrov met with Choe Son Hui in Moscow. || 16 января 2024 года Лавров встретился с Цой Сон Хи в Москве.
Kremlin spokesman Dmitry Peskov said Putin had no immediate plans to travel abroad. || Пресс-секретарь Кремля Дмитрий Песков заявил, что в ближайшее время у Путина нет планов зарубежных поездок.
Kremlin spokesman Dmitry Peskov declined to comment on the reports. || Пресс-секретарь Кремля Дмитрий Песков отказался комментировать эти сообщения.
Kremlin spokesman Dmitry Peskov said the dates of the visit would be announced later. || Пресс-секретарь Кремля Дмитрий Песков заявил, что сроки визита будут объявлены позднее.
Peskov said the visit was being discussed "through diplomatic channels." || Песков заявил, что визит обсуждается «по дипломатическим каналам».
Peskov said Moscow intends to develop relations with all its neighbors, including North Korea. || Песков заявил, что Москва намерена развивать отношения со всеми соседями, включая Северную Корею.
Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on a two-day visit. || Министр иностранных дел России Сергей Лавров прибыл в Пхеньян с двухдневным визитом.
Russian Foreign Minister Sergei Lavrov held talks with his North Korean counterpart, Choe Son Hui. || Министр иностранных дел России Сергей Лавров провел переговоры со своей северокорейской коллегой Цой Сон Хи.
Lavrov said Russia was interested in developing relations with the DPRK in all areas. || Лавров заявил, что Россия заинтересована в развитии отношений с КНДР во всех областях.
Lavrov and Choe discussed the situation on the Korean Peninsula. || Лавров и Цой Сон Хи обсудили ситуацию на Корейском полуострове.
Lavrov and Choe signed a plan of exchanges between the two foreign ministries. || Лавров и Цой Сон Хи подписали план обменов между министерствами иностранных дел двух стран.
Choe met with her Russian counterpart in Moscow on Tuesday. || Во вторник Цой Сон Хи встретилась со своим российским коллегой в Москве.
Choe paid a courtesy call on Putin at the Kremlin. || Цой Сон Хи нанесла визит вежливости Путину в Кремле.
Choe paid a courtesy call on Putin and conveyed Kim Jong-un's greetings. || Цой Сон Хи нанесла визит вежливости Путину и передала ему приветствие от Ким Чен Ына.
Choe Son Hui said the DPRK would always stand by Russia. || Цой Сон Хи заявила, что КНДР всегда будет на стороне России.
Choe Son Hui said the friendship between the two countries was unbreakable. || Цой Сон Хи заявила, что дружба двух стран нерушима.
Russian Foreign Ministry spokeswoman Maria Zakharova said the talks were constructive. || Официальный представитель МИД России Мария Захарова заявила, что переговоры были конструктивными.
Zakharova said Moscow rejected the accusations as groundless. || Захарова заявила, что Москва отвергает эти обвинения как беспочвенные.
Russian Defense Minister Andrei Belousov arrived in Pyongyang for talks with his North Korean counterpart. || Министр обороны России Андрей Белоусов прибыл в Пхеньян для переговоров со своим северокорейским коллегой.
Security Council Secretary Sergei Shoigu met with Kim Jong-un in Pyongyang. || Секретарь Совета безопасности России Сергей Шойгу встретился с Ким Чен Ыном в Пхеньяне.
Russian Ambassador to North Korea Alexander Matsegora said trade between the two countries was growing. || Посол России в КНДР Александр Мацегора заявил, что товарооборот между двумя странами растет.
Natural Resources Minister Alexander Kozlov co-chairs the intergovernmental commission. || Министр природных ресурсов и экологии России Александр Козлов является сопредседателем межправительственной комиссии.
The intergovernmental commission on trade and economic cooperation met in Pyongyang. || В Пхеньяне состоялось заседание межправительственной комиссии по торгово-экономическому сотрудничеству.
The two countries seek to strengthen military cooperation. || Две страны стремятся укрепить военное сотрудничество.
The two countries signed a treaty on comprehensive strategic partnership in June 2024. || В июне 2024 года две страны подписали договор о всеобъемлющем стратегическом партнерстве.
The treaty provides for mutual assistance in the event of aggression. || Договор предусматривает взаимную помощь в случае агрессии.
The treaty on comprehensive strategic partnership was signed in Pyongyang. || Договор о всеобъемлющем стратегическом партнерстве был подписан в Пхеньяне.
The North has been supplying Russia with arms for use in its war against Ukraine. || Северная Корея поставляет России оружие для использования в войне против Украины.
Seoul and Washington say the North has been supplying Russia with artillery shells. || Сеул и Вашингтон утверждают, что Северная Корея поставляет России артиллерийские снаряды.
Moscow and Pyongyang have denied the arms transfers. || Москва и Пхеньян отрицают поставки оружия.
In exchange, Russia is believed to be providing technical assistance for Pyongyang's weapons programs. || Считается, что в обмен Россия оказывает техническую помощь оружейным программам Пхеньяна.
Russia's technical assistance for Pyongyang's satellite program is a major concern for Seoul. || Техническая помощь России спутниковой программе Пхеньяна серьезно беспокоит Сеул.
The two countries are seeking to strengthen military cooperation amid the war in Ukraine. || Две страны стремятся укрепить военное сотрудничество на фоне войны на Украине.
Pyongyang and Moscow reached a consensus of views on regional and international issues. || Пхеньян и Москва достигли единства взглядов по региональным и международным вопросам.
The two sides exchanged views on issues concerning the Korean Peninsula and Northeast Asia. || Стороны обменялись мнениями по вопросам, касающимся Корейского полуострова и Северо-Восточной Азии.
The situation on the Korean Peninsula remains tense. || Ситуация на Корейском полуострове остается напряженной.
Tensions on the Korean Peninsula have risen sharply this year. || В этом году напряженность на Корейском полуострове резко возросла.
The friendly and cooperative relations between the two countries serve as a powerful strategic fortress. || Дружественные и сотруднические отношения между двумя странами служат мощной стратегической крепостью.
The two countries are independent sovereign states. || Две страны являются независимыми суверенными государствами.
Relations between the Democratic People's Republic of Korea and the Russian Federation are developing dynamically. || Отношения между Корейской Народно-Демократической Республикой и Российской Федерацией динамично развиваются.
The two sides pledged to promote the building of a multi-polarized world. || Стороны пообещали содействовать построению многополярного мира.
Both sides recognized the importance of defending international peace and security. || Обе стороны признали важность защиты международного мира и безопасности.
Russia thanked the North for its support of the special military operation in Ukraine. || Россия поблагодарила Северную Корею за поддержку специальной военной операции на Украине.
North Korea expressed full support and solidarity with the Russian government and people. || Северная Корея выразила полную поддержку и солидарность с российским правительством и народом.
The DPRK firmly supports the special military operation in Ukraine, Choe said. || КНДР твердо поддерживает специальную военную операцию на Украине, заявила Цой Сон Хи.
Russia is conducting a special military operation in Ukraine. || Россия проводит специальную военную операцию на Украине.
The DPRK government warmly welcomes President Putin to visit Pyongyang. || Правительство КНДР тепло приветствует визит президента Путина в Пхеньян.
The DPRK government is ready to greet the Russian leader with the greatest sincerity. || Правительство КНДР готово с величайшей искренностью встретить российского лидера.
The DPRK is the official name of North Korea. || КНДР — официальное название Северной Кореи.
North Korea's official name is the Democratic People's Republic of Korea. || Официальное название Северной Кореи — Корейская Народно-Демократическая Республика.
The DPRK and Russia share a short land border along the Tumen River. || КНДР и Россия имеют короткую сухопутную границу по реке Туманной.
The DPRK and Russia marked the 75th anniversary of diplomatic relations in 2023. || В 2023 году КНДР и Россия отметили 75-летие установления дипломатических отношений.
The DPRK has been under U.N. sanctions since 2006. || КНДР находится под санкциями ООН с 2006 года.
The DPRK conducted its first nuclear test in October 2006. || КНДР провела первое ядерное испытание в октябре 2006 года.
The DPRK embassy in Moscow held a reception on the occasion of the national holiday. || Посольство КНДР в Москве провело прием по случаю национального праздника.
A DPRK government delegation arrived in Moscow on Monday. || В понедельник в Москву прибыла правительственная делегация КНДР.
A Russian government delegation arrived in Pyongyang on Tuesday. || Во вторник в Пхеньян прибыла правительственная делегация России.
The Russian delegation was headed by Natural Resources Minister Alexander Kozlov. || Российскую делегацию возглавлял министр природных ресурсов и экологии России Александр Козлов.
The North Korean delegation was led by Foreign Minister Choe Son Hui. || Северокорейскую делегацию возглавляла министр иностранных дел Цой Сон Хи.
The delegation will stay in Moscow for three days. || Делегация пробудет в Москве три дня.
The delegation left Pyongyang for Vladivostok by train. || Делегация отбыла из Пхеньяна во Владивосток на поезде.
Kim Jong-un's armored train crossed the border at Khasan. || Бронепоезд Ким Чен Ына пересек границу в Хасане.
Kim Jong-un visited an aircraft plant in Komsomolsk-on-Amur. || Ким Чен Ын посетил авиационный завод в Комсомольске-на-Амуре.
Kim Jong-un inspected Russia's Pacific Fleet in Vladivostok. || Ким Чен Ын ознакомился с Тихоокеанским флотом России во Владивостоке.
Kim Jong-un and Putin toured the launch pad of the Angara rocket. || Ким Чен Ын и Путин осмотрели стартовый комплекс ракеты «Ангара».
The summit took place at the Vostochny Cosmodrome in the Amur region. || Саммит прошел на космодроме Восточный в Амурской области.
The Vostochny Cosmodrome is located in the far eastern Amur region. || Космодром Восточный расположен в Амурской области на Дальнем Востоке.
The Amur region borders China. || Амурская область граничит с Китаем.
Vladivostok is the largest city in the Russian Far East. || Владивосток — крупнейший город Дальнего Востока России.
Pyongyang is the capital of the DPRK. || Пхеньян — столица КНДР.
Moscow and Pyongyang agreed to expand tourism. || Москва и Пхеньян договорились развивать туризм.
The first group of Russian tourists visited the Masikryong ski resort. || Первая группа российских туристов посетила горнолыжный курорт Масикрен.
Direct flights between Moscow and Pyongyang resumed in July. || Прямое авиасообщение между Москвой и Пхеньяном возобновилось в июле.
A passenger train service between Moscow and Pyongyang resumed after a four-year break. || Пассажирское железнодорожное сообщение между Москвой и Пхеньяном возобновилось после четырехлетнего перерыва.
The road bridge across the Tumen River is expected to open next year. || Автомобильный мост через реку Туманную планируется открыть в следующем году.
Trade between Russia and North Korea remains small. || Товарооборот между Россией и Северной Кореей остается небольшим.
Russia delivered thousands of tons of flour to North Korea as humanitarian aid. || Россия поставила в Северную Корею тысячи тонн муки в качестве гуманитарной помощи.
The Workers' Party of Korea held a plenary meeting in Pyongyang. || Трудовая партия Кореи провела пленарное заседание в Пхеньяне.
Kim Jong-un is the general secretary of the Workers' Party of Korea. || Ким Чен Ын является генеральным секретарем Трудовой партии Кореи.
A delegation of the Workers' Party of Korea visited Moscow. || Делегация Трудовой партии Кореи посетила Москву.
The Supreme People's Assembly is North Korea's parliament. || Верховное народное собрание — парламент Северной Кореи.
The Supreme People's Assembly ratified the treaty with Russia. || Верховное народное собрание КНДР ратифицировало договор с Россией.
The State Duma ratified the treaty with the DPRK. || Государственная дума ратифицировала договор с КНДР.
The treaty entered into force in December 2024. || Договор вступил в силу в декабре 2024 года.
South Korea's Unification Ministry said it was closely watching the situation. || Министерство объединения Республики Корея сообщило, что внимательно следит за ситуацией.
South Korea's Joint Chiefs of Staff said the missile flew about 600 kilometers. || Объединенный комитет начальников штабов Республики Корея сообщил, что ракета пролетела около 600 километров.
South Korea's Foreign Ministry expressed deep regret over the treaty. || МИД Республики Корея выразил глубокое сожаление в связи с договором.
The U.N. Security Council held an emergency meeting on North Korea. || Совет Безопасности ООН провел экстренное заседание по Северной Корее.
Russia vetoed the extension of the U.N. panel of experts on North Korea. || Россия наложила вето на продление мандата группы экспертов ООН по Северной Корее.
The United States, South Korea and Japan condemned the arms deals. || США, Южная Корея и Япония осудили сделки по поставкам оружия.
South Korean President Yoon Suk Yeol called for a firm response. || Президент Республики Корея Юн Сок Ёль призвал к решительному ответу.
South Korean Foreign Minister Cho Tae-yul spoke by phone with Lavrov. || Министр иностранных дел Республики Корея Чо Тэ Ёль провел телефонный разговор с Лавровым.
Chinese Foreign Minister Wang Yi visited Pyongyang in September. || Министр иностранных дел КНР Ван И посетил Пхеньян в сентябре.
Chinese President Xi Jinping sent a congratulatory message to Kim Jong-un. || Председатель КНР Си Цзиньпин направил поздравительное послание Ким Чен Ыну.
U.S. Secretary of State Antony Blinken expressed concern over the treaty. || Госсекретарь США Энтони Блинкен выразил обеспокоенность в связи с договором.
Japanese Prime Minister Fumio Kishida said Tokyo was watching the situation closely. || Премьер-министр Японии Фумио Кисида заявил, что Токио внимательно следит за ситуацией.
U.N. Secretary-General Antonio Guterres called for restraint on the Korean Peninsula. || Генеральный секретарь ООН Антониу Гутерриш призвал к сдержанности на Корейском полуострове.
North Korea fired a ballistic missile into the East Sea on Sunday, the JCS said. || В воскресенье Северная Корея запустила баллистическую ракету в сторону Японского моря, сообщил ОКНШ.
North Korea launched a military reconnaissance satellite in November 2023. || В ноябре 2023 года Северная Корея вывела на орбиту военный разведывательный спутник.
Kim Jong-un oversaw the test-fire of a new intercontinental ballistic missile. || Ким Чен Ын руководил испытательным пуском новой межконтинентальной баллистической ракеты.
Kim Jong-un vowed to strengthen the country's nuclear forces. || Ким Чен Ын пообещал укреплять ядерные силы страны.
Kim Yo-jong, the powerful sister of Kim Jong-un, issued a statement on Tuesday. || Во вторник Ким Ё Чжон, влиятельная сестра Ким Чен Ына, выступила с заявлением.
Kim Yo-jong warned Seoul against further provocations. || Ким Ё Чжон предостерегла Сеул от дальнейших провокаций.
Premier Kim Tok Hun inspected a farm in South Hwanghae Province. || Председатель Кабинета министров КНДР Ким Док Хун осмотрел сельскохозяйственное предприятие в провинции Хванхэ-Намдо.
The two leaders exchanged gifts. || Лидеры двух стран обменялись подарками.
Putin presented Kim with an Aurus limousine. || Путин подарил Ким Чен Ыну лимузин Aurus.
Kim Jong-un presented Putin with a pair of Pungsan dogs. || Ким Чен Ын подарил Путину пару собак породы пхунсан.
The two leaders held talks behind closed doors for about two hours. || Лидеры двух стран провели переговоры за закрытыми дверями продолжительностью около двух часов.
The talks lasted about five hours, the Kremlin said. || Переговоры продолжались около пяти часов, сообщили в Кремле.
The Kremlin said the talks were "substantive." || В Кремле заявили, что переговоры были «содержательными».
The Kremlin said the two leaders discussed the situation in the region. || В Кремле сообщили, что лидеры обсудили ситуацию в регионе.
The Kremlin has not confirmed the dates of the visit. || Кремль не подтвердил сроки визита.
The Kremlin declined to comment on the report. || В Кремле отказались комментировать это сообщение.
The Russian Foreign Ministry said the visit would strengthen bilateral ties. || МИД России сообщил, что визит будет способствовать укреплению двусторонних связей.
The Russian Foreign Ministry summoned the South Korean ambassador. || МИД России вызвал посла Республики Корея.
The Russian Embassy in Pyongyang hosted a reception. || Посольство России в Пхеньяне провело прием.
The Russian Embassy in Seoul declined to comment. || В посольстве России в Сеуле отказались от комментариев.
The Russian government and people are grateful for the support. || Российское правительство и народ благодарны за поддержку.
The Korean people's closest friend will be greeted with the greatest sincerity. || Самого близкого друга корейского народа встретят с величайшей искренностью.
Putin is the Korean people's closest friend, the statement said. || Путин — самый близкий друг корейского народа, говорится в заявлении.
The statement said Putin would visit the DPRK at an early date. || В заявлении говорится, что Путин посетит КНДР в ближайшее время.
The statement did not specify the dates of the visit. || В заявлении не уточняются сроки визита.
The statement also said Russia thanked the North for its support. || В заявлении также говорится, что Россия поблагодарила Северную Корею за поддержку.
It also said the two countries would expand exchanges in various fields. || В заявлении также говорится, что две страны расширят обмены в различных областях.
It also said the two sides agreed to hold regular consultations. || В заявлении также говорится, что стороны договорились проводить регулярные консультации.
It said Kim Jong-un had accepted Putin's invitation. || В сообщении говорится, что Ким Чен Ын принял приглашение Путина.
North Korea says Putin will visit Pyongyang soon. || Северная Корея сообщает, что Путин вскоре посетит Пхеньян.
Russia says it will continue to develop ties with North Korea. || Россия заявляет, что продолжит развивать связи с Северной Кореей.
Seoul says it will respond firmly to the Russia-North Korea treaty. || Сеул заявляет, что решительно ответит на договор России и Северной Кореи.
Kremlin says no decision yet on Putin's trip to Pyongyang. || В Кремле заявили, что решение о поездке Путина в Пхеньян пока не принято.
Lavrov arrives in Pyongyang for talks with Choe Son Hui. || Лавров прибыл в Пхеньян для переговоров с Цой Сон Хи.
N. Korea's Choe meets Lavrov in Moscow || Цой Сон Хи встретилась с Лавровым в Москве
N. Korean FM Choe pays courtesy call on Putin || Министр иностранных дел КНДР Цой Сон Хи нанесла визит вежливости Путину
Putin, Kim sign comprehensive strategic partnership treaty || Путин и Ким Чен Ын подписали договор о всеобъемлющем стратегическом партнерстве
N. Korea, Russia to resume passenger train service || КНДР и Россия возобновят пассажирское железнодорожное сообщение
(LEAD) Putin expressed willingness to visit Pyongyang, N. Korea says || (ОБНОВЛЕНО) Путин выразил готовность посетить Пхеньян, сообщили в КНДР
SEOUL, Jan. 21 (Yonhap) -- North Korea said Sunday that Putin would visit Pyongyang. || СЕУЛ, 21 января (Рёнхап) — Северная Корея в воскресенье заявила, что Путин посетит Пхеньян.
MOSCOW, Sept. 13 (Reuters) -- Putin met Kim Jong-un at the Vostochny Cosmodrome. || МОСКВА, 13 сентября (Рейтер) — Путин встретился с Ким Чен Ыном на космодроме Восточный.
(END) || (КОНЕЦ)
Choe, the first female foreign minister of North Korea, is a veteran diplomat. || Цой Сон Хи, первая женщина — министр иностранных дел КНДР, является опытным дипломатом.
Choe previously served as first vice foreign minister. || Ранее Цой Сон Хи занимала пост первого заместителя министра иностранных дел.
Choe led North Korea's delegation in nuclear talks with the United States. || Цой Сон Хи возглавляла делегацию КНДР на переговорах с США по ядерной проблеме.
Choe Son Hui and Sergei Lavrov held their third meeting in a year. || Цой Сон Хи и Сергей Лавров провели третью встречу за год.
Choe Son-hui said the visit had further deepened the friendship between the two countries. || Цой Сон Хи заявила, что визит еще больше углубил дружбу между двумя странами.
Choe Son-hui returned to Pyongyang on Friday after a visit to Russia. || Цой Сон Хи вернулась в Пхеньян в пятницу после визита в Россию.
Choe Son-hui was seen off at the airport by Russian Deputy Foreign Minister Andrei Rudenko. || В аэропорту Цой Сон Хи провожал заместитель министра иностранных дел России Андрей Руденко.
Lavrov hosted a luncheon in honor of Choe Son Hui. || Лавров дал обед в честь Цой Сон Хи.
Lavrov presented Choe Son Hui with a gift for Kim Jong-un. || Лавров вручил Цой Сон Хи подарок для Ким Чен Ына.
Lavrov was received by Kim Jong-un on his second day in Pyongyang. || На второй день пребывания в Пхеньяне Лаврова принял Ким Чен Ын.
Lavrov's trip to Pyongyang was his first in nine years. || Поездка Лаврова в Пхеньян стала для него первой за девять лет.
Lavrov visited Pyongyang in 2018 and met with Kim Jong-un. || Лавров посетил Пхеньян в 2018 году и встретился с Ким Чен Ыном.
Shoigu visited Pyongyang in July 2023 for a military parade. || Шойгу посетил Пхеньян в июле 2023 года, чтобы присутствовать на военном параде.
Kim Jong-un showed Shoigu new missiles at an arms exhibition. || Ким Чен Ын показал Шойгу новые ракеты на выставке вооружений.
A Russian military delegation attended the parade in Pyongyang. || Российская военная делегация присутствовала на параде в Пхеньяне.
The parade marked the 70th anniversary of the armistice that ended the Korean War. || Парад был приурочен к 70-летию подписания соглашения о перемирии, завершившего Корейскую войну.
The Korean War ended in an armistice, not a peace treaty. || Корейская война завершилась перемирием, а не мирным договором.
The two Koreas remain technically at war. || Формально две Кореи до сих пор находятся в состоянии войны.
North Korea calls the Korean War the Fatherland Liberation War. || В Северной Корее Корейскую войну называют Отечественной освободительной войной.
Pyongyang and Moscow have stepped up exchanges since Kim's visit to Russia. || После визита Ким Чен Ына в Россию Пхеньян и Москва активизировали обмены.
Pyongyang has sent thousands of workers to Russia, according to Seoul. || По данным Сеула, Пхеньян направил в Россию тысячи рабочих.
Pyongyang has rejected Seoul's claims as "absurd." || Пхеньян отверг утверждения Сеула как «абсурдные».
Pyongyang called the sanctions "a hostile act." || Пхеньян назвал санкции «враждебным актом».
Moscow called the Western accusations "unfounded." || Москва назвала обвинения Запада «необоснованными».
Moscow said it would not abide by the unilateral sanctions. || Москва заявила, что не будет соблюдать односторонние санкции.
Moscow and Pyongyang signed an agreement on visa-free travel for official passport holders. || Москва и Пхеньян подписали соглашение о безвизовом режиме для владельцев служебных паспортов.
Washington and Seoul agreed to strengthen their extended deterrence. || Вашингтон и Сеул договорились укреплять расширенное сдерживание.
Beijing called for calm on the Korean Peninsula. || Пекин призвал к спокойствию на Корейском полуострове.
Tokyo lodged a protest with Pyongyang through diplomatic channels. || Токио заявил протест Пхеньяну по дипломатическим каналам.
Russia and North Korea held talks on space cooperation. || Россия и Северная Корея провели переговоры о сотрудничестве в космической сфере.
Russia will help North Korea build satellites, Putin said. || Россия поможет Северной Корее создавать спутники, заявил Путин.
Putin said Russia would help North Korea build satellites. || Путин заявил, что Россия поможет Северной Корее создавать спутники.
Putin said there were "certain prospects" for military-technical cooperation. || Путин заявил, что у военно-технического сотрудничества есть «определенные перспективы».
Putin said Russia complied with all its international obligations. || Путин заявил, что Россия соблюдает все свои международные обязательства.
Putin raised a toast to the health of Kim Jong-un. || Путин поднял тост за здоровье Ким Чен Ына.
Kim Jong-un said the DPRK would always be with Russia. || Ким Чен Ын заявил, что КНДР всегда будет вместе с Россией.
Kim Jong-un said Russia had risen up in a "sacred struggle." || Ким Чен Ын заявил, что Россия поднялась на «священную борьбу».
Kim Jong-un expressed confidence that Russia would achieve victory. || Ким Чен Ын выразил уверенность в том, что Россия одержит победу.
Kim Jong-un accepted Putin's invitation to visit Moscow. || Ким Чен Ын принял приглашение Путина посетить Москву.
Kim Jong-un hosted a banquet in honor of Putin. || Ким Чен Ын дал банкет в честь Путина.
Kim Jong-un saw Putin off at Pyongyang airport. || Ким Чен Ын проводил Путина в аэропорту Пхеньяна.
Kim Jong-un met Putin at the airport in person. || Ким Чен Ын лично встретил Путина в аэропорту.
Tens of thousands of Pyongyang citizens welcomed Putin. || Путина приветствовали десятки тысяч жителей Пхеньяна.
Putin and Kim rode in the Aurus limousine through Pyongyang. || Путин и Ким Чен Ын проехали по Пхеньяну на лимузине Aurus.
Putin laid a wreath at the Liberation Monument in Pyongyang. || Путин возложил венок к Монументу Освобождения в Пхеньяне.
Putin's state visit to the DPRK lasted two days. || Государственный визит Путина в КНДР продлился два дня.
After Pyongyang, Putin flew to Vietnam. || Из Пхеньяна Путин вылетел во Вьетнам.
Putin arrived in Pyongyang early Wednesday. || Путин прибыл в Пхеньян рано утром в среду.
Putin's plane landed in Pyongyang shortly before 3 a.m. || Самолет Путина приземлился в Пхеньяне незадолго до трех часов ночи.
The visit is Putin's first to North Korea in 24 years. || Это первый за 24 года визит Путина в Северную Корею.
The visit took place at the invitation of Kim Jong-un. || Визит состоялся по приглашению Ким Чен Ына.
The visit took place at the invitation of President of the State Affairs Kim Jong Un. || Визит состоялся по приглашению Председателя Государственных дел КНДР Ким Чен Ына.
The invitation was conveyed through diplomatic channels. || Приглашение было передано по дипломатическим каналам.
The date of the visit will be agreed through diplomatic channels. || Дата визита будет согласована по дипломатическим каналам.
North Korea's state media did not mention the date of the visit. || Государственные СМИ КНДР не сообщили дату визита.
North Korea's state media reported the visit the following morning. || Государственные СМИ КНДР сообщили о визите на следующее утро.
North Korean state media released photos of the talks. || Государственные СМИ КНДР опубликовали фотографии с переговоров.
The photos showed Kim and Putin smiling and shaking hands. || На фотографиях Ким Чен Ын и Путин улыбаются и пожимают друг другу руки.
Analysts say the visit could further deepen military cooperation. || По мнению аналитиков, визит может еще больше углубить военное сотрудничество.
Experts in Seoul say the arms trade violates U.N. resolutions. || Эксперты в Сеуле считают, что торговля оружием нарушает резолюции ООН.
The U.N. resolutions ban all arms trade with North Korea. || Резолюции ООН запрещают любую торговлю оружием с Северной Кореей.
Russia voted for the sanctions against North Korea in 2017. || В 2017 году Россия голосовала за санкции против Северной Кореи.
China and Russia have called for easing sanctions on the North. || Китай и Россия призывают смягчить санкции против Северной Кореи.
The Kremlin said Russia did not intend to violate any agreements. || В Кремле заявили, что Россия не намерена нарушать какие-либо договоренности.
The two countries agreed to develop cooperation in agriculture, fisheries and tourism. || Две страны договорились развивать сотрудничество в сельском хозяйстве, рыболовстве и туризме.
The two sides also discussed cooperation in healthcare and education. || Стороны также обсудили сотрудничество в области здравоохранения и образования.
North Korean students will study at Russian universities. || Северокорейские студенты будут учиться в российских вузах.
A Russian ballet troupe performed in Pyongyang. || В Пхеньяне выступила российская балетная труппа.
North Korean athletes took part in competitions in Kazan. || Северокорейские спортсмены приняли участие в соревнованиях в Казани.
A North Korean art troupe toured Russia. || Северокорейский художественный коллектив гастролировал по России.
The Russian Orthodox Church has a parish in Pyongyang. || У Русской православной церкви есть приход в Пхеньяне.
The Soviet Army liberated Korea from Japanese colonial rule in 1945. || В 1945 году Советская армия освободила Корею от японского колониального господства.
A monument to Soviet soldiers stands in central Pyongyang. || В центре Пхеньяна стоит памятник советским воинам.
The Korean people will never forget the feat of the Soviet soldiers, Kim said. || Корейский народ никогда не забудет подвиг советских воинов, заявил Ким Чен Ын.
Both sides hailed the visit as historic. || Обе стороны назвали визит историческим.
The visit marked a turning point in bilateral relations, the KCNA said. || Визит стал поворотным моментом в двусторонних отношениях, сообщило ЦТАК.
The visit was described as "a milestone" in relations between the two countries. || Визит был назван «вехой» в отношениях между двумя странами.
The two leaders agreed to meet again in Moscow. || Лидеры двух стран договорились вновь встретиться в Москве.
No date has been set for Kim Jong-un's visit to Moscow. || Дата визита Ким Чен Ына в Москву не определена.
The foreign ministers of the two countries will hold strategic dialogue in Moscow. || Министры иностранных дел двух стран проведут стратегический диалог в Москве.
The first round of the strategic dialogue was held in Pyongyang. || Первый раунд стратегического диалога состоялся в Пхеньяне.
"Our relations have reached an unprecedented level," Lavrov said in Pyongyang. || «Наши отношения вышли на беспрецедентный уровень», — сказал Лавров в Пхеньяне.
"The DPRK and Russia are reliable strategic partners," Choe told Lavrov. || «КНДР и Россия — надежные стратегические партнеры», — сказала Цой Сон Хи Лаврову.
"Russia will never forget the help of its Korean friends," Putin said. || «Россия никогда не забудет помощь своих корейских друзей», — сказал Путин.
"This treaty is purely defensive," Putin told reporters in Pyongyang. || «Этот договор носит исключительно оборонительный характер», — сказал Путин журналистам в Пхеньяне.
"We strongly condemn the hostile acts of the United States," the KCNA said. || «Мы решительно осуждаем враждебные действия США», — сообщило ЦТАК.
"The DPRK will strengthen its nuclear war deterrent," Kim Jong-un said. || «КНДР будет укреплять ядерные силы сдерживания», — сказал Ким Чен Ын.
"This is an internal matter of two sovereign states," Peskov said. || «Это внутреннее дело двух суверенных государств», — сказал Песков.
"We will respond to any threat," Kim Yo-jong said in a statement. || «Мы ответим на любую угрозу», — заявила Ким Ё Чжон в своем заявлении.
"Seoul should stop its provocations," the KCNA said, citing a military spokesman. || «Сеулу следует прекратить провокации», — сообщило ЦТАК со ссылкой на представителя военного ведомства.
"The visit confirmed the strategic nature of our relations," the Russian Foreign Ministry said. || «Визит подтвердил стратегический характер наших отношений», — говорится в сообщении МИД России.
North Korea said Sunday that Russian President Vladimir Putin would visit Pyongyang at an early date. || Северная Корея в воскресенье заявила, что президент России Владимир Путин в ближайшее время посетит Пхеньян.
North Korea said Monday that Foreign Minister Choe Son-hui had returned from Moscow. || Северная Корея в понедельник сообщила, что министр иностранных дел Цой Сон Хи вернулась из Москвы.
Russia said Sunday that Lavrov would visit the DPRK next week. || Россия в воскресенье сообщила, что Лавров на следующей неделе посетит КНДР.
The KCNA said Sunday that Putin had expressed his willingness to visit Pyongyang. || ЦТАК в воскресенье сообщило, что Путин выразил готовность посетить Пхеньян.
The KCNA said Monday that Choe had met with Lavrov in Moscow. || ЦТАК в понедельник сообщило, что Цой Сон Хи встретилась с Лавровым в Москве.
The KCNA said Tuesday that Kim Jong-un had sent a letter to Putin. || ЦТАК во вторник сообщило, что Ким Чен Ын направил письмо Путину.
Yonhap said Wednesday that Seoul had summoned the Russian ambassador. || Агентство Рёнхап в среду сообщило, что Сеул вызвал российского посла.
TASS said Thursday that Shoigu had arrived in Pyongyang. || Агентство ТАСС в четверг сообщило, что Шойгу прибыл в Пхеньян.
Reuters said Friday that a North Korean ship had docked in Vostochny port. || Агентство Рейтер в пятницу сообщило, что северокорейское судно пришвартовалось в порту Восточный.
The Rodong Sinmun said Saturday that the visit had opened a new era. || Газета «Нодон синмун» в субботу написала, что визит открыл новую эпоху.
"""


def _parse_pairs(text: str) -> list[tuple[str, str]]:
    pairs = []
    for line in text.strip().splitlines():
        en, ru = (part.strip() for part in line.split(" || "))
        pairs.append((en, ru))
    return pairs


HAND_PAIRS = _parse_pairs(_HAND_TEXT)


if __name__ == "__main__":
    sys.exit(main())
