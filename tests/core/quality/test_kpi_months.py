"""The quality KPIs of several months at once are each month's own figure."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from branchops import clock
from branchops.core import kpi
from branchops.core.period import Month
from branchops.core.quality.models import Recurrence
from branchops.core.quality.service import complete_inspection, save_draft
from branchops.core.quality.templates import save_template
from branchops.core.quality.versions import current_version_id, load_version
from tests.core.quality.conftest import inspection, small_template

TODAY = date(2028, 3, 10)
# a year end, February of a leap year, the running month and a month still to come
MONTHS = [Month(2027, 2), *(Month(2027, 11).shift(n) for n in range(6))]
KEYS = ("quality.average_score", "quality.done_vs_due", "quality.critical_failures")
GOOD = {"A1": "pass", "A2": "5", "B1": "pass", "B2": "no"}


def _template(db, manager, name: str, recurrence: Recurrence, day: int):
    data = small_template(name)
    data.recurrence, data.recurrence_day = recurrence, day
    data.schedule_start = date(2027, 11, 1)
    with db.unit_of_work(manager) as uow:
        template_id = save_template(uow, manager, data)
    with db.session() as session:
        return load_version(session, current_version_id(session, template_id))


@pytest.fixture
def history(db, manager, tmp_path) -> None:
    daily = _template(db, manager, "每日检查", Recurrence.DAILY, 0)
    weekly = _template(db, manager, "每周检查", Recurrence.WEEKLY, 0)
    monthly = _template(db, manager, "月末检查", Recurrence.MONTHLY, 31)
    runs = [
        (daily, datetime(2027, 2, 26, 9), None, GOOD, True),  # before the schedule started
        (daily, datetime(2027, 11, 30, 23, 30), date(2027, 11, 30), GOOD, True),
        (daily, datetime(2027, 12, 1, 0, 0), date(2027, 12, 1), {**GOOD, "A1": "fail"}, True),
        (daily, datetime(2027, 12, 31, 18), None, GOOD, True),
        # Sunday 2 January: late for the week of Monday 27 December
        (weekly, datetime(2028, 1, 2, 10), None, {**GOOD, "A2": "2"}, True),
        (monthly, datetime(2028, 2, 29, 9), date(2028, 2, 29), {**GOOD, "A2": "2"}, True),
        (daily, datetime(2028, 2, 29, 12), date(2028, 2, 29), {**GOOD, "A1": "fail"}, True),
        (daily, datetime(2028, 3, 9, 9), date(2028, 3, 9), {"A1": "pass"}, False),
    ]
    with clock.frozen(f"{TODAY.isoformat()}T12:00:00"):
        for version, when, due, answers, complete in runs:
            data = inspection(version, **answers)
            data.performed_at, data.due_date = when, due
            with db.unit_of_work(manager) as uow:
                (complete_inspection if complete else save_draft)(uow, manager, data, tmp_path)


@pytest.mark.postgres
@pytest.mark.parametrize("key", KEYS)
def test_months_together_equal_each_month_alone(db, history, key):
    figure = kpi.get(key)
    assert figure.months is not None
    with clock.frozen(f"{TODAY.isoformat()}T12:00:00"), db.session() as session:
        together = figure.months(session, MONTHS)
        alone = {m: figure.monthly(session, m) for m in MONTHS}
    assert together == alone


@pytest.mark.postgres
def test_the_monthly_figures(db, history):
    with clock.frozen(f"{TODAY.isoformat()}T12:00:00"), db.session() as session:
        values = {key: kpi.get(key).months(session, MONTHS) for key in KEYS}
    score = values["quality.average_score"]
    assert (score[Month(2027, 11)], score[Month(2028, 3)], score[Month(2028, 4)]) == (
        100.0,
        None,
        None,
    )
    assert score[Month(2028, 1)] == pytest.approx(86.67, abs=0.01)
    failures = values["quality.critical_failures"]
    assert [failures[m] for m in MONTHS] == [0, 0, 1, 0, 1, 0, 0]
    # November: 26 working days, 5 Mondays and the 30th due, 1 done; December: 27, 4 and the
    # 31st, 3 done (the week of 27 December done on Sunday 2 January); March: a draft so far
    done = values["quality.done_vs_due"]
    assert [done[m] for m in MONTHS] == [None, 1 / 32, 3 / 32, 0.0, 2 / 30, 0.0, None]
