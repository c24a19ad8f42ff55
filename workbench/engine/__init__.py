"""The translation engine: the Translator protocol, the Argos/CTranslate2 backend, packages, resolution.

Importing this package loads neither argostranslate nor ctranslate2; they are imported when a
model is loaded or a package command runs.
"""

from workbench.engine.base import Alignment, Hypothesis, Translation, Translator

__all__ = ["Alignment", "Hypothesis", "Translation", "Translator", "ArgosTranslator", "resolve_model"]


def __getattr__(name: str):
    # Lazy so `import workbench.engine` stays cheap for callers that only need the nouns.
    if name == "ArgosTranslator":
        from workbench.engine.argos import ArgosTranslator

        return ArgosTranslator
    if name == "resolve_model":
        from workbench.engine.resolve import resolve_model

        return resolve_model
    raise AttributeError(name)
