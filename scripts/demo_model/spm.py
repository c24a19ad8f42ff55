"""Owns the joint SentencePiece model: deterministic BPE training on both sides of a corpus."""

from __future__ import annotations

import io
from pathlib import Path

import sentencepiece as spm

# Ids fixed so the CTranslate2 vocabulary is exactly the SentencePiece piece list.
UNK, BOS, EOS, PAD = 0, 1, 2, 3


def train_spm(pairs: list[tuple[str, str]], vocab_size: int, out: Path) -> spm.SentencePieceProcessor:
    """Train a joint BPE model on source and target sentences and write it to ``out``.

    Single-threaded with a fixed sentence order, so the model file is byte-identical on reruns.
    """
    text = "\n".join(s for pair in pairs for s in pair) + "\n"
    buf = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(text.splitlines()),
        model_writer=buf,
        model_type="bpe",
        vocab_size=vocab_size,
        character_coverage=1.0,
        unk_id=UNK, bos_id=BOS, eos_id=EOS, pad_id=PAD,
        num_threads=1,
        shuffle_input_sentence=False,
        input_sentence_size=0,
        hard_vocab_limit=False,
        minloglevel=2,
    )
    out.write_bytes(buf.getvalue())
    return load_spm(out)


def load_spm(path: Path) -> spm.SentencePieceProcessor:
    """Load a SentencePiece model file."""
    return spm.SentencePieceProcessor(model_file=str(path))


def vocabulary(sp: spm.SentencePieceProcessor) -> list[str]:
    """The piece list in id order: the shared CTranslate2 vocabulary."""
    return [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
