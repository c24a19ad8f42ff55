"""formats.tags.restore: placeholders a model dropped, duplicated or reordered come back, once each, well formed."""

from __future__ import annotations

import random

import pytest

from workbench.engine.base import Alignment
from workbench.formats.base import TOKEN_BACK, first_broken_pair, split_tokens
from workbench.formats.markdown import protect
from workbench.formats.tags import Anchor, needs_restore, restore

LINKED = "According to [KCNA](https://kcna.kp/en), **Kim Jong Un** met Putin."
SOURCE, PLACEHOLDERS = protect(LINKED)  # According to {1}KCNA{2}, {3}Kim Jong Un{4} met Putin.


def _anchor(source_text: str, target: str, source_word: str, target_word: str) -> Anchor:
    start, at = source_text.index(source_word), target.index(target_word)
    return Anchor(start, start + len(source_word), at, at + len(target_word))


def _tokens(text: str) -> list[str]:
    return [match.group() for match in TOKEN_BACK.finditer(text)]


def test_a_target_that_kept_everything_is_left_alone():
    target = "По сообщению {1}ЦТАК{2}, {3}Ким Чен Ын{4} встретился с Путиным."
    assert not needs_restore(SOURCE, target, PLACEHOLDERS)
    assert restore(SOURCE, target, PLACEHOLDERS).notes == ()
    reordered = "{3}Ким Чен Ын{4} встретился с Путиным, по сообщению {1}ЦТАК{2}."  # word order is the model's
    assert restore(SOURCE, reordered, PLACEHOLDERS).text == reordered


def test_lost_pairs_go_around_the_glossary_terms_renderings():
    target = "По сообщению ЦТАК, Ким Чен Ын встретился с Путиным."
    anchors = [_anchor(SOURCE, target, "KCNA", "ЦТАК"), _anchor(SOURCE, target, "Kim Jong Un", "Ким Чен Ын")]
    restored = restore(SOURCE, target, PLACEHOLDERS, anchors=anchors)
    assert restored.text == "По сообщению {1}ЦТАК{2}, {3}Ким Чен Ын{4} встретился с Путиным."
    assert len(restored.notes) == 2 and "glossary term" in restored.notes[0] and "kcna.kp" in restored.notes[0]


def test_a_lost_pair_goes_around_a_copy_of_its_text():
    source, placeholders = protect("The agency [KCNA](https://kcna.kp/en) said so.")
    restored = restore(source, "Агентство KCNA так сказало.", placeholders)
    assert restored.text == "Агентство {1}KCNA{2} так сказало."


def test_a_lost_pair_follows_the_models_alignment_to_whole_words():
    source, placeholders = protect("They met **in Moscow** today.")  # They met {1}in Moscow{2} today.
    target = "Сегодня они встретились в Москве."
    pieces_src = ["▁They", "▁met", "▁{", "1", "}", "in", "▁Moscow", "{", "2", "}", "▁today", "."]
    pieces_tgt = ["▁Сегодня", "▁они", "▁встретились", "▁в", "▁Моск", "ве", "."]
    links = (10, 0, 1, 5, 6, 6, 11)  # в -> in, Моск/ве -> Moscow
    alignment = Alignment(tuple(pieces_src), tuple(pieces_tgt), links)
    restored = restore(source, target, placeholders, alignment=lambda: alignment)
    assert restored.text == "Сегодня они встретились {1}в Москве{2}."
    assert "alignment" in restored.notes[0]


def test_without_evidence_pairs_wrap_the_sentence_and_standalones_go_to_its_end():
    source, placeholders = protect("See `code here`, <br> and [the site](https://x.kp).")
    restored = restore(source, "Смотрите сайт.", placeholders, alignment=None)
    assert restored.text == "{3}Смотрите сайт{4} {1} {2}."  # the sentence's full stop stays last
    assert all("no better place" in note for note in restored.notes)
    starts, starts_placeholders = protect("![logo](a.png) The DPRK said.")
    assert restore(starts, "КНДР заявила.", starts_placeholders).text == "{1} КНДР заявила."


def test_duplicates_are_kept_once_and_misordered_pairs_are_put_back():
    target = "По сообщению {1}ЦТАК{2}, {1}ЦТАК{2} и {4}Ким Чен Ын{3} встретился {3} с Путиным."
    restored = restore(SOURCE, target, PLACEHOLDERS)
    assert sorted(_tokens(restored.text)) == ["{1}", "{2}", "{3}", "{4}"]
    assert "appeared 2 times" in restored.notes[0] and "out of order" in restored.notes[-1]
    assert "  " not in restored.text


def test_an_empty_pair_counts_as_lost_unless_the_source_pair_was_empty():
    restored = restore(SOURCE, "По сообщению {1}{2} ЦТАК, {3}Ким Чен Ын{4}.", PLACEHOLDERS)
    assert "{1}{2}" not in restored.text and restored.notes
    source, placeholders = protect("Read [](https://x.kp) now.")  # an empty link is the source's own
    assert not needs_restore(source, "Читайте {1}{2} сейчас.", placeholders)


@pytest.mark.parametrize("seed", range(200))
def test_whatever_the_model_does_every_placeholder_comes_back_once_in_a_valid_order(seed):
    rng = random.Random(seed)
    source, placeholders = protect(
        "The **DPRK** and [KCNA](https://kcna.kp) met `code` in <b>Pyongyang</b> on ~~Sunday~~ <br> at ![x](y.png).")
    pieces = [piece if isinstance(piece, str) else piece.token for piece in split_tokens(source, placeholders)]
    for _ in range(rng.randint(1, 6)):  # delete, duplicate, swap
        index = rng.randrange(len(pieces))
        action = rng.choice(("delete", "duplicate", "swap"))
        if action == "delete":
            pieces.pop(index)
        elif action == "duplicate":
            pieces.insert(rng.randrange(len(pieces) + 1), pieces[index])
        else:
            other = rng.randrange(len(pieces))
            pieces[index], pieces[other] = pieces[other], pieces[index]
    restored = restore(source, "".join(pieces), placeholders).text
    assert sorted(_tokens(restored)) == sorted(p.token for p in placeholders)
    by_token = {p.token: p for p in placeholders}
    assert first_broken_pair([by_token[token] for token in _tokens(restored)]) is None


def test_pairs_put_back_around_the_same_words_nest_as_in_the_source():
    source, placeholders = protect("They met **in _Pyongyang_** today.")  # They met {1}in {3}Pyongyang{4}{2} today.
    target = "Они встретились сегодня в Пхеньяне."
    restored = restore(source, target, placeholders, anchors=[_anchor(source, target, "Pyongyang", "Пхеньяне")])
    assert restored.text == "Они встретились сегодня в {1}{3}Пхеньяне{4}{2}."
