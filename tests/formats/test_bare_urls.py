"""Bare URLs and e-mail addresses survive translation: the model sees a token, the output the address, whole."""

from __future__ import annotations

from workbench.formats import for_path


def _parsed(text: str):
    return for_path("a.txt").parse(text.encode("utf-8"), "a.txt")


def test_urls_and_addresses_are_tokens_the_model_never_sees_inside():
    document = _parsed("See https://kcna.kp/en/a.html. Mail press@mid.ru, not www.mid.ru/en! Plain one.\n")
    assert [unit.source for unit in document.units] == ["See {1}.", "Mail {1}, not {2}!", "Plain one."]
    assert [p.markup for p in document.units[1].placeholders] == ["press@mid.ru", "www.mid.ru/en"]
    assert document.units[0].text == "See ."  # what a reader counts: the words


def test_a_korean_word_written_onto_a_url_is_kept_apart_from_it():
    document = _parsed("See https://kcna.kp/en today.\n")
    out = document.render({"1": "{1}했다 오늘."}).decode("utf-8")
    assert out == "https://kcna.kp/en 했다 오늘.\n"


def test_a_token_the_model_lost_is_never_lost_from_the_file():
    document = _parsed("Details at https://tass.com now.\n")
    assert "https://tass.com" in document.render({"1": "Подробности сейчас."}).decode("utf-8")


def test_a_sentence_left_as_it_was_keeps_its_original_bytes():
    text = "Hard-wrapped https://a.kp\nline.\n"
    document = _parsed(text)
    assert document.render({unit.id: unit.source for unit in document.units}).decode("utf-8") == text


def test_markdown_keeps_a_korean_word_apart_from_a_bare_url_too():
    document = for_path("a.md").parse("See https://kcna.kp/en today.\n".encode("utf-8"), "a.md")
    assert document.units[0].source == "See {1} today."
    assert document.render({"1": "{1}했다 오늘."}).decode("utf-8") == "https://kcna.kp/en 했다 오늘.\n"
