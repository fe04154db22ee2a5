"""The leave screens say which rule produced each number; leave rules are edited and checked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from branchops import i18n
from branchops.core.staff import leave_settings, service
from branchops.core.staff.models import LeaveKind
from branchops.core.staff.service import StaffInput
from branchops.ui.staff.leave_dialog import LeaveDialog
from branchops.ui.staff.leave_page import LeavePage
from branchops.ui.staff.staff_dialog import StaffDialog


def _person(ctx, number: str, hire: date, first_work: date | None = None) -> int:
    data = StaffInput(employee_no=number, name=number, hire_date=hire, first_work_date=first_work)
    with ctx.db.unit_of_work(ctx.user) as uow:
        return service.create_staff(uow, ctx.user, data)


def test_balance_tab_shows_the_rule_behind_each_entitlement(ui_ctx, qtbot, qtmodeltester):
    i18n.set_language("en")
    _person(ui_ctx, "E001", date(2025, 9, 3), date(2020, 3, 1))
    _person(ui_ctx, "E002", date(2022, 4, 1), date(2010, 7, 1))
    page = LeavePage(ui_ctx)
    qtbot.addWidget(page)
    page.year.setValue(2025)
    page.refresh()
    qtmodeltester.check(page.balances)
    rule = page.balances.column_index("rule")
    texts = [page.balances.data(page.balances.index(r, rule)) for r in range(2)]
    assert texts == [
        "5 days: 1–10 years of service; pro rata from 2025-09-03: 1 day",
        "10 days: 10–20 years of service",
    ]
    tooltip = page.balances.data(page.balances.index(0, rule), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == texts[0]
    entitled = page.balances.column_index("entitled")
    assert page.balances.data(page.balances.index(0, entitled)) == "1"


def test_leave_rules_tab_refuses_a_bad_day_then_saves(ui_ctx, qtbot):
    page = LeavePage(ui_ctx)
    qtbot.addWidget(page)
    form = page.rules
    form.carry_over.setCurrentIndex(form.carry_over.findData("until"))
    assert form.carry_until.isEnabled()
    form.carry_until.setText("02-30")
    assert not form.save()
    assert form.errors._labels["carry_over_until"].text()
    with ui_ctx.db.session() as session:
        assert leave_settings.load_rules(session).carry_over == "none"
    form.carry_until.setText("04-30")
    form.kind_rows[LeaveKind.MARRIAGE].counted.setCurrentIndex(1)  # calendar days
    assert form.save()
    with ui_ctx.db.session() as session:
        rules = leave_settings.load_rules(session)
    assert (rules.carry_over, rules.carry_over_until) == ("until", "04-30")
    assert rules.kind(LeaveKind.MARRIAGE).calendar_days
    assert not form.kind_rows[LeaveKind.ANNUAL].counted.isEnabled()  # fixed by the statute


def test_leave_dialog_says_how_the_leave_counts(ui_ctx, qtbot):
    i18n.set_language("en")
    person = _person(ui_ctx, "E001", date(2020, 1, 1))
    dialog = LeaveDialog(ui_ctx, None)
    qtbot.addWidget(dialog)
    dialog.person.setCurrentIndex(dialog.person.findData(person))
    dialog.kind.setCurrentIndex(dialog.kind.findData(LeaveKind.MATERNITY))
    dialog.first.setDate(QDate(2026, 3, 2))
    dialog.last.setDate(QDate(2026, 6, 7))
    assert dialog.hint.text() == (
        "Paid · 98 days in calendar days · usual length 98 days · not annual leave "
        "(实施办法 art. 6)"
    )
    dialog.kind.setCurrentIndex(dialog.kind.findData(LeaveKind.ANNUAL))
    dialog.last.setDate(QDate(2026, 3, 4))
    assert dialog.hint.text() == (
        "Paid · 3 days in statutory working days · annual leave left in 2026 after this: 2 days"
    )
    # 2026-03-02 … 03-13 is ten working days: refused at the field (the dialog's kind came back
    # from the combo box as a plain string, and annual leave went in unchecked)
    dialog.last.setDate(QDate(2026, 3, 13))
    dialog.save()
    assert dialog.result() == 0
    assert "only 5 are left" in dialog.errors._labels["last_day"].text()


def test_staff_dialog_takes_the_date_of_first_employment(ui_ctx, qtbot):
    dialog = StaffDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.number.setText("E0100")
    dialog.name.setText("林晓")
    dialog.hours.setValue(40)
    dialog.has_hire.setChecked(True)
    dialog.hire.setDate(QDate(2022, 4, 1))
    assert not dialog.first_work.isEnabled()
    dialog.has_first_work.setChecked(True)
    dialog.first_work.setDate(QDate(2023, 1, 1))
    dialog.save()
    assert dialog.result() == 0
    assert dialog.errors._labels["first_work_date"].text()
    dialog.first_work.setDate(QDate(2010, 7, 1))
    dialog.save()
    with ui_ctx.db.session() as session:
        assert service.load_input(session, dialog.saved_id).first_work_date == date(2010, 7, 1)
