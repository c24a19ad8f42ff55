"""Inserting a glossary term at the cursor: only a selection is replaced, the Russian case is the one enforcement
chooses, the Korean particle is refitted (never cut off a term's own last syllable), no space after an opening
bracket or quote."""

from __future__ import annotations

from glossary.model import Term
from workbench.terms import russian
from workbench.terms.insert import insert_term


def test_russian_selected_word_keeps_its_case():
    result = insert_term("Он был в Пьонгянге вчера.", 12, Term("Пхеньян"), "ru", selection=(9, 18))
    assert result.text == "Он был в Пхеньяне вчера."
    assert result.text[:result.cursor].endswith("Пхеньяне")


def test_russian_insertion_between_words_takes_the_governed_case():
    assert insert_term("Он был в  вчера.", 9, Term("Пхеньян"), "ru").text == "Он был в Пхеньяне вчера."


def test_russian_case_is_the_one_enforcement_chooses():
    """The same code picks it: the second locative after в (в Крыму), a capital at a sentence start."""
    target = "Он был в  вчера."
    enforced = russian.replace_with(target, russian.Occurrence(9, 9, "", None, None), Term("Крым"))
    assert insert_term(target, 9, Term("Крым"), "ru").text == enforced == "Он был в Крыму вчера."
    assert insert_term("Итак.  идёт.", 6, Term("специальная военная операция"), "ru").text == \
        "Итак. Специальная военная операция идёт."


def test_a_person_after_a_verb_of_giving_and_its_object_is_who_it_goes_to():
    """paid a courtesy call on Putin: нанесла визит вежливости Путину (Путина would make it his visit)."""
    target = "Цой Сон Хи нанесла визит вежливости ."
    assert insert_term(target, len(target) - 1, Term("Путин"), "ru").text == \
        "Цой Сон Хи нанесла визит вежливости Путину."
    target = "Он посетил музей ."  # no verb of giving: the museum of ...
    assert insert_term(target, len(target) - 1, Term("Ким Ир Сен", forms={"gent": "Ким Ир Сена"}), "ru").text == \
        "Он посетил музей Ким Ир Сена."


def test_insertion_at_the_cursor_replaces_nothing():
    result = insert_term("블라디미르 러시아 대통령", 6, Term("블라디미르 푸틴 대통령"), "ko")
    assert result.text == "블라디미르 블라디미르 푸틴 대통령 러시아 대통령"
    assert insert_term("Путин посетил Пьонгянг.", 14, Term("Пхеньян"), "ru").text.endswith("Пхеньян Пьонгянг.")


def test_korean_particle_is_fitted_to_the_new_term():
    result = insert_term("북한은 발표했다.", 1, Term("조선민주주의인민공화국"), "ko", selection=(0, 2))
    assert result.text == "조선민주주의인민공화국은 발표했다."
    assert insert_term("북조선을 방문했다.", 0, Term("평양"), "ko", selection=(0, 4)).text == "평양을 방문했다."
    assert insert_term("서울은 크다.", 0, Term("평양"), "ko", selection=(0, 2)).text == "평양은 크다."
    assert insert_term("평양은 크다.", 0, Term("모스크바"), "ko", selection=(0, 3)).text == "모스크바는 크다."


def test_a_korean_terms_own_last_syllable_is_never_a_particle():
    assert insert_term("김정은 북한 국무위원장이", 0, Term("김정은 국무위원장"), "ko",
                       selection=(0, 3)).text == "김정은 국무위원장 북한 국무위원장이"
    assert insert_term("김정은 위원장이", 0, Term("최선희"), "ko", selection=(0, 3),
                       terms=["김정은"]).text == "최선희 위원장이"


def test_a_korean_words_last_syllable_that_only_looks_like_an_ending_stays():
    """나, 다, 자 end nouns (우크라이나, 캐나다, 동반자) far more often than they are endings: only a case
    particle (은, 에서는, 으로...) is moved off the selected word (terms.korean.case_particle)."""
    assert insert_term("우크라이나 정부", 0, Term("조선"), "ko", selection=(0, 5)).text == "조선 정부"
    assert insert_term("캐나다와 미국", 0, Term("로씨야"), "ko", selection=(0, 4)).text == "로씨야와 미국"
    assert insert_term("모스크바에서는 비가", 0, Term("평양"), "ko", selection=(0, 7)).text == "평양에서는 비가"


def test_no_space_after_an_opening_bracket_or_quote():
    assert insert_term("агентством ().", 12, Term("ЦТАК", indeclinable=True), "ru").text == "агентством (ЦТАК)."
    assert insert_term('담화는 "', 5, Term("조선 인민"), "ko").text == '담화는 "조선 인민'
    assert insert_term("сообщило «»", 10, Term("ЦТАК", indeclinable=True), "ru").text == "сообщило «ЦТАК»"
    assert insert_term("сообщило", 8, Term("ЦТАК", indeclinable=True), "ru").text == "сообщило ЦТАК"


def test_selection_is_replaced():
    result = insert_term("visit North Korea now", 0, Term("DPRK"), "ru", selection=(6, 17))
    assert result.text.startswith("visit ") and "North" not in result.text
