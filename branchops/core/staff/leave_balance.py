"""Annual-leave balance of a year: the entitlement, days carried over, taken and requested, each
with the rule that produced it. Leave is booked to each year by its own days (``LeaveDay``), so
a leave across 31 December draws on both years' balances.

Carried days (条例 art. 5) are used first, and only for days up to the carry-over deadline.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.errors import NotFound
from branchops.core.staff.entitlement import (
    Entitlement,
    Service,
    SickLeave,
    after_sick_leave,
    days_text,
    statutory,
)
from branchops.core.staff.leave_settings import LeaveRules, load_rules
from branchops.core.staff.models import (
    LeaveDay,
    LeaveEntitlement,
    LeaveKind,
    LeaveRequest,
    LeaveStatus,
    Staff,
)
from branchops.i18n import translate

OPEN_STATUSES = (LeaveStatus.REQUESTED, LeaveStatus.APPROVED)


@dataclass(frozen=True)
class LeaveBalance:
    staff_id: int
    year: int
    entitled: float
    taken: float
    pending: float
    carried: float = 0.0  # carried over from last year and still usable
    rule: str = ""  # how the numbers were worked out, in words

    @property
    def remaining(self) -> float:
        return self.entitled + self.carried - self.taken - self.pending


@dataclass(frozen=True)
class _Booked:
    leave_id: int
    day: date
    days: float
    approved: bool


@dataclass
class LeaveHistory:
    """The annual leave booked, approved sick leave and set entitlements of some people."""

    annual: dict[int, list[_Booked]] = field(default_factory=lambda: defaultdict(list))
    sick: dict[int, list[tuple[date, date, bool]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    custom: dict[tuple[int, int], float] = field(default_factory=dict)
    first_year: int | None = None  # the first year with any leave on record, anyone's

    @classmethod
    def load(cls, session: Session, staff_ids: list[int] | None = None) -> LeaveHistory:
        history = cls()

        def only(column):
            return column.in_(staff_ids) if staff_ids is not None else True

        booked = session.execute(
            select(
                LeaveRequest.id, LeaveRequest.staff_id, LeaveRequest.status, LeaveDay.day,
                LeaveDay.days,
            )
            .join(LeaveDay, LeaveDay.leave_request_id == LeaveRequest.id)
            .where(
                LeaveRequest.kind == LeaveKind.ANNUAL,
                LeaveRequest.status.in_(OPEN_STATUSES),
                only(LeaveRequest.staff_id),
            )
        )  # fmt: skip
        for leave_id, staff_id, status, day, days in booked:
            history.annual[staff_id].append(
                _Booked(leave_id, day, days, status is LeaveStatus.APPROVED)
            )
        sick = session.execute(
            select(
                LeaveRequest.staff_id,
                LeaveRequest.first_day,
                LeaveRequest.last_day,
                LeaveRequest.half_day,
            ).where(
                LeaveRequest.kind == LeaveKind.SICK,
                LeaveRequest.status == LeaveStatus.APPROVED,
                only(LeaveRequest.staff_id),
            )
        )
        for staff_id, first, last, half in sick:
            history.sick[staff_id].append((first, last, half))
        for row in session.scalars(select(LeaveEntitlement).where(only(LeaveEntitlement.staff_id))):
            history.custom[(row.staff_id, row.year)] = row.days
        earliest = session.scalar(select(func.min(LeaveRequest.first_day)))
        history.first_year = earliest.year if earliest else None
        return history

    def booked(
        self,
        staff_id: int,
        year: int,
        exclude: int | None = None,
        until: date | None = None,
        approved: bool | None = None,
    ) -> float:
        return float(
            sum(
                b.days
                for b in self.annual.get(staff_id, ())
                if b.day.year == year
                and b.leave_id != exclude
                and (until is None or b.day <= until)
                and (approved is None or b.approved == approved)
            )
        )

    def sick_days(self, staff_id: int, year: int) -> float:
        """Calendar days of approved sick leave in ``year`` (half a day counts 0.5)."""
        jan1, dec31 = date(year, 1, 1), date(year, 12, 31)
        total = 0.0
        for first, last, half in self.sick.get(staff_id, ()):
            days = (min(last, dec31) - max(first, jan1)).days + 1
            if days > 0:
                total += 0.5 if half else days
        return total


def service_of(person: Staff) -> Service:
    return Service(person.first_work_date, person.hire_date, person.leave_date)


def own_entitlement(
    person: Service, staff_id: int, year: int, history: LeaveHistory, rules: LeaveRules
) -> Entitlement:
    """The year's own days: set by hand, or the statutory days less what sick leave forfeits."""
    base = statutory(person, year)
    custom = history.custom.get((staff_id, year))
    if custom is not None:
        reason = translate("Leave", "{days} set for this person (statutory: {statutory})").format(
            days=days_text(custom), statutory=days_text(base.days)
        )
        return Entitlement(custom, base.tier_days, (reason,))
    last_base = statutory(person, year - 1)
    return after_sick_leave(
        base,
        year,
        SickLeave(history.sick_days(staff_id, year), history.booked(staff_id, year, approved=True)),
        SickLeave(
            history.sick_days(staff_id, year - 1),
            history.booked(staff_id, year - 1, approved=True),
        ),
        rules.sick_threshold(base.tier_days),
        rules.sick_threshold(max(last_base.tier_days, 5)),
    )


def _carried_into(
    person: Service,
    staff_id: int,
    year: int,
    history: LeaveHistory,
    rules: LeaveRules,
    exclude: int | None,
) -> float:
    """Last year's own days left unused (days carried into a year are used first). Nothing is
    carried into the first year with leave on record: what was taken before is not known."""
    if rules.carry_deadline(year) is None or history.first_year is None:
        return 0.0
    carried = 0.0
    for y in range(history.first_year, year):
        own = own_entitlement(person, staff_id, y, history, rules).days
        booked = history.booked(staff_id, y, exclude)
        early = history.booked(staff_id, y, exclude, until=rules.carry_deadline(y))
        carried = max(0.0, own - (booked - min(carried, early)))
    return carried


@dataclass(frozen=True)
class YearPosition:
    """A person's annual leave in one year, with what a new request may still use."""

    staff_id: int
    year: int
    entitlement: Entitlement
    carried: float
    deadline: date | None  # carried days are usable up to this day
    booked: float  # requested and approved days of the year
    early_booked: float  # of them, up to the deadline
    taken: float
    pending: float
    lapsed: float  # carried days not used by a deadline already past
    leaving: date | None

    @property
    def own(self) -> float:
        return self.entitlement.days

    def left_for(self, new_days: dict[date, float]) -> float:
        """Days a new request on these days may use: own days left, and carried days left for
        its days up to the deadline."""
        carry_used = min(self.carried, self.early_booked)
        own_left = self.own - (self.booked - carry_used)
        early_new = sum(w for d, w in new_days.items() if self.deadline and d <= self.deadline)
        return own_left + min(self.carried - carry_used, early_new)

    def balance(self) -> LeaveBalance:
        reasons = list(self.entitlement.reasons)
        if self.carried:
            text = translate("Leave", "carried over from {year}: {days}").format(
                year=self.year - 1, days=days_text(self.carried)
            )
            if self.deadline and self.deadline < date(self.year, 12, 31):
                text += translate("Leave", ", usable until {day}").format(
                    day=self.deadline.isoformat()
                )
            reasons.append(text)
        if self.lapsed and self.deadline is not None:
            reasons.append(
                translate("Leave", "{days} lapsed on {day}").format(
                    days=days_text(self.lapsed), day=self.deadline.isoformat()
                )
            )
        if (
            self.leaving is not None
            and self.leaving.year == self.year
            and self.taken > self.own + self.carried
        ):
            reasons.append(
                translate("Leave", "days taken beyond this are not recovered (实施办法 art. 12)")
            )
        return LeaveBalance(
            self.staff_id,
            self.year,
            self.own,
            self.taken,
            self.pending,
            self.carried - self.lapsed,
            translate("Leave", "; ").join(reasons),
        )


def year_position(
    person: Service,
    staff_id: int,
    year: int,
    history: LeaveHistory,
    rules: LeaveRules,
    exclude: int | None = None,
) -> YearPosition:
    entitlement = own_entitlement(person, staff_id, year, history, rules)
    carried = _carried_into(person, staff_id, year, history, rules, exclude)
    deadline = rules.carry_deadline(year) if carried else None
    early = history.booked(staff_id, year, exclude, until=deadline) if deadline else 0.0
    lapsed = 0.0
    if deadline is not None and clock.today() > deadline:
        lapsed = carried - min(carried, early)
    return YearPosition(
        staff_id,
        year,
        entitlement,
        carried,
        deadline,
        history.booked(staff_id, year, exclude),
        early,
        history.booked(staff_id, year, exclude, approved=True),
        history.booked(staff_id, year, exclude, approved=False),
        lapsed,
        person.leaving,
    )


def _person(session: Session, staff_id: int) -> Staff:
    person = session.get(Staff, staff_id)
    if person is None:
        raise NotFound(translate("Leave", "That person no longer exists; reload the list."))
    return person


def balance(session: Session, staff_id: int, year: int) -> LeaveBalance:
    person = _person(session, staff_id)
    history = LeaveHistory.load(session, [staff_id])
    rules = load_rules(session)
    return year_position(service_of(person), staff_id, year, history, rules).balance()


@dataclass(frozen=True)
class BalanceRow:
    staff_id: int
    employee_no: str
    name: str
    entitled: float
    taken: float
    pending: float
    remaining: float
    carried: float = 0.0
    rule: str = ""


def balances(session: Session, year: int) -> list[BalanceRow]:
    """Annual leave of everyone employed in ``year``, the rule behind each entitlement."""
    jan1, dec31 = date(year, 1, 1), date(year, 12, 31)
    people = list(
        session.scalars(
            select(Staff)
            .where(
                or_(Staff.hire_date.is_(None), Staff.hire_date <= dec31),
                or_(
                    and_(Staff.leave_date.is_(None), Staff.active.is_(True)),
                    Staff.leave_date >= jan1,
                ),
            )
            .order_by(Staff.employee_no)
        )
    )
    history = LeaveHistory.load(session)
    rules = load_rules(session)
    rows = []
    for person in people:
        b = year_position(service_of(person), person.id, year, history, rules).balance()
        rows.append(
            BalanceRow(person.id, person.employee_no, person.name, b.entitled, b.taken,
                       b.pending, b.remaining, b.carried, b.rule)
        )  # fmt: skip
    return rows
