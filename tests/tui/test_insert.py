"""Inserting a glossary term at the cursor: Russian case kept, Korean particle refitted."""

from __future__ import annotations

from glossary.model import Term
from workbench.terms.insert import insert_term


def test_russian_replaced_word_keeps_its_case():
    result = insert_term("Он был в Пьонгянге вчера.", 12, Term("Пхеньян"), "ru")
    assert result.text == "Он был в Пхеньяне вчера."
    assert result.text[:result.cursor].endswith("Пхеньяне")


def test_russian_insertion_between_words_takes_the_governed_case():
    assert insert_term("Он был в  вчера.", 9, Term("Пхеньян"), "ru").text == "Он был в Пхеньяне вчера."


def test_korean_particle_is_fitted_to_the_new_term():
    result = insert_term("북한은 발표했다.", 1, Term("조선민주주의인민공화국"), "ko")
    assert result.text == "조선민주주의인민공화국은 발표했다."
    assert insert_term("북조선을 방문했다.", 0, Term("평양"), "ko").text == "평양을 방문했다."
    assert insert_term("서울은 크다.", 0, Term("평양"), "ko").text == "평양은 크다."
    assert insert_term("평양은 크다.", 0, Term("모스크바"), "ko").text == "모스크바는 크다."


def test_selection_is_replaced():
    result = insert_term("visit North Korea now", 0, Term("DPRK"), "ru", selection=(6, 17))
    assert result.text.startswith("visit ") and "North" not in result.text
