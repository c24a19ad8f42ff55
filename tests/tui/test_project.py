"""The project file (core): round trip, restoring work after the source changed, bad files, the lock."""

from __future__ import annotations

import os
import re

import pytest

from tests.tui.helpers import SEED
from workbench import paths
from workbench import project as projects
from workbench.errors import WorkbenchError
from workbench.segment import read_source


def _project(tmp_path):
    document = read_source(SEED)
    return projects.Project(document, "ru", tmp_path / "p.xlf")


def test_round_trip_keeps_targets_statuses_notes_alternatives_and_cursor(tmp_path):
    project = _project(tmp_path)
    project.apply_mt(0, "Путин <готов> & рад", "сырой MT", ("a", "b"))
    project.set_target(1, "правка")
    project.update(2, target="готово", status=projects.CONFIRMED, note="checked with editor")
    project.move(2)
    projects.save(project.path, project.snapshot())
    data = projects.load(project.path)
    again = projects.Project(project.document, "ru", project.path, data)
    assert again.states == project.states
    assert again.cursor == 2
    assert [s.status for s in again.states[:3]] == ["mt", "edited", "confirmed"]


def test_reopen_reuses_saved_spans_without_resegmenting(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(SEED.read_text())
    project = projects.Project(read_source(source), "ru", tmp_path / "a.xlf")
    projects.save(project.path, project.snapshot())
    document, data = projects.open_source(source, project.path)
    assert document.segments == read_source(source).segments
    assert document.rebuild([s.text for s in document.segments]) == SEED.read_text()


def test_targets_follow_their_sentence_when_the_source_changes(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("First sentence here.\n\nSecond one.\n")
    project = projects.Project(read_source(source), "ru", tmp_path / "a.xlf")
    project.set_target(1, "Второе.")
    projects.save(project.path, project.snapshot())
    source.write_text("A new opening line.\n\nFirst sentence here.\n\nSecond one.\n")
    document, data = projects.open_source(source, project.path)
    reopened = projects.Project(document, "ru", project.path, data)
    assert [s.target for s in reopened.states] == ["", "", "Второе."]


def test_broken_project_file_is_one_clear_error(tmp_path):
    path = tmp_path / "bad.xlf"
    path.write_text("<xliff><file><unit id='1'>")
    with pytest.raises(WorkbenchError, match="bad.xlf"):
        projects.load(path)


def test_entity_declarations_are_refused(tmp_path):
    path = tmp_path / "evil.xlf"
    path.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><xliff>&e;</xliff>')
    with pytest.raises(WorkbenchError, match="evil.xlf"):
        projects.load(path)


def test_second_lock_is_refused_until_the_first_is_released(tmp_path):
    first, second = projects.ProjectLock(tmp_path / "p.xlf"), projects.ProjectLock(tmp_path / "p.xlf")
    assert first.acquire()
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()


def test_mt_never_overwrites_human_work_unless_forced(tmp_path):
    project = _project(tmp_path)
    project.set_target(0, "мой перевод")
    assert not project.apply_mt(0, "машина", "машина", ())
    assert project.states[0].target == "мой перевод"
    assert project.apply_mt(0, "машина", "машина", (), force=True)
    assert project.states[0].status == projects.MT


def test_release_removes_the_lock_file_and_a_waiting_opener_locks_a_fresh_one(tmp_path):
    first, second = projects.ProjectLock(tmp_path / "p.xlf"), projects.ProjectLock(tmp_path / "p.xlf")
    assert first.acquire()
    stale_fd = os.open(second.path, os.O_RDWR)  # a second instance opened the file just before release
    first.release()
    assert not first.path.exists()
    assert second.acquire()  # it locks the file now at the path, not the removed one
    assert os.path.samestat(os.fstat(second._fd), os.stat(second.path))
    third = projects.ProjectLock(tmp_path / "p.xlf")
    assert not third.acquire()
    os.close(stale_fd)
    second.release()


def test_rescue_writes_a_new_copy_each_time_into_the_data_folder(tmp_path):
    project = _project(tmp_path)
    project.set_target(0, "спасено")
    first = projects.rescue(project.snapshot())
    assert first.parent == paths.data_dir() / projects.RESCUED
    assert projects.load(first).segments[0].target == "спасено"
    second = projects.rescue(project.snapshot())
    assert second != first and first.exists() and second.exists()


def _reopened(project, source):
    projects.save(project.path, project.snapshot())
    document, data = projects.open_source(source, project.path)
    return projects.Project(document, "ru", project.path, data)


def test_join_and_split_are_kept_in_the_project_file_and_survive_reopening(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(SEED.read_text())
    project = projects.Project(read_source(source), "ru", tmp_path / "a.xlf")
    assert project.states[2].source == "Reuters-Yonhap"  # the credit line was cut off its caption
    project.set_target(1, "Подпись к фото.")
    project.set_target(2, "Рейтер-Рёнхап")
    joined = project.join(1)
    assert joined.source.endswith("Sept. 13, 2023. Reuters-Yonhap") and joined.target == "Подпись к фото. Рейтер-Рёнхап"
    first, second = project.split(2, project.states[2].source.index(" and the country"), 0)
    assert first.source.endswith("at an early date") and second.source.startswith("and the country")
    assert (first.status, second.status) == (projects.NEW, projects.NEW)
    again = _reopened(project, source)
    assert again.states == project.states and len(again) == 16  # one join, one split
    assert again.target_text().startswith(SEED.read_text().split("\n\n")[0])
    assert "Подпись к фото. Рейтер-Рёнхап\n\nNorth Korea said" in again.target_text()


def test_join_refuses_two_paragraphs_and_split_refuses_the_ends(tmp_path):
    project = _project(tmp_path)
    with pytest.raises(WorkbenchError, match="same paragraph"):
        project.join(0)
    with pytest.raises(WorkbenchError, match="inside the source sentence"):
        project.split(3, 0, 0)


def test_xliff_states_final_only_when_confirmed_and_raw_mt_recognisable(tmp_path):
    project = _project(tmp_path)
    project.apply_mt(0, "машина", "машина", ())
    project.set_target(1, "правка")
    project.update(2, target="готово", status=projects.CONFIRMED)
    xml = projects.dumps(project.snapshot()).decode()
    states = re.findall(r'<segment state="(\w+)" subState="workbench:(\w+)"', xml)
    assert states[:4] == [("translated", "mt"), ("translated", "edited"), ("final", "confirmed"), ("initial", "new")]
    foreign = re.sub(r' subState="[^"]*"', "", xml).replace('state="final"', 'state="reviewed"', 1)
    (tmp_path / "foreign.xlf").write_text(foreign)
    assert [s.status for s in projects.load(tmp_path / "foreign.xlf").segments[:4]] == \
        [projects.EDITED, projects.EDITED, projects.CONFIRMED, projects.NEW]


def test_target_text_can_leave_out_what_is_not_confirmed(tmp_path):
    project = _project(tmp_path)
    for index in range(len(project)):
        project.apply_mt(index, f"перевод {index + 1}.", "", ())
    project.update(0, status=projects.CONFIRMED)
    project.update(3, status=projects.CONFIRMED)
    assert project.target_text(confirmed_only=True) == "перевод 1.\n\nперевод 4.\n"
    assert "перевод 2." in project.target_text()
