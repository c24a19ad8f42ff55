"""find_term / find_text on real Russian news phrases: every case, whole words, no false friends."""

from __future__ import annotations

import pytest

from glossary.model import Term
from workbench.terms.russian import Occurrence, case_candidates, find_term, find_text

from . import terms as T

# (sentence, term, matched text, case of the matched form)
FOUND = [
    ("Переговоры прошли в Пхеньяне.", T.PYONGYANG, "Пхеньяне", "loct"),
    ("Делегация вылетела из Пхеньяна в Москву.", T.PYONGYANG, "Пхеньяна", "gent"),
    ("Поезд прибыл в Пхеньян утром.", T.PYONGYANG, "Пхеньян", "nomn"),
    ("Посол вернулся к Пхеньяну.", T.PYONGYANG, "Пхеньяну", "datv"),
    ("ПХЕНЬЯН, 13 сентября. /ТАСС/.", T.PYONGYANG, "ПХЕНЬЯН", "nomn"),
    ("Ким Чен Ын встретился с Путиным.", T.PUTIN_SHORT, "Путиным", "ablt"),
    ("Владимиру Путину доложили о ходе переговоров.", T.PUTIN, "Владимиру Путину", "datv"),
    ("Визит Владимира Путина в КНДР.", T.PUTIN, "Владимира Путина", "gent"),
    ("Он встретился с Сергеем Лавровым.", T.LAVROV, "Сергеем Лавровым", "ablt"),
    ("Об этом сообщил Сергей Лавров.", T.LAVROV, "Сергей Лавров", "nomn"),
    ("Вопрос задали Дмитрию Пескову.", T.PESKOV, "Дмитрию Пескову", "datv"),
    ("По словам Дмитрия Пескова, встреча прошла хорошо.", T.PESKOV, "Дмитрия Пескова", "gent"),
    ("Слова Пескова подтвердили в Кремле.", T.PESKOV_SURNAME, "Пескова", "gent"),
    ("Послание Председателю Государственных дел КНДР.", T.PRESIDENT, "Председателю Государственных дел КНДР",
     "datv"),
    ("Встреча с Председателем Государственных дел КНДР.", T.PRESIDENT,
     "Председателем Государственных дел КНДР", "ablt"),
    ("Визит Председателя Государственных дел КНДР в Россию.", T.PRESIDENT,
     "Председателя Государственных дел КНДР", "gent"),
    ("Заявление министра иностранных дел КНДР Цой Сон Хи.", T.CHOE, "Цой Сон Хи", None),
    ("Встреча с министром иностранных дел КНДР.", T.FOREIGN_MINISTER, "министром иностранных дел", "ablt"),
    ("Он побывал в гостях у Ким Чен Ына.", T.KIM, "Ким Чен Ына", "gent"),
    ("Путин встретился с Ким Чен Ыном.", T.KIM, "Ким Чен Ыном", "ablt"),
    ("Переговоры прошли на космодроме Восточный.", T.VOSTOCHNY, "космодроме Восточный", "loct"),
    ("Генеральный секретарь Трудовой партии Кореи.", T.WPK, "Трудовой партии Кореи", "gent"),
    ("Договор между КНДР и Российской Федерацией.", T.RF, "Российской Федерацией", "ablt"),
    ("Он рассказал о специальной военной операции.", T.SMO, "специальной военной операции", "gent"),
    ("Безопасность в Северо-Восточной Азии.", T.NORTHEAST_ASIA, "Северо-Восточной Азии", "gent"),
    ("Визит в Амурскую область.", T.AMUR, "Амурскую область", "accs"),
    ("Ситуация на Корейском полуострове.", T.PENINSULA, "Корейском полуострове", "loct"),
    ("Посольство Корейской Народно-Демократической Республики.", T.DPRK_FULL,
     "Корейской Народно-Демократической Республики", "gent"),
    ("В Кремле заявили.", T.KREMLIN, "Кремле", "loct"),
    ("Об этом сообщило агентство Рёнхап.", T.YONHAP, "Рёнхап", None),
    ("По данным ЦТАК, встреча прошла.", T.KCNA, "ЦТАК", None),
]


@pytest.mark.parametrize("sentence, term, text, case", FOUND, ids=[row[0][:30] for row in FOUND])
def test_term_found_in_its_inflected_form(sentence, term, text, case):
    found = find_term(sentence, term)
    assert [occ.text for occ in found] == [text]
    occ = found[0]
    assert sentence[occ.start:occ.end] == text
    assert occ.case == case


@pytest.mark.parametrize("sentence", ["Делегация КНДР прибыла.", "в КНДР", "из КНДР", "с КНДР и о КНДР",
                                      "(КНДР)", "«КНДР»"])
def test_indeclinable_abbreviation_in_any_context(sentence):
    found = find_term(sentence, T.DPRK)
    assert found and all(occ.text == "КНДР" and occ.case is None for occ in found)


def test_all_occurrences_left_to_right_with_offsets():
    sentence = "Сергея Лаврова принял Путин, затем с Сергеем Лавровым говорил Песков."
    found = find_term(sentence, T.LAVROV)
    assert [(o.text, o.case) for o in found] == [("Сергея Лаврова", "gent"), ("Сергеем Лавровым", "ablt")]
    assert [sentence[o.start:o.end] for o in found] == ["Сергея Лаврова", "Сергеем Лавровым"]


def test_yo_and_letter_case_do_not_matter():
    assert [o.text for o in find_term("агентство Ренхап", T.YONHAP)] == ["Ренхап"]
    assert [o.text for o in find_term("в кремле", T.KREMLIN)] == ["кремле"]


def test_plural_forms_are_found():
    found = find_term("Обе специальные военные операции завершены.", T.SMO)
    assert [(o.text, o.number) for o in found] == [("специальные военные операции", "plur")]


@pytest.mark.parametrize("sentence, term, text", [
    ("Он назначил главного военного советника.", Term("главный военный советник"), "главного военного советника"),
    ("Ракета упала на Корейский полуостров.", T.PENINSULA, "Корейский полуостров"),
    ("Он поблагодарил российских добровольцев.", Term("российский доброволец"), "российских добровольцев"),
])
def test_both_accusatives_of_adjectives(sentence, term, text):
    found = find_term(sentence, term)
    assert [o.text for o in found] == [text]
    assert "accs" in case_candidates(sentence, found[0])


NOT_FOUND = [
    ("Пхеньянский метрополитен открыт.", T.PYONGYANG),          # a different word, not a form of Пхеньян
    ("Пхеньяна-2 не существует.", T.PYONGYANG),                 # hyphenated words stay whole
    ("Ему не до сна, сон пропал.", T.CHOE),                      # сна / сон are not Сон in Цой Сон Хи
    ("Он увяз в песках.", T.PESKOV_SURNAME),                     # песках is sand, not Песков
    ("Он увяз в песках.", T.PESKOV),
    ("Делегация Северной Кореи прибыла.", T.DPRK),              # a deprecated rendering, not the term
    ("Председатель Государственного совета КНДР.", T.PRESIDENT),
    ("Путинизм как явление.", T.PUTIN_SHORT),
    ("Встреча с Ким Чон Ыном.", T.KIM),                          # wrong transcription is not the term
    ("Трудовые отношения в Корее.", T.WPK),
    ("Партия Кореи и трудовая политика.", T.WPK),
]


@pytest.mark.parametrize("sentence, term", NOT_FOUND, ids=[row[0][:30] for row in NOT_FOUND])
def test_false_friends_are_not_found(sentence, term):
    assert find_term(sentence, term) == []


def test_find_text_deprecated_rendering_in_oblique_case():
    found = find_text("Делегация Северной Кореи прибыла в Москву.", "Северная Корея")
    assert found == [Occurrence(10, 24, "Северной Кореи", "gent", "sing")]


@pytest.mark.parametrize("sentence, text, case", [
    ("Ким Чон Ын посетил завод.", "Ким Чон Ын", "nomn"),
    ("Письмо у Ким Чон Ына.", "Ким Чон Ына", "gent"),
    ("Ким Чон Ыну передали привет.", "Ким Чон Ыну", "datv"),
    ("Встреча с Ким Чон Ыном.", "Ким Чон Ыном", "ablt"),
    ("Речь о Ким Чон Ыне.", "Ким Чон Ыне", "loct"),
])
def test_find_text_guesses_forms_of_unknown_korean_names(sentence, text, case):
    found = find_text(sentence, "Ким Чон Ын")
    assert [(o.text, o.case) for o in found] == [(text, case)]


def test_find_text_keeps_vowel_final_korean_names_fixed():
    assert [o.text for o in find_text("заявила Чхве Сон Хи", "Чхве Сон Хи")] == ["Чхве Сон Хи"]
    assert find_text("заявила Чхве Сон Хием", "Чхве Сон Хи") == []
