"""Import the staff list: people updated by employee no. (never duplicated), positions and
skills created when new, everything checked again and written in one transaction."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.errors import FieldProblem, ValidationError
from branchops.core.imports.common import ImportSummary, RowRef, row_problem
from branchops.core.staff.directory import EMPLOYEE_NO_RE, PHONE_RE
from branchops.core.staff.models import Employment, Position, Skill, Staff, StaffSkill
from branchops.core.staff.schedule_settings import load_settings
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

MAX_WEEKLY_HOURS = 84.0
DEFAULT_HOURS = {Employment.FULL_TIME: 40.0, Employment.PART_TIME: 20.0}


@dataclass(frozen=True)
class StaffImportRow:
    ref: RowRef
    employee_no: str
    name: str
    position: str = ""
    employment: Employment | None = None
    weekly_hours: float | None = None
    hire_date: date | None = None
    leave_date: date | None = None
    active: bool | None = None
    skills: tuple[str, ...] = ()
    phone: str = ""
    first_work_date: date | None = None  # 参加工作日期


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold()


def _check(session: Session, rows: list[StaffImportRow]) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    legal = load_settings(session).legal_weekly_hours
    first_row: dict[str, int] = {}
    # A file may update only the leaving date: compare it with the hire date already stored.
    stored_hire = dict(
        session.execute(
            select(Staff.employee_no, Staff.hire_date).where(
                Staff.employee_no.in_(
                    {r.employee_no for r in rows if r.leave_date or r.first_work_date}
                )
            )
        ).all()
    )
    for row in rows:
        ref = row.ref
        if not EMPLOYEE_NO_RE.match(row.employee_no):
            problems.append(
                row_problem(
                    ref,
                    "employee_no",
                    row.employee_no,
                    translate("Import", "write 1–32 letters, digits, - or _ (e.g. E0012)."),
                )
            )
        elif row.employee_no in first_row:
            problems.append(
                row_problem(
                    ref,
                    "employee_no",
                    row.employee_no,
                    translate(
                        "Import", "this employee no. is also on row {row}; keep one row per person."
                    ).format(row=first_row[row.employee_no]),
                )
            )
        else:
            first_row[row.employee_no] = ref.row
        if not row.name.strip():
            problems.append(row_problem(ref, "name", "", translate("Import", "enter the name.")))
        elif len(row.name) > 64:
            problems.append(
                row_problem(
                    ref, "name", row.name, translate("Import", "shorten the name to 64 characters.")
                )
            )
        if len(row.position) > 64:
            problems.append(
                row_problem(
                    ref,
                    "position",
                    row.position,
                    translate("Import", "shorten the position to 64 characters."),
                )
            )
        hours = row.weekly_hours
        if hours is not None and not 0 < hours <= min(MAX_WEEKLY_HOURS, legal):
            problems.append(
                row_problem(
                    ref,
                    "weekly_hours",
                    hours,
                    translate("Import", "enter weekly hours above 0 and at most {limit:g}.").format(
                        limit=min(MAX_WEEKLY_HOURS, legal)
                    ),
                )
            )
        if row.phone and not PHONE_RE.match(row.phone):
            problems.append(
                row_problem(
                    ref,
                    "phone",
                    row.phone,
                    translate("Import", "use digits, spaces, + and - only."),
                )
            )
        hired = row.hire_date or stored_hire.get(row.employee_no)
        if hired and row.leave_date and row.leave_date < hired:
            problems.append(
                row_problem(
                    ref,
                    "leave_date",
                    row.leave_date,
                    translate(
                        "Import", "the leaving date is before the hire date; correct one of them."
                    ),
                )
            )
        if hired and row.first_work_date and row.first_work_date > hired:
            problems.append(
                row_problem(
                    ref,
                    "first_work_date",
                    row.first_work_date,
                    translate(
                        "Import",
                        "the date of first employment is after the hire date; correct one of them.",
                    ),
                )
            )
        for skill in row.skills:
            if len(skill) > 64:
                problems.append(
                    row_problem(
                        ref,
                        "skills",
                        skill,
                        translate("Import", "shorten each skill to 64 characters."),
                    )
                )
    return problems


class _Catalog:
    """Positions and skills by normalised name, creating the missing ones."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.positions = {_norm(p.name): p for p in session.scalars(select(Position))}
        skills = list(session.scalars(select(Skill)))
        self.skills = {_norm(s.name): s for s in skills} | {_norm(s.code): s for s in skills}
        self.codes = {s.code for s in skills}
        self.created: list[str] = []

    def position(self, name: str) -> Position | None:
        if not name.strip():
            return None
        found = self.positions.get(_norm(name))
        if found is None:
            order = max((p.sort_order for p in self.positions.values()), default=-1) + 1
            found = Position(name=name.strip(), sort_order=order)
            self.session.add(found)
            self.positions[_norm(name)] = found
            self.created.append(translate("Import", "New position: {name}").format(name=name))
        return found

    def skill(self, name: str) -> Skill:
        found = self.skills.get(_norm(name))
        if found is None:
            found = Skill(code=self._code(name), name=name.strip())
            self.session.add(found)
            self.skills[_norm(name)] = found
            self.codes.add(found.code)
            self.created.append(translate("Import", "New skill: {name}").format(name=name))
        return found

    def _code(self, name: str) -> str:
        base = re.sub(r"[^a-z0-9_]+", "_", _norm(name)).strip("_")[:24] or "skill"
        code, number = base, 2
        while code in self.codes:
            code, number = f"{base}_{number}", number + 1
        return code


def import_staff(
    uow: UnitOfWork, user: CurrentUser, rows: list[StaffImportRow], *, dry_run: bool = False
) -> ImportSummary:
    """Create or update every row; all or nothing. ``dry_run`` checks and rolls back."""
    require(user, Permission.APPROVE)
    session = uow.session
    problems = _check(session, rows)
    if problems:
        raise ValidationError(problems)
    catalog = _Catalog(session)
    existing = {s.employee_no: s for s in session.scalars(select(Staff))}
    created = updated = unchanged = 0
    today = clock.today()
    for row in rows:
        person = existing.get(row.employee_no)
        if person is None:
            person = Staff(employee_no=row.employee_no, active=True)
            session.add(person)
            created += 1
            _apply(person, row, catalog, today, new=True)
        else:
            before = _snapshot(person)
            _apply(person, row, catalog, today, new=False)
            if _snapshot(person) == before:
                unchanged += 1
            else:
                updated += 1
    session.flush()
    summary = ImportSummary(created, updated, unchanged, tuple(catalog.created), dry_run)
    if dry_run:
        uow.rollback()
    else:
        uow.commit()
    return summary


def _snapshot(person: Staff) -> tuple:
    """What an update may change, by value, to tell updated rows from unchanged ones."""
    return (
        person.name,
        person.position.name if person.position else None,
        person.employment,
        person.contract_minutes_per_week,
        person.hire_date,
        person.first_work_date,
        person.leave_date,
        person.active,
        person.phone,
        tuple(sorted(s.skill.name for s in person.skills if s.skill is not None)),
    )


def _apply(
    person: Staff, row: StaffImportRow, catalog: _Catalog, today: date, *, new: bool
) -> None:
    present = row.ref.source.present

    def given(key: str) -> bool:
        return new or key in present

    person.name = row.name.strip()
    if given("position"):
        person.position = catalog.position(row.position)
    if given("employment"):
        person.employment = row.employment or Employment.FULL_TIME
    if given("weekly_hours") or (new and row.weekly_hours is None):
        hours = row.weekly_hours or DEFAULT_HOURS[person.employment or Employment.FULL_TIME]
        person.contract_minutes_per_week = round(hours * 60)
    if given("hire_date"):
        person.hire_date = row.hire_date
    if given("first_work_date"):
        person.first_work_date = row.first_work_date
    if given("leave_date"):
        person.leave_date = row.leave_date
    if row.active is not None and "active" in present:
        person.active = row.active
    elif given("leave_date"):
        person.active = row.leave_date is None or row.leave_date >= today
    if given("phone"):
        person.phone = row.phone.strip()
    if given("skills"):
        wanted = {id(s): s for s in (catalog.skill(name) for name in row.skills)}
        held = {id(s.skill): s for s in person.skills if s.skill is not None}
        person.skills = [held.get(key) or StaffSkill(skill=skill) for key, skill in wanted.items()]
