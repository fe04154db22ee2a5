"""An action on a list row (close, approve, delete, start…) is refused when another PC changed
the record since the list read it: the row carries the version it was read at
(``record_version``) and ``row_opened`` hands it to the unit of work, as a dialog's save does.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from branchops import clock
from branchops.core.actions.models import ActionStatus, CorrectiveAction
from branchops.core.actions.queries import list_actions
from branchops.core.actions.service import ActionInput, create_action, start_action, update_action
from branchops.core.concurrency import expect_all, row_opened, version_of
from branchops.core.errors import ConflictError
from branchops.core.feedback.models import Channel, FeedbackKind, FeedbackRecord
from branchops.core.feedback.queries import list_feedback
from branchops.core.feedback.service import (
    RecordInput,
    create_record,
    delete_record,
    record_input,
    update_record,
)
from branchops.core.listing import ListQuery
from branchops.core.risk.models import Risk, RiskCategory, RiskStatus
from branchops.core.risk.queries import RiskRow, list_risks
from branchops.core.risk.risk_input import RiskInput, Scores
from branchops.core.risk.service import close_risk, create_risk, update_risk
from branchops.core.staff import leave, service
from branchops.core.staff.leave import LeaveInput
from branchops.core.staff.models import LeaveKind, LeaveRequest, LeaveStatus

pytestmark = pytest.mark.postgres  # on SQLite, and on PostgreSQL when a server is configured


def _person(db, manager) -> int:
    with db.unit_of_work(manager) as uow:
        return service.create_staff(
            uow, manager, service.StaffInput(employee_no="E0001", name="王芳")
        )


def _refused(db, manager, model, row, act) -> None:
    with pytest.raises(ConflictError) as refused, db.unit_of_work(manager) as uow:
        expect_all(uow.session, row_opened(model, row))
        act(uow)
    assert "manager" in str(refused.value)


def _listed_risk(db, manager) -> tuple[int, RiskInput, RiskRow]:
    data = RiskInput(title="first", category=RiskCategory.FIRE, scores=Scores(2, 3, 1, 2))
    with db.unit_of_work(manager) as uow:
        ident = create_risk(uow, manager, data)
    with db.session() as session:
        (row,) = list_risks(session, ListQuery())
        assert row.record_version == version_of(session, Risk, ident)
    return ident, data, row


def test_a_risk_closed_from_a_list_read_before_another_pc_edited_it(db, manager):
    ident, data, row = _listed_risk(db, manager)
    with db.unit_of_work(manager) as uow:
        update_risk(uow, manager, ident, replace(data, title="edited", scores=None))
    _refused(db, manager, Risk, row, lambda uow: close_risk(uow, manager, ident))
    with db.session() as session:
        risk = session.get(Risk, ident)
        assert (risk.title, risk.status) == ("edited", RiskStatus.OPEN)


def test_a_feedback_record_deleted_from_a_stale_list_stays(db, manager):
    data = RecordInput(clock.now(), FeedbackKind.SUGGESTION, Channel.COUNTER, description="x")
    with db.unit_of_work(manager) as uow:
        ident = create_record(uow, manager, data)
    with db.session() as session:
        (row,) = list_feedback(session, ListQuery())
        assert row.record_version == version_of(session, FeedbackRecord, ident)
    with db.unit_of_work(manager) as uow:
        changed = replace(record_input(uow.session, ident), description="more to it")
        update_record(uow, manager, ident, changed)
    _refused(db, manager, FeedbackRecord, row, lambda uow: delete_record(uow, manager, ident))
    with db.session() as session:
        assert session.get(FeedbackRecord, ident).description == "more to it"


def test_leave_approved_from_a_list_read_before_its_days_changed(db, manager):
    staff_id = _person(db, manager)
    first = date(2026, 12, 7)
    data = LeaveInput(staff_id, LeaveKind.ANNUAL, first, first)
    with clock.frozen(date(2026, 12, 1)):
        with db.unit_of_work(manager) as uow:
            ident = leave.request_leave(uow, manager, data)
        with db.session() as session:
            (row,) = leave.list_leave(session, ListQuery())
        with db.unit_of_work(manager) as uow:
            longer = replace(data, last_day=first + timedelta(days=4))
            leave.update_leave(uow, manager, ident, longer)
        _refused(
            db,
            manager,
            LeaveRequest,
            row,
            lambda uow: leave.decide_leave(uow, manager, ident, LeaveStatus.APPROVED),
        )
    with db.session() as session:
        request = session.get(LeaveRequest, ident)
        assert request.status is LeaveStatus.REQUESTED
        assert request.last_day == first + timedelta(days=4)


def test_an_action_started_from_a_stale_list_is_refused(db, manager):
    staff_id = _person(db, manager)
    due = clock.today() + timedelta(days=3)
    with db.unit_of_work(manager) as uow:
        ident = create_action(uow, manager, ActionInput("first", staff_id, due))
    with db.session() as session:
        (row,) = list_actions(session, ListQuery())
    with db.unit_of_work(manager) as uow:
        update_action(uow, manager, ident, ActionInput("reassigned", staff_id, due))
    _refused(db, manager, CorrectiveAction, row, lambda uow: start_action(uow, manager, ident))
    with db.session() as session:
        assert session.get(CorrectiveAction, ident).status is ActionStatus.OPEN


def test_a_row_read_at_the_current_version_goes_through(db, manager):
    ident, _data, row = _listed_risk(db, manager)
    with db.unit_of_work(manager) as uow:
        expect_all(uow.session, row_opened(Risk, row))
        close_risk(uow, manager, ident)
    with db.session() as session:
        assert session.get(Risk, ident).status is RiskStatus.CLOSED


def test_a_row_without_a_version_asks_for_no_check():
    class Row:
        id = 1
        record_version = None

    assert row_opened(Risk, Row()) == {}
