"""The progress a terminal shows: it ends at its total (also when a file fails), and counts read as English."""

from __future__ import annotations

from tests.batch.helpers import Recorder, recorded_job
from workbench.batch import BatchDone, FileFinished, Layout, View, plan, run_batch


def _events(tmp_path, names_and_bytes):
    src = tmp_path / "src"
    src.mkdir()
    for name, data in names_and_bytes:
        (src / name).write_bytes(data)
    inputs = plan([str(src)], Layout(out_dir=tmp_path / "out"))
    return list(run_batch(recorded_job("ko", Recorder(), window=64, shard=16), inputs))


def _with_a_bad_file(tmp_path):
    good = "\n\n".join(f"Sentence {i} of the story." for i in range(30)).encode()
    # the bad file comes first and is big: its bytes must not stay in the estimate
    return _events(tmp_path, [("a-bad.txt", b"caf\xe9 " * 2000), ("b.txt", good), ("c.txt", good)])


def test_progress_ends_at_its_total_when_a_file_fails(tmp_path):
    last = [event for event in _with_a_bad_file(tmp_path) if isinstance(event, BatchDone)][-1]
    assert last.done == 60 and last.total_estimate == 60


def test_the_terminal_bar_is_full_at_the_end(tmp_path):
    with View(quiet=False, tty=True) as view:
        for event in _with_a_bad_file(tmp_path):
            view.show(event)
        task = view.bar.tasks[0]
        assert task.completed == task.total == 60


def test_a_single_segment_is_singular(tmp_path):
    events = _events(tmp_path, [("one.txt", b"Only one sentence here.\n")])
    view = View(quiet=False, tty=False)
    lines = []
    view._say = lines.append
    view.show(next(event for event in events if isinstance(event, FileFinished)))
    assert "(1 segment, 0 from the TM)" in lines[0]
    with View(quiet=False, tty=True) as terminal:
        for event in events:
            terminal.show(event)
        unit = terminal.bar.columns[3]
        assert str(unit.render(terminal.bar.tasks[0])) == "segment"
