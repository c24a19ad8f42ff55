"""Fuzzy lookup: scores on pre-processed text, threshold/limit, batches, and the word-index path."""

from __future__ import annotations

import random

from rapidfuzz import fuzz

from workbench.tm import fuzzy as tm_fuzzy
from workbench.tm import TMRecord, TranslationMemory
from workbench.tm.fuzzy import normalize

BASE = "The President of the State Affairs inspected a factory in Pyongyang, KCNA said."


def store(tm, *pairs, status="mt"):
    tm.store(TMRecord(s, t, "en", "ko", "m1", "g1", status) for s, t in pairs)


def test_normalize_folds_case_punctuation_and_width():
    assert normalize("  KCNA's “report”—Ｐｙｏｎｇｙａｎｇ!! ") == "kcna s report pyongyang"


def test_case_and_punctuation_do_not_lower_the_score(tm):
    store(tm, (BASE, "국무위원장께서 평양의 공장을 현지지도하셨다고 조선중앙통신이 보도했다."))
    [match] = tm.fuzzy(BASE.upper().replace(",", "").replace(".", " !"), "en", "ko")
    assert match.score == 100 and match.source == BASE and match.status == "mt"


def test_scores_rank_closer_sources_first_and_respect_threshold(tm):
    one_word = BASE.replace("factory", "farm")
    three_words = BASE.replace("factory", "farm").replace("inspected", "visited").replace("KCNA", "Rodong")
    store(tm, (one_word, "농장"), (three_words, "방문"), ("Completely unrelated weather report.", "날씨"))
    matches = tm.fuzzy(BASE, "en", "ko")
    assert [m.source for m in matches] == [one_word, three_words]
    assert matches[0].score == round(fuzz.ratio(normalize(BASE), normalize(one_word)), 2)
    assert 70 <= matches[1].score < matches[0].score < 100
    assert tm.fuzzy(BASE, "en", "ko", threshold=matches[0].score + 0.01) == []
    assert len(tm.fuzzy(BASE, "en", "ko", limit=1)) == 1


def test_approved_target_is_the_one_shown(tm):
    store(tm, (BASE, "기계 번역"))
    tm.approve(BASE, "승인된 번역", "en", "ko")
    [match] = tm.fuzzy(BASE.replace("factory", "farm"), "en", "ko")
    assert (match.target, match.status) == ("승인된 번역", "approved")


def test_other_locale_pairs_are_not_searched(tm):
    store(tm, (BASE, "번역"))
    assert tm.fuzzy(BASE, "en", "ru") == []


def test_rows_written_later_by_another_connection_are_found(tm):
    store(tm, (BASE, "첫째"))
    assert len(tm.fuzzy(BASE, "en", "ko")) == 1
    other = TranslationMemory(tm.path)
    store(other, (BASE.replace("factory", "school"), "둘째"))
    other.close()
    assert len(tm.fuzzy(BASE, "en", "ko")) == 2


def test_batch_equals_one_by_one(tm):
    sentences = _corpus(300)
    store(tm, *((s, f"t{i}") for i, s in enumerate(sentences)))
    queries = [_mutate(s) for s in sentences[:40]] + ["nothing like anything stored"]
    batch = tm.fuzzy_batch(queries, "en", "ko", limit=3)
    assert batch == [tm.fuzzy(q, "en", "ko", limit=3) for q in queries]
    assert batch[-1] == [] and all(batch[:40])


def test_word_index_finds_what_the_full_scan_finds(tmp_path, monkeypatch):
    sentences = _corpus(3_000)
    queries = [_mutate(s) for s in sentences[:150]]
    scan = TranslationMemory(tmp_path / "tm.sqlite3")
    store(scan, *((s, f"t{i}") for i, s in enumerate(sentences)))
    expected = scan.fuzzy_batch(queries, "en", "ko", limit=3)
    monkeypatch.setattr(tm_fuzzy, "FULL_SCAN_LIMIT", 100)
    monkeypatch.setattr(tm_fuzzy, "WORD_INDEX_AFTER", 1)
    indexed = TranslationMemory(tmp_path / "tm.sqlite3").fuzzy_batch(queries, "en", "ko", limit=3)
    top_found = sum(bool(e) and bool(i) and e[0] == i[0] for e, i in zip(expected, indexed))
    assert top_found / len(queries) >= 0.97


def _corpus(count: int) -> list[str]:
    rng = random.Random(5)
    words = ["KCNA", "Pyongyang", "delegation", "minister", "talks", "factory", "visit", "Russia",
             "cooperation", "agreement", "report", "said", "Thursday", "the", "of", "and", "in",
             "a", "to", "with", "on", "foreign", "state", "affairs", "Choe", "Son", "Hui", "army",
             "economic", "harvest", "railway", "bridge", "museum", "hospital", "school", "farm"]
    words += [f"term{i}" for i in range(400)]
    return [" ".join(rng.choices(words, k=rng.randint(8, 25))) + "." for _ in range(count)]


def _mutate(sentence: str) -> str:
    words = sentence.split()
    words[len(words) // 2] = "changed"
    return " ".join(words)
