"""Tests the shipped rule-based sentence splitter (workbench/demo/minisbd/en.onnx) through minisbd and argostranslate."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MODEL = REPO / "workbench" / "demo" / "minisbd" / "en.onnx"
SEED = REPO / "seeds" / "000_d27c7cbd74673f90.txt"
BUILD = REPO / "scripts" / "build_minisbd.py"


class NetworkUsed(AssertionError):
    """Raised by the patched network functions: any download attempt fails the test loudly."""


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise NetworkUsed(f"network access attempted: {args[:1]!r}")

    monkeypatch.setattr(urllib.request, "urlretrieve", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


@pytest.fixture(scope="module")
def detector():
    import minisbd

    return minisbd.SBDetect(str(MODEL), use_gpu=False)


def _seed_paragraphs() -> list[str]:
    return [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def test_model_is_small_and_carries_minisbd_metadata():
    import onnxruntime

    meta = onnxruntime.InferenceSession(str(MODEL)).get_modelmeta().custom_metadata_map
    assert MODEL.stat().st_size < 64_000
    assert meta["lang_code"] == "en"
    assert {"config", "vocab", "lexicon"} <= set(meta)
    assert "sept." in json.loads(meta["lexicon"])


def test_seed_caption_keeps_the_date_inside_its_sentence(detector):
    caption = _seed_paragraphs()[1]
    sentences = detector.sentences(caption)
    assert len(sentences) == 2
    assert sentences[0].endswith("Amur region, Russia, Sept. 13, 2023.")
    assert "?osmodrome" in sentences[0]  # a stray "?" inside a word is no boundary
    assert sentences[1] == "Reuters-Yonhap"


def test_seed_paragraphs_split_into_sentences(detector):
    paragraphs = _seed_paragraphs()
    choe = next(p for p in paragraphs if p.startswith("Choe's visit"))
    assert detector.sentences(choe) == [
        choe[: choe.index(" Choe met")],
        "Choe met with her Russian counterpart, Sergei Lavrov, and paid a courtesy call on Putin.",
    ]
    last = detector.sentences(paragraphs[-1])
    assert last[-1] == "(Yonhap)"
    assert last[0].endswith('in Ukraine."')


def test_whole_seed_article_sentence_count_and_coverage(detector):
    text = SEED.read_text(encoding="utf-8")
    sentences = detector.sentences(text)
    # one per paragraph, plus: caption credit, Choe paragraph's 2nd sentence, "(Yonhap)"
    assert len(sentences) == len(_seed_paragraphs()) + 3
    # nothing lost or duplicated: the sentences cover every non-space character once
    assert "".join("".join(s.split()) for s in sentences) == "".join(text.split())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Kim met Dr. Lee in the U.S. capital. They talked.",
         ["Mr. Kim met Dr. Lee in the U.S. capital.", "They talked."]),
        ("It rose 13.5 percent. Prices fell.", ["It rose 13.5 percent.", "Prices fell."]),
        ("He arrived on Sept. 13. Talks began on Jan. 5, 2024.",
         ["He arrived on Sept. 13.", "Talks began on Jan. 5, 2024."]),
        ('He said "No." Then he left!', ['He said "No."', "Then he left!"]),
        ('Is it true? "Yes," she said.', ["Is it true?", '"Yes," she said.']),
        ("Kim J. Un spoke. Gen. Park listened.", ["Kim J. Un spoke.", "Gen. Park listened."]),
        ("Wait... what? Fine.", ["Wait... what?", "Fine."]),
        ("See e.g. the report. Done.", ["See e.g. the report.", "Done."]),
        ("The imam. Then", ["The imam.", "Then"]),  # "m." inside a word is no initial
        ("Он пришёл. Она ушла.", ["Он пришёл.", "Она ушла."]),  # any script's capitals
        ("One line.\nAnother  line.\tThird.", ["One line.", "Another  line.", "Third."]),
        ("First para.\n\nsecond para without a capital", ["First para.", "second para without a capital"]),
    ],
)
def test_rules(detector, text, expected):
    assert detector.sentences(text) == expected


def _fake_package(root: Path, with_model: bool) -> Path:
    pkg = root / "translate-en_ko"
    pkg.mkdir()
    (pkg / "metadata.json").write_text(json.dumps({"code": "translate-en_ko", "from_code": "en", "to_code": "ko"}))
    if with_model:
        (pkg / "minisbd").mkdir()
        shutil.copy(MODEL, pkg / "minisbd" / "en.onnx")
    return pkg


def test_argostranslate_uses_the_packaged_model_without_network(tmp_path, no_network):
    from argostranslate.package import Package
    from argostranslate.sbd import MiniSBDSentencizer

    sentencizer = MiniSBDSentencizer(Package(_fake_package(tmp_path, with_model=True)))
    assert Path(sentencizer.lang) == tmp_path / "translate-en_ko" / "minisbd" / "en.onnx"
    assert sentencizer.split_sentences("Mr. Putin met Kim. They talked on Sept. 13, 2023. Done.") == [
        "Mr. Putin met Kim.", "They talked on Sept. 13, 2023.", "Done."]


def test_without_the_model_argostranslate_would_download(tmp_path, no_network):
    """Control: proves the network guard above is live, so the previous test's pass means no download."""
    from argostranslate.package import Package
    from argostranslate.sbd import MiniSBDSentencizer

    sentencizer = MiniSBDSentencizer(Package(_fake_package(tmp_path, with_model=False)))
    with pytest.raises(NetworkUsed):
        sentencizer.split_sentences("Hello there. Bye.")


def test_build_is_deterministic_and_matches_the_shipped_file(tmp_path):
    pytest.importorskip("onnx")  # build-time only dependency
    outputs = [tmp_path / "a.onnx", tmp_path / "b.onnx"]
    for out in outputs:
        subprocess.run([sys.executable, str(BUILD), "-o", str(out)], check=True, capture_output=True, cwd=REPO)
    assert outputs[0].read_bytes() == outputs[1].read_bytes() == MODEL.read_bytes()
