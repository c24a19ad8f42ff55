"""Owns the small pre-norm Transformer trained in torch, laid out to map 1:1 onto CTranslate2's TransformerSpec."""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
from torch import nn
from torch.nn import functional as F

LN_EPS = 1e-6


@dataclass(frozen=True)
class ModelConfig:
    """Sizes of the network; layers are (encoder, decoder)."""

    vocab_size: int
    d_model: int = 128
    heads: int = 4
    ff: int = 512
    enc_layers: int = 2
    dec_layers: int = 2
    pad_id: int = 3


def sinusoids(length: int, depth: int) -> torch.Tensor:
    """CTranslate2's built-in position table, so the model file needs none.

    [sin | cos] halves, timescale step log(1e4)/(depth/2 - 1), and positions counted from 1 (measured:
    CTranslate2 4.8 agrees with this to 1e-6 and with a 0-based table only to 1e-1).
    """
    half = depth // 2
    step = math.log(10000.0) / (half - 1)
    timescales = torch.exp(torch.arange(half, dtype=torch.float32) * -step)
    scaled = torch.arange(1, length + 1, dtype=torch.float32)[:, None] * timescales[None, :]
    return torch.cat([torch.sin(scaled), torch.cos(scaled)], dim=1)


class Attention(nn.Module):
    """Multi-head attention with separate q/k/v projections (fused at conversion time)."""

    def __init__(self, d: int, heads: int):
        super().__init__()
        self.heads = heads
        self.q, self.k, self.v, self.o = (nn.Linear(d, d) for _ in range(4))

    def forward(self, x, memory, mask):
        """Returns (output, attention probabilities [batch, heads, tq, tk])."""
        b, tq, d = x.shape
        h = self.heads

        def split(t):
            return t.view(b, -1, h, d // h).transpose(1, 2)

        q, k, v = split(self.q(x)), split(self.k(memory)), split(self.v(memory))
        scores = (q / math.sqrt(d // h)) @ k.transpose(-1, -2)
        probs = F.softmax(scores.masked_fill(mask, float("-inf")), dim=-1)
        out = (probs @ v).transpose(1, 2).reshape(b, tq, d)
        return self.o(out), probs


class FeedForward(nn.Module):
    """Pre-norm ReLU feed-forward block (its own layer norm, as in CTranslate2's FeedForwardSpec)."""

    def __init__(self, d: int, ff: int):
        super().__init__()
        self.norm, self.w1, self.w2 = nn.LayerNorm(d, eps=LN_EPS), nn.Linear(d, ff), nn.Linear(ff, d)

    def forward(self, x):
        return x + self.w2(F.relu(self.w1(self.norm(x))))


class EncoderLayer(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.norm = nn.LayerNorm(cfg.d_model, eps=LN_EPS)
        self.attn = Attention(cfg.d_model, cfg.heads)
        self.ffn = FeedForward(cfg.d_model, cfg.ff)

    def forward(self, x, mask):
        y = self.norm(x)
        return self.ffn(x + self.attn(y, y, mask)[0])


class DecoderLayer(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.norm1 = nn.LayerNorm(cfg.d_model, eps=LN_EPS)
        self.self_attn = Attention(cfg.d_model, cfg.heads)
        self.norm2 = nn.LayerNorm(cfg.d_model, eps=LN_EPS)
        self.cross_attn = Attention(cfg.d_model, cfg.heads)
        self.ffn = FeedForward(cfg.d_model, cfg.ff)

    def forward(self, x, memory, self_mask, cross_mask):
        y = self.norm1(x)
        x = x + self.self_attn(y, y, self_mask)[0]
        ctx, probs = self.cross_attn(self.norm2(x), memory, cross_mask)
        return self.ffn(x + ctx), probs


class Seq2Seq(nn.Module):
    """Encoder-decoder with one embedding matrix shared by source, target and output projection."""

    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.cfg = cfg
        self.embed = nn.Embedding(cfg.vocab_size, cfg.d_model)
        nn.init.normal_(self.embed.weight, std=cfg.d_model ** -0.5)
        self.encoder = nn.ModuleList(EncoderLayer(cfg) for _ in range(cfg.enc_layers))
        self.decoder = nn.ModuleList(DecoderLayer(cfg) for _ in range(cfg.dec_layers))
        self.enc_norm = nn.LayerNorm(cfg.d_model, eps=LN_EPS)
        self.dec_norm = nn.LayerNorm(cfg.d_model, eps=LN_EPS)
        self.out_bias = nn.Parameter(torch.zeros(cfg.vocab_size))
        self.register_buffer("pe", sinusoids(1024, cfg.d_model), persistent=False)

    def _embed(self, ids):
        return self.embed(ids) * math.sqrt(self.cfg.d_model) + self.pe[: ids.shape[1]]

    def encode(self, src):
        mask = (src == self.cfg.pad_id)[:, None, None, :]
        x = self._embed(src)
        for layer in self.encoder:
            x = layer(x, mask)
        return self.enc_norm(x), mask

    def decode(self, tgt_in, memory, cross_mask):
        """Returns (logits, cross-attention probs of the last layer)."""
        t = tgt_in.shape[1]
        causal = torch.triu(torch.ones(t, t, dtype=torch.bool, device=tgt_in.device), 1)
        x = self._embed(tgt_in)
        for layer in self.decoder:
            x, probs = layer(x, memory, causal[None, None], cross_mask)
        logits = self.dec_norm(x) @ self.embed.weight.T + self.out_bias
        return logits, probs

    def forward(self, src, tgt_in):
        memory, mask = self.encode(src)
        return self.decode(tgt_in, memory, mask)
