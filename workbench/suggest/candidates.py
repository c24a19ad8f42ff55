"""Candidate official names that no glossary entry covers, counted over the inputs and ranked.

Two passes over the sentences: the first gathers case evidence (how each word is written where no
sentence starts), the second finds candidates (workbench.suggest.names) around the glossary's hits.
Occurrences are grouped by the matcher's key (case, hyphens and spaces folded: "Choe Son-hui" and
"Choe Son Hui" are one candidate). A group is dropped when the glossary covers every spelling of it
(the matcher finds one entry spanning it), when it is one ordinary word (stop list, or never
capitalised where no sentence starts), or, for anything but a title, when the texts write it in lower
case more often than capitalised ("special military operation"). Titles are exempt: news style
capitalises them only before a name ("Foreign Minister Choe", "the foreign minister").

Rank: count × (1 + log2 files), so spread over files weighs more than repetition in one; ties go to
the longer name, then to the one seen first.
"""

from __future__ import annotations

import math
import string
from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

import ahocorasick

from glossary.matcher import Matcher, prepare
from glossary.model import Glossary
from workbench.suggest import names
from workbench.suggest.inputs import Text
from workbench.suggest.words import LONE, CaseEvidence, is_headline, tokenize

MAX_EXAMPLES = 3
EXAMPLE_CHARS = 240


@dataclass(frozen=True)
class Candidate:
    """A name the glossary lacks.

    Attributes:
        source: the spelling seen most often.
        forms: every spelling seen, most frequent first (source included).
        kind: "title", "organisation", "place" or "name" (a guess from its words).
        count: occurrences in all inputs.
        files: inputs it occurs in.
        examples: up to three sentences it occurs in.
    """

    source: str
    forms: tuple[str, ...]
    kind: str
    count: int
    files: int
    examples: tuple[str, ...]

    @property
    def score(self) -> float:
        return self.count * (1 + math.log2(self.files))


@dataclass
class _Group:
    order: int
    forms: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)
    files: set = field(default_factory=set)
    examples: list = field(default_factory=list)

    def add(self, found: names.Found, file: int, sentence: str) -> None:
        self.forms[found.text] += 1
        self.kinds[found.kind] += 1
        self.files.add(file)
        if len(self.examples) < MAX_EXAMPLES and sentence not in self.examples:
            self.examples.append(sentence)

    def spellings(self) -> list[str]:
        """Most frequent first, but one with capitals before any all in lower case ("Deputy Foreign Minister"
        before "deputy foreign minister", as a glossary writes a title); on a tie, more capitals first."""
        return sorted(self.forms, key=lambda form: (form.islower(), -self.forms[form], -sum(map(str.isupper, form))))

    @property
    def kind(self) -> str:
        return self.kinds.most_common(1)[0][0]

    def candidate(self, forms: list[str]) -> Candidate:
        examples = tuple(text if len(text) <= EXAMPLE_CHARS else text[:EXAMPLE_CHARS - 1] + "…"
                         for text in self.examples)
        return Candidate(forms[0], tuple(forms), self.kind, sum(self.forms.values()),
                         len(self.files), examples)


def find_candidates(texts: Sequence[Text], glossary: Glossary) -> list[Candidate]:
    """Every candidate in `texts` that `glossary` does not cover, best first."""
    matcher = Matcher(glossary)
    subjects = {entry.id: entry.subject for entry in glossary.entries}
    sentences = [(number, sentence, tokenize(sentence)) for number, text in enumerate(texts)
                 for sentence in text.sentences]
    sentences = [item for item in sentences if not is_headline(item[2])]
    evidence = CaseEvidence()
    for _number, _sentence, tokens in sentences:
        evidence.add(tokens)
    groups: dict[str, _Group] = {}
    for number, sentence, tokens in sentences:
        for found in names.find(sentence, tokens, matcher.find(sentence), subjects, evidence):
            groups.setdefault(key(found.text), _Group(len(groups))).add(found, number, sentence)
    lowered = _lower_case_counts(groups, [sentence for _n, sentence, _t in sentences])
    kept = []
    for group in groups.values():
        forms = [form for form in group.spellings() if not covered(form, matcher)]
        if forms and _worth_it(group, forms[0], evidence, lowered):
            kept.append((group, group.candidate(forms)))
    kept.sort(key=lambda item: (-item[1].score, -len(item[1].source.split()), item[0].order))
    return [candidate for _group, candidate in kept]


def key(text: str) -> str:
    """What makes two spellings one candidate: the matcher's lower-cased tokens."""
    return " ".join(prepare(text).tokens)


def covered(form: str, matcher: Matcher) -> bool:
    """True when one glossary entry matches all of `form` (in capitals, as a dateline writes it: also
    when it matches the form in title case, "PYONGYANG" ~ "Pyongyang")."""
    spellings = [form, string.capwords(form.lower())] if form.isupper() and len(form) > 4 else [form]
    return any(hit.start == 0 and hit.end == len(text) for text in spellings for hit in matcher.find(text))


def _worth_it(group: _Group, source: str, evidence: CaseEvidence, lowered: Counter) -> bool:
    words = [token for token in tokenize(source) if token.word]
    if len(words) == 1:
        return words[0].lower not in LONE and evidence.seen_alone(words[0].text)
    return group.kind == "title" or lowered[source.lower()] <= sum(group.forms.values())


def _lower_case_counts(groups: dict[str, _Group], sentences: list[str]) -> Counter:
    """How often each multiword candidate is written all in lower case (whole words) in the sentences."""
    automaton = ahocorasick.Automaton()
    for group in groups.values():
        source = group.spellings()[0]
        if " " in source and source.lower() != source:
            automaton.add_word(source.lower(), source.lower())
    counts: Counter = Counter()
    if len(automaton) == 0:
        return counts
    automaton.make_automaton()
    for sentence in sentences:
        for end, phrase in automaton.iter(sentence):
            start = end - len(phrase) + 1
            if _whole(sentence, start, end + 1):
                counts[phrase] += 1
    return counts


def _whole(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
