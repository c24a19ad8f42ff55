"""Builds a tiny random-weight Argos package (CTranslate2 + SentencePiece) for engine tests.

Its output is gibberish; it exists to exercise things the demo packages do not have, such as a
metadata "target_prefix" token, and to run when the demo archives are absent.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import numpy as np

TEXT = """Pyongyang, September 13 (KCNA) -- Kim Jong Un met the delegation.
The President of the State Affairs of the DPRK received Choe Son Hui.
Minister of Foreign Affairs Choe Son Hui visited Moscow on Tuesday.
평양 9월 13일발 조선중앙통신 김정은 동지께서 대표단을 만나시였다.
조선민주주의인민공화국 국무위원장 최선희 외무상 모스크바 방문.
snake_case_names and under_scores must survive decoding.
"""


def _train_spm(out: Path) -> list[str]:
    import sentencepiece as spm

    buf = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(TEXT.splitlines() * 3), model_writer=buf, model_type="bpe",
        vocab_size=600, character_coverage=1.0, unk_id=0, bos_id=1, eos_id=2, pad_id=3,
        num_threads=1, hard_vocab_limit=False, minloglevel=2, byte_fallback=True)
    out.write_bytes(buf.getvalue())
    sp = spm.SentencePieceProcessor(model_file=str(out))
    return [sp.id_to_piece(i) for i in range(sp.get_piece_size())]


def _random_model(folder: Path, vocab: list[str], seed: int) -> None:
    from ctranslate2.specs import transformer_spec

    rng = np.random.default_rng(seed)
    d, ff, v = 32, 64, len(vocab)
    spec = transformer_spec.TransformerSpec.from_config(1, 2)

    def w(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) * 0.2).astype(np.float32)

    def norm(ln) -> None:
        ln.gamma, ln.beta = np.ones(d, np.float32), np.zeros(d, np.float32)

    enc, dec = spec.encoder, spec.decoder
    enc.embeddings[0].weight, dec.embeddings.weight = w(v, d), w(v, d)
    norm(enc.layer_norm), norm(dec.layer_norm)
    dec.projection.weight, dec.projection.bias = w(v, d), np.zeros(v, np.float32)
    for layer, cross in ((enc.layer[0], False), (dec.layer[0], True)):
        norm(layer.self_attention.layer_norm)
        layer.self_attention.linear[0].weight, layer.self_attention.linear[0].bias = w(3 * d, d), np.zeros(3 * d, np.float32)
        layer.self_attention.linear[1].weight, layer.self_attention.linear[1].bias = w(d, d), np.zeros(d, np.float32)
        norm(layer.ffn.layer_norm)
        layer.ffn.linear_0.weight, layer.ffn.linear_0.bias = w(ff, d), np.zeros(ff, np.float32)
        layer.ffn.linear_1.weight, layer.ffn.linear_1.bias = w(d, ff), np.zeros(d, np.float32)
        if cross:
            att = layer.attention
            norm(att.layer_norm)
            att.linear[0].weight, att.linear[0].bias = w(d, d), np.zeros(d, np.float32)
            att.linear[1].weight, att.linear[1].bias = w(2 * d, d), np.zeros(2 * d, np.float32)
            att.linear[2].weight, att.linear[2].bias = w(d, d), np.zeros(d, np.float32)
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.config.unk_token, spec.config.bos_token, spec.config.eos_token = "<unk>", "<s>", "</s>"
    spec.validate()
    folder.mkdir(parents=True, exist_ok=True)
    spec.save(str(folder))


def build_toy_package(root: Path, name: str = "translate-en_ko-toy", target_prefix: str = "__ko__",
                      seed: int = 1, version: str = "1.0") -> Path:
    """Write an unpacked toy package folder under `root` and return it."""
    folder = root / name
    folder.mkdir(parents=True)
    vocab = _train_spm(folder / "sentencepiece.model")
    if target_prefix:
        vocab.append(target_prefix)
    _random_model(folder / "model", vocab, seed)
    meta = {"package_version": version, "argos_version": "1.9", "from_code": "en", "to_code": "ko",
            "from_name": "English", "to_name": "Korean", "type": "translate"}
    if target_prefix:
        meta["target_prefix"] = target_prefix
    (folder / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder


def zip_folder(folder: Path, out: Path) -> Path:
    """Zip a package folder as an .argosmodel with the folder as its single top entry."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}")
    return out
