"""The training page on demo data: every model passes the model tester, filters and sorting
re-query, the matrix is coloured by state and a cell opens its history."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from branchops import clock
from branchops.core.training.labels import CellState
from branchops.ui.training.cell_dialog import CellDialog
from branchops.ui.training.common import STATE_BACKGROUNDS
from branchops.ui.training.matrix_model import CELL_ROLE
from branchops.ui.training.training_page import TrainingPage


def _page(ctx, qtbot) -> TrainingPage:
    page = TrainingPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def test_every_tab_and_model(demo_ctx, qtbot, qtmodeltester):
    page = _page(demo_ctx, qtbot)
    for key in page.tab_keys:
        page.show_tab(key)
    models = [
        page.matrix.model, page.sessions.model, page.attendance.model, page.courses.model,
        page.certificates.model, page.reminders.model, page.yearly.people, page.yearly.months,
        page.skills.model,
    ]  # fmt: skip
    for model in models:
        qtmodeltester.check(model)
    assert page.attendance.model.total > 300
    assert page.courses.model.total >= 12
    assert page.reminders.model.rowCount() > 0
    assert page.yearly.months.rowCount() == 12
    sources = {r.by_hand for r in page.skills.model.loaded_rows()}
    assert sources == {True, False}  # by hand and from training


def test_sessions_and_attendance_filters(demo_ctx, qtbot):
    page = _page(demo_ctx, qtbot)
    page.show_tab("attendance")
    tab = page.attendance
    person = tab.person.itemData(1)
    tab.show_person(person)
    rows = tab.model.loaded_rows()
    assert rows and {r.staff_id for r in rows} == {person}
    tab.result.setCurrentIndex(tab.result.findData(False))
    assert all(not r.passed for r in tab.model.loaded_rows())
    page.show_tab("sessions")
    sessions = page.sessions
    sessions.year.setCurrentIndex(sessions.year.findData(clock.today().year))
    assert all(r.day.year == clock.today().year for r in sessions.model.loaded_rows())
    sessions.model.sort(sessions.model.column_index("day"), Qt.SortOrder.AscendingOrder)
    days = [r.day for r in sessions.model.loaded_rows()]
    assert days == sorted(days)


def test_matrix_colours_and_cell_history(demo_ctx, qtbot, monkeypatch):
    page = _page(demo_ctx, qtbot)
    model = page.matrix.model
    assert model.rowCount() == len(model.people) + 1 and model.columnCount() > 10
    found = None
    for row in range(len(model.people)):
        for column in range(2, model.columnCount()):
            cell = model.index(row, column).data(CELL_ROLE)
            if cell and cell[2].state is CellState.EXPIRED:
                found = model.index(row, column)
                break
        if found:
            break
    assert found is not None, "the demo has an expired cell"
    brush = found.data(Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == STATE_BACKGROUNDS[CellState.EXPIRED]
    assert "\n" in found.data(Qt.ItemDataRole.ToolTipRole)
    opened = []
    monkeypatch.setattr(CellDialog, "exec", lambda self: opened.append(self) or 0)
    page.matrix.open_cell(found)
    (dialog,) = opened
    assert dialog.model.rowCount() >= 1  # the expired record is in the history
    page.matrix.gaps_only.setChecked(True)
    shown = page.matrix.model.matrix
    assert all(
        any(not c.compliant for (pid, _), c in shown.cells.items() if pid == p.id)
        for p in shown.people
    )
    page.matrix.set_day(date(2000, 1, 1))  # before anyone was hired
    assert page.matrix.model.matrix.people == []


def test_open_filtered_from_the_agenda(demo_ctx, qtbot):
    page = _page(demo_ctx, qtbot)
    page.open_filtered(tab="reminders")
    person = page.reminders.model.loaded_rows()[0].staff_id
    page.open_filtered(tab="reminders", staff_id=person)
    assert {r.staff_id for r in page.reminders.model.loaded_rows()} == {person}
    assert page.current_key() == "reminders"


def test_the_staff_page_shows_where_skills_come_from(demo_ctx, qtbot, monkeypatch, qtmodeltester):
    from branchops.ui.staff.staff_page import StaffPage
    from branchops.ui.training.skills_dialog import SkillSourcesDialog

    page = StaffPage(demo_ctx)
    qtbot.addWidget(page)
    page.refresh()
    page.list.table.selectRow(0)  # E0001, the branch head: a fire warden by training
    shown = []
    monkeypatch.setattr(SkillSourcesDialog, "exec", lambda self: shown.append(self) or 0)
    page.show_skill_sources()
    (dialog,) = shown
    qtmodeltester.check(dialog.skills.model)
    rows = dialog.skills.model.loaded_rows()
    assert {r.staff_id for r in rows} == {page.list.current_row().id}
    assert any(r.by_hand for r in rows) and any(not r.by_hand and r.valid_until for r in rows)


def test_a_matrix_cell_records_a_session_for_its_person_and_course(demo_ctx, qtbot, monkeypatch):
    from sqlalchemy import select

    from branchops.core.training.models import TrainingAttendance
    from branchops.ui.training.attendance_lines import SCORE
    from branchops.ui.training.session_dialog import SessionDialog

    page = _page(demo_ctx, qtbot)
    model = page.matrix.model
    index = next(
        model.index(row, column)
        for row in range(len(model.people))
        for column in range(2, model.columnCount())
        if (cell := model.index(row, column).data(CELL_ROLE))
        and cell[2].state in (CellState.MISSING, CellState.EXPIRED)
    )
    person, course, _ = index.data(CELL_ROLE)
    shown = []

    def fill_and_save(dialog):
        shown.append(dialog)
        assert dialog.course.currentData() == course.id
        assert [line.staff_id for line in dialog.lines.lines] == [person.id]
        dialog.lines.setData(dialog.lines.index(0, SCORE), "95")
        dialog.save()
        return int(dialog.saved_id is not None)

    monkeypatch.setattr(SessionDialog, "exec", fill_and_save)
    monkeypatch.setattr(CellDialog, "exec", lambda self: self.record() or self.result())
    page.matrix.open_cell(index)
    assert shown and shown[0].saved_id is not None
    with demo_ctx.db.session() as session:
        saved = session.scalars(
            select(TrainingAttendance).where(TrainingAttendance.session_id == shown[0].saved_id)
        ).all()
    assert [(a.staff_id, a.passed) for a in saved] == [(person.id, True)]
    refreshed = page.matrix.model.matrix.cells[(person.id, course.id)]
    assert refreshed.compliant, "the matrix is read again after the session is recorded"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_matrix_headings_fit_their_columns(demo_ctx, qtbot, language):
    from branchops import i18n
    from branchops.ui.training.matrix_tab import MAX_HEADER_LINES

    i18n.set_language(language)
    page = _page(demo_ctx, qtbot)
    tab = page.matrix
    tab.reload()
    metrics = tab._header_metrics()
    model = tab.model
    for column in range(2, model.columnCount()):
        lines = str(model.headerData(column, Qt.Orientation.Horizontal)).split("\n")
        width = tab.table.columnWidth(column)
        assert len(lines) <= MAX_HEADER_LINES, lines
        assert all(metrics.horizontalAdvance(line) <= width - 8 for line in lines), (lines, width)
    total = sum(tab.table.columnWidth(c) for c in range(model.columnCount()))
    assert total <= 1366 - 190, "12 courses fit a 1366-pixel screen beside the sidebar"


def test_enter_on_a_matrix_cell_opens_its_history(demo_ctx, qtbot, monkeypatch):
    page = _page(demo_ctx, qtbot)
    opened = []
    monkeypatch.setattr(CellDialog, "exec", lambda self: opened.append(self) or 0)
    table = page.matrix.table
    table.setCurrentIndex(page.matrix.model.index(0, 2))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    (dialog,) = opened
    assert dialog.person == page.matrix.model.people[0]


def test_the_settings_are_gated_by_the_user_who_signed_in_after_the_frame(demo_ctx, qtbot):
    from branchops.core.users.permissions import CurrentUser, Permission
    from branchops.core.users.roles import Role
    from branchops.ui.context import AppContext

    early = AppContext.before_database(demo_ctx.paths, demo_ctx.settings)
    page = TrainingPage(early)  # the frame: no database, no user yet
    qtbot.addWidget(page)
    assert not page.tabs.is_built("matrix")
    early.db, early.user = demo_ctx.db, CurrentUser(99, "reader", "只读用户", Role.READ_ONLY)
    page.refresh()
    assert not page.settings_button.isEnabled()
    assert page.settings_button.toolTip() == early.user.why_not(Permission.MANAGE)
    assert page.tabs.is_built("matrix") and not page.tabs.is_built("courses")
