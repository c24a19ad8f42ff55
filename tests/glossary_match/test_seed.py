"""The seed article with the bundled glossary: every official name in it is found, at exact offsets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from glossary import yamlio
from glossary.matcher import Matcher

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_d27c7cbd74673f90.txt"
REQUIRED = [
    "DPRK", "Kim Jong Un", "Kim Jong-un", "President of the State Affairs", "KCNA", "Korean Central News Agency",
    "Choe Son-hui", "Pyongyang", "Moscow", "Kremlin", "Amur region", "Sergei Lavrov", "Dmitry Peskov", "Putin",
    "Korean Peninsula", "Northeast Asia", "Russian Federation", "special military operation", "Ukraine",
]


@pytest.fixture(scope="module")
def seed_hits():
    text = SEED.read_text(encoding="utf-8")
    return text, Matcher(yamlio.load(yamlio.bundled_path())).find(text)


def _uncovered(text: str, hits, term: str) -> list[int]:
    """Offsets of whole-word occurrences of `term` that no hit covers."""
    spans = [(hit.start, hit.end) for hit in hits]
    starts = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(term)}(?!\w)", text)]
    assert starts, f"{term!r} is not in the seed"
    return [s for s in starts if not any(a <= s and s + len(term) <= b for a, b in spans)]


@pytest.mark.parametrize("term", REQUIRED)
def test_every_occurrence_of_an_official_name_is_covered(seed_hits, term):
    text, hits = seed_hits
    assert _uncovered(text, hits, term) == []


def test_vostochny_is_found_although_the_seed_has_a_broken_character(seed_hits):
    # The seed reads "Vostochny ?osmodrome" (a literal "?" where a letter was lost), so only a
    # "Vostochny" source form on its own can find it.
    text, hits = seed_hits
    assert _uncovered(text, hits, "Vostochny") == [], "bundled glossary lacks a standalone 'Vostochny' form"


def test_hits_are_exact_ordered_and_disjoint(seed_hits):
    text, hits = seed_hits
    assert hits
    for before, after in zip(hits, hits[1:]):
        assert before.end <= after.start
    for hit in hits:
        assert text[hit.start:hit.end] == hit.matched


def test_foreign_minister_and_name_are_separate_hits(seed_hits):
    text, hits = seed_hits
    at = text.index("Foreign Minister Choe Son-hui")
    near = [(hit.matched, hit.start - at) for hit in hits if at <= hit.start < at + 30]
    assert near == [("Foreign Minister", 0), ("Choe Son-hui", 17)]


def test_homoglyph_spoof_of_the_seed_is_still_found():
    text = SEED.read_text(encoding="utf-8").replace("Pyongyang", "Pyong\u0443\u0430ng")  # Cyrillic у, а
    hits = Matcher(yamlio.load(yamlio.bundled_path())).find(text)
    assert sum(hit.entry_id == "pyongyang" for hit in hits) == text.count("Pyong\u0443\u0430ng")


def test_the_lost_letter_was_a_cyrillic_homoglyph_and_would_match():
    # The "?" in "Vostochny ?osmodrome" is where a Cyrillic "С" was lost in transcoding.
    text = SEED.read_text(encoding="utf-8").replace("?osmodrome", "\u0421osmodrome")
    hits = Matcher(yamlio.load(yamlio.bundled_path())).find(text)
    [hit] = [hit for hit in hits if hit.entry_id == "vostochny-cosmodrome"]
    assert hit.matched == "Vostochny \u0421osmodrome"
