"""Fixtures for the review page's tests: a QA run with every status, and a headless Chromium."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.review.browser import CHROMIUM, Browser
from workbench.cli import cli

# One pair per verdict (ok, deprecated + untranslated, particle, missing + a date issue), and one with
# an astral character (😀: 2 UTF-16 units, 1 code point) before the terms, so span offsets are tested.
PAIRS_KO = (
    "The DPRK welcomed Putin.\t조선민주주의인민공화국은 푸틴을 환영했다.\n"
    "The DPRK welcomed Putin in Pyongyang.\t북한은 Pyongyang에서 푸틴을 환영했다.\n"
    "The DPRK welcomed Putin.\t조선민주주의인민공화국는 푸틴을 환영했다.\n"
    "KCNA said Lavrov arrived on Sept. 13, 2023.\t통신은 라브로프가 도착했다고 밝혔다.\n"
    "😀 Choe Son Hui met Lavrov in Moscow.\t😀 최선희는 모스크바에서 라브로프를 만났다.\n"
)


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def run_main(*args: str) -> subprocess.CompletedProcess:
    """`workbench ARGS` as a user runs it (errors go through the entry point's one-line handling)."""
    return subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def qa_run(tmp_path_factory) -> tuple[Path, list[dict]]:
    """The review page of PAIRS_KO (`qa --html`) and the JSON Lines of the same pairs (`qa --json`)."""
    folder = tmp_path_factory.mktemp("review")
    pairs = folder / "pairs.tsv"
    pairs.write_text(PAIRS_KO, encoding="utf-8")
    page = folder / "review.html"
    assert run("qa", "--to", "ko", str(pairs), "--html", str(page)).exit_code == 1
    result = run("qa", "--to", "ko", "--json", str(pairs))
    return page, [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if CHROMIUM is None:
        pytest.skip("no chromium on this machine (.ci/run installs Debian's chromium: apt-get install chromium)")
    chromium = Browser(tmp_path_factory.mktemp("chromium-profile"))
    yield chromium
    chromium.close()
