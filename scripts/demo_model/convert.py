"""Owns the torch -> CTranslate2 conversion (TransformerSpec filled by hand) and its log-prob check."""

from __future__ import annotations

from pathlib import Path

import ctranslate2
import numpy as np
import torch
from ctranslate2.specs import common_spec, transformer_spec

from .model import LN_EPS, Seq2Seq


def _np(t: torch.Tensor) -> np.ndarray:
    return t.detach().cpu().float().numpy().copy()


def _linear(spec, lin) -> None:
    spec.weight, spec.bias = _np(lin.weight), _np(lin.bias)


def _fused(spec, lins) -> None:
    spec.weight = np.concatenate([_np(lin.weight) for lin in lins])
    spec.bias = np.concatenate([_np(lin.bias) for lin in lins])


def _norm(spec, ln) -> None:
    spec.gamma, spec.beta = _np(ln.weight), _np(ln.bias)


def _ffn(spec, ffn) -> None:
    _norm(spec.layer_norm, ffn.norm)
    _linear(spec.linear_0, ffn.w1)
    _linear(spec.linear_1, ffn.w2)


def _self_attention(spec, norm, attn) -> None:
    _norm(spec.layer_norm, norm)
    _fused(spec.linear[0], [attn.q, attn.k, attn.v])
    _linear(spec.linear[1], attn.o)


def _cross_attention(spec, norm, attn) -> None:
    _norm(spec.layer_norm, norm)
    _linear(spec.linear[0], attn.q)
    _fused(spec.linear[1], [attn.k, attn.v])
    _linear(spec.linear[2], attn.o)


def build_spec(model: Seq2Seq, vocab: list[str]) -> transformer_spec.TransformerSpec:
    """A TransformerSpec holding the model's weights; position tables are CTranslate2's own sinusoids."""
    cfg = model.cfg
    spec = transformer_spec.TransformerSpec.from_config(
        (cfg.enc_layers, cfg.dec_layers), cfg.heads, pre_norm=True,
        activation=common_spec.Activation.RELU, alignment_layer=-1, alignment_heads=1,
    )
    spec.config.layer_norm_epsilon = LN_EPS
    emb = _np(model.embed.weight)
    spec.encoder.embeddings[0].weight = emb
    spec.decoder.embeddings.weight = emb
    spec.decoder.projection.weight = emb
    spec.decoder.projection.bias = _np(model.out_bias)
    _norm(spec.encoder.layer_norm, model.enc_norm)
    _norm(spec.decoder.layer_norm, model.dec_norm)
    for lspec, layer in zip(spec.encoder.layer, model.encoder):
        _self_attention(lspec.self_attention, layer.norm, layer.attn)
        _ffn(lspec.ffn, layer.ffn)
    for lspec, layer in zip(spec.decoder.layer, model.decoder):
        _self_attention(lspec.self_attention, layer.norm1, layer.self_attn)
        _cross_attention(lspec.attention, layer.norm2, layer.cross_attn)
        _ffn(lspec.ffn, layer.ffn)
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    return spec


def save(model: Seq2Seq, vocab: list[str], out_dir: Path, quantization: str | None) -> None:
    """Write model.bin, config.json and the shared vocabulary into ``out_dir``."""
    spec = build_spec(model, vocab)
    spec.validate()
    if quantization:
        spec.optimize(quantization=quantization)
    out_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(out_dir))


@torch.no_grad()
def torch_logprob(model: Seq2Seq, src_ids: list[int], tgt_ids: list[int], bos: int, eos: int) -> float:
    """Summed log-probability of ``tgt_ids + </s>`` given the source, as the torch model sees it."""
    src = torch.tensor([src_ids])
    tgt_in = torch.tensor([[bos] + tgt_ids])
    logits, _ = model(src, tgt_in)
    logp = torch.log_softmax(logits[0], dim=-1)
    gold = tgt_ids + [eos]
    return float(sum(logp[i, g] for i, g in enumerate(gold)))


def ct2_logprobs(model_dir: Path, src_pieces, tgt_pieces) -> list[float]:
    """Summed log-probabilities from CTranslate2's score_batch (includes </s>)."""
    translator = ctranslate2.Translator(str(model_dir), device="cpu", intra_threads=1)
    results = translator.score_batch(src_pieces, tgt_pieces)
    return [sum(r.log_probs) for r in results]
