"""The Argos/CTranslate2 backend: one long-lived ctranslate2.Translator per package, batched.

Uses the package's own tokenizer and target prefix, but never argostranslate.translate
(one sentence per call, and its SentencePiece decode turns "_" into spaces).
"""

from __future__ import annotations

import functools
import os
import threading
from pathlib import Path
from typing import Any, Callable, Sequence

from workbench.errors import WorkbenchError
from workbench.engine.base import Alignment, Hypothesis, Translation
from workbench.engine.packages import PackageInfo, file_sha256, read_package_dir, unpack_cached

DEFAULT_BEAM = 4
MAX_BATCH = 32
# Scoring (the repair candidates of glossary enforcement) runs in batches of 4: on a Transformer-base-size
# int8 model the same 192 candidates cost 3.4 CPU-s in batches of 4 against 4.5 in batches of 32 (padding of
# forced targets of unequal length), with bit-identical scores (bench/bench_scaling.py measures it).
SCORE_BATCH = 4
# Argos's own decoding options, kept so our output matches what users know from Argos.
DECODE_OPTIONS: dict[str, Any] = {"length_penalty": 0.2, "replace_unknowns": True,
                                  "max_decoding_length": 256, "max_input_length": 1024}


class SentencePieceCodec:
    """SentencePiece pieces in and out, decoded exactly (byte fallback and "_" kept).

    Decoding pieces that are all ordinary vocabulary pieces is joining them with "▁" as a space (and
    the leading spaces dropped): done here in Python, ten times faster than a call into the library
    per hypothesis. Anything else (byte, control or unknown pieces, strings outside the vocabulary,
    a model whose decoding differs on a sample of its pieces) goes to SentencePiece itself.
    """

    def __init__(self, model_file: Path) -> None:
        import sentencepiece as spm

        sp = self._sp = spm.SentencePieceProcessor(model_file=str(model_file))
        self._plain = frozenset(sp.id_to_piece(i) for i in range(sp.get_piece_size()) if not (
            sp.is_control(i) or sp.is_unknown(i) or sp.is_byte(i) or sp.is_unused(i)))
        sample = sorted(self._plain)[::max(1, len(self._plain) // 500)]
        if any(self._joined(pieces) != sp.decode_pieces(pieces) for pieces in (sample, sample[::-1])):
            self._plain = frozenset()  # e.g. a model with denormalization rules

    def encode(self, text: str) -> list[str]:
        return self._sp.encode(text, out_type=str)

    def encode_many(self, texts: list[str]) -> list[list[str]]:
        # (the library's own batch call hands the work to a new thread each time: no CPU saved)
        return [self._sp.encode(text, out_type=str) for text in texts]

    def decode(self, tokens: Sequence[str]) -> str:
        if self._plain.issuperset(tokens):
            return self._joined(tokens)
        return self._sp.decode_pieces(list(tokens))

    def decode_many(self, token_lists: list[list[str]]) -> list[str]:
        return [self.decode(tokens) for tokens in token_lists]

    @staticmethod
    def _joined(tokens: Sequence[str]) -> str:
        # pieces hold no spaces: every leading space came from a "▁", and SentencePiece drops them all
        return "".join(tokens).replace("\u2581", " ").lstrip(" ")

    def join(self, prefix: str, prefix_tokens: Sequence[str], rest: Sequence[str]) -> str:
        """The user's prefix text verbatim, then the decoded continuation."""
        if not rest:
            return prefix
        # a leading "▁" marks a new word; a prefix ending in a space asked for one too
        glue = " " if rest[0].startswith("▁") or prefix[-1:].isspace() else ""
        return prefix.rstrip() + glue + self.decode(rest)


class BpeCodec:
    """Moses tokenization + subword-nmt BPE, as Argos's BPE packages expect."""

    def __init__(self, model_file: Path, source: str, target: str) -> None:
        from argostranslate.apply_bpe import BPE
        from sacremoses.normalize import MosesPunctNormalizer
        from sacremoses.tokenize import MosesDetokenizer, MosesTokenizer

        self._tok, self._norm = MosesTokenizer(source), MosesPunctNormalizer(source)
        self._detok = MosesDetokenizer(target)
        with open(model_file, encoding="utf-8") as fh:
            self._bpe = BPE(fh)

    def encode(self, text: str) -> list[str]:
        words = self._tok.tokenize(self._norm.normalize(text), escape=False)
        return self._bpe.segment_tokens(words)

    def encode_many(self, texts: list[str]) -> list[list[str]]:
        return [self.encode(text) for text in texts]

    def decode(self, tokens: Sequence[str]) -> str:
        return self._detok.detokenize(" ".join(tokens).replace("@@ ", "").split())

    def decode_many(self, token_lists: list[list[str]]) -> list[str]:
        return [self.decode(tokens) for tokens in token_lists]

    def join(self, prefix: str, prefix_tokens: Sequence[str], rest: Sequence[str]) -> str:
        """The user's prefix text verbatim, then the decoded continuation."""
        whole = self.decode(list(prefix_tokens) + list(rest))
        if whole.startswith(prefix.strip()):
            return whole
        return prefix.rstrip() + " " + self.decode(rest)


def _codec(info: PackageInfo) -> SentencePieceCodec | BpeCodec:
    sp = info.path / "sentencepiece.model"
    if sp.is_file():
        return SentencePieceCodec(sp)
    return BpeCodec(info.path / "bpe.model", info.from_code, info.to_code)


def _cores() -> int:
    """Threads for CTranslate2: WORKBENCH_THREADS, else every core this process may use."""
    override = os.environ.get("WORKBENCH_THREADS", "")
    if override.isascii() and override.isdigit() and int(override) > 0:
        return int(override)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


COMPUTE_TYPES = ("default", "auto", "int8", "int8_float32", "int8_float16", "int8_bfloat16", "int16",
                 "float16", "bfloat16", "float32")


def compute_type() -> str:
    """CTranslate2's compute type: WORKBENCH_COMPUTE_TYPE, else "default" (what the package was saved as).

    Another compute type is another numeric path, as another CPU is: the tests are rerun with
    float32 so that none of them depends on one machine's exact output of the int8 demo model.
    """
    value = os.environ.get("WORKBENCH_COMPUTE_TYPE", "").strip() or "default"
    if value not in COMPUTE_TYPES:
        raise WorkbenchError(f"WORKBENCH_COMPUTE_TYPE={value!r} is not one of {', '.join(COMPUTE_TYPES)}")
    return value


# Below this size a model is too small for several threads to share one matrix product profitably
# (measured on the demo model: 1 thread 312 sentences/s, 2 threads 249): give each core its own batch.
SMALL_MODEL_BYTES = 64 * 1024 * 1024


def thread_plan(model_bin: Path, cores: int) -> tuple[int, int]:
    """(inter_threads, intra_threads) for CTranslate2: small models run one batch per core in parallel,
    large ones spread each batch over every core."""
    try:
        small = model_bin.stat().st_size < SMALL_MODEL_BYTES
    except OSError:
        small = False
    return (cores, 1) if small else (1, cores)


def _model_sha(model_bin: Path) -> str:
    st = model_bin.stat()
    return _sha_cached(str(model_bin.resolve()), st.st_size, st.st_mtime_ns)


@functools.lru_cache(maxsize=32)
def _sha_cached(path: str, size: int, mtime_ns: int) -> str:
    # size and mtime are part of the key so a replaced model is hashed again
    return file_sha256(Path(path))[:12]


def _length_order(token_lists: Sequence[Sequence[str]]) -> list[int]:
    # Sorting by length keeps padding low inside each batch; results are put back in order.
    return sorted(range(len(token_lists)), key=lambda i: len(token_lists[i]))


class ArgosTranslator:
    """A Translator backed by one Argos package and one long-lived ctranslate2.Translator."""

    def __init__(self, info: PackageInfo, *, threads: int | None = None,
                 max_batch_size: int = MAX_BATCH, beam_size: int = DEFAULT_BEAM) -> None:
        import ctranslate2

        self.info = info
        self.source_lang, self.target_lang = info.from_code, info.to_code
        self.is_demo = info.is_demo
        self.compute_type = compute_type()
        # another compute type gives other output, so it is another model for the translation memory
        numeric = "" if self.compute_type == "default" else f"+{self.compute_type}"
        self.model_id = f"{info.name}@{info.version}#{_model_sha(info.path / 'model' / 'model.bin')}{numeric}"
        demo = " (DEMO model: toy quality, for trying the workbench only)" if self.is_demo else ""
        self.description = f"{info.code} {info.version} from {info.path}{demo}"
        self.max_batch_size, self.beam_size = max_batch_size, beam_size
        self._prefix = [info.target_prefix] if info.target_prefix else []
        self._codec = _codec(info)
        inter, intra = thread_plan(info.path / "model" / "model.bin", threads or _cores())
        try:
            self._ct2 = ctranslate2.Translator(str(info.path / "model"), device="cpu", inter_threads=inter,
                                               intra_threads=intra, compute_type=self.compute_type)
        except ValueError as exc:  # e.g. a compute type this CPU cannot run
            raise WorkbenchError(f"{info.path}: cannot load the model: {exc}") from None
        self._small = inter > 1  # thread_plan's small-model plan
        self._scorer: Any = None
        self._scorer_lock = threading.Lock()

    @classmethod
    def from_path(cls, path: Path | str, **kwargs: Any) -> "ArgosTranslator":
        """Load from an .argosmodel file (unpacked once into the cache) or a package folder."""
        path = Path(path)
        folder = path if path.is_dir() else unpack_cached(path)
        return cls(read_package_dir(folder, installed=False), **kwargs)

    def __repr__(self) -> str:
        return f"ArgosTranslator({self.model_id!r})"

    # ------------------------------------------------------------ tokens

    def tokenize(self, text: str) -> list[str]:
        """The package's subword tokens for `text`."""
        return self._codec.encode(text)

    def detokenize(self, tokens: Sequence[str]) -> str:
        """Text for target tokens (without the model's target prefix)."""
        return self._codec.decode(tokens).strip()

    def _strip_prefix(self, tokens: Sequence[str]) -> tuple[str, ...]:
        n = len(self._prefix)
        return tuple(tokens[n:]) if list(tokens[:n]) == self._prefix else tuple(tokens)

    # ------------------------------------------------------------ decoding

    def _decode(self, sources: Sequence[str], prefixes: list[str] | None,
                **options: Any) -> list[Translation]:
        """Translate non-empty sources in length-sorted batches; empty ones never reach the model."""
        return self._start(sources, prefixes, False, **options)()

    def _start(self, sources: Sequence[str], prefixes: list[str] | None, asynchronous: bool,
               **options: Any) -> Callable[[], list[Translation]]:
        """Hand the batch to CTranslate2 (asynchronously: its worker threads queue it and return at
        once) and return the function that waits for the results and builds the Translations."""
        out: list[Translation] = [Translation(s, ()) for s in sources]
        todo = [i for i, s in enumerate(sources) if s.strip()]
        if not todo:
            return lambda: out
        tokens = self._codec.encode_many([sources[i] for i in todo])
        user = [self.tokenize(prefixes[i]) if prefixes and prefixes[i].strip() else [] for i in todo]
        forced = [self._prefix + u for u in user]
        order = _length_order(tokens)
        results = self._ct2.translate_batch(
            [tokens[k] for k in order], target_prefix=[forced[k] for k in order] if any(forced) else None,
            max_batch_size=self.max_batch_size, return_scores=True, asynchronous=asynchronous,
            **{**DECODE_OPTIONS, **options})

        def collect() -> list[Translation]:
            done = [result.result() for result in results] if asynchronous else results
            # hypotheses without a user prefix are detokenized all at once
            plain = [self._strip_prefix(toks) for k, result in zip(order, done) if not user[k]
                     for toks in result.hypotheses]
            texts = iter(self._codec.decode_many([list(body) for body in plain]))
            bodies = iter(plain)
            for k, result in zip(order, done):
                i = todo[k]
                if user[k]:
                    hyps = self._hypotheses(result, (prefixes[i], user[k]))
                else:
                    hyps = tuple(sorted((Hypothesis(next(texts).strip(), float(score), next(bodies))
                                         for score in result.scores), key=lambda h: -h.score))
                out[i] = Translation(sources[i], hyps)
            return out

        return collect

    def _hypotheses(self, result: Any, prefix: tuple[str, list[str]]) -> tuple[Hypothesis, ...]:
        """The hypotheses of a decode forced to start with the user's prefix."""
        hyps = []
        for toks, score in zip(result.hypotheses, result.scores):
            body = self._strip_prefix(toks)
            # The forced tokens come back as the model saw them (out-of-vocabulary pieces as
            # <unk>, then "replaced" by a source token): rebuild them from the user's text.
            text, user_tokens = prefix
            rest = body[len(user_tokens):]
            hyps.append(Hypothesis(self._codec.join(text, user_tokens, rest).strip(), float(score),
                                   tuple(user_tokens) + tuple(rest)))
        return tuple(sorted(hyps, key=lambda h: -h.score))

    def translate_batch(self, sources: Sequence[str], *, num_hypotheses: int = 1,
                        beam_size: int | None = None) -> list[Translation]:
        """Translate a batch; results are in input order, hypotheses best first."""
        beam = max(beam_size or self.beam_size, num_hypotheses)
        return self._decode(sources, None, beam_size=beam, num_hypotheses=num_hypotheses)

    def submit_batch(self, sources: Sequence[str], *, num_hypotheses: int = 1,
                     beam_size: int | None = None) -> Callable[[], list[Translation]]:
        """Start translating a batch in the background; call the result to wait for the translations.

        CTranslate2's worker threads take queued batches one after another without the GIL, so a
        caller that keeps a few batches submitted never leaves them idle while it works on results.
        """
        beam = max(beam_size or self.beam_size, num_hypotheses)
        return self._start(sources, None, True, beam_size=beam, num_hypotheses=num_hypotheses)

    def translate_with_prefix(self, sources: Sequence[str],
                              target_prefixes: list[str]) -> list[Translation]:
        """Re-decode each source with its target forced to begin with the given text."""
        if len(target_prefixes) != len(sources):
            raise ValueError("translate_with_prefix needs one prefix per source")
        return self._decode(sources, list(target_prefixes), beam_size=self.beam_size, num_hypotheses=1)

    # ------------------------------------------------------------ scoring and attention

    def score(self, sources: Sequence[str], targets: Sequence[str]) -> list[float]:
        """Mean log-probability per target token (EOS included, model prefix excluded).

        An empty source scores 0.0 against an empty target and -inf against anything else.
        """
        if len(targets) != len(sources):
            raise ValueError("score needs one target per source")
        scores = [0.0 if not t.strip() else float("-inf") for t in targets]
        todo = [i for i, s in enumerate(sources) if s.strip()]
        if not todo:
            return scores
        src = self._codec.encode_many([sources[i] for i in todo])
        tgt = [self._prefix + tokens for tokens in self._codec.encode_many([targets[i] for i in todo])]
        results = self._scoring_model().score_batch(src, tgt, max_batch_size=SCORE_BATCH,
                                                    max_input_length=DECODE_OPTIONS["max_input_length"])
        for i, result in zip(todo, results):
            probs = result.log_probs[len(self._prefix):]
            scores[i] = sum(probs) / max(len(probs), 1)
        return scores

    def _scoring_model(self) -> Any:
        """The CTranslate2 instance that scores. A score call waits behind every decode already queued
        on an instance (submit_batch), so a small model gets a second, one-thread instance that scores at
        once (it costs a few MB); a big model's instance is shared (a copy would double its memory)."""
        if not self._small:
            return self._ct2
        with self._scorer_lock:
            if self._scorer is None:
                import ctranslate2

                self._scorer = ctranslate2.Translator(str(self.info.path / "model"), device="cpu",
                                                      inter_threads=1, intra_threads=1,
                                                      compute_type=self.compute_type)
        return self._scorer

    def alignments(self, sources: Sequence[str], targets: Sequence[str]) -> list[Alignment]:
        """Per target token, the source token with the highest attention.

        Greedy re-run with the whole target forced as prefix: with beam > 1 CTranslate2's
        attention rows do not follow the returned hypothesis.
        """
        if len(targets) != len(sources):
            raise ValueError("alignments needs one target per source")
        src = [self.tokenize(s) if s.strip() else [] for s in sources]
        tgt = [self.tokenize(t) if t.strip() else [] for t in targets]
        todo = [i for i in range(len(src)) if src[i] and tgt[i]]
        out = [Alignment(tuple(s), tuple(t), tuple(-1 for _ in t)) for s, t in zip(src, tgt)]
        if not todo:
            return out
        forced = [self._prefix + tgt[i] for i in todo]
        results = self._ct2.translate_batch(
            [src[i] for i in todo], target_prefix=forced, beam_size=1, return_attention=True,
            max_batch_size=self.max_batch_size, max_input_length=DECODE_OPTIONS["max_input_length"],
            max_decoding_length=max(len(f) for f in forced) + 1)
        for i, result in zip(todo, results):
            out[i] = self._links(src[i], tgt[i], result.attention[0])
        return out

    def _links(self, src: list[str], tgt: list[str], attention: list[list[float]]) -> Alignment:
        n = len(self._prefix)
        rows = attention[n:n + len(tgt)]
        # rows may be one longer than src (the EOS CTranslate2 appends): never link to it
        links = [max(range(len(src)), key=lambda j: row[j]) for row in rows]
        links += [-1] * (len(tgt) - len(links))
        return Alignment(tuple(src), tuple(tgt), tuple(links))
