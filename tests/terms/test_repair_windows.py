"""The similar-span search's windows: every stretch of one word fewer, the term's own count and one
more (Korean: also without each word's particle), in a fixed order, with its comparable text."""

from __future__ import annotations

import random

import pytest

from workbench.terms import repair


def expected_windows(text: str, words: int, korean: bool) -> list[tuple[int, int, str, int]]:
    """The definition, spelled out plainly: by size, then start, then (Korean) tail cut."""
    pattern = repair._KO_WORD if korean else repair._RU_WORD
    tokens = [m.span() for m in pattern.finditer(text)]
    out = []
    for size in {max(1, words - 1), words, words + 1}:
        for i in range(len(tokens) - size + 1):
            start, end = tokens[i][0], tokens[i + size - 1][1]
            cuts = [cut for cut in range(5) if repair.is_particle_tail(text[end - cut:end])] if korean else [0]
            for cut in cuts:
                if cut < end - start:
                    piece = text[start:end - cut]
                    out.append((start, end - cut, "".join(map(repair._comparable, piece)), len(piece.split())))
    return out


SAMPLES = ["", " ", "Й", "ёЁ й-й 2024 Ким-Чен-Ын, КНДР/РФ", "Министр иностранных дел России Сергей Лавров",
           "최순희가 평양에서는 2024년  김정은과의 회담을", "İstanbul ǅ ß ﬁ Å", "a\u0301b  c", "조선민주주의인민공화국 외무상 최선희"]


def mutated(rng: random.Random) -> str:
    return "".join(rng.choice([c, c, c, " ", "й", "가", "-", "1", "ё", "\u0301"]) for c in rng.choice(SAMPLES))


@pytest.mark.parametrize("korean", [False, True])
def test_windows_follow_their_definition_exactly(korean):
    rng = random.Random(7)
    texts = SAMPLES + [mutated(rng) for _ in range(300)]
    for text in texts:
        for words in (1, 2, 3, 4):
            starts, ends, comparable, counts = repair._windows.__wrapped__(text, words, korean)
            assert len(starts) == len(ends) == len(comparable) == len(counts)
            got = list(zip(starts.tolist(), ends.tolist(), comparable, counts.tolist()))
            assert got == expected_windows(text, words, korean), (text, words)


def test_a_wrong_name_is_found_by_similarity():
    text = "Министр Чхве Сон Хи встретилась с Лавровым"
    starts, ends, comparable, counts = repair._windows(text, 3, False)
    assert "чхве сон хи" in comparable
    assert text[starts[comparable.index("чхве сон хи")]:ends[comparable.index("чхве сон хи")]] == "Чхве Сон Хи"
