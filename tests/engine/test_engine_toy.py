"""Engine mechanics on a tiny random-weight package: batching, prefixes, empties, caching."""

from __future__ import annotations

import dataclasses

import pytest

from workbench.engine import packages
from workbench.engine.argos import ArgosTranslator, SentencePieceCodec
from workbench.engine.base import Hypothesis, Translation, Translator

SOURCES = ["Pyongyang, September 13 (KCNA) -- Kim Jong Un met the delegation.",
           "Choe Son Hui visited Moscow.", "   ", "The DPRK.", ""]


def test_nouns_are_frozen_and_best_is_first():
    t = Translation("a", (Hypothesis("x", -1.0, ("▁x",)), Hypothesis("y", -2.0)))
    assert t.best.text == "x" and t.text == "x"
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.best.text = "z"  # type: ignore[misc]
    assert Translation("", ()).best == Hypothesis("", 0.0, ())


def test_argos_translator_satisfies_protocol(toy_translator):
    assert isinstance(toy_translator, Translator)


def test_batch_keeps_input_order_and_matches_single_calls(toy_translator):
    batch = toy_translator.translate_batch(SOURCES)
    assert [t.source for t in batch] == SOURCES
    singles = [toy_translator.translate_batch([s])[0] for s in SOURCES]
    assert [t.best.tokens for t in batch] == [t.best.tokens for t in singles]


def test_empty_and_blank_inputs_give_empty_output(toy_translator):
    out = toy_translator.translate_batch(["", "  \n", "\t"])
    assert [t.hypotheses for t in out] == [(), (), ()]
    assert [t.text for t in out] == ["", "", ""]
    assert toy_translator.translate_batch([]) == []


def test_n_best_is_sorted_and_distinct(toy_translator):
    [t] = toy_translator.translate_batch([SOURCES[0]], num_hypotheses=3)
    scores = [h.score for h in t.hypotheses]
    assert len(scores) == 3 and scores == sorted(scores, reverse=True)
    assert len({h.tokens for h in t.hypotheses}) == 3


def test_metadata_target_prefix_is_forced_and_hidden(toy_translator):
    assert toy_translator.info.target_prefix == "__ko__"
    for t in toy_translator.translate_batch(SOURCES[:2], num_hypotheses=2):
        for h in t.hypotheses:
            assert "__ko__" not in h.tokens and "__ko__" not in h.text


def test_translate_with_prefix_starts_with_prefix(toy_translator):
    out = toy_translator.translate_with_prefix(SOURCES[:2], ["평양", "최선희 외무상"])
    assert out[0].text.startswith("평양")
    assert out[1].text.startswith("최선희 외무상")


def test_sentencepiece_decode_keeps_underscores(toy_dir):
    codec = SentencePieceCodec(toy_dir / "sentencepiece.model")
    text = "snake_case_names and under_scores"
    assert codec.decode(codec.encode(text)) == text


def test_score_prefers_the_models_own_output(toy_translator):
    [t] = toy_translator.translate_batch([SOURCES[1]], beam_size=4)
    own, other = toy_translator.score([SOURCES[1]] * 2, [t.text, "모스크바 " + t.text[::-1]])
    assert own > other


def test_alignments_link_every_target_token_to_a_source_token(toy_translator):
    [al] = toy_translator.alignments(["Pyongyang visited Moscow"], ["평양 모스크바 방문"])
    assert len(al.links) == len(al.target_tokens) > 0
    assert all(0 <= j < len(al.source_tokens) for j in al.links)
    [empty] = toy_translator.alignments([""], ["평양"])
    assert set(empty.links) == {-1}


def test_model_id_is_stable_and_names_weights(toy_dir, toy_translator):
    again = ArgosTranslator.from_path(toy_dir, threads=1)
    assert again.model_id == toy_translator.model_id
    assert again.model_id.startswith("translate-en_ko-toy@1.0#")
    assert not again.is_demo


def test_archive_is_unpacked_once_into_the_cache(toy_archive):
    first = packages.unpack_cached(toy_archive)
    stamp = (first / "model" / "model.bin").stat().st_mtime_ns
    second = packages.unpack_cached(toy_archive)
    assert first == second and (second / "model" / "model.bin").stat().st_mtime_ns == stamp
    assert packages.file_sha256(toy_archive) in str(first)


def test_importing_the_engine_and_cli_loads_no_argos_or_ctranslate2():
    import subprocess
    import sys

    code = ("import sys, workbench.engine, workbench.engine.resolve, workbench.cli.models_cmd; "
            "print(sorted(m for m in ('argostranslate', 'ctranslate2', 'textual') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_bpe_codec_round_trips_moses_text(tmp_path):
    from workbench.engine.argos import BpeCodec

    codes = tmp_path / "bpe.model"
    codes.write_text("#version: 0.2\nt h\nth e</w>\ni n\nin g</w>\n", encoding="utf-8")
    codec = BpeCodec(codes, "en", "en")
    tokens = codec.encode('The thing, isn\'t it "odd"?')
    assert "th@@" in tokens and "ing" in tokens
    assert codec.decode(tokens) == 'The thing, isn\'t it "odd"?'
