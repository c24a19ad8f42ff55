"""Client locale codes: ru-RU, rus, Russian, Русский fold to ru everywhere a glossary is read or a locale asked for."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from glossary import yamlio
from glossary.locales import LocaleError, fold, fold_target
from glossary.schema import GlossaryInvalid
from workbench.cli import cli

HEAD = "schema_version: 1\nentries:\n"
CLIENT_CSV = ("en-US,ru-RU,ko-KR\nKim Jong Un,Ким Чен Ын,김정은\nPyongyang,Пхеньян,평양\n")
PAIRS = "Kim Jong Un arrived in Pyongyang.\tКим Чен Ын прибыл в Пхеньян.\n"


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(arg) for arg in args], input=input)


@pytest.mark.parametrize("written, tag", [
    ("ru-RU", "ru"), ("ru_RU", "ru"), ("RU", "ru"), ("rus", "ru"), ("Russian", "ru"), ("Русский", "ru"),
    ("ko-KR", "ko"), ("kor", "ko"), ("Korean", "ko"), ("한국어", "ko"), ("ko-KP", "ko-KP"), ("ko_kp", "ko-KP"),
    ("Korean (North Korea)", "ko-KP"), ("en-US", "en"), ("eng", "en"), ("English", "en"), ("de-DE", "de"),
])
def test_region_subtags_codes_and_names_fold_to_the_language(written, tag):
    assert fold(written) == tag


@pytest.mark.parametrize("written, hint", [("rux", "did you mean 'ru'"), ("Rusian", "did you mean 'ru'"),
                                           ("Koren", "did you mean 'ko'"), ("xx", "BCP 47")])
def test_what_names_no_language_fails_with_a_hint(written, hint):
    with pytest.raises(LocaleError, match=hint):
        fold(written)


def test_a_target_no_to_selects_is_refused():
    assert fold("ja") == "ja"
    with pytest.raises(LocaleError, match="no --to selects locale 'ja'"):
        fold_target("ja")


@pytest.mark.parametrize("key", ["ru-RU", "rus", "Russian", "ru_RU"])
def test_yaml_locale_keys_fold_on_the_fast_and_the_exact_path(key):
    text = HEAD + f"  - id: kim\n    source: Kim Jong Un\n    targets:\n      {key}:\n        preferred: Ким Чен Ын\n"
    fast = yamlio.loads(text)
    exact = yamlio.parse(text).glossary
    assert set(fast.entries[0].targets) == set(exact.entries[0].targets) == {"ru"}


@pytest.mark.parametrize("key, message", [("rux", "'rux' is not a language tag or name (did you mean 'ru'?)"),
                                          ("ja", "no --to selects locale 'ja'")])
def test_yaml_locale_that_no_to_reads_is_a_validation_error(key, message):
    text = HEAD + f"  - id: kim\n    source: Kim Jong Un\n    targets:\n      {key}:\n        preferred: x\n"
    with pytest.raises(GlossaryInvalid) as caught:
        yamlio.loads(text, "g.yaml")
    assert str(caught.value).startswith(f"g.yaml:6:7: {message}")


def test_the_same_locale_twice_after_folding_is_an_error():
    text = HEAD + "  - id: a\n    source: A\n    targets:\n      ru: {preferred: x}\n      ru-RU: {preferred: y}\n"
    with pytest.raises(GlossaryInvalid, match=r"locale 'ru' appears twice in targets \('ru-RU' is 'ru'\)"):
        yamlio.loads(text, "g.yaml")


def test_client_csv_with_region_tags_imports_and_qa_checks_its_terms(tmp_path):
    (tmp_path / "client.csv").write_text(CLIENT_CSV, encoding="utf-8")
    (tmp_path / "pairs.tsv").write_text(PAIRS, encoding="utf-8")
    imported = run("glossary", "import", tmp_path / "client.csv", "-o", tmp_path / "client.yaml")
    assert imported.exit_code == 0, imported.output
    result = run("qa", "--to", "ru", "--glossary", tmp_path / "client.yaml", "--json", tmp_path / "pairs.tsv")
    report = json.loads(result.stdout)
    assert [term["id"] for term in report["findings"]] == ["kim-jong-un", "pyongyang"]
    assert result.stderr == "" and result.exit_code == 0


@pytest.mark.parametrize("written", ["ru-RU", "rus", "Russian"])
def test_to_accepts_what_clients_write(tmp_path, written):
    (tmp_path / "pairs.tsv").write_text(PAIRS, encoding="utf-8")
    result = run("qa", "--to", written, "--json", tmp_path / "pairs.tsv")
    assert result.exit_code == 0 and len(json.loads(result.stdout)["findings"]) == 2


def test_to_with_a_near_miss_is_a_usage_error(tmp_path):
    (tmp_path / "pairs.tsv").write_text(PAIRS, encoding="utf-8")
    result = run("qa", "--to", "Rusian", tmp_path / "pairs.tsv")
    assert result.exit_code == 2 and "did you mean 'ru'" in result.stderr


def test_a_run_whose_glossary_has_no_term_for_the_locale_says_so_in_one_line(tmp_path):
    glossary = tmp_path / "ko-only.yaml"
    glossary.write_text(HEAD + "  - id: kim\n    source: Kim Jong Un\n    targets:\n      ko: {preferred: 김정은}\n",
                        encoding="utf-8")
    (tmp_path / "pairs.tsv").write_text(PAIRS, encoding="utf-8")
    for command in ("qa", "enforce"):
        result = run(command, "--to", "ru", "--glossary", glossary, tmp_path / "pairs.tsv")
        warning = [line for line in result.stderr.splitlines() if "warning" in line]
        assert warning == ["workbench: warning: glossary ko-only has no terms for ru (it has terms for ko only); "
                           "no term will be checked or enforced"], result.stderr
    covered = run("qa", "--to", "ko-KP", "--glossary", glossary, tmp_path / "pairs.tsv")
    assert "warning" not in covered.stderr  # ko-KP falls back to ko


def test_translate_says_so_too(tmp_path):
    glossary = tmp_path / "ko-only.yaml"
    glossary.write_text(HEAD + "  - id: kim\n    source: Kim Jong Un\n    targets:\n      ko: {preferred: 김정은}\n",
                        encoding="utf-8")
    result = run("translate", "-", "--to", "ru-RU", "--model", "demo", "--no-tm", "--glossary", glossary, "-q",
                 input="Kim Jong Un arrived.\n")
    assert result.exit_code == 0, result.output
    assert "glossary ko-only has no terms for ru" in result.stderr


@pytest.mark.parametrize("target, ok", [("rus=Ким", True), ("Russian=Ким", True), ("rux=Ким", False),
                                        ("ja=金", False)])
def test_glossary_add_target_folds_or_fails(tmp_path, target, ok):
    path = tmp_path / "g.yaml"
    path.write_text(HEAD + "  - id: a\n    source: A\n", encoding="utf-8")
    result = run("glossary", "add", "-g", path, "--id", "kim", "--source", "Kim", "--target", target)
    if ok:
        assert result.exit_code == 0, result.output
        assert set(yamlio.load(path).get("kim").targets) == {"ru"}
    else:
        assert result.exit_code == 2 and len(result.stderr.splitlines()) == 1
        assert yamlio.load(path).get("kim") is None
