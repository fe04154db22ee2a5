"""The agenda registry: every area's items for a date range, overdue first, each once."""

from __future__ import annotations

from datetime import date, timedelta

from branchops import clock
from branchops.core import agenda
from branchops.core.actions.service import ActionInput, create_action
from branchops.core.agenda import AgendaItem
from branchops.core.branch.queries import ProfileData
from branchops.core.branch.service import save_profile
from branchops.core.reports.agenda import agenda_items as report_items
from branchops.core.reports.agenda import report_due
from branchops.core.staff.models import Staff


def _owner(db) -> int:
    with db.unit_of_work() as uow:
        person = Staff(employee_no="E1", name="王芳")
        uow.session.add(person)
        uow.commit()
        return person.id


def _action(db, manager, title: str, owner: int, due: date) -> None:
    with db.unit_of_work(manager) as uow:
        create_action(uow, manager, ActionInput(title=title, owner_staff_id=owner, due_date=due))


def test_items_of_every_area_sorted_overdue_first(db, manager, at_date):
    today = clock.today()
    with db.unit_of_work(manager) as uow:
        save_profile(uow, manager, ProfileData(code="BR01", name="城东支行", report_due_day=5))
    owner = _owner(db)
    _action(db, manager, "补签登记", owner, today - timedelta(days=3))
    _action(db, manager, "更新公示", owner, today + timedelta(days=2))
    _action(db, manager, "下月再说", owner, today + timedelta(days=40))
    with db.session() as session:
        items = agenda.collect(session, today, today + timedelta(days=6))
    titles = [i.title for i in items]
    assert any("补签登记" in t for t in titles) and any("更新公示" in t for t in titles)
    assert not any("下月再说" in t for t in titles)
    assert [i.overdue for i in items] == sorted((i.overdue for i in items), reverse=True)
    overdue_action = next(i for i in items if "补签登记" in i.title)
    assert overdue_action.overdue and overdue_action.page == "actions"
    assert {i.area for i in items} >= {"actions", "reports", "staff"}
    keys = [(i.area, i.key) for i in items]
    assert len(keys) == len(set(keys))


def test_an_item_listed_twice_appears_once_and_order_is_by_day():
    day = date(2026, 12, 1)
    first = AgendaItem("training", "cert:1", day + timedelta(days=2), "证书到期")
    again = AgendaItem("training", "cert:1", day + timedelta(days=2), "证书到期")
    late = AgendaItem("actions", "action:9", day - timedelta(days=5), "逾期", overdue=True)
    soon = AgendaItem("quality", "inspection:1", day, "检查")
    merged = agenda.merge([[first, soon], [again, late]])
    assert merged == [late, soon, first]


def test_hq_report_days_left_and_exported(db, manager):
    with db.unit_of_work(manager) as uow:
        save_profile(uow, manager, ProfileData(code="BR01", name="城东支行", report_due_day=5))
    with clock.frozen("2027-01-01T09:00"), db.session() as session:
        month, due, exported = report_due(session)
        assert (str(month), due, exported) == ("2026-12", date(2027, 1, 5), False)
        (item,) = report_items(session, date(2027, 1, 1), date(2027, 1, 3))
        assert "4" in item.title and not item.overdue
    with clock.frozen("2027-01-08T09:00"), db.session() as session:
        (item,) = report_items(session, date(2027, 1, 8), date(2027, 1, 10))
        assert item.overdue and "3" in item.title
