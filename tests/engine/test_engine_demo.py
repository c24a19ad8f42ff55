"""The real engine on the bundled demo en→ko package: what a translator using the workbench relies on."""

from __future__ import annotations

SENTENCES = [
    "Pyongyang, Sept. 13 (KCNA) -- Kim Jong Un met Vladimir Putin.",
    "The Minister of Foreign Affairs Choe Son Hui visited Moscow.",
    "",
    "The DPRK and Russia signed an agreement.",
    "   ",
    "President of the State Affairs Kim Jong Un arrived in Pyongyang on Tuesday.",
]


def test_demo_is_flagged(demo_translator):
    assert demo_translator.is_demo
    assert (demo_translator.source_lang, demo_translator.target_lang) == ("en", "ko")
    assert "DEMO" in demo_translator.description


def test_batch_preserves_order_and_matches_single_calls(demo_translator):
    batch = demo_translator.translate_batch(SENTENCES)
    assert [t.source for t in batch] == SENTENCES
    assert [t.text for t in batch] == [demo_translator.translate_batch([s])[0].text for s in SENTENCES]
    assert batch[2].text == batch[4].text == ""
    assert all(t.text and any("가" <= ch <= "힣" for ch in t.text) for i, t in enumerate(batch) if i not in (2, 4))


def test_reversed_batch_gives_the_same_translations(demo_translator):
    forward = demo_translator.translate_batch(SENTENCES)
    backward = demo_translator.translate_batch(SENTENCES[::-1])
    assert [t.text for t in backward] == [t.text for t in forward][::-1]


def test_n_best_sorted_with_scores(demo_translator):
    [t] = demo_translator.translate_batch([SENTENCES[0]], num_hypotheses=4)
    scores = [h.score for h in t.hypotheses]
    assert len(t.hypotheses) == 4 and scores == sorted(scores, reverse=True)
    assert all(s < 0 for s in scores)
    assert len({h.text for h in t.hypotheses}) > 1


def test_score_ranks_own_output_above_garbled(demo_translator):
    sources = SENTENCES[:2]
    own = [t.text for t in demo_translator.translate_batch(sources)]
    garbled = [" ".join(text.split()[::-1]) + " 모스크바 평양" for text in own]
    own_scores = demo_translator.score(sources, own)
    garbled_scores = demo_translator.score(sources, garbled)
    assert all(o > g for o, g in zip(own_scores, garbled_scores)), (own_scores, garbled_scores)


def test_translate_with_prefix_keeps_the_prefix(demo_translator):
    prefixes = ["조선민주주의인민공화국", "최선희 외무상은"]
    out = demo_translator.translate_with_prefix(SENTENCES[:2], prefixes)
    for translation, prefix in zip(out, prefixes):
        assert translation.text.startswith(prefix)
        assert len(translation.text) > len(prefix)


def test_alignments_follow_the_target(demo_translator):
    source = SENTENCES[1]
    target = demo_translator.translate_batch([source])[0].text
    [al] = demo_translator.alignments([source], [target])
    assert len(al.links) == len(al.target_tokens) == len(demo_translator.tokenize(target))
    assert all(0 <= j < len(al.source_tokens) for j in al.links)
    assert len(set(al.links)) > 1


def test_fast_detokenizing_equals_sentencepiece(demo_ko):
    """The codec joins ordinary pieces itself: on random piece sequences of both demo vocabularies
    (spaces doubled, leading, trailing, alone) it must give exactly what SentencePiece gives."""
    import random

    from workbench.engine.argos import ArgosTranslator

    for package in (demo_ko, demo_ko.with_name("translate-en_ru-demo.argosmodel")):
        codec = ArgosTranslator.from_path(package)._codec
        plain = sorted(codec._plain)
        assert len(plain) > 1000  # the fast path is on for these models
        rng = random.Random(7)
        sequences = [rng.sample(plain, rng.randint(1, 12)) for _ in range(3000)]
        sequences += [["\u2581"], ["\u2581", "\u2581"], ["\u2581", plain[0]], [plain[0], "\u2581"]]
        for pieces in sequences:
            assert codec.decode(pieces) == codec._sp.decode_pieces(pieces), pieces
        # pieces outside the ordinary vocabulary still go through SentencePiece
        for odd in (["<unk>"], ["\u2581a", "<0xE3>"], ["not-a-piece-at-all"]):
            assert codec.decode(odd) == codec._sp.decode_pieces(odd)


def test_submitted_batches_equal_direct_ones_in_any_order_of_collection(demo_translator):
    """submit_batch queues work in CTranslate2; collecting later (or out of order) changes nothing."""
    first, second = SENTENCES[:3], SENTENCES[3:]
    pending = [demo_translator.submit_batch(first, num_hypotheses=4),
               demo_translator.submit_batch(second, num_hypotheses=4)]
    late, early = pending[1](), pending[0]()
    assert early == demo_translator.translate_batch(first, num_hypotheses=4)
    assert late == demo_translator.translate_batch(second, num_hypotheses=4)


def test_small_model_scores_on_its_own_instance_with_the_same_results(demo_translator):
    from workbench.engine.argos import DECODE_OPTIONS

    sources = [s for s in SENTENCES if s.strip()]
    targets = [t.text for t in demo_translator.translate_batch(sources)]
    scorer = demo_translator._scoring_model()
    assert scorer is not demo_translator._ct2  # a small model: scoring never waits behind queued decodes
    src = [demo_translator.tokenize(s) for s in sources]
    tgt = [demo_translator._prefix + demo_translator.tokenize(t) for t in targets]
    direct = demo_translator._ct2.score_batch(src, tgt, max_input_length=DECODE_OPTIONS["max_input_length"])
    expected = [sum(r.log_probs[len(demo_translator._prefix):]) / max(len(r.log_probs) - len(demo_translator._prefix), 1)
                for r in direct]
    assert demo_translator.score(sources, targets) == expected
