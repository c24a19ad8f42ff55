"""Locale codes as clients write them, folded to the tags the workbench uses: the one home of that folding.

memoQ and Trados write `ru-RU` and `ko-KR`, Java tools `ru_RU`, ISO 639-2 tools `rus`, a spreadsheet
"Russian" or "Русский": all fold to the language, `ru`. North Korean usage, `ko-KP`, is the one region
that stays distinct. Every glossary reader (YAML, CSV/TSV, TBX, XLSX) and every `--to` go through `fold`.
"""

from __future__ import annotations

import difflib
from functools import lru_cache

# The locales `--to` selects (ko-KP falls back to ko): a glossary target outside them is never read.
TARGETS = ("ko", "ko-KP", "ru")
_KEPT_REGIONS = {("ko", "kp"): "ko-KP"}
# Names babel does not give (the DPRK's own name for Korean, and what people type).
_EXTRA_NAMES = {"north korean": "ko-KP", "korean (dprk)": "ko-KP", "조선어": "ko-KP", "조선말": "ko-KP",
                "south korean": "ko"}


class LocaleError(ValueError):
    """Text that names no language; `suggestion` is the likely tag ("ru" for "Rusian") or None."""

    def __init__(self, message: str, suggestion: str | None = None) -> None:
        super().__init__(message)
        self.suggestion = suggestion


@lru_cache(maxsize=4096)  # a TBX asks once per language section: 300,000 times for 100,000 entries
def fold(text: str) -> str:
    """The workbench's tag for a locale as written.

    "ru-RU", "ru_RU", "rus", "Russian", "Русский" -> "ru"; "ko-KR", "Korean", "한국어" -> "ko";
    "ko-KP", "Korean (North Korea)" -> "ko-KP"; "en-US", "English" -> "en"; "de-DE" -> "de".
    Raises LocaleError (with "did you mean" when a name is close) for anything else.
    """
    key = " ".join(str(text).split()).casefold()
    named = _names().get(key)
    if named:
        return named
    parts = key.replace("_", "-").split("-")
    language = _language(parts[0])
    if language is None:
        raise _unknown(text)
    return _KEPT_REGIONS.get((language, _region(parts[1:])), language)


def fold_target(text: str) -> str:
    """fold(), then LocaleError unless `--to` can select the result (ko, ko-KP, ru)."""
    tag = fold(text)
    problem = target_problem(tag)
    if problem:
        raise LocaleError(problem)
    return tag


def target_problem(tag: str) -> str | None:
    """Why a folded target tag is never read (no `--to` selects it), or None when it is."""
    if tag in TARGETS:
        return None
    return f"no --to selects locale '{tag}' (the workbench translates into {', '.join(TARGETS)})"


def problem(text: str, target: bool = False) -> str | None:
    """The one-line reason `text` is not a usable (target) locale, or None."""
    try:
        fold_target(text) if target else fold(text)
    except LocaleError as exc:
        return str(exc)
    return None


def _region(subtags: list[str]) -> str | None:
    return next((part for part in subtags if len(part) == 2 and part.isalpha()), None)


@lru_cache(maxsize=1024)
def _language(code: str) -> str | None:
    """The 2-letter (or babel's own) code of an ISO 639-1/2/3 code, None when babel knows no such language."""
    from babel import Locale, UnknownLocaleError  # slow to import: only when a file has locale codes
    from babel.core import get_global

    if not code.isascii() or not code.isalpha() or not 2 <= len(code) <= 3:
        return None
    code = get_global("language_aliases").get(code, code).split("_")[0]
    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return None
    return code


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Language names in English, Russian and Korean (and each language's own) -> tag, casefolded."""
    from babel import Locale

    names = dict(_EXTRA_NAMES)
    for display in ("en", "ru", "ko"):
        shown = Locale.parse(display)
        for tag in ("en", "ru", "ko"):
            names[shown.languages[tag].casefold()] = tag
        names[Locale("ko", "KP").get_display_name(display).casefold()] = "ko-KP"
    return names


def _unknown(text: str) -> LocaleError:
    key = " ".join(str(text).split()).casefold()
    choices = {**_names(), **{tag.casefold(): tag for tag in (*TARGETS, "en")}}
    close = difflib.get_close_matches(key, list(choices), n=1, cutoff=0.6)
    suggestion = choices[close[0]] if close else None
    hint = f" (did you mean '{suggestion}'?)" if suggestion else " (BCP 47, e.g. ru, ko, ko-KP)"
    return LocaleError(f"'{text}' is not a language tag or name{hint}", suggestion)
