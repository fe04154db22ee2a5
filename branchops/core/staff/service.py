"""Writing the staff directory: add, edit, deactivate (never delete); the one staff validator."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.concurrency import locked_get
from branchops.core.errors import NotFound, Problems, ValidationError
from branchops.core.staff import schedule_settings
from branchops.core.staff.models import (
    Employment,
    Position,
    Skill,
    Staff,
    StaffSkill,
)
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

EMPLOYEE_NO_RE = re.compile(r"^[A-Z0-9_-]{1,32}$")
PHONE_RE = re.compile(r"^[0-9+\- ]{0,32}$")
MAX_WEEKLY_HOURS = 84.0


def normal_employee_no(text: str) -> str:
    """The one case rule for employee numbers, used wherever one is stored or looked up:
    full-width forms read as ASCII, spaces around dropped, letters in upper case (``e0001`` is
    ``E0001``)."""
    return unicodedata.normalize("NFKC", text or "").strip().upper()


def column_length(column: object) -> int:
    """The length limit of a model's ``String(n)`` column: one place for every check."""
    return int(getattr(getattr(column, "type", None), "length", None) or 0)


NAME_LENGTH = column_length(Staff.__table__.c.name)
POSITION_LENGTH = column_length(Position.__table__.c.name)
SKILL_LENGTH = column_length(Skill.__table__.c.name)
PHONE_LENGTH = column_length(Staff.__table__.c.phone)


@dataclass(frozen=True)
class StaffFields:
    """A person's fields as given — by the staff form or by a row of an import; ``None`` means
    "not given" and is not checked."""

    employee_no: str | None = None
    name: str | None = None
    contract_hours_per_week: float | None = None
    phone: str | None = None
    hire_date: date | None = None
    leave_date: date | None = None
    first_work_date: date | None = None
    position_name: str | None = None  # a position named rather than chosen (imports)
    skill_names: tuple[str, ...] = ()  # skills named rather than chosen (imports)


def weekly_limit(session: Session) -> float:
    """The legal weekly hours in force (a branch setting); read once per use case."""
    return schedule_settings.load_settings(session).legal_weekly_hours


def field_problems(
    session: Session, data: StaffFields, legal_weekly_hours: float | None = None
) -> list[tuple[str, str]]:
    """``(field, message)`` for every rule a person's fields break: the one staff validator,
    called by the staff form and by the staff import alike (which reads the weekly limit once
    and passes it for all its rows)."""
    out: list[tuple[str, str]] = []
    if data.employee_no is not None and not EMPLOYEE_NO_RE.match(
        normal_employee_no(data.employee_no)
    ):
        out.append(
            (
                "employee_no",
                translate("Staff", "Employee no.: 1–32 letters, digits, - or _ (e.g. E0012)."),
            )
        )
    if data.name is not None:
        if not data.name.strip():
            out.append(("name", translate("Staff", "Name is required.")))
        elif len(data.name.strip()) > NAME_LENGTH:
            out.append(
                (
                    "name",
                    translate("Staff", "Name: at most {limit} characters.").format(
                        limit=NAME_LENGTH
                    ),
                )
            )
    if data.position_name is not None and len(data.position_name.strip()) > POSITION_LENGTH:
        out.append(
            (
                "position_name",
                translate("Staff", "Position: at most {limit} characters.").format(
                    limit=POSITION_LENGTH
                ),
            )
        )
    if data.contract_hours_per_week is not None:
        limit = weekly_limit(session) if legal_weekly_hours is None else legal_weekly_hours
        out.extend(_hours_problems(data.contract_hours_per_week, limit))
    if data.phone is not None and not PHONE_RE.match(data.phone.strip()):
        out.append(("phone", translate("Staff", "Phone: digits, spaces, + and - only.")))
    if data.hire_date and data.leave_date and data.leave_date < data.hire_date:
        out.append(
            (
                "leave_date",
                translate("Staff", "The last day cannot be before the hire date."),
            )
        )
    if data.first_work_date and data.hire_date and data.first_work_date > data.hire_date:
        out.append(
            (
                "first_work_date",
                translate("Staff", "The date of first employment cannot be after the hire date."),
            )
        )
    for skill in data.skill_names:
        if len(skill.strip()) > SKILL_LENGTH:
            out.append(
                (
                    "skill_names",
                    translate("Staff", "Skill {name}: at most {limit} characters.").format(
                        name=skill[:20], limit=SKILL_LENGTH
                    ),
                )
            )
    return out


def _hours_problems(hours: float, limit: float) -> list[tuple[str, str]]:
    if not 0 < hours <= MAX_WEEKLY_HOURS:
        return [
            (
                "contract_hours_per_week",
                translate("Staff", "Contracted hours a week must be more than 0 and at most 84."),
            )
        ]
    if hours > limit:
        return [
            (
                "contract_hours_per_week",
                translate(
                    "Staff",
                    "Contracted {hours:g} h a week is over the weekly limit of {limit:g} h.",
                ).format(hours=hours, limit=limit),
            )
        ]
    return []


@dataclass
class SkillHolding:
    skill_id: int
    valid_until: date | None = None


@dataclass
class StaffInput:
    employee_no: str = ""
    name: str = ""
    position_id: int | None = None
    employment: Employment = Employment.FULL_TIME
    contract_hours_per_week: float = 40.0
    hire_date: date | None = None
    phone: str = ""
    skills: list[SkillHolding] = field(default_factory=list)
    first_work_date: date | None = None  # 参加工作日期; None: the hire date
    version: int | None = None  # the record's version when the form was opened (None: new)


def _validate(session: Session, data: StaffInput, staff_id: int | None) -> None:
    problems = Problems()
    fields = StaffFields(
        employee_no=data.employee_no,
        name=data.name,
        contract_hours_per_week=data.contract_hours_per_week,
        phone=data.phone,
        hire_date=data.hire_date,
        first_work_date=data.first_work_date,
    )
    for name, message in field_problems(session, fields):
        problems.add(name, message)
    number = normal_employee_no(data.employee_no)
    if EMPLOYEE_NO_RE.match(number):
        clash = session.scalar(select(Staff.id).where(func.upper(Staff.employee_no) == number))
        if clash is not None and clash != staff_id:
            problems.add(
                "employee_no",
                translate("Staff", "Employee no. {no} is already used by another person.").format(
                    no=number
                ),
            )
    if data.position_id is not None and session.get(Position, data.position_id) is None:
        problems.add("position_id", translate("Staff", "Choose a position from the list."))
    known = set(session.scalars(select(Skill.id)))
    ids = [s.skill_id for s in data.skills]
    problems.require(
        set(ids) <= known, "skills", translate("Staff", "Choose skills from the list.")
    )
    problems.require(
        len(ids) == len(set(ids)), "skills", translate("Staff", "A skill is listed twice.")
    )
    problems.raise_if_any()


def _changed(data: StaffInput, opened: StaffInput | None, name: str) -> bool:
    return opened is None or getattr(data, name) != getattr(opened, name)


def _apply(row: Staff, data: StaffInput, opened: StaffInput | None = None) -> None:
    """Write the fields the user changed since ``opened`` (every field when ``opened`` is None)."""
    if _changed(data, opened, "employee_no"):
        row.employee_no = normal_employee_no(data.employee_no)
    if _changed(data, opened, "name"):
        row.name = data.name.strip()
    if _changed(data, opened, "position_id"):
        row.position_id = data.position_id
    if _changed(data, opened, "employment"):
        row.employment = data.employment
    if _changed(data, opened, "contract_hours_per_week"):
        row.contract_minutes_per_week = round(data.contract_hours_per_week * 60)
    if _changed(data, opened, "hire_date"):
        row.hire_date = data.hire_date
    if _changed(data, opened, "first_work_date"):
        row.first_work_date = data.first_work_date
    if _changed(data, opened, "phone"):
        row.phone = data.phone.strip()
    if _changed(data, opened, "skills"):
        _apply_skills(row, data.skills)


def _apply_skills(row: Staff, skills: list[SkillHolding]) -> None:
    wanted = {s.skill_id: s.valid_until for s in skills}
    row.skills = [s for s in row.skills if s.skill_id in wanted]
    held = {s.skill_id: s for s in row.skills}
    for skill_id, valid_until in wanted.items():
        if skill_id in held:
            held[skill_id].valid_until = valid_until
        else:
            row.skills.append(StaffSkill(skill_id=skill_id, valid_until=valid_until))


def create_staff(uow: UnitOfWork, user: CurrentUser, data: StaffInput) -> int:
    require(user, Permission.APPROVE)
    session = uow.session
    _validate(session, data, None)
    row = Staff(active=True)
    _apply(row, data)
    session.add(row)
    session.flush()
    uow.commit()
    return row.id


def update_staff(
    uow: UnitOfWork,
    user: CurrentUser,
    staff_id: int,
    data: StaffInput,
    opened: StaffInput | None = None,
) -> None:
    """Save the fields changed since ``opened``; refused when the person changed meanwhile."""
    require(user, Permission.APPROVE)
    session = uow.session
    row = locked_get(session, Staff, staff_id)
    if row is None:
        raise NotFound(translate("Staff", "That person no longer exists; reload the list."))
    _validate(session, data, staff_id)
    _apply(row, data, opened)
    uow.commit()


def deactivate_staff(
    uow: UnitOfWork, user: CurrentUser, staff_id: int, last_day: date | None
) -> None:
    """Mark a person as left after ``last_day`` (None: from today on); their history stays.
    The day of deactivation is stored either way."""
    require(user, Permission.APPROVE)
    row = get_row(uow.session, staff_id)
    if row.hire_date is not None and last_day is not None and last_day < row.hire_date:
        raise ValidationError.single(
            "leave_date", translate("Staff", "The last day cannot be before the hire date.")
        )
    if row.active or row.deactivated_on is None:
        row.deactivated_on = clock.today()
    row.active = False
    row.leave_date = last_day
    uow.commit()


def reactivate_staff(uow: UnitOfWork, user: CurrentUser, staff_id: int) -> None:
    require(user, Permission.APPROVE)
    row = get_row(uow.session, staff_id)
    row.active, row.leave_date, row.deactivated_on = True, None, None
    uow.commit()


def get_row(session: Session, staff_id: int) -> Staff:
    row = session.get(Staff, staff_id)
    if row is None:
        raise NotFound(translate("Staff", "That person no longer exists; reload the list."))
    return row


def load_input(session: Session, staff_id: int) -> StaffInput:
    row = get_row(session, staff_id)
    return StaffInput(
        employee_no=row.employee_no,
        name=row.name,
        position_id=row.position_id,
        employment=row.employment,
        contract_hours_per_week=row.contract_minutes_per_week / 60,
        hire_date=row.hire_date,
        phone=row.phone,
        skills=[SkillHolding(s.skill_id, s.valid_until) for s in row.skills],
        first_work_date=row.first_work_date,
        version=row.version,
    )
