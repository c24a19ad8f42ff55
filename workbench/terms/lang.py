"""Which target-language rules (Korean particles, Russian morphology) serve a locale."""

from __future__ import annotations

from types import ModuleType

from workbench.errors import WorkbenchError


def rules_for(locale: str) -> ModuleType:
    """The module with find_term/find_text/replace_with/inflect for `locale` ("ko", "ko-KP", "ru")."""
    language = locale.replace("_", "-").split("-")[0].lower()
    if language == "ko":
        from workbench.terms import korean

        return korean
    if language == "ru":
        from workbench.terms import russian

        return russian
    raise WorkbenchError(f"unsupported target locale {locale!r}: use ko, ko-KP or ru")
