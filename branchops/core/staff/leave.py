"""Leave (请假): requests, approval, yearly annual-leave entitlement and balance.

The days a leave counts follow its kind's rule (``leave_count``: statutory working days by
default, or calendar days; half a day counts 0.5) and are kept day by day, so that a leave
across 31 December is checked against, and booked to, each year's balance (``leave_balance``).
The annual entitlement follows the statute (``entitlement``) unless set per person.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Select, delete, insert, or_, select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.concurrency import locked_get
from branchops.core.errors import NotFound, Problems
from branchops.core.listing import (
    LIKE_ESCAPE,
    ListQuery,
    apply_paging,
    contains_pattern,
    count_rows,
)
from branchops.core.staff import roster_types as rt
from branchops.core.staff.entitlement import Service, statutory
from branchops.core.staff.leave_balance import (  # noqa: F401  (the balance, read through here)
    OPEN_STATUSES,
    BalanceRow,
    LeaveBalance,
    LeaveHistory,
    balance,
    balances,
    service_of,
    year_position,
)
from branchops.core.staff.leave_count import counted_days, days_by_year
from branchops.core.staff.leave_settings import LeaveRules, load_rules
from branchops.core.staff.models import (
    LeaveDay,
    LeaveEntitlement,
    LeaveKind,
    LeaveRequest,
    LeaveStatus,
    Staff,
)
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate


@dataclass
class LeaveInput:
    staff_id: int
    kind: LeaveKind
    first_day: date
    last_day: date
    half_day: bool = False
    note: str = ""

    def __post_init__(self) -> None:
        self.kind = LeaveKind(self.kind)  # a combo box hands the value back as a plain str


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
    record_version: int | None = None  # as the list read it: a save over a newer one is refused


def statutory_days(
    hire_date: date | None,
    year: int,
    first_work_date: date | None = None,
    leave_date: date | None = None,
) -> float:
    """The year's annual leave by the statute (see ``entitlement.statutory``)."""
    return statutory(Service(first_work_date, hire_date, leave_date), year).days


def working_days_taken(
    session: Session, first: date, last: date, half_day: bool, staff_id: int | None = None
) -> float:
    """Annual-leave days from ``first`` to ``last`` (statutory working days by default; the
    person's rostered days when so set and ``staff_id`` is given)."""
    return sum(counted_days(session, staff_id, LeaveKind.ANNUAL, first, last, half_day).values())


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


def entitlement_versions(session: Session, year: int) -> dict[int, int]:
    """The version of each person's stored entitlement for ``year`` (``core/concurrency.py``);
    read before the days a grid shows."""
    return dict(
        session.execute(
            select(LeaveEntitlement.staff_id, LeaveEntitlement.version).where(
                LeaveEntitlement.year == year
            )
        ).all()
    )


def _validate(session: Session, data: LeaveInput, leave_id: int | None) -> dict[date, float]:
    """The days the leave counts, by date, once it passes every check."""
    problems = Problems()
    person = session.get(Staff, data.staff_id)
    if person is None:
        problems.add("staff_id", translate("Leave", "Choose a person."))
    if data.last_day < data.first_day:
        problems.add("last_day", translate("Leave", "The leave cannot end before it starts."))
        problems.raise_if_any()
    if data.half_day and data.first_day != data.last_day:
        problems.add("half_day", translate("Leave", "Half a day of leave is one day only."))
    problems.raise_if_any()
    assert person is not None
    if person.hire_date is not None and data.first_day < person.hire_date:
        problems.add(
            "first_day",
            translate("Leave", "The leave starts before the hire date {day}.").format(
                day=person.hire_date.isoformat()
            ),
        )
    if person.leave_date is not None and data.last_day > person.leave_date:
        problems.add(
            "last_day",
            translate("Leave", "The person leaves on {day}; the leave cannot go past it.").format(
                day=person.leave_date.isoformat()
            ),
        )
    rules = load_rules(session)
    days = counted_days(
        session, data.staff_id, data.kind, data.first_day, data.last_day, data.half_day, rules
    )
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
    if data.kind is LeaveKind.ANNUAL:
        _check_balance(session, person, days, leave_id, rules, problems)
    problems.raise_if_any()
    return days


def _check_balance(
    session: Session,
    person: Staff,
    days: dict[date, float],
    leave_id: int | None,
    rules: LeaveRules,
    problems: Problems,
) -> None:
    """Each year's days against that year's balance (a leave across 31 December draws on both)."""
    history = LeaveHistory.load(session, [person.id])
    years = days_by_year(days)
    for year, asked in sorted(years.items()):
        wanted = {d: w for d, w in days.items() if d.year == year}
        position = year_position(service_of(person), person.id, year, history, rules, leave_id)
        left = position.left_for(wanted)
        if asked <= left:
            continue
        if len(years) == 1:
            text = translate(
                "Leave", "{days:g} days of annual leave asked, but only {left:g} are left ({rule})."
            )
        else:
            text = translate(
                "Leave",
                "{year}: {days:g} days of annual leave asked, but only {left:g} are left ({rule}).",
            )
        problems.add(
            "last_day",
            text.format(year=year, days=asked, left=max(left, 0), rule=position.entitlement.text),
        )


def _store_days(session: Session, leave_id: int, days: dict[date, float]) -> None:
    """The request's counted days, replaced (derived rows: the request itself is audited)."""
    session.execute(delete(LeaveDay).where(LeaveDay.leave_request_id == leave_id))
    if days:
        session.execute(
            insert(LeaveDay),
            [{"leave_request_id": leave_id, "day": d, "days": w} for d, w in sorted(days.items())],
        )


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
        days=sum(days.values()),
        note=data.note.strip(),
        status=LeaveStatus.APPROVED if approve else LeaveStatus.REQUESTED,
    )
    if approve:
        row.decided_by, row.decided_at = user.username, clock.now()
    session.add(row)
    session.flush()
    _store_days(session, row.id, days)
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
    row.days, row.note = sum(days.values()), data.note.strip()
    session.flush()
    _store_days(session, leave_id, days)
    uow.commit()


def decide_leave(uow: UnitOfWork, user: CurrentUser, leave_id: int, status: LeaveStatus) -> None:
    """Approve, reject or cancel a request."""
    require(user, Permission.WRITE if status is LeaveStatus.CANCELLED else Permission.APPROVE)
    row = _get(uow.session, leave_id)
    row.status = status
    row.decided_by, row.decided_at = user.username, clock.now()
    uow.commit()


def _get(session: Session, leave_id: int) -> LeaveRequest:
    row = locked_get(session, LeaveRequest, leave_id)
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
        like = contains_pattern(query.search)
        stmt = stmt.where(
            or_(
                Staff.name.ilike(like, escape=LIKE_ESCAPE),
                Staff.employee_no.ilike(like, escape=LIKE_ESCAPE),
                LeaveRequest.note.ilike(like, escape=LIKE_ESCAPE),
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
            r.version,
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
