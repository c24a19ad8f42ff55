"""Target locales on the command line: the `--to` parameter type and the "no terms for it" warning.

The folding itself (ru-RU -> ru, Russian -> ru, ko-KP kept) is glossary.locales'; this only adapts
it to click and says, in one line on stderr, when a glossary has nothing for the chosen locale.
"""

from __future__ import annotations

import click

from glossary import locales
from glossary.model import Glossary

TARGETS = locales.TARGETS


class TargetLocale(click.ParamType):
    """A target locale as the user writes it (ru, ru-RU, rus, Russian, ko-KP...), folded; else a usage error."""

    name = "|".join(TARGETS)

    def convert(self, value, param, ctx):
        try:
            return locales.fold_target(value)
        except locales.LocaleError as exc:
            self.fail(str(exc), param, ctx)


TARGET = TargetLocale()


def warn_if_uncovered(glossary: Glossary | None, locale: str) -> None:
    """One line on stderr when no entry of `glossary` has terms for `locale` (nothing will be checked)."""
    if glossary is None or not glossary.entries or glossary.covers(locale):
        return
    found = sorted({tag for entry in glossary.entries for tag in entry.targets})
    has = f"it has terms for {', '.join(found)} only" if found else "it has no target terms at all"
    click.echo(f"workbench: warning: glossary {glossary.name} has no terms for {locale} ({has}); "
               "no term will be checked or enforced", err=True)
