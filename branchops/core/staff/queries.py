"""Reading the staff directory: the list with search, filters and sort; people to choose from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.listing import (
    LIKE_ESCAPE,
    ListQuery,
    apply_paging,
    contains_pattern,
    count_rows,
)
from branchops.core.staff.models import (
    Employment,
    Position,
    Staff,
    StaffSkill,
    employed_between,
)


@dataclass(frozen=True)
class StaffRow:
    id: int
    employee_no: str
    name: str
    position: str
    employment: Employment
    contract_hours: float
    hire_date: date | None
    leave_date: date | None
    active: bool
    phone: str
    skills: str  # skill names, comma separated, lapsed ones left out
    first_work_date: date | None = None
    record_version: int | None = None  # as the list read it: a save over a newer one is refused


_SORTABLE = {
    "employee_no": Staff.employee_no,
    "name": Staff.name,
    "position": Position.sort_order,
    "employment": Staff.employment,
    "contract_hours": Staff.contract_minutes_per_week,
    "hire_date": Staff.hire_date,
    "first_work_date": Staff.first_work_date,
    "leave_date": Staff.leave_date,
    "active": Staff.active,
    "phone": Staff.phone,
}


def _filtered(query: ListQuery) -> Select:
    stmt = select(Staff).outerjoin(Position, Position.id == Staff.position_id)
    filters = query.filters
    if filters.get("active") is not None:
        stmt = stmt.where(Staff.active.is_(bool(filters["active"])))
    if filters.get("position_id") is not None:
        stmt = stmt.where(Staff.position_id == filters["position_id"])
    if filters.get("employment") is not None:
        stmt = stmt.where(Staff.employment == Employment(filters["employment"]))
    if filters.get("skill_id") is not None:
        holders = select(StaffSkill.staff_id).where(StaffSkill.skill_id == filters["skill_id"])
        stmt = stmt.where(Staff.id.in_(holders))
    text = query.search.strip()
    if text:
        like = contains_pattern(text)
        stmt = stmt.where(
            or_(
                Staff.name.ilike(like, escape=LIKE_ESCAPE),
                Staff.employee_no.ilike(like, escape=LIKE_ESCAPE),
                Position.name.ilike(like, escape=LIKE_ESCAPE),
            )
        )
    return stmt


def list_staff(session: Session, query: ListQuery) -> list[StaffRow]:
    stmt = apply_paging(_filtered(query), query, _SORTABLE, Staff.employee_no)
    today = clock.today()
    rows = []
    for staff in session.scalars(stmt).unique():
        skills = ", ".join(sorted(s.skill.name for s in staff.skills if s.valid_on(today)))
        rows.append(
            StaffRow(
                id=staff.id,
                employee_no=staff.employee_no,
                name=staff.name,
                position=staff.position.name if staff.position else "",
                employment=staff.employment,
                contract_hours=staff.contract_minutes_per_week / 60,
                hire_date=staff.hire_date,
                leave_date=staff.leave_date,
                active=staff.active,
                phone=staff.phone,
                skills=skills,
                first_work_date=staff.first_work_date,
                record_version=staff.version,
            )
        )
    return rows


def count_staff(session: Session, query: ListQuery) -> int:
    return count_rows(session, _filtered(query))


@dataclass(frozen=True)
class PersonChoice:
    id: int
    employee_no: str
    name: str


def active_people(session: Session, on: date | None = None) -> list[PersonChoice]:
    """People employed on ``on`` (default: active now), in employee-number order."""
    stmt = select(Staff.id, Staff.employee_no, Staff.name).order_by(Staff.employee_no)
    if on is None:
        stmt = stmt.where(Staff.active.is_(True))
    else:
        stmt = stmt.where(employed_between(on, on))
    return [PersonChoice(*row) for row in session.execute(stmt)]


def active_count(session: Session) -> int:
    return int(session.scalar(select(func.count(Staff.id)).where(Staff.active.is_(True))) or 0)
