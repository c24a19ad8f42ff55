"""The batch core generator with a recording executor: windows, streaming writes, TM precedence, cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from tests.batch.helpers import Recorder, recorded_job
from workbench.batch import BatchDone, FileFinished, FileStarted, Finished, Layout, plan, run_batch
from workbench.tm import TranslationMemory


def _tree(root: Path, files: int, per_file: int) -> Path:
    for f in range(files):
        (root / f"f{f:02d}.txt").parent.mkdir(parents=True, exist_ok=True)
        (root / f"f{f:02d}.txt").write_text("\n\n".join(f"Line {i} of file {f}." for i in range(per_file)) + "\n")
    return root


def _run(tmp_path: Path, translator, window: int = 64, tm=None, cancel=None):
    inputs = plan([str(tmp_path / "src")], Layout(out_dir=tmp_path / "out"))
    job = recorded_job("ko", translator, tm, window=window, shard=16)
    return list(run_batch(job, inputs, cancel=cancel))


def test_files_are_written_as_soon_as_they_are_done_within_a_bounded_window(tmp_path):
    _tree(tmp_path / "src", files=10, per_file=20)
    recorder = Recorder()
    events = _run(tmp_path, recorder, window=40)
    order = [(type(e).__name__, getattr(e, "name", "")) for e in events if isinstance(e, (FileStarted, FileFinished))]
    first_done = next(i for i, (kind, _) in enumerate(order) if kind == "FileFinished")
    assert first_done < len(order) - 10  # the first file was written before the last ones were read
    assert max(len(shard) for shard in recorder.shards) <= 16
    assert all(len(a) <= len(b) for shard in recorder.shards for a, b in zip(shard, shard[1:]))  # length-sorted
    assert (tmp_path / "out" / "f03.txt").read_text().startswith("LINE 0 OF FILE 3.")
    summary = events[-1].summary
    assert isinstance(events[-1], Finished) and summary.files == 10 and summary.segments == 200
    done = [e.done for e in events if isinstance(e, BatchDone)]
    assert done == sorted(done) and done[-1] == 200


def test_duplicates_reach_the_model_once_and_the_tm_answers_reruns(tmp_path):
    (tmp_path / "src").mkdir()
    for name in ("a.txt", "b.txt"):
        (tmp_path / "src" / name).write_text("Same sentence.\n\nAnother one.\n")
    with TranslationMemory(tmp_path / "tm.db") as tm:
        tm.approve("Another one.", "승인", "en", "ko")
        recorder = Recorder()
        summary = _run(tmp_path, recorder, tm=tm)[-1].summary
        assert recorder.shards == [["Same sentence."]]
        assert summary.cache_hits == 2 and summary.model_inputs == 1
        assert (tmp_path / "out" / "a.txt").read_text() == "SAME SENTENCE.\n\n승인\n"
        again = Recorder()
        assert _run(tmp_path, again, tm=tm)[-1].summary.cache_hits == 4 and again.shards == []


def test_cancel_stops_between_shards(tmp_path):
    _tree(tmp_path / "src", files=4, per_file=40)
    cancel = threading.Event()

    class Cancelling(Recorder):
        def translate_batch(self, sources, **options):
            cancel.set()
            return super().translate_batch(sources, **options)

    events = _run(tmp_path, Cancelling(), window=1000, cancel=cancel)
    summary = events[-1].summary
    assert summary.cancelled and summary.files == 0
    assert not (tmp_path / "out").exists()
