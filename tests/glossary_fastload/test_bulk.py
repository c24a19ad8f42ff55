"""glossary._bulk: the compiled bulk checks of glossary.fastbuild equal its pure-Python ones."""

from __future__ import annotations

import gc
import importlib.util
import random
import sys

import pytest

from glossary import _bulk, fastbuild, schema

from .conftest import assert_same, fast, slow
from .test_fastload_equivalence import VALID


@pytest.fixture(scope="module")
def pure():
    """glossary.fastbuild as it runs where glossary._bulk is not built (a separate module object)."""
    saved = sys.modules.get("glossary._bulk")
    sys.modules["glossary._bulk"] = None  # `from glossary._bulk import ...` raises ImportError
    try:
        spec = importlib.util.spec_from_file_location("fastbuild_without_bulk", fastbuild.__file__)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.modules["glossary._bulk"] = saved
    assert module._table is not _bulk.table and module._terms_ok is not _bulk.terms_ok
    return module


VALUES = ["a", " a", "a ", "", "~", "null", "x y", "#x", "'q", "-x", "é", "\u3000x", "x\u3000", 1, None, ["a"],
          {"a": 1}, True]


def test_compiled_helpers_equal_the_python_ones(pure):
    rng = random.Random(3)
    nulls = schema.NULLS
    for _ in range(2000):
        values = [rng.choice(VALUES) for _ in range(rng.randrange(0, 5))]
        assert _bulk.terms_ok(values) == pure._terms_ok(values), values
        assert _bulk.texts_ok(values, nulls) == pure._texts_ok(values, nulls), values
        assert _bulk.split_str(values) == pure._split_str(values), values


@pytest.mark.parametrize("maps", [
    [{"a": 1, "b": 2}, {"a": 3}], [], [{"b": 1}], [{"a": 1}, ["a"]], [{"a": 1}, "a"], [{"a": 1, "x": 2}],
])
def test_compiled_table_equals_the_python_one(pure, maps):
    def run(table):
        try:
            return table(maps, ("a",), ("b", "c"), None)
        except (TypeError, KeyError) as exc:
            return type(exc)
    assert run(_bulk.table) == run(pure._table)


@pytest.mark.parametrize("name", sorted(VALID))
def test_without_the_compiled_module_valid_files_still_load_exactly(pure, name, monkeypatch):
    for helper in ("_table", "_split_str", "_terms_ok", "_texts_ok", "_common_locales", "_untrack"):
        monkeypatch.setattr(fastbuild, helper, getattr(pure, helper))
    got = fast(VALID[name])
    assert got is not None
    assert_same(got, slow(VALID[name]))


TERMS = ["Термин", "a b", " a", "a ", "", "#x", "'q", "\u3000a", 1, None, ["a"]]
VARIANTS = {"inflect": [["1"], [1], ["2"], [2], [True], ["01"], ["١"], ["x"], [], ["1", "1"], "1", [["1"]]],
            "indeclinable": ["true", "TRUE", "False", "yes", True, False, 1, "ｔｒｕｅ", None, ""],
            "forms": [{"gent": "x"}], "colour": ["red"]}


def text(rng: random.Random):
    return rng.choice(TERMS[:2] if rng.random() < 0.8 else TERMS)


def random_term(rng: random.Random):
    if rng.random() < 0.5:
        return text(rng)
    term = {} if rng.random() < 0.02 else {"term": text(rng)}
    for key, values in VARIANTS.items():
        if rng.random() < (0.5 if key in ("inflect", "indeclinable") else 0.03):
            term[key] = rng.choice(values[:2] if rng.random() < 0.6 else values)
    return term


def random_locale(rng: random.Random):
    if rng.random() < 0.03:
        return rng.choice([[], "x", None])
    locale = {} if rng.random() < 0.02 else {"preferred": random_term(rng)}
    if rng.random() < 0.5:
        locale["admitted"] = [random_term(rng) for _ in range(rng.randrange(3))] if rng.random() < 0.95 else "x"
    if rng.random() < 0.5:
        locale["deprecated"] = [text(rng) for _ in range(rng.randrange(3))] if rng.random() < 0.95 else {}
    if rng.random() < 0.3:
        locale["note"] = rng.choice(["ok", " a ", "ok"] if rng.random() < 0.7 else ["", "~", "null", "#x", 1, ["a"]])
    if rng.random() < 0.03:
        locale["colour"] = "red"
    return locale


def python_accepts(pure, values: list) -> bool:
    """Whether the pure-Python Builder.locales accepts `values` (else it hands the file to the slow path)."""
    try:
        pure.Builder().locales(values)
    except (pure.Fallback, TypeError, KeyError, IndexError, AttributeError, StopIteration):
        return False
    return True


def test_the_compiled_locale_check_is_never_less_strict(pure):
    rng = random.Random(11)
    taken = 0
    for _ in range(20_000):
        values = [random_locale(rng) for _ in range(rng.randrange(1, 3))]
        if _bulk.locales(values, schema.NULLS):  # vouched for: the Python checks agree
            taken += 1
            assert python_accepts(pure, values), values
    assert taken > 4000, taken


def test_untrack_takes_only_plain_trees_out_of_the_collectors_view():
    plain = {"a": ["x", {"b": ("y", 1, None, 1.5, True)}]}
    other = {"a": ["x", [object()]]}
    deep: list = ["x"]
    for _ in range(20):
        deep = [deep]
    _bulk.untrack([plain, other, deep, None, "x"])
    assert not any(map(gc.is_tracked, (plain, plain["a"], plain["a"][1], plain["a"][1]["b"])))
    assert all(map(gc.is_tracked, (other, other["a"], other["a"][1], deep)))  # not plain, too deep
