"""Builds the compiled modules: glossary._scan and glossary._bulk (the reader and checks of
glossary.fastload's fast path) and workbench.terms._similar (repair's search for a similar span).

Optional: without Cython or a C compiler the package still installs and gives the same results, only
slower: every glossary loads through the exact PyYAML path (100,000 entries: about 10 s instead of
1-2 s), and repair's search runs its pure-Python twin. Everything else is in pyproject.toml.
"""

from setuptools import Extension, setup

try:
    from Cython.Build import cythonize
except ImportError:  # no Cython in the build environment: no extension
    cythonize = None


COMPILED = ("glossary._scan", "glossary._bulk", "workbench.terms._similar")


def extensions() -> list[Extension]:
    if cythonize is None:
        return []
    built = cythonize([Extension(name, [name.replace(".", "/") + ".pyx"]) for name in COMPILED],
                      language_level=3, quiet=True)
    for extension in built:
        extension.optional = True  # a failed compile only warns (cythonize drops the keyword)
    return built


setup(ext_modules=extensions())
