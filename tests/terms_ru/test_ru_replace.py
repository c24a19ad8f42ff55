"""case_candidates() from prepositions and form ambiguity; replace_with() puts the term in the right case."""

from __future__ import annotations

import pytest

from glossary.model import Term
from workbench.terms.russian import Occurrence, case_candidates, find_term, find_text, replace_with

from . import terms as T


def _only(found):
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("sentence, term, best", [
    ("Переговоры в КНДР.", T.DPRK, "loct"),
    ("Делегация из КНДР.", T.DPRK, "gent"),
    ("Поставки для КНДР.", T.DPRK, "gent"),
    ("Путь к КНДР.", T.DPRK, "datv"),
    ("Сотрудничество с КНДР.", T.DPRK, "ablt"),
    ("Речь шла о КНДР.", T.DPRK, "loct"),
    ("Граница между КНДР и Россией.", T.DPRK, "ablt"),
    ("Санкции против КНДР.", T.DPRK, "gent"),
    ("Поезд прибыл в Пхеньян.", T.PYONGYANG, "accs"),        # в + a nominative-looking form: direction
    ("Он вернулся в Пхеньян.", T.PYONGYANG, "accs"),
    ("Он был в Пхеньяне.", T.PYONGYANG, "loct"),
    ("Встреча у Ким Чен Ына.", T.KIM, "gent"),
    ("Он поздравил Ким Чен Ына.", T.KIM, "accs"),             # transitive verb: поздравить кого (accusative)
    ("Рейс задержали из-за Пхеньяна.", T.PYONGYANG, "gent"),
    ("Он приехал с Сергеем Лавровым.", T.LAVROV, "ablt"),
    ("Письмо по Пхеньяну.", T.PYONGYANG, "datv"),
    ("Встреча в «Пхеньяне».", T.PYONGYANG, "loct"),
])
def test_best_case_from_preposition(sentence, term, best):
    assert case_candidates(sentence, _only(find_term(sentence, term)))[0] == best


def test_preposition_ranks_but_keeps_form_ambiguity():
    sentence = "Он поздравил Ким Чен Ына."
    # The verb governs the accusative; the genitive (same form) stays as the second reading.
    assert case_candidates(sentence, _only(find_term(sentence, T.KIM))) == ["accs", "gent"]
    sentence = "Письмо для Северной Корее."
    occ = _only(find_text(sentence, "Северная Корея"))
    # для wants the genitive, which this form cannot be: the form's own cases remain.
    assert case_candidates(sentence, occ) == ["datv", "loct"]


@pytest.mark.parametrize("sentence, wrong, cases", [
    ("Он вернулся в Пхеньян.", "Пхеньян", ["accs"]),              # the form could be nominative too
    ("Письмо для Пхеньяна.", "Пхеньяна", ["gent"]),
    ("Он был в Pyongyang.", "Pyongyang", ["loct", "accs"]),       # nothing to read off a Latin leftover
    ("Он был у Pyongyang.", "Pyongyang", ["gent"]),
])
def test_after_a_preposition_only_the_cases_it_governs_remain(sentence, wrong, cases):
    start = sentence.index(wrong)
    occ = Occurrence(start, start + len(wrong), wrong, None, None)
    assert case_candidates(sentence, occ) == cases


def test_a_latin_leftover_takes_only_what_its_context_governs_and_any_case_where_nothing_does():
    """Its form says no case: a model's score must not pick one the context rules out (поздравил Пхеньян)."""
    sentence = "Он поздравил Pyongyang."
    start = sentence.index("Pyongyang")
    assert case_candidates(sentence, Occurrence(start, start + 9, "Pyongyang", None, None)) == ["accs", "gent"]
    sentence = "Вчера Pyongyang ответил."  # an adverb before it governs nothing: every case is open
    start = sentence.index("Pyongyang")
    cases = case_candidates(sentence, Occurrence(start, start + 9, "Pyongyang", None, None))
    assert cases[0] == "nomn" and len(cases) == 6


def test_indeclinable_without_preposition_offers_every_case_nominative_first():
    sentence = "КНДР заявила о готовности."
    assert case_candidates(sentence, _only(find_term(sentence, T.DPRK)))[0] == "nomn"


def test_occurrence_built_elsewhere_is_parsed():
    sentence = "Визит в Северную Корею."
    occ = Occurrence(8, 22, "Северную Корею", None, None)
    assert case_candidates(sentence, occ)[0] == "accs"


@pytest.mark.parametrize("sentence, wrong, term, expected", [
    ("Визит в Северной Корее завершён.", "Северная Корея", T.DPRK, "Визит в КНДР завершён."),
    ("Северная Корея заявила протест.", "Северная Корея", T.DPRK, "КНДР заявила протест."),
    ("Ким Чон Ыну передали послание.", "Ким Чон Ын", T.KIM, "Ким Чен Ыну передали послание."),
    ("Путин встретился с Ким Чон Ыном.", "Ким Чон Ын", T.KIM, "Путин встретился с Ким Чен Ыном."),
    ("Лавров прибыл к Ким Чон Ыну.", "Ким Чон Ын", T.KIM, "Лавров прибыл к Ким Чен Ыну."),
    ("Переговоры с президентом Государственных дел КНДР.", "президент Государственных дел КНДР", T.PRESIDENT,
     "Переговоры с Председателем Государственных дел КНДР."),
    ("Послание президенту Государственных дел КНДР.", "президент Государственных дел КНДР", T.PRESIDENT,
     "Послание Председателю Государственных дел КНДР."),
    ("Заявила Чхве Сон Хи.", "Чхве Сон Хи", T.CHOE, "Заявила Цой Сон Хи."),
    ("Делегация прибыла из Северной Кореи.", "Северная Корея", T.DPRK_FULL,
     "Делегация прибыла из Корейской Народно-Демократической Республики."),
    ("Ракета упала на Северную Корею.", "Северная Корея", T.DPRK_FULL,
     "Ракета упала на Корейскую Народно-Демократическую Республику."),
    ("Речь шла о Северной Корее.", "Северная Корея", T.DPRK_FULL,
     "Речь шла о Корейской Народно-Демократической Республике."),
    ("Он сказал. министр иностранных дел прибыл.", "министр иностранных дел", T.FOREIGN_MINISTER,
     "Он сказал. Министр иностранных дел прибыл."),
])
def test_replace_with(sentence, wrong, term, expected):
    assert replace_with(sentence, _only(find_text(sentence, wrong)), term) == expected


def test_replace_lowercases_nothing_mid_sentence():
    sentence = "Он встретил Председателя Государственных дел КНДР."
    occ = _only(find_term(sentence, T.PRESIDENT))
    assert replace_with(sentence, occ, T.FOREIGN_MINISTER) == "Он встретил министра иностранных дел."


def test_replace_keeps_plural():
    sentence = "Итоги специальных военных операций."
    occ = _only(find_term(sentence, T.SMO))
    assert replace_with(sentence, occ, Term("миротворческая миссия")) == "Итоги миротворческих миссий."


def test_replace_uses_second_locative_after_v():
    sentence = "Отдых в Таврической губернии."
    occ = _only(find_text(sentence, "Таврическая губерния"))
    assert replace_with(sentence, occ, Term("Крым")) == "Отдых в Крыму."
    sentence = "Речь о Таврической губернии."
    occ = _only(find_text(sentence, "Таврическая губерния"))
    assert replace_with(sentence, occ, Term("Крым")) == "Речь о Крыме."
