"""Target renderings: transliteration on our own translated pairs, alignment on a hand-made alignment and,
as properties only, on the real demo model."""

from __future__ import annotations

import pytest

from workbench.engine.base import Alignment
from workbench.suggest import suggest
from workbench.suggest.inputs import Pair
from workbench.suggest.targets import ALIGNMENT, TRANSLITERATION, aligned, transliterated

from .helpers import EMPTY, glossary, text

# Translations written for these tests (not model output).
PAIRS = [
    Pair("Foreign Minister Sergei Lavrov met Choe Son Hui.", "Министр иностранных дел Сергей Лавров встретился "
         "с Цой Сон Хи.", "ru"),
    Pair("Choe Son Hui thanked Sergei Lavrov.", "Цой Сон Хи поблагодарила Сергея Лаврова.", "ru"),
    Pair("They praised Sergei Lavrov.", "Они похвалили Сергея Лаврова.", "ru"),
    Pair("Foreign Minister Sergei Lavrov met Choe Son Hui.", "세르게이 라브로프 외무장관은 최선희와 만났다.", "ko"),
]
SOURCE = "Foreign Minister Sergei Lavrov met Choe Son Hui in Moscow. Choe Son Hui thanked Sergei Lavrov."


def _targets(found, source: str) -> dict:
    item = next(item for item in found if item.candidate.source == source)
    return {locale: [(r.text, r.count, r.method) for r in renderings] for locale, renderings in item.targets.items()}


def test_transliteration_finds_names_in_russian_and_korean_and_counts_them():
    found = suggest([text(SOURCE)], glossary(("moscow", "Moscow", "place")), pairs=PAIRS, locales=["ru", "ko"])
    assert _targets(found, "Sergei Lavrov") == {
        "ru": [("Сергея Лаврова", 2, TRANSLITERATION), ("Сергей Лавров", 1, TRANSLITERATION)],
        "ko": [("세르게이 라브로프", 1, TRANSLITERATION)]}
    assert _targets(found, "Choe Son Hui")["ko"] == [("최선희", 1, TRANSLITERATION)]  # the particle 와 left out
    assert _targets(found, "Foreign Minister") == {"ru": [], "ko": []}  # a title is translated: no guess


def test_only_the_asked_locales_and_pairs_that_hold_the_name_count():
    found = suggest([text(SOURCE)], EMPTY, pairs=PAIRS, locales=["ru"])
    assert set(found[0].targets) == {"ru"}
    assert _targets(found, "Moscow") == {"ru": []}  # no pair has Moscow in its source


def test_transliteration_says_nothing_rather_than_something_unlike():
    assert transliterated("Sergei Lavrov", "Министр встретился с коллегой в Москве.", "ru") is None
    assert transliterated("Russian", "Они признали Сон.", "ru") is None


class _Aligner:
    """A hand-made alignment (not a model): target token k attends to source token links[k]."""

    def __init__(self, source_tokens, target_tokens, links):
        self.alignment = Alignment(tuple(source_tokens), tuple(target_tokens), tuple(links))

    def alignments(self, sources, targets):
        return [self.alignment for _ in sources]


def test_alignment_takes_the_words_attending_to_the_name_not_a_stray_link_nor_a_particle():
    pair = Pair("Sergei Lavrov met Choe", "최선희는 오늘 세르게이 라브로프와 만났다", "ko")
    source = ["▁Sergei", "▁Lav", "rov", "▁met", "▁Choe"]
    target = ["▁최선희", "는", "▁오늘", "▁세르게이", "▁라브", "로프", "와", "▁만났다"]
    start, end = 0, len("Sergei Lavrov")
    # 최선희 attends to "Lav" (a stray link far from the rest); 와 to "met" (outside the name)
    assert aligned(_Aligner(source, target, [1, 4, 3, 0, 1, 2, 3, 3]), [(pair, start, end)], "ko") == \
        ["세르게이 라브로프"]
    # 와 attends to "Lav": the words take it in
    assert aligned(_Aligner(source, target, [4, 4, 3, 0, 1, 2, 1, 3]), [(pair, start, end)], "ko") == \
        ["세르게이 라브로프와"]
    assert aligned(_Aligner(source, target, [4] * 8), [(pair, start, end)], "ko") == [None]


@pytest.mark.slow
def test_demo_model_alignments_give_renderings_found_in_the_targets():
    """The real demo model: what it renders is a span of a target whose source holds the name (properties
    only: the model's text and attention differ by CPU)."""
    from workbench.engine.resolve import resolve_model
    from workbench.segment import read_source
    from tests.conftest import SEED

    model = resolve_model("demo", target="ru")
    sources = [segment.text for segment in read_source(SEED).segments]
    pairs = [Pair(source, translation.text, "ru") for source, translation in zip(sources, model.translate_batch(sources))]
    found = suggest([text("\n".join(sources))], EMPTY, pairs=pairs, aligners={"ru": model}, locales=["ru"])
    renderings = [(item.candidate, r) for item in found for r in item.targets["ru"]]
    assert renderings, "the demo model's attention placed no rendering at all"
    for candidate, rendering in renderings:
        holding = [p.target for p in pairs if any(form in p.source for form in candidate.forms)]
        assert rendering.method == ALIGNMENT and rendering.count <= len(holding)
        assert any(rendering.text in target for target in holding), (candidate.source, rendering.text)
