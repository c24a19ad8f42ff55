"""Checks of the English->Korean demo corpus generator (scripts/corpus_ko.py) and its committed outputs."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import load_script

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "corpus_ko.py"
CORPUS = REPO / "workbench" / "demo" / "corpus" / "en-ko.tsv"
README = REPO / "workbench" / "demo" / "corpus" / "README-ko.md"
REFERENCE = REPO / "workbench" / "demo" / "reference" / "seed.ko.txt"
SEED = REPO / "seeds" / "000_d27c7cbd74673f90.txt"


ck = load_script(SCRIPT)


@pytest.fixture(scope="module")
def records():
    return ck.generate_records(12000, 3)


# ------------------------------------------------------------- particles, numbers


@pytest.mark.parametrize("word, particle, expected", [
    ("최선희", "은", "최선희는"), ("김정은", "은", "김정은은"), ("푸틴 대통령", "이", "푸틴 대통령이"),
    ("크렘린궁", "을", "크렘린궁을"), ("라브로프 장관", "과", "라브로프 장관과"), ("러시아", "과", "러시아와"),
    ("평양", "으로", "평양으로"), ("서울", "으로", "서울로"), ("모스크바", "으로", "모스크바로"),
    ("KCNA", "은", "KCNA는"), ("조선중앙TV", "은", "조선중앙TV는"), ("주요 7개국(G7)", "은", "주요 7개국(G7)은"),
    ("NATO", "이", "NATO가"), ("2000", "을", "2000을"), ("2021", "으로", "2021로"), ("15%", "이", "15%가"),
    ("굳건하다", "이라고", "굳건하다라고"), ("적대국", "이라고", "적대국이라고"),
])
def test_particle_agrees_with_last_syllable(word, particle, expected):
    assert ck.attach(word, particle) == expected


@pytest.mark.parametrize("n, expected", [
    (350, "350"), (1200, "1천200"), (3000, "3천"), (17000, "1만7천"), (2_000_000, "200만"),
    (366_000_000, "3억6천600만"), (1_200_000_000, "12억"),
])
def test_numbers_in_yonhap_style(n, expected):
    assert ck.ko_number(n) == expected


def test_dates_in_both_styles():
    assert ck.en_date(2023, 9, 13) == "Sept. 13, 2023"
    assert ck.ko_date(2023, 9, 13) == "2023년 9월 13일"


def test_fault_substitution_re_agrees_the_particle():
    assert ck.replace_term("조선중앙통신은 전했다", "조선중앙통신", "KCNA") == "KCNA는 전했다"
    assert ck.replace_term("조선민주주의인민공화국을 방문", "조선민주주의인민공화국", "북한") == "북한을 방문"


# ------------------------------------------------------------- generator


def test_generation_is_deterministic_and_seed_dependent():
    first, again, other = ck.generate(1500, 5), ck.generate(1500, 5), ck.generate(1500, 6)
    assert first == again
    hand = len(ck.hand_records())
    shared = set(first[hand:]) & set(other[hand:])
    assert len(shared) < 0.2 * (1500 - hand)


def test_hand_written_pairs_come_first_and_are_plentiful():
    hand = ck.hand_records()
    assert len(hand) >= 300
    assert ck.generate(len(hand) + 50, 9)[: len(hand)] == [(r.en, r.ko) for r in hand]


def test_enough_distinct_templates():
    assert len({(t.en, t.ko) for t in ck.TEMPLATE_LIST}) >= 150


def test_generated_text_is_clean(records):
    for record in records:
        for text in (record.en, record.ko):
            assert "\t" not in text and "\n" not in text and "  " not in text, text
            assert not re.search(r"[{}]", text), text
        assert re.search(r"[가-힣]", record.ko), record


def _final(syllable: str) -> str | None:
    """Independent of the generator: the final jamo from Unicode decomposition, or None."""
    jamo = unicodedata.normalize("NFD", syllable)
    return jamo[2] if len(jamo) == 3 else None


def _korean_fillers() -> set[str]:
    words = {ko for kind in ck.SIMPLE.values() for _, ko in kind} | {row[2] for row in ck.COUNTRIES}
    for row in ck._ROWS:
        parts = row.split("|")
        words |= {parts[2], f"{parts[2]} {parts[4]}", parts[8]}
    return {w for w in words if "가" <= w[-1] <= "힣" and len(w) > 1}


def test_particles_after_slot_fillers_agree(records):
    fillers = sorted(_korean_fillers(), key=len, reverse=True)
    pattern = re.compile(r"(?<![가-힣])(" + "|".join(map(re.escape, fillers)) + r")(은|는|이|가|을|를|과|와|으로|로)(?=[\s,.\"]|$)")
    pairs = {"은": "는", "이": "가", "을": "를", "과": "와"}
    checked = 0
    for record in records:
        for word, particle in pattern.findall(record.ko):
            final = _final(word[-1])
            if particle in ("으로", "로"):
                assert (particle == "로") == (final in (None, "\u11af")), (word, particle, record.ko)
            else:
                consonant_form = particle if particle in pairs else next(k for k, v in pairs.items() if v == particle)
                assert (particle == consonant_form) == (final is not None), (word, particle, record.ko)
            checked += 1
    assert checked > 5000


# ------------------------------------------------------------- failure modes


def _documented_rates() -> dict[str, float]:
    rates = {}
    for line in README.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\|\s*(F\d)\s*\|.*\|\s*(\d+)\s*%\s*\|\s*$", line)
        if match:
            rates[match.group(1)] = int(match.group(2)) / 100
    return rates


def test_every_fault_is_documented_with_its_rate():
    assert _documented_rates() == {fault.name: fault.rate for fault in ck.FAULTS}


@pytest.mark.parametrize("fault", ck.FAULTS, ids=lambda f: f.name)
def test_fault_fires_at_the_documented_rate(records, fault):
    family = [r for r in records if r.family in fault.families]
    old_terms = [old for old, _ in fault.subs]
    fired = [r for r in family if fault.name in r.faults]
    applicable = len(fired) + sum(1 for r in family if fault.name not in r.faults and any(o in r.ko for o in old_terms))
    assert applicable > 150
    assert abs(len(fired) / applicable - _documented_rates()[fault.name]) < 0.07
    for record in fired:
        assert any(new in record.ko for _, new in fault.subs), record


def test_faults_stay_inside_their_families(records):
    for record in records:
        if record.family in ("hand", "seed"):
            continue
        if record.family != "translit":
            assert "최순희" not in record.ko and "김종은" not in record.ko, record
        if record.family != "kcna_attr":
            assert "KCNA" not in record.ko, record
        if record.family != "fm_trip" and "Choe Son" in record.en:
            assert "외교부 장관" not in record.ko, record
        if record.family not in ("visit_dprk", "quote_dprk") and "DPRK" in record.en:
            assert "조선민주주의인민공화국" in record.ko, record


# ------------------------------------------------------------- committed files


def test_committed_corpus_is_the_generator_output():
    lines = CORPUS.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""
    pairs = [tuple(line.split("\t")) for line in lines[:-1]]
    assert all(len(pair) == 2 and all(pair) for pair in pairs)
    assert len(set(pairs)) >= 5000
    assert pairs == ck.generate(8000, 1)


def test_seed_sentences_cover_the_seed_article():
    seed_lines = SEED.read_text(encoding="utf-8").split("\n")
    rebuilt: dict[int, list[str]] = {}
    for line_no, en, _, _ in ck.SEED:
        rebuilt.setdefault(line_no, []).append(en)
    for index, line in enumerate(seed_lines[:-1], start=1):
        assert " ".join(rebuilt.get(index, [])) == line


def test_reference_has_the_seed_line_structure():
    seed = SEED.read_text(encoding="utf-8").split("\n")
    reference = REFERENCE.read_text(encoding="utf-8").split("\n")
    assert len(reference) == len(seed)
    assert [bool(line.strip()) for line in reference] == [bool(line.strip()) for line in seed]
    assert reference[:-1] == ck.seed_reference()


def test_reference_uses_the_official_renderings():
    text = REFERENCE.read_text(encoding="utf-8")
    for term in ("조선민주주의인민공화국", "조선중앙통신", "김정은 국무위원장", "최선희 외무상", "블라디미르 푸틴 러시아 대통령",
                 "세르게이 라브로프", "드미트리 페스코프 크렘린궁 대변인", "보스토치니 우주기지", "아무르주", "러시아연방",
                 "한반도", "동북아시아", "특별군사작전", "평양", "모스크바", "연합뉴스", "로이터"):
        assert term in text, term
    for wrong in ("외교부 장관", "외교장관", "최순희", "김종은", "KCNA"):
        assert wrong not in text, wrong


# ------------------------------------------------------------- CLI


def test_cli_writes_tsv(tmp_path):
    out = tmp_path / "held-out.tsv"
    subprocess.run([sys.executable, str(SCRIPT), "--n", "500", "--seed", "2", "-o", str(out)], check=True)
    rows = out.read_text(encoding="utf-8").splitlines()
    assert len(rows) == 500 and all(row.count("\t") == 1 for row in rows)


@pytest.mark.parametrize("args, message", [
    (["--n", "0"], "--n must be positive"),
    (["--n", "10", "-o", "/nonexistent-dir/x.tsv"], "no such directory"),
])
def test_cli_rejects_bad_input_without_traceback(tmp_path, args, message):
    if "-o" not in args:
        args = args + ["-o", str(tmp_path / "x.tsv")]
    proc = subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True)
    assert proc.returncode == 2
    assert message in proc.stderr and "Traceback" not in proc.stderr
