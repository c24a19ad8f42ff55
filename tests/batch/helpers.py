"""Helpers for the batch tests: sample sentences and files, a CliRunner wrapper for `workbench translate`."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import cli
from workbench.engine.base import Hypothesis, Translation

class Recorder:
    """A translator (the bottom of a stack) that upper-cases texts and remembers every batch it was given."""

    model_id, is_demo, description = "fake-model", False, "recorder"
    source_lang, target_lang = "en", "ko"

    def __init__(self) -> None:
        self.shards: list[list[str]] = []

    def translate_batch(self, sources, *, num_hypotheses: int = 1, beam_size=None) -> list[Translation]:
        self.shards.append(list(sources))
        return [Translation(text, (Hypothesis(text.upper(), 0.0),)) for text in sources]


def recorded_job(target: str, translator, tm=None, **options):
    """A BatchJob over `translator`, with the TM layer on top when `tm` is given."""
    from workbench.batch import BatchJob
    from workbench.glossaries import NO_GLOSSARY
    from workbench.pipeline import stack
    from workbench.tm.translator import MemoryTranslator

    memory = MemoryTranslator.over(tm, target, NO_GLOSSARY) if tm is not None else None
    return BatchJob(target, stack(translator, None, memory), **options)


SENTENCES = [
    "The DPRK said the talks were useful.",
    "KCNA reported the meeting on Sunday.",
    "Choe Son Hui visited Moscow on Sunday.",
    "Pyongyang said the talks were useful.",
    "Russia said the talks were useful.",
]

XLIFF12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="story.txt" source-language="en" target-language="ko" datatype="plaintext"><body>
  <trans-unit id="1"><source>KCNA reported the meeting on <g id="b">Sunday</g>.</source></trans-unit>
  <trans-unit id="2" approved="yes"><source>The DPRK said the talks were useful.</source>
   <target>APPROVED TARGET</target></trans-unit>
 </body></file>
</xliff>
"""


def invoke(*args, input: bytes | str | None = None):
    """Run `workbench translate ARGS` in-process; returns click's Result."""
    return CliRunner().invoke(cli, ["translate", *map(str, args)], input=input)


def report(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def make_news(root: Path) -> Path:
    """news/a.txt (two paragraphs), news/sub/b.md, news/sub/c.xlf."""
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(f"{SENTENCES[0]} {SENTENCES[1]}\n\n{SENTENCES[2]}\n", encoding="utf-8")
    (root / "sub" / "b.md").write_text(f"# {SENTENCES[3]}\n\n{SENTENCES[4]} See `code here`.\n",
                                       encoding="utf-8")
    (root / "sub" / "c.xlf").write_text(XLIFF12, encoding="utf-8")
    return root
