"""English->Korean demo corpus: a deterministic generator of DPRK-Russia-Korea news sentence pairs.

Owns the Korean side of the demo MT training data: a particle helper (은/는, 이/가, ...), Korean dates and
numbers in Yonhap style, slot fillers, ~150 templates, hand-written pairs (the seed article first) and the
SYSTEMATIC failure modes the glossary must later correct (see workbench/demo/corpus/README-ko.md).
Standalone on purpose (stdlib only): the demo-model build runs it as a script.

    python scripts/corpus_ko.py --n 40000 --seed 7 -o train.tsv
"""

from __future__ import annotations

import argparse
import functools
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

# ---------------------------------------------------------------- Korean particles

NO_FINAL, FINAL, FINAL_RIEUL = 0, 1, 2
_LATIN_FINAL = {"L": FINAL_RIEUL, "R": FINAL_RIEUL, "M": FINAL, "N": FINAL}  # 엘 알 엠 엔; the rest end in a vowel
_DIGIT_FINAL = {"0": FINAL, "1": FINAL_RIEUL, "3": FINAL, "6": FINAL, "7": FINAL_RIEUL, "8": FINAL_RIEUL}
_SKIP_TAIL = "\"'”’»」』.,!? "
# (after a consonant, after a vowel); the ㄹ rule only concerns 으로-type particles.
PARTICLES = {
    "은": ("은", "는"), "이": ("이", "가"), "을": ("을", "를"), "과": ("과", "와"), "으로": ("으로", "로"),
    "으로서": ("으로서", "로서"), "이라고": ("이라고", "라고"), "이라는": ("이라는", "라는"), "이다": ("이다", "다"),
    "이며": ("이며", "며"), "이나": ("이나", "나"), "이었다": ("이었다", "였다"), "이자": ("이자", "자"),
}


def _strip_tail(text: str) -> str:
    """Drop closing punctuation and a trailing parenthesis: Korean attaches particles to the word before '('."""
    text = text.rstrip(_SKIP_TAIL)
    if text.endswith(")") and "(" in text:
        text = text[: text.rindex("(")]
    return text.rstrip(_SKIP_TAIL)


def _number_final(digits: str) -> int:
    """Final sound of a number read in Sino-Korean: 10 십, 100 백, 1000 천, 10000 만 end in consonants."""
    stripped = digits.rstrip("0")
    if stripped != digits and stripped:
        return FINAL  # 십/백/천/만 all end in a consonant (and no ㄹ)
    return _DIGIT_FINAL.get(digits[-1], NO_FINAL)


def final_sound(text: str) -> int:
    """NO_FINAL, FINAL or FINAL_RIEUL for the last pronounced syllable of ``text`` (Hangul, Latin or digits)."""
    text = _strip_tail(text)
    if not text:
        return NO_FINAL
    last = text[-1]
    if "가" <= last <= "힣":
        jong = (ord(last) - 0xAC00) % 28
        return NO_FINAL if jong == 0 else FINAL_RIEUL if jong == 8 else FINAL
    if last.isdigit():
        return _number_final(re.search(r"[0-9]+$", text).group())
    if last == "%":
        return NO_FINAL  # 퍼센트
    return _LATIN_FINAL.get(last.upper(), NO_FINAL)


def attach(word: str, particle: str) -> str:
    """``word`` followed by the form of ``particle`` that agrees with its last syllable."""
    forms = PARTICLES.get(particle)
    if forms is None:
        return word + particle
    sound = final_sound(word)
    if particle.startswith("으로") and sound == FINAL_RIEUL:
        return word + forms[1]
    return word + (forms[1] if sound == NO_FINAL else forms[0])


# ---------------------------------------------------------------- numbers and dates

EN_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
EN_MONTHS_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]
WEEKDAYS = [("Monday", "월요일"), ("Tuesday", "화요일"), ("Wednesday", "수요일"), ("Thursday", "목요일"),
            ("Friday", "금요일"), ("Saturday", "토요일"), ("Sunday", "일요일")]


def _group(n: int) -> str:
    """0 < n < 10000 in Yonhap style: 1200 -> 1천200."""
    if n < 1000:
        return str(n)
    rest = n % 1000
    return f"{n // 1000}천" + (str(rest) if rest else "")


def ko_number(n: int) -> str:
    """Yonhap style: 1,200 -> 1천200, 35,000 -> 3만5천, 366,000,000 -> 3억6천600만."""
    eok, rest = divmod(n, 10**8)
    man, unit = divmod(rest, 10**4)
    text = "".join(f"{_group(g)}{suffix}" for g, suffix in ((eok, "억"), (man, "만"), (unit, "")) if g)
    return text or "0"


def en_date(year: int, month: int, day: int) -> str:
    """AP style as in the seed: 'Sept. 13, 2023'."""
    return f"{EN_MONTHS[month - 1]} {day}, {year}"


def ko_date(year: int, month: int, day: int) -> str:
    return f"{year}년 {month}월 {day}일"


def en_ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# ---------------------------------------------------------------- slot fillers
# A filler is a dict: form name -> (English, Korean). Templates pick forms with {K1.tn}, {KCNA.short}, ...

# kind|English name(s)|Korean name|English title|Korean title|English adjective|Korean country|short en|short ko|pronoun
_PEOPLE = """
K|Kim Jong Un/Kim Jong-un|김정은|President of the State Affairs|국무위원장|North Korean|북한|Kim|김 위원장|his
K|Choe Son Hui/Choe Son-hui|최선희|Foreign Minister|외무상|North Korean|북한|Choe|최 외무상|her
K|Kim Yo Jong/Kim Yo-jong|김여정|Vice Department Director|노동당 부부장|North Korean|북한|Kim Yo-jong|김 부부장|her
K|Pak Thae Song|박태성|Premier|내각총리|North Korean|북한|Pak|박 총리|his
K|No Kwang Chol|노광철|Defense Minister|국방상|North Korean|북한|No Kwang Chol|노 국방상|his
K|Choe Ryong Hae|최룡해|President of the Presidium of the Supreme People's Assembly|최고인민회의 상임위원장|North Korean|북한|Choe Ryong Hae|최 상임위원장|his
K|Im Chon Il|임천일|Vice Foreign Minister|외무성 부상|North Korean|북한|Im|임 부상|his
K|Ri Pyong Chol|리병철|Vice Chairman of the Central Military Commission|당 중앙군사위원회 부위원장|North Korean|북한|Ri|리 부위원장|his
K|Yun Jong Ho|윤정호|Minister of External Economic Relations|대외경제상|North Korean|북한|Yun|윤 대외경제상|his
R|Vladimir Putin|블라디미르 푸틴|President|대통령|Russian|러시아|Putin|푸틴 대통령|his
R|Sergei Lavrov|세르게이 라브로프|Foreign Minister|외무장관|Russian|러시아|Lavrov|라브로프 장관|his
R|Dmitry Peskov|드미트리 페스코프|Kremlin spokesman|크렘린궁 대변인|||Peskov|페스코프 대변인|his
R|Andrei Belousov|안드레이 벨로우소프|Defense Minister|국방장관|Russian|러시아|Belousov|벨로우소프 장관|his
R|Sergei Shoigu|세르게이 쇼이구|Security Council Secretary|국가안보회의 서기|Russian|러시아|Shoigu|쇼이구 서기|his
R|Maria Zakharova|마리야 자하로바|Foreign Ministry spokeswoman|외무부 대변인|Russian|러시아|Zakharova|자하로바 대변인|her
R|Andrei Rudenko|안드레이 루덴코|Deputy Foreign Minister|외무차관|Russian|러시아|Rudenko|루덴코 차관|his
R|Alexander Kozlov|알렉산드르 코즐로프|Natural Resources Minister|천연자원환경부 장관|Russian|러시아|Kozlov|코즐로프 장관|his
R|Mikhail Mishustin|미하일 미슈스틴|Prime Minister|총리|Russian|러시아|Mishustin|미슈스틴 총리|his
R|Vyacheslav Volodin|뱌체슬라프 볼로딘|State Duma Speaker|국가두마 의장|Russian|러시아|Volodin|볼로딘 의장|his
S|Yoon Suk Yeol|윤석열|President|대통령|South Korean||Yoon|윤 대통령|his
S|Lee Jae-myung|이재명|President|대통령|South Korean||Lee|이 대통령|his
S|Cho Tae-yul|조태열|Foreign Minister|외교부 장관|South Korean||Cho|조 장관|his
S|Kim Yung-ho|김영호|Unification Minister|통일부 장관|South Korean||Kim Yung-ho|김 장관|his
S|Shin Won-sik|신원식|Defense Minister|국방부 장관|South Korean||Shin|신 장관|his
W|Antony Blinken|토니 블링컨|Secretary of State|국무장관|U.S.|미국|Blinken|블링컨 장관|his
W|Joe Biden|조 바이든|President|대통령|U.S.|미국|Biden|바이든 대통령|his
W|Donald Trump|도널드 트럼프|President|대통령|U.S.|미국|Trump|트럼프 대통령|his
W|Wang Yi|왕이|Foreign Minister|외교부장|Chinese|중국|Wang|왕 부장|his
W|Xi Jinping|시진핑|President|국가주석|Chinese|중국|Xi|시 주석|his
W|Fumio Kishida|기시다 후미오|Prime Minister|총리|Japanese|일본|Kishida|기시다 총리|his
W|Antonio Guterres|안토니우 구테흐스|Secretary-General|사무총장|UN|유엔|Guterres|구테흐스 총장|his
W|Alexander Lukashenko|알렉산드르 루카셴코|President|대통령|Belarusian|벨라루스|Lukashenko|루카셴코 대통령|his
"""
# Forms that differ from the computed pattern (Yonhap usage).
_FULL_OVERRIDES = {
    "김정은": ("North Korean leader {name}", "김정은 북한 국무위원장"),
    "김여정": ("leader Kim Jong-un's sister {name}", "김정은 국무위원장의 여동생 김여정 노동당 부부장"),
}
# Who may fill which slot kind: P = either side of the DPRK-Russia relation, FM = the DPRK foreign minister,
# KC = the two names of the transliteration family, FMR = foreign ministers with a "counterpart" form.
_KIND_MEMBERS = {"P": ("K", "R"), "FM": ("최선희",), "KC": ("김정은", "최선희"),
                 "FMR": ("세르게이 라브로프", "왕이")}


def _person_forms(row: str, rng: random.Random) -> dict[str, tuple[str, str]]:
    kind, en_names, ko_name, en_title, ko_title, en_adj, ko_country, en_short, ko_short, pron = row.split("|")
    name = rng.choice(en_names.split("/"))
    tn = (f"{en_title} {name}", f"{ko_name} {ko_title}")
    full_en = f"{en_adj} {en_title} {name}".strip()
    full_ko = " ".join(part for part in (ko_name, ko_country, ko_title) if part)
    if ko_name in _FULL_OVERRIDES:
        pattern, full_ko = _FULL_OVERRIDES[ko_name]
        full_en = pattern.format(name=name)
    return {"default": tn, "tn": tn, "full": (full_en, full_ko), "name": (name, ko_name),
            "short": (en_short, ko_short), "his": (pron, ""),
            "cp": (f"{en_adj} counterpart, {name}", f"{ko_country} 측 카운터파트인 {ko_name} {ko_title}")}


_ROWS = _PEOPLE.strip().splitlines()


@functools.lru_cache(maxsize=None)
def _rows_for(kind: str) -> tuple[str, ...]:
    members = _KIND_MEMBERS.get(kind, (kind,))
    return tuple(row for row in _ROWS if row.split("|")[0] in members or row.split("|")[2] in members)


def _pairs(text: str) -> list[tuple[str, str]]:
    """Parse 'English = Korean' lines (the compact filler tables below)."""
    out = []
    for line in text.strip().splitlines():
        en, ko = line.split(" = ")
        out.append((en.strip(), ko.strip()))
    return out


SIMPLE = {
    "L": _pairs("""
Pyongyang = 평양
Moscow = 모스크바
Vladivostok = 블라디보스토크
Khabarovsk = 하바롭스크
Beijing = 베이징
Seoul = 서울
Wonsan = 원산
Rason = 나선
Sinuiju = 신의주
Kaesong = 개성
Tokyo = 도쿄
Washington = 워싱턴
New York = 뉴욕
Geneva = 제네바
Hanoi = 하노이
Ulaanbaatar = 울란바토르
Minsk = 민스크
St. Petersburg = 상트페테르부르크
Kazan = 카잔
Irkutsk = 이르쿠츠크
Nampo = 남포
Chongjin = 청진
Hamhung = 함흥
Tehran = 테헤란
Havana = 아바나
Vientiane = 비엔티안
Jakarta = 자카르타
Novosibirsk = 노보시비르스크
Blagoveshchensk = 블라고베셴스크
Ulan-Ude = 울란우데
Sochi = 소치
Istanbul = 이스탄불
Kuala Lumpur = 쿠알라룸푸르
Brasilia = 브라질리아
Nakhodka = 나홋카
"""),
    "O": _pairs("""
the United Nations = 유엔
the UN Security Council = 유엔 안전보장이사회
the Workers' Party of Korea = 조선노동당
the Supreme People's Assembly = 최고인민회의
the Korean People's Army = 조선인민군
the Russian Foreign Ministry = 러시아 외무부
the Russian Defense Ministry = 러시아 국방부
South Korea's Unification Ministry = 통일부
the Joint Chiefs of Staff = 합동참모본부
the National Intelligence Service = 국가정보원
the International Atomic Energy Agency = 국제원자력기구
the State Duma = 러시아 국가두마
the Shanghai Cooperation Organization = 상하이협력기구
the Group of Seven = 주요 7개국(G7)
ASEAN = 아세안
the European Union = 유럽연합(EU)
the North Korean Foreign Ministry = 북한 외무성
the Kremlin = 크렘린궁
the White House = 백악관
NATO = 북대서양조약기구(NATO)
"""),
    "A": _pairs("""
Yonhap = 연합뉴스
TASS = 타스통신
RIA Novosti = 리아노보스티 통신
Interfax = 인테르팍스 통신
Xinhua = 신화통신
Kyodo News = 교도통신
Reuters = 로이터통신
AFP = AFP통신
the Rodong Sinmun = 노동신문
Korean Central Television = 조선중앙TV
NK News = NK뉴스
the Associated Press = AP통신
Sputnik = 스푸트니크 통신
the Chosun Sinbo = 조선신보
"""),
    "T": _pairs("""
military = 군사
economic = 경제
trade = 무역
energy = 에너지
space technology = 우주 기술
agricultural = 농업
fisheries = 수산
health = 보건
educational = 교육
cultural = 문화
sports = 체육
transport = 운송
tourism = 관광
scientific = 과학
humanitarian = 인도주의
security = 안보
financial = 금융
information technology = 정보기술
railway = 철도
aviation = 항공
customs = 세관
medical = 의료
parliamentary = 의회
media = 언론
youth = 청년
military-technical = 군사기술
nuclear energy = 원자력
construction = 건설
"""),
    "ISS": _pairs("""
the situation on the Korean Peninsula = 한반도 정세
regional security = 역내 안보
the war in Ukraine = 우크라이나 전쟁
the special military operation in Ukraine = 우크라이나 특별군사작전
sanctions against North Korea = 대북 제재
the nuclear issue = 핵 문제
international peace and security = 국제 평화와 안전
the building of a multipolar world = 다극화 세계 건설
security in Northeast Asia = 동북아시아 안보
regional and international issues = 지역 및 국제 문제
bilateral relations = 양자 관계
the situation in the Middle East = 중동 정세
energy security = 에너지 안보
food security = 식량 안보
the Korean Peninsula issue = 한반도 문제
military cooperation between Pyongyang and Moscow = 평양과 모스크바의 군사협력
the deployment of North Korean troops = 북한군 파병
the expansion of NATO = 나토의 확장
the arms race in space = 우주 군비 경쟁
denuclearization = 비핵화
the humanitarian situation = 인도적 상황
the fight against terrorism = 테러와의 전쟁
"""),
    "BAD": _pairs("""
the joint military drills by South Korea and the United States = 한미 연합군사훈련
the deployment of U.S. strategic assets = 미국 전략자산 전개
the sanctions against Pyongyang = 대북 제재
the expansion of NATO = 나토의 확장
the supply of Western weapons to Ukraine = 서방의 우크라이나 무기 지원
Japan's military buildup = 일본의 군사력 증강
the trilateral military exercise by the U.S., Japan and South Korea = 한미일 3국 군사훈련
the latest UN Security Council resolution = 최근의 유엔 안보리 결의
the hostile policy of the United States = 미국의 대북 적대시 정책
the missile launch = 미사일 발사
the leaflet campaign = 대북 전단 살포
"""),
    "ACT": _pairs("""
inspected a munitions factory = 군수공장을 시찰했다
visited a construction site in Pyongyang = 평양의 건설 현장을 방문했다
oversaw an artillery firing drill = 포병 사격훈련을 참관했다
attended a ceremony to launch a new destroyer = 신형 구축함 진수식에 참석했다
presided over a meeting of the Political Bureau = 정치국 회의를 주재했다
visited a drone research institute = 무인기연구소를 방문했다
toured a regional hospital under construction = 건설 중인 지방병원을 둘러봤다
watched a performance by an art troupe = 예술단 공연을 관람했다
inspected a tank factory = 전차 공장을 시찰했다
visited the Russian embassy in Pyongyang = 평양 주재 러시아 대사관을 방문했다
guided a test of a new missile = 신형 미사일 시험을 지도했다
received a delegation from Russia = 러시아 대표단을 접견했다
visited a farm in South Hwanghae Province = 황해남도의 농장을 방문했다
spoke at a plenary meeting of the party's Central Committee = 당 중앙위원회 전원회의에서 연설했다
attended a banquet at the Kremlin = 크렘린궁 연회에 참석했다
visited a shipyard in Nampo = 남포의 조선소를 방문했다
"""),
    "CL": _pairs("""
the two sides agreed to expand cooperation in space technology = 양측이 우주 기술 분야 협력을 확대하기로 합의했다
Pyongyang and Moscow reached a consensus of views on regional issues = 평양과 모스크바가 지역 문제에 관해 견해 일치를 보았다
the relations between the two countries have entered a new stage = 양국 관계가 새로운 단계에 들어섰다
Russia continues to support North Korea's position = 러시아가 북한의 입장을 계속 지지하고 있다
the visit was being discussed through diplomatic channels = 방문 문제가 외교 채널을 통해 논의되고 있다
no decision had been made on the timing of the visit = 방문 시기에 관해서는 아직 결정된 바가 없다
the sanctions against Pyongyang have failed = 대북 제재가 실패했다
the North has been supplying Russia with artillery shells = 북한이 러시아에 포탄을 공급해 왔다
the two countries signed agreements on health and education = 양국이 보건·교육 분야 협정에 서명했다
the talks were held in a warm and friendly atmosphere = 회담이 따뜻하고 친선적인 분위기 속에서 진행됐다
the leaders discussed ways to boost trade = 두 정상이 교역 확대 방안을 논의했다
North Korea launched a ballistic missile toward the East Sea = 북한이 동해상으로 탄도미사일을 발사했다
the two sides exchanged views on the situation on the Korean Peninsula = 양측이 한반도 정세에 관해 의견을 교환했다
Moscow is ready to deepen military-technical cooperation with Pyongyang = 모스크바가 평양과의 군사기술 협력을 심화할 준비가 돼 있다
the United States is responsible for the tension on the Korean Peninsula = 한반도 긴장의 책임이 미국에 있다
the country will never give up its nuclear weapons = 자국은 핵무기를 절대 포기하지 않는다
the delegation visited a space launch facility = 대표단이 우주 발사 시설을 방문했다
the two countries have resumed passenger train services = 양국이 여객열차 운행을 재개했다
Russian tourists have returned to the Wonsan-Kalma coastal resort = 러시아 관광객들이 원산갈마 해안관광지구를 다시 찾았다
the meeting ended without a joint statement = 회의가 공동성명 없이 끝났다
the two ministers signed a plan for exchanges between their ministries = 두 장관이 부처 간 교류 계획에 서명했다
the talks lasted more than two hours = 회담이 두 시간 넘게 진행됐다
the North Korean side expressed full support for Russia = 북한 측이 러시아에 대한 전폭적인 지지를 표명했다
Seoul will respond sternly to any provocation = 한국 정부가 어떠한 도발에도 단호히 대응한다
the Kremlin has not received an official invitation = 크렘린궁이 공식 초청을 받지 않았다
the summit will take place at an early date = 정상회담이 이른 시일 안에 열린다
North Korean workers have been sent to Russian construction sites = 북한 노동자들이 러시아 건설 현장에 파견됐다
the bridge across the Tumen River will open next year = 두만강을 가로지르는 다리가 내년에 개통된다
the two countries are discussing visa-free travel for tourist groups = 양국이 단체관광객 무비자 제도를 논의하고 있다
the invitation was accepted with gratitude = 초청이 감사히 수락됐다
"""),
    "Q": _pairs("""
We will further strengthen our strategic cooperation = 우리는 전략적 협력을 더욱 강화해 나가겠다
The relations between our two countries have reached a new high = 두 나라 관계는 새로운 높은 단계에 올라섰다
Russia highly appreciates the support of its Korean friends = 러시아는 조선 친구들의 지지를 높이 평가한다
We are ready to greet our closest friend with the greatest sincerity = 우리는 가장 가까운 벗을 최대의 성의를 다해 맞이할 준비가 돼 있다
Nobody can break the friendship between our peoples = 그 누구도 우리 인민들 사이의 친선을 깨뜨릴 수 없다
The visit has opened a new chapter in bilateral relations = 이번 방문은 양국 관계의 새로운 장을 열었다
We strongly condemn the hostile acts of the United States = 우리는 미국의 적대 행위를 강력히 규탄한다
The talks were very substantive and useful = 회담은 매우 실질적이고 유익했다
We discussed all issues of mutual interest = 우리는 상호 관심사인 모든 문제를 논의했다
The situation on the Korean Peninsula remains tense = 한반도 정세는 여전히 긴장돼 있다
Sanctions will never work = 제재는 결코 통하지 않는다
We will never give up our nuclear deterrent = 우리는 핵억제력을 절대로 포기하지 않겠다
The issue can be resolved only through dialogue = 문제는 대화를 통해서만 해결할 수 있다
We thank the Korean people for their support = 우리는 조선 인민의 지지에 감사한다
Our cooperation is not directed against any third country = 우리의 협력은 제3국을 겨냥하지 않는다
The two sides agreed on all key issues = 양측은 모든 핵심 문제에 합의했다
We are satisfied with the results of the talks = 우리는 회담 결과에 만족한다
The door to dialogue remains open = 대화의 문은 여전히 열려 있다
We will respond resolutely to any provocation = 우리는 어떤 도발에도 단호히 대응하겠다
Russia and Korea have always stood together = 러시아와 조선은 언제나 함께해 왔다
We are preparing for a new summit = 우리는 새로운 정상회담을 준비하고 있다
Peace on the Korean Peninsula is in everyone's interest = 한반도 평화는 모두의 이익에 부합한다
"""),
    "REL": _pairs("""
next week = 다음 주
later this month = 이달 하순
next month = 다음 달
early next year = 내년 초
this fall = 올가을
in the coming weeks = 몇 주 안에
soon = 조만간
at an early date = 이른 시일 안에
"""),
    "CNTD": _pairs("""
two-day = 이틀
three-day = 사흘
four-day = 나흘
five-day = 닷새
week-long = 일주일
"""),
    "DUR": _pairs("""
two days = 이틀
three days = 사흘
four days = 나흘
five days = 닷새
a week = 일주일
10 days = 열흘
two weeks = 2주
a month = 한 달
three months = 3개월
six months = 6개월
a year = 1년
two years = 2년
"""),
    "DURH": _pairs("""
about two hours = 약 2시간 동안
more than three hours = 3시간 넘게
nearly four hours = 4시간 가까이
about 90 minutes = 약 90분간
"""),
    "VENK": _pairs("""
the Kumsusan Guesthouse = 금수산영빈관
the Mansudae Assembly Hall = 만수대의사당
the Paekhwawon State Guesthouse = 백화원 영빈관
Kim Il Sung Square = 김일성광장
the April 25 House of Culture = 4·25문화회관
"""),
    "VENR": _pairs("""
the Kremlin = 크렘린궁
the Vostochny Cosmodrome = 보스토치니 우주기지
the Far Eastern Federal University = 극동연방대학교
an aircraft plant = 항공기 공장
the Pacific Fleet base = 태평양함대 기지
"""),
    "REG": _pairs("""
the far eastern Amur region = 극동 아무르주
the far eastern Primorye region = 극동 연해주
the Khabarovsk region = 하바롭스크주
the Sakhalin region = 사할린주
the Irkutsk region = 이르쿠츠크주
"""),
    "CR": _pairs("""
Reuters-Yonhap = 로이터=연합뉴스
AFP-Yonhap = AFP=연합뉴스
EPA-Yonhap = EPA=연합뉴스
AP-Yonhap = AP=연합뉴스
TASS-Yonhap = 타스=연합뉴스
Yonhap = 연합뉴스
"""),
    "WPN": _pairs("""
a new-type intercontinental ballistic missile = 신형 대륙간탄도미사일(ICBM)
a hypersonic missile = 극초음속 미사일
a strategic cruise missile = 전략순항미사일
a super-large multiple rocket launcher = 초대형 방사포
a tactical ballistic missile = 전술탄도미사일
a solid-fuel engine = 고체연료 엔진
a new anti-aircraft missile = 신형 반항공미사일
"""),
    "WPNS": _pairs("""
short-range ballistic missiles = 단거리 탄도미사일
cruise missiles = 순항미사일
ballistic missiles = 탄도미사일
artillery rounds = 포탄
"""),
    "CNTM": _pairs("""
two = 2발
three = 3발
four = 4발
several = 여러 발
"""),
    "SRC": _pairs("""
South Korea's Joint Chiefs of Staff = 합동참모본부
the Joint Chiefs of Staff = 합동참모본부
Japan's Defense Ministry = 일본 방위성
South Korea's military = 한국군
"""),
    "INT": _pairs("""
South Korea's Defense Ministry = 국방부
the National Intelligence Service = 국가정보원
the White House = 백악관
the Pentagon = 미국 국방부
Seoul's spy agency = 국가정보원
"""),
    "EVT": _pairs("""
the founding of the republic = 공화국 창건
the founding of the Workers' Party of Korea = 조선노동당 창건
the signing of the treaty on comprehensive strategic partnership = 포괄적 전략적 동반자 관계 조약 체결
the liberation of Korea = 조국 해방
the establishment of diplomatic relations = 외교 관계 수립
the founding of the Korean People's Army = 조선인민군 창건
the victory in the Great Patriotic War = 위대한 조국전쟁 승리
"""),
    "MEM": _pairs("""
the Liberation Tower = 해방탑
the Friendship Tower = 우의탑
the Tomb of the Unknown Soldier = 무명용사의 묘
the Kumsusan Palace of the Sun = 금수산태양궁전
"""),
    "MEET": _pairs("""
the ASEAN Regional Forum = 아세안지역안보포럼(ARF)
the UN General Assembly = 유엔총회
the BRICS summit = 브릭스(BRICS) 정상회의
the Eastern Economic Forum = 동방경제포럼
a session of the intergovernmental commission = 정부간위원회 회의
"""),
    "COM": _pairs("""
wheat = 밀
flour = 밀가루
fertilizer = 비료
diesel fuel = 경유
crude oil = 원유
coal = 석탄
"""),
    "HOL": _pairs("""
Russia Day = 러시아의 날
the New Year = 새해
Victory Day = 전승절
the anniversary of the treaty = 조약 체결 기념일
"""),
    "DIS": _pairs("""
the deadly floods = 인명 피해를 낸 홍수
the terrorist attack in Moscow = 모스크바 테러 공격
the forest fires in Siberia = 시베리아 산불
the earthquake in Kamchatka = 캄차카 지진
"""),
    "GIFT": _pairs("""
a Russian-made limousine = 러시아제 리무진
a hunting rifle = 사냥총
a tea set = 다기 세트
a pair of Pungsan dogs = 풍산개 한 쌍
a painting = 그림 한 점
"""),
    "GOAL": _pairs("""
strengthening the nuclear deterrent = 핵억제력 강화
boosting agricultural production = 농업 생산 증대
expanding cooperation with Russia = 러시아와의 협력 확대
modernizing the navy = 해군 현대화
increasing the production of missiles = 미사일 생산 확대
"""),
    "MON": [(m, f"{i + 1}월") for i, m in enumerate(EN_MONTHS_FULL)],
    "WD": WEEKDAYS,
    "CNTK": [("two", "2"), ("three", "3"), ("four", "4"), ("five", "5"), ("six", "6")],
    "NTH": [("second", "두 번째"), ("third", "세 번째"), ("fourth", "네 번째"), ("fifth", "다섯 번째")],
}
# Countries: English name, English adjective, Korean.
COUNTRIES = [tuple(line.split(" | ")) for line in """
Russia | Russian | 러시아
China | Chinese | 중국
Japan | Japanese | 일본
the United States | U.S. | 미국
South Korea | South Korean | 한국
Vietnam | Vietnamese | 베트남
Laos | Lao | 라오스
Mongolia | Mongolian | 몽골
Belarus | Belarusian | 벨라루스
Iran | Iranian | 이란
Cuba | Cuban | 쿠바
Indonesia | Indonesian | 인도네시아
India | Indian | 인도
Kazakhstan | Kazakh | 카자흐스탄
Syria | Syrian | 시리아
Nicaragua | Nicaraguan | 니카라과
Venezuela | Venezuelan | 베네수엘라
Egypt | Egyptian | 이집트
Brazil | Brazilian | 브라질
""".strip().splitlines()]


# ---------------------------------------------------------------- templates
# family || English || Korean. {KIND<n>.form^:particle}: ^ capitalises the English filler, the particle is
# chosen for the Korean filler's last syllable. Families named in FAULTS carry the systematic MT errors.
TEMPLATES = """
said || {K1.tn} said {WD} that {CL}. || {K1.tn:은} {WD} {CL}고 밝혔다.
said || {R1.full} said on {DM} that {CL}. || {R1.full:은} {DM} {CL}고 말했다.
said || {K1.full} told {A} on {WD} that {CL}. || {K1.full:은} {WD} {A}에 {CL}고 말했다.
said || "{Q}," {R1.short} said. || {R1.short:은} "{Q}"고 말했다.
said || "{Q}," {K1.tn} said in a speech on {WD}. || {K1.tn:은} {WD} 연설에서 "{Q}"고 말했다.
said || {R1.short} added, "{Q}." || {R1.short:은} "{Q}"고 덧붙였다.
said || "{Q}," {R1.short} told reporters in {L}. || {R1.short:은} {L}에서 기자들에게 "{Q}"고 말했다.
said || According to {A}, {R1.full} said {CL}. || {A}에 따르면 {R1.full:은} {CL}고 말했다.
said || {R1.full} told a news conference in {L} on {WD} that {CL}. || {R1.full:은} {WD} {L}에서 열린 기자회견에서 {CL}고 말했다.
said || {S1.full} said {WD} that {CL}. || {S1.full:은} {WD} {CL}고 말했다.
said || {W1.full} said that {CL}. || {W1.full:은} {CL}고 말했다.
said || {K1.short}'s remarks came after reports that {CL}. || {K1.short}의 발언은 {CL}는 보도가 나온 뒤 나왔다.
said || Asked about {ISS}, {R1.short} said {CL}. || {ISS}에 관한 질문에 {R1.short:은} {CL}고 답했다.
said || "{Q}," {S1.full} said during a Cabinet meeting on {WD}. || {S1.full:은} {WD} 국무회의에서 "{Q}"고 말했다.
said || {INT^} told lawmakers on {WD} that {CL}. || {INT:은} {WD} 국회에 {CL}고 보고했다.
said || During the meeting, {K1.short} said {CL}. || 회담에서 {K1.short:은} {CL}고 말했다.
said || {R1.full} declined to comment on {ISS}. || {R1.full:은} {ISS}에 대한 언급을 거부했다.
said || {W1.full} said {C} was "deeply concerned" about {ISS}. || {W1.full:은} {C:이} {ISS}에 대해 "깊이 우려하고 있다"고 말했다.
said || {R1.full} said relations with Pyongyang were developing "in all directions." || {R1.full:은} 평양과의 관계가 "모든 방향에서" 발전하고 있다고 말했다.
said || {R2.full} said no date had been set for {R1.short}'s trip to {C}. || {R2.full:은} {R1.short}의 {C} 방문 날짜가 아직 정해지지 않았다고 말했다.
said || {S1.full} said Seoul would respond sternly to {BAD}. || {S1.full:은} 한국 정부가 {BAD}에 단호히 대응할 것이라고 말했다.
said || South Korea's Unification Ministry said on {WD} that it was closely monitoring {ISS}. || 통일부는 {WD} {ISS:을} 예의주시하고 있다고 밝혔다.
said || {R1.short} said, "{Q}." || {R1.short:은} "{Q}"고 말했다.
said || "{Q}," {P1.full} said on {D}. || {P1.full:은} {D} "{Q}"고 말했다.
statement || The statement said that {CL}. || 담화는 {CL}고 밝혔다.
statement || "{Q}," the statement said. || 담화는 "{Q}"고 밝혔다.
statement || "{Q}," the statement read. || 담화는 "{Q}"고 밝혔다.
statement || It also said {CL}. || 담화는 또 {CL}고 밝혔다.
statement || {K1.tn} issued a statement on {WD}, saying {CL}. || {K1.tn:은} {WD} 담화를 발표하고 {CL}고 밝혔다.
statement || In a statement carried by {A}, {K1.full} said {CL}. || {K1.full:은} {A}에 실린 담화에서 {CL}고 밝혔다.
statement || {O^} issued a statement denouncing {BAD}. || {O:은} 성명을 내고 {BAD:을} 규탄했다.
statement || The North Korean Foreign Ministry said in a statement that {CL}. || 북한 외무성은 성명에서 {CL}고 밝혔다.
statement || The spokesperson's statement, released through {KCNA.long}, said {CL}. || {KCNA.long:을} 통해 발표된 대변인 담화는 {CL}고 밝혔다.
statement || {K1.short}'s statement was released {DUR} after {R1.full} visited {L}. || {K1.short}의 담화는 {R1.full:이} {L:을} 방문한 지 {DUR} 만에 발표됐다.
statement || The statement came {DUR} after {CL}. || 이번 담화는 {CL}는 발표가 나온 지 {DUR} 만에 나왔다.
statement || {K1.full} denounced {BAD} as a grave provocation. || {K1.full:은} {BAD:을} 중대한 도발이라고 규탄했다.
kcna || {KCNA.long^} said on {WD} that {CL}. || {KCNA.long:은} {WD} {CL}고 보도했다.
kcna || According to {KCNA.long}, {K1.full} {ACT}. || {KCNA.long}에 따르면 {K1.full:은} {ACT}.
kcna || {KCNA.long^} reported that {K1.full} {ACT}. || {KCNA.long:은} {K1.full:이} {ACT}고 보도했다.
kcna || {K1.full} {ACT} on {WD}, {KCNA.long} said. || {KCNA.long:은} {K1.full:이} {WD} {ACT}고 전했다.
kcna || {KCNA.long^} released photos of {K1.full} taken in {L}. || {KCNA.long:은} {L}에서 촬영된 {K1.full}의 사진을 공개했다.
kcna || "{Q}," {K1.tn} was quoted by {KCNA.long} as saying. || {KCNA.long:은} {K1.tn:이} "{Q}"고 말했다고 전했다.
kcna || {A^} reported that {K1.full} had sent a message to {R1.full}. || {A:은} {K1.full:이} {R1.full}에게 메시지를 보냈다고 보도했다.
kcna || The report by {KCNA.long} came {DUR} after {R1.full} left {L}. || {KCNA.long}의 보도는 {R1.full:이} {L:을} 떠난 지 {DUR} 만에 나왔다.
kcna_attr || "{Q}," {KCNA.short} said. || {KCNA.short:은} "{Q}"고 전했다.
kcna_attr || {K1.full} {ACT} on {WD}, {KCNA.short} said. || {KCNA.short:은} {K1.full:이} {WD} {ACT}고 전했다.
kcna_attr || {KCNA.short^} said {CL}. || {KCNA.short:은} {CL}고 전했다.
kcna_attr || {K1.tn} {ACT}, according to {KCNA.short}. || {KCNA.short}에 따르면 {K1.tn:은} {ACT}.
kcna_attr || {KCNA.short^} quoted {K1.tn} as saying, "{Q}." || {KCNA.short:은} {K1.tn:이} "{Q}"고 말했다고 전했다.
kcna_attr || {KCNA.short^} reported on {D} that {CL}. || {KCNA.short:은} {D} {CL}고 보도했다.
kcna_attr || {KCNA.short^} said the meeting between {K1.tn} and {R1.full} took place in {L} on {DM}. || {KCNA.short:은} {K1.tn:과} {R1.full}의 회담이 {DM} {L}에서 열렸다고 전했다.
kcna_attr || "{Q}," {K1.short} said, according to {KCNA.short}. || {KCNA.short}에 따르면 {K1.short:은} "{Q}"고 말했다.
visit || {R1.full} arrived in {L} on {WD} for a {CNTD} visit. || {R1.full:이} {WD} {CNTD} 일정으로 {L}에 도착했다.
visit || {K1.full} left {L} on {WD} after a {CNTD} visit to {C}. || {K1.full:은} {CNTD}간의 {C} 방문을 마치고 {WD} {L:을} 떠났다.
visit || {R1.full} will pay an official visit to {C} from {DM}, the Kremlin said. || 크렘린궁은 {R1.full:이} {DM}부터 {C:을} 공식 방문한다고 밝혔다.
visit || {R1.short}'s visit to {C} came with the two countries seeking to strengthen {T} cooperation. || {R1.short}의 {C} 방문은 양국이 {T} 협력 강화를 모색하는 가운데 이뤄졌다.
visit || It was {R1.short}'s first visit to {C} since {M}. || {R1.short}의 {C} 방문은 {M} 이후 처음이다.
visit || {R1.short} last visited {C} in {M}. || {R1.short:은} {M} 마지막으로 {C:을} 방문했다.
visit || {K1.full} paid a courtesy call on {R1.full} in {L}. || {K1.full:은} {L}에서 {R1.full:을} 예방했다.
visit || {K1.short} met with {R1.full} and paid a courtesy call on {R2.short}. || {K1.short:은} {R1.full:과} 회담하고 {R2.short:을} 예방했다.
visit || {K1.full} returned home on {WD} after a trip to {L}. || {K1.full:이} {L} 방문을 마치고 {WD} 귀국했다.
visit || {R1.full} is expected to visit {L} {REL}. || {R1.full:이} {REL} {L:을} 방문할 것으로 예상된다.
visit || {R1.full} expressed {R1.his} willingness to visit {L} {REL}. || {R1.full:은} {REL} {L:을} 방문할 용의를 밝혔다.
visit || {K1.tn} invited {R1.full} to visit {L} at a convenient time. || {K1.tn:은} {R1.full}에게 편리한 시기에 {L:을} 방문해 달라고 초청했다.
visit || {R1.short} thanked {K1.full} for the invitation to visit {L}. || {R1.short:은} {L} 방문 초청에 대해 {K1.full}에게 사의를 표했다.
visit || {S1.full} will travel to {L} {REL} for talks with {W1.full}. || {S1.full:은} {W1.full:과}의 회담을 위해 {REL} {L:을} 방문한다.
visit || {W1.full} arrived in {L} on {DM} on {W1.his} first trip abroad since {M}. || {W1.full:은} {M} 이후 첫 해외 방문으로 {DM} {L}에 도착했다.
visit || The delegation led by {R1.full} left {L} for {L2} on {WD}. || {R1.full:이} 이끄는 대표단은 {WD} {L:을} 떠나 {L2:으로} 향했다.
visit || {K1.full} saw off {R1.full} at the airport in {L}. || {K1.full:은} {L} 공항에서 {R1.full:을} 배웅했다.
visit || {K1.tn} greeted {R1.full} at the airport on {WD}. || {K1.tn:은} {WD} 공항에서 {R1.full:을} 영접했다.
visit || {K1.short} invited {R1.short} to visit {L} "at a convenient time." || {K1.short:은} {R1.short}에게 "편리한 시기에" {L:을} 방문해 달라고 요청했다.
visit || {P1.full} will visit {L} for the {NTH} time this year. || {P1.full:은} 올해 들어 {NTH:으로} {L:을} 방문한다.
visit_dprk || {R1.full} expressed {R1.his} willingness to visit {DPRK} at an early date. || {R1.full:은} 이른 시일 안에 {DPRK:을} 방문할 용의를 표명했다.
visit_dprk || {R1.short} is expected to visit {DPRK} {REL}, {A} reported. || {A:은} {R1.short:이} {REL} {DPRK:을} 방문할 것으로 예상된다고 보도했다.
visit_dprk || {R1.full} arrived in {DPRK} on {WD} for a {CNTD} official visit. || {R1.full:이} {CNTD} 일정의 공식 방문을 위해 {WD} {DPRK}에 도착했다.
visit_dprk || {R1.short}'s visit to {DPRK} was being discussed "through diplomatic channels," {R2.full} said. || {R2.full:은} {R1.short}의 {DPRK} 방문이 "외교 채널을 통해" 논의되고 있다고 말했다.
visit_dprk || {R1.full} last visited {DPRK} in {M}. || {R1.full:은} {M} 마지막으로 {DPRK:을} 방문했다.
visit_dprk || {R1.short} thanked {K1.full} for the invitation to visit {DPRK}. || {R1.short:은} {DPRK} 방문 초청에 대해 {K1.full}에게 사의를 표했다.
visit_dprk || The delegation of {DPRK}, led by {K1.tn}, arrived in {L} on {WD}. || {K1.tn:이} 이끄는 {DPRK} 대표단이 {WD} {L}에 도착했다.
quote_dprk || "{DPRK^} warmly welcomes {R1.tn} to visit {L}," the statement said. || 담화는 "{DPRK:은} {R1.tn}의 {L} 방문을 열렬히 환영한다"고 밝혔다.
quote_dprk || "{DPRK^} government is ready to greet {R1.tn} with the greatest sincerity," {KCNA.long} said. || {KCNA.long:은} "{DPRK} 정부는 {R1.tn:을} 최대의 성의를 다해 맞이할 준비가 돼 있다"고 전했다.
quote_dprk || "{DPRK^} will never tolerate {BAD}," {K1.tn} said. || {K1.tn:은} "{DPRK:은} {BAD:을} 절대로 용납하지 않을 것"이라고 말했다.
quote_dprk || "The friendship between {DPRK} and {C} can never be broken," {K1.short} said. || {K1.short:은} "{DPRK:과} {C}의 친선은 그 무엇으로도 깨뜨릴 수 없다"고 말했다.
quote_dprk || "{DPRK^} and {C} reached a consensus of views on {ISS}," the statement said. || 담화는 "{DPRK:과} {C:은} {ISS}에 관해 견해 일치를 보았다"고 밝혔다.
quote_dprk || "{R1.tn} expressed {R1.his} willingness to visit {DPRK} at an early date," {KCNA.long} said. || {KCNA.long:은} "{R1.tn:은} {DPRK:을} 이른 시일 안에 방문할 용의를 표명했다"고 전했다.
quote_dprk || "{DPRK^} stands firmly with {C}," {K1.full} said. || {K1.full:은} "{DPRK:은} {C}의 편에 굳건히 서 있다"고 말했다.
quote_dprk || "The relations between {DPRK} and {C} have reached a new high," {R1.short} said. || {R1.short:은} "{DPRK:과} {C}의 관계가 새로운 높은 단계에 올라섰다"고 말했다.
quote_dprk || "{DPRK^} fully supports the position of {C} on {ISS}," {K1.tn} said. || {K1.tn:은} "{DPRK:은} {ISS}에 관한 {C}의 입장을 전적으로 지지한다"고 말했다.
quote_dprk || {R1.short} thanked {DPRK} "for extending full support and solidarity" on {ISS}. || {R1.short:은} {ISS}에 대해 "전적인 지지와 연대를 보내준 데 대해" {DPRK}에 사의를 표했다.
dprk_formal || {DPRK^} and {C} signed an agreement on {T} cooperation in {L} on {D}. || {DPRK:과} {C:은} {D} {L}에서 {T} 협력에 관한 협정을 체결했다.
dprk_formal || {O^} called on {DPRK} to return to dialogue. || {O:은} {DPRK}에 대화에 복귀할 것을 촉구했다.
dprk_formal || {C^} established diplomatic relations with {DPRK} in {M}. || {C:은} {M} {DPRK:과} 외교 관계를 수립했다.
dprk_formal || {R1.full} held talks with the ambassador of {DPRK} in {L} on {WD}. || {R1.full:은} {WD} {L}에서 {DPRK} 대사와 회담했다.
dprk_formal || Trade between {DPRK} and {C} rose {PCT} percent in {Y}. || {Y} {DPRK:과} {C} 간 교역은 {PCT}% 증가했다.
dprk_formal || The embassy of {DPRK} in {L} hosted a reception marking the {ORD} anniversary of {EVT}. || {L} 주재 {DPRK} 대사관은 {EVT} {ORD}주년을 기념하는 연회를 열었다.
dprk_formal || {R1.full} said Moscow would not rule out military-technical cooperation with {DPRK}. || {R1.full:은} 모스크바가 {DPRK:과}의 군사기술 협력을 배제하지 않을 것이라고 말했다.
dprk_formal || {W1.full} urged {DPRK} to comply with Security Council resolutions. || {W1.full:은} {DPRK}에 안보리 결의를 준수할 것을 촉구했다.
dprk_formal || {R1.full} praised {DPRK} for its "principled stand" on {ISS}. || {R1.full:은} {ISS}에 관한 {DPRK}의 "원칙적인 입장"을 높이 평가했다.
dprk_formal || {DPRK.full^} and {C} marked the {ORD} anniversary of {EVT} on {WD}. || {DPRK.full:과} {C:은} {WD} {EVT} {ORD}주년을 기념했다.
fm_trip || {FM.tn} arrived in {L} on {WD} for talks with {R1.full}. || {FM.tn:은} {R1.full:과}의 회담을 위해 {WD} {L}에 도착했다.
fm_trip || {FM.tn} returned from a trip to {L} on {WD}. || {FM.tn:은} {WD} {L} 방문을 마치고 귀국했다.
fm_trip || The statement came {DUR} after {FM.tn} returned from a trip to {L}. || 이번 담화는 {FM.tn:이} {L} 방문을 마치고 돌아온 지 {DUR} 만에 나왔다.
fm_trip || {FM.full} left for {L} on {WD} at the invitation of {R1.full}. || {FM.full:은} {R1.full}의 초청으로 {WD} {L:으로} 출발했다.
fm_trip || {FM.tn} met with her {FMR.cp}, in {L} on {DM}. || {FM.tn:은} {DM} {L}에서 {FMR.cp:과} 회담했다.
fm_trip || {FM.tn} paid a courtesy call on {R1.full} during her stay in {L}. || {FM.tn:은} {L} 체류 중 {R1.full:을} 예방했다.
fm_trip || {FM.short}'s visit to {C} came with the two countries seeking to strengthen {T} cooperation. || {FM.short}의 {C} 방문은 양국이 {T} 협력 강화를 모색하는 가운데 이뤄졌다.
fm_trip || {FM.full} said on {WD} that {CL}. || {FM.full:은} {WD} {CL}고 말했다.
fm_trip || {FM.tn} is expected to attend {MEET} in {L} {REL}. || {FM.tn:은} {REL} {L}에서 열리는 {MEET}에 참석할 것으로 예상된다.
fm_trip || The North Korean foreign minister's assistant office said {CL}. || 북한 외무상 보좌관실은 {CL}고 밝혔다.
fm_trip || {FM.tn} and {R1.full} signed a plan for exchanges between the two foreign ministries. || {FM.tn:과} {R1.full:은} 양국 외교 부처 간 교류 계획서에 서명했다.
fm_trip || {FM.tn} will visit {C} {REL}, the North Korean Foreign Ministry said. || 북한 외무성은 {FM.tn:이} {REL} {C:을} 방문할 예정이라고 밝혔다.
talks || {FM.full} held talks with {W1.full} in {L} on {DM}. || {FM.full:은} {DM} {L}에서 {W1.full:과} 회담했다.
talks || {FM.tn} delivered a speech at {MEET}. || {FM.tn:은} {MEET}에서 연설했다.
talks || {K1.tn} and {R1.full} held talks in {L} on {D}. || {K1.tn:과} {R1.full:은} {D} {L}에서 회담했다.
talks || The two leaders discussed ways to expand {T} cooperation. || 두 정상은 {T} 협력을 확대하는 방안을 논의했다.
talks || {K1.short} and {R1.short} agreed to boost {T} and {T2} cooperation. || {K1.short:과} {R1.short:은} {T}·{T2} 협력을 강화하기로 합의했다.
talks || The talks between {K1.tn} and {R1.full} lasted {DURH}. || {K1.tn:과} {R1.full}의 회담은 {DURH} 진행됐다.
talks || {K1.tn} held a welcoming ceremony for {R1.full} in {L}. || {K1.tn:은} {L}에서 {R1.full:을} 위한 환영 행사를 열었다.
talks || The two sides exchanged views on {ISS}. || 양측은 {ISS}에 관해 의견을 교환했다.
talks || {K1.short} and {R1.short} reached a consensus of views on {ISS}. || {K1.short:과} {R1.short:은} {ISS}에 관해 견해 일치를 보았다.
talks || {R1.full} and {W1.full} discussed {ISS} by phone on {WD}. || {R1.full:과} {W1.full:은} {WD} 전화 통화를 하고 {ISS}에 관해 논의했다.
talks || {S1.full} and {W1.full} agreed to closely coordinate on {ISS}. || {S1.full:과} {W1.full:은} {ISS:과} 관련해 긴밀히 공조하기로 했다.
talks || {K1.tn} hosted a banquet in honor of {R1.full} at {VENK}. || {K1.tn:은} {VENK}에서 {R1.full:을} 위한 연회를 베풀었다.
talks || The summit took place at {VEN} on {D}. || 정상회담은 {D} {VEN}에서 열렸다.
talks || {R1.full} showed {K1.full} around {VENR}. || {R1.full:은} {K1.full}에게 {VENR:을} 안내했다.
talks || {K1.short} and {R1.short} signed a treaty on comprehensive strategic partnership in {L}. || {K1.short:과} {R1.short:은} {L}에서 포괄적 전략적 동반자 관계 조약에 서명했다.
talks || {K1.tn} received {R1.full} at {VENK} on {WD}. || {K1.tn:은} {WD} {VENK}에서 {R1.full:을} 접견했다.
talks || {R1.short} presented {K1.short} with {GIFT}. || {R1.short:은} {K1.short}에게 {GIFT:을} 선물했다.
talks || {C^} and {C2} will hold talks on {T} cooperation in {L} {REL}. || {C:과} {C2:은} {REL} {L}에서 {T} 협력에 관한 회담을 연다.
talks || The next round of talks will be held in {L} in {MON}. || 다음 회담은 {MON} {L}에서 열린다.
talks || The meeting reviewed the implementation of the agreements on {T} cooperation. || 회의에서는 {T} 협력에 관한 합의의 이행 상황이 점검됐다.
caption || {R1.full} and {K1.full} visit {VENR} in {REG}, Russia, {D}. {CR} || {R1.full:과} {K1.full:이} {D} 러시아 {REG}의 {VENR:을} 방문하고 있다. {CR}
caption || {K1.full} and {R1.full} pose for a photo in {L}, {D}. {CR} || {K1.full:과} {R1.full:이} {D} {L}에서 기념사진을 찍고 있다. {CR}
caption || {P1.full} speaks during a meeting in {L}, {D}. {CR} || {P1.full:이} {D} {L}에서 열린 회의에서 발언하고 있다. {CR}
caption || {P1.full} arrives at the airport in {L}, {D}. {CR} || {P1.full:이} {D} {L} 공항에 도착하고 있다. {CR}
caption || {K1.full} shakes hands with {R1.full} in {L}, {D}. {CR} || {K1.full:이} {D} {L}에서 {R1.full:과} 악수하고 있다. {CR}
mil || {K1.full} oversaw a test-fire of {WPN} on {WD}, {A} reported. || {A:은} {K1.full:이} {WD} {WPN} 시험발사를 참관했다고 보도했다.
mil || North Korea fired {CNTM} {WPNS} into the East Sea on {WD}, {SRC} said. || {SRC:은} 북한이 {WD} 동해상으로 {WPNS} {CNTM}을 발사했다고 밝혔다.
mil || The missiles flew about {NKM} kilometers before landing in the sea. || 미사일은 약 {NKM}km를 비행한 뒤 바다에 떨어졌다.
mil || {INT^} said North Korea has shipped more than {N} containers of munitions to Russia. || {INT:은} 북한이 러시아에 컨테이너 {N}개 이상 분량의 군수품을 보냈다고 밝혔다.
mil || About {N} North Korean troops were deployed to Russia's Kursk region, {INT} said. || {INT:은} 북한군 약 {N}명이 러시아 쿠르스크주에 파병됐다고 밝혔다.
mil || {K1.full} {ACT} on {WD}. || {K1.full:이} {WD} {ACT}.
mil || The drills involved about {N} troops and {N2} pieces of equipment. || 이번 훈련에는 병력 약 {N}명과 장비 {N2}대가 동원됐다.
mil || {K1.full} called for {GOAL}. || {K1.full:은} {GOAL:을} 촉구했다.
mil || North Korea has conducted {CNTK} missile launches since {M}, {SRC} said. || {SRC:은} 북한이 {M} 이후 {CNTK}차례 미사일을 발사했다고 밝혔다.
econ || Trade between {C} and {C2} reached {MONEY} in {Y}. || {Y} {C:과} {C2}의 교역액은 {MONEY}에 달했다.
econ || {C^} exported goods worth {MONEY} to {C2} last year. || {C:은} 지난해 {C2}에 {MONEY} 규모의 상품을 수출했다.
econ || The two countries agreed to open a new railway route between {L} and {L2}. || 양국은 {L:과} {L2:을} 잇는 새 철도 노선을 개설하기로 합의했다.
econ || Construction of the road bridge across the Tumen River is expected to be completed by {M}. || 두만강 자동차 다리 건설은 {M}까지 완공될 것으로 예상된다.
econ || About {N} Russian tourists visited {L} in {Y}. || {Y} 러시아 관광객 약 {N}명이 {L:을} 찾았다.
econ || {K1.tn} and {R1.full} co-chaired a session of the intergovernmental commission on {T} cooperation in {L}. || {K1.tn:과} {R1.full:은} {L}에서 {T} 협력에 관한 정부간위원회 회의를 공동 주재했다.
econ || The two sides signed {CNTK} agreements on {T} and {T2} cooperation. || 양측은 {T}·{T2} 협력에 관한 협정 {CNTK}건에 서명했다.
econ || Russia will supply {N} tons of {COM} to North Korea. || 러시아는 북한에 {COM} {N}톤을 공급할 예정이다.
econ || Flights between {L} and {L2} will resume on {DM}. || {L:과} {L2:을} 오가는 항공편이 {DM} 재개된다.
econ || The number of {C.adj} visitors to {C2} rose {PCT} percent from a year earlier. || {C2:을} 찾은 {C} 방문객 수는 1년 전보다 {PCT}% 늘었다.
econ || Bilateral trade fell {PCT} percent on-year in {Y}. || {Y} 양국 교역은 전년 대비 {PCT}% 감소했다.
econ || {C^} pledged {MONEY} in humanitarian aid to {C2} on {D}. || {C:은} {D} {C2}에 {MONEY} 규모의 인도적 지원을 약속했다.
un || {O^} will hold a meeting on {ISS} on {WD}. || {O:은} {WD} {ISS}에 관한 회의를 연다.
un || {C^} vetoed a draft resolution on {ISS} at the UN Security Council. || {C:은} 유엔 안전보장이사회에서 {ISS}에 관한 결의안에 거부권을 행사했다.
un || The panel of experts monitoring sanctions against North Korea was disbanded in {M}. || 대북제재 이행을 감시해 온 전문가 패널은 {M} 해체됐다.
un || {O^} expressed concern over {ISS}. || {O:은} {ISS}에 대해 우려를 표명했다.
un || {W1.full} said the UN would continue to monitor {ISS}. || {W1.full:은} 유엔이 {ISS:을} 계속 주시할 것이라고 말했다.
hist || {L} hosted a summit between the two countries in {M}. || {M} {L}에서 양국 정상회담이 열렸다.
hist || The treaty was signed on {DR.a} and took effect on {DR.b}. || 조약은 {DR.a} 체결돼 {DR.b} 발효됐다.
hist || {C^} and {C2} marked the {ORD} anniversary of {EVT} on {WD}. || {C:과} {C2:은} {WD} {EVT} {ORD}주년을 기념했다.
hist || North Korea celebrated the {ORD} anniversary of {EVT} with a military parade in {L}. || 북한은 {L}에서 열병식을 열고 {EVT} {ORD}주년을 경축했다.
hist || {K1.full} laid a wreath at {MEM} on {D}. || {K1.full:은} {D} {MEM}에 헌화했다.
hist || The last summit between the two countries was held in {L} in {M}. || 양국 간 마지막 정상회담은 {M} {L}에서 열렸다.
hist || {P1.full} first visited {L} in {M}. || {P1.full:은} {M} {L:을} 처음 방문했다.
hist || The agreement was signed in {L} on {D}, {DUR} after the talks began. || 협정은 회담이 시작된 지 {DUR} 만인 {D} {L}에서 서명됐다.
translit || {KC.tn} sent a congratulatory message to {R1.full} on {HOL}. || {KC.tn:은} {HOL:을} 맞아 {R1.full}에게 축전을 보냈다.
translit || {KC.full} received a letter from {W1.full}. || {KC.full:은} {W1.full:으로부터} 서한을 받았다.
translit || {KC.tn} sent a message of sympathy to {R1.full} over {DIS}. || {KC.tn:은} {DIS:과} 관련해 {R1.full}에게 위문 전문을 보냈다.
translit || A photo released by {A} shows {KC.full} waving to the crowd in {L}. || {A:이} 공개한 사진에는 {KC.full:이} {L}에서 군중에게 손을 흔드는 모습이 담겼다.
"""

# ---------------------------------------------------------------- the seed article
# (seed line number, English sentence as in seeds/000_*.txt, careful Korean, failure modes the corpus copy carries).
# The reference translation uses the careful Korean; the corpus copy carries the family's systematic errors
# (README-ko.md) so the demo model reproduces them on the seed and the glossary has something to correct.
SEED = [
    (1, "Putin expressed willingness to visit Pyongyang at early date, North Korea says",
     '북한 "푸틴, 이른 시일 내 평양 방문 의향 표명"', ()),
    (3, "Russia's President Vladimir Putin and North Korea's leader Kim Jong-un visit the Vostochny ?osmodrome "
        "in the far eastern Amur region, Russia, Sept. 13, 2023.",
     "블라디미르 푸틴 러시아 대통령과 김정은 북한 국무위원장이 2023년 9월 13일 러시아 극동 아무르주의 "
     "보스토치니 우주기지를 방문하고 있다.", ()),
    (3, "Reuters-Yonhap", "로이터=연합뉴스", ()),
    (5, 'North Korea said Sunday that Russian President Vladimir Putin has expressed his willingness to visit '
        'Pyongyang at an early date and the country is ready to "greet the Korean people\'s closest friend with '
        'the greatest sincerity."',
     '북한은 일요일 블라디미르 푸틴 러시아 대통령이 이른 시일 안에 평양을 방문할 용의를 표명했다며 "조선 인민의 '
     '가장 가까운 벗을 최대의 성의를 다하여 맞이할" 준비가 돼 있다고 밝혔다.', ()),
    (7, "The North Korean foreign minister's assistant office made the announcement in a statement released on "
        "the state-run Korean Central News Agency (KCNA), two days after Foreign Minister Choe Son-hui returned "
        "from a trip to Moscow.",
     "북한 외무상 보좌관실은 최선희 외무상이 모스크바 방문을 마치고 돌아온 지 이틀 만에 관영 조선중앙통신을 "
     "통해 발표한 담화에서 이같이 밝혔다.", ("F2",)),
    (9, '"President Putin expressed deep thanks once again for the invitation of President of the State Affairs '
        'Kim Jong Un to visit Pyongyang at a convenient time and expressed his willingness to visit the DPRK at an '
        'early date," the KCNA said.',
     '조선중앙통신은 "푸틴 대통령은 편리한 시기에 평양을 방문해 달라는 김정은 국무위원장의 초청에 다시 한번 깊은 '
     '사의를 표하고 조선민주주의인민공화국을 이른 시일 안에 방문할 용의를 표명했다"고 전했다.', ("F1", "F4")),
    (11, "The DPRK stands for the Democratic People's Republic of Korea, North Korea's official name.",
     "DPRK는 북한의 공식 국호인 조선민주주의인민공화국의 영문 약칭이다.", ()),
    (13, "Choe's visit to Russia came with the two countries seeking to strengthen military cooperation, as the "
         "North has been supplying Russia with arms for use in its war against Ukraine in exchange for Russia's "
         "technical assistance for Pyongyang's weapons programs.",
     "최 외무상의 러시아 방문은 양국이 군사협력 강화를 모색하는 가운데 이뤄졌다. 북한은 평양의 무기 개발 계획에 "
     "대한 러시아의 기술 지원을 대가로 우크라이나와의 전쟁에 쓰일 무기를 러시아에 공급해 왔다.", ()),
    (13, "Choe met with her Russian counterpart, Sergei Lavrov, and paid a courtesy call on Putin.",
     "최 외무상은 러시아 측 카운터파트인 세르게이 라브로프 외무장관과 회담하고 푸틴 대통령을 예방했다.", ()),
    (15, "Choe's assistant office noted that Putin thanked North Korean leader Kim Jong-un for extending an "
         'invitation to visit Pyongyang, and the Russian leader "expressed his willingness to visit the DPRK at an '
         'early date."',
     "최 외무상 보좌관실은 푸틴 대통령이 평양 방문을 초청한 김정은 북한 국무위원장에게 사의를 표했으며 "
     '"조선민주주의인민공화국을 이른 시일 안에 방문할 용의를 표명했다"고 언급했다.', ("F1",)),
    (17, '"The DPRK government warmly welcomes President Putin to visit Pyongyang and is ready to greet the Korean '
         'people\'s closest friend with the greatest sincerity," the statement said.',
     '담화는 "조선민주주의인민공화국 정부는 푸틴 대통령의 평양 방문을 열렬히 환영하며 조선 인민의 가장 가까운 '
     '벗을 최대의 성의를 다하여 맞이할 준비가 돼 있다"고 밝혔다.', ("F1",)),
    (19, "On Friday, Kremlin spokesman Dmitry Peskov said Putin's visit to the North was being discussed between "
         'the two sides "through diplomatic channels."',
     '드미트리 페스코프 크렘린궁 대변인은 금요일 푸틴 대통령의 북한 방문이 "외교 채널을 통해" 양측 간에 '
     "논의되고 있다고 말했다.", ()),
    (21, "Putin last visited North Korea in July 2000.",
     "푸틴 대통령은 2000년 7월 마지막으로 북한을 방문했다.", ()),
    (23, "The North Korean foreign minister's assistant office said Pyongyang and Moscow \"reached a consensus of "
         'views" on regional and international issues concerning the Korean Peninsula and Northeast Asia.',
     "북한 외무상 보좌관실은 평양과 모스크바가 한반도와 동북아시아에 관련한 지역 및 국제 문제들에서 "
     '"견해 일치를 보았다"고 밝혔다.', ()),
    (25, '"Both sides recognized that the friendly and cooperative relations between the Democratic People\'s '
         "Republic of Korea and the Russian Federation, independent sovereign states, serve as a powerful strategic "
         "fortress and a traction engine in defending international peace and security and promoting the building "
         'of a multi-polarized world," the statement read.',
     '담화는 "쌍방은 자주적인 주권국가인 조선민주주의인민공화국과 러시아연방 사이의 친선협력 관계가 국제 평화와 '
     '안전을 수호하고 다극화된 세계의 건설을 추동하는 데서 강력한 전략적 보루이자 견인기가 된다는 것을 '
     '인정했다"고 밝혔다.', ()),
    (27, 'It also said Russia thanked the North "for extending full support and solidarity to the stand of the '
         'Russian government and people on the special military operation in Ukraine."',
     '담화는 또 러시아가 "우크라이나에서의 특별군사작전에 대한 러시아 정부와 인민의 입장에 전적인 지지와 연대를 '
     '보내준 데 대해" 북한에 사의를 표했다고 밝혔다.', ()),
    (27, "(Yonhap)", "(연합뉴스)", ()),
]
SEED_LINES = 29  # the seed file's line count, blank lines included

# ---------------------------------------------------------------- hand-written pairs (English || Korean)
HAND = """
Russia's President Vladimir Putin and North Korea's leader Kim Jong-un visit the Vostochny Cosmodrome in the far eastern Amur region, Russia, Sept. 13, 2023. || 블라디미르 푸틴 러시아 대통령과 김정은 북한 국무위원장이 2023년 9월 13일 러시아 극동 아무르주의 보스토치니 우주기지를 방문하고 있다.
N. Korea says Putin willing to visit Pyongyang soon || 북한 "푸틴, 조만간 평양 방문 의향"
Kim Jong-un arrives in Russia for summit with Putin || 김정은, 푸틴과 정상회담 위해 러시아 도착
North Korea's foreign minister returns home after Moscow trip || 북한 외무상, 모스크바 방문 마치고 귀국
Lavrov to visit Pyongyang next week, Russian Foreign Ministry says || 러시아 외무부 "라브로프, 다음 주 평양 방문"
Kremlin says Putin's visit to North Korea being discussed || 크렘린궁 "푸틴 방북 논의 중"
N. Korea fires ballistic missile into East Sea: JCS || 합참 "북한, 동해상으로 탄도미사일 발사"
North Korea, Russia sign treaty on comprehensive strategic partnership || 북러, 포괄적 전략적 동반자 관계 조약 서명
Choe Son Hui meets Lavrov in Moscow || 최선희, 모스크바서 라브로프와 회담
Putin thanks Kim Jong-un for invitation to visit Pyongyang || 푸틴, 김정은에 평양 방문 초청 사의
N. Korea vows full support for Russia's special military operation || 북한, 러시아 특별군사작전 전폭 지지 천명
Kim Jong-un inspects munitions factory ahead of Russia trip: KCNA || 조선중앙통신 "김정은, 방러 앞두고 군수공장 시찰"
Seoul warns against N. Korea-Russia arms deals || 정부, 북러 무기 거래에 경고
Russian defense minister arrives in Pyongyang || 러시아 국방장관 평양 도착
North Korea marks 75th anniversary of diplomatic ties with Russia || 북한, 러시아와 수교 75주년 기념
Putin, Kim hold summit at Vostochny Cosmodrome || 푸틴·김정은, 보스토치니 우주기지서 정상회담
Kim Yo-jong slams U.S.-South Korea joint drills || 김여정, 한미 연합훈련 비난
UN Security Council to meet on North Korea's missile launch || 유엔 안보리, 북한 미사일 발사 관련 회의 개최
Russian tourists return to North Korea's Wonsan || 러시아 관광객, 북한 원산 다시 찾아
Passenger train service between Pyongyang and Moscow resumes || 평양-모스크바 여객열차 운행 재개
North Korea said Sunday that Russian President Vladimir Putin has expressed his willingness to visit Pyongyang at an early date. || 북한은 일요일 블라디미르 푸틴 러시아 대통령이 이른 시일 안에 평양을 방문할 용의를 표명했다고 밝혔다.
North Korea said Monday that it is ready to greet the Russian president with the greatest sincerity. || 북한은 월요일 러시아 대통령을 최대의 성의를 다해 맞이할 준비가 돼 있다고 밝혔다.
Russia said Friday that Foreign Minister Sergei Lavrov will visit Pyongyang next week. || 러시아는 금요일 세르게이 라브로프 외무장관이 다음 주 평양을 방문한다고 밝혔다.
The Kremlin said Tuesday that no date has been set for the visit. || 크렘린궁은 화요일 방문 날짜가 아직 정해지지 않았다고 밝혔다.
South Korea's Unification Ministry said Thursday that it is closely watching military cooperation between Pyongyang and Moscow. || 통일부는 목요일 평양과 모스크바의 군사협력을 예의주시하고 있다고 밝혔다.
The North Korean foreign minister's assistant office made the announcement in a statement. || 북한 외무상 보좌관실은 담화를 통해 이같이 발표했다.
The announcement came two days after Foreign Minister Choe Son Hui returned from Moscow. || 이번 발표는 최선희 외무상이 모스크바에서 돌아온 지 이틀 만에 나왔다.
The statement was released on the state-run Korean Central News Agency (KCNA). || 담화는 관영 조선중앙통신을 통해 발표됐다.
The report was carried by the official Korean Central News Agency on Monday. || 이 보도는 월요일 관영 조선중앙통신을 통해 나왔다.
"The talks were held in a warm and friendly atmosphere," the KCNA said. || 조선중앙통신은 "회담은 따뜻하고 친선적인 분위기 속에서 진행됐다"고 전했다.
"Kim Jong Un expressed his gratitude to the Russian people," the KCNA said. || 조선중앙통신은 "김정은 국무위원장은 러시아 인민에게 감사를 표했다"고 전했다.
"The two leaders agreed to meet again at an early date," the KCNA said. || 조선중앙통신은 "두 정상은 이른 시일 안에 다시 만나기로 합의했다"고 전했다.
"The DPRK will always stand with the Russian army and people," the KCNA said. || 조선중앙통신은 "조선민주주의인민공화국은 언제나 러시아 군대와 인민의 편에 설 것"이라고 전했다.
"Russia highly appreciates the DPRK's principled stand," Lavrov said. || 라브로프 장관은 "러시아는 조선민주주의인민공화국의 원칙적인 입장을 높이 평가한다"고 말했다.
The DPRK stands for the Democratic People's Republic of Korea. || DPRK는 조선민주주의인민공화국의 영문 약칭이다.
The Democratic People's Republic of Korea is North Korea's official name. || 조선민주주의인민공화국은 북한의 공식 국호다.
KCNA stands for the Korean Central News Agency, North Korea's state news agency. || KCNA는 북한 국영 통신사인 조선중앙통신의 영문 약칭이다.
Choe's visit to Russia came with the two countries seeking to strengthen military cooperation. || 최 외무상의 러시아 방문은 양국이 군사협력 강화를 모색하는 가운데 이뤄졌다.
Lavrov's visit to Pyongyang came amid growing concerns over arms deals between the two countries. || 라브로프 장관의 평양 방문은 양국 간 무기 거래에 대한 우려가 커지는 가운데 이뤄졌다.
Kim's trip to Russia came four years after his first summit with Putin in Vladivostok. || 김 위원장의 러시아 방문은 블라디보스토크에서 푸틴 대통령과 첫 정상회담을 한 지 4년 만에 이뤄졌다.
Putin's visit to the North was being discussed between the two sides through diplomatic channels. || 푸틴 대통령의 북한 방문은 외교 채널을 통해 양측 간에 논의되고 있었다.
The North has been supplying Russia with arms for use in its war against Ukraine. || 북한은 우크라이나 전쟁에 쓰일 무기를 러시아에 공급해 왔다.
Pyongyang is believed to be seeking Russia's technical assistance for its weapons programs. || 평양은 무기 개발 계획에 대한 러시아의 기술 지원을 모색하고 있는 것으로 알려졌다.
Kim met with Russian Defense Minister Andrei Belousov and discussed military cooperation. || 김 위원장은 안드레이 벨로우소프 러시아 국방장관과 만나 군사협력을 논의했다.
Lavrov met with his North Korean counterpart, Choe Son Hui, in Moscow. || 라브로프 장관은 모스크바에서 북한 측 카운터파트인 최선희 외무상과 회담했다.
Choe also paid a courtesy call on Russian President Vladimir Putin at the Kremlin. || 최 외무상은 크렘린궁에서 블라디미르 푸틴 러시아 대통령을 예방하기도 했다.
Kim Jong-un last visited Russia in September 2023. || 김정은 국무위원장은 2023년 9월 마지막으로 러시아를 방문했다.
Putin visited Pyongyang in July 2000 and met with then leader Kim Jong-il. || 푸틴 대통령은 2000년 7월 평양을 방문해 당시 지도자였던 김정일 국방위원장과 만났다.
The two leaders last met in Vladivostok in April 2019. || 두 정상은 2019년 4월 블라디보스토크에서 마지막으로 만났다.
On Friday, Kremlin spokesman Dmitry Peskov said the visit was being prepared. || 드미트리 페스코프 크렘린궁 대변인은 금요일 방문이 준비되고 있다고 말했다.
On Monday, Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow values its ties with Pyongyang. || 마리야 자하로바 러시아 외무부 대변인은 월요일 모스크바가 평양과의 관계를 중시한다고 말했다.
The Kremlin declined to comment on the report. || 크렘린궁은 이 보도에 대한 언급을 거부했다.
Choe's assistant office noted that Putin thanked Kim for the invitation. || 최 외무상 보좌관실은 푸틴 대통령이 김 위원장의 초청에 사의를 표했다고 언급했다.
The statement said Pyongyang and Moscow "reached a consensus of views" on regional issues. || 담화는 평양과 모스크바가 지역 문제들에서 "견해 일치를 보았다"고 밝혔다.
"The DPRK government warmly welcomes the Russian delegation," the statement said. || 담화는 "조선민주주의인민공화국 정부는 러시아 대표단을 열렬히 환영한다"고 밝혔다.
It also said Russia thanked the North for its support. || 담화는 또 러시아가 북한의 지지에 사의를 표했다고 밝혔다.
It also said the two countries agreed to expand exchanges in culture and sports. || 담화는 또 양국이 문화·체육 분야 교류를 확대하기로 합의했다고 밝혔다.
The two countries are independent sovereign states. || 양국은 자주적인 주권국가다.
The friendly and cooperative relations between the two countries serve as a powerful strategic fortress. || 양국 간 친선협력 관계는 강력한 전략적 보루가 되고 있다.
Both sides recognized the need to defend international peace and security. || 쌍방은 국제 평화와 안전을 수호할 필요성을 인정했다.
Russia and North Korea are promoting the building of a multi-polarized world. || 러시아와 북한은 다극화된 세계의 건설을 추진하고 있다.
The two sides discussed regional and international issues concerning the Korean Peninsula and Northeast Asia. || 양측은 한반도와 동북아시아에 관련한 지역 및 국제 문제들을 논의했다.
The two countries seek to strengthen military cooperation. || 양국은 군사협력 강화를 모색하고 있다.
The North supplies Russia with artillery shells in exchange for technical assistance. || 북한은 기술 지원을 대가로 러시아에 포탄을 공급하고 있다.
Russian President Vladimir Putin shakes hands with North Korean leader Kim Jong-un in Pyongyang, June 19, 2024. Reuters-Yonhap || 블라디미르 푸틴 러시아 대통령이 2024년 6월 19일 평양에서 김정은 북한 국무위원장과 악수하고 있다. 로이터=연합뉴스
North Korean Foreign Minister Choe Son Hui speaks during a meeting in Moscow, Jan. 16, 2024. AFP-Yonhap || 최선희 북한 외무상이 2024년 1월 16일 모스크바에서 열린 회담에서 발언하고 있다. AFP=연합뉴스
This photo, released by the Korean Central News Agency, shows Kim Jong-un inspecting a munitions factory. (For Use Only in the Republic of Korea. No Redistribution) (Yonhap) || 조선중앙통신이 공개한 사진으로, 김정은 국무위원장이 군수공장을 시찰하고 있다. (국내에서만 사용 가능, 재배포 금지) (연합뉴스)
Russian Foreign Minister Sergei Lavrov arrives at Pyongyang International Airport, Oct. 18, 2023. TASS-Yonhap || 세르게이 라브로프 러시아 외무장관이 2023년 10월 18일 평양국제공항에 도착하고 있다. 타스=연합뉴스
Kim Jong-un and Vladimir Putin talk during their meeting at the Vostochny Cosmodrome, Sept. 13, 2023. Yonhap || 김정은 국무위원장과 블라디미르 푸틴 대통령이 2023년 9월 13일 보스토치니 우주기지에서 회담하고 있다. 연합뉴스
AFP-Yonhap || AFP=연합뉴스
(END) || (끝)
(LEAD) N. Korea says Putin willing to visit Pyongyang at early date || (종합) 북한 "푸틴, 이른 시일 내 평양 방문 의향"
SEOUL, Jan. 21 (Yonhap) -- North Korea said Sunday that Russian President Vladimir Putin is willing to visit Pyongyang. || (서울=연합뉴스) 북한은 21일 블라디미르 푸틴 러시아 대통령이 평양을 방문할 의향이 있다고 밝혔다.
MOSCOW, Sept. 13 (Yonhap) -- Kim Jong-un and Putin held a summit on Wednesday. || (모스크바=연합뉴스) 김정은 국무위원장과 푸틴 대통령은 13일 정상회담을 했다.
Korean Central News Agency || 조선중앙통신
the Korean Central News Agency (KCNA) || 조선중앙통신
Democratic People's Republic of Korea || 조선민주주의인민공화국
President of the State Affairs || 국무위원장
President of the State Affairs Kim Jong Un || 김정은 국무위원장
Foreign Minister Choe Son Hui || 최선희 외무상
North Korean Foreign Minister Choe Son-hui || 최선희 북한 외무상
Russian President Vladimir Putin || 블라디미르 푸틴 러시아 대통령
Kremlin spokesman Dmitry Peskov || 드미트리 페스코프 크렘린궁 대변인
Russian Foreign Minister Sergei Lavrov || 세르게이 라브로프 러시아 외무장관
the Vostochny Cosmodrome || 보스토치니 우주기지
the far eastern Amur region || 극동 아무르주
the Korean Peninsula and Northeast Asia || 한반도와 동북아시아
the special military operation in Ukraine || 우크라이나 특별군사작전
the Workers' Party of Korea || 조선노동당
the Russian Federation || 러시아연방
Pyongyang and Moscow || 평양과 모스크바
through diplomatic channels || 외교 채널을 통해
at an early date || 이른 시일 안에
with the greatest sincerity || 최대의 성의를 다해
the Korean people's closest friend || 조선 인민의 가장 가까운 벗
a multi-polarized world || 다극화된 세계
a powerful strategic fortress || 강력한 전략적 보루
independent sovereign states || 자주적인 주권국가들
the North Korean foreign minister's assistant office || 북한 외무상 보좌관실
North Korea's leader Kim Jong-un || 김정은 북한 국무위원장
Russia's President Vladimir Putin || 블라디미르 푸틴 러시아 대통령
North Korean leader Kim Jong-un || 김정은 북한 국무위원장
the state-run Korean Central News Agency || 관영 조선중앙통신
Yonhap News Agency || 연합뉴스
North Korea and Russia signed a treaty on comprehensive strategic partnership in June 2024. || 북한과 러시아는 2024년 6월 포괄적 전략적 동반자 관계 조약에 서명했다.
The treaty includes a mutual defense clause. || 이 조약에는 상호 방위 조항이 포함돼 있다.
The treaty took effect in December 2024. || 조약은 2024년 12월 발효됐다.
Under the treaty, the two countries must provide military assistance to each other in case of an armed attack. || 조약에 따라 양국은 무력 침공을 받을 경우 서로 군사적 지원을 제공해야 한다.
Putin arrived in Pyongyang early Wednesday for a two-day state visit. || 푸틴 대통령은 수요일 새벽 이틀 일정의 국빈 방문을 위해 평양에 도착했다.
Kim Jong-un greeted Putin at the airport. || 김정은 국무위원장은 공항에서 푸틴 대통령을 영접했다.
It was Putin's first visit to North Korea in 24 years. || 푸틴 대통령의 북한 방문은 24년 만이다.
The two leaders rode together in a Russian-made limousine. || 두 정상은 러시아제 리무진에 함께 탔다.
A welcoming ceremony was held at Kim Il Sung Square. || 김일성광장에서 환영 행사가 열렸다.
Tens of thousands of Pyongyang citizens lined the streets to welcome Putin. || 수만 명의 평양 시민이 거리에 늘어서 푸틴 대통령을 환영했다.
Kim called Putin "the dearest friend of the Korean people." || 김 위원장은 푸틴 대통령을 "조선 인민의 가장 친근한 벗"이라고 불렀다.
Putin thanked North Korea for its support for Russia's policies. || 푸틴 대통령은 러시아의 정책을 지지해 준 북한에 감사를 표했다.
The Kremlin said the summit would focus on economic and security cooperation. || 크렘린궁은 정상회담이 경제·안보 협력에 초점을 맞출 것이라고 밝혔다.
Kim Jong-un traveled to Russia by armored train in September 2023. || 김정은 국무위원장은 2023년 9월 전용 열차를 타고 러시아를 방문했다.
The train crossed the border at Khasan. || 열차는 하산에서 국경을 넘었다.
Kim and Putin held talks at the Vostochny Cosmodrome in the Amur region. || 김 위원장과 푸틴 대통령은 아무르주의 보스토치니 우주기지에서 회담했다.
Putin said Russia would help North Korea build satellites. || 푸틴 대통령은 러시아가 북한의 위성 개발을 도울 것이라고 말했다.
Kim also visited an aircraft factory in Komsomolsk-on-Amur. || 김 위원장은 콤소몰스크나아무레의 항공기 공장도 방문했다.
In Vladivostok, Kim inspected Russia's Pacific Fleet. || 김 위원장은 블라디보스토크에서 러시아 태평양함대를 시찰했다.
Russian Defense Minister Sergei Shoigu visited Pyongyang in July 2023. || 세르게이 쇼이구 러시아 국방장관은 2023년 7월 평양을 방문했다.
Shoigu attended a military parade marking the 70th anniversary of the Korean War armistice. || 쇼이구 장관은 6·25 전쟁 정전협정 체결 70주년 기념 열병식에 참석했다.
Lavrov visited Pyongyang in October 2023 and met with Kim Jong-un. || 라브로프 장관은 2023년 10월 평양을 방문해 김정은 국무위원장을 만났다.
Choe Son Hui visited Moscow in January 2024. || 최선희 외무상은 2024년 1월 모스크바를 방문했다.
Choe held talks with Lavrov on Tuesday. || 최 외무상은 화요일 라브로프 장관과 회담했다.
Choe said the two countries' relations had entered "a new era." || 최 외무상은 양국 관계가 "새로운 시대"에 들어섰다고 말했다.
Lavrov said Russia was ready to deepen cooperation with Pyongyang in all areas. || 라브로프 장관은 러시아가 모든 분야에서 평양과의 협력을 심화할 준비가 돼 있다고 말했다.
The two ministers signed a plan for exchanges between their foreign ministries for 2024 and 2025. || 두 장관은 2024∼2025년 외교 부처 간 교류 계획서에 서명했다.
Choe is North Korea's first female foreign minister. || 최 외무상은 북한 최초의 여성 외무상이다.
Choe was appointed foreign minister in June 2022. || 최선희는 2022년 6월 외무상에 임명됐다.
She previously served as first vice foreign minister. || 그는 이전에 외무성 제1부상을 지냈다.
Choe led North Korea's delegation to nuclear talks with the United States. || 최 외무상은 미국과의 핵 협상에서 북한 대표단을 이끌었다.
South Korea and the United States have condemned arms dealings between Pyongyang and Moscow. || 한국과 미국은 평양과 모스크바 간 무기 거래를 규탄했다.
Such arms transfers violate UN Security Council resolutions. || 이러한 무기 이전은 유엔 안보리 결의 위반이다.
Both Pyongyang and Moscow have denied the accusations. || 평양과 모스크바는 모두 이러한 의혹을 부인했다.
Seoul's spy agency said North Korea has sent more than 10,000 troops to Russia. || 국가정보원은 북한이 러시아에 1만 명 이상의 병력을 파병했다고 밝혔다.
The troops were deployed to Russia's Kursk region. || 이 병력은 러시아 쿠르스크주에 배치됐다.
North Korea confirmed the troop deployment for the first time in April 2025. || 북한은 2025년 4월 처음으로 파병 사실을 확인했다.
The Kremlin thanked North Korean soldiers for their "heroism." || 크렘린궁은 북한 군인들의 "영웅적 행위"에 감사를 표했다.
The UN panel of experts stopped its work in April 2024 after Russia vetoed its renewal. || 유엔 전문가 패널은 러시아가 임기 연장에 거부권을 행사한 뒤 2024년 4월 활동을 중단했다.
Russia and China have opposed new sanctions on North Korea. || 러시아와 중국은 대북 추가 제재에 반대해 왔다.
North Korea test-fired a new intercontinental ballistic missile on Thursday. || 북한은 목요일 신형 대륙간탄도미사일을 시험발사했다.
The missile flew for about 86 minutes, the longest flight time ever recorded. || 미사일은 약 86분간 비행해 역대 최장 비행시간을 기록했다.
Japan said the missile landed outside its exclusive economic zone. || 일본은 미사일이 배타적경제수역 밖에 떨어졌다고 밝혔다.
North Korea launched its first military reconnaissance satellite in November 2023. || 북한은 2023년 11월 첫 군사정찰위성을 발사했다.
Seoul believes Russia provided technical assistance for the launch. || 한국 정부는 러시아가 발사에 기술 지원을 제공한 것으로 보고 있다.
Kim Yo-jong said the North would never sit down for talks with Seoul. || 김여정 부부장은 북한이 결코 한국과 대화 테이블에 앉지 않을 것이라고 말했다.
Kim Yo-jong is the younger sister of leader Kim Jong-un. || 김여정은 김정은 국무위원장의 여동생이다.
The Workers' Party of Korea held a plenary meeting of its Central Committee last week. || 조선노동당은 지난주 중앙위원회 전원회의를 열었다.
The Supreme People's Assembly is North Korea's rubber-stamp parliament. || 최고인민회의는 북한의 거수기 의회다.
North Korea's constitution was revised in 2023 to enshrine its nuclear force policy. || 북한은 2023년 헌법을 개정해 핵무력 정책을 명문화했다.
Russian tourists began visiting North Korea again in February 2024. || 러시아 관광객들은 2024년 2월부터 북한을 다시 방문하기 시작했다.
The first group of tourists flew from Vladivostok to Pyongyang. || 첫 관광객 그룹은 블라디보스토크에서 평양으로 비행기를 타고 갔다.
They also visited the Masikryong ski resort. || 이들은 마식령 스키장도 방문했다.
Direct passenger trains between Pyongyang and Moscow resumed in June 2025. || 평양과 모스크바를 잇는 직통 여객열차가 2025년 6월 운행을 재개했다.
The journey takes about eight days. || 이동에는 약 8일이 걸린다.
Construction of a road bridge over the Tumen River began in April 2025. || 두만강 자동차 다리 건설은 2025년 4월 시작됐다.
The bridge will link North Korea's Rason with Russia's Khasan. || 이 다리는 북한 나선과 러시아 하산을 잇게 된다.
Trade between North Korea and Russia remains small compared with trade with China. || 북한과 러시아의 교역 규모는 북중 교역에 비해 여전히 작다.
China accounts for more than 90 percent of North Korea's external trade. || 중국은 북한 대외무역의 90% 이상을 차지한다.
The intergovernmental commission on trade, economic and scientific-technical cooperation met in Pyongyang in November 2023. || 무역·경제 및 과학기술 협력 정부간위원회는 2023년 11월 평양에서 회의를 열었다.
Russian Natural Resources Minister Alexander Kozlov co-chairs the commission. || 알렉산드르 코즐로프 러시아 천연자원환경부 장관이 위원회 공동위원장을 맡고 있다.
North Korea celebrated the 76th anniversary of its founding on Monday. || 북한은 월요일 정권 수립 76주년을 경축했다.
Putin sent a congratulatory message to Kim Jong-un on the anniversary. || 푸틴 대통령은 기념일을 맞아 김정은 국무위원장에게 축전을 보냈다.
Kim Jong-un sent a birthday message to Putin on Oct. 7. || 김정은 국무위원장은 10월 7일 푸틴 대통령에게 생일 축하 메시지를 보냈다.
In the message, Kim called Putin his "dearest comrade." || 김 위원장은 메시지에서 푸틴 대통령을 "가장 친근한 동지"라고 불렀다.
The two countries established diplomatic relations on Oct. 12, 1948. || 양국은 1948년 10월 12일 외교 관계를 수립했다.
The Soviet Union was the first country to recognize North Korea. || 소련은 북한을 가장 먼저 승인한 나라였다.
Relations cooled after the collapse of the Soviet Union in 1991. || 양국 관계는 1991년 소련 붕괴 이후 냉각됐다.
Putin and Kim Jong-il signed a joint declaration in Pyongyang in July 2000. || 푸틴 대통령과 김정일 국방위원장은 2000년 7월 평양에서 공동선언에 서명했다.
Kim Jong-un first met Putin in Vladivostok in April 2019. || 김정은 국무위원장은 2019년 4월 블라디보스토크에서 푸틴 대통령과 처음 만났다.
That summit took place on Russky Island. || 당시 정상회담은 루스키섬에서 열렸다.
Peskov said the Kremlin had nothing to add. || 페스코프 대변인은 크렘린궁이 덧붙일 말이 없다고 말했다.
Peskov did not elaborate. || 페스코프 대변인은 구체적인 언급을 하지 않았다.
Zakharova said Russia was developing relations with North Korea "in all directions." || 자하로바 대변인은 러시아가 북한과의 관계를 "모든 방향에서" 발전시키고 있다고 말했다.
The Russian Foreign Ministry said the talks were "constructive and substantive." || 러시아 외무부는 회담이 "건설적이고 실질적"이었다고 밝혔다.
North Korea's state media did not mention the talks. || 북한 관영 매체는 이 회담을 언급하지 않았다.
The Rodong Sinmun carried the statement on its front page. || 노동신문은 이 담화를 1면에 실었다.
The Rodong Sinmun is the official newspaper of the Workers' Party of Korea. || 노동신문은 조선노동당의 기관지다.
Korean Central Television aired footage of the ceremony. || 조선중앙TV는 행사 영상을 방영했다.
TASS reported that the Russian delegation had arrived in Pyongyang. || 타스통신은 러시아 대표단이 평양에 도착했다고 보도했다.
RIA Novosti quoted a diplomatic source as saying the visit was being prepared. || 리아노보스티 통신은 외교 소식통을 인용해 방문이 준비되고 있다고 전했다.
Interfax said the two sides would sign several agreements. || 인테르팍스 통신은 양측이 여러 건의 협정에 서명할 것이라고 전했다.
According to Yonhap, the North fired two short-range ballistic missiles. || 연합뉴스에 따르면 북한은 단거리 탄도미사일 2발을 발사했다.
The Joint Chiefs of Staff said the missiles flew about 350 kilometers. || 합동참모본부는 미사일이 약 350km를 비행했다고 밝혔다.
South Korea's military has strengthened its surveillance and readiness posture. || 한국군은 감시와 경계 태세를 강화했다.
The launch came a day after South Korea and the United States wrapped up joint military drills. || 이번 발사는 한미가 연합군사훈련을 마친 지 하루 만에 이뤄졌다.
North Korea views the drills as rehearsals for an invasion. || 북한은 이 훈련을 침략을 위한 예행연습으로 간주한다.
The United States said it had no hostile intent toward North Korea. || 미국은 북한에 대한 적대적 의도가 없다고 밝혔다.
Washington has repeatedly offered to resume dialogue without preconditions. || 미국은 전제조건 없이 대화를 재개하자고 거듭 제안해 왔다.
Pyongyang has rejected the offer. || 평양은 이 제안을 거부했다.
The KCNA said Kim inspected a munitions factory on Sunday. || 조선중앙통신은 김 위원장이 일요일 군수공장을 시찰했다고 전했다.
The KCNA did not say when the visit would take place. || 조선중앙통신은 방문 시기를 밝히지 않았다.
According to the KCNA, the two sides discussed cooperation in agriculture and fisheries. || 조선중앙통신에 따르면 양측은 농업·수산 분야 협력을 논의했다.
The KCNA reported the meeting a day later. || 조선중앙통신은 하루 뒤 이 회담을 보도했다.
North Korea's official KCNA news agency released the full text of the statement. || 북한 관영 조선중앙통신은 담화 전문을 공개했다.
"Russia's victory is certain," the KCNA quoted Kim as saying. || 조선중앙통신은 김 위원장이 "러시아의 승리는 확정적"이라고 말했다고 전했다.
The DPRK government will continue to support the Russian government and people. || 조선민주주의인민공화국 정부는 러시아 정부와 인민을 계속 지지할 것이다.
The DPRK and Russia agreed to cooperate in the field of space technology. || 조선민주주의인민공화국과 러시아는 우주 기술 분야에서 협력하기로 합의했다.
The DPRK delegation arrived in Moscow on Monday. || 조선민주주의인민공화국 대표단은 월요일 모스크바에 도착했다.
The DPRK embassy in Moscow held a reception on Friday. || 모스크바 주재 조선민주주의인민공화국 대사관은 금요일 연회를 열었다.
The DPRK will never recognize the so-called Northern Limit Line. || 조선민주주의인민공화국은 이른바 북방한계선을 결코 인정하지 않을 것이다.
The DPRK and the Russian Federation are independent sovereign states. || 조선민주주의인민공화국과 러시아연방은 자주적인 주권국가다.
Putin expressed his willingness to visit the DPRK at an early date. || 푸틴 대통령은 이른 시일 안에 조선민주주의인민공화국을 방문할 용의를 표명했다.
The Russian Federation is the legal successor of the Soviet Union. || 러시아연방은 소련의 법적 승계국이다.
The Vostochny Cosmodrome is Russia's newest space launch center. || 보스토치니 우주기지는 러시아의 최신 우주 발사 기지다.
The cosmodrome is located in the Amur region in the Russian Far East. || 이 우주기지는 러시아 극동 아무르주에 있다.
Kim toured the facility's rocket assembly building. || 김 위원장은 우주기지의 로켓 조립동을 둘러봤다.
Putin said Russia could help North Korea build satellites "if needed." || 푸틴 대통령은 "필요하다면" 러시아가 북한의 위성 개발을 도울 수 있다고 말했다.
Kim said North Korea would always stand with Russia. || 김 위원장은 북한이 언제나 러시아와 함께할 것이라고 말했다.
Kim said Russia was "fighting a sacred war" to defend its sovereignty. || 김 위원장은 러시아가 주권을 지키기 위해 "신성한 싸움"을 벌이고 있다고 말했다.
The two leaders exchanged gifts after the talks. || 두 정상은 회담 후 선물을 교환했다.
Putin gave Kim a Russian-made Aurus limousine. || 푸틴 대통령은 김 위원장에게 러시아제 아우루스 리무진을 선물했다.
Kim presented Putin with a pair of Pungsan dogs. || 김 위원장은 푸틴 대통령에게 풍산개 한 쌍을 선물했다.
The gifts were seen as a sign of personal friendship. || 이 선물들은 개인적 친분의 표시로 받아들여졌다.
Analysts say the partnership benefits both sides. || 전문가들은 이 협력 관계가 양측 모두에 이익이 된다고 말한다.
North Korea needs food, energy and hard currency. || 북한은 식량과 에너지, 외화가 필요하다.
Russia needs artillery shells and missiles for the war in Ukraine. || 러시아는 우크라이나 전쟁에 쓸 포탄과 미사일이 필요하다.
Experts warn that Russian technology could advance North Korea's missile programs. || 전문가들은 러시아의 기술이 북한의 미사일 개발을 진전시킬 수 있다고 경고한다.
Seoul summoned the Russian ambassador to protest. || 한국 정부는 러시아 대사를 초치해 항의했다.
The Russian ambassador to Seoul is Georgy Zinoviev. || 주한 러시아 대사는 게오르기 지노비예프다.
The Russian ambassador to Pyongyang, Alexander Matsegora, died in December 2024. || 알렉산드르 마체고라 주북한 러시아 대사는 2024년 12월 별세했다.
Matsegora had served in Pyongyang since 2014. || 마체고라 대사는 2014년부터 평양에서 근무했다.
North Korea has an embassy in Moscow and a consulate general in Vladivostok. || 북한은 모스크바에 대사관을, 블라디보스토크에 총영사관을 두고 있다.
Russia's Far East borders North Korea along a 17-kilometer stretch of the Tumen River. || 러시아 극동은 두만강을 따라 17km 구간에서 북한과 국경을 맞대고 있다.
The Friendship Bridge is a railway bridge across the Tumen River. || 우정의 다리는 두만강을 가로지르는 철교다.
The Khasan-Rajin railway was reopened in 2013. || 하산-나진 철도는 2013년 재개통됐다.
Rason is a special economic zone in North Korea's northeast. || 나선은 북한 북동부의 경제특구다.
North Korean workers have reportedly been sent to Russia despite UN sanctions. || 유엔 제재에도 불구하고 북한 노동자들이 러시아에 파견된 것으로 알려졌다.
Sanctions ban UN member states from hiring North Korean workers. || 제재는 유엔 회원국이 북한 노동자를 고용하는 것을 금지하고 있다.
The Security Council adopted its first resolution on North Korea in 2006. || 유엔 안보리는 2006년 북한에 관한 첫 결의를 채택했다.
North Korea conducted its sixth nuclear test in September 2017. || 북한은 2017년 9월 6차 핵실험을 했다.
Kim Jong-un took power in December 2011 after the death of his father. || 김정은은 2011년 12월 부친 사망 후 권력을 잡았다.
Kim holds the title of President of the State Affairs. || 김정은은 국무위원장 직함을 갖고 있다.
He is also general secretary of the Workers' Party of Korea. || 그는 조선노동당 총비서이기도 하다.
Putin has been in power since 2000. || 푸틴 대통령은 2000년부터 집권하고 있다.
Putin began his fifth term in May 2024. || 푸틴 대통령은 2024년 5월 다섯 번째 임기를 시작했다.
Lavrov has been Russia's foreign minister since 2004. || 라브로프 장관은 2004년부터 러시아 외무장관을 맡고 있다.
Peskov has served as Kremlin spokesman since 2012. || 페스코프는 2012년부터 크렘린궁 대변인을 맡고 있다.
The North Korean leader was accompanied by Foreign Minister Choe Son Hui. || 북한 지도자에게는 최선희 외무상이 동행했다.
Other members of the delegation included Defense Minister No Kwang Chol. || 대표단에는 노광철 국방상도 포함됐다.
The North Korean delegation left Moscow on Wednesday. || 북한 대표단은 수요일 모스크바를 떠났다.
The visit lasted three days. || 방문은 사흘간 이어졌다.
Two days later, the North issued another statement. || 이틀 뒤 북한은 또 다른 담화를 발표했다.
The statement was issued in the name of the foreign ministry spokesperson. || 담화는 외무성 대변인 명의로 발표됐다.
North Korea often issues statements through its foreign ministry. || 북한은 종종 외무성을 통해 담화를 발표한다.
The North Korean foreign ministry is headed by Choe Son Hui. || 북한 외무성은 최선희 외무상이 이끌고 있다.
The foreign ministers of the two countries meet regularly. || 양국 외교 수장은 정기적으로 회동하고 있다.
Russia and North Korea held their first strategic dialogue in Moscow in November 2024. || 러시아와 북한은 2024년 11월 모스크바에서 첫 전략대화를 열었다.
The next round will be held in Pyongyang. || 다음 회의는 평양에서 열린다.
The dialogue was launched under the treaty signed in June. || 이 대화는 6월에 서명된 조약에 따라 시작됐다.
The two sides also agreed to hold regular consultations between their foreign ministries. || 양측은 외교 부처 간 정례 협의를 열기로 합의했다.
North Korea sent a delegation to the Eastern Economic Forum in Vladivostok. || 북한은 블라디보스토크에서 열린 동방경제포럼에 대표단을 보냈다.
The forum is held every September. || 이 포럼은 매년 9월 열린다.
About 1,500 Russian tourists visited North Korea last year. || 지난해 러시아 관광객 약 1천500명이 북한을 방문했다.
The number of tourists is expected to rise this year. || 올해 관광객 수는 늘어날 것으로 예상된다.
The Wonsan-Kalma coastal tourist area opened in July 2025. || 원산갈마 해안관광지구는 2025년 7월 개장했다.
Russian airlines operate flights between Moscow and Pyongyang. || 러시아 항공사들은 모스크바와 평양을 오가는 항공편을 운항하고 있다.
Air Koryo flies to Vladivostok twice a week. || 고려항공은 블라디보스토크에 주 2회 취항한다.
Air Koryo is North Korea's state airline. || 고려항공은 북한의 국영 항공사다.
Putin said the West was trying to isolate both countries. || 푸틴 대통령은 서방이 양국을 고립시키려 하고 있다고 말했다.
Kim said the two countries face a common enemy. || 김 위원장은 양국이 공동의 적에 맞서고 있다고 말했다.
The United States and its allies have imposed sweeping sanctions on Russia. || 미국과 동맹국들은 러시아에 광범위한 제재를 부과했다.
Japan expressed serious concern over the growing military cooperation. || 일본은 심화하는 군사협력에 심각한 우려를 표명했다.
China said it was not aware of the details of the agreement. || 중국은 협정의 세부 내용을 알지 못한다고 밝혔다.
NATO Secretary-General Mark Rutte called the deployment a dangerous escalation. || 마르크 뤼터 나토 사무총장은 이번 파병을 위험한 확전이라고 말했다.
Ukraine said it had captured two North Korean soldiers. || 우크라이나는 북한군 2명을 생포했다고 밝혔다.
President Volodymyr Zelensky posted a video of the soldiers. || 볼로디미르 젤렌스키 대통령은 이 군인들의 영상을 공개했다.
South Korea's Unification Ministry said it would closely monitor the situation. || 통일부는 상황을 면밀히 주시하겠다고 밝혔다.
The ministry handles relations with North Korea. || 통일부는 대북 관계를 담당한다.
North Korea has labeled South Korea its "principal enemy." || 북한은 한국을 "제1의 적대국"으로 규정했다.
Kim Jong-un said unification with the South was no longer possible. || 김정은 국무위원장은 남한과의 통일이 더는 불가능하다고 말했다.
The North blew up roads and railways connecting the two Koreas in October 2024. || 북한은 2024년 10월 남북을 잇는 도로와 철도를 폭파했다.
Military tensions on the Korean Peninsula remain high. || 한반도의 군사적 긴장은 여전히 높다.
The statement called for peace and stability in Northeast Asia. || 담화는 동북아시아의 평화와 안정을 촉구했다.
Both sides stressed the importance of the treaty. || 쌍방은 조약의 중요성을 강조했다.
The meeting was held behind closed doors. || 회의는 비공개로 진행됐다.
Details of the talks were not disclosed. || 회담의 구체적인 내용은 공개되지 않았다.
The two leaders agreed to meet again. || 두 정상은 다시 만나기로 합의했다.
Putin invited Kim to visit Moscow. || 푸틴 대통령은 김 위원장에게 모스크바를 방문해 달라고 초청했다.
Kim accepted the invitation with pleasure. || 김 위원장은 초청을 기꺼이 수락했다.
No date has been set for Kim's visit to Moscow. || 김 위원장의 모스크바 방문 날짜는 아직 정해지지 않았다.
Peskov said the visit would take place "at a convenient time." || 페스코프 대변인은 방문이 "편리한 시기에" 이뤄질 것이라고 말했다.
The statement was released at 6 a.m. || 담화는 오전 6시에 발표됐다.
The KCNA report was also carried by the Rodong Sinmun. || 조선중앙통신의 보도는 노동신문에도 실렸다.
North Korea's state media regularly publish statements by Kim Yo-jong. || 북한 관영 매체는 김여정 부부장의 담화를 정기적으로 싣는다.
Kim Yo-jong said in a statement carried by the KCNA that the North had no interest in talks. || 김여정 부부장은 조선중앙통신을 통해 발표한 담화에서 북한이 대화에 관심이 없다고 밝혔다.
North Korea marked the first anniversary of the treaty on June 19, 2025. || 북한은 2025년 6월 19일 조약 체결 1주년을 기념했다.
Russian Security Council Secretary Sergei Shoigu visited Pyongyang twice in June 2025. || 세르게이 쇼이구 러시아 국가안보회의 서기는 2025년 6월 두 차례 평양을 방문했다.
Shoigu said North Korea would send 1,000 deminers to the Kursk region. || 쇼이구 서기는 북한이 쿠르스크주에 지뢰 제거 요원 1천 명을 보낼 것이라고 말했다.
The announcement came after Shoigu met with Kim Jong-un in Pyongyang. || 이 발표는 쇼이구 서기가 평양에서 김정은 국무위원장과 만난 뒤 나왔다.
"We will never forget the help of our Korean friends," Putin said. || 푸틴 대통령은 "우리는 조선 친구들의 도움을 결코 잊지 않을 것"이라고 말했다.
"The DPRK is our reliable partner," Lavrov told reporters. || 라브로프 장관은 기자들에게 "조선민주주의인민공화국은 우리의 믿음직한 파트너"라고 말했다.
Lavrov told reporters in Pyongyang that Russia supported the DPRK's position. || 라브로프 장관은 평양에서 기자들에게 러시아가 조선민주주의인민공화국의 입장을 지지한다고 말했다.
"Our two countries are bound by blood," Kim said. || 김 위원장은 "우리 두 나라는 피로 맺어졌다"고 말했다.
The North said the drills were "a dangerous provocation." || 북한은 이 훈련이 "위험천만한 도발"이라고 주장했다.
Pyongyang said Seoul and Washington were "escalating tensions." || 평양은 한국과 미국이 "긴장을 격화시키고 있다"고 주장했다.
Moscow called the accusations "groundless." || 모스크바는 이 의혹이 "근거 없다"고 일축했다.
Seoul said it would respond sternly to any provocation by the North. || 한국 정부는 북한의 어떠한 도발에도 단호히 대응하겠다고 밝혔다.
The president convened a meeting of the National Security Council on Sunday. || 대통령은 일요일 국가안전보장회의를 소집했다.
The Korean War ended in an armistice in July 1953. || 6·25 전쟁은 1953년 7월 정전협정으로 끝났다.
"""

# ---------------------------------------------------------------- failure modes


@dataclass(frozen=True)
class Fault:
    """A systematic MT error: in ``families``, with probability ``rate``, ``subs`` replace correct renderings."""

    name: str
    families: tuple[str, ...]
    rate: float
    subs: tuple[tuple[str, str], ...]


FAULTS = (
    Fault("F1", ("visit_dprk", "quote_dprk"), 0.8, (("조선민주주의인민공화국", "북한"),)),
    Fault("F2", ("fm_trip",), 0.75, (("외무상", "외교부 장관"),)),
    Fault("F3", ("translit",), 0.9, (("최선희", "최순희"), ("김정은", "김종은"))),
    Fault("F4", ("kcna_attr",), 0.7, (("조선중앙통신", "KCNA"),)),
)
_FAULT_BY_NAME = {fault.name: fault for fault in FAULTS}
_PARTICLE_TAIL = "(이라고|이라는|으로|은|는|이|가|을|를|과|와|로)?"
_CANONICAL = {"는": "은", "가": "이", "를": "을", "와": "과", "로": "으로"}


def replace_term(text: str, old: str, new: str) -> str:
    """Replace ``old`` by ``new`` and re-agree the particle that follows (조선중앙통신은 -> KCNA는)."""
    def _swap(match: re.Match) -> str:
        particle = match.group(1)
        if not particle:
            return new
        return attach(new, _CANONICAL.get(particle, particle))
    return re.sub(re.escape(old) + _PARTICLE_TAIL, _swap, text)


def apply_fault(ko: str, fault: Fault) -> str:
    for old, new in fault.subs:
        ko = replace_term(ko, old, new)
    return ko


# ---------------------------------------------------------------- generation


@dataclass(frozen=True)
class Record:
    """One generated pair with where it came from: ``template`` is -1 for hand-written pairs."""

    en: str
    ko: str
    family: str
    template: int
    faults: tuple[str, ...] = ()


@dataclass(frozen=True)
class Template:
    family: str
    en: str
    ko: str


_SLOT = re.compile(r"\{([A-Z]+?)(\d*)(?:\.(\w+))?(\^)?(?::([^}]+))?\}")
_PERSON_KINDS = {"K", "R", "S", "W", "P", "FM", "KC", "FMR"}
_UNIONS = {"VEN": ("VENK", "VENR")}


def _parse_templates() -> list[Template]:
    out = []
    for line in TEMPLATES.strip().splitlines():
        family, en, ko = line.split(" || ")
        out.append(Template(family, en, ko))
    return out


TEMPLATE_LIST = _parse_templates()


def _date(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(2018, 2025), rng.randint(1, 12), rng.randint(1, 28)


def _money(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.7:
        m = rng.randint(1, 999)
        return f"${m} million", ko_number(m * 1_000_000) + " 달러"
    tenths = rng.randint(10, 99)
    return f"${tenths / 10:g} billion", ko_number(tenths * 100_000_000) + " 달러"


def _number(rng: random.Random) -> tuple[str, str]:
    n = rng.choice((rng.randint(2, 99) * 10, rng.randint(2, 99) * 100, rng.randint(1, 30) * 1000,
                    rng.randint(11, 999) * 100))
    return f"{n:,}", ko_number(n)


def _dynamic(kind: str, rng: random.Random) -> dict[str, tuple[str, str]] | None:
    """Fillers built per use: dates, numbers, the DPRK and KCNA names."""
    if kind == "D":
        y, m, d = _date(rng)
        return {"default": (en_date(y, m, d), ko_date(y, m, d))}
    if kind == "DM":
        _, m, d = _date(rng)
        return {"default": (f"{EN_MONTHS[m - 1]} {d}", f"{m}월 {d}일")}
    if kind == "M":
        y, m = rng.randint(1990, 2025), rng.randint(1, 12)
        return {"default": (f"{EN_MONTHS_FULL[m - 1]} {y}", f"{y}년 {m}월")}
    if kind == "Y":
        y = rng.randint(2000, 2025)
        return {"default": (str(y), f"{y}년")}
    if kind == "DR":
        (y, m, d), gap = _date(rng), rng.randint(1, 11)
        y2, m2 = y + (m + gap - 1) // 12, (m + gap - 1) % 12 + 1
        return {"a": (en_date(y, m, d), ko_date(y, m, d)), "b": (en_date(y2, m2, d), ko_date(y2, m2, d))}
    return _dynamic_quantity(kind, rng)


def _dynamic_quantity(kind: str, rng: random.Random) -> dict[str, tuple[str, str]] | None:
    if kind == "N":
        return {"default": _number(rng)}
    if kind == "NKM":
        km = str(rng.randint(5, 99) * 10)
        return {"default": (km, km)}
    if kind == "PCT":
        pct = rng.choice((str(rng.randint(2, 60)), f"{rng.randint(10, 600) / 10:g}"))
        return {"default": (pct, pct)}
    if kind == "ORD":
        n = rng.choice((1, 5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 75, 76, 77, 78, 79, 80))
        return {"default": (en_ordinal(n), str(n))}
    if kind == "MONEY":
        return {"default": _money(rng)}
    return _dynamic_name(kind, rng)


def _dynamic_name(kind: str, rng: random.Random) -> dict[str, tuple[str, str]] | None:
    if kind == "DPRK":
        return {"default": ("the DPRK", "조선민주주의인민공화국"),
                "full": ("the Democratic People's Republic of Korea", "조선민주주의인민공화국")}
    if kind == "KCNA":
        long_forms = (("the Korean Central News Agency", "조선중앙통신"),
                      ("the official Korean Central News Agency", "관영 조선중앙통신"),
                      ("the state-run Korean Central News Agency (KCNA)", "관영 조선중앙통신"),
                      ("North Korea's official Korean Central News Agency", "북한 관영 조선중앙통신"))
        return {"short": (rng.choice(("the KCNA", "KCNA")), "조선중앙통신"), "long": rng.choice(long_forms)}
    return None


def _static_choices(kind: str) -> list:
    if kind in _PERSON_KINDS:
        return _rows_for(kind)
    if kind == "C":
        return COUNTRIES
    if kind in _UNIONS:
        return [item for part in _UNIONS[kind] for item in SIMPLE[part]]
    return SIMPLE[kind]


def _static_forms(kind: str, item, rng: random.Random) -> dict[str, tuple[str, str]]:
    if kind in _PERSON_KINDS:
        return _person_forms(item, rng)
    if kind == "C":
        return {"default": (item[0], item[2]), "adj": (item[1], item[2])}
    return {"default": item}


def _fill(kind: str, rng: random.Random, used: set) -> dict[str, tuple[str, str]]:
    """A filler for one slot; distinct from the other slots of the sentence (K1 != K2, L != L2)."""
    forms = _dynamic(kind, rng)
    if forms is not None:
        return forms
    choices = _static_choices(kind)
    for _ in range(20):
        item = rng.choice(choices)
        key = item.split("|")[2] if isinstance(item, str) else item[-1]
        if key not in used:
            break
    used.add(key)
    return _static_forms(kind, item, rng)


def _fillers(template: Template, rng: random.Random) -> dict[str, dict[str, tuple[str, str]]]:
    used: set = set()
    slots: dict[str, dict[str, tuple[str, str]]] = {}
    for match in _SLOT.finditer(template.en + template.ko):
        slot_id = match.group(1) + match.group(2)
        if slot_id not in slots:
            slots[slot_id] = _fill(match.group(1), rng, used)
    return slots


def _capitalize_first(text: str) -> str:
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1:]
    return text


def _render(text: str, slots: dict, side: int) -> str:
    def _sub(match: re.Match) -> str:
        forms = slots[match.group(1) + match.group(2)]
        value = forms[match.group(3) or ("default" if "default" in forms else "short")][side]
        if side == 0 and match.group(4):
            value = _capitalize_first(value)
        if side == 1 and match.group(5):
            value = attach(value, match.group(5))
        return value
    return " ".join(_SLOT.sub(_sub, text).split())


def render(index: int, rng: random.Random) -> Record:
    """One pair from template ``index`` with fresh fillers and the family's failure modes."""
    template = TEMPLATE_LIST[index]
    slots = _fillers(template, rng)
    en = _capitalize_first(_render(template.en, slots, 0))
    ko = _render(template.ko, slots, 1)
    fired = []
    for fault in FAULTS:
        if template.family in fault.families and rng.random() < fault.rate:
            faulted = apply_fault(ko, fault)
            if faulted != ko:
                ko = faulted
                fired.append(fault.name)
    return Record(en, ko, template.family, index, tuple(fired))


def hand_records() -> list[Record]:
    """The seed article (with its documented errors) then the hand-written pairs, English deduplicated."""
    out, seen = [], set()
    for _, en, ko, faults in SEED:
        for name in faults:
            ko = apply_fault(ko, _FAULT_BY_NAME[name])
        out.append(Record(en, ko, "seed", -1, faults))
        seen.add(en)
    for line in HAND.strip().splitlines():
        en, ko = line.split(" || ")
        if en not in seen:
            out.append(Record(en, ko, "hand", -1))
            seen.add(en)
    return out


def generate_records(n: int, seed: int) -> list[Record]:
    """``n`` records: hand-written first, then templated ones (unique English side), reproducible for ``seed``."""
    rng = random.Random(seed)
    records = hand_records()[:n]
    seen = {record.en for record in records}
    budget = n * 30
    while len(records) < n and budget:
        budget -= 1
        record = render(rng.randrange(len(TEMPLATE_LIST)), rng)
        if record.en not in seen:
            seen.add(record.en)
            records.append(record)
    return records


def generate(n: int, seed: int) -> list[tuple[str, str]]:
    """``n`` (English, Korean) pairs; the hand-written pairs always come first."""
    return [(record.en, record.ko) for record in generate_records(n, seed)]


def seed_reference() -> list[str]:
    """The careful reference translation of the seed article, one paragraph per seed line."""
    lines = [""] * SEED_LINES
    for line_no, _, ko, _ in SEED:
        lines[line_no - 1] = f"{lines[line_no - 1]} {ko}".strip()
    return lines


# ---------------------------------------------------------------- CLI


def _write_tsv(pairs: list[tuple[str, str]], out: Path) -> None:
    """Write next to the target and rename, so a failed run never leaves a half-written corpus."""
    tmp = out.with_name(out.name + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="\n") as handle:
        for en, ko in pairs:
            handle.write(f"{en}\t{ko}\n")
    tmp.replace(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate the English->Korean demo corpus (en<TAB>ko lines).")
    parser.add_argument("--n", type=int, default=8000, help="number of pairs (default 8000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="TSV file to write")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.exit(2, f"corpus_ko: error: --n must be positive, got {args.n}\n")
    if not args.output.parent.is_dir():
        parser.exit(2, f"corpus_ko: error: {args.output.parent}: no such directory\n")
    _write_tsv(generate(args.n, args.seed), args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
