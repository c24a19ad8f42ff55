"""Helpers for the fast-path tests: run both loading paths and compare their results exactly."""

from __future__ import annotations

import dataclasses
import importlib.util
from pathlib import Path
from types import MappingProxyType

import pytest

from glossary import fastload, yamlio
from glossary.gcpause import paused
from glossary.errors import GlossaryError

CORE_TESTS = Path(__file__).parent.parent / "glossary_core"


def core_constant(module: str, name: str) -> str:
    """A fixture text defined in tests/glossary_core (loaded by path: those folders are no packages)."""
    spec = importlib.util.spec_from_file_location(f"_fastload_{module}", CORE_TESTS / f"{module}.py")
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return getattr(loaded, name)


def fast(text: str, path: str | None = "g.yaml"):
    """The fast path alone: a Glossary, or None when it hands over to the slow path."""
    with paused():
        return fastload.try_load(text.encode("utf-8"), path)


def slow(text: str, path: str | None = "g.yaml"):
    """The exact PyYAML path alone: a Glossary, or the error it raises (with its findings)."""
    try:
        return yamlio.parse(text, path).glossary
    except GlossaryError as exc:
        return exc


def assert_same(left, right, where: str = "glossary") -> None:
    """Field-by-field equality, also of types (a MappingProxyType stays one, a str stays a str)."""
    assert type(left) is type(right), f"{where}: {type(left).__name__} != {type(right).__name__}"
    if dataclasses.is_dataclass(left):
        for field in dataclasses.fields(left):
            assert_same(getattr(left, field.name), getattr(right, field.name), f"{where}.{field.name}")
    elif isinstance(left, (tuple, list)):
        assert len(left) == len(right), f"{where}: {len(left)} != {len(right)} items"
        for index, (a, b) in enumerate(zip(left, right)):
            assert_same(a, b, f"{where}[{index}]")
    elif isinstance(left, (dict, MappingProxyType)):
        assert list(left) == list(right), f"{where}: keys {list(left)} != {list(right)}"
        for key in left:
            assert_same(left[key], right[key], f"{where}[{key!r}]")
    else:
        assert left == right, f"{where}: {left!r} != {right!r}"


def assert_loads_like_slow(text: str) -> None:
    """yamlio.loads (fast path first) gives exactly what the slow path gives: model or findings."""
    expected = slow(text)
    try:
        got = yamlio.loads(text, "g.yaml")
    except GlossaryError as exc:
        assert isinstance(expected, GlossaryError), f"fast path raised {exc}, slow path loaded"
        assert str(exc) == str(expected)
        assert getattr(exc, "findings", None) == getattr(expected, "findings", None)
        return
    assert not isinstance(expected, GlossaryError), f"loaded, but the slow path says {expected}"
    assert_same(got, expected)


@pytest.fixture
def spec_text() -> str:
    return core_constant("conftest", "SPEC")
