"""workbench.terms._similar, the compiled similar-span search, gives exactly what the rapidfuzz search
(repair._searched) gives: the same window, the same score to the last bit, None alike."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from workbench.terms import _similar, repair
from workbench.terms.evaluate import read_rows

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLES = ["", " ", "Й", "ёЁ й-й 2024 Ким-Чен-Ын, КНДР/РФ", "Министр иностранных дел России Сергей Лавров",
           "최순희가 평양에서는 2024년  김정은과의 회담을", "İstanbul ǅ ß ﬁ Å", "a\u0301b  c",
           "조선민주주의인민공화국 외무상 최선희",
           "Председатель   Государственных\u3000дел КНДР\tКим Чен Ын прибыл в Москву."]
FORMS = ["ким чен ын", "чхве сон хи", "председатель государственных дел", "кндр", "й", "е", "а" * 70,
         "председателя государственных дел корейской народно-демократической республики ким чен ына",
         repair._comparable("최선희"), repair._comparable("조선민주주의인민공화국 국무위원회 위원장 김정은 동지"),
         repair._comparable("외무상"), "x"]


def mutated(rng: random.Random, base: str) -> str:
    return "".join(rng.choice([c, c, c, " ", "й", "가", "-", "1", "ё", "\u0301", "\n"]) for c in base)


def texts() -> list[str]:
    rng = random.Random(11)
    rows = [row.target for name in ("terms_ko.tsv", "terms_ru.tsv") for row in read_rows(DATA / name)]
    return SAMPLES + rows + [mutated(rng, rng.choice(SAMPLES + rows)) for _ in range(400)]


def both(text: str, words: int, korean: bool, taken: list, forms: list[str]):
    spans, comparable, at, tails = repair._prepared(text, korean)
    compiled = _similar.best_window(text, comparable, at, spans, tails, repair._sizes(words), words, taken, forms,
                                    repair.SIMILARITY_THRESHOLD, repair.SIZE_PENALTY)
    return compiled, repair._searched(text, words, korean, taken, forms)


@pytest.mark.parametrize("korean", [False, True])
def test_the_compiled_search_equals_the_rapidfuzz_search(korean):
    rng = random.Random(5 + korean)
    found = 0
    for text in texts():
        for _ in range(3):
            words = rng.choice([1, 2, 3, 4, 8, 9])  # 8: the sizes {7, 8, 9} come out of the set as 8, 9, 7
            forms = rng.sample(FORMS, rng.randint(1, 4))
            if rng.random() < 0.5:  # forms taken from the text itself: near and exact matches
                start = rng.randrange(len(text) + 1)
                forms.append(repair._comparable(text[start:start + rng.randint(1, 40)]) or "x")
            taken = sorted((a, a + rng.randint(1, 12)) for a in rng.sample(range(len(text) + 1), min(2, len(text) + 1)))
            compiled, searched = both(text, words, korean, taken if rng.random() < 0.5 else [], forms)
            assert compiled == searched, (text, words, forms)
            found += compiled is not None
    assert found > 200  # the comparison covered many found spans, not only None


def test_scores_are_fuzz_ratio_with_the_size_penalty():
    text = "Министр Чхве Сон Хи встретилась с Лавровым"
    start, end, score = _similar.best_window(text, repair._comparable(text), None, repair._prepared(text, False)[0],
                                             None, [2, 3, 4], 3, [], ["чхве сон хуй"], 0.0, 8.0)
    assert text[start:end] == "Чхве Сон Хи"
    assert score == fuzz.ratio("чхве сон хи", "чхве сон хуй")
    # the same span taken by another entry: the search looks elsewhere
    other = _similar.best_window(text, repair._comparable(text), None, repair._prepared(text, False)[0], None,
                                 [2, 3, 4], 3, [(start, end)], ["чхве сон хуй"], 0.0, 8.0)
    assert other is not None and (other[0] >= end or other[1] <= start)


def test_bad_offsets_are_refused_not_read():
    with pytest.raises(ValueError):
        _similar.best_window("ab", "ab", None, [(0, 5)], None, [1], 1, [], ["ab"], 0.0, 8.0)
    with pytest.raises(ValueError):
        _similar.best_window("ab", "ab", [0, 1, 9], [(0, 2)], None, [1], 1, [], ["ab"], 0.0, 8.0)
    with pytest.raises(ValueError):
        _similar.best_window("ab", "ab", None, [(0, 2)], None, [0], 1, [], ["ab"], 0.0, 8.0)
    with pytest.raises(ValueError):
        _similar.best_window("ab", "ab", None, [(0, 2)], [], [1], 1, [], ["ab"], 0.0, 8.0)
