"""Unit tests of the build helpers that need no torch: chrF, corpus reading, name links, deterministic zips."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))

from demo_model import align, corpus, evaluate, package  # noqa: E402


def test_chrf_is_100_for_identity_and_0_for_disjoint_text():
    assert evaluate.chrf(["평양을 방문했다"], ["평양을 방문했다"]) == pytest.approx(100.0)
    assert evaluate.chrf(["abc"], ["xyz"]) == 0.0


def test_chrf_ignores_whitespace_and_weights_recall_over_precision():
    assert evaluate.chrf(["평양을방문했다"], ["평양을 방문했다"]) == pytest.approx(100.0)
    short = evaluate.chrf(["Пхеньян"], ["Пхеньян посетил Путин"])  # precise but incomplete
    long = evaluate.chrf(["Пхеньян посетил Путин вчера днём"], ["Пхеньян посетил Путин"])
    assert long > short


def test_read_tsv_names_file_and_line_of_a_bad_row(tmp_path):
    bad = tmp_path / "c.tsv"
    bad.write_text("Putin visited Pyongyang.\t푸틴은 평양을 방문했다.\nno tab here\n", encoding="utf-8")
    with pytest.raises(corpus.CorpusError, match=r"c\.tsv:2: expected"):
        corpus.read_tsv(bad)


def test_held_out_puts_unseen_sentences_first():
    train = [("a", "1"), ("b", "2")]
    pool = [("a", "1"), ("c", "3"), ("c", "3"), ("d", "4")]
    chosen, unseen = corpus.held_out(pool, train, 3)
    assert chosen == [("c", "3"), ("d", "4"), ("a", "1")] and unseen == 2


def test_glossary_names_are_linked_across_languages_including_russian_inflection():
    glossary = REPO / "glossary" / "data" / "official-names.yaml"
    ru = align.load_lexicon(glossary, "ru")
    src, tgt = "Putin will visit Pyongyang.", "Путин посетит Пхеньян."
    links = {(src[a:b], tgt[c:d]) for (a, b), (c, d) in align.name_spans(ru, src, tgt)}
    assert ("Pyongyang", "Пхеньян") in links
    src, tgt = "He arrived in Pyongyang.", "Он прибыл в Пхеньяне."
    assert ("Pyongyang", "Пхеньяне") in {(src[a:b], tgt[c:d]) for (a, b), (c, d) in align.name_spans(ru, src, tgt)}


def test_zip_is_deterministic_with_one_sorted_top_folder(tmp_path):
    root = tmp_path / "translate-en_ko-demo"
    (root / "model").mkdir(parents=True)
    (root / "model" / "b.bin").write_bytes(b"\x00" * 10)
    (root / "metadata.json").write_text("{}")
    first, second = tmp_path / "1.argosmodel", tmp_path / "2.argosmodel"
    package.write_zip(root, first)
    (root / "metadata.json").touch()  # a new mtime must not change the archive
    package.write_zip(root, second)
    assert first.read_bytes() == second.read_bytes()
    names = zipfile.ZipFile(first).namelist()
    assert names == sorted(names) and all(n.startswith("translate-en_ko-demo/") for n in names)


def test_build_cli_reports_a_missing_corpus_generator_in_one_line(tmp_path):
    import subprocess

    proc = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_demo_models.py"), "--pair", "en-ko", "--quick",
         "--corpus-dir", str(tmp_path), "--out", str(tmp_path / "out"), "--work", str(tmp_path / "work")],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "corpus_ko.py: corpus generator not found" in proc.stderr
    assert not (tmp_path / "out").exists()  # nothing written on failure


def test_glossary_pairs_give_names_in_isolation_with_the_preferred_rendering():
    glossary = REPO / "glossary" / "data" / "official-names.yaml"
    assert ("Pyongyang", "평양") in align.glossary_pairs(glossary, "ko")
    assert ("Pyongyang", "Пхеньян") in align.glossary_pairs(glossary, "ru")
    assert ("DPRK", "КНДР") in align.glossary_pairs(glossary, "ru")  # {term: ..., indeclinable: ...} form
