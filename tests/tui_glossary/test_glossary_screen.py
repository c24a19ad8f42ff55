"""Pilot tests of the glossary screen: filter, add, edit, delete, byte-preserving saves, GlossaryChanged."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, DataTable, Input, Static

from glossary import yamlio
from tui.modals.entry_form import ConfirmModal, EntryFormModal
from tui.screens.glossary import GlossaryScreen

from .conftest import SIZE


def _screen(path: Path, **kwargs):
    return lambda: GlossaryScreen([path], "ru", editable_path=path, **kwargs)


def _ids(screen: GlossaryScreen) -> list[str]:
    table = screen.query_one(DataTable)
    return [table.get_row_at(index)[0] for index in range(table.row_count)]


async def _type(pilot, text: str) -> None:
    await pilot.press(*[{" ": "space", ";": "semicolon"}.get(char, char) for char in text])


async def test_filter_narrows_rows_as_you_type(sample, host):
    app = host(_screen(sample))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert _ids(screen) == ["dprk", "kcna", "pyongyang", "moscow"]
        statuses = [str(screen.query_one(DataTable).get_row_at(index)[3]) for index in range(4)]
        assert statuses == ["ok", "ok", "ok", "W105 missing-locale"]  # the same lint as `glossary validate`
        await pilot.press("slash")
        await _type(pilot, "пхень")  # matches the Russian term, not the id
        await pilot.pause()
        assert _ids(screen) == ["pyongyang"]
        screen.query_one("#glossary-filter", Input).value = ""
        await _type(pilot, "kcna")  # a, e, d are letters in the filter box, not commands
        await pilot.pause()
        assert app.screen is screen and _ids(screen) == ["kcna"]
        await pilot.press("enter", "e")  # enter leaves the filter; now e edits
        assert isinstance(app.screen, EntryFormModal) and app.screen.original.id == "kcna"


def _form(app) -> EntryFormModal:
    assert isinstance(app.screen, EntryFormModal)
    return app.screen


def _findings(form: EntryFormModal) -> str:
    return str(form.query_one("#form-findings", Static).render())


async def _set(pilot, form: EntryFormModal, field: str, value: str) -> None:
    form.query_one(f"#f-{field.replace('.', '--')}", Input).value = value
    await pilot.pause()


async def test_add_refuses_bad_and_duplicate_ids_then_saves_only_the_new_entry(sample, host):
    before = sample.read_bytes()
    app = host(_screen(sample))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        form = _form(app)
        save = form.query_one("#save", Button)
        await _type(pilot, "choe son hui")  # typed into the focused id field: whitespace is not allowed
        await pilot.pause()
        assert "must be non-empty and contain no whitespace" in _findings(form)
        assert form.query_one("#f-id", Input).has_class("-invalid")
        assert save.disabled
        await _set(pilot, form, "id", "kcna")
        await _set(pilot, form, "source", "Choe Son Hui")
        await _set(pilot, form, "ru.preferred", "Цой Сон Хи")
        assert "W101 duplicate-id: id 'kcna' is already used at line 19" in _findings(form)
        assert save.disabled
        await _set(pilot, form, "id", "choe-son-hui")
        await _set(pilot, form, "ko.preferred", "최선희")
        assert not save.disabled, _findings(form)
        await pilot.click("#save")
        await pilot.pause()
        assert isinstance(app.screen, GlossaryScreen)
        assert "choe-son-hui" in _ids(app.screen)
        assert app.changes == [sample]
    after = sample.read_bytes()
    tail = b"# trailing comment\n"
    assert after.startswith(before.removesuffix(tail))
    assert after.endswith(tail)
    added = after[len(before) - len(tail):-len(tail)].decode()
    assert added.startswith("  - id: choe-son-hui\n") and "Цой Сон Хи" in added
    entry = yamlio.load(sample).get("choe-son-hui")
    assert entry.sources == ("Choe Son Hui",) and entry.for_locale("ko").preferred.text == "최선희"


async def test_edit_rewrites_only_that_entry_and_keeps_grammar_hints(sample, host):
    before = sample.read_text(encoding="utf-8")
    app = host(_screen(sample))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down")  # kcna
        await pilot.press("enter")
        form = _form(app)
        assert form.query_one("#f-ru--preferred", Input).value == "ЦТАК"
        await _set(pilot, form, "note", "Korean Central News Agency")
        await _set(pilot, form, "ru.admitted", "Центральное телеграфное агентство Кореи")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, GlossaryScreen)
        assert app.changes == [sample]
        assert app.screen.current.entry.id == "kcna"  # the cursor stays on the edited entry
    after = sample.read_text(encoding="utf-8")
    old_lines, new_lines = before.splitlines(), after.splitlines()
    start, end = old_lines.index("  - id: kcna"), old_lines.index("  - id: pyongyang") - 1
    assert new_lines[:start] == old_lines[:start]
    assert new_lines[-(len(old_lines) - end):] == old_lines[end:]
    kcna = yamlio.load(sample).get("kcna")
    assert kcna.note == "Korean Central News Agency"
    assert kcna.targets["ru"].preferred.indeclinable  # the form does not show it, the save keeps it
    assert [term.text for term in kcna.targets["ru"].admitted] == ["Центральное телеграфное агентство Кореи"]


async def test_cancelled_form_changes_nothing(sample, host):
    before = sample.read_bytes()
    app = host(_screen(sample))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await _set(pilot, _form(app), "ko.preferred", "북조선")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)  # typed changes are not thrown away unasked
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, GlossaryScreen) and app.changes == []
    assert sample.read_bytes() == before


async def test_escape_on_a_changed_form_asks_and_no_keeps_the_typing(sample, host):
    app = host(_screen(sample))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        form = _form(app)
        await pilot.press("escape")  # nothing changed yet: closes at once
        await pilot.pause()
        assert isinstance(app.screen, GlossaryScreen)
        await pilot.press("e")
        form = _form(app)
        await _set(pilot, form, "ko.preferred", "북조선")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is form and form.values()["ko.preferred"] == "북조선"


async def test_delete_asks_first_and_removes_the_entry_with_its_comment(sample, host):
    before = sample.read_text(encoding="utf-8")
    app = host(_screen(sample))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "d")
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("n")
        await pilot.pause()
        assert _ids(app.screen) == ["dprk", "kcna", "pyongyang", "moscow"] and app.changes == []
        await pilot.press("d")
        await pilot.click("#yes")
        await pilot.pause()
        assert _ids(app.screen) == ["dprk", "pyongyang", "moscow"]
        assert app.changes == [sample]
    after = sample.read_text(encoding="utf-8")
    kcna_block = before[before.index("  # --- media"):before.index("  - id: pyongyang")]
    assert kcna_block.endswith("\n\n") and after == before.replace(kcna_block, "\n")  # the blank line stays


async def test_read_only_screen_refuses_every_edit(sample, host):
    before = sample.read_bytes()
    app = host(_screen(sample, read_only=True))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "e", "d", "enter")
        await pilot.pause()
        assert isinstance(app.screen, GlossaryScreen)
        assert "read-only" in str(app.screen.query_one("#glossary-title").render())
    assert sample.read_bytes() == before and app.changes == []


async def test_editing_an_entry_of_another_file_saves_an_override(sample, tmp_path, host):
    mine = tmp_path / "mine.yaml"
    mine.write_text("schema_version: 1\nentries:\n  # my terms\n  - id: seoul\n    source: Seoul\n"
                    "    targets: {ru: {preferred: Сеул}}\n", encoding="utf-8")
    bundled_before = sample.read_bytes()
    app = host(lambda: GlossaryScreen([sample, mine], "ru", editable_path=mine))
    async with app.run_test(size=SIZE) as pilot:
        assert _ids(app.screen) == ["dprk", "kcna", "pyongyang", "moscow", "seoul"]
        await pilot.press("down", "down", "e")
        await _set(pilot, _form(app), "ru.admitted", "Пхеньяне")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.changes == [mine]
        assert _ids(app.screen) == ["dprk", "kcna", "moscow", "seoul", "pyongyang"]  # now from the later file
        await pilot.press("up", "up", "d")  # kcna lives in the other file: not deletable here
        await pilot.pause()
        assert isinstance(app.screen, GlossaryScreen)
    assert sample.read_bytes() == bundled_before
    assert mine.read_text(encoding="utf-8").startswith("schema_version: 1\nentries:\n  # my terms\n  - id: seoul\n")
    assert yamlio.load(mine).get("pyongyang").targets["ru"].admitted[0].text == "Пхеньяне"


async def test_columns_fit_120_cells_and_long_source_lists_end_with_an_ellipsis(sample, tmp_path, host):
    from glossary.yamlio import bundled_path

    user = tmp_path / "mine.yaml"  # a second file: the "file" column is shown too
    app = host(lambda: GlossaryScreen([bundled_path(), sample], "ru", editable_path=user))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        columns = list(table.columns.values())
        assert [str(c.label) for c in columns] == ["id", "source", "ru", "status", "file"]
        assert sum(c.get_render_width(table) for c in columns) <= SIZE[0] - 2  # nothing past the edge
        assert table.max_scroll_x == 0  # no horizontal scrolling needed
        header = "".join(segment.text for segment in table.render_line(0))
        assert "status" in header and "file" in header
        sources = [str(table.get_row_at(i)[1]) for i in range(table.row_count)]
        assert any(s.endswith("…") for s in sources)  # e.g. the WPK general secretary's five forms
        assert max(len(s) for s in sources) == columns[1].width
