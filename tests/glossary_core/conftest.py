"""Fixtures for the glossary core tests: the format example from the spec, temp glossary files."""

from __future__ import annotations

import pytest

SPEC = """\
schema_version: 1
name: Official names — DPRK–Russia diplomatic news
description: optional free text
source_language: en
target_languages: [ko, ko-KP, ru]        # any BCP 47 tags (validated with babel)
entries:
  - id: dprk                             # stable id, always a string
    source: [DPRK, Democratic People's Republic of Korea]   # a string or a list; first = preferred
    match: {case_sensitive: true, whole_word: true}         # optional; these are the defaults
    do_not_translate: false              # optional
    subject: country
    note: why this rendering; where it comes from
    reference: URL or publication
    targets:
      ko:
        preferred: 조선민주주의인민공화국
        admitted: [ ]                    # optional list of terms
        deprecated: [북한]               # optional list of plain strings: known wrong renderings
        note: optional per-locale note
      ko-KP:                             # only where DPRK usage differs
        preferred: 조선민주주의인민공화국
      ru:
        preferred: {term: КНДР, indeclinable: true}
        admitted: [Корейская Народно-Демократическая Республика]
        deprecated: [Северная Корея]
  - id: president-of-state-affairs
    source: President of the State Affairs
    targets:
      ko:
        preferred: 국무위원장
      ru:
        preferred: {term: Председатель Государственных дел КНДР, inflect: [1]}   # 1-based words
  - id: kim-jong-un
    source: [Kim Jong Un, Kim Jong-un]
    targets:
      ko:
        preferred: 김정은
      ru:
        preferred:
          term: Ким Чен Ын
          forms: {gent: Ким Чен Ына, datv: Ким Чен Ыну, accs: Ким Чен Ына, ablt: Ким Чен Ыном, loct: Ким Чен Ыне}
"""


@pytest.fixture
def spec_text() -> str:
    return SPEC


@pytest.fixture
def spec_file(tmp_path):
    path = tmp_path / "glossary.yaml"
    path.write_text(SPEC, encoding="utf-8")
    return path
