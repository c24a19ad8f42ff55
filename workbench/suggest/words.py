"""The word level of glossary suggestions: tokens with their case and position, the stop lists, case evidence.

A name candidate is a run of capitalised words; what a capital says is decided from the evidence here.
A word at the start of a sentence (or of a quotation) is capitalised anyway: it never counts when it is a
function word, and when it stands alone it counts only if the texts do not write it in lower case more
often than capitalised mid-sentence (the case of its repeated occurrences). A one-word candidate also
needs one occurrence capitalised on its own where no sentence starts. Title-case headlines say nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

# Function words, pronouns and sentence adverbs: capitalised only because a sentence starts with them.
FUNCTION = frozenset("""
a an the and or but nor of in on at to for with by from as into onto upon about above after against along
amid among around before behind below beside besides between beyond despite during except inside near off
outside over past since than through throughout toward towards under unlike until via within without
is are was were be been being am do does did have has had will would shall should can could may might must
it its he him his she her hers they them their we us our i me my you your this that these those there here
who whom whose which what when where why how whether if then so yet also not no only just even still already
again ever never always often soon now today yesterday tomorrow tonight all any both each either every few
many more most much neither none other others several some such one two three four five six seven eight
nine ten last next however meanwhile moreover furthermore therefore thus instead otherwise nevertheless
indeed according earlier later while although though because unless once
""".split())
# Never part of a name: they split a run ("Sunday Putin" is two things).
CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
HONORIFICS = frozenset("mr mrs ms dr prof sir madam".split())
# Alone they are ordinary words ("the North"); inside a run they are part of a name ("North Korea").
DIRECTIONS = frozenset("""north south east west northeast northwest southeast southwest northern southern
eastern western central""".split())
# Heads of titles: a run ends with the title ("Foreign Minister"), the name follows ("Sergei Lavrov").
TITLE_HEADS = frozenset("""president minister premier chairman chairwoman chairperson secretary spokesman
spokeswoman spokesperson ambassador envoy leader governor mayor commander chief director marshal
representative counsellor counselor consul speaker prosecutor senator""".split())
# Words that make a title of the one that follows ("Deputy" + "Foreign Minister").
MODIFIERS = frozenset("deputy vice first acting senior executive permanent special assistant prime".split())
ORG_HEADS = frozenset("""ministry committee commission council assembly party federation republic agency forum
bank army navy forces office department bureau service guard corporation company university institute
academy union organization organisation administration government cabinet presidium politburo court duma
parliament congress senate secretariat association center centre fund foundation alliance front league
society affairs staff news sinmun times station airport cosmodrome spaceport treaty agreement convention
declaration conference summit""".split())
# What a ministry or a minister is "of": the title goes on to here ("Minister of External Economic Relations").
DOMAINS = frozenset("""relations resources development trade industry security defence defense justice health
education finance culture sports economy agriculture energy transport communications construction""".split())
PLACE_SUFFIXES = frozenset("""region krai oblast territory province district county prefecture okrug city river
sea island islands mountain mountains lake bay strait peninsula square palace""".split())
# After a capitalised run, these lower-case words still belong to it: "Amur region", "Kremlin spokesman".
LOWER_PLACE = frozenset("region krai oblast territory province district county prefecture".split())
LOWER_TITLE_WORDS = MODIFIERS | frozenset("foreign defence defense press".split())
LOWER_TITLE_HEADS = frozenset("""spokesman spokeswoman spokesperson leader minister ambassador envoy
secretary chief president premier governor chairman""".split())
TERMINATORS = TITLE_HEADS | ORG_HEADS | PLACE_SUFFIXES | DOMAINS
# A single word that is one of these is no candidate on its own.
LONE = FUNCTION | CALENDAR | HONORIFICS | DIRECTIONS | TERMINATORS | MODIFIERS

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|(?:St|Mt|Ft)\.(?=\s+[A-Z])|[^\W_]+(?:[-'’][^\W_]+)*(?:(?<=s)['’](?![^\W_]))?|[^\w\s]")
_OPENERS = frozenset('"“‘«:')  # after these the next word starts a (quoted) sentence
_POSSESSIVES = ("'s", "’s")
HEADLINE_WORDS = 3  # capitalised words of 4+ letters a headline has at least
# The only words a title-case headline writes in lower case.
HEADLINE_LOWER = frozenset("a an the and or but nor of in on at to for with by from as into via vs".split())


@dataclass(frozen=True)
class Token:
    """A word (or one punctuation mark) of a sentence.

    Attributes:
        start, end: offsets in the sentence; `end` leaves out a possessive ('s, ') after the word.
        text: the word without its possessive.
        possessive: the word carried a possessive ("Russia's", "Workers'").
        initial: the first word of the sentence or of a quotation.
        word: False for punctuation.
    """

    start: int
    end: int
    text: str
    possessive: bool = False
    initial: bool = False
    word: bool = True

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capital(self) -> bool:
        return self.word and self.text[:1].isupper()


def tokenize(sentence: str) -> list[Token]:
    """The sentence's tokens in order, with possessives split off and sentence starts marked."""
    out: list[Token] = []
    initial = True
    for match in _TOKEN.finditer(sentence):
        text = match.group()
        if not text[0].isalnum():
            out.append(Token(match.start(), match.end(), text, word=False))
            initial = initial or text in _OPENERS
            continue
        base = text[:-2] if text.endswith(_POSSESSIVES) and len(text) > 2 else \
            text[:-1] if text[-1] in "'’" else text
        out.append(Token(match.start(), match.start() + len(base), base, base != text, initial))
        initial = False
    return out


def is_headline(tokens: Sequence[Token]) -> bool:
    """Title case or all capitals ("Putin Expresses Willingness to Visit Pyongyang"): no word but articles,
    conjunctions and prepositions is in lower case, so capitals say nothing about names. A sentence of
    names has its verb in lower case ("Foreign Minister Choe Son Hui met Sergei Lavrov")."""
    words = [token for token in tokens if token.word and token.text.isalpha()]
    if any(not token.capital and token.text not in HEADLINE_LOWER for token in words):
        return False
    return sum(token.capital for token in words if len(token.text) >= 4) >= HEADLINE_WORDS


@dataclass
class CaseEvidence:
    """How often each word (lower-cased) is written capitalised mid-sentence and in lower case."""

    capital_mid: Counter = field(default_factory=Counter)
    lower: Counter = field(default_factory=Counter)
    alone: Counter = field(default_factory=Counter)  # capitalised mid-sentence with no capitalised neighbour

    def add(self, tokens: Sequence[Token]) -> None:
        for k, token in enumerate(tokens):
            if not token.word:
                continue
            if not token.capital:
                self.lower[token.lower] += 1
            elif not token.initial:
                self.capital_mid[token.lower] += 1
                if not (k and tokens[k - 1].capital) and not (k + 1 < len(tokens) and tokens[k + 1].capital):
                    self.alone[token.lower] += 1

    def ordinary(self, word: str, alone: bool) -> bool:
        """A capital at a sentence start means nothing for this word: a function word, or, when it stands
        `alone` (not in a run of capitalised words: "Deputy Foreign Minister" keeps its "Deputy"), one the
        texts write in lower case more often than capitalised mid-sentence."""
        word = word.lower()
        return word in FUNCTION or word in CALENDAR or (alone and self.lower[word] > self.capital_mid[word])

    def seen_alone(self, word: str) -> bool:
        """At least once capitalised on its own where no sentence starts (what a one-word candidate needs:
        "Trade" in a heading and in "Commission on Trade" is no name of its own)."""
        return self.alone[word.lower()] > 0
