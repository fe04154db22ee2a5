"""``Staff.employed_days`` answers as ``employed_on`` does for each day, over every kind of end."""

from __future__ import annotations

from datetime import date, timedelta

from branchops.core.staff.models import Staff

DAYS = [date(2026, 3, 1) + timedelta(days=i) for i in range(31)]


def test_employed_days_agree_with_employed_on_day_by_day():
    people = [
        Staff(hire_date=None, active=True, leave_date=None, deactivated_on=None),
        Staff(hire_date=date(2026, 3, 10), active=True, leave_date=None, deactivated_on=None),
        Staff(hire_date=date(2020, 1, 1), active=True, leave_date=date(2026, 3, 20)),
        Staff(hire_date=date(2020, 1, 1), active=False, leave_date=None,
              deactivated_on=date(2026, 3, 15)),
        Staff(hire_date=date(2020, 1, 1), active=False, leave_date=None, deactivated_on=None),
        Staff(hire_date=date(2026, 3, 5), active=False, leave_date=date(2026, 3, 25)),
    ]  # fmt: skip
    for person in people:
        assert person.employed_days(DAYS) == {d for d in DAYS if person.employed_on(d)}
    assert min(people[1].employed_days(DAYS)) == date(2026, 3, 10)
    assert max(people[3].employed_days(DAYS)) == date(2026, 3, 14)
    assert people[4].employed_days(DAYS) == set()
