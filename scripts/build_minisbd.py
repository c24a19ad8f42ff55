"""Builds a tiny rule-based English sentence splitter as a MiniSBD ONNX model (minisbd/en.onnx in our Argos packages).

argostranslate's MiniSBDSentencizer uses the first `minisbd/*.onnx` inside a package and otherwise downloads a
model, so every demo package ships this file.  The model is not trained: it is a fixed ONNX graph that MiniSBD's own
inference code runs unchanged.  MiniSBD feeds it one row per paragraph:

- `units` int64 [batch, chars]: the vocab id of each character.  Our vocab only names the characters the rules care
  about (space, . ! ? ..., quotes, brackets, dashes); every other character is <UNK> (1), padding is <PAD> (0).
- `features` float32 [batch, chars, 1 + 2N]: column 0 is MiniSBD's `capitalized` feature (str.isupper, so any
  script's capitals count), then N forward and N backward lexicon features.  Backward feature w is 1 when the w
  characters before this one, lower-cased, plus this character form a lexicon word ("sept" + "." = "sept.").

It returns float32 [batch, chars, 5] scores; MiniSBD takes the argmax: 0 = inside a token, 1 = end of a token,
2 = end of a token and of a sentence (3 and 4, multi-word tokens, are never produced).  Tokens are simply
whitespace-separated words; argostranslate only uses the sentences.

The rules, per character i (paragraph breaks, i.e. blank lines, always end a sentence: MiniSBD splits on them):

1. A terminator is `.`, `!`, `?` or `…`.  It does not count when it is the `.` of an abbreviation: a lexicon word
   (titles Mr./Dr./Gen., months Jan./Sept., U.S., e.g., single-letter initials "J.") that starts the word, i.e. is
   preceded by the paragraph start, a space, an opening quote/bracket, a dash or a slash.
2. A sentence may end on a terminator, or on up to two closing quotes/brackets right after one (`."` or `.")`).
3. It does end there only if the next character is whitespace and the one after it starts a sentence: a capital
   letter or an opening quote/bracket.  So "13.5", "Sept. 13", "e.g. this", "Wait... what" never split, while
   "in 2000. The" does.

Known limits (by design, kept simple): an abbreviation that really ends a sentence ("the U.S. The") does not split;
a sentence starting with a digit or lower-case letter is not split off; "a.m."/"p.m."/"etc." are not abbreviations.

Run: .venv/bin/python scripts/build_minisbd.py -o workbench/demo/minisbd/en.onnx
The output is byte-identical on every run.  Needs the `onnx` package (build time only; running needs onnxruntime).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from glossary.atomic import write_bytes  # temp file + rename: a failed run never leaves half a model

OPSET = 17  # old enough for any onnxruntime that argos-translate-lt 1.12 installs
IR_VERSION = 8
MODEL_VERSION = 1

TERMINATORS = ".!?\u2026"
CLOSERS = "\"')]}\u201d\u2019\u00bb"
OPENERS = "\"'([{\u201c\u2018\u00ab"
# Characters after which a word starts: the left edge an abbreviation must touch ("Amr." is not "Mr.").
WORD_STARTERS = " " + OPENERS + "-/\u2013\u2014"
ABBREVIATIONS = (
    # titles and ranks
    "mr", "mrs", "ms", "messrs", "dr", "prof", "rev", "hon", "pres", "gov", "sen", "rep", "amb",
    "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "brig", "sgt", "cpl", "pvt", "st", "mt", "ft",
    # months (May, June, July are never abbreviated)
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    # dotted forms and others that are mostly followed by a name or a number
    "u.s", "u.k", "u.n", "e.g", "i.e", "vol", "fig", "approx", "dept", "corp", "vs",
)
INITIALS = tuple("abcdefghijklmnopqrstuvwxyz")  # "Kim J. Un": a lone letter before "." is an initial

CLASSES = ("space", "terminator", "closer", "opener", "word_starter")
LABELS = 5  # MiniSBD's label set: 0 inside, 1 token end, 2 sentence end, 3/4 multi-word variants


def lexicon() -> list[str]:
    """Returns the abbreviation lexicon MiniSBD turns into dictionary features, sorted for stable bytes."""
    return sorted({word + "." for word in ABBREVIATIONS + INITIALS})


def dict_window() -> int:
    """Returns N, the longest look-back MiniSBD needs: the letters of the longest abbreviation."""
    return max(len(word) for word in lexicon()) - 1


def vocab_units() -> list[str]:
    """Returns the vocab: <PAD>, <UNK>, then every character that belongs to a rule class, in a fixed order."""
    chars: list[str] = []
    for char in " " + TERMINATORS + CLOSERS + OPENERS + WORD_STARTERS:
        if char not in chars:
            chars.append(char)
    return ["<PAD>", "<UNK>"] + chars


def class_table(units: list[str]) -> np.ndarray:
    """Returns a [vocab, classes] 0/1 table: row = vocab id, column = CLASSES entry."""
    members = {"space": " ", "terminator": TERMINATORS, "closer": CLOSERS,
               "opener": OPENERS, "word_starter": WORD_STARTERS}
    table = np.zeros((len(units), len(CLASSES)), dtype=np.float32)
    for row, unit in enumerate(units):
        if len(unit) == 1:
            table[row] = [unit in members[name] for name in CLASSES]
    return table


class _Graph:
    """Collects nodes and constants with generated names; each helper returns its output's name."""

    def __init__(self) -> None:
        self.nodes: list[onnx.NodeProto] = []
        self.inits: list[onnx.TensorProto] = []
        self._count = 0

    def _name(self, hint: str) -> str:
        self._count += 1
        return f"{hint}_{self._count}"

    def const(self, value, dtype, hint: str = "c") -> str:
        name = self._name(hint)
        self.inits.append(numpy_helper.from_array(np.asarray(value, dtype=dtype), name))
        return name

    def op(self, op_type: str, inputs: list[str], hint: str = "", out: str | None = None, **attrs) -> str:
        name = out or self._name(hint or op_type.lower())
        self.nodes.append(helper.make_node(op_type, inputs, [name], name=f"n_{name}", **attrs))
        return name

    def column(self, source: str, index: int, hint: str) -> str:
        """[B, T, K] -> [B, T, 1]: column `index` of the last axis."""
        return self.op("Gather", [source, self.const([index], np.int64)], hint, axis=2)

    def prev(self, x: str, k: int, fill: float) -> str:
        """y[:, i] = x[:, i - k], with `fill` before the paragraph start."""
        padded = self.op("Pad", [x, self.const([0, k, 0, 0, 0, 0], np.int64), self.const(fill, np.float32)])
        return self._slice(padded, 0, -k)

    def next(self, x: str, k: int) -> str:
        """y[:, i] = x[:, i + k], with 0 after the paragraph end."""
        padded = self.op("Pad", [x, self.const([0, 0, 0, 0, k, 0], np.int64), self.const(0.0, np.float32)])
        return self._slice(padded, k, np.iinfo(np.int64).max)

    def _slice(self, x: str, start: int, end: int) -> str:
        args = [self.const([start], np.int64), self.const([end], np.int64), self.const([1], np.int64)]
        return self.op("Slice", [x] + args)

    def both(self, *xs: str) -> str:
        """Logical AND of 0/1 tensors."""
        result = xs[0]
        for x in xs[1:]:
            result = self.op("Mul", [result, x], "and")
        return result

    def either(self, *xs: str) -> str:
        """Logical OR of 0/1 tensors."""
        return self.op("Max", list(xs), "or")

    def negate(self, x: str) -> str:
        return self.op("Sub", [self.const(1.0, np.float32), x], "not")


def _abbreviation_end(g: _Graph, features: str, word_starter: str, window: int) -> str:
    """1 where a lexicon word that starts a word ends here (back feature w and a word start w + 1 back)."""
    hits = []
    for w in range(1, window + 1):
        back = g.column(features, 1 + window + (w - 1), f"back{w}")
        hits.append(g.both(back, g.prev(word_starter, w + 1, fill=1.0)))
    return g.either(*hits)


def _sentence_end(g: _Graph, cls: dict[str, str], abbreviation: str, capital: str) -> str:
    """1 where rules 1-3 of the module docstring put a sentence boundary."""
    end0 = g.both(cls["terminator"], g.negate(abbreviation))
    end1 = g.both(cls["closer"], g.prev(end0, 1, fill=0.0))
    end2 = g.both(cls["closer"], g.prev(end1, 1, fill=0.0))
    starter = g.either(capital, cls["opener"])
    return g.both(g.either(end0, end1, end2), g.next(cls["space"], 1), g.next(starter, 2))


def build_graph(units: list[str], window: int) -> onnx.GraphProto:
    """Returns the rule graph: (units, features) -> scores whose argmax is MiniSBD's label."""
    g = _Graph()
    classes = g.op("Gather", [g.const(class_table(units), np.float32, "class_table"), "units"], "classes")
    cls = {name: g.column(classes, i, name) for i, name in enumerate(CLASSES)}
    abbreviation = _abbreviation_end(g, "features", cls["word_starter"], window)
    boundary = _sentence_end(g, cls, abbreviation, g.column("features", 0, "capital"))
    token_end = g.both(g.next(cls["space"], 1), g.negate(cls["space"]))
    # A boundary always has a space after it, so it is also a token end: label = token_end + boundary.
    label = g.op("Cast", [g.op("Squeeze", [g.op("Add", [token_end, boundary]), g.const([2], np.int64)])],
                 "label", to=TensorProto.INT64)
    g.op("OneHot", [label, g.const([LABELS], np.int64), g.const([0.0, 1.0], np.float32)], out="scores", axis=-1)
    inputs = [helper.make_tensor_value_info("units", TensorProto.INT64, ["batch", "chars"]),
              helper.make_tensor_value_info("features", TensorProto.FLOAT, ["batch", "chars", 1 + 2 * window])]
    outputs = [helper.make_tensor_value_info("scores", TensorProto.FLOAT, ["batch", "chars", LABELS])]
    return helper.make_graph(g.nodes, "rule_based_en_sbd", inputs, outputs, g.inits)


def metadata(units: list[str], window: int) -> dict[str, str]:
    """Returns the custom metadata minisbd.inference.create_session reads (JSON with sorted keys: stable bytes)."""
    config = {"feat_funcs": ["capitalized"], "use_dictionary": True, "num_dict_feat": window,
              "skip_newline": False, "no_ssplit": False, "batch_size": 8,
              # The graph is linear in length; one pass per paragraph avoids MiniSBD's chunking seams.
              "max_seqlen": 100_000}
    vocab = {"lang": "en", "idx": 0, "cutoff": 0, "lower": False,
             "_id2unit": units, "_unit2id": {unit: i for i, unit in enumerate(units)}}
    values = {"lang_code": "en", "config": config, "vocab": vocab, "lexicon": lexicon()}
    return {key: value if isinstance(value, str) else json.dumps(value, sort_keys=True, ensure_ascii=True)
            for key, value in values.items()}


def build_model() -> onnx.ModelProto:
    """Returns the checked model; nothing in it depends on time, paths or library versions."""
    units, window = vocab_units(), dict_window()
    model = helper.make_model(build_graph(units, window), opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="workbench scripts/build_minisbd.py", producer_version="1",
                              model_version=MODEL_VERSION, doc_string=__doc__.split("\n", 1)[0])
    model.ir_version = IR_VERSION
    helper.set_model_props(model, metadata(units, window))
    onnx.checker.check_model(model, full_check=True)
    return model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("-o", "--output", type=Path, required=True, help="where to write the .onnx file")
    args = parser.parse_args(argv)
    data = build_model().SerializeToString(deterministic=True)
    try:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(args.output, data)
        args.output.chmod(0o644)  # write_bytes leaves mkstemp's 0600; packages must be readable by everyone
    except OSError as error:
        print(f"build_minisbd: error: cannot write {args.output}: {error.strerror}", file=sys.stderr)
        return 2
    print(f"wrote {args.output} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
