"""Roster grid: model checks, keyboard edit with undo/redo, auto-roster in the background."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from branchops import clock
from branchops.core.staff import roster
from branchops.core.staff.roster_sheet import roster_sheet
from branchops.core.staff.roster_store import CellEdit, cells_between
from branchops.ui.staff import autoroster_dialog, roster_actions
from branchops.ui.staff.roster_model import PROBLEM_ROLE, RosterGridModel
from branchops.ui.staff.roster_page import RosterPage
from branchops.ui.staff.roster_print import render_page, write_roster_pdf
from tests.core.staff.scheduling_setup import small_branch

MONDAY = date(2026, 3, 2)


@pytest.fixture
def page(ui_ctx, qtbot):
    small_branch(ui_ctx.db, ui_ctx.user)
    widget = RosterPage(ui_ctx)
    qtbot.addWidget(widget)
    widget.set_period(MONDAY, "week")
    return widget


def _cells(ctx):
    with ctx.db.session() as session:
        return cells_between(session, MONDAY, MONDAY + timedelta(days=6))


def test_grid_model_on_demo_data(demo_ctx, qtmodeltester):
    today = clock.today()
    with demo_ctx.db.session() as session:
        grid = roster.load_grid(session, today.replace(day=1), today.replace(day=28))
    model = RosterGridModel()
    model.load(grid)
    qtmodeltester.check(model)
    assert model.rowCount() == len(grid.people) and model.columnCount() == 29
    (person_id, day), code = next(iter(grid.cells.items()))
    assert model.data(model.index_of(person_id, day)) == code


def test_keyboard_edit_undo_and_redo(page, ui_ctx, qtbot, qtmodeltester):
    table = page.table
    person = page.model.person_at(0)
    table.setFocus()
    table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClicks(table, "E")
    assert _cells(ui_ctx) == {(person.id, MONDAY): "E"}
    assert table.currentIndex().column() == 1  # typing moves on to the next day
    qtbot.keyClicks(table, "L")
    assert _cells(ui_ctx)[(person.id, MONDAY + timedelta(days=1))] == "L"
    # the Monday early shift is understaffed: the cell header shows it, the list explains it
    assert "⚠" in page.model.headerData(0, Qt.Orientation.Horizontal)
    assert page.issues.rowCount() > 0
    qtmodeltester.check(page.issues)
    page.undo.undo()
    assert _cells(ui_ctx) == {(person.id, MONDAY): "E"}
    page.undo.undo()
    assert _cells(ui_ctx) == {}
    page.undo.redo()
    assert _cells(ui_ctx) == {(person.id, MONDAY): "E"}
    assert page.model.data(page.model.index(0, 0)) == "E"
    table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert _cells(ui_ctx) == {}


def test_rest_problem_is_marked_on_the_cell(page, ui_ctx, qtbot):
    # seven early shifts in a row break the six-days-in-a-row rule on the seventh day
    table = page.table
    table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClicks(table, "EEEEEEE")
    assert page.model.data(page.model.index(0, 6), PROBLEM_ROLE) is True
    assert "7" in page.model.data(page.model.index(0, 6), Qt.ItemDataRole.ToolTipRole)


def test_auto_roster_runs_in_background_and_diff_appears(page, ui_ctx, qtbot, qtmodeltester):
    dialog = roster_actions.auto_roster(page.actions)
    qtbot.addWidget(dialog)
    dialog.time_limit.setValue(20)
    with qtbot.waitSignal(dialog.result_ready, timeout=60_000):
        dialog.start_button.click()
        assert not dialog.start_button.isEnabled()  # running on a worker thread
    assert dialog.result.solution.has_roster
    assert dialog.diff.rowCount() == len(dialog.result.diff) > 0
    qtmodeltester.check(dialog.diff)
    assert _cells(ui_ctx) == {}  # nothing saved before accepting
    dialog.accept_button.click()
    saved = _cells(ui_ctx)
    assert len(saved) == len(dialog.result.diff)
    assert page.model.cells == saved


def test_print_and_pdf(page, ui_ctx, tmp_path):
    with ui_ctx.db.session() as session:
        sheet = roster_sheet(session, MONDAY, MONDAY + timedelta(days=30))
    image = render_page(sheet)
    assert image.width() > image.height() > 500  # A4 landscape
    out = write_roster_pdf(sheet, tmp_path / "roster.pdf")
    assert out.read_bytes()[:4] == b"%PDF"


def test_auto_roster_keeps_published_days_unless_told_with_a_reason(
    page, ui_ctx, qtbot, monkeypatch
):
    s = small_branch_people(ui_ctx)
    with ui_ctx.db.unit_of_work(ui_ctx.user) as uow:
        roster.edit_cells(
            uow,
            ui_ctx.user,
            [CellEdit(s[0], MONDAY, "E"), CellEdit(s[1], MONDAY, "E"), CellEdit(s[2], MONDAY, "L")],
        )
    with ui_ctx.db.unit_of_work(ui_ctx.user) as uow:
        roster.publish(uow, ui_ctx.user, MONDAY, MONDAY)
    published = _cells(ui_ctx)
    dialog = roster_actions.auto_roster(page.actions)
    qtbot.addWidget(dialog)
    dialog.time_limit.setValue(20)
    assert not dialog.reason.isEnabled()
    with qtbot.waitSignal(dialog.result_ready, timeout=60_000):
        dialog.start_button.click()
    assert MONDAY not in {d.day for d in dialog.result.diff}
    assert "1" in dialog.progress.text()  # published days kept: 1
    dialog.accept_button.click()  # no reason asked: the published day is not touched
    saved = _cells(ui_ctx)
    assert {k: v for k, v in saved.items() if k[1] == MONDAY} == published
    # asked to change published days, the dialog wants the reason before it starts
    again = roster_actions.auto_roster(page.actions)
    qtbot.addWidget(again)
    again.unlock.setChecked(True)
    assert again.reason.isEnabled()
    shown = []
    monkeypatch.setattr(autoroster_dialog, "show_error", lambda _parent, e: shown.append(e))
    again.start()
    assert shown and shown[0].for_field("reason") and again.task is None
    again.reason.setText("员工调班")
    again.time_limit.setValue(20)
    with qtbot.waitSignal(again.result_ready, timeout=60_000):
        again.start_button.click()
    assert again._reason == "员工调班"


def small_branch_people(ctx) -> list[int]:
    with ctx.db.session() as session:
        return [p.id for p in roster.load_grid(session, MONDAY, MONDAY).people]
