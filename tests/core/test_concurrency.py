"""A save over a newer version is refused with who and when; a save writes only changed fields."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from branchops import clock
from branchops.core.actions.models import CorrectiveAction
from branchops.core.actions.queries import load_action
from branchops.core.actions.service import ActionInput, create_action, update_action
from branchops.core.concurrency import expect
from branchops.core.errors import ConflictError, UserError
from branchops.core.staff import service


def _person(db, manager) -> int:
    with db.unit_of_work(manager) as uow:
        return service.create_staff(
            uow, manager, service.StaffInput(employee_no="E0001", name="王芳", phone="111")
        )


def test_a_dialog_that_changed_only_the_name_keeps_the_phone_an_import_changed(db, manager):
    staff_id = _person(db, manager)
    with db.session() as session:
        opened = service.load_input(session, staff_id)
    # Meanwhile an import (no version: it does not check) changes the phone.
    with db.session() as session:
        imported = replace(service.load_input(session, staff_id), phone="222", version=None)
    with db.unit_of_work(manager) as uow:
        service.update_staff(uow, manager, staff_id, imported)
    # The dialog, opened before, changed only the name.
    edited = replace(opened, name="王芳芳", version=None)
    with db.unit_of_work(manager) as uow:
        service.update_staff(uow, manager, staff_id, edited, opened)
    with db.session() as session:
        now = service.load_input(session, staff_id)
    assert (now.name, now.phone) == ("王芳芳", "222")


def test_a_save_over_a_newer_version_is_refused_naming_who_and_nothing_changes(db, manager):
    staff_id = _person(db, manager)
    with db.session() as session:
        opened = service.load_input(session, staff_id)
    with db.unit_of_work(manager) as uow:
        expect(uow.session, service.Staff, staff_id, opened.version)
        service.update_staff(uow, manager, staff_id, replace(opened, phone="222"), opened)
    with pytest.raises(ConflictError) as raised, db.unit_of_work(manager) as uow:
        expect(uow.session, service.Staff, staff_id, opened.version)
        service.update_staff(uow, manager, staff_id, replace(opened, name="李四"), opened)
    assert isinstance(raised.value, UserError)
    assert "manager" in str(raised.value)
    with db.session() as session:
        now = service.load_input(session, staff_id)
    assert (now.name, now.phone, now.version) == ("王芳", "222", 2)


def test_a_corrective_action_opened_before_another_save_is_refused(db, manager):
    staff_id = _person(db, manager)
    due = clock.today() + timedelta(days=3)
    with db.unit_of_work(manager) as uow:
        action_id = create_action(uow, manager, ActionInput("a", staff_id, due))
    with db.session() as session:
        version = load_action(session, action_id).version
    with db.unit_of_work(manager) as uow:
        expect(uow.session, CorrectiveAction, action_id, version)
        update_action(uow, manager, action_id, ActionInput("b", staff_id, due))
    with pytest.raises(ConflictError), db.unit_of_work(manager) as uow:
        expect(uow.session, CorrectiveAction, action_id, version)
        update_action(uow, manager, action_id, ActionInput("c", staff_id, due))
    with db.session() as session:
        assert load_action(session, action_id).row.title == "b"
