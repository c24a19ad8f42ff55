"""The review page as a file: self-contained, its data the same findings as the JSON run, safe with any text."""

from __future__ import annotations

import base64
import hashlib
import json
import re

from tests.review.conftest import PAIRS_KO, run, run_main
from workbench.review.model import ReviewHeader, ReviewSegment
from workbench.review.writer import ReviewWriter

DATA = re.compile(r'<script type="application/json" id="wb-data">(.*?)</script>', re.S)


def page_data(html: str) -> dict:
    return json.loads(DATA.search(html).group(1))


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def test_the_page_is_one_file_that_loads_nothing_and_runs_only_its_own_script(qa_run):
    html = qa_run[0].read_text(encoding="utf-8")
    assert not re.search(r"https?://|<link|<img|<iframe|\ssrc=|\shref=|@import|url\(", html, re.I)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp
    script = re.search(r"<script>(.*)</script>", html, re.S).group(1)
    style = re.search(r"<style>(.*)</style>", html, re.S).group(1)
    assert f"script-src {sha256(script)};" in csp and f"style-src {sha256(style)};" in csp
    assert len(re.findall(r"<script", html)) == 2  # the data block and the code, nothing else


def test_the_data_block_holds_the_findings_of_the_json_run(qa_run):
    page, lines = qa_run
    data = page_data(page.read_text(encoding="utf-8"))
    segments = data["segments"]
    assert [s["index"] for s in segments] == [line["line"] for line in lines]
    assert [s["findings"] for s in segments] == [line["findings"] for line in lines]
    pairs = [row.split("\t") for row in PAIRS_KO.splitlines()]
    assert [[s["source"], s["target"]] for s in segments] == pairs
    header = data["header"]
    assert header["locale"] == "ko" and header["files"][0].endswith("pairs.tsv") and header["model"] is None
    assert header["glossary_files"][0].endswith("official-names.yaml") and len(header["glossary_version"]) == 16
    assert "Yonhap" in header["entries"]["dprk"]["note"] and header["entries"]["dprk"]["name"] == "DPRK"


def test_the_header_counts_every_status_of_the_run(qa_run):
    page, lines = qa_run
    html = page.read_text(encoding="utf-8")
    statuses = [f["status"] or "issue" for line in lines for f in line["findings"]]
    for status in set(statuses):
        row = re.search(rf'<tr data-status="{status}".*?<td class="n">(\d+)</td>', html, re.S)
        assert int(row.group(1)) == statuses.count(status), status
    dprk = re.search(r'<tr data-term="dprk".*?<td class="n">(\d+)</td>', html, re.S)
    assert int(dprk.group(1)) == sum(f["id"] == "dprk" for line in lines for f in line["findings"])


def test_text_that_looks_like_markup_stays_text(tmp_path):
    hostile = 'The DPRK said </script><script>alert(1)</script><!-- <b onclick="x()">&amp;'
    page = tmp_path / "page.html"
    writer = ReviewWriter(page)
    writer.add(ReviewSegment("a</script>.txt", 1, hostile, "조선 </SCRIPT> 발표"))
    writer.commit(ReviewHeader("ko", "<b>glossary</b>", "v1", files=("a</script>.txt",)))
    html = page.read_text(encoding="utf-8")
    assert len(re.findall(r"<script", html, re.I)) == 2 and "<b>glossary" not in html
    data = page_data(html)
    assert data["segments"][0]["source"] == hostile and data["segments"][0]["target"] == "조선 </SCRIPT> 발표"
    assert data["header"]["files"] == ["a</script>.txt"]


def test_qa_html_to_standard_output_prints_only_the_page(tmp_path):
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(PAIRS_KO, encoding="utf-8")
    result = run("qa", "--to", "ko", str(pairs), "--html", "-")
    assert result.exit_code == 1
    assert result.stdout.startswith("<!DOCTYPE html>") and result.stdout.rstrip().endswith("</html>")
    assert len(page_data(result.stdout)["segments"]) == len(PAIRS_KO.splitlines())
    clash = run_main("qa", "--to", "ko", "--json", str(pairs), "--html", "-")
    assert clash.returncode == 2 and clash.stdout == "" and clash.stderr.count("\n") == 1 and "--json" in clash.stderr


def test_qa_html_refuses_a_folder_and_makes_a_missing_one(tmp_path):
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(PAIRS_KO, encoding="utf-8")
    refused = run_main("qa", "--to", "ko", str(pairs), "--html", str(tmp_path))
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr.count("\n") == 1 and f"--html {tmp_path}: is a directory" in refused.stderr
    made = tmp_path / "new" / "folder" / "review.html"
    assert run("qa", "--to", "ko", str(pairs), "--html", str(made)).exit_code == 1
    assert made.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_discarded_page_leaves_the_old_file_as_it_was(tmp_path):
    page = tmp_path / "review.html"
    page.write_text("the review of yesterday", encoding="utf-8")
    writer = ReviewWriter(page)
    writer.add(ReviewSegment("a.txt", 1, "The DPRK said.", "조선은 말했다."))
    writer.discard()
    assert page.read_text(encoding="utf-8") == "the review of yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["review.html"]
