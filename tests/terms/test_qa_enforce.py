"""Terminology QA and enforcement on hand-picked traps (Russian cases, Korean particles, claims, checks)."""

from __future__ import annotations

import pytest

from glossary import yamlio
from workbench.terms.enforce import Enforcer
from workbench.terms.korean import fix_particle
from workbench.terms.qa import TermQA


@pytest.fixture(scope="module")
def glossary():
    return yamlio.load(yamlio.bundled_path())


def statuses(report):
    return {t.matched: t.status for t in report.terms}


def test_russian_oblique_cases_are_accepted(glossary):
    qa = TermQA(glossary, "ru")
    report = qa.check("Putin sent a letter to President of the State Affairs Kim Jong Un in Pyongyang.",
                      "Путин направил письмо Председателю Государственных дел КНДР Ким Чен Ыну в Пхеньяне.")
    assert set(statuses(report).values()) == {"ok"}


def test_russian_deprecated_form_is_named_and_fixed_in_the_same_case(glossary):
    report = TermQA(glossary, "ru").check("Talks with the DPRK ended.", "Переговоры с Северной Кореей завершились.")
    assert statuses(report) == {"DPRK": "deprecated"}
    assert report.terms[0].found == "Северной Кореей"
    result = Enforcer(glossary, "ru").enforce("Talks with the DPRK ended.", "Переговоры с Северной Кореей завершились.")
    assert result.target == "Переговоры с КНДР завершились."
    assert [c.as_json() for c in result.changes] == [
        {"id": "dprk", "from": "Северной Кореей", "to": "КНДР", "method": "deprecated-form"}]


def test_korean_particles_follow_the_new_last_syllable(glossary):
    enforcer = Enforcer(glossary, "ko")
    result = enforcer.enforce("The DPRK said the KCNA report was true.", "북한은 KCNA가 보도한 내용이 사실이라고 밝혔다.")
    assert result.target == "조선민주주의인민공화국은 조선중앙통신이 보도한 내용이 사실이라고 밝혔다."
    assert not result.unresolved
    assert fix_particle("서울", "으로") == "로" and fix_particle("평양", "로") == "으로"
    assert fix_particle("DPRK", "은") == "는" and fix_particle("2010", "이다") == "이다"


def test_a_short_term_is_not_found_inside_a_longer_term_of_another_entry(glossary):
    # ko-KP renders North Korea as 조선; 조선중앙통신 (KCNA) must not count as that rendering.
    report = TermQA(glossary, "ko-KP").check("North Korea's KCNA reported it.", "조선중앙통신이 보도하였다.")
    assert statuses(report)["North Korea"] == "missing"
    assert statuses(report)["KCNA"] == "ok"


def test_each_mention_in_the_source_needs_its_own_rendering(glossary):
    qa = TermQA(glossary, "ko")
    report = qa.check("Putin met Kim Jong Un. Putin left.", "푸틴은 김정은을 만난 뒤 떠났다.")
    assert [t.status for t in report.terms if t.id == "putin"] == ["ok", "missing"] and not report.ok
    assert qa.check("Putin met Kim Jong Un. Putin left.", "푸틴은 김정은을 만났다. 푸틴은 떠났다.").ok


def test_a_deprecated_form_beside_the_preferred_one_is_a_violation(glossary):
    report = TermQA(glossary, "ru").check("The DPRK position is clear.", "Позиция КНДР ясна, Северная Корея.")
    assert [(t.status, t.found) for t in report.terms] == [("ok", "КНДР"), ("deprecated", "Северная Корея")]


def test_untranslated_latin_and_missing_are_distinguished(glossary):
    qa = TermQA(glossary, "ru")
    assert statuses(qa.check("The KCNA said so.", "KCNA так сообщило."))["KCNA"] == "untranslated"
    assert statuses(qa.check("Lavrov met Choe Son Hui.", "Лавров провел встречу."))["Choe Son Hui"] == "missing"


def test_already_correct_text_is_never_changed(glossary):
    source = "Foreign Minister Choe Son Hui returned from Moscow."
    target = "Министр иностранных дел Цой Сон Хи вернулась из Москвы."
    result = Enforcer(glossary, "ru").enforce(source, target)
    assert result.target == target and not result.changes and not result.unresolved


def test_what_cannot_be_fixed_is_reported_unresolved(glossary):
    result = Enforcer(glossary, "ko").enforce("Choe Son Hui met Lavrov.", "그는 라브로프 장관을 만났다.")
    assert [u.id for u in result.unresolved] == ["choe-son-hui"]
    assert result.target == "그는 라브로프 장관을 만났다."


@pytest.mark.parametrize("locale, target, kinds", [
    ("ko", "러시아, 2023년 9월 13일", []),
    ("ru", "Россия, 13 сентября 2023 года", []),
    ("ru", "Россия, 12 сентября 2023 года", ["date"]),
])
def test_dates_are_compared_as_values(glossary, locale, target, kinds):
    report = TermQA(glossary, locale).check("Russia, Sept. 13, 2023", target)
    assert [i.kind for i in report.issues if i.kind in ("date", "number")] == kinds
    if kinds:
        assert report.issues[0].fix.startswith("13 сентября 2023")


def test_suspicious_characters_are_reported(glossary):
    report = TermQA(glossary, "ru").check("the Vostochny ?osmodrome", "космодром Восточный")
    assert any(i.kind == "suspicious-character" and "?osmodrome" in i.message for i in report.issues)


def test_inside_mt_a_hypothesis_that_satisfies_the_glossary_wins_and_the_change_is_reported(glossary):
    from workbench.engine.base import Hypothesis, Translation

    source = "Talks with the DPRK ended."
    translation = Translation(source, (Hypothesis("Переговоры с Северной Кореей завершились.", -0.1),
                                       Hypothesis("Переговоры с КНДР завершились.", -0.2)))
    result = Enforcer(glossary, "ru").enforce_translation(translation)
    assert result.target == "Переговоры с КНДР завершились."
    assert [c.as_json() for c in result.changes] == [
        {"id": "dprk", "from": "Северной Кореей", "to": "КНДР", "method": "n-best"}]


def test_only_the_candidates_that_fix_the_most_terms_are_scored_by_the_model(glossary):
    from pathlib import Path

    from workbench.engine.argos import ArgosTranslator
    from workbench.terms.repair import Candidate

    class Recording(ArgosTranslator):
        asked: list

        def score(self, sources, targets):
            self.asked.append(list(targets))
            return super().score(sources, targets)

    demo = Path(__file__).resolve().parents[2] / "workbench" / "demo" / "packages" / "translate-en_ru-demo.argosmodel"
    translator = Recording.from_path(demo)
    translator.asked = []
    source = "Talks with the DPRK ended in Pyongyang."
    two = ["Переговоры с КНДР завершились в Пхеньяне.", "Переговоры с КНДР завершились в Пхеньяна."]
    pools = [(source, [Candidate(two[0], fixed=2), Candidate("Переговоры с КНДР завершились.", fixed=1),
                       Candidate(two[1], fixed=2)]),
             (source, [Candidate("Переговоры с КНДР завершились.", fixed=1), Candidate(two[1], fixed=0)])]
    scores = Enforcer(glossary, "ru", translator)._scores(pools)
    assert translator.asked == [two]  # one call; the candidates that fix fewer terms never reach the model
    assert scores[0][1] == float("-inf") and scores[1] is None
    assert [scores[0][0], scores[0][2]] == translator.score([source, source], two)
