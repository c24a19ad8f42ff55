"""The committed demo packages are genuine Argos Translate packages that plain argostranslate can use offline."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import ctranslate2
import pytest
import sentencepiece as spm

from workbench.engine.argos import compute_type

REPO = Path(__file__).resolve().parents[2]
PACKAGES = REPO / "workbench" / "demo" / "packages"
TARGETS = {"ko": re.compile(r"[\uac00-\ud7a3]"), "ru": re.compile(r"[\u0400-\u04ff]")}
SENTENCE = "Putin visited Pyongyang."


def _package(to_code: str) -> Path:
    return PACKAGES / f"translate-en_{to_code}-demo.argosmodel"


def _names(to_code: str) -> list[str]:
    with zipfile.ZipFile(_package(to_code)) as zf:
        return zf.namelist()


def _metadata(to_code: str) -> dict:
    with zipfile.ZipFile(_package(to_code)) as zf:
        top = zf.namelist()[0].split("/")[0]
        return json.loads(zf.read(f"{top}/metadata.json"))


@pytest.mark.parametrize("to_code", sorted(TARGETS))
def test_package_is_a_zip_with_one_top_folder_and_the_argos_layout(to_code):
    names = _names(to_code)
    tops = {n.split("/")[0] for n in names}
    assert len(tops) == 1
    inner = {n.split("/", 1)[1] for n in names}
    for required in ("metadata.json", "README.md", "sentencepiece.model", "minisbd/en.onnx",
                     "model/model.bin", "model/config.json", "model/shared_vocabulary.json"):
        assert required in inner
    assert names == sorted(names)  # deterministic archive


@pytest.mark.parametrize("to_code", sorted(TARGETS))
def test_metadata_says_demo_and_carries_the_figures(to_code):
    meta = _metadata(to_code)
    assert (meta["from_code"], meta["to_code"], meta["type"]) == ("en", to_code, "translate")
    wb = meta["workbench"]
    assert wb["demo"] is True
    assert 0.0 <= wb["heldout_exact_match"] <= 1.0
    assert wb["build"].startswith("scripts/build_demo_models.py")


@pytest.mark.parametrize("to_code", sorted(TARGETS))
def test_readme_tells_it_is_a_demo(to_code):
    with zipfile.ZipFile(_package(to_code)) as zf:
        readme = zf.read(next(n for n in zf.namelist() if n.endswith("/README.md"))).decode()
    assert "DEMO" in readme.upper()


@pytest.fixture(scope="module")
def argos_output() -> dict:
    texts = [[code, text] for code in sorted(TARGETS) for text in ("Pyongyang", SENTENCE)]
    request = json.dumps({"packages": [str(_package(c)) for c in sorted(TARGETS)], "texts": texts})
    proc = subprocess.run([sys.executable, str(Path(__file__).with_name("_argos_probe.py")), request],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_plain_argostranslate_installs_both_packages(argos_output):
    assert {"en", "ko", "ru"} <= set(argos_output["languages"])


@pytest.mark.parametrize("to_code", sorted(TARGETS))
@pytest.mark.parametrize("text", ["Pyongyang", SENTENCE])
def test_plain_argostranslate_translates_into_the_target_script(argos_output, to_code, text):
    result = argos_output["translations"][f"{to_code}|{text}"]
    assert TARGETS[to_code].search(result), result
    assert not re.search(r"[A-Za-z]{4,}", result), result  # translated, not echoed


@pytest.fixture(scope="module", params=sorted(TARGETS))
def unpacked(request, tmp_path_factory):
    dest = tmp_path_factory.mktemp(f"pkg-{request.param}")
    with zipfile.ZipFile(_package(request.param)) as zf:
        zf.extractall(dest)
    return request.param, next(dest.iterdir())


def test_ctranslate2_returns_attention_and_scored_nbest(unpacked):
    to_code, root = unpacked
    sp = spm.SentencePieceProcessor(model_file=str(root / "sentencepiece.model"))
    source = sp.encode(SENTENCE, out_type=str)
    translator = ctranslate2.Translator(str(root / "model"), device="cpu", intra_threads=1,
                                       compute_type=compute_type())
    result = translator.translate_batch([source], beam_size=4, num_hypotheses=3,
                                        return_attention=True, return_scores=True)[0]
    assert len(result.hypotheses) == 3 and len(result.scores) == 3
    assert result.scores == sorted(result.scores, reverse=True)
    assert all(s < 0 for s in result.scores)
    best = result.hypotheses[0]
    assert len(result.attention[0]) == len(best)
    assert all(len(row) == len(source) and abs(sum(row) - 1.0) < 1e-3 for row in result.attention[0])
    assert TARGETS[to_code].search(sp.decode_pieces(best))


NAMES = {"ko": "평양", "ru": "Пхенья"}  # Pyongyang (Russian stem: any case ending)


def _pieces_covering(pieces: list[str], name: str) -> set[int]:
    """Indices of the SentencePiece pieces that overlap the first occurrence of ``name``."""
    spans, pos = [], 0
    for piece in pieces:
        text = piece.replace("\u2581", " ")
        spans.append((pos, pos + len(text)))
        pos += len(text)
    start = "".join(p.replace("\u2581", " ") for p in pieces).find(name)
    if start < 0:
        return set()
    return {i for i, (a, b) in enumerate(spans) if a < start + len(name) and start < b}


def test_attention_of_a_translated_name_points_at_its_source(unpacked):
    """The build trains the returned head to align glossary names: glossary enforcement relies on it."""
    to_code, root = unpacked
    sp = spm.SentencePieceProcessor(model_file=str(root / "sentencepiece.model"))
    source = sp.encode(SENTENCE, out_type=str)
    translator = ctranslate2.Translator(str(root / "model"), device="cpu", intra_threads=1,
                                       compute_type=compute_type())
    result = translator.translate_batch([source], beam_size=4, return_attention=True)[0]
    pieces, attention = result.hypotheses[0], result.attention[0]
    rows = _pieces_covering(pieces, NAMES[to_code])
    assert rows, pieces
    src_name = _pieces_covering(source, "Pyongyang")
    assert all(max(range(len(attention[j])), key=attention[j].__getitem__) in src_name for j in rows), pieces
