"""`workbench translate --report FILE.html`: the review page of a batch run, chosen by the extension."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from tests.batch.helpers import SENTENCES, invoke
from tests.review.test_page import page_data
from workbench.review.runs import BatchReview


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """The same demo-model run (no TM) with a JSON report and with an HTML one."""
    folder = tmp_path_factory.mktemp("translate")
    story = folder / "story.txt"
    story.write_text("\n\n".join(SENTENCES) + "\n", encoding="utf-8")
    out = {}
    for suffix in ("json", "html"):
        report = folder / f"report.{suffix}"
        result = invoke(story, "--to", "ru", "--model", "demo", "--no-tm", "-q",
                        "-o", folder / f"out.{suffix}.txt", "--report", report)
        assert result.exit_code == 0, result.output
        out[suffix] = report.read_text(encoding="utf-8")
    return json.loads(out["json"]), out["html"]


def test_an_html_report_is_the_review_page_of_the_same_run(reports):
    as_json, html = reports
    assert html.startswith("<!DOCTYPE html>") and "DEMO" in html
    data = page_data(html)
    segments = [s for record in as_json["files"] for s in record["segments"]]
    assert [(s["source"], s["target"]) for s in data["segments"]] == [(s["source"], s["target"]) for s in segments]
    for mine, theirs in zip(data["segments"], segments):
        verdicts = [(f["id"], f["status"]) for f in mine["findings"] if f["kind"] == "term" and f["status"] != "fixed"]
        assert verdicts == [(h["id"], h["status"]) for h in theirs["hits"]]
        fixes = [(f["fix"]["from"], f["fix"]["to"]) for f in mine["findings"] if f["fix"]]
        assert fixes == [(c["from"], c["to"]) for c in theirs["changes"]]
    header = data["header"]
    assert header["demo"] is True and header["model"] == as_json["model"] and header["locale"] == "ru"
    assert header["glossary_version"] == as_json["glossary_version"] and header["files"][0].endswith("story.txt")
    assert any(s["hits"] for s in segments)  # the run had terms to show


def test_a_record_that_carries_findings_keeps_them(tmp_path):
    finding = {"kind": "term", "id": "dprk", "status": "deprecated", "severity": "error",
               "source": {"start": 4, "end": 8, "text": "DPRK"}, "target": {"start": 0, "end": 2, "text": "북한"},
               "expected": "조선민주주의인민공화국", "found": "북한", "message": "dprk: deprecated", "fix": None}
    job = SimpleNamespace(target="ko", glossary_label="g", glossary_version="v", model_id="m", is_demo=False, qa=None)
    page = tmp_path / "r.html"
    review = BatchReview(page, job)
    review.add_file({"path": "a.txt", "segments": [{"id": "1", "source": "The DPRK.", "target": "북한.",
                                                    "findings": [finding]}]})
    review.close(summary=None)
    assert review.error is None
    assert page_data(page.read_text(encoding="utf-8"))["segments"][0]["findings"] == [finding]


def test_an_html_report_that_cannot_be_written_stops_the_run_before_it_starts(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(SENTENCES[0], encoding="utf-8")
    (tmp_path / "taken.html").mkdir()
    result = invoke(story, "--to", "ru", "--model", "demo", "--no-tm", "-o", tmp_path / "out.txt",
                    "--report", tmp_path / "taken.html")
    assert result.exit_code == 2 and "is a directory" in result.output
    assert not (tmp_path / "out.txt").exists()
