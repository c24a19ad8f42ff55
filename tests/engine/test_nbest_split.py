"""With a glossary, only segments that hit it are decoded n-best; the others get the one-best decode,
which must give the same best translation (pipeline.start_decode relies on it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.pipeline import ENFORCE_HYPOTHESES, start_decode

REPO = Path(__file__).resolve().parents[2]


def _sources() -> list[str]:
    """The seed article's lines and the labeled sets' sources: news copy, most of it naming glossary terms."""
    from workbench.terms.evaluate import read_rows

    lines = [line.strip() for path in sorted((REPO / "seeds").glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines()]
    for name in ("terms_ko.tsv", "terms_ru.tsv"):
        lines += [row.source for row in read_rows(REPO / "tests" / "data" / name)]
    return [line for line in dict.fromkeys(lines) if line]


@pytest.fixture(scope="module", params=["ko", "ru"])
def translator_and_enforcer(request, demo_ko):
    from workbench.engine.argos import ArgosTranslator
    from workbench.executors import build_enforcer, load_glossary

    translator = ArgosTranslator.from_path(demo_ko.with_name(f"translate-en_{request.param}-demo.argosmodel"))
    return translator, build_enforcer(translator, request.param, load_glossary(()))


def test_one_best_decode_gives_the_best_of_an_n_best_decode(translator_and_enforcer):
    translator, _ = translator_and_enforcer
    sources = _sources()
    assert len(sources) > 200
    one = translator.translate_batch(sources, num_hypotheses=1)
    many = translator.translate_batch(sources, num_hypotheses=ENFORCE_HYPOTHESES)
    assert [t.best.text for t in one] == [t.best.text for t in many]
    assert [t.best.score for t in one] == pytest.approx([t.best.score for t in many])


def test_only_segments_that_hit_the_glossary_are_decoded_n_best(translator_and_enforcer):
    translator, enforcer = translator_and_enforcer
    sources = _sources() + ["", "Weather: sunny, 23 degrees."]
    hits = [bool(enforcer.qa.hits(s)) for s in sources]
    assert any(hits) and not all(hits)
    split = start_decode(translator, sources, enforcer=enforcer)()
    assert [t.source for t in split] == sources  # input order, though decoded in two groups
    for translation, hit in zip(split, hits):
        if translation.source.strip():
            assert len(translation.hypotheses) == (ENFORCE_HYPOTHESES if hit else 1)
    # the same groups decoded n-best throughout rank the same texts first (a batch's neighbours may
    # move a float by a hair, so the groups must be the same to compare texts)
    others = [s for s, hit in zip(sources, hits) if not hit]
    n_best = translator.translate_batch(others, num_hypotheses=ENFORCE_HYPOTHESES)
    one_best = [t for t, hit in zip(split, hits) if not hit]
    assert [t.best.text for t in one_best if t.hypotheses] == [t.best.text for t in n_best if t.hypotheses]
    # queued in the translator's threads: the same translations
    assert start_decode(translator, sources, enforcer=enforcer, background=True)() == split
    # without a glossary, every segment gets what was asked
    assert all(len(t.hypotheses) == 2 for t in start_decode(translator, sources[:5], num_hypotheses=2)())
