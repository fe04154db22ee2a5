"""Overtime by the three kinds of the labour law (劳动法 art. 44), one definition for the roster
rules, the auto-roster and the timesheet.

Days are taken by their statutory kind, not by the branch's opening days:
- a statutory holiday (法定节假日): every minute worked is holiday overtime (300 %);
- a rest day (休息日: Saturday, Sunday and the days off of a holiday block): minutes worked there
  are rest-day overtime (200 %) unless the person has a day off in lieu in the same ISO week —
  each working day of the week the person neither works nor is on leave makes up one standard
  day of rest-day work;
- a working day (Monday–Friday and the make-up working days): what the configured rule counts is
  working-day overtime (150 %): minutes beyond the standard day (``daily``), beyond the
  contracted week (``weekly_contract``) or beyond the rostered minutes of the day (``planned``).

A week's rest-day and contract overtime is counted on its Sunday, so in the month the Sunday falls
in (as the timesheet has always counted weeks); the other kinds on the day they are worked. The
limits of art. 41 (≤ 3 h a day beyond the standard day, ≤ 36 h of overtime a month) are checked
on these figures.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from branchops.core.period import Month

DAILY = "daily"
WEEKLY_CONTRACT = "weekly_contract"
PLANNED = "planned"
RULES = (DAILY, WEEKLY_CONTRACT, PLANNED)


class DayKind(enum.StrEnum):
    WORKING = "working"
    REST = "rest"
    HOLIDAY = "holiday"


@dataclass(frozen=True)
class WorkCalendar:
    """The statutory calendar: ``holidays`` are the statutory holidays themselves, ``days_off``
    the weekdays a holiday block turns into rest days, ``makeup_days`` the weekend days that are
    working days (调休). Without any: Monday–Friday work, Saturday and Sunday rest."""

    holidays: frozenset[date] = frozenset()
    days_off: frozenset[date] = frozenset()
    makeup_days: frozenset[date] = frozenset()
    _kinds: dict[date, DayKind] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )  # each day's kind once found: a timesheet asks for the same days many times

    def kind(self, day: date) -> DayKind:
        found = self._kinds.get(day)
        if found is None:
            found = self._kinds[day] = self._kind(day)
        return found

    def _kind(self, day: date) -> DayKind:
        if day in self.holidays:
            return DayKind.HOLIDAY
        if day in self.makeup_days:
            return DayKind.WORKING
        if day.weekday() >= 5 or day in self.days_off:
            return DayKind.REST
        return DayKind.WORKING


@dataclass(frozen=True)
class OvertimePolicy:
    rule: str = DAILY
    standard_day_minutes: int = 8 * 60
    daily_max_minutes: int = 3 * 60  # beyond the standard day
    monthly_max_minutes: int = 36 * 60


@dataclass(frozen=True)
class OvertimeSplit:
    """Minutes of overtime by kind: working day (150 %), rest day (200 %), holiday (300 %)."""

    working_day: int = 0
    rest_day: int = 0
    holiday: int = 0

    @property
    def total(self) -> int:
        return self.working_day + self.rest_day + self.holiday

    def __add__(self, other: OvertimeSplit) -> OvertimeSplit:
        return OvertimeSplit(
            self.working_day + other.working_day,
            self.rest_day + other.rest_day,
            self.holiday + other.holiday,
        )


@dataclass(frozen=True)
class PersonWeek:
    """What the overtime of one person in one ISO week depends on."""

    monday: date
    worked: Mapping[date, int]  # minutes worked per day (missing: none)
    leave: Collection[date] = ()  # days with approved leave (not days off in lieu)
    planned: Mapping[date, int] | None = None  # the rostered minutes, for the ``planned`` rule
    contract_minutes: int = 40 * 60
    complete: bool = True  # all seven days known; otherwise only the per-day kinds count
    days: tuple[date, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "days", week_days(self.monday))

    @property
    def sunday(self) -> date:
        return self.days[-1]


@lru_cache(maxsize=1024)
def week_days(monday: date) -> tuple[date, ...]:
    """The seven days from ``monday`` (a timesheet asks for the same weeks for everyone)."""
    return tuple(monday + timedelta(days=i) for i in range(7))


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def lieu_days(week: PersonWeek, calendar: WorkCalendar) -> int:
    """Working days of the week the person neither works nor is on leave."""
    return sum(
        1
        for d in week.days
        if calendar.kind(d) is DayKind.WORKING and not week.worked.get(d) and d not in week.leave
    )


NO_OVERTIME = OvertimeSplit()


def _working_day(minutes: int) -> OvertimeSplit:
    return OvertimeSplit(working_day=minutes) if minutes > 0 else NO_OVERTIME


def day_overtime(
    day: date,
    minutes: int,
    calendar: WorkCalendar,
    policy: OvertimePolicy,
    planned: int | None = None,
) -> OvertimeSplit:
    """The kinds counted on the day itself: holiday minutes, and working-day minutes over the
    standard day (``daily``) or over the rostered minutes (``planned``)."""
    kind = calendar.kind(day)
    if kind is DayKind.HOLIDAY:
        return OvertimeSplit(holiday=minutes)
    if kind is DayKind.REST:
        return NO_OVERTIME
    if policy.rule == DAILY:
        return _working_day(minutes - policy.standard_day_minutes)
    if policy.rule == PLANNED and planned is not None:
        return _working_day(minutes - planned)
    return NO_OVERTIME


def week_overtime(
    week: PersonWeek, calendar: WorkCalendar, policy: OvertimePolicy
) -> dict[date, OvertimeSplit]:
    """One person's overtime in one ISO week, by the day it is counted on."""
    result: dict[date, OvertimeSplit] = {}
    if not any(week.worked.values()):  # nothing worked: no overtime of any kind
        return result
    for day in week.days:
        minutes = week.worked.get(day, 0)
        if not minutes:  # no minutes worked: no overtime of any kind on the day
            continue
        planned = None if week.planned is None else week.planned.get(day, 0)
        split = day_overtime(day, minutes, calendar, policy, planned)
        if split.total:
            result[day] = split
    if not week.complete:
        return result
    rest = sum(m for d, m in week.worked.items() if calendar.kind(d) is DayKind.REST)
    rest_overtime = max(0, rest - policy.standard_day_minutes * lieu_days(week, calendar))
    weekly = 0
    if policy.rule == WEEKLY_CONTRACT:
        ordinary = sum(m for d, m in week.worked.items() if calendar.kind(d) is not DayKind.HOLIDAY)
        weekly = max(0, ordinary - rest_overtime - week.contract_minutes)
    if rest_overtime or weekly:
        extra = OvertimeSplit(working_day=weekly, rest_day=rest_overtime)
        result[week.sunday] = result.get(week.sunday, OvertimeSplit()) + extra
    return result


def person_overtime(
    worked: Mapping[date, int],
    first: date,
    last: date,
    calendar: WorkCalendar,
    policy: OvertimePolicy,
    *,
    leave: Collection[date] = (),
    planned: Mapping[date, int] | None = None,
    contract_minutes: int = 40 * 60,
) -> dict[date, OvertimeSplit]:
    """Overtime by day in every ISO week touching ``first``..``last``, the days whose minutes
    ``worked`` gives; a week reaching outside them counts only its per-day kinds."""
    result: dict[date, OvertimeSplit] = {}
    monday = monday_of(first)
    while monday <= last:
        days = week_days(monday)
        own = {d: worked[d] for d in days if d in worked and first <= d <= last}
        week = PersonWeek(
            monday,
            own,
            leave,
            planned,
            contract_minutes,
            complete=first <= monday and days[-1] <= last,
        )
        result.update(week_overtime(week, calendar, policy))
        monday += timedelta(days=7)
    return result


def over_standard_day(minutes: int, policy: OvertimePolicy) -> int:
    """Minutes of one day beyond the standard day (limited to ``daily_max_minutes``)."""
    return max(0, minutes - policy.standard_day_minutes)


def total_between(splits: Mapping[date, OvertimeSplit], first: date, last: date) -> OvertimeSplit:
    """The splits of the days ``first``..``last`` added up."""
    working = rest = holiday = 0
    for day, split in splits.items():
        if first <= day <= last:
            working += split.working_day
            rest += split.rest_day
            holiday += split.holiday
    return OvertimeSplit(working, rest, holiday)


def by_month(splits: Iterable[tuple[date, OvertimeSplit]]) -> dict[Month, OvertimeSplit]:
    totals: dict[Month, OvertimeSplit] = defaultdict(OvertimeSplit)
    for day, split in splits:
        totals[Month.of(day)] = totals[Month.of(day)] + split
    return dict(totals)


def month_span(month: Month) -> tuple[date, date]:
    """The days a month's overtime depends on: its weeks reach back to the Monday before."""
    return monday_of(month.first_day), month.last_day
