"""What a batch run reports: per-segment records, the run summary, and the streamed report.json.

The report is written as the run goes (one file record at a time into a hidden temp file next
to it, renamed into place at the end), so a 100,000-segment run never holds it in memory and a
killed run never leaves a half-written report.json; `-` streams it to standard output. The JSON shape is documented in docs/batch.md.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.errors import WorkbenchError
from workbench.outputs import is_stdout, open_output

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Summary:
    """The end of a run: what was done, by which model, how fast.

    `files`/`failed` count outputs written and files that failed; the segment counts cover every
    segment the run gave a target (also in a file whose write failed afterwards, or in an unfinished
    file of a cancelled run), so cache_hits + translated + skipped == segments, and the distinct
    texts the model saw (model_inputs) never exceed the segments it translated.
    """

    files: int
    failed: int
    segments: int
    words: int
    cache_hits: int
    translated: int
    terms_enforced: int
    unresolved: int
    model: str
    demo: bool
    glossary: str
    executor: str
    seconds: float
    cancelled: bool = False
    model_inputs: int = 0  # distinct texts sent to the model (duplicates and TM matches are not)
    skipped: int = 0  # segments without words, passed through unchanged (never sent to the model)
    mt_reused: int = 0  # cache hits whose raw MT came from the TM, the glossary enforced again

    @property
    def throughput(self) -> float:
        """Segments per second over the whole run."""
        return self.segments / self.seconds if self.seconds > 0 else 0.0

    def as_json(self) -> dict[str, Any]:
        return {"files": self.files, "failed": self.failed, "segments": self.segments, "words": self.words,
                "cache_hits": self.cache_hits, "mt_reused": self.mt_reused, "translated": self.translated,
                "model_inputs": self.model_inputs,
                "skipped": self.skipped, "terms_enforced": self.terms_enforced, "unresolved": self.unresolved,
                "model": self.model, "demo": self.demo, "glossary": self.glossary, "executor": self.executor,
                "seconds": round(self.seconds, 3), "segments_per_second": round(self.throughput, 1),
                "cancelled": self.cancelled}

    def lines(self) -> list[str]:
        model = f"{self.model} [DEMO model: output is for demonstration only]" if self.demo else self.model
        failed = f"  failed: {self.failed}" if self.failed else ""
        skipped = f"  skipped (no words): {self.skipped}" if self.skipped else ""
        reused = f" ({self.mt_reused} of them stored MT, glossary enforced again)" if self.mt_reused else ""
        return [
            f"files: {self.files}{failed}  segments: {self.segments}  words: {self.words}  "
            f"cache hits: {self.cache_hits}{reused}  translated by the model: {self.translated} "
            f"({self.model_inputs} distinct){skipped}",
            f"model: {model}  executor: {self.executor}",
            f"glossary: {self.glossary}  terms enforced: {self.terms_enforced}  "
            f"unresolved violations: {self.unresolved}",
            f"time: {self.seconds:.2f} s  ({self.throughput:.1f} segments/s)"
            + ("  [cancelled]" if self.cancelled else ""),
        ]


def segment_json(unit_id: str, source: str, target: str, mt: str | None, origin: str,
                 changes: tuple = (), pair_report=None) -> dict[str, Any]:
    """One segment of a file record (see docs/batch.md): its findings are workbench.terms.findings'
    (the verdicts on the target written, one per fix made, the other QA issues)."""
    from workbench.terms.findings import fix_finding, report_findings

    findings = (report_findings(pair_report, changes) if pair_report is not None
                else [fix_finding(change) for change in changes])
    return {"id": unit_id, "source": source, "target": target, "mt": mt, "origin": origin,
            "findings": findings}


class ReportWriter:
    """report.json written incrementally: header, one record per file, the summary, then committed.

    Any output works (outputs.open_output: a file is replaced atomically at the end, `-` or a FIFO
    is streamed). A report that cannot be opened is a WorkbenchError; one that fails later (a
    full disk) is dropped and its one-line `error` kept, so the run goes on and the caller says so.
    """

    def __init__(self, path: Path | str, header: dict[str, Any]) -> None:
        self.path, self.error = path, None
        if not is_stdout(path):
            if Path(path).is_dir():
                raise WorkbenchError(f"--report {path}: is a directory; give a file name")
            _make_folder(Path(path).parent)
        self._out = open_output(path)
        head = json.dumps({"schema_version": SCHEMA_VERSION, **header}, ensure_ascii=False)
        self._write(head[:-1] + ', "files": [')
        self._first = True

    def add_file(self, record: dict[str, Any]) -> None:
        self._write(("\n" if self._first else ",\n") + json.dumps(record, ensure_ascii=False))
        self._first = False

    def close(self, summary: Summary) -> None:
        """Finish the document and commit it (renamed into place, for a file)."""
        self._write('\n], "summary": ' + json.dumps(summary.as_json(), ensure_ascii=False) + "}\n")
        self._guarded(self._out.commit)

    def abort(self) -> None:
        """Drop the unfinished report (an interrupted run leaves none)."""
        self._out.discard()

    def _write(self, text: str) -> None:
        self._guarded(self._out.write, text.encode("utf-8"))

    def _guarded(self, func, *args) -> None:
        if self.error is not None:
            return
        try:
            func(*args)
        except WorkbenchError as exc:
            self.error = str(exc)
            self.abort()


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkbenchError(f"{folder}: cannot create the report's folder: {exc.strerror or exc}") from None
