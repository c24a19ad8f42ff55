"""Builds glossary._scan and glossary._bulk, the compiled reader and checks of glossary.fastload's fast path.

Optional: without Cython or a C compiler the package still installs, and the fast path uses
rapidyaml alone (slower, same results). Everything else about the package is in pyproject.toml.
"""

from setuptools import Extension, setup

try:
    from Cython.Build import cythonize
except ImportError:  # no Cython in the build environment: no extension
    cythonize = None


COMPILED = ("_scan", "_bulk")


def extensions() -> list[Extension]:
    if cythonize is None:
        return []
    built = cythonize([Extension(f"glossary.{name}", [f"glossary/{name}.pyx"]) for name in COMPILED],
                      language_level=3, quiet=True)
    for extension in built:
        extension.optional = True  # a failed compile only warns (cythonize drops the keyword)
    return built


setup(ext_modules=extensions())
