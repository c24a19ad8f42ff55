"""The labeled ko/ru sets (tests/data): detection precision/recall and enforcement accuracy stay at target."""

from __future__ import annotations

import pytest

from glossary import yamlio
from tests.conftest import REPO
from workbench.terms import evaluate as eval_terms


@pytest.fixture(scope="module")
def glossary():
    return yamlio.load(yamlio.bundled_path())


@pytest.fixture(scope="module", params=["terms_ko.tsv", "terms_ru.tsv"])
def result(request, glossary):
    rows = eval_terms.read_rows(REPO / "tests" / "data" / request.param)
    assert len(rows) >= 150
    return eval_terms.merge_results([eval_terms.evaluate(group, glossary) for group in eval_terms.by_locale(rows)])


def test_violation_detection_precision_and_recall(result):
    c = result["counts"]
    assert eval_terms.ratio(c["tp"], c["tp"] + c["fp"]) >= 0.98, result["errors"]
    assert eval_terms.ratio(c["tp"], c["tp"] + c["fn"]) >= 0.98, result["errors"]


def test_already_correct_sentences_are_never_changed(result):
    assert result["enforced"]["correct"]["bad"] == 0, result["errors"]


def test_listed_wrong_forms_and_latin_leftovers_are_fixed_exactly(result):
    for category in ("deprecated", "latin"):
        outcome = result["enforced"][category]
        assert eval_terms.ratio(outcome["ok"], outcome["ok"] + outcome["bad"]) >= 0.9, (category, result["errors"])


def test_unlisted_wrong_variants_are_mostly_fixed(result):
    outcome = result["enforced"]["unlisted"]
    assert eval_terms.ratio(outcome["ok"], outcome["ok"] + outcome["bad"]) >= 0.6, result["errors"]


def test_the_quick_pre_check_never_rejects_a_passing_target(glossary):
    """TermQA.may_pass skips full checks of hypotheses that cannot pass: it must say False only when
    the full check finds a violation (labeled targets and their fixed forms, in every locale)."""
    from workbench.terms.qa import TermQA

    rows = [row for name in ("terms_ko.tsv", "terms_ru.tsv")
            for row in eval_terms.read_rows(REPO / "tests" / "data" / name)]
    checkers: dict[str, TermQA] = {}
    rejected = 0
    for row in rows:
        qa = checkers.setdefault(row.locale, TermQA(glossary, row.locale))
        for target in filter(None, (row.target, row.fixed)):
            if not qa.may_pass(row.source, target):
                rejected += 1
                assert qa.term_violations(row.source, target), (row.line, target)
    assert rejected > 20  # it does reject: the Korean rows with a term missing
