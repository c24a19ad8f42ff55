"""Differential checks: mutated glossaries, and values of every shape, either fall back or load exactly as the
slow path loads them."""

from __future__ import annotations

import random

import yaml

from glossary.errors import GlossaryError

from .conftest import assert_same, core_constant, fast, slow

# Characters that change YAML structure or scalar typing, plus ordinary ones.
ALPHABET = list("-:[]{},#&*!|>'\"?~ \n\t0123456789.aeyno@`%\\") + ["  ", "\r\n", "\x85", "é"]


def mutate(text: str, rng: random.Random) -> str:
    at = rng.randrange(len(text))
    kind = rng.randrange(5)
    if kind == 4:  # indentation: the line at `at` moves by one or two columns
        start = text.rfind("\n", 0, at) + 1
        return text[:start] + rng.choice((" ", "  ")) + text[start:] if rng.random() < 0.5 \
            else text[:start] + text[start:].removeprefix(" ")
    if kind == 0:
        return text[:at] + text[at + 1:]
    if kind == 1:
        return text[:at] + rng.choice(ALPHABET) + text[at:]
    if kind == 2:
        lines = text.splitlines(keepends=True)
        index = rng.randrange(len(lines))
        return "".join(lines[:index] + [lines[index]] + lines[index:])  # a repeated line
    return text[:at] + rng.choice(ALPHABET) + text[at + 1:]


def test_mutations_never_load_differently():
    rng = random.Random(20231013)
    seeds = [core_constant("conftest", "SPEC"), core_constant("test_edit", "ORIGINAL")]
    taken = 0
    for round_ in range(600):
        text = seeds[round_ % 2]
        for _ in range(rng.randrange(1, 3)):
            text = mutate(text, rng)
        taken += loads_like_slow_or_falls_back(text)
    assert taken > 100  # the fast path really was exercised, not just bypassed


def loads_like_slow_or_falls_back(text: str) -> bool:
    """Whether the fast path took `text`; when it did, its model is exactly the slow path's."""
    got = fast(text)
    if got is None:
        return False
    expected = slow(text)
    assert not isinstance(expected, GlossaryError), f"fast path loaded what the slow path rejects: {text!r}"
    assert_same(got, expected)
    return True


# Scalars of every kind the checks tell apart (nulls, booleans, digits, padding, indicators first).
SCALARS = ["a", "Б b", "1", "2", "01", "²", "true", "FALSE", "yes", "~", "null", "", " x", "x ", "#x", "'q", "ru", "ko-kp"]


def shaped(rng: random.Random, right, depth: int = 0):
    """Mostly `right` (a value of the expected shape), sometimes a scalar, list or mapping instead."""
    roll = rng.random()
    if roll < 0.8 or depth > 2:
        return right
    if roll < 0.88:
        return rng.choice(SCALARS)
    if roll < 0.95:
        return [shaped(rng, rng.choice(SCALARS), depth + 1) for _ in range(rng.randrange(3))]
    return {rng.choice(["term", "x", "preferred"]): shaped(rng, rng.choice(SCALARS), depth + 1)}


def random_term(rng: random.Random):
    if rng.random() < 0.6:
        return shaped(rng, rng.choice(SCALARS[:3]))
    term = {"term": shaped(rng, "Ким Чен Ын")}
    for key, right in (("inflect", [rng.choice(["1", "2", "3"])]), ("indeclinable", "true"), ("forms", {"gent": "Кима"})):
        if rng.random() < 0.3:
            term[key] = shaped(rng, right)
    return term


def random_entry(rng: random.Random, number: int) -> dict:
    entry = {"id": shaped(rng, f"e{number}"), "source": shaped(rng, rng.choice(["A", ["A", "B"]]))}
    locale = {"preferred": random_term(rng)}
    for key, right in (("admitted", [random_term(rng)]), ("deprecated", ["x"]), ("note", "n")):
        if rng.random() < 0.4:
            locale[key] = shaped(rng, right)
    optional = {"targets": {rng.choice(["ru", "ko", "ko-kp"]): shaped(rng, locale)}, "note": "a note",
                "match": {"whole_word": "false"}, "do_not_translate": "true"}
    entry.update((key, shaped(rng, right)) for key, right in optional.items() if rng.random() < 0.5)
    return entry


def test_values_of_any_shape_never_load_differently():
    rng = random.Random(18)
    taken = 0
    for round_ in range(400):
        document = {"schema_version": 1, "name": "fuzz",
                    "entries": [random_entry(rng, number) for number in range(rng.randrange(1, 4))]}
        text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=10**6,
                              default_flow_style=None if round_ % 2 else False)
        taken += loads_like_slow_or_falls_back(text)
    assert taken > 100, taken
