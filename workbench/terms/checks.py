"""QA checks besides terminology: numbers and dates, untranslated segments, suspicious characters.

Numbers are compared as values, so "Sept. 13, 2023" is satisfied by "2023년 9월 13일" and by
"13 сентября 2023 года". A failed date check offers the babel-localised long date as the fix.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from workbench.terms.findings import Issue

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
          r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_DATE_MDY = re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?\b")
_DATE_DMY = re.compile(r"\b(?P<day>\d{1,2})\s+" + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?\b")
_DATE_MY = re.compile(_MONTH + r"\s+(?P<year>\d{4})\b")
_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\w)|(?<![\w.])\d+(?:\.\d+)?(?:st|nd|rd|th)?(?![\w])")
_SCALE_WORDS = re.compile(r"^\s*(?:million|billion|trillion|thousand|hundred|percent|per cent|%)", re.I)
_RU_NUMBER = re.compile(r"\d+(?:[\u00a0\u202f ]\d{3})*(?:,\d+)?")
_RU_MONTHS = {stem: n for n, stem in enumerate(
    ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"], 1)}
_RU_MONTH_WORD = re.compile(r"\b(январ[ьяюе]|феврал[ьяюе]|марта?|марте|апрел[ьяюе]|ма[йяюе]|июн[ьяюе]|"
                            r"июл[ьяюе]|августа?|августе|сентябр[ьяюе]|октябр[ьяюе]|ноябр[ьяюе]|декабр[ьяюе])\b",
                            re.I)
_SUSPICIOUS_Q = re.compile(r"(?:(?<=\w)\?(?=\w)|(?<![\w?])\?(?=[^\W\d_]))")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@dataclass(frozen=True)
class _Date:
    year: int | None
    month: int
    day: int | None
    text: str


def run_all(source: str, target: str, locale: str):
    """Every non-terminology check for one pair; returns a list of findings.Issue."""
    return [*untranslated(source, target), *numbers_and_dates(source, target, locale),
            *suspicious(source, "source"), *suspicious(target, "target"), *spacing(target)]


def _issue(kind: str, message: str, severity: str = "warning", fix: str | None = None) -> Issue:
    return Issue(kind, message, severity, fix)


def untranslated(source: str, target: str):
    if not _WORD.search(source):
        return []
    if not target.strip():
        return [_issue("untranslated", "the target is empty", "error")]
    if target.strip() == source.strip():
        return [_issue("untranslated", "the target is a copy of the source", "error")]
    return []


def numbers_and_dates(source: str, target: str, locale: str):
    dates, numbers = _source_values(source)
    if not dates and not numbers:
        return []
    found = _target_values(target, locale)
    issues = []
    for date in dates:
        parts = [p for p in (date.year, date.month, date.day) if p is not None]
        if not all(_has(found, p) for p in parts):
            issues.append(_issue("date", f"date {date.text!r} is not rendered in the target",
                                 fix=localised_date(date, locale)))
    for text, value in numbers:
        if not _has(found, value):
            issues.append(_issue("number", f"number {text!r} is not in the target"))
    return issues


def _has(found: list[float], value: float) -> bool:
    return any(abs(f - value) < 1e-9 for f in found)


@lru_cache(maxsize=4096)
def _source_values(source: str) -> tuple[tuple[_Date, ...], tuple[tuple[str, float], ...]]:
    """The source's dates and other numbers (enforcement checks one source against several targets)."""
    dates, rest = _source_dates(source)
    return tuple(dates), tuple(_source_numbers(rest))


def _source_dates(source: str) -> tuple[list[_Date], str]:
    """Dates found in English text, and the text with them blanked out (for the number check)."""
    dates, chars = [], list(source)
    for pattern in (_DATE_MDY, _DATE_DMY, _DATE_MY):
        for match in pattern.finditer("".join(chars)):
            groups = match.groupdict()
            month = MONTHS[_month_key(groups["month"])]
            day = int(groups["day"]) if groups.get("day") else None
            year = int(groups["year"]) if groups.get("year") else None
            dates.append(_Date(year, month, day, match.group()))
            chars[match.start():match.end()] = " " * (match.end() - match.start())
    return dates, "".join(chars)


def _month_key(word: str) -> str:
    word = word.rstrip(".").lower()
    return "sept" if word.startswith("sept") else word[:3]


def _source_numbers(text: str) -> list[tuple[str, float]]:
    numbers = []
    for match in _NUMBER.finditer(text):
        if _SCALE_WORDS.match(text[match.end():]) or match.group()[-1].isalpha():
            # 2.5 billion -> 25억 / 2,5 млрд, and ordinals (3rd -> 세 번째): too many faithful renderings.
            continue
        numbers.append((match.group(), float(match.group().replace(",", ""))))
    return numbers


def _target_values(target: str, locale: str) -> list[float]:
    values = []
    for match in _RU_NUMBER.finditer(target):
        raw = re.sub(r"[\u00a0\u202f ]", "", match.group())
        # "2,5" is a Russian decimal; "1,000" after English copy-paste is a thousands separator.
        raw = raw.replace(",", ".") if locale.startswith("ru") or not re.search(r",\d{3}$", raw) else raw.replace(",", "")
        try:
            values.append(float(raw))
        except ValueError:
            continue
    if locale.startswith("ru"):
        values.extend(float(_RU_MONTHS[_ru_stem(m.group().lower())]) for m in _RU_MONTH_WORD.finditer(target))
    return values


def _ru_stem(word: str) -> str:
    for stem in sorted(_RU_MONTHS, key=len, reverse=True):
        if word.startswith(stem):
            return stem
    return "ма"


def localised_date(date: _Date, locale: str) -> str | None:
    """The date as babel writes it for `locale` (long format), or None when it has no year or month."""
    from babel.dates import format_date

    babel_locale = {"ko": "ko_KR", "ko-KP": "ko_KP", "ru": "ru_RU"}.get(locale, locale.replace("-", "_"))
    try:
        if date.day is None:
            return format_date(dt.date(date.year or 2000, date.month, 1), "LLLL y", locale=babel_locale) \
                if date.year else None
        return format_date(dt.date(date.year or 2000, date.month, date.day),
                           "long" if date.year else "MMMMd", locale=babel_locale)
    except (ValueError, TypeError):
        return None


def suspicious(text: str, side: str):
    """A '?' or U+FFFD inside a word ("?osmodrome"), and words mixing Latin with Cyrillic letters."""
    issues = []
    for match in _SUSPICIOUS_Q.finditer(text) if "?" in text else ():
        word = _word_at(text, match.start())
        issues.append(_issue("suspicious-character", f"{side}: '?' inside the word {word!r}"))
    if "\ufffd" in text:
        issues.append(_issue("suspicious-character", f"{side}: U+FFFD replacement character (broken encoding)"))
    for word in _mixed_script_words(text):
        issues.append(_issue("mixed-script", f"{side}: {word!r} mixes Latin and Cyrillic letters (a homoglyph?)"))
    return issues


_DOUBLE_SPACE = re.compile(r"(\S+)[ \u00a0]{2,}(\S+)")


def spacing(target: str):
    """Two or more spaces between words of the target ("агентством  Кореи"); the fix is one space."""
    match = _DOUBLE_SPACE.search(target)
    if match is None:
        return []
    return [_issue("double-space", f"target: more than one space in {match.group()!r}",
                   fix=f"{match.group(1)} {match.group(2)}")]


def _word_at(text: str, index: int) -> str:
    start = index
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "?"):
        start -= 1
    end = index + 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end]


_LATIN_LETTER = re.compile(r"[A-Za-z]")
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")


def _mixed_script_words(text: str) -> list[str]:
    if not (_LATIN_LETTER.search(text) and _CYRILLIC_LETTER.search(text)):
        return []
    return [m.group() for m in _WORD.finditer(text) if _scripts(m.group()) >= {"latin", "cyrillic"}]


@lru_cache(maxsize=65536)
def _scripts(word: str) -> frozenset[str]:
    scripts = set()
    for ch in word:
        if "a" <= ch.lower() <= "z":
            scripts.add("latin")
        elif "\u0400" <= ch <= "\u04ff":
            scripts.add("cyrillic")
    return frozenset(scripts)
