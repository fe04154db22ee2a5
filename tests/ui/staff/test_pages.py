"""Staff, shifts, leave and timesheet pages on demo data: every table model passes the model
tester; dialogs show field errors and save through the services."""

from __future__ import annotations

import calendar

from PySide6.QtCore import Qt
from sqlalchemy import select

from branchops import clock
from branchops.core.staff.models import Staff
from branchops.ui.staff.leave_dialog import LeaveDialog
from branchops.ui.staff.leave_page import LeavePage
from branchops.ui.staff.shift_dialog import ShiftDialog
from branchops.ui.staff.shifts_page import ShiftsPage
from branchops.ui.staff.staff_dialog import StaffDialog
from branchops.ui.staff.staff_page import StaffPage
from branchops.ui.staff.timesheet_page import TimesheetPage


def test_staff_page_models_and_filters(demo_ctx, qtbot, qtmodeltester):
    page = StaffPage(demo_ctx)
    qtbot.addWidget(page)
    page.refresh()
    for model in (page.model, page.positions, page.skills):
        qtmodeltester.check(model)
    assert page.model.rowCount() == 15
    assert page.model.data(page.model.index(0, 0)) == "E0001"
    page.active_filter.setCurrentIndex(2)  # everyone
    assert page.model.total >= 15
    page.model.sort(1, Qt.SortOrder.DescendingOrder)
    names = [page.model.row_at(i).name for i in range(page.model.rowCount())]
    assert names == sorted(names, reverse=True)


def test_staff_dialog_shows_field_errors_then_saves(ui_ctx, qtbot):
    dialog = StaffDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.number.setText("E 1")
    dialog.hours.setValue(40)
    dialog.save()
    assert dialog.result() == 0
    assert dialog.errors._labels["employee_no"].text()
    assert dialog.errors._labels["name"].text()
    dialog.number.setText("E0100")
    dialog.name.setText("林晓")
    dialog.save()
    with ui_ctx.db.session() as session:
        assert session.scalar(select(Staff.name).where(Staff.employee_no == "E0100")) == "林晓"


def test_shifts_page_and_dialog(demo_ctx, qtbot, qtmodeltester):
    page = ShiftsPage(demo_ctx)
    qtbot.addWidget(page)
    page.refresh()
    for model in (page.shifts, page.needs, page.specials):
        qtmodeltester.check(model)
    assert {page.shifts.row_at(i).code for i in range(page.shifts.rowCount())} == {"E", "L", "D"}
    assert page.needs.rowCount() == 12  # two shifts, Monday to Saturday
    dialog = ShiftDialog(demo_ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.code.setText("N")
    dialog.name.setText("夜班")
    dialog.start.setTime(dialog.start.time().fromString("22:00", "HH:mm"))
    dialog.end.setTime(dialog.end.time().fromString("06:00", "HH:mm"))
    dialog.save()
    assert dialog.errors._labels["end"].isVisibleTo(dialog)
    dialog.overnight.setChecked(True)
    dialog.save()
    page.refresh()
    assert page.shifts.rowCount() == 4


def test_leave_page_and_dialog(demo_ctx, qtbot, qtmodeltester):
    page = LeavePage(demo_ctx)
    qtbot.addWidget(page)
    page.refresh()
    for model in (page.model, page.balances, page.availability):
        qtmodeltester.check(model)
    before = page.model.total
    assert before > 0 and page.balances.rowCount() == 15
    dialog = LeaveDialog(demo_ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.first.setDate(dialog.first.date().addDays(400))
    dialog.last.setDate(dialog.first.date().addDays(-2))
    dialog.save()
    assert dialog.errors._labels["last_day"].text()
    dialog.last.setDate(dialog.first.date())
    dialog.save()
    page.refresh()
    assert page.model.total == before + 1


def test_timesheet_page(demo_ctx, qtbot, qtmodeltester):
    page = TimesheetPage(demo_ctx)
    qtbot.addWidget(page)
    page.refresh()
    qtmodeltester.check(page.people)
    assert page.people.rowCount() > 0
    page.people_view.selectRow(0)
    page._load_days()
    qtmodeltester.check(page.days)
    today = clock.today()
    assert page.days.rowCount() == calendar.monthrange(today.year, today.month)[1]
    assert "%" in page.totals.text()  # hours against the demo's labour budget
    columns = page.people.columnCount()
    titles = [page.people.headerData(c, Qt.Orientation.Horizontal) for c in range(columns)]
    assert {"工作日 150%", "休息日 200%", "节假日 300%"} <= set(titles)
    assert "150%" in page.rules.text() and "300%" in page.rules.text()  # how each is counted
