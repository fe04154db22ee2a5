"""Recording a session and its attendance with the keyboard, and the dialogs' field problems."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import func, select

from branchops.core.staff import catalog, service
from branchops.core.staff.service import StaffInput
from branchops.core.training.models import AttendanceStatus, TrainingAttendance, TrainingSession
from branchops.core.training.service import CourseInput, create_course
from branchops.ui.training.attendance_lines import SCORE, STATUS
from branchops.ui.training.certificate_dialog import CertificateDialog
from branchops.ui.training.course_dialog import CourseDialog
from branchops.ui.training.session_dialog import SessionDialog

PEOPLE = 25


def _branch(ctx) -> int:
    user = ctx.user
    with ctx.db.unit_of_work(user) as uow:
        teller = catalog.save_position(uow, user, "柜员")
    for index in range(PEOPLE):
        data = StaffInput(
            f"E{index + 1:03d}", f"员工{index + 1}", teller, hire_date=date(2020, 1, 1)
        )
        with ctx.db.unit_of_work(user) as uow:
            service.create_staff(uow, user, data)
    with ctx.db.unit_of_work(user) as uow:
        return create_course(
            uow, user,
            CourseInput("FX01", "反洗钱培训", validity_months=12, hours=4, pass_mark=80,
                        issues_certificate=True, position_ids=[teller]),
        )  # fmt: skip


def _editor(table) -> QLineEdit:
    """The cell editor open in the table (offscreen windows do not take the keyboard focus)."""
    (editor,) = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    return editor


def _count(ctx, model) -> int:
    with ctx.db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_25_person_session_from_the_keyboard(ui_ctx, qtbot, qtmodeltester):
    course = _branch(ui_ctx)
    dialog = SessionDialog(ui_ctx, course_id=course)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.day.setDate(dialog.day.date().addDays(-1))
    dialog.add_required()
    assert len(dialog.lines.lines) == PEOPLE
    qtmodeltester.check(dialog.lines)
    table = dialog.table
    assert table.currentIndex().column() == SCORE and table.currentIndex().row() == 0
    for index in range(PEOPLE):
        score = "79" if index == 3 else str(80 + index % 20)
        qtbot.keyClick(table, score[0])  # typing starts editing the current cell
        editor = _editor(table)
        qtbot.keyClicks(editor, score[1:])
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # saves and goes to the next person
        qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert table.currentIndex().row() == PEOPLE - 1
    table.setCurrentIndex(dialog.lines.index(PEOPLE - 1, STATUS))
    qtbot.keyClick(table, Qt.Key.Key_A)  # the last one was absent after all
    assert dialog.lines.lines[-1].status is AttendanceStatus.ABSENT
    assert dialog.lines.lines[-1].score is None
    assert "25" in dialog.counts.text()
    dialog.save()
    assert dialog.saved_id is not None
    with ui_ctx.db.session() as session:
        rows = session.scalars(select(TrainingAttendance)).all()
    assert len(rows) == PEOPLE
    assert sum(1 for r in rows if r.passed) == PEOPLE - 2  # one failed with 79, one absent
    assert all(r.certificate_no for r in rows if r.passed)


def test_typing_a_person_and_line_problems(ui_ctx, qtbot):
    course = _branch(ui_ctx)
    dialog = SessionDialog(ui_ctx, course_id=course)
    qtbot.addWidget(dialog)
    dialog.who.setText("e002")
    dialog.add_typed()
    dialog.who.setText("员工7")
    dialog.add_typed()
    dialog.who.setText("nobody")
    dialog.add_typed()
    assert [line.employee_no for line in dialog.lines.lines] == ["E002", "E007"]
    assert "nobody" in dialog.leftover.text()
    assert not dialog.lines.setData(dialog.lines.index(0, SCORE), "abc")
    assert dialog.lines.setData(dialog.lines.index(0, SCORE), "１２０")  # full-width digits
    dialog.save()
    assert dialog.saved_id is None
    assert dialog.lines.lines[0].problems and "100" in dialog.leftover.text()
    assert _count(ui_ctx, TrainingSession) == 0
    dialog.day.setDate(dialog.day.date().addDays(30))  # a future day cannot be held
    dialog.lines.setData(dialog.lines.index(0, SCORE), "90")
    dialog.save()
    assert dialog.errors._labels["status"].text()
    assert _count(ui_ctx, TrainingSession) == 0


def test_course_dialog_refuses_zero_months(ui_ctx, qtbot):
    dialog = CourseDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.code.setText("XF01")
    dialog.title.setText("消防安全培训")
    dialog.hours.setValue(2)
    dialog.validity.setValue(0)
    dialog.save()
    assert dialog.saved_id is None and dialog.errors._labels["validity_months"].text()
    dialog.validity.setValue(6)
    dialog.everyone.setChecked(True)
    dialog.save()
    assert dialog.saved_id is not None


def test_certificate_dialog_refuses_expiry_before_issue(ui_ctx, qtbot):
    _branch(ui_ctx)
    dialog = CertificateDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.person.setCurrentIndex(1)
    dialog.name.setText("红十字救护员证")
    dialog.expires.setChecked(True)
    dialog.until.setDate(dialog.issued.date().addDays(-1))
    dialog.save()
    assert dialog.saved_id is None and dialog.errors._labels["valid_until"].text()
    dialog.until.setDate(dialog.issued.date().addYears(3))
    dialog.save()
    assert dialog.saved_id is not None
