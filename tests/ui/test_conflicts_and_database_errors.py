"""The app says in words what went wrong with the database, shows conflicts and offers reload."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from sqlalchemy.exc import OperationalError

from branchops.core.staff import service
from branchops.core.users.permissions import SINGLE_USER
from branchops.ui import backups
from branchops.ui.staff.staff_dialog import StaffDialog
from branchops.ui.widgets.writes import run_write


def _person(ctx) -> int:
    with ctx.db.unit_of_work(SINGLE_USER) as uow:
        return service.create_staff(
            uow, SINGLE_USER, service.StaffInput(employee_no="E0001", name="王芳", phone="111")
        )


def test_a_save_over_a_newer_version_shows_the_conflict_and_reload_reads_it_again(
    ui_ctx, qtbot, message_boxes
):
    staff_id = _person(ui_ctx)
    dialog = StaffDialog(ui_ctx, staff_id)
    qtbot.addWidget(dialog)
    with ui_ctx.db.session() as session:
        other = service.load_input(session, staff_id)
    with ui_ctx.db.unit_of_work(SINGLE_USER) as uow:  # another PC changes the phone
        service.update_staff(uow, SINGLE_USER, staff_id, replace(other, phone="222"), other)
    dialog.name.setText("王芳芳")
    dialog.save()
    assert dialog.result() == 0  # not accepted
    assert "manager" in message_boxes[-1].text
    with ui_ctx.db.session() as session:
        assert service.load_input(session, staff_id).name == "王芳"
    assert dialog.can_reload()
    dialog._reload()
    assert dialog.phone.text() == "222"
    dialog.name.setText("王芳芳")
    dialog.save()
    with ui_ctx.db.session() as session:
        now = service.load_input(session, staff_id)
    assert (now.name, now.phone) == ("王芳芳", "222")


def test_a_database_locked_beyond_the_timeout_is_said_in_words(ui_ctx, message_boxes):
    def locked(_uow):
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked"))

    assert not run_write(ui_ctx, None, "staff", locked)
    text = message_boxes[-1].text
    assert "正忙" in text and "ui.sqlite3" in text and "Traceback" not in text


def test_a_failed_automatic_backup_tells_the_user(ui_ctx, monkeypatch, message_boxes):
    def fail(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(backups, "automatic_backup", fail)
    message = backups.backup_if_due(ui_ctx, "exit")
    assert message is not None and str(ui_ctx.paths.backups) in message
    assert message_boxes[-1].kind == "warning"
