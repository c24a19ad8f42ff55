"""Owns the figures: held-out exact match and corpus chrF (char 6-grams, beta 2, as sacrebleu's default chrF)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import ctranslate2

CHRF_ORDER, CHRF_BETA = 6, 2.0


def _ngrams(text: str, n: int) -> Counter:
    s = "".join(text.split())  # chrF ignores whitespace
    return Counter(s[i : i + n] for i in range(len(s) - n + 1))


def chrf(hypotheses: list[str], references: list[str]) -> float:
    """Corpus-level chrF in 0..100: n-gram statistics are summed over segments, then averaged over orders."""
    prec, rec = [], []
    for n in range(1, CHRF_ORDER + 1):
        match = hyp_total = ref_total = 0
        for hyp, ref in zip(hypotheses, references):
            h, r = _ngrams(hyp, n), _ngrams(ref, n)
            match += sum((h & r).values())
            hyp_total, ref_total = hyp_total + sum(h.values()), ref_total + sum(r.values())
        if hyp_total and ref_total:
            prec.append(match / hyp_total)
            rec.append(match / ref_total)
    if not prec:
        return 0.0
    p, r = sum(prec) / len(prec), sum(rec) / len(rec)
    if p + r == 0:
        return 0.0
    b2 = CHRF_BETA ** 2
    return 100.0 * (1 + b2) * p * r / (b2 * p + r)


class Decoder:
    """Translate plain sentences with a saved CTranslate2 model and the SentencePiece model."""

    def __init__(self, model_dir: Path, sp):
        self.sp = sp
        self.translator = ctranslate2.Translator(str(model_dir), device="cpu", intra_threads=1)

    def translate(self, sentences: list[str], beam: int = 4) -> list[str]:
        pieces = [self.sp.encode(s, out_type=str) for s in sentences]
        results = self.translator.translate_batch(
            pieces, beam_size=beam, max_batch_size=64, length_penalty=0.2, max_decoding_length=256,
        )
        return [self.sp.decode_pieces(r.hypotheses[0]) for r in results]


def exact_match(decoder: Decoder, pairs: list[tuple[str, str]]) -> float:
    """Share of held-out sentences translated exactly as the template target."""
    hyps = decoder.translate([src for src, _ in pairs])
    hits = sum(h.strip() == tgt.strip() for h, (_, tgt) in zip(hyps, pairs))
    return hits / len(pairs)


def translate_document(decoder: Decoder, text: str) -> list[str]:
    """Translate line by line (blank lines kept), splitting each paragraph into sentences with pysbd."""
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False)
    out = []
    for line in text.splitlines():
        sents = [s.strip() for s in seg.segment(line) if s.strip()] if line.strip() else []
        out.append(" ".join(decoder.translate(sents)) if sents else "")
    return out


def seed_chrf(decoder: Decoder, seed: Path, reference: Path) -> float | None:
    """chrF of the translated seed article against its reference, paired line by line; None without a reference."""
    if not reference.exists():
        return None
    hyps = translate_document(decoder, seed.read_text(encoding="utf-8"))
    refs = reference.read_text(encoding="utf-8").splitlines()
    pairs = [(h, r) for h, r in zip(hyps, refs) if r.strip()]
    return chrf([h for h, _ in pairs], [r for _, r in pairs])


def name_attention_accuracy(decoder: Decoder, lexicon, pairs: list[tuple[str, str]]) -> tuple[float, int]:
    """Share of glossary-name target pieces whose returned attention peaks inside the linked source name.

    The reference is force-decoded (target_prefix) so every row belongs to a known target piece.
    Returns (accuracy, number of checked pieces).
    """
    from .align import name_spans, piece_links, piece_spans

    jobs = []
    for src, tgt in pairs:
        (_, s_spans), (t_ids, t_spans) = piece_spans(decoder.sp, src), piece_spans(decoder.sp, tgt)
        links = piece_links(s_spans, t_spans, name_spans(lexicon, src, tgt))
        if links:
            jobs.append((decoder.sp.encode(src, out_type=str), [decoder.sp.id_to_piece(i) for i in t_ids], links))
    if not jobs:
        return 0.0, 0
    results = decoder.translator.translate_batch(
        [j[0] for j in jobs], target_prefix=[j[1] for j in jobs], beam_size=1,
        return_attention=True, max_batch_size=64, max_decoding_length=256,
    )
    hits = total = 0
    for (_, _, links), res in zip(jobs, results):
        att = res.attention[0]
        for j in sorted({j for j, _ in links}):
            row = att[j]
            total += 1
            hits += max(range(len(row)), key=row.__getitem__) in {i for jj, i in links if jj == j}
    return hits / total, total
