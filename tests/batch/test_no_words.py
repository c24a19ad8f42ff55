"""Text with no words (zero-width characters, direction marks, lone accents) is passed through, never sent to the model."""

from __future__ import annotations

import json

import pytest

from tests.batch.helpers import Recorder, invoke, recorded_job
from workbench.batch import Finished, Layout, plan, run_batch

NO_WORDS = {
    "zero-width space, non-joiner, joiner": "\u200b\u200c\u200d",
    "word joiner and BOM": "\u2060\ufeff\u2060",
    "right-to-left and left-to-right marks": "\u200f\u200e\u202b\u202c",
    "combining accents only": "\u0301\u0300\u0308",
    "punctuation and symbols": "— * * * — §",
}


@pytest.mark.parametrize("text", NO_WORDS.values(), ids=NO_WORDS.keys())
def test_text_without_letters_or_digits_has_no_words(text):
    from workbench.segment import has_words

    assert not has_words(text)


@pytest.mark.parametrize("text", ["a", "7", "Пхеньян", "평양", "e\u0301", "\u200bKCNA\u200b"])
def test_any_letter_or_digit_is_a_word(text):
    from workbench.segment import has_words

    assert has_words(text)


def _source(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    lines = [*NO_WORDS.values(), "KCNA reported the meeting."]
    data = "\n\n".join(lines) + "\n"
    (src / "a.txt").write_text(data, encoding="utf-8")
    return src, data


def test_the_batch_never_sends_them_to_the_model_and_copies_them(tmp_path):
    src, data = _source(tmp_path)
    recorder = Recorder()
    inputs = plan([str(src)], Layout(out_dir=tmp_path / "out"))
    events = list(run_batch(recorded_job("ru", recorder, window=64, shard=16), inputs))
    assert recorder.shards == [["KCNA reported the meeting."]]
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == data.replace(
        "KCNA reported the meeting.", "KCNA REPORTED THE MEETING.")
    summary = events[-1].summary
    assert isinstance(events[-1], Finished)
    assert (summary.segments, summary.skipped, summary.translated, summary.words) == (6, 5, 1, 4)


def test_the_cli_summary_and_report_count_them_as_skipped(tmp_path):
    src, data = _source(tmp_path)
    result = invoke(src / "a.txt", "--to", "ru", "--model", "demo", "--no-tm", "-o", tmp_path / "out.txt",
                    "--report", tmp_path / "r.json")
    assert result.exit_code == 0, result.output
    assert "skipped (no words): 5" in result.output
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    segments = report["files"][0]["segments"]
    assert [s["origin"] for s in segments] == ["skipped"] * 5 + ["mt"]
    assert all(s["target"] == s["source"] for s in segments[:5])
    assert report["summary"]["skipped"] == 5 and report["summary"]["model_inputs"] == 1
    out = (tmp_path / "out.txt").read_text(encoding="utf-8")
    assert out.startswith("\n\n".join(NO_WORDS.values()))  # passed through byte for byte


def test_a_file_of_zero_width_characters_is_copied_as_it_is(tmp_path):
    source = tmp_path / "zw.txt"
    source.write_text("\u200b\u200c\u200d\n\n\u2060\ufeff\n", encoding="utf-8")
    result = invoke(source, "--to", "ru", "--model", "demo", "--no-tm", "-o", tmp_path / "out.txt")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out.txt").read_bytes() == source.read_bytes()
