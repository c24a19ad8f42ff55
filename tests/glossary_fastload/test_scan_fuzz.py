"""Differential fuzzing of glossary._scan: mutated glossaries are refused, or read exactly as PyYAML reads them."""

from __future__ import annotations

import random

from glossary import yamlio

from .conftest import core_constant
from .scan_helpers import check
from .test_fastload_lazy import TEXT as LAZY
from .test_scan import ACCEPTED, bench_text

ALPHABET = [*"-:[]{},#&*!|>'\"?~ \n0123456789.aeyno@`%\\", "  ", "é", "한", "Ж", "\u2028", "\x85", "\ufeff", "\t",
            "\r", "\r\n", ": ", " #", "- ", "''", '\\"', "\\u00e9", "\\x41", "\\ud800"]
SNIPPETS = ["key: >-\n  folded\n", "k: |\n  lit\n\n", "k: >\n  a\n\n  b\n", "- ", "? ", ": ", " # c", "'a''b'",
            '"q\\n"', "[a, {b: c}]", "{x: [1]}", "&a ", "*a", "!!str ", "---\n", "...\n", "\n\n", "x:\n",
            "- id: z\n  source: Z\n", "entries:\n", "  - ", "id: ", "[]", "{}"]


def seeds() -> list[str]:
    bundled = yamlio.bundled_path().read_text(encoding="utf-8").splitlines(keepends=True)
    features = "".join(text for name, text in sorted(ACCEPTED.items()) if not name.startswith("entries"))
    return [core_constant("conftest", "SPEC"), core_constant("test_edit", "ORIGINAL"), LAZY, bench_text(6),
            "".join(bundled[:40]), "".join(bundled[40:160]), features]


def mutate(text: str, rng: random.Random) -> str:
    at = rng.randrange(len(text) + 1)
    lines = text.splitlines(keepends=True) or ["\n"]
    line = rng.randrange(len(lines))
    kind = rng.randrange(9)
    if kind == 0:
        return text[:at] + text[at + 1:]
    if kind == 1:
        return text[:at] + rng.choice(ALPHABET) + text[at:]
    if kind == 2:
        return text[:at] + rng.choice(ALPHABET) + text[at + 1:]
    if kind == 3:  # the line moves by one or two columns
        shifted = rng.choice((" ", "  ")) + lines[line] if rng.random() < 0.5 else lines[line][rng.randrange(1, 3):]
        return "".join(lines[:line] + [shifted] + lines[line + 1:])
    if kind == 4:
        return "".join(lines[:line + 1] + lines[line:])
    if kind == 5:
        return "".join(lines[:line] + lines[line + 1:])
    if kind == 6:
        return "".join(lines[:line] + lines[line + 1:line + 2] + lines[line:line + 1] + lines[line + 2:])
    if kind == 7:
        return text[:at] + rng.choice(SNIPPETS) + text[at:]
    end = text.find("\n", at)  # two lines become one
    return text if end == -1 else text[:end] + text[end + 1:]


def mutated(seed: int, rounds: int):
    """`rounds` glossary texts, each a seed with one to three random mutations (the same for a seed)."""
    rng = random.Random(seed)
    texts = seeds()
    for round_ in range(rounds):
        text = texts[round_ % len(texts)]
        for _ in range(rng.randrange(1, 4)):
            text = mutate(text, rng)
        yield text


def test_mutated_glossaries_are_refused_or_read_exactly():
    accepted = refused = 0
    for text in mutated(20240611, 15000):
        if check(text):
            accepted += 1
        else:
            refused += 1
    # both sides were exercised: a scanner that refused everything (or nothing) would fail here
    assert accepted > 2000 and refused > 5000, (accepted, refused)
