"""The risk and drill KPIs of several months at once are each month's own figure."""

from __future__ import annotations

from datetime import date

import pytest

from branchops import clock
from branchops.core import kpi
from branchops.core.memo import memo_scope
from branchops.core.period import Month
from branchops.core.risk.drill_service import record_drill
from branchops.core.risk.models import EmergencyPlan, Rating
from branchops.core.risk.plan_service import save_plan
from branchops.core.risk.risk_input import ReviewInput, Scores
from branchops.core.risk.service import close_risk, create_risk, review_risk
from tests.core.risk.conftest import drill_input, risk_input, small_plan

TODAY = date(2028, 3, 10)
# a year end, February of a leap year, the running month and a month still to come
MONTHS = [Month(2027, 2), *(Month(2027, 11).shift(n) for n in range(6))]
KEYS = (
    "risk.open_high",
    "risk.reviews_past_due",
    "risk.drills_done_vs_required",
    "risk.drill_objectives_poor",
)
# the two month-end counts share one query per month end instead (read once per memo scope)
SEVERAL_MONTHS = ("risk.drills_done_vs_required", "risk.drill_objectives_poor")
HIGH = Scores(4, 5, 3, 4)  # residual 12: high, reviewed after 90 days


def _on(day: date):
    return clock.frozen(f"{day.isoformat()}T10:00:00")


def _plan(db, manager, name: str, frequency: int, start: date) -> int:
    data = small_plan(name)
    data.frequency_months = frequency
    with db.unit_of_work(manager) as uow:
        plan_id = save_plan(uow, manager, data, None)
    with db.unit_of_work() as uow:
        uow.session.get(EmergencyPlan, plan_id).programme_start = start
        uow.commit()
    return plan_id


def _drill(db, manager, plan_id, staff, day: date, ratings, tmp_path) -> None:
    data = drill_input(db, plan_id, staff, day=day)
    for rated, rating in zip(data.ratings, ratings, strict=False):
        rated.rating = rating
    with _on(day), db.unit_of_work(manager) as uow:
        record_drill(uow, manager, data, tmp_path)


@pytest.fixture
def history(db, manager, staff, tmp_path) -> None:
    with _on(date(2027, 10, 15)), db.unit_of_work(manager) as uow:
        reviewed_down = create_risk(uow, manager, risk_input(title="火灾", scores=HIGH))
    with _on(date(2027, 11, 30)), db.unit_of_work(manager) as uow:
        create_risk(uow, manager, risk_input(title="抢劫", scores=HIGH))  # due on 28 February
    with _on(date(2027, 12, 31)), db.unit_of_work(manager) as uow:
        create_risk(uow, manager, risk_input(title="长短款", scores=Scores(2, 2, 1, 2)))
    with _on(date(2028, 1, 31)), db.unit_of_work(manager) as uow:
        review = ReviewInput(clock.today(), staff[0], "加装防护", Scores(4, 5, 2, 3))
        review_risk(uow, manager, reviewed_down, review)
    with _on(date(2028, 2, 29)), db.unit_of_work(manager) as uow:
        close_risk(uow, manager, reviewed_down)
    half_yearly = _plan(db, manager, "火灾疏散", 6, date(2027, 1, 1))
    quarterly = _plan(db, manager, "防抢劫", 3, date(2028, 2, 15))
    _drill(db, manager, half_yearly, staff, date(2027, 12, 31), [Rating.U, Rating.M], tmp_path)
    _drill(db, manager, half_yearly, staff, date(2028, 2, 29), [Rating.M, Rating.P], tmp_path)
    assert quarterly


@pytest.mark.postgres
@pytest.mark.parametrize("key", SEVERAL_MONTHS)
def test_months_together_equal_each_month_alone(db, history, key):
    figure = kpi.get(key)
    assert figure.months is not None
    with _on(TODAY), db.session() as session:
        together = figure.months(session, MONTHS)
        alone = {m: figure.monthly(session, m) for m in MONTHS}
    assert together == alone


@pytest.mark.postgres
def test_the_month_end_figures(db, history):
    with _on(TODAY), db.session() as session:
        alone = {key: kpi.monthly_values(session, kpi.get(key), MONTHS) for key in KEYS}
        with memo_scope(session):
            values = {key: kpi.monthly_values(session, kpi.get(key), MONTHS) for key in KEYS}
    assert values == alone

    def of(key: str) -> list[float | None]:
        return [values[key][m] for m in MONTHS]

    # high from 15 October, reviewed down to medium on 31 January and closed on 29 February
    assert of("risk.open_high") == [0, 2, 2, 1, 1, 1, None]
    assert of("risk.reviews_past_due") == [0, 0, 0, 0, 1, 1, None]
    # 2027: one of two drills required by December; 2028: the quarterly plan's first by March
    assert of("risk.drills_done_vs_required") == [1.0, 0.0, 0.5, 1.0, 1.0, 0.0, None]
    assert of("risk.drill_objectives_poor") == [0, 0, 2, 0, 1, 0, 0]
