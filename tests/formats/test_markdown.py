"""Markdown: prose translated, code, URLs, HTML and front matter untouched, structure kept."""

from __future__ import annotations

import pytest

from tests.formats.contract import FormatContract
from workbench.formats.markdown import MarkdownFormat

SAMPLE = b"""---
title: Kim visits Pyongyang
draft: false
---

# Kim *visits* Pyongyang

The **President of the State Affairs** met `kim_jong_un()` at
<span class="org">KCNA</span> headquarters. See [the report](https://kcna.kp/en "KCNA") or
https://example.com/a_b for more.

> Quoted text here. Second sentence.

- First item with a [reference link][kcna].
- Second item, 5 * 3 = 15.

1. Numbered item.

```python
print("Fenced code is not prose.")
```

    Indented code is not prose either.

<div class="box">
An HTML block stays as it is.
</div>

[kcna]: https://kcna.kp
"""


class TestMarkdownContract(FormatContract):
    suffix = ".md"
    sample = SAMPLE


def parse(text: str):
    return MarkdownFormat().parse(text.encode("utf-8"), "story.md")


def shout(document) -> dict[str, str]:
    """A fake translation that changes every letter, so untouched parts are easy to see."""
    return {unit.id: unit.source.upper() for unit in document.todo}


def test_only_prose_reaches_the_model():
    sources = " ".join(unit.source for unit in parse(SAMPLE.decode()).units)
    for hidden in ("title:", "print(", "Indented code", "HTML block", "kcna.kp", "kim_jong_un", "class="):
        assert hidden not in sources
    for prose in ("President of the State Affairs", "Quoted text here.", "Numbered item.", "reference link"):
        assert prose in sources


def test_everything_but_prose_is_kept_byte_for_byte():
    output = parse(SAMPLE.decode()).render(shout(parse(SAMPLE.decode()))).decode()
    for kept in ("---\ntitle: Kim visits Pyongyang\ndraft: false\n---\n", '```python\nprint("Fenced code is not prose.")\n```',
                 "    Indented code is not prose either.", '<div class="box">\nAn HTML block stays as it is.\n</div>',
                 "[kcna]: https://kcna.kp", "`kim_jong_un()`", '<span class="org">KCNA</span>',
                 '](https://kcna.kp/en "KCNA")', "https://example.com/a_b", "[REFERENCE LINK][kcna]"):
        assert kept in output
    assert "# KIM *VISITS* PYONGYANG\n" in output
    assert "> QUOTED TEXT HERE. SECOND SENTENCE.\n" in output
    assert "- FIRST ITEM" in output and "- SECOND ITEM, 5 * 3 = 15." in output and "1. NUMBERED ITEM." in output
    assert "THE **PRESIDENT OF THE STATE AFFAIRS** MET" in output


@pytest.mark.parametrize("markdown, protected", [
    ("Call `f(x)` now.", "`f(x)`"),
    ("Use ``a ` b`` here.", "``a ` b``"),
    ("Go to <https://kcna.kp> today.", "<https://kcna.kp>"),
    ("Mail <desk@kcna.kp> today.", "<desk@kcna.kp>"),
    ("See ![the map](map.png) here.", "![the map](map.png)"),
    ("Press <kbd>Enter</kbd> now.", "<kbd>"),
    ("Tom &amp; Jerry met.", "&amp;"),
    ("Not \\*emphasis\\* here.", "\\*"),
])
def test_inline_spans_are_placeholders_the_model_never_sees(markdown, protected):
    document = parse(markdown + "\n")
    (unit,) = document.units
    assert protected not in unit.source and "{1}" in unit.source
    assert protected in document.render({unit.id: unit.source.upper()}).decode()


def test_link_text_is_translated_and_its_target_kept():
    document = parse("Read [the full report](https://kcna.kp/a_b \"Title\") today.\n")
    (unit,) = document.units
    assert unit.source == "Read {1}the full report{2} today."
    assert document.render({unit.id: "{1}전체 보고서{2}를 오늘 읽어라."}).decode() == \
        '[전체 보고서](https://kcna.kp/a_b "Title")를 오늘 읽어라.\n'


def test_emphasis_markers_hug_their_words_even_when_the_model_adds_spaces():
    document = parse("A **bold** and _soft_ word.\n")
    (unit,) = document.units
    assert unit.source == "A {1}bold{2} and {3}soft{4} word."
    output = document.render({unit.id: "{1} 굵은 {2} 그리고 {3} 부드러운 {4} 단어."}).decode()
    assert output == "**굵은** 그리고 _부드러운_ 단어.\n"


def test_lone_markers_and_snake_case_stay_plain_text():
    (unit,) = parse("Compute 5 * 3 in my_var_name today.\n").units
    assert unit.source == "Compute 5 * 3 in my_var_name today." and unit.placeholders == ()


def test_a_lost_pair_is_dropped_and_a_lost_code_span_is_appended():
    document = parse("The **big** `x` test.\n")
    (unit,) = document.units
    assert document.render({unit.id: "큰 시험."}).decode() == "큰 시험. `x`\n"


def test_setext_heading_and_heading_closing_hashes_are_kept():
    document = parse("## Title here ##\n\nSub title\n---------\n")
    output = document.render(shout(document)).decode()
    assert output == "## TITLE HERE ##\n\nSUB TITLE\n---------\n"


def test_nested_list_and_quote_prefixes_are_kept():
    document = parse("- Outer item.\n  - Inner item.\n> > Deep quote\n> > continues.\n")
    output = document.render(shout(document)).decode()
    assert output == "- OUTER ITEM.\n  - INNER ITEM.\n> > DEEP QUOTE CONTINUES.\n"


def test_table_cells_are_translated_and_the_table_stays_a_table():
    text = "| Name | Role |\n|:---|---:|\n| Kim | [Leader](https://x.kp) of A |\n\nProse.\n"
    document = parse(text)
    assert [unit.source for unit in document.units] == ["Name", "Role", "Kim", "{1}Leader{2} of A", "Prose."]
    output = document.render({unit.id: unit.source.upper() + " x|y" for unit in document.units}).decode()
    assert output == ("| NAME x\\|y | ROLE x\\|y |\n|:---|---:|\n| KIM x\\|y | [LEADER](https://x.kp) OF A x\\|y |\n"
                      "\nPROSE. x|y\n")  # a pipe in a cell's translation must not make a new cell
    assert len(parse(output).units) == 5


def test_literal_brace_numbers_in_prose_do_not_collide_with_tokens():
    document = parse("Keep {1} literal and `code` too.\n")
    (unit,) = document.units
    assert unit.source == "Keep {1} literal and {2} too."
    assert document.render({unit.id: "{1} 그대로 {2} 도."}).decode() == "{1} 그대로 `code` 도.\n"
