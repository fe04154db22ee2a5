"""The complaint workflow as a state machine: every step on the timeline, the clock kept right,
and what is refused (with the field named and nothing saved)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from branchops.core.errors import UserError, ValidationError
from branchops.core.feedback import workflow as wf
from branchops.core.feedback.complaint_queries import load_complaint_detail
from branchops.core.feedback.models import (
    ComplaintStatus,
    EventKind,
    PauseReason,
    RootCause,
    Satisfaction,
)
from tests.core.feedback.conftest import new_complaint

S = ComplaintStatus
RECEIVED = datetime(2026, 3, 2, 10, 15)  # Monday; 15 working days → Monday 23 March


@pytest.fixture
def complaint(db, manager, people) -> int:
    return new_complaint(db, manager, RECEIVED, staff_id=people[0], handler_staff_id=people[1])


def _step(db, manager, fn, *args, **kwargs):
    with db.unit_of_work(manager) as uow:
        fn(uow, manager, *args, **kwargs)


def _detail(db, complaint_id):
    with db.session() as session:
        return load_complaint_detail(session, complaint_id, today=date(2026, 3, 10))


def _closing(**changes) -> wf.CloseInput:
    values = {
        "root_cause": RootCause.CAPACITY,
        "root_cause_text": "午间窗口不足",
        "satisfaction": Satisfaction.SATISFIED,
        "on": date(2026, 3, 12),
    }
    return wf.CloseInput(**(values | changes))


def test_received_to_closed_with_every_step_on_the_timeline(db, manager, complaint):
    detail = _detail(db, complaint)
    assert detail.row.reference == "TS-2026-0001"
    assert (detail.row.status, detail.row.due_on) == (S.RECEIVED, date(2026, 3, 23))
    _step(db, manager, wf.acknowledge, complaint, date(2026, 3, 2), "已电话致歉")
    _step(db, manager, wf.start_investigation, complaint, date(2026, 3, 3))
    _step(db, manager, wf.add_note, complaint, "已调取监控", date(2026, 3, 4))
    _step(db, manager, wf.resolve, complaint, "已增开窗口并答复客户", date(2026, 3, 10))
    _step(db, manager, wf.close, complaint, _closing())
    detail = _detail(db, complaint)
    assert detail.row.status is S.CLOSED
    assert [e.kind for e in detail.events] == [
        EventKind.RECEIVED,
        EventKind.ACKNOWLEDGED,
        EventKind.INVESTIGATING,
        EventKind.NOTE,
        EventKind.RESOLVED,
        EventKind.CLOSED,
    ]
    assert {e.username for e in detail.events} == {manager.username}
    assert detail.events[1].note == "已电话致歉"
    assert (detail.row.resolved_on, detail.closed_on) == (date(2026, 3, 10), date(2026, 3, 12))
    assert detail.root_cause is RootCause.CAPACITY


def test_no_close_without_root_cause_and_satisfaction(db, manager, complaint):
    _step(db, manager, wf.resolve, complaint, "已答复", date(2026, 3, 10))
    with pytest.raises(ValidationError) as error:
        _step(db, manager, wf.close, complaint, _closing(root_cause=None, root_cause_text=" ",
                                                         satisfaction=None))  # fmt: skip
    assert {p.field for p in error.value.problems} == {
        "root_cause",
        "root_cause_text",
        "satisfaction",
    }
    assert _detail(db, complaint).row.status is S.RESOLVED


def test_an_unsatisfied_customer_reopens_the_case(db, manager, complaint):
    _step(db, manager, wf.resolve, complaint, "已答复", date(2026, 3, 10))
    _step(db, manager, wf.close, complaint, _closing(satisfaction=Satisfaction.UNSATISFIED))
    detail = _detail(db, complaint)
    assert detail.row.status is S.REOPENED
    assert detail.row.resolved_on is None
    assert detail.events[-1].kind is EventKind.REOPENED
    _step(db, manager, wf.start_investigation, complaint, date(2026, 3, 13))
    _step(db, manager, wf.resolve, complaint, "补充处理后再次答复", date(2026, 3, 16))
    _step(db, manager, wf.close, complaint, _closing(on=date(2026, 3, 17)))
    assert _detail(db, complaint).row.status is S.CLOSED


def test_resolving_before_receipt_or_without_a_decision_is_refused(db, manager, complaint):
    with pytest.raises(ValidationError) as error:
        _step(db, manager, wf.resolve, complaint, "", date(2026, 2, 27))
    assert {p.field for p in error.value.problems} == {"resolved_on", "resolution"}
    assert _detail(db, complaint).row.status is S.RECEIVED


def test_steps_out_of_order_are_refused(db, manager, complaint):
    with pytest.raises(UserError):
        _step(db, manager, wf.close, complaint, _closing())
    with pytest.raises(UserError):
        _step(db, manager, wf.request_review, complaint, date(2026, 3, 5))
    _step(db, manager, wf.acknowledge, complaint, date(2026, 3, 2))
    with pytest.raises(UserError):
        _step(db, manager, wf.acknowledge, complaint, date(2026, 3, 3))


def test_extensions_need_a_reason_then_an_approval_and_the_customer_told(db, manager, complaint):
    with pytest.raises(ValidationError) as error:
        _step(db, manager, wf.extend, complaint, wf.ExtensionInput("", on=date(2026, 3, 5)))
    assert [p.field for p in error.value.problems] == ["reason"]
    _step(db, manager, wf.extend, complaint, wf.ExtensionInput("需跨部门核查", on=date(2026, 3, 5)))
    assert _detail(db, complaint).row.due_on == date(2026, 4, 14)  # 30 working days (清明 6 Apr)
    with pytest.raises(ValidationError) as error:
        _step(
            db, manager, wf.extend, complaint, wf.ExtensionInput("案情复杂", on=date(2026, 3, 20))
        )
    assert {p.field for p in error.value.problems} == {"approval", "customer_told"}
    assert _detail(db, complaint).row.extensions == 1
    second = wf.ExtensionInput("案情复杂", "分行消保部 王主任", True, date(2026, 3, 20))
    _step(db, manager, wf.extend, complaint, second)
    detail = _detail(db, complaint)
    assert (detail.row.extensions, detail.allowed_days) == (2, 60)
    assert detail.second_extension_approval == "分行消保部 王主任"
    with pytest.raises(UserError):
        _step(db, manager, wf.extend, complaint, second)


def test_a_pause_stops_the_clock_and_the_deadline_moves(db, manager, complaint):
    _step(db, manager, wf.pause, complaint, PauseReason.CUSTOMER, date(2026, 3, 4), "等待凭证")
    detail = _detail(db, complaint)
    assert detail.row.paused and detail.row.due_on is None
    with pytest.raises(UserError):
        _step(db, manager, wf.pause, complaint, PauseReason.APPRAISAL, date(2026, 3, 5))
    with pytest.raises(ValidationError):
        _step(db, manager, wf.resume, complaint, date(2026, 3, 3))
    _step(db, manager, wf.resume, complaint, date(2026, 3, 9))  # 4, 5, 6 Mar did not count
    detail = _detail(db, complaint)
    assert (detail.row.paused, detail.row.due_on) == (False, date(2026, 3, 26))
    assert [(p.start, p.end) for p in detail.pauses] == [(date(2026, 3, 4), date(2026, 3, 9))]


def test_resolving_ends_an_open_pause(db, manager, complaint):
    _step(db, manager, wf.pause, complaint, PauseReason.APPRAISAL, date(2026, 3, 4))
    _step(db, manager, wf.resolve, complaint, "鉴定后答复", date(2026, 3, 11))
    detail = _detail(db, complaint)
    assert detail.pauses[0].end == date(2026, 3, 11)
    # 4, 5, 6, 9 and 10 March did not count: 23 March + five working days
    assert detail.row.due_on == date(2026, 3, 30)


def test_new_facts_restart_the_clock(db, manager, complaint):
    _step(db, manager, wf.extend, complaint, wf.ExtensionInput("复杂", on=date(2026, 3, 5)))
    with pytest.raises(ValidationError):
        _step(db, manager, wf.restart, complaint, "  ", date(2026, 3, 9))
    _step(db, manager, wf.restart, complaint, "客户补充了新的交易记录", date(2026, 3, 9))
    detail = _detail(db, complaint)
    assert (detail.clock_start, detail.restarts, detail.row.extensions) == (
        date(2026, 3, 9),
        1,
        0,
    )
    assert detail.row.due_on == date(2026, 3, 30)


def test_a_restart_after_the_decision_reopens(db, manager, complaint):
    _step(db, manager, wf.resolve, complaint, "已答复", date(2026, 3, 10))
    _step(db, manager, wf.restart, complaint, "客户再次来电反映新的情况", date(2026, 3, 16))
    detail = _detail(db, complaint)
    assert (detail.row.status, detail.row.resolved_on) == (S.REOPENED, None)


def test_a_review_has_its_own_clock_and_window(db, manager, complaint):
    _step(db, manager, wf.resolve, complaint, "已答复", date(2026, 3, 10))
    with pytest.raises(ValidationError) as error:
        _step(db, manager, wf.request_review, complaint, date(2026, 5, 20))
    assert "2026-04-22" in error.value.problems[0].message  # 30 working days (清明 6 Apr closed)
    _step(db, manager, wf.request_review, complaint, date(2026, 3, 20), "客户申请核查")
    detail = _detail(db, complaint)
    assert (detail.review_requested_on, detail.row.review_due_on) == (
        date(2026, 3, 20),
        date(2026, 5, 7),  # 30 working days, 清明 6 Apr and 劳动节 1, 4, 5 May closed
    )
    assert detail.row.review_open
    with pytest.raises(ValidationError):
        _step(db, manager, wf.complete_review, complaint, "", date(2026, 4, 1))
    _step(db, manager, wf.complete_review, complaint, "维持原处理意见", date(2026, 4, 1))
    assert not _detail(db, complaint).row.review_open


def test_a_read_only_user_changes_nothing(db, complaint):
    from branchops.core.errors import PermissionDenied
    from branchops.core.users.permissions import CurrentUser
    from branchops.core.users.roles import Role

    reader = CurrentUser(None, "reader", "", Role.READ_ONLY)
    with pytest.raises(PermissionDenied):
        _step(db, reader, wf.acknowledge, complaint, date(2026, 3, 2))
    assert _detail(db, complaint).row.status is S.RECEIVED
