"""PATH arguments to (input, output) plans: walking, globs, mirroring, refusing to overwrite sources."""

from __future__ import annotations

import pytest

from workbench.batch import Layout, plan
from workbench.errors import WorkbenchError


def _names(items, root):
    return [item.path.relative_to(root).as_posix() for item in items]


def test_walk_takes_known_formats_sorted_and_skips_hidden(news):
    (news / "notes.pdf").write_bytes(b"%PDF")
    (news / ".hidden.txt").write_text("x")
    (news / ".git").mkdir()
    (news / ".git" / "x.txt").write_text("x")
    assert _names(plan([str(news)], Layout(out_dir=news.parent / "o")), news) == ["a.txt", "sub/b.md", "sub/c.xlf"]


def test_include_and_exclude_globs(news):
    layout = Layout(out_dir=news.parent / "o", include=("*.md", "a.*"), exclude=("sub/*.xlf",))
    assert _names(plan([str(news)], layout), news) == ["a.txt", "sub/b.md"]
    assert _names(plan([str(news)], Layout(out_dir=news.parent / "o", exclude=("sub/*",))), news) == ["a.txt"]


def test_outputs_mirror_the_tree_with_suffix_and_bilingual_names(news):
    out = news.parent / "o"
    items = plan([str(news)], Layout(out_dir=out, suffix=".ko", bilingual="json"))
    assert [i.output.relative_to(out).as_posix() for i in items] == \
        ["a.ko.txt.json", "sub/b.ko.md.json", "sub/c.ko.xlf.json"]


def test_out_folder_inside_the_source_is_not_walked(news):
    out = news / "translated"
    (out / "x.txt").parent.mkdir()
    (out / "x.txt").write_text("old output")
    assert "translated/x.txt" not in _names(plan([str(news)], Layout(out_dir=out)), news)


def test_collisions_are_usage_errors(news, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text("x")
    with pytest.raises(WorkbenchError, match="would both be written"):
        plan([str(news), str(other)], Layout(out_dir=tmp_path / "o"))
