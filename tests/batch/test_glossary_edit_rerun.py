"""After a glossary edit a rerun decodes nothing: the TM keeps the model's raw n-best apart from the enforced
target, and only enforcement runs again, giving what a fresh run with the edited glossary gives."""

from __future__ import annotations

import shutil

from click.testing import CliRunner

from glossary import yamlio
from tests.batch.helpers import SENTENCES, invoke, report
from tests.stub_translator import StubTranslator
from workbench import glossaries
from workbench.batch import BatchJob, Finished, Layout, plan, run_batch
from workbench.cli import cli
from workbench.pipeline import stack
from workbench.terms.enforce import Enforcer
from workbench.tm import MTRecord, TranslationMemory
from workbench.tm.translator import MemoryTranslator

RU = {
    SENTENCES[0]: ("Северная Корея заявила, что переговоры были полезными.", "КНДР заявила, что переговоры были полезны.",
                   "Северная Корея сказала, что переговоры полезны.", "КНДР сказала, что переговоры полезны."),
    SENTENCES[1]: ("ЦТАК сообщило о встрече в воскресенье.",),
    SENTENCES[2]: ("Чхве Сон Хи посетила Москву в воскресенье.",),
}


def _glossary_copy(tmp_path):
    path = tmp_path / "g.yaml"
    shutil.copyfile(yamlio.bundled_path(), path)
    return path


def _edit(path, entry, key, value) -> None:
    result = CliRunner().invoke(cli, ["glossary", "set", "-g", str(path), entry, key, value])
    assert result.exit_code == 0, result.output


def _run(tmp_path, glossary, tm, out: str):
    """The real batch core with the stub model and the real glossary enforcer; returns (events, the stub)."""
    stub = StubTranslator(RU, "ru")
    files = (glossary,)
    enforcer = Enforcer(glossaries.load(files), "ru", stub)
    memory = MemoryTranslator.over(tm, "ru", glossaries.version(files)) if tm is not None else None
    job = BatchJob("ru", stack(stub, enforcer, memory), qa=enforcer.qa, glossary_version=glossaries.version(files),
                   keep_details=True)
    inputs = plan([str(tmp_path / "src")], Layout(out_dir=tmp_path / out))
    return list(run_batch(job, inputs)), stub


def test_a_glossary_edit_reruns_only_enforcement_and_equals_a_fresh_run(tmp_path):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text(" ".join(SENTENCES[:3]) + "\n", encoding="utf-8")
    glossary = _glossary_copy(tmp_path)
    with TranslationMemory(tmp_path / "tm.sqlite3") as tm:
        events, stub = _run(tmp_path, glossary, tm, "first")
        assert events[-1].summary.translated == 3 and len(stub.calls) == 1
        _edit(glossary, "dprk", "targets.ru.preferred", "Корейская Народно-Демократическая Республика")
        events, stub = _run(tmp_path, glossary, tm, "again")
    summary = next(e for e in events if isinstance(e, Finished)).summary
    assert stub.calls == [] and summary.translated == summary.model_inputs == 0  # nothing decoded
    assert summary.cache_hits == summary.mt_reused == 3
    fresh, _ = _run(tmp_path, glossary, None, "fresh")  # no TM: the model decodes everything again
    again = (tmp_path / "again" / "a.txt").read_text(encoding="utf-8")
    assert again == (tmp_path / "fresh" / "a.txt").read_text(encoding="utf-8")
    assert "Корейская Народно-Демократическая Республика" in again
    assert again != (tmp_path / "first" / "a.txt").read_text(encoding="utf-8")


def test_the_stored_mt_is_kept_per_model_and_needs_enough_hypotheses(tmp_path):
    with TranslationMemory(tmp_path / "tm.sqlite3") as tm:
        tm.store_mt([MTRecord(SENTENCES[0], ("a", "b"), "en", "ru", "model-1", wanted=2)])
        assert tm.lookup_mt([SENTENCES[0]], "en", "ru", "model-1", wanted=2) == {SENTENCES[0]: ("a", "b")}
        assert tm.lookup_mt([SENTENCES[0]], "en", "ru", "model-1", wanted=4) == {}  # a --no-glossary run's 1-best
        assert tm.lookup_mt([SENTENCES[0]], "en", "ru", "model-2", wanted=1) == {}  # another model
        assert tm.lookup_mt([SENTENCES[0]], "en", "ko", "model-1", wanted=1) == {}


def test_cli_rerun_after_glossary_set_translates_nothing(news, tmp_path):
    glossary = _glossary_copy(tmp_path)
    args = (news / "a.txt", "--to", "ru", "--model", "demo", "--glossary", glossary, "--tm", tmp_path / "tm.db")
    assert invoke(*args, "-o", tmp_path / "1.txt", "--report", tmp_path / "1.json").exit_code == 0
    _edit(glossary, "dprk", "targets.ru.preferred", "Корейская Народно-Демократическая Республика")
    assert invoke(*args, "-o", tmp_path / "2.txt", "--report", tmp_path / "2.json").exit_code == 0
    summary = report(tmp_path / "2.json")["summary"]
    assert summary["translated"] == summary["model_inputs"] == 0
    assert summary["cache_hits"] == summary["mt_reused"] == summary["segments"] == 3
    segments = report(tmp_path / "2.json")["files"][0]["segments"]
    assert {s["origin"] for s in segments} == {"tm-mt"} and all(s["mt"] for s in segments)
    fresh = invoke(news / "a.txt", "--to", "ru", "--model", "demo", "--glossary", glossary, "--no-tm",
                   "-o", tmp_path / "fresh.txt")
    assert fresh.exit_code == 0
    assert (tmp_path / "2.txt").read_bytes() == (tmp_path / "fresh.txt").read_bytes()
    third = invoke(*args, "-o", tmp_path / "3.txt", "--report", tmp_path / "3.json")  # exact TM hits now
    assert third.exit_code == 0 and report(tmp_path / "3.json")["summary"]["mt_reused"] == 0
