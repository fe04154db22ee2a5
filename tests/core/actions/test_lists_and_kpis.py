"""The actions list (filters, overdue flag), raising from a failed item, and the action KPIs."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from branchops import clock
from branchops.core import kpi
from branchops.core.actions.models import ActionStatus, Priority, SourceKind
from branchops.core.actions.queries import actions_for_source, count_actions, list_actions
from branchops.core.actions.service import (
    ActionInput,
    complete_action,
    create_action,
    start_action,
)
from branchops.core.errors import UserError, ValidationError
from branchops.core.listing import ListQuery
from branchops.core.period import Month
from branchops.core.quality.findings import (
    proposed_action,
    raise_action_from_answer,
)
from branchops.core.quality.inspection_input import AnswerInput
from branchops.core.quality.inspection_view import load_inspection
from branchops.core.quality.service import complete_inspection, save_draft
from branchops.core.quality.templates import save_template
from branchops.core.quality.versions import current_version_id, load_version
from branchops.core.staff.models import Staff
from tests.core.quality.conftest import inspection, small_template

TODAY = date(2025, 3, 20)


@pytest.fixture
def owners(db) -> list[int]:
    with db.unit_of_work() as uow:
        people = [Staff(employee_no=f"E{i}", name=n) for i, n in enumerate(("王芳", "李强"))]
        uow.session.add_all(people)
        uow.commit()
        return [p.id for p in people]


def _action(db, manager, title, owner, due, kind=SourceKind.OTHER) -> int:
    data = ActionInput(title=title, owner_staff_id=owner, due_date=due, source_kind=kind)
    with db.unit_of_work(manager) as uow:
        return create_action(uow, manager, data)


@pytest.fixture
def actions(db, manager, owners) -> dict[str, int]:
    ids = {
        "late": _action(db, manager, "消防通道清理", owners[0], date(2025, 3, 1)),
        "soon": _action(db, manager, "更新公示", owners[1], date(2025, 3, 31), SourceKind.HQ),
        "done": _action(db, manager, "补签登记", owners[0], date(2025, 3, 10)),
    }
    with db.unit_of_work(manager) as uow:
        start_action(uow, manager, ids["soon"], on=date(2025, 3, 2))
    with db.unit_of_work(manager) as uow:
        complete_action(uow, manager, ids["done"], "已补签", on=clock.today())
    return ids


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"overdue": True}, ["late"]),
        ({"open": True}, ["late", "soon"]),
        ({"status": "done"}, ["done"]),
        ({"status": ["open", "in_progress"]}, ["late", "soon"]),
        ({"source_kind": "hq"}, ["soon"]),
    ],
)
def test_filters_and_overdue_flag(db, actions, filters, expected):
    query = ListQuery(filters={"today": TODAY, **filters})
    with db.session() as session:
        rows = list_actions(session, query)
        total = count_actions(session, query)
    assert sorted(r.id for r in rows) == sorted(actions[k] for k in expected)
    assert total == len(expected)
    assert all(r.overdue == (r.id == actions["late"]) for r in rows)


def test_owner_filter_search_and_sort(db, actions, owners):
    with db.session() as session:
        mine = list_actions(session, ListQuery(filters={"owner_id": owners[1]}))
        found = list_actions(session, ListQuery(search="消防"))
        by_due = list_actions(session, ListQuery(sort_key="due_date", descending=True))
        by_status = list_actions(session, ListQuery(sort_key="status"))
    assert [r.id for r in mine] == [actions["soon"]]
    assert [r.id for r in found] == [actions["late"]]
    assert [r.id for r in by_due] == [actions["soon"], actions["done"], actions["late"]]
    assert [r.status for r in by_status] == [
        ActionStatus.OPEN,
        ActionStatus.IN_PROGRESS,
        ActionStatus.DONE,
    ]


@pytest.mark.postgres
def test_action_kpis(db, manager, owners):
    today = clock.today()
    late = _action(db, manager, "甲", owners[0], today - timedelta(days=20))
    on_time = _action(db, manager, "乙", owners[0], today + timedelta(days=5))
    _action(db, manager, "丙", owners[0], today + timedelta(days=30))
    with db.unit_of_work(manager) as uow:
        complete_action(uow, manager, late, "已整改", on=clock.today())
    with db.unit_of_work(manager) as uow:
        complete_action(uow, manager, on_time, "已整改", on=clock.today())
    month = Month.of(today)
    with db.session() as session:
        values = kpi.compute(
            session, month, ["actions.open", "actions.overdue", "actions.closed_on_time"]
        )
    assert values["actions.open"] == 1.0
    assert values["actions.overdue"] == 0.0
    assert values["actions.closed_on_time"] == 0.5


@pytest.fixture
def failed_run(db, manager, owners, tmp_path) -> tuple[int, dict[str, int]]:
    with db.unit_of_work(manager) as uow:
        template_id = save_template(uow, manager, small_template())
    with db.session() as session:
        version = load_version(session, current_version_id(session, template_id))
    data = inspection(
        version,
        A1=AnswerInput("fail", comment="防护门虚掩"),
        A2="5",
        B1=AnswerInput("fail", staff_id=owners[1]),
        B2="no",
    )
    data.performed_at = datetime(2025, 3, 18, 9, 0)
    with db.unit_of_work(manager) as uow:
        inspection_id = complete_inspection(uow, manager, data, tmp_path)
    with db.session() as session:
        detail = load_inspection(session, inspection_id, tmp_path)
    by_key = {
        item.key: detail.answers[item.id].id for item in version.items if item.id in detail.answers
    }
    return inspection_id, by_key


@pytest.mark.postgres
def test_raise_from_a_failed_item_in_one_step(db, manager, owners, failed_run):
    inspection_id, answer_ids = failed_run
    with db.session() as session:
        proposal = proposed_action(session, answer_ids["A1"], today=TODAY)
    assert proposal.title == "防护门上锁"
    assert proposal.description == "防护门虚掩"
    assert proposal.priority is Priority.URGENT and proposal.due_date == date(2025, 3, 23)
    assert "柜面检查" in proposal.link_text and "2025-03-18" in proposal.link_text
    with db.unit_of_work(manager) as uow:
        raise_action_from_answer(uow, manager, answer_ids["A1"], owner_staff_id=owners[0])
    with db.unit_of_work(manager) as uow:
        raise_action_from_answer(uow, manager, answer_ids["B1"])  # owner: the staff concerned
    with db.session() as session:
        rows = actions_for_source(session, SourceKind.INSPECTION, inspection_id)
    linked = {row.source_sub_id: row for row in rows}  # each action names its answer
    assert linked[answer_ids["A1"]].owner == "王芳"
    assert linked[answer_ids["B1"]].owner == "李强"
    assert linked[answer_ids["B1"]].source_kind is SourceKind.INSPECTION


def test_raising_needs_a_failed_item_and_an_owner(db, manager, failed_run):
    _, answer_ids = failed_run
    with db.unit_of_work(manager) as uow, pytest.raises(UserError):
        raise_action_from_answer(uow, manager, answer_ids["A2"])  # passed
    with db.unit_of_work(manager) as uow, pytest.raises(ValidationError) as caught:
        raise_action_from_answer(uow, manager, answer_ids["A1"])  # nobody concerned
    assert [p.field for p in caught.value.problems] == ["owner"]


def test_no_action_from_a_draft(db, manager, owners, tmp_path):
    with db.unit_of_work(manager) as uow:
        template_id = save_template(uow, manager, small_template())
    with db.session() as session:
        version = load_version(session, current_version_id(session, template_id))
    with db.unit_of_work(manager) as uow:
        draft = save_draft(uow, manager, inspection(version, A1="fail"), tmp_path)
    with db.session() as session:
        answer_id = load_inspection(session, draft, tmp_path).answers[version.items[0].id].id
    with db.unit_of_work(manager) as uow, pytest.raises(ValidationError):
        raise_action_from_answer(uow, manager, answer_id, owner_staff_id=owners[0])


def test_active_span_keeps_what_was_opened_closed_or_open_in_it(db, manager, owners):
    """A month's actions: opened in it, closed in it, or open through it; not those done
    before it began nor those opened after it ended."""
    made: dict[str, int] = {}
    plan = {  # name: (created, done or None)
        "done_before": (date(2025, 1, 5), date(2025, 2, 27)),
        "done_on_first": (date(2025, 1, 5), date(2025, 3, 1)),
        "open_through": (date(2025, 1, 5), None),
        "closed_after": (date(2025, 2, 10), date(2025, 4, 2)),
        "opened_on_last": (date(2025, 3, 31), None),
        "opened_after": (date(2025, 4, 1), None),
    }
    for name, (created, done) in plan.items():
        with clock.frozen(datetime.combine(created, datetime.min.time())):
            made[name] = _action(db, manager, name, owners[0], created + timedelta(days=30))
        if done is not None:
            with (
                clock.frozen(datetime.combine(done, datetime.min.time())),
                db.unit_of_work(manager) as uow,
            ):
                complete_action(uow, manager, made[name], "已完成", on=done)
    span = {"active_first": date(2025, 3, 1), "active_last": date(2025, 3, 31)}
    with db.session() as session:
        rows = list_actions(session, ListQuery(limit=None, filters={"today": TODAY, **span}))
    assert sorted(r.title for r in rows) == sorted(
        ["done_on_first", "open_through", "closed_after", "opened_on_last"]
    )
