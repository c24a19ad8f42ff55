"""A deterministic stand-in for a translation model: fixed outputs and fixed n-best lists.

For tests whose assertions (SVG snapshots above all) must not depend on one CPU's numerics: an int8
CTranslate2 model gives other text on another machine. Tests that prove the real demo model works
assert properties of its output instead (see tests/tui/test_demo_model.py).

`StubTranslator.seed(locale)` knows the bundled seed article's 16 segments in Russian and Korean,
with a few deliberate terminology errors so that violations and fixes show; any other source comes
back as a marked copy of itself.
"""

from __future__ import annotations

from typing import Sequence

from workbench.engine.base import Alignment, Hypothesis, Translation

SEED_RU = (
    ("Путин выразил готовность в ближайшее время посетить Pyongyang, сообщила Северная Корея",
     "Путин готов в ближайшее время посетить Пхеньян, заявила Северная Корея"),
    ("Президент России Владимир Путин и лидер Северной Кореи Ким Чен Ын посещают космодром Восточный "
     "в Амурской области на Дальнем Востоке России, 13 сентября 2023 года.",),
    ("Рейтер-Рёнхап",),
    ("Северная Корея в воскресенье заявила, что президент России Владимир Путин выразил готовность "
     "в ближайшее время посетить Пхеньян и что страна готова «с величайшей искренностью встретить "
     "самого близкого друга корейского народа».",),
    ("Аппарат помощника министра иностранных дел КНДР сделал это заявление, распространенное "
     "государственным Центральным телеграфным агентством Кореи (ЦТАК), через два дня после того, как "
     "министр иностранных дел Чхве Сон Хи вернулась из поездки в Москву.",),
    ("«Президент Путин вновь выразил глубокую благодарность за приглашение Председателя Государственных "
     "дел КНДР Ким Чен Ына посетить Пхеньян в удобное время и выразил готовность в ближайшее время "
     "посетить КНДР», — сообщило ЦТАК.",),
    ("КНДР — это сокращение от Корейской Народно-Демократической Республики, официального названия "
     "Северной Кореи.",),
    ("Визит Цой Сон Хи в Россию состоялся на фоне стремления двух стран укрепить военное сотрудничество: "
     "Северная Корея поставляет России оружие для войны против Украины в обмен на техническую помощь "
     "России оружейным программам Пхеньяна.",),
    ("Цой Сон Хи встретилась со своим российским коллегой Сергеем Лавровым и нанесла визит вежливости "
     "Путину.",),
    ("Аппарат помощника Цой Сон Хи отметил, что Путин поблагодарил северокорейского лидера Ким Чен Ына "
     "за приглашение посетить Пхеньян и что российский лидер «выразил готовность в ближайшее время "
     "посетить КНДР».",),
    ("«Правительство КНДР тепло приветствует визит президента Путина в Пхеньян и готово с величайшей "
     "искренностью встретить самого близкого друга корейского народа», — говорится в заявлении.",),
    ("В пятницу пресс-секретарь Кремля Дмитрий Песков заявил, что визит Путина в Северную Корею "
     "обсуждается сторонами «по дипломатическим каналам».",),
    ("В последний раз Путин посещал эту страну в июле 2000 года.",),  # North Korea dropped: unfixable
    ("Аппарат помощника министра иностранных дел КНДР сообщил, что Pyongyang и Москва «достигли единства "
     "взглядов» по региональным и международным вопросам, касающимся Корейского полуострова и "
     "Северо-Восточной Азии.",),
    ("«Обе стороны признали, что дружественные отношения между Корейской Народно-Демократической "
     "Республикой и Российской Федерацией служат мощной стратегической крепостью в защите международного "
     "мира и безопасности и построении многополярного мира», — говорится в заявлении.",),
    ("В заявлении также говорится, что Россия поблагодарила Северную Корею «за полную поддержку и "
     "солидарность с позицией российского правительства и народа в отношении специальной военной "
     "операции на Украине». (Рёнхап)",),
)

SEED_KO = (
    ("푸틴, 이른 시일 내 Pyongyang 방문 의향 표명: 북한", "북한 \"푸틴, 이른 시일 내 평양 방문 의향 표명\""),
    ("블라디미르 푸틴 러시아 대통령과 김정은 북한 국무위원장이 2023년 9월 13일 러시아 극동 아무르주의 "
     "보스토치니 우주기지를 방문하고 있다.",),
    ("로이터=연합뉴스",),
    ("북한은 일요일 블라디미르 푸틴 러시아 대통령이 이른 시일 안에 평양을 방문할 용의를 표명했다며 \"조선 "
     "인민의 가장 가까운 벗을 최대의 성의를 다하여 맞이할\" 준비가 돼 있다고 밝혔다.",),
    ("북한 외무상 보좌관실은 최선희 외무상이 모스크바 방문을 마치고 돌아온 지 이틀 만에 관영 조선중앙통신을 "
     "통해 발표한 담화에서 이같이 밝혔다.",),
    ("조선중앙통신은 \"푸틴 대통령은 편리한 시기에 평양을 방문해 달라는 김정은 국무위원장의 초청에 다시 "
     "한번 깊은 사의를 표하고 조선민주주의인민공화국을 이른 시일 안에 방문할 용의를 표명했다\"고 전했다.",),
    ("DPRK는 북한의 공식 국호인 조선민주주의인민공화국의 영문 약칭이다.",),
    ("최 외무상의 러시아 방문은 양국이 군사협력 강화를 모색하는 가운데 이뤄졌으며, 북한은 평양의 무기 "
     "개발 계획에 대한 러시아의 기술 지원을 대가로 우크라이나 전쟁에 쓰일 무기를 러시아에 공급해 왔다.",),
    ("최 외무상은 러시아 측 카운터파트인 세르게이 라브로프 외무장관과 회담하고 푸틴 대통령을 예방했다.",),
    ("최 외무상 보좌관실은 푸틴 대통령이 평양 방문을 초청한 김정은 북한 국무위원장에게 사의를 표했으며 "
     "\"조선민주주의인민공화국을 이른 시일 안에 방문할 용의를 표명했다\"고 언급했다.",),
    ("담화는 \"조선민주주의인민공화국 정부는 푸틴 대통령의 평양 방문을 열렬히 환영하며 조선 인민의 가장 "
     "가까운 벗을 최대의 성의를 다하여 맞이할 준비가 돼 있다\"고 밝혔다.",),
    ("드미트리 페스코프 크렘린궁 대변인은 금요일 푸틴 대통령의 북한 방문이 \"외교 채널을 통해\" 양측 간에 "
     "논의되고 있다고 말했다.",),
    ("푸틴 대통령은 2000년 7월 마지막으로 북한을 방문했다.",),
    ("북한 외무상 보좌관실은 Pyongyang과 모스크바가 한반도와 동북아시아에 관련한 지역 및 국제 문제들에서 "
     "\"견해 일치를 보았다\"고 밝혔다.",),
    ("담화는 \"쌍방은 조선민주주의인민공화국과 러시아연방 사이의 친선협력 관계가 국제 평화와 안전을 "
     "수호하고 다극화된 세계의 건설을 추동하는 데서 강력한 전략적 보루가 된다는 것을 인정했다\"고 밝혔다.",),
    ("담화는 또 러시아가 \"우크라이나에서의 특별군사작전에 대한 러시아 정부와 인민의 입장에 전적인 지지와 "
     "연대를 보내준 데 대해\" 북한에 사의를 표했다고 밝혔다. (연합뉴스)",),
)

_SEED_TABLES = {"ru": SEED_RU, "ko": SEED_KO}


class StubTranslator:
    """A `Translator` with fixed outputs: `table` maps a source to its hypotheses, best first.

    Unknown sources come back as "[xx] source" (xx the target language), one hypothesis. Scores are
    fixed too: hypothesis k of a table entry scores -0.1·(k+1); any other target scores lower the more
    its length differs from the best hypothesis. Alignments are unknown (-1), as for a model that has
    no alignment head.
    """

    source_lang = "en"
    description = "stub translator (fixed outputs, for tests)"

    def __init__(self, table: dict[str, Sequence[str]], target_lang: str, *, is_demo: bool = True) -> None:
        self.table = {source: tuple(hyps) for source, hyps in table.items()}
        self.target_lang = target_lang
        self.is_demo = is_demo
        self.model_id = f"stub-en_{target_lang}@1.0#0"
        self.calls: list[list[str]] = []

    @classmethod
    def seed(cls, locale: str, **kwargs) -> "StubTranslator":
        """The bundled seed article's segments (in document order) with fixed Russian or Korean outputs."""
        from workbench.segment import read_source
        from tests.conftest import SEED

        language = locale.split("-")[0]
        texts = [segment.text for segment in read_source(SEED).segments]
        return cls(dict(zip(texts, _SEED_TABLES[language], strict=True)), language, **kwargs)

    def _hypotheses(self, source: str) -> tuple[str, ...]:
        return self.table.get(source) or (f"[{self.target_lang}] {source}",)

    def translate_batch(self, sources: Sequence[str], *, num_hypotheses: int = 1,
                        beam_size: int | None = None) -> list[Translation]:
        self.calls.append(list(sources))
        out = []
        for source in sources:
            texts = self._hypotheses(source)[:num_hypotheses] if source.strip() else ()
            out.append(Translation(source, tuple(Hypothesis(text, -0.1 * (k + 1), tuple(text.split()))
                                                 for k, text in enumerate(texts))))
        return out

    def score(self, sources: Sequence[str], targets: Sequence[str]) -> list[float]:
        scores = []
        for source, target in zip(sources, targets, strict=True):
            hyps = self._hypotheses(source)
            known = hyps.index(target) if target in hyps else None
            scores.append(-0.1 * (known + 1) if known is not None
                          else -1.0 - abs(len(target) - len(hyps[0])) / 100)
        return scores

    def translate_with_prefix(self, sources: Sequence[str], target_prefixes: list[str]) -> list[Translation]:
        out = []
        for source, prefix in zip(sources, target_prefixes, strict=True):
            best = self._hypotheses(source)[0]
            text = best if best.startswith(prefix) else prefix.rstrip() + " " + best[len(prefix):].lstrip()
            out.append(Translation(source, (Hypothesis(text, -0.1, tuple(text.split())),)))
        return out

    def alignments(self, sources: Sequence[str], targets: Sequence[str]) -> list[Alignment]:
        return [Alignment(tuple(s.split()), tuple(t.split()), tuple(-1 for _ in t.split()))
                for s, t in zip(sources, targets, strict=True)]
