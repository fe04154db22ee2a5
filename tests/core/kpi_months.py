"""Shared by the tests of the KPIs' ``months`` formulas: the months asked (a year end, 29
February 2028, a month to come, and a run with a hole) and the check that several months
together give each month's own figure."""

from __future__ import annotations

from branchops.core import kpi
from branchops.core.memo import memo_scope
from branchops.core.period import Month, month_range

NOW = "2028-03-10T10:00:00"
MONTHS = list(month_range(Month(2027, 11), Month(2028, 4)))  # a year end, 2028-02, a future month
WITH_A_HOLE = [Month(2027, 11), Month(2028, 1), Month(2028, 2), Month(2028, 3)]


def each_month_alone(db, key: str, months: list[Month]) -> dict[Month, float | None]:
    """Each month's ``monthly`` in a session of its own, so nothing counted for another month
    is reused."""
    found = {}
    for month in months:
        with db.session() as session:
            found[month] = kpi.get(key).monthly(session, month)
    return found


def assert_together_equal_alone(db, key: str, alone: dict[Month, float | None]) -> None:
    """``months`` over ``MONTHS`` and over ``WITH_A_HOLE``, with and without a memo scope,
    equals ``alone`` month by month."""
    definition = kpi.get(key)
    assert definition.months is not None
    for months in (MONTHS, WITH_A_HOLE):
        with db.session() as session:
            assert definition.months(session, months) == {m: alone[m] for m in months}
        with db.session() as session, memo_scope(session):
            assert definition.months(session, months) == {m: alone[m] for m in months}
