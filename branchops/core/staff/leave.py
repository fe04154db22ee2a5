"""Leave (请假): requests, approval, yearly annual-leave entitlement and balance.

Days taken are the branch's working days in the range (half a day counts 0.5). The annual
entitlement follows the statute by years of service (5 / 10 / 15 days) unless set per person.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.branch.service import branch_calendar
from branchops.core.errors import NotFound, Problems
from branchops.core.listing import ListQuery, apply_paging, count_rows
from branchops.core.staff import roster_types as rt
from branchops.core.staff.models import Staff
from branchops.core.staff.schedule_models import (
    LeaveEntitlement,
    LeaveKind,
    LeaveRequest,
    LeaveStatus,
)
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import QT_TRANSLATE_NOOP, translate

KIND_LABELS = {
    LeaveKind.ANNUAL: QT_TRANSLATE_NOOP("Leave", "Annual"),
    LeaveKind.SICK: QT_TRANSLATE_NOOP("Leave", "Sick"),
    LeaveKind.PERSONAL: QT_TRANSLATE_NOOP("Leave", "Personal"),
    LeaveKind.TRAINING: QT_TRANSLATE_NOOP("Leave", "Training"),
    LeaveKind.OTHER: QT_TRANSLATE_NOOP("Leave", "Other"),
}
STATUS_LABELS = {
    LeaveStatus.REQUESTED: QT_TRANSLATE_NOOP("Leave", "Requested"),
    LeaveStatus.APPROVED: QT_TRANSLATE_NOOP("Leave", "Approved"),
    LeaveStatus.REJECTED: QT_TRANSLATE_NOOP("Leave", "Rejected"),
    LeaveStatus.CANCELLED: QT_TRANSLATE_NOOP("Leave", "Cancelled"),
}
OPEN_STATUSES = (LeaveStatus.REQUESTED, LeaveStatus.APPROVED)


def kind_label(kind: LeaveKind) -> str:
    return translate("Leave", KIND_LABELS[kind])


def status_label(status: LeaveStatus) -> str:
    return translate("Leave", STATUS_LABELS[status])


@dataclass
class LeaveInput:
    staff_id: int
    kind: LeaveKind
    first_day: date
    last_day: date
    half_day: bool = False
    note: str = ""


@dataclass(frozen=True)
class LeaveRow:
    id: int
    staff_id: int
    employee_no: str
    name: str
    kind: LeaveKind
    first_day: date
    last_day: date
    half_day: bool
    days: float
    status: LeaveStatus
    note: str
    decided_by: str


@dataclass(frozen=True)
class LeaveBalance:
    staff_id: int
    year: int
    entitled: float
    taken: float
    pending: float

    @property
    def remaining(self) -> float:
        return self.entitled - self.taken - self.pending


def statutory_days(hire_date: date | None, year: int) -> float:
    """Annual leave by completed years of service at the start of ``year`` (at least one)."""
    if hire_date is None:
        return 5.0
    if year <= hire_date.year:  # twelve months of service not reached by the year's end
        return 0.0
    # whole calendar years from the hire date to 1 January (leap days do not shift the boundary)
    years = year - hire_date.year - (1 if (hire_date.month, hire_date.day) > (1, 1) else 0)
    return 15.0 if years >= 20 else 10.0 if years >= 10 else 5.0


def working_days_taken(session: Session, first: date, last: date, half_day: bool) -> float:
    calendar = branch_calendar(session)
    days = sum(1 for _ in calendar.working_days(first, last))
    return 0.5 if half_day and days else float(days)


def balance(session: Session, staff_id: int, year: int) -> LeaveBalance:
    person = session.get(Staff, staff_id)
    if person is None:
        raise NotFound(translate("Leave", "That person no longer exists; reload the list."))
    custom = session.get(LeaveEntitlement, (staff_id, year))
    entitled = custom.days if custom else statutory_days(person.hire_date, year)
    totals = dict(
        session.execute(
            select(LeaveRequest.status, func.sum(LeaveRequest.days))
            .where(
                LeaveRequest.staff_id == staff_id,
                LeaveRequest.kind == LeaveKind.ANNUAL,
                LeaveRequest.status.in_(OPEN_STATUSES),
                LeaveRequest.first_day >= date(year, 1, 1),
                LeaveRequest.first_day <= date(year, 12, 31),
            )
            .group_by(LeaveRequest.status)
        ).all()
    )
    return LeaveBalance(
        staff_id,
        year,
        entitled,
        float(totals.get(LeaveStatus.APPROVED) or 0),
        float(totals.get(LeaveStatus.REQUESTED) or 0),
    )


def set_entitlement(
    uow: UnitOfWork, user: CurrentUser, staff_id: int, year: int, days: float | None
) -> None:
    """Set a person's annual leave days for a year; None returns to the statutory days."""
    set_entitlements(uow, user, year, {staff_id: days}, field=lambda _staff_id: "days")


def set_entitlements(
    uow: UnitOfWork,
    user: CurrentUser,
    year: int,
    days_by_staff: dict[int, float | None],
    field: Callable[[int], str] = lambda staff_id: f"days[{staff_id}]",
) -> None:
    """Set several people's annual leave days for a year at once: all of them, or none when
    any is out of range (each problem names its person's field)."""
    require(user, Permission.APPROVE)
    problems = Problems()
    for staff_id, days in days_by_staff.items():
        if days is not None and not 0 <= days <= 365:
            problems.add(
                field(staff_id), translate("Leave", "Entitled days must be from 0 to 365.")
            )
    problems.raise_if_any()
    session = uow.session
    for staff_id, days in days_by_staff.items():
        row = session.get(LeaveEntitlement, (staff_id, year))
        if days is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(LeaveEntitlement(staff_id=staff_id, year=year, days=float(days)))
        else:
            row.days = float(days)
    uow.commit()


def _validate(session: Session, data: LeaveInput, leave_id: int | None) -> float:
    problems = Problems()
    if session.get(Staff, data.staff_id) is None:
        problems.add("staff_id", translate("Leave", "Choose a person."))
    if data.last_day < data.first_day:
        problems.add("last_day", translate("Leave", "The leave cannot end before it starts."))
        problems.raise_if_any()
    if data.half_day and data.first_day != data.last_day:
        problems.add("half_day", translate("Leave", "Half a day of leave is one day only."))
    problems.raise_if_any()
    days = working_days_taken(session, data.first_day, data.last_day, data.half_day)
    clash = session.scalar(
        select(LeaveRequest.id).where(
            LeaveRequest.staff_id == data.staff_id,
            LeaveRequest.status.in_(OPEN_STATUSES),
            LeaveRequest.first_day <= data.last_day,
            LeaveRequest.last_day >= data.first_day,
            LeaveRequest.id != (leave_id or -1),
        )
    )
    if clash is not None:
        problems.add(
            "first_day", translate("Leave", "This person already has leave on some of these days.")
        )
    if data.kind is LeaveKind.ANNUAL and data.first_day.year == data.last_day.year:
        left = balance(session, data.staff_id, data.first_day.year)
        own = session.get(LeaveRequest, leave_id) if leave_id else None
        if own is not None and own.status in OPEN_STATUSES and own.kind is LeaveKind.ANNUAL:
            left = LeaveBalance(left.staff_id, left.year, left.entitled + own.days, 0, 0)
        if days > left.remaining:
            problems.add(
                "last_day",
                translate(
                    "Leave", "{days:g} days of annual leave asked, but only {left:g} are left."
                ).format(days=days, left=max(left.remaining, 0)),
            )
    problems.raise_if_any()
    return days


def request_leave(
    uow: UnitOfWork, user: CurrentUser, data: LeaveInput, *, approve: bool = False
) -> int:
    """Record a leave request; ``approve`` also approves it (needs the approve permission)."""
    require(user, Permission.APPROVE if approve else Permission.WRITE)
    session = uow.session
    days = _validate(session, data, None)
    row = LeaveRequest(
        staff_id=data.staff_id,
        kind=data.kind,
        first_day=data.first_day,
        last_day=data.last_day,
        half_day=data.half_day,
        days=days,
        note=data.note.strip(),
        status=LeaveStatus.APPROVED if approve else LeaveStatus.REQUESTED,
    )
    if approve:
        row.decided_by, row.decided_at = user.username, clock.now()
    session.add(row)
    session.flush()
    uow.commit()
    return row.id


def update_leave(uow: UnitOfWork, user: CurrentUser, leave_id: int, data: LeaveInput) -> None:
    require(user, Permission.WRITE)
    session = uow.session
    row = _get(session, leave_id)
    if row.status is not LeaveStatus.REQUESTED:
        require(user, Permission.APPROVE)
    days = _validate(session, data, leave_id)
    row.staff_id, row.kind = data.staff_id, data.kind
    row.first_day, row.last_day, row.half_day = data.first_day, data.last_day, data.half_day
    row.days, row.note = days, data.note.strip()
    uow.commit()


def decide_leave(uow: UnitOfWork, user: CurrentUser, leave_id: int, status: LeaveStatus) -> None:
    """Approve, reject or cancel a request."""
    require(user, Permission.WRITE if status is LeaveStatus.CANCELLED else Permission.APPROVE)
    row = _get(uow.session, leave_id)
    row.status = status
    row.decided_by, row.decided_at = user.username, clock.now()
    uow.commit()


def _get(session: Session, leave_id: int) -> LeaveRequest:
    row = session.get(LeaveRequest, leave_id)
    if row is None:
        raise NotFound(translate("Leave", "That leave record no longer exists; reload the list."))
    return row


def load_input(session: Session, leave_id: int) -> LeaveInput:
    row = _get(session, leave_id)
    return LeaveInput(row.staff_id, row.kind, row.first_day, row.last_day, row.half_day, row.note)


_SORTABLE = {
    "employee_no": Staff.employee_no,
    "name": Staff.name,
    "kind": LeaveRequest.kind,
    "first_day": LeaveRequest.first_day,
    "last_day": LeaveRequest.last_day,
    "days": LeaveRequest.days,
    "status": LeaveRequest.status,
}


def _filtered(query: ListQuery) -> Select:
    stmt = select(LeaveRequest, Staff.employee_no, Staff.name).join(
        Staff, Staff.id == LeaveRequest.staff_id
    )
    f = query.filters
    if f.get("staff_id") is not None:
        stmt = stmt.where(LeaveRequest.staff_id == f["staff_id"])
    if f.get("status") is not None:
        stmt = stmt.where(LeaveRequest.status == LeaveStatus(f["status"]))
    if f.get("kind") is not None:
        stmt = stmt.where(LeaveRequest.kind == LeaveKind(f["kind"]))
    if f.get("year") is not None:
        year = int(f["year"])
        stmt = stmt.where(
            LeaveRequest.first_day <= date(year, 12, 31), LeaveRequest.last_day >= date(year, 1, 1)
        )
    if query.search.strip():
        like = f"%{query.search.strip()}%"
        stmt = stmt.where(
            or_(
                Staff.name.ilike(like), Staff.employee_no.ilike(like), LeaveRequest.note.ilike(like)
            )
        )
    return stmt


def list_leave(session: Session, query: ListQuery) -> list[LeaveRow]:
    stmt = apply_paging(_filtered(query), query, _SORTABLE, LeaveRequest.id)
    return [
        LeaveRow(
            r.id,
            r.staff_id,
            no,
            name,
            r.kind,
            r.first_day,
            r.last_day,
            r.half_day,
            r.days,
            r.status,
            r.note,
            r.decided_by,
        )
        for r, no, name in session.execute(stmt)
    ]


def count_leave(session: Session, query: ListQuery) -> int:
    return count_rows(session, _filtered(query))


def _approved_days(session: Session, first: date, last: date):
    rows = session.scalars(
        select(LeaveRequest).where(
            LeaveRequest.status == LeaveStatus.APPROVED,
            LeaveRequest.first_day <= last,
            LeaveRequest.last_day >= first,
        )
    )
    for row in rows:
        day = max(row.first_day, first)
        while day <= min(row.last_day, last):
            yield row, day
            day += timedelta(days=1)


def approved_leave(session: Session, first: date, last: date) -> list[rt.Leave]:
    """One engine ``Leave`` per calendar day of approved leave from ``first`` to ``last``."""
    return [
        rt.Leave(row.staff_id, day, row.half_day)
        for row, day in _approved_days(session, first, last)
    ]


def leave_by_cell(session: Session, first: date, last: date) -> dict[tuple[int, date], LeaveKind]:
    """Approved leave for the grid: (person, day) -> kind."""
    return {(row.staff_id, day): row.kind for row, day in _approved_days(session, first, last)}


@dataclass(frozen=True)
class BalanceRow:
    staff_id: int
    employee_no: str
    name: str
    entitled: float
    taken: float
    pending: float
    remaining: float


def balances(session: Session, year: int) -> list[BalanceRow]:
    """Annual leave of every active person in ``year``."""
    people = session.scalars(
        select(Staff).where(Staff.active.is_(True)).order_by(Staff.employee_no)
    )
    rows = []
    for person in people:
        b = balance(session, person.id, year)
        rows.append(
            BalanceRow(person.id, person.employee_no, person.name, b.entitled, b.taken, b.pending,
                       b.remaining)
        )  # fmt: skip
    return rows
