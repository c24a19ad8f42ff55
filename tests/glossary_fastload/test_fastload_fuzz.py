"""Differential check: mutated glossaries either fall back or load exactly as the slow path loads them."""

from __future__ import annotations

import random

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
        got = fast(text)
        if got is None:
            continue
        taken += 1
        expected = slow(text)
        assert not isinstance(expected, GlossaryError), f"fast path loaded what the slow path rejects: {text!r}"
        assert_same(got, expected)
    assert taken > 100  # the fast path really was exercised, not just bypassed
