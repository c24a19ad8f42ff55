"""Owns one language pair's build: corpus -> SentencePiece -> torch training -> CTranslate2 -> checks -> .argosmodel."""

from __future__ import annotations

import random
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import torch

from . import convert, corpus, evaluate, package
from .align import glossary_pairs, load_lexicon
from .model import ModelConfig
from .spm import BOS, EOS, train_spm, vocabulary
from .train import TrainConfig, encode_pairs, train

REPO = Path(__file__).resolve().parents[2]
SEED_ARTICLE = REPO / "seeds" / "000_d27c7cbd74673f90.txt"
GLOSSARY = REPO / "glossary" / "data" / "official-names.yaml"
SBD_MODEL = REPO / "workbench" / "demo" / "minisbd" / "en.onnx"
TRAIN_SEED, HELDOUT_SEED = 1, 2
HELDOUT_N = 1000
# The "workbench" block of metadata.json, in a fixed order (the order is part of the file's bytes).
META_KEYS = ("demo", "heldout_exact_match", "heldout_sentences", "heldout_unseen", "seed_chrf",
             "name_attention_accuracy", "build", "quick", "train_pairs", "train_steps", "parameters",
             "architecture", "quantization")
ARCHITECTURE = "pre-norm Transformer 2+2 layers, d_model 128, 4 heads, ff 512, tied embeddings"


@dataclass(frozen=True)
class BuildPlan:
    """Everything that determines one package; equal plans give identical model files."""

    src: str
    tgt: str
    quick: bool
    train_pairs: int
    steps: int
    vocab_size: int = 2000
    corpus_dir: Path = REPO / "scripts"
    glossary_repeat: int = 0  # copies of each glossary (term, rendering) pair added to training

    @property
    def command(self) -> str:
        cmd = f"scripts/build_demo_models.py --pair {self.src}-{self.tgt}" + (" --quick" if self.quick else "")
        cmd += f" --train-pairs {self.train_pairs} --steps {self.steps}"
        if self.glossary_repeat:
            cmd += f" --glossary-repeat {self.glossary_repeat}"
        if self.corpus_dir != REPO / "scripts":
            cmd += f" --corpus-dir {self.corpus_dir}"
        return cmd


def _corpora(plan: BuildPlan, work: Path, log):
    script = plan.corpus_dir / f"corpus_{plan.tgt}.py"
    train_pairs = corpus.generate(script, plan.train_pairs, TRAIN_SEED, work / "train.tsv")
    pool = corpus.generate(script, 4 * HELDOUT_N, HELDOUT_SEED, work / "heldout_pool.tsv")
    heldout, unseen = corpus.held_out(pool, train_pairs, HELDOUT_N)
    log(f"corpus {script}: {len(train_pairs)} training pairs, {len(heldout)} held-out pairs ({unseen} unseen)")
    return train_pairs, heldout, unseen


def _verify(model, sp, model_dir: Path, pairs, log) -> float:
    """Max |torch - CTranslate2| summed log-prob over a few pairs (float32 model); logged for the build record."""
    src = [sp.encode(s) for s, _ in pairs]
    tgt = [sp.encode(t) for _, t in pairs]
    ct2 = convert.ct2_logprobs(model_dir, [sp.encode(s, out_type=str) for s, _ in pairs],
                               [sp.encode(t, out_type=str) for _, t in pairs])
    diffs = []
    for s, t, c in zip(src, tgt, ct2):
        ref = convert.torch_logprob(model, s, t, BOS, EOS)
        diffs.append(abs(ref - c))
        log(f"  log-prob torch {ref:.6f}  ctranslate2 {c:.6f}")
    log(f"log-prob check (float32): max abs diff {max(diffs):.2e}")
    if max(diffs) > 1e-3:
        raise RuntimeError(f"conversion mismatch: torch and CTranslate2 differ by {max(diffs):.3g}")
    return max(diffs)


def _train(plan: BuildPlan, train_pairs, work: Path, log):
    extra = glossary_pairs(GLOSSARY, plan.tgt) * plan.glossary_repeat
    if extra:
        log(f"added {len(extra)} glossary term pairs ({plan.glossary_repeat} copies each)")
        train_pairs = train_pairs + extra
    sp = train_spm(train_pairs, plan.vocab_size, work / "sentencepiece.model")
    vocab = vocabulary(sp)
    lexicon = load_lexicon(GLOSSARY, plan.tgt)
    data = encode_pairs(sp, train_pairs, lexicon)
    log(f"guided alignment: {sum(bool(d[2]) for d in data)} of {len(data)} pairs have glossary name links")
    mcfg = ModelConfig(vocab_size=len(vocab))
    start = time.monotonic()
    model = train(data, mcfg, TrainConfig(steps=plan.steps), log)
    seconds = time.monotonic() - start
    params = sum(p.numel() for p in model.parameters())
    log(f"trained {params} parameters on {len(data)} pairs in {seconds:.0f}s")
    return sp, vocab, model, seconds, params


def _measure(plan: BuildPlan, sp, model_dir: Path, heldout, log) -> dict:
    """Figures of the packaged (int8) model: held-out exact match, seed chrF, name attention."""
    decoder = evaluate.Decoder(model_dir, sp)
    exact = evaluate.exact_match(decoder, heldout)
    ref = REPO / "workbench" / "demo" / "reference" / f"seed.{plan.tgt}.txt"
    chrf = evaluate.seed_chrf(decoder, SEED_ARTICLE, ref)
    names, rows = evaluate.name_attention_accuracy(decoder, load_lexicon(GLOSSARY, plan.tgt), heldout[:300])
    log(f"held-out exact match {exact:.4f} on {len(heldout)}; seed chrF {chrf}; "
        f"name attention accuracy {names:.3f} on {rows} pieces")
    return {"heldout_exact_match": round(exact, 4), "heldout_sentences": len(heldout),
            "seed_chrf": None if chrf is None else round(chrf, 2), "name_attention_accuracy": round(names, 3)}


def _package(plan: BuildPlan, work: Path, out_dir: Path, meta: dict, log) -> tuple[int, bool]:
    """Assemble and zip the package; returns (size in bytes, whether minisbd/ is included)."""
    name = package.package_name(plan.src, plan.tgt)
    sbd = SBD_MODEL if SBD_MODEL.exists() else None
    if sbd is None:
        log(f"WARNING: {SBD_MODEL} missing: package has no minisbd/ and argostranslate would try to download one")
    package.assemble(work / "pkg" / name, plan.src, plan.tgt, work / "int8", work / "sentencepiece.model", sbd, meta)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{name}.argosmodel"
    package.write_zip(work / "pkg" / name, target)
    log(f"wrote {target} ({target.stat().st_size} bytes)")
    return target.stat().st_size, sbd is not None


def build(plan: BuildPlan, out_dir: Path, work: Path, log) -> dict:
    """Build and write ``out_dir/translate-<src>_<tgt>-demo.argosmodel``; returns the figures."""
    torch.set_num_threads(1)
    random.seed(TRAIN_SEED)
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    train_pairs, heldout, unseen = _corpora(plan, work, log)
    sp, vocab, model, seconds, params = _train(plan, train_pairs, work, log)
    torch.save(model.state_dict(), work / "model.pt")  # kept in the scratch folder for inspection
    convert.save(model, vocab, work / "f32", None)
    logprob_diff = _verify(model, sp, work / "f32", heldout[:5], log)
    convert.save(model, vocab, work / "int8", "int8")
    values = {"demo": True, **_measure(plan, sp, work / "int8", heldout, log), "heldout_unseen": unseen,
              "build": plan.command, "quick": plan.quick, "train_pairs": len(train_pairs),
              "train_steps": plan.steps, "parameters": params, "architecture": ARCHITECTURE, "quantization": "int8"}
    meta = {key: values[key] for key in META_KEYS}
    size, has_sbd = _package(plan, work, out_dir, meta, log)
    return {"pair": f"{plan.src}-{plan.tgt}", **meta, "train_seconds": round(seconds, 1),
            "package_bytes": size, "logprob_max_abs_diff": logprob_diff, "minisbd": has_sbd}
