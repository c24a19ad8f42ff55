"""`workbench glossary suggest` through click's CliRunner: JSON Lines, table, --output for review, inputs, errors."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from glossary import lint, yamlio
from tests.conftest import REPO, SEED
from workbench.cli import cli
from workbench.formats.bilingual import BilingualSegment, dumps

ARTICLES = REPO / "tests" / "data" / "suggest"
LAVROV = "Choe met Sergei Ryabkov in Moscow. Sergei Ryabkov thanked Mikhail Galuzin."
XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="n.txt" source-language="en" target-language="ru" datatype="plaintext"><body>
    <trans-unit id="1"><source>Deputy Foreign Minister Mikhail Galuzin arrived.</source>
      <target state="translated">Прибыл заместитель министра иностранных дел Михаил Галузин.</target></trans-unit>
    <trans-unit id="2"><source>Mikhail Galuzin met the press.</source></trans-unit>
  </body></file>
</xliff>
"""


def run(*args, input=None):
    result = CliRunner().invoke(cli, ["glossary", "suggest", *map(str, args)], input=input)
    return result


def _lines(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def _tmx(path: Path, pairs: list[tuple[str, str]], language: str) -> Path:
    path.write_bytes(dumps([BilingualSegment(str(n), s, t) for n, (s, t) in enumerate(pairs)], "tmx", "en", language))
    return path


def test_json_lines_best_first_with_the_documented_keys():
    rows = _lines(run(SEED, ARTICLES, "--json", "--no-tm"))
    assert rows and all(set(row) == {"source", "count", "files", "kind", "forms", "examples", "targets"} for row in rows)
    scores = [row["count"] * (1 + math.log2(row["files"])) for row in rows]
    assert scores == sorted(scores, reverse=True)
    assert all(row["source"] == row["forms"][0] and row["examples"] for row in rows)
    assert len(_lines(run(SEED, ARTICLES, "--json", "--top", "3"))) == 3


def test_the_table_lists_the_candidates_and_stderr_says_what_was_read(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(LAVROV, encoding="utf-8")
    result = run(article)
    assert result.exit_code == 0, result.output
    assert "Sergei Ryabkov" in result.stdout and "Mikhail Galuzin" in result.stdout
    assert "suggestion(s) from 1 file(s)" in result.stderr and "no translated segments" in result.stderr


def test_renderings_from_a_tmx_and_from_an_xliff_source_with_targets(tmp_path):
    tmx = _tmx(tmp_path / "old.tmx", [("Sergei Ryabkov thanked him.", "Сергей Рябков поблагодарил его.")], "ru")
    article, xliff = tmp_path / "a.txt", tmp_path / "n.xlf"
    article.write_text(LAVROV, encoding="utf-8")
    xliff.write_text(XLIFF, encoding="utf-8")
    rows = {row["source"]: row for row in _lines(run(article, xliff, "-b", tmx, "--json"))}
    assert rows["Sergei Ryabkov"]["targets"] == {"ru": [{"text": "Сергей Рябков", "count": 1,
                                                        "method": "transliteration"}]}
    assert rows["Mikhail Galuzin"]["targets"]["ru"][0]["text"] == "Михаил Галузин"
    assert rows["Mikhail Galuzin"]["files"] == 2  # the XLIFF's sources are read too


def test_output_writes_entries_marked_for_review_that_validate(tmp_path):
    tmx = _tmx(tmp_path / "old.tmx", [("Sergei Ryabkov thanked him.", "Сергей Рябков поблагодарил его.")], "ru")
    out = tmp_path / "review.yaml"
    result = run(SEED, ARTICLES, "-b", tmx, "--output", out, "--top", "20")
    assert result.exit_code == 0, result.output
    assert lint.check_file(out) == []  # what `workbench glossary validate` runs
    written = yamlio.load(out)
    bundled_ids = {entry.id for entry in yamlio.load(yamlio.bundled_path()).entries}
    assert len(written) == 20 and not bundled_ids & {entry.id for entry in written.entries}
    assert all(entry.note.startswith("REVIEW") for entry in written.entries)
    validate = CliRunner().invoke(cli, ["glossary", "validate", str(out)])
    assert validate.exit_code == 0, validate.output


def test_output_with_renderings_carries_them_as_terms_to_review(tmp_path):
    tmx = _tmx(tmp_path / "old.tmx", [("Sergei Ryabkov thanked him.", "Сергей Рябков поблагодарил его.")], "ru")
    article, out = tmp_path / "a.txt", tmp_path / "review.yaml"
    article.write_text(LAVROV, encoding="utf-8")
    assert run(article, "-b", tmx, "-o", out).exit_code == 0
    entry = next(e for e in yamlio.load(out).entries if e.source == "Sergei Ryabkov")
    assert entry.targets["ru"].preferred.text == "Сергей Рябков" and entry.targets["ru"].note.startswith("REVIEW")


def test_output_to_standard_output_is_the_yaml_alone():
    result = run("-", "-o", "-", input=LAVROV)
    assert result.exit_code == 0, result.output
    assert [entry.source for entry in yamlio.loads(result.stdout).entries] == ["Sergei Ryabkov", "Mikhail Galuzin"]


def test_standard_input_is_read_as_text():
    rows = _lines(run("-", "--json", input=LAVROV))
    assert "Sergei Ryabkov" in [row["source"] for row in rows]


def test_the_users_tm_is_read_but_never_created(tmp_path):
    tm_file = Path(os.environ["WORKBENCH_DATA_DIR"]) / "tm.sqlite3"
    if tm_file.exists():
        pytest.skip("another test left a TM in the shared data folder")
    article = tmp_path / "a.txt"
    article.write_text(LAVROV, encoding="utf-8")
    assert run(article).exit_code == 0
    assert not tm_file.exists()


def test_an_explicit_tm_gives_renderings(tmp_path):
    from workbench.tm import TMRecord, TranslationMemory

    with TranslationMemory(tmp_path / "tm.sqlite3") as memory:
        memory.store([TMRecord("Sergei Ryabkov said so.", "세르게이 랴브코프는 그렇게 말했다.", "en", "ko", status="approved")])
    article = tmp_path / "a.txt"
    article.write_text(LAVROV, encoding="utf-8")
    rows = {row["source"]: row for row in _lines(run(article, "--tm", tmp_path / "tm.sqlite3", "--json"))}
    assert rows["Sergei Ryabkov"]["targets"] == {"ko": [{"text": "세르게이 랴브코프", "count": 1,
                                                        "method": "transliteration"}]}


@pytest.mark.parametrize("args, message", [
    (["missing.txt"], "missing.txt: no such file"),
    (["{dir}"], "no file of a format suggest reads"),
    (["{article}", "--tm", "{dir}/none.sqlite3"], "none.sqlite3: no such translation memory"),
    (["{article}", "-o", "{dir}/no/such/folder/out.yaml"], "does not exist"),
    (["{article}", "-b", "{dir}/bomb.tmx"], "bomb.tmx"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, args, message):
    (tmp_path / "empty").mkdir()
    article = tmp_path / "a.txt"
    article.write_text(LAVROV, encoding="utf-8")
    (tmp_path / "bomb.tmx").write_text('<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaa">]><tmx>&a;</tmx>')
    folder = tmp_path / "empty" if args == ["{dir}"] else tmp_path
    result = run(*[arg.format(dir=folder, article=article) for arg in args])
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1 and message in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "no").exists()


@pytest.mark.slow
def test_with_the_demo_model_renderings_are_placed_by_alignment(tmp_path):
    from tests.stub_translator import SEED_RU
    from workbench.segment import read_source

    sources = [segment.text for segment in read_source(SEED).segments]
    tmx = _tmx(tmp_path / "seed.tmx", [(s, hyps[0]) for s, hyps in zip(sources, SEED_RU)], "ru")
    small = tmp_path / "g.yaml"
    small.write_text("schema_version: 1\nname: small\nentries:\n  - id: putin\n    source: Putin\n", encoding="utf-8")
    result = run(SEED, "-g", small, "-b", tmx, "--model", "demo", "--json", "--to", "ru")
    renderings = [r for row in _lines(result) for r in row["targets"]["ru"]]
    assert renderings and {r["method"] for r in renderings} == {"alignment"}
    assert "attention alignments of translate-en_ru-demo" in result.stderr
