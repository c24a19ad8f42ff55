"""The review page in a real browser (headless Chromium): what a reviewer sees, filters and hovers."""

from __future__ import annotations

import time

import pytest

from glossary import yamlio
from tests.review.conftest import PAIRS_KO
from workbench.review.model import ReviewHeader, ReviewSegment
from workbench.review.writer import ReviewWriter

ROWS = """[...document.querySelectorAll('#wb-rows tr.seg')].map(tr => ({
    line: Number(tr.querySelector('td.loc b').textContent.slice(1)),
    source: [...tr.querySelectorAll('td.src mark')].map(m => [m.dataset.id, m.dataset.status, m.textContent]),
    target: [...tr.querySelectorAll('td.tgt mark')].map(m => [m.dataset.id, m.dataset.status, m.textContent]),
    notes: [...tr.querySelectorAll('.notes li')].map(li => li.textContent)}))"""


def choose(browser, control: str, value: str) -> None:
    """Pick `value` in a filter as a user does (the change event follows)."""
    browser.js(f"(() => {{ const c = document.getElementById({control!r}); c.value = {value!r};"
               " c.dispatchEvent(new Event('change')); })()")


def shown_lines(browser) -> list[int]:
    return [row["line"] for row in browser.js(ROWS)]


def test_every_term_of_the_json_run_is_marked_in_the_page(browser, qa_run):
    page, lines = qa_run
    browser.open(page.as_uri())
    rows = {row["line"]: row for row in browser.js(ROWS)}
    flagged = 0
    for line in lines:
        row = rows[line["line"]]
        for f in line["findings"]:
            if f["kind"] != "term":
                assert any(f["message"] in note for note in row["notes"])
                continue
            assert [f["id"], f["status"], f["source"]["text"]] in row["source"]
            if f["target"] is not None:
                assert [f["id"], f["status"], f["target"]["text"]] in row["target"]
            if f["status"] != "ok":
                flagged += 1
                assert any(note.startswith(f["status"]) and f["expected"] in note for note in row["notes"])
    assert flagged == 4  # deprecated, untranslated, particle, missing


@pytest.mark.parametrize("status", ["deprecated", "untranslated", "particle", "missing", "issue"])
def test_filtering_by_one_status_hides_the_other_rows(browser, qa_run, status):
    page, lines = qa_run
    browser.open(page.as_uri())
    choose(browser, "f-status", status)
    wanted = [line["line"] for line in lines if any((f["status"] or "issue") == status for f in line["findings"])]
    assert shown_lines(browser) == wanted and 0 < len(wanted) < len(lines)
    assert browser.js("location.hash") == f"#status={status}"


def test_term_file_and_text_filters_and_a_link_to_a_filtered_view(browser, qa_run):
    page, lines = qa_run
    browser.open(page.as_uri() + "#term=putin")
    assert shown_lines(browser) == [1, 2, 3]
    choose(browser, "f-term", "")
    browser.js("(() => { const q = document.getElementById('f-q'); q.value = '모스크바';"
               " q.dispatchEvent(new Event('input')); })()")
    browser.wait_for("document.querySelectorAll('#wb-rows tr.seg').length === 1")
    assert shown_lines(browser) == [5]
    browser.js("(() => { const q = document.getElementById('f-q'); q.value = 'no such words';"
               " q.dispatchEvent(new Event('input')); })()")
    browser.wait_for("document.getElementById('wb-count').textContent.startsWith('No segment matches')")
    assert shown_lines(browser) == []
    browser.js("document.getElementById('f-reset').click()")
    assert shown_lines(browser) == [line["line"] for line in lines]
    browser.js("document.querySelector('.bars tr[data-status=\"missing\"]').click()")  # a bar of the chart
    assert shown_lines(browser) == [4]


def test_hovering_a_term_shows_the_expected_term_and_the_entrys_note(browser, qa_run):
    browser.open(qa_run[0].as_uri())
    browser.js("document.querySelector('td.tgt mark[data-status=deprecated]')"
               ".dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))")
    tip = browser.js("(t => t.hidden ? null : t.textContent)(document.getElementById('wb-tip'))")
    note = yamlio.load(yamlio.bundled_path()).get("dprk").note
    assert "expected: 조선민주주의인민공화국" in tip and "found: 북한" in tip and note in tip
    browser.js("document.querySelector('.notes li .st-issue').dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))")
    date = next(f for line in qa_run[1] for f in line["findings"] if f["kind"] == "date")
    assert browser.js("document.getElementById('wb-tip').textContent") == (
        f"date: {date['message']}\nexpected: {date['expected']}")


def test_the_page_requests_nothing_but_itself(browser, tmp_path):
    """Even text holding addresses and markup is shown as text and fetches nothing."""
    hostile = 'See <img src="https://example.com/x.png"> and <script>fetch("http://127.0.0.1:9/")</script>'
    page = tmp_path / "hostile.html"
    writer = ReviewWriter(page)
    writer.add(ReviewSegment("a.txt", 1, hostile, "https://example.com/y.png"))
    writer.commit(ReviewHeader("ko", "g", "v"))
    browser.open(page.as_uri())
    for status in ("ok", ""):
        choose(browser, "f-status", status)
    assert browser.js("document.querySelector('td.src').textContent") == hostile
    assert browser.js("document.querySelectorAll('#wb-rows img, #wb-rows script').length") == 0
    time.sleep(0.3)  # a request the page might start late still shows up
    browser.js("0")
    assert browser.requested() == [page.as_uri()]
    assert browser.js("document.documentElement.dataset.ready") == "true"  # the CSP let the page's own script run


def test_dark_and_light_themes_and_print(browser, qa_run):
    browser.open(qa_run[0].as_uri())
    background = "getComputedStyle(document.body).backgroundColor"
    for scheme, colour in (("dark", "rgb(21, 25, 30)"), ("light", "rgb(255, 255, 255)")):
        browser.send("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
        assert browser.js(background) == colour
    browser.send("Emulation.setEmulatedMedia", {"media": "print", "features": [
        {"name": "prefers-color-scheme", "value": "dark"}]})
    try:
        assert browser.js(background) == "rgb(255, 255, 255)"  # paper stays white in a dark theme
        assert browser.js("getComputedStyle(document.querySelector('.filters')).display") == "none"
        assert browser.js("document.querySelectorAll('#wb-rows tr.seg').length") == len(PAIRS_KO.splitlines())
    finally:
        browser.send("Emulation.setEmulatedMedia", {"media": "", "features": []})


def test_ten_thousand_segments_build_one_page_of_rows_and_filter_at_once(browser, qa_run, tmp_path):
    page, lines = qa_run
    pairs = [row.split("\t") for row in PAIRS_KO.splitlines()]
    big = tmp_path / "big.html"
    writer = ReviewWriter(big)
    for n in range(10_000):
        k = n % len(lines)
        writer.add(ReviewSegment(f"part{n % 7}.txt", n + 1, *pairs[k], tuple(lines[k]["findings"])))
    writer.commit(ReviewHeader("ko", "g", "v"))
    started = time.monotonic()
    browser.open(big.as_uri())
    load = time.monotonic() - started
    assert browser.js("document.querySelectorAll('#wb-rows tr').length") == 100  # one page, not 10,000 rows
    took = browser.js("(() => { const t = performance.now(), c = document.getElementById('f-status');"
                      " c.value = 'missing'; c.dispatchEvent(new Event('change')); return performance.now() - t; })()")
    assert "of 2000 (of 10000)" in browser.js("document.getElementById('wb-count').textContent")
    choose(browser, "f-file", "3")
    assert browser.js("document.querySelectorAll('#wb-rows tr.seg').length") == 100
    wanted = sum(1 for n in range(10_000) if n % 7 == 3 and n % len(lines) == 3)  # part3.txt, the missing term
    assert browser.js("document.getElementById('wb-count').textContent").endswith(f"of {wanted} (of 10000)")
    assert {row["line"] % 7 for row in browser.js(ROWS)} == {4}  # line = n + 1
    print(f"10,000 segments: open {load:.2f} s, filter {took:.0f} ms")
    assert took < 2000 and load < 30
