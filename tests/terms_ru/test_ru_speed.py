"""QA over 10,000 segment pairs must stay within its 5-second budget; importing costs no dictionary load."""

from __future__ import annotations

import subprocess
import sys
import time

from workbench.terms.russian import find_term

from . import terms as T

_FRAGMENTS = ["Переговоры прошли в Пхеньяне", "Владимир Путин встретился с Ким Чен Ыном",
              "Председателю Государственных дел КНДР направлено письмо", "по сообщению ЦТАК",
              "на космодроме Восточный", "министр иностранных дел КНДР Цой Сон Хи заявила"]


def test_ten_thousand_sentences_five_terms_within_budget():
    sentences = [f"{_FRAGMENTS[i % 6]}, {_FRAGMENTS[(i * 7) % 6].lower()} {i}." for i in range(10_000)]
    terms = [T.PYONGYANG, T.PRESIDENT, T.KIM, T.DPRK, T.PUTIN]
    for term in terms:
        find_term("", term)  # tables built once per term, outside the measured loop as in a QA run
    began = time.perf_counter()
    hits = sum(len(find_term(sentence, term)) for sentence in sentences for term in terms)
    elapsed = time.perf_counter() - began
    assert hits > 10_000
    assert elapsed < 5.0, f"find_term took {elapsed:.2f} s for 50,000 calls"


def test_import_does_not_load_the_dictionary():
    code = "import sys, workbench.terms.russian; print('pymorphy3' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
