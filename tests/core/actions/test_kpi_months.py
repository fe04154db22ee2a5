"""The action KPIs of several months at once are each month's own figure."""

from __future__ import annotations

from datetime import date

import pytest

from branchops import clock
from branchops.core import kpi
from branchops.core.actions.service import ActionInput, complete_action, create_action
from branchops.core.period import Month
from branchops.core.staff.models import Staff

TODAY = date(2028, 3, 10)
# a year end, February of a leap year, the running month and a month still to come
MONTHS = [Month(2027, 2), *(Month(2027, 11).shift(n) for n in range(6))]
KEYS = ("actions.open", "actions.overdue", "actions.closed_on_time")


def _raise(db, manager, owner: int, created: date, due: date, done: date | None = None) -> None:
    with clock.frozen(f"{created.isoformat()}T09:00:00"), db.unit_of_work(manager) as uow:
        action_id = create_action(
            uow, manager, ActionInput(title="整改", owner_staff_id=owner, due_date=due)
        )
    if done is not None:
        with db.unit_of_work(manager) as uow:
            complete_action(uow, manager, action_id, "已完成", on=done)


@pytest.fixture
def history(db, manager) -> None:
    with db.unit_of_work() as uow:
        owner = Staff(employee_no="E1", name="王芳")
        uow.session.add(owner)
        uow.commit()
        owner_id = owner.id
    spans = [
        (date(2027, 1, 5), date(2027, 1, 31), date(2027, 2, 27)),  # done late, in February
        (date(2027, 11, 30), date(2027, 12, 31), date(2027, 12, 31)),  # on its due day, year end
        (date(2027, 12, 31), date(2028, 1, 15), date(2028, 1, 1)),  # raised on the last day
        (date(2027, 12, 1), date(2028, 1, 31), date(2028, 2, 1)),  # a day late, past January
        (date(2028, 1, 31), date(2028, 2, 28), date(2028, 2, 29)),  # done on the leap day
        (date(2028, 2, 1), date(2028, 2, 28), None),  # overdue from 29 February on
        (date(2028, 2, 29), date(2028, 3, 31), None),
        (date(2028, 3, 9), date(2028, 3, 9), None),  # overdue today
    ]
    for created, due, done in spans:
        _raise(db, manager, owner_id, created, due, done)


@pytest.mark.postgres
@pytest.mark.parametrize("key", KEYS)
def test_months_together_equal_each_month_alone(db, history, key):
    figure = kpi.get(key)
    assert figure.months is not None
    with clock.frozen(f"{TODAY.isoformat()}T12:00:00"), db.session() as session:
        together = figure.months(session, MONTHS)
        alone = {m: figure.monthly(session, m) for m in MONTHS}
    assert together == alone
    assert together[Month(2028, 4)] is None


@pytest.mark.postgres
def test_the_month_end_figures(db, history):
    with clock.frozen(f"{TODAY.isoformat()}T12:00:00"), db.session() as session:
        values = {key: kpi.get(key).months(session, MONTHS) for key in KEYS}
    assert [values["actions.open"][m] for m in MONTHS] == [0, 1, 2, 2, 2, 3, None]
    assert [values["actions.overdue"][m] for m in MONTHS] == [0, 0, 0, 0, 1, 2, None]
    assert values["actions.closed_on_time"][Month(2027, 2)] == 0.0
    assert values["actions.closed_on_time"][Month(2027, 11)] is None
    assert values["actions.closed_on_time"][Month(2027, 12)] == 1.0
    assert values["actions.closed_on_time"][Month(2028, 2)] == 0.0
    assert values["actions.closed_on_time"][Month(2028, 1)] == 1.0
    assert values["actions.closed_on_time"][Month(2028, 3)] is None
