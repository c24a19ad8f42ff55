"""Which names are suggested: titles and names apart, joined to glossary hits, places, case evidence, ranking."""

from __future__ import annotations

from workbench.suggest.candidates import find_candidates

from .helpers import glossary, names, text


def test_a_title_and_the_name_after_it_are_two_candidates():
    found = names("The talks began after Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi "
                  "in Moscow on Monday.")
    assert {"Foreign Minister", "Sergei Lavrov", "Chinese Foreign Minister", "Wang Yi", "Moscow"} <= set(found)
    assert not [name for name in found if "Lavrov" in name and "Minister" in name]


def test_sentence_starts_stop_words_and_headlines_do_not_flood_the_list():
    body = """Putin And Kim Sign Landmark Defence Pact In Pyongyang

The visit was announced on Monday. However, officials gave no details. On Friday, talks resumed.
Both sides said the talks were useful. Officials said a treaty was ready. According to the statement, the
leaders met twice. Earlier, the ministers had met in July. It was the first visit since 2000.
Analysts said the meeting with Oleg Kozhemyako in Vladivostok was short. In September, Kozhemyako returned."""
    assert sorted(names(body)) == ["Kozhemyako", "Oleg Kozhemyako", "Vladivostok"]


def test_uncovered_words_join_the_glossary_hit_they_name_something_new_with():
    used = glossary(("fm", "Foreign Minister", "title"), ("lavrov", "Lavrov", "person"),
                    ("russia", "Russia", "country"), ("nk", "North Korean", "country"))
    found = names("Deputy Foreign Minister Andrei Rudenko met Sergei Lavrov. North Korean Ambassador to Russia "
                  "Sin Hong Chol was there.", using=used)
    assert {"Deputy Foreign Minister", "Andrei Rudenko", "Sergei Lavrov", "North Korean Ambassador to Russia",
            "Sin Hong Chol"} == set(found)


def test_an_organisation_or_place_before_a_title_is_a_candidate_of_its_own():
    found = names("State Duma Chairman Vyacheslav Volodin and Primorsky Krai Governor Oleg Kozhemyako spoke.")
    assert {"State Duma", "State Duma Chairman", "Vyacheslav Volodin", "Primorsky Krai", "Primorsky Krai Governor",
            "Oleg Kozhemyako"} == set(found)


def test_places_before_region_krai_and_oblast():
    found = find_candidates([text("Troops were sent to the Kursk region and to Belgorod Oblast, not to "
                                  "Primorsky Krai or the Amur region.")], glossary())
    assert {(c.source, c.kind) for c in found} == {("Kursk region", "place"), ("Belgorod Oblast", "place"),
                                                   ("Primorsky Krai", "place"), ("Amur region", "place")}


def test_a_phrase_written_in_lower_case_more_often_is_no_name():
    found = names("He praised the Special Military Operation. The special military operation goes on, and "
                  "the special military operation will end, he said of the Eastern Economic Forum.")
    assert found == ["Eastern Economic Forum"]


def test_titles_are_kept_though_written_in_lower_case_away_from_a_name():
    found = names("Deputy Foreign Minister Andrei Rudenko arrived. The deputy foreign minister met the deputy "
                  "foreign minister of Laos.")
    assert "Deputy Foreign Minister" in found


def test_a_word_capitalised_only_where_sentences_start_is_no_name_of_its_own():
    assert sorted(names("Choe's visit ended. Choe met Putin. Sergei Lavrov greeted Choe Son Hui.")) == \
        ["Choe Son Hui", "Putin", "Sergei Lavrov"]


def test_spellings_of_one_name_are_one_candidate():
    [found] = find_candidates([text("We met Choe Son-hui in May. Later we met Choe Son Hui again. "
                                    "Then we met Choe Son Hui once more.")], glossary())
    assert (found.source, found.forms, found.count, found.files) == \
        ("Choe Son Hui", ("Choe Son Hui", "Choe Son-hui"), 3, 1)


def test_spread_over_files_ranks_above_repetition_in_one():
    one_file = "It went to Rason. It went to Rason again. It went to Rason once more. We saw Khasan."
    found = find_candidates([text(one_file, "a.txt"), text("They met in Khasan.", "b.txt"),
                             text("They left Khasan.", "c.txt")], glossary())
    assert [(c.source, c.count, c.files) for c in found] == [("Khasan", 3, 3), ("Rason", 3, 1)]


def test_a_dateline_in_capitals_is_the_glossary_name():
    used = glossary(("pyongyang", "Pyongyang", "place"), ("yonhap", "Yonhap", "media"))
    assert names("PYONGYANG, Oct. 4 (Yonhap) -- Kim Song Nam arrived in Pyongyang.", using=used) == ["Kim Song Nam"]
