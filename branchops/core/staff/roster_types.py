"""Plain input and output types of the rostering rules and the auto-roster solver.

No database and no Qt: the staff service turns rows into these frozen dataclasses, the rules
(``rules.py``) and the solver (``solver.py``) only read them.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from branchops.core.errors import UserError
from branchops.core.staff.overtime import OvertimePolicy, WorkCalendar
from branchops.i18n import translate

PersonId = int


class RosterInputError(UserError, ValueError):
    """The rostering input itself is wrong (unknown shift, bad time limit …); says what to fix."""


class Rule(enum.StrEnum):
    DOUBLE_BOOKING = "double_booking"
    LEAVE_CLASH = "leave_clash"
    SHORT_REST = "short_rest"
    TOO_MANY_DAYS = "too_many_days"
    WEEKLY_OVER_CONTRACT = "weekly_over_contract"
    WEEKLY_OVER_LEGAL = "weekly_over_legal"
    UNDERSTAFFED = "understaffed"
    OVERSTAFFED = "overstaffed"
    MISSING_SKILL = "missing_skill"
    UNAVAILABLE = "unavailable"
    PART_TIME_OVER_CONTRACT = "part_time_over_contract"
    DAILY_OVERTIME = "daily_overtime"
    MONTHLY_OVERTIME = "monthly_overtime"


ALL_RULES: frozenset[Rule] = frozenset(Rule)


def format_day(day: date) -> str:
    return day.isoformat()


def format_hours(minutes: float) -> str:
    return f"{minutes / 60:.1f}"


def join_names(items: Iterable[str]) -> str:
    """Names in a list: "A, B" in English, "A、B" in Chinese."""
    return translate("RosterRules", ", ").join(items)


def join_clauses(items: Iterable[str]) -> str:
    """Clauses of one sentence: "a; b" in English, "a；b" in Chinese."""
    return translate("RosterRules", "; ").join(items)


@dataclass(frozen=True)
class ShiftType:
    """A shift pattern. ``end <= start`` means the shift ends on the next day."""

    code: str
    name: str
    start: time
    end: time
    break_minutes: int = 0

    def __post_init__(self) -> None:
        if self.break_minutes < 0 or self.break_minutes >= self.duration_minutes:
            raise RosterInputError(
                translate(
                    "RosterRules",
                    "Shift {name}: the break ({brk} min) must be shorter than the shift.",
                ).format(name=self.name, brk=self.break_minutes)
            )

    @property
    def crosses_midnight(self) -> bool:
        return self.end <= self.start

    @property
    def duration_minutes(self) -> int:
        start = self.start.hour * 60 + self.start.minute
        end = self.end.hour * 60 + self.end.minute
        return end - start if end > start else end - start + 24 * 60

    @property
    def paid_minutes(self) -> int:
        return self.duration_minutes - self.break_minutes

    def span_on(self, day: date) -> tuple[datetime, datetime]:
        """Concrete start and end when the shift starts on ``day``."""
        start = datetime.combine(day, self.start)
        return start, start + timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True)
class SkillPeriod:
    """Days a skill is held, e.g. while a training certificate is valid (see core/training)."""

    first: date | None  # None: held since before any day planned
    last: date | None  # None: never lapses
    source: str = ""  # where it comes from, in words (a course and its certificate)


@dataclass(frozen=True)
class Person:
    id: PersonId
    name: str
    contract_minutes_per_week: int
    part_time: bool = False
    # skill code -> last day the skill is valid (None: never lapses)
    skills: Mapping[str, date | None] = field(default_factory=dict, hash=False)
    # skill code -> the periods it is held, for skills that start and lapse by date; a skill
    # listed here is held exactly on the days of its periods
    skill_periods: Mapping[str, tuple[SkillPeriod, ...]] = field(default_factory=dict, hash=False)

    def has_skill(self, skill: str, day: date) -> bool:
        if skill in self.skill_periods:
            return any(
                (p.first is None or p.first <= day) and (p.last is None or day <= p.last)
                for p in self.skill_periods[skill]
            )
        if skill not in self.skills:
            return False
        valid_until = self.skills[skill]
        return valid_until is None or day <= valid_until

    def lapse_text(self, skill: str, day: date) -> str | None:
        """The person's name (with the certificate that expired, if known) when their skill
        lapsed before ``day``; None when they hold it on ``day`` or never held it before."""
        if self.has_skill(skill, day):
            return None
        ended = [
            p for p in self.skill_periods.get(skill, ()) if p.last is not None and p.last < day
        ]
        if ended:
            last = max(ended, key=lambda p: p.last or day)
            if not last.source or last.last is None:
                return self.name
            return translate("RosterRules", "{name} ({source}, valid until {last})").format(
                name=self.name, source=last.source, last=format_day(last.last)
            )
        valid_until = self.skills.get(skill)
        lapsed = skill in self.skills and valid_until is not None and valid_until < day
        return self.name if lapsed and skill not in self.skill_periods else None


@dataclass(frozen=True)
class Need:
    """Staffing need of one shift on one day; a shift with no need that day is not run."""

    day: date
    shift_code: str
    min_headcount: int
    max_headcount: int | None = None
    required_skills: Mapping[str, int] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Leave:
    """Approved leave only. ``working_day``: the day counts as a day of leave taken (as
    ``leave.working_days_taken`` counts it), so it counts against the weekly contract."""

    person_id: PersonId
    day: date
    half_day: bool = False
    working_day: bool = True


@dataclass(frozen=True)
class Unavailable:
    person_id: PersonId
    day: date


@dataclass(frozen=True)
class Preference:
    """``weekday``: Monday = 0 … Sunday = 6, None = any day; ``shift_code`` None = any shift.

    prefers=True with a shift: wants that shift (on that weekday, or whenever working);
    prefers=True without a shift: wants to work on that weekday;
    prefers=False: does not want matching assignments.
    """

    person_id: PersonId
    weekday: int | None = None
    shift_code: str | None = None
    prefers: bool = True


@dataclass(frozen=True, order=True)
class Assignment:
    person_id: PersonId
    day: date
    shift_code: str


@dataclass(frozen=True)
class RuleLimits:
    """Rule parameters, and which rules are hard (the others are warnings).

    The solver always avoids double bookings, leave and unavailable days; the other rules it
    enforces only when they are hard. A soft understaffed/missing-skill rule is still covered
    whenever possible (at a high cost per missing person).
    """

    min_rest_hours: float = 11
    max_consecutive_days: int = 6
    legal_weekly_hours: float = 40
    hard_rules: frozenset[Rule] = ALL_RULES
    overtime: OvertimePolicy = field(default_factory=OvertimePolicy)
    # A person with half a day of leave can still work a shift of at most this many paid minutes.
    half_day_max_paid_minutes: int = 240
    # A day of leave counts as contract / workdays_per_week hours against the weekly contract.
    workdays_per_week: int = 5

    def is_hard(self, rule: Rule) -> bool:
        return rule in self.hard_rules


@dataclass(frozen=True)
class SoftWeights:
    """Relative weights of the soft goals; 0 switches a goal off.

    fairness: per weekend/holiday shift of spread between the most and the least loaded person;
    contract_hours: per hour a week away from the contracted hours;
    preferences: per unmet preference; changes: per cell changed against the current draft;
    stability: per switch to a different shift type on the next day.
    """

    fairness: int = 8
    contract_hours: int = 1
    preferences: int = 2
    changes: int = 4
    stability: int = 1


@dataclass(frozen=True)
class RosterProblem:
    """A roster to plan. ``fixed_days`` are kept whole: their ``locked`` assignments stay, nobody
    else works there and nothing is decided (the days around a period, published days); the
    other days are planned. ``published`` tells which fixed days are published (the others lie
    outside the period), for the wording of the diagnosis. ``locked`` assignments on a planned
    day must be kept too, others may join them.

    Rules are enforced over windows (ISO weeks, runs of days in a row, rest between two days,
    months of overtime) that contain a planned day; what the fixed days already hold only
    limits the planned part."""

    days: Sequence[date]
    people: Sequence[Person]
    shift_types: Sequence[ShiftType]
    needs: Sequence[Need]
    leave: Sequence[Leave] = ()
    unavailable: Sequence[Unavailable] = ()
    preferences: Sequence[Preference] = ()
    locked: Sequence[Assignment] = ()  # kept as they are
    current: Sequence[Assignment] = ()  # draft: changed as little as possible
    holidays: frozenset[date] | set[date] = frozenset()  # weekend-like days for fairness
    limits: RuleLimits = RuleLimits()
    weights: SoftWeights = SoftWeights()
    skill_names: Mapping[str, str] = field(default_factory=dict, hash=False)
    fixed_days: frozenset[date] = frozenset()
    published: frozenset[date] = frozenset()
    calendar: WorkCalendar = field(default_factory=WorkCalendar)  # statutory day kinds

    @property
    def planned_days(self) -> list[date]:
        return sorted(d for d in set(self.days) if d not in self.fixed_days)

    def shift(self, code: str) -> ShiftType:
        for shift in self.shift_types:
            if shift.code == code:
                return shift
        raise RosterInputError(
            translate("RosterRules", "Unknown shift type {code}.").format(code=code)
        )

    def person(self, person_id: PersonId) -> Person:
        for person in self.people:
            if person.id == person_id:
                return person
        raise RosterInputError(
            translate("RosterRules", "Unknown person id {id}.").format(id=person_id)
        )

    def skill_name(self, code: str) -> str:
        return self.skill_names.get(code, code)

    def is_weekend_or_holiday(self, day: date) -> bool:
        return day.weekday() >= 5 or day in self.holidays

    def validate(self) -> None:
        """Raise ``RosterInputError`` naming the first inconsistency in the input."""
        codes = [s.code for s in self.shift_types]
        ids = [p.id for p in self.people]
        if len(set(codes)) != len(codes):
            raise RosterInputError(translate("RosterRules", "Two shift types share a code."))
        if len(set(ids)) != len(ids):
            raise RosterInputError(translate("RosterRules", "Two people share an id."))
        for person in self.people:
            if person.contract_minutes_per_week <= 0:
                raise RosterInputError(
                    translate("RosterRules", "{name} has no contracted weekly hours.").format(
                        name=person.name
                    )
                )
        for need in self.needs:
            self.shift(need.shift_code)
            if need.max_headcount is not None and need.max_headcount < need.min_headcount:
                raise RosterInputError(
                    translate(
                        "RosterRules",
                        "{day} {shift}: the maximum headcount {max} is below the minimum {min}.",
                    ).format(
                        day=format_day(need.day),
                        shift=self.shift(need.shift_code).name,
                        max=need.max_headcount,
                        min=need.min_headcount,
                    )
                )
        for item in (*self.locked, *self.current):
            self.shift(item.shift_code)
            self.person(item.person_id)
        for pref in self.preferences:
            self.person(pref.person_id)
            if pref.shift_code is not None:
                self.shift(pref.shift_code)


def iso_week(day: date) -> tuple[int, int]:
    iso = day.isocalendar()
    return iso.year, iso.week


def leave_credit_minutes(person: Person, leave: Leave, limits: RuleLimits) -> int:
    """Minutes a day of leave counts against the weekly contract: a day's share of the contract
    for each day of leave taken (none on a day ``working_days_taken`` does not count)."""
    if not leave.working_day:
        return 0
    per_day = person.contract_minutes_per_week // limits.workdays_per_week
    return per_day // 2 if leave.half_day else per_day
