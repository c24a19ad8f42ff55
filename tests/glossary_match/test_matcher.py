"""Matcher rules: whole words, case, possessives, plurals, hyphen/space variants, folding, offsets, overlaps."""

from __future__ import annotations

import pytest

from glossary.matcher import Hit, Matcher
from glossary.model import Entry, Glossary, MatchOptions


def entry(entry_id: str, *sources: str, case: bool = True, whole: bool = True, subject: str | None = None) -> Entry:
    return Entry(entry_id, tuple(sources), match=MatchOptions(case, whole), subject=subject)


GLOSSARY = Glossary("test", (
    entry("dprk", "DPRK", "Democratic People's Republic of Korea", subject="country"),
    entry("kim-jong-un", "Kim Jong-un", subject="person"),
    entry("choe", "Choe Son Hui", subject="person"),
    entry("fm", "Foreign Minister", subject="title"),
    entry("psa", "President of the State Affairs", subject="title"),
    entry("sac", "State Affairs Commission", subject="organisation"),
    entry("treaty", "Treaty on Comprehensive Strategic Partnership", subject="treaty"),
    entry("csp", "comprehensive strategic partnership", case=False),
    entry("smo", "special military operation", subject="phrase"),
    entry("pyongyang", "Pyongyang", subject="place"),
    entry("putin", "Putin", subject="person"),
    entry("peninsula", "Korean Peninsula", subject="place"),
    entry("cafe", "Café Pushkin", subject="place"),
    entry("juche", '"Juche" idea', subject="phrase"),
))
MATCHER = Matcher(GLOSSARY)


def found(text: str, matcher: Matcher = MATCHER) -> list[tuple[str, str]]:
    hits = matcher.find(text)
    for hit in hits:  # offsets into the original text, always
        assert text[hit.start:hit.end] == hit.matched
    return [(hit.entry_id, hit.matched) for hit in hits]


def test_hit_is_a_frozen_dataclass_with_offsets_and_preferred_form():
    [hit] = MATCHER.find("Talks in Pyongyang.")
    assert hit == Hit("pyongyang", 9, 18, "Pyongyang", "Pyongyang")
    with pytest.raises(AttributeError):
        hit.start = 0  # type: ignore[misc]


@pytest.mark.parametrize("text", ["The DPRK's view", "The DPRK’s view", "The DPRK' view", "The DPRKʼs view"])
def test_possessive_hit_covers_the_name_only(text):
    assert found(text) == [("dprk", "DPRK")]


@pytest.mark.parametrize("text", ["xDPRK", "DPRKish", "the dprk", "DPRK2", "Putins", "pyongyang"])
def test_whole_words_and_case(text):
    assert found(text) == []


@pytest.mark.parametrize("text", ["Kim Jong-un", "Kim Jong Un", "Kim Jong un", "Kim Jongun", "Kim Jong-Un", "Kim\nJong-un"])
def test_hyphen_space_and_closed_up_variants(text):
    assert found(f"Leader {text}'s visit") == [("kim-jong-un", text)]


@pytest.mark.parametrize("text", ["kim jong un", "KIM JONG UN", "Kim jong-un", "KimJong-un", "Kim Jong\n\nUn"])
def test_variants_keep_the_case_of_other_letters_and_paragraphs(text):
    assert found(text) == []


def test_space_in_source_matches_hyphen_in_text():
    assert found("Choe Son-hui and Choe Son Hui") == [("choe", "Choe Son-hui"), ("choe", "Choe Son Hui")]


def test_lowercase_common_noun_does_not_match_a_case_sensitive_title():
    assert found("matters of state affairs commission") == []
    assert found("the State Affairs Commission") == [("sac", "State Affairs Commission")]


def test_case_insensitive_is_opt_in():
    assert found("A Comprehensive Strategic Partnership") == [("csp", "Comprehensive Strategic Partnership")]


def test_leftmost_longest_prefers_the_treaty():
    text = "signed the Treaty on Comprehensive Strategic Partnership, a comprehensive strategic partnership"
    assert found(text) == [("treaty", "Treaty on Comprehensive Strategic Partnership"),
                           ("csp", "comprehensive strategic partnership")]


def test_title_and_name_are_two_hits():
    assert found("Foreign Minister Choe Son Hui said") == [("fm", "Foreign Minister"), ("choe", "Choe Son Hui")]


def test_longer_overlapping_entry_wins_then_next_starts_after_it():
    text = "President of the State Affairs Commission"
    assert found(text) == [("psa", "President of the State Affairs")]


def test_plurals_for_common_nouns_and_titles_not_names():
    assert found("two special military operations") == [("smo", "special military operations")]
    assert found("the Foreign Ministers met") == [("fm", "Foreign Ministers")]
    assert found("two Pyongyangs") == []


@pytest.mark.parametrize("text", ["Democratic People's Republic of Korea", "Democratic People’s Republic of Korea",
                                  "Democratic People‘s Republic of Korea"])
def test_straight_and_typographic_apostrophes(text):
    assert found(text) == [("dprk", text)]


def test_typographic_quotes():
    assert found("the “Juche” idea") == [("juche", "“Juche” idea")]


def test_nfc_normalisation_keeps_exact_offsets():
    decomposed = "Cafe\u0301 Pushkin"
    text = "e\u0301e\u0301 then " + decomposed + " and Putin"
    assert found(text) == [("cafe", decomposed), ("putin", "Putin")]


def test_zero_width_characters_and_soft_hyphens_are_ignored():
    text = "Pyong\u00adyang and Pu\u200btin"
    assert found(text) == [("pyongyang", "Pyong\u00adyang"), ("putin", "Pu\u200btin")]


@pytest.mark.parametrize("spoof", ["Pyongy\u0430ng", "Py\u043engyang", "\u0420yongyang"])
def test_cyrillic_homoglyphs_fold_to_latin(spoof):
    assert found(f"in {spoof} today") == [("pyongyang", spoof)]


def test_line_break_inside_a_term_is_a_space_but_a_paragraph_is_not():
    assert found("the Korean\nPeninsula") == [("peninsula", "Korean\nPeninsula")]
    assert found("the Korean\n\nPeninsula") == []


def test_exact_spelling_wins_when_two_entries_share_a_folded_key():
    glossary = Glossary("t", (entry("noun", "state affairs", case=False), entry("title", "State Affairs")))
    matcher = Matcher(glossary)
    assert found("State Affairs; state affairs", matcher) == [("title", "State Affairs"), ("noun", "state affairs")]


def test_substring_entries_match_inside_words():
    matcher = Matcher(Glossary("t", (entry("kor", "Korea", whole=False),)))
    assert found("pro-Korean Koreanists", matcher) == [("kor", "Korea"), ("kor", "Korea")]
    assert found("korean", matcher) == []


def test_empty_glossary_and_empty_text():
    assert Matcher(Glossary("empty", ())).find("DPRK") == []
    assert MATCHER.find("") == []


def test_matcher_accepts_entries_directly_and_repeats_scans():
    matcher = Matcher([entry("putin", "Putin")])
    assert found("Putin", matcher) == found("Putin", matcher) == [("putin", "Putin")]


def _reference(glossary: Glossary, text: str) -> list[tuple[int, int, str]]:
    """Brute force: every whole-word occurrence of every form, then leftmost-longest, first entry first."""
    import re
    found = []
    for order, item in enumerate(glossary.entries):
        for form in item.sources:
            for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                found.append((m.start(), -m.end(), order, item.id))
    chosen, end = [], -1
    for start, neg_end, _order, entry_id in sorted(found):
        if start >= end:
            chosen.append((start, -neg_end, entry_id))
            end = -neg_end
    return chosen


def test_agrees_with_brute_force_on_random_text():
    import random
    rng = random.Random(7)
    words = ["Kim", "Jong", "Un", "State", "Affairs", "Korea", "Peninsula", "Moscow", "Putin", "Choe", "Son", "Hui"]
    forms = sorted({" ".join(rng.choice(words) for _ in range(rng.randint(1, 3))) for _ in range(60)})
    glossary = Glossary("random", tuple(entry(f"e{n}", form, subject="person") for n, form in enumerate(forms)))
    filler = ["the", "of", "and", "Kimchi", "Unity", "'s", ",", ".", "Korean", "xKim"]
    text = " ".join(rng.choice(words + filler) for _ in range(4000)).replace(" '", "'").replace(" ,", ",")
    hits = Matcher(glossary).find(text)
    assert [(hit.start, hit.end, hit.entry_id) for hit in hits] == _reference(glossary, text)
    assert len(hits) > 300


def test_scales_to_thousands_of_entries():
    """A regression guard with a wide margin (the real figures: bench/bench_matcher.py)."""
    import time
    glossary = Glossary("big", tuple(entry(f"e{n}", f"Name{n} Person{n % 97}") for n in range(10_000)))
    text = " ".join(f"said Name{n} Person{n % 97}’s aide" for n in range(0, 10_000, 7)) * 4
    started = time.perf_counter()
    matcher = Matcher(glossary)
    hits = matcher.find(text)
    assert time.perf_counter() - started < 5
    assert len(hits) == 4 * len(range(0, 10_000, 7))
