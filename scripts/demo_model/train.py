"""Owns the training loop: token-bucketed batches, label-smoothed cross-entropy, a fixed seeded schedule."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass

import torch
from torch.nn import functional as F

from .align import name_spans, piece_links, piece_spans
from .model import ModelConfig, Seq2Seq
from .spm import BOS, EOS, PAD

MAX_LEN = 200  # pieces; the longest seed-article sentences must fit


@dataclass(frozen=True)
class TrainConfig:
    """A fixed number of steps (not a time budget) keeps the build reproducible."""

    steps: int
    batch_tokens: int = 3000
    lr: float = 2e-3
    warmup: int = 300
    label_smoothing: float = 0.1
    align_weight: float = 0.3  # guided alignment on glossary names; 0 disables
    seed: int = 1234


def encode_pairs(sp, pairs, lexicon=None):
    """(source ids, target ids, name links) per pair; pairs too long for the model are skipped."""
    out = []
    for src, tgt in pairs:
        s, s_spans = piece_spans(sp, src)
        t, t_spans = piece_spans(sp, tgt)
        if 0 < len(s) <= MAX_LEN and 0 < len(t) < MAX_LEN:
            links = piece_links(s_spans, t_spans, name_spans(lexicon, src, tgt)) if lexicon else []
            out.append((s, t, links))
    return out


def make_batches(data, batch_tokens: int, rng: random.Random):
    """Length-sorted buckets cut at ``batch_tokens`` (padded size), then shuffled."""
    order = sorted(range(len(data)), key=lambda i: (len(data[i][0]), len(data[i][1]), rng.random()))
    batches, cur, longest = [], [], 0
    for i in order:
        longest_next = max(longest, len(data[i][0]), len(data[i][1]) + 1)
        if cur and longest_next * (len(cur) + 1) > batch_tokens:
            batches.append(cur)
            cur, longest_next = [], max(len(data[i][0]), len(data[i][1]) + 1)
        cur.append(i)
        longest = longest_next
    if cur:
        batches.append(cur)
    rng.shuffle(batches)
    return batches


def _pad(seqs):
    width = max(len(s) for s in seqs)
    return torch.tensor([s + [PAD] * (width - len(s)) for s in seqs], dtype=torch.long)


def _alignment(data, idx, shape):
    """Row-normalised reference attention [batch, tgt, src]; rows without a name link stay zero."""
    ref = torch.zeros(shape)
    for b, i in enumerate(idx):
        for j, k in data[i][2]:
            ref[b, j, k] = 1.0
    return ref / ref.sum(-1, keepdim=True).clamp_min(1.0)


def collate(data, idx):
    """(src, tgt_in, tgt_out, reference alignment) tensors for one batch."""
    src = _pad([data[i][0] for i in idx])
    tgt_in = _pad([[BOS] + data[i][1] for i in idx])
    tgt_out = _pad([data[i][1] + [EOS] for i in idx])
    return src, tgt_in, tgt_out, _alignment(data, idx, (len(idx), tgt_in.shape[1], src.shape[1]))


def _lr(step: int, cfg: TrainConfig) -> float:
    # Linear warm-up, then linear decay to 5 %: short runs end on a small learning rate.
    warmup = min(cfg.warmup, cfg.steps // 5)
    if step < warmup:
        return cfg.lr * (step + 1) / warmup
    frac = (step - warmup) / max(1, cfg.steps - warmup)
    return cfg.lr * max(0.05, 1.0 - frac)


def _align_loss(probs, ref):
    """Cross-entropy of the first head of the last layer's cross-attention against name links.

    Row j of the decoder is the step that emits target piece j: the attention CTranslate2 returns for it.
    """
    rows = ref.sum(-1) > 0
    if not rows.any():
        return probs.new_zeros(())
    head = probs[:, 0].clamp_min(1e-9).log()
    return -(ref * head).sum(-1)[rows].mean()


def _step(model, opt, batch, cfg: TrainConfig) -> float:
    src, tgt_in, tgt_out, ref = batch
    logits, probs = model(src, tgt_in)
    loss = F.cross_entropy(
        logits.reshape(-1, logits.shape[-1]), tgt_out.reshape(-1),
        ignore_index=PAD, label_smoothing=cfg.label_smoothing,
    )
    if cfg.align_weight:
        loss = loss + cfg.align_weight * _align_loss(probs, ref)
    opt.zero_grad(set_to_none=True)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    return loss.item()


def train(data, mcfg: ModelConfig, cfg: TrainConfig, log: Callable[[str], None]) -> Seq2Seq:
    """Train a fresh model on encoded pairs for ``cfg.steps`` optimizer steps."""
    torch.manual_seed(cfg.seed)
    rng = random.Random(cfg.seed)
    model = Seq2Seq(mcfg)
    opt = torch.optim.Adam(model.parameters(), lr=cfg.lr, betas=(0.9, 0.98), eps=1e-9)
    model.train()
    step, start, batches = 0, time.monotonic(), []
    while step < cfg.steps:
        if not batches:
            batches = make_batches(data, cfg.batch_tokens, rng)
        for group in opt.param_groups:
            group["lr"] = _lr(step, cfg)
        loss = _step(model, opt, collate(data, batches.pop()), cfg)
        step += 1
        if step % 100 == 0 or step == cfg.steps:
            log(f"step {step}/{cfg.steps} loss {loss:.3f} {time.monotonic() - start:.0f}s")
    model.eval()
    return model
