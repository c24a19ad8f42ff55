"""How the batch core's ratio to raw CTranslate2 changes with the model's size.

    .venv/bin/python bench/bench_scaling.py [--to ru|ko] [--n 1000] [--rounds 5] [--demo-rounds 15]

The demo models are toys (1.2 M parameters: 2+2 layers, d_model 128, 2,000 pieces), so a decode costs
so little that the core's fixed work per segment (parsing, QA of the n-best, repairs, files) weighs far
more beside them than beside a real Argos model. On the same N corpus segments this measures:

(1) on the demo model, in interleaved rounds (medians; each side goes first in turn): raw CTranslate2
    translate_batch CPU (as bench_batch), the core's CPU (glossary on, TM off), the core's main-thread
    CPU (its Python work; the model runs on CTranslate2's own threads) and, apart, the CPU of scoring the
    repair candidates;
(2) a cost model of a real-size model: a Transformer base (6+6 layers, d_model 512, 8 heads, FFN 2,048,
    32,000 pieces; real Argos packages are this size or larger) with random int8 weights, built here (no
    download). Its output is noise; only its cost is used: each segment is decoded (beam 4) to exactly
    the length of the demo model's output for it, and the same repair candidates are scored.

Projected ratio = raw / (nbest + python + scoring + rest), with raw (1-best), nbest (the 4-best decode
enforcement asks for) and scoring measured on the base-size model, python the demo run's main-thread
CPU (it does not depend on the model) and rest the core's remaining extra CPU on the demo model (what
is left after its own 4-best decode: queueing, shards; the median of each round's difference), scaled
with the decode. Each round of (2) decodes 1-best and 4-best side by side (each length's batch both
ways, each first in turn) and gives a ratio; the median of those is reported with their range: a
base-size decode moves by a few per cent from one minute to the next.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from statistics import median

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import bench_batch
import bench_engine

from workbench.pipeline import ENFORCE_HYPOTHESES

BASE = {"layers": 6, "d_model": 512, "heads": 8, "ffn": 2048, "vocabulary": 32_000}


def demo_side(args, folder: Path, sentences: list[str]) -> dict:
    """Medians of the demo rounds (CPU seconds) and what the cost model needs: output lengths, candidates."""
    from workbench.engine.resolve import load

    translator = load(folder)
    model = str(bench_batch.model_for(args.to))
    rounds: dict[str, list[float]] = defaultdict(list)
    sources, targets = repair_candidates(translator, args.to, sentences)
    for _ in range(args.demo_rounds):
        started = time.process_time()
        translator.score(sources, targets)
        rounds["scoring"].append(time.process_time() - started)
    scoring = median(rounds["scoring"])
    with tempfile.TemporaryDirectory() as tmp:
        bench_batch.write_files(Path(tmp) / "src", sentences, 50)
        bench_batch.run_core(Path(tmp) / "src", Path(tmp) / "warm", None, model=model, target=args.to)
        for number in range(args.demo_rounds):
            for side in _rotated(("raw", "nbest", "ours"), number):  # each side first in turn: no order bias
                if side == "raw":
                    _, outputs = bench_engine.run_raw(translator, sentences)
                    rounds["raw"].append(bench_engine.run_raw.cpu)
                elif side == "nbest":
                    bench_engine.run_raw(translator, sentences, ENFORCE_HYPOTHESES)
                    rounds["nbest"].append(bench_engine.run_raw.cpu)
                else:
                    _, _, cpu = bench_batch.run_core(Path(tmp) / "src", Path(tmp) / f"out{number}", None,
                                                     model=model, target=args.to)
                    rounds["ours"].append(cpu)
                    rounds["python"].append(bench_batch.run_core.main_cpu)
            # the core's CPU beyond its 4-best decode, Python and scoring, from this round's side-by-side runs
            # (nbest always runs next to ours): a small difference the projection multiplies, so paired
            rounds["rest"].append(rounds["ours"][-1] - rounds["nbest"][-1] - rounds["python"][-1] - scoring)
    found = {key: median(values) for key, values in rounds.items()}
    found["rest"] = max(0.0, found["rest"])
    rest = sorted(rounds["rest"])
    found["rest_quartiles"] = (rest[len(rest) // 4], rest[(3 * len(rest)) // 4])
    found["lengths"] = [len(tokens) + 1 for tokens in outputs]  # + </s>
    found["candidates"] = ([translator.tokenize(s) for s in sources], [translator.tokenize(t) for t in targets])
    found["tokens"] = [translator.tokenize(s) for s in sentences]
    return found


def _rotated(sides: tuple, number: int) -> tuple:
    """The sides of round `number` in turn (round 0 as given, round 1 starting with the second, ...)."""
    shift = number % len(sides)
    return sides[shift:] + sides[:shift]


def repair_candidates(translator, target: str, sentences: list[str]) -> tuple[list[str], list[str]]:
    """The (source, candidate) pairs the core sends to the model's score on these segments."""
    from workbench import glossaries
    from workbench.terms.enforce import Enforcer

    class Recording:  # the enforcer's translator: records what it is asked to score
        def __init__(self) -> None:
            self.sources: list[str] = []
            self.targets: list[str] = []

        def score(self, sources, targets):
            self.sources.extend(sources)
            self.targets.extend(targets)
            return translator.score(sources, targets)

    recording = Recording()
    translations = translator.translate_batch(sentences, num_hypotheses=ENFORCE_HYPOTHESES)
    Enforcer(glossaries.load(glossaries.glossary_paths()), target, recording).enforce_translations(translations)
    return recording.sources, recording.targets


def build_base_model(folder: Path, demo_vocabulary: list[str]) -> Path:
    """A Transformer-base CTranslate2 model with random int8 weights and the demo's pieces first."""
    import numpy as np
    from ctranslate2.specs import common_spec, transformer_spec

    layers, d, heads, ffn, size = (BASE[k] for k in ("layers", "d_model", "heads", "ffn", "vocabulary"))
    rng = np.random.default_rng(0)

    def weight(*shape):
        return (rng.standard_normal(shape, dtype=np.float32) * 0.02).astype(np.float32)

    def linear(spec, rows, cols):
        spec.weight, spec.bias = weight(rows, cols), np.zeros(rows, dtype=np.float32)

    def norm(spec):
        spec.gamma, spec.beta = np.ones(d, dtype=np.float32), np.zeros(d, dtype=np.float32)

    def feed_forward(spec):
        norm(spec.layer_norm)
        linear(spec.linear_0, ffn, d)
        linear(spec.linear_1, d, ffn)

    spec = transformer_spec.TransformerSpec.from_config((layers, layers), heads, pre_norm=True,
                                                        activation=common_spec.Activation.RELU)
    embeddings = weight(size, d)
    spec.encoder.embeddings[0].weight = spec.decoder.embeddings.weight = embeddings
    spec.decoder.projection.weight, spec.decoder.projection.bias = embeddings, np.zeros(size, dtype=np.float32)
    norm(spec.encoder.layer_norm)
    norm(spec.decoder.layer_norm)
    for layer in spec.encoder.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * d, d)
        linear(layer.self_attention.linear[1], d, d)
        feed_forward(layer.ffn)
    for layer in spec.decoder.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * d, d)
        linear(layer.self_attention.linear[1], d, d)
        norm(layer.attention.layer_norm)
        linear(layer.attention.linear[0], d, d)
        linear(layer.attention.linear[1], 2 * d, d)
        linear(layer.attention.linear[2], d, d)
        feed_forward(layer.ffn)
    vocabulary = demo_vocabulary + [f"<filler{i}>" for i in range(size - len(demo_vocabulary))]
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.validate()
    spec.optimize(quantization="int8")
    folder.mkdir(parents=True, exist_ok=True)
    spec.save(str(folder))
    return folder


def base_side(args, demo_folder: Path, demo: dict) -> dict:
    """Median CPU seconds of the base-size model: decoding to the demo's lengths, scoring the candidates."""
    import ctranslate2

    from workbench.engine.argos import DECODE_OPTIONS, MAX_BATCH, SCORE_BATCH, _cores, thread_plan

    vocabulary = json.loads((demo_folder / "model" / "shared_vocabulary.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        model = build_base_model(Path(tmp) / "base", vocabulary)
        inter, intra = thread_plan(model / "model.bin", _cores())  # the plan a real package of this size gets
        translator = ctranslate2.Translator(str(model), device="cpu", inter_threads=inter, intra_threads=intra)
        by_length: dict[int, list[list[str]]] = defaultdict(list)
        for tokens, length in zip(demo["tokens"], demo["lengths"]):
            by_length[length].append(tokens)
        options = {k: v for k, v in DECODE_OPTIONS.items() if k != "max_decoding_length"}
        rounds: dict[str, list[float]] = defaultdict(list)
        for number in range(args.rounds):
            spent = {1: 0.0, ENFORCE_HYPOTHESES: 0.0}
            # 1-best and 4-best side by side on each length's batch, each first in turn: the machine's speed
            # drifts by several per cent within a minute, so whole passes one after the other would differ
            for turn, (length, batch) in enumerate(by_length.items()):
                for hypotheses in _rotated((1, ENFORCE_HYPOTHESES), number + turn):
                    started = time.process_time()
                    translator.translate_batch(batch, beam_size=4, num_hypotheses=hypotheses,
                                               max_batch_size=MAX_BATCH, return_scores=True,
                                               min_decoding_length=length, max_decoding_length=length, **options)
                    spent[hypotheses] += time.process_time() - started
            rounds["raw"].append(spent[1])
            rounds["nbest"].append(spent[ENFORCE_HYPOTHESES])
            started = time.process_time()
            translator.score_batch(*demo["candidates"], max_batch_size=SCORE_BATCH)  # as ArgosTranslator.score
            rounds["scoring"].append(time.process_time() - started)
        size_mb = (model / "model.bin").stat().st_size / 1e6
    found = {key: median(values) for key, values in rounds.items()}
    found["rounds"] = dict(rounds)
    found["plan"], found["size_mb"] = (inter, intra), size_mb
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--to", choices=("ko", "ru"), default="ru")
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5, help="rounds on the base-size model")
    parser.add_argument("--demo-rounds", type=int, default=15, help="rounds on the demo model (seconds each)")
    args = parser.parse_args()
    from workbench.engine.packages import unpack_cached

    sentences = list(dict.fromkeys(bench_engine.corpus(args.n, 7)))
    folder = unpack_cached(bench_batch.model_for(args.to))
    demo = demo_side(args, folder, sentences)
    base = base_side(args, folder, demo)
    rest = demo["rest"]
    n, ms = len(sentences), 1000 / len(sentences)
    print(f"en->{args.to}: {n} segments, glossary on, TM off, {len(demo['candidates'][0])} repair candidates "
          f"scored; CPU ms per segment, medians of {args.demo_rounds} demo and {args.rounds} base-size rounds")
    print(f"  demo model   raw decode {demo['raw'] * ms:6.2f}   core {demo['ours'] * ms:6.2f}   of which "
          f"4-best decode {demo['nbest'] * ms:5.2f}, Python (main thread) {demo['python'] * ms:5.2f}, "
          f"scoring {demo['scoring'] * ms:5.2f}, rest {rest * ms:5.2f} (rounds' quartiles "
          f"{demo['rest_quartiles'][0] * ms:.2f} to {demo['rest_quartiles'][1] * ms:.2f})")
    print(f"  demo model   ratio raw/core (CPU) = {demo['raw'] / demo['ours']:.2f}")
    scale = 1 + rest / demo["nbest"]
    projected = base["nbest"] * scale + demo["python"] + base["scoring"]
    per_round = base["rounds"]
    ratios = sorted(raw / (nbest * scale + demo["python"] + scoring)
                    for raw, nbest, scoring in zip(per_round["raw"], per_round["nbest"], per_round["scoring"]))
    print(f"  base size    raw decode {base['raw'] * ms:6.2f}   4-best {base['nbest'] * ms:6.2f}   "
          f"scoring {base['scoring'] * ms:5.2f}   "
          f"(random int8 Transformer base, {base['size_mb']:.0f} MB, threads inter/intra {base['plan']})")
    print(f"  base size    projected core {projected * ms:6.2f}   ratio raw/core = {median(ratios):.2f} "
          f"(target >= 0.9; median of the rounds' ratios, each round's raw and 4-best decodes side by side; "
          f"rounds {ratios[0]:.2f}-{ratios[-1]:.2f})")


if __name__ == "__main__":
    main()
