"""Import the staff list: people updated by employee no. (never duplicated), positions and
skills created when new, everything checked again and written in one transaction.

A blank cell leaves what BranchOps has; only a cell with the clear marker erases a field. Every
field an update changes is reported, old → new, so the preview shows it before anything is saved.
The checks are the staff directory's own (``service.field_problems``), and the employee-number
case rule is the directory's (``normal_employee_no``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.errors import FieldProblem, ValidationError
from branchops.core.imports.common import FieldChange, ImportSummary, RowRef, row_problem
from branchops.core.staff.models import Employment, Position, Skill, Staff, StaffSkill
from branchops.core.staff.service import (
    StaffFields,
    field_problems,
    normal_employee_no,
    weekly_limit,
)
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import QT_TRANSLATE_NOOP, translate

DEFAULT_HOURS = {Employment.FULL_TIME: 40.0, Employment.PART_TIME: 20.0}
# the directory's field → the import column it comes from
_COLUMN_OF = {
    "employee_no": "employee_no",
    "name": "name",
    "contract_hours_per_week": "weekly_hours",
    "phone": "phone",
    "leave_date": "leave_date",
    "first_work_date": "first_work_date",
    "position_name": "position",
    "skill_names": "skills",
}
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("Import", "Name"),
    "position": QT_TRANSLATE_NOOP("Import", "Position"),
    "employment": QT_TRANSLATE_NOOP("Import", "Employment"),
    "weekly_hours": QT_TRANSLATE_NOOP("Import", "Contracted hours a week"),
    "hire_date": QT_TRANSLATE_NOOP("Import", "Hire date"),
    "first_work_date": QT_TRANSLATE_NOOP("Import", "Date of first employment"),
    "leave_date": QT_TRANSLATE_NOOP("Import", "Leaving date"),
    "active": QT_TRANSLATE_NOOP("Import", "Active"),
    "skills": QT_TRANSLATE_NOOP("Import", "Skills"),
    "phone": QT_TRANSLATE_NOOP("Import", "Mobile phone"),
}
EMPLOYMENT_LABELS = {
    Employment.FULL_TIME: QT_TRANSLATE_NOOP("Import", "Full time"),
    Employment.PART_TIME: QT_TRANSLATE_NOOP("Import", "Part time"),
}


@dataclass(frozen=True)
class StaffImportRow:
    """One row; a blank cell is ``None`` (or empty), and ``ref.cleared`` names erased ones."""

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

    def given(self, key: str) -> bool:
        value = getattr(self, key)
        return value not in (None, "", ()) or key in self.ref.cleared

    @property
    def number(self) -> str:
        return normal_employee_no(self.employee_no)


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold()


def _check(
    session: Session, rows: list[StaffImportRow], existing: dict[str, Staff]
) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    first_row: dict[str, int] = {}
    limit = weekly_limit(session)
    for row in rows:
        stored = existing.get(row.number)
        fields = StaffFields(
            employee_no=row.employee_no,
            name=row.name,
            contract_hours_per_week=row.weekly_hours,
            phone=row.phone or None,
            # a file may update only the leaving date: compare it with the hire date stored
            hire_date=row.hire_date or (stored.hire_date if stored else None),
            leave_date=row.leave_date,
            first_work_date=row.first_work_date,
            position_name=row.position or None,
            skill_names=row.skills,
        )
        for name, message in field_problems(session, fields, limit):
            column = _COLUMN_OF.get(name, name)
            problems.append(row_problem(row.ref, column, getattr(row, column, None), message))
        if row.number in first_row:
            problems.append(
                row_problem(
                    row.ref,
                    "employee_no",
                    row.employee_no,
                    translate(
                        "Import", "this employee no. is also on row {row}; keep one row per person."
                    ).format(row=first_row[row.number]),
                )
            )
        else:
            first_row[row.number] = row.ref.row
    return problems


class _Catalog:
    """Positions and skills by normalised name, creating the missing ones (ids known at once)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.positions = {_norm(p.name): p for p in session.scalars(select(Position))}
        skills = list(session.scalars(select(Skill)))
        self.skills = {_norm(s.name): s for s in skills} | {_norm(s.code): s for s in skills}
        self.codes = {s.code for s in skills}
        self.created: list[str] = []

    def prepare(self, rows: list[StaffImportRow]) -> None:
        """Create every new position and skill the file names, then flush once for their ids."""
        for row in rows:
            if row.position.strip():
                self.position(row.position)
            for name in row.skills:
                self.skill(name)
        self.session.flush()

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
    existing = {normal_employee_no(s.employee_no): s for s in session.scalars(select(Staff))}
    problems = _check(session, rows, existing)
    if problems:
        raise ValidationError(problems)
    catalog = _Catalog(session)
    catalog.prepare(rows)
    created = updated = unchanged = 0
    changes: list[FieldChange] = []
    today = clock.today()
    for row in rows:
        person = existing.get(row.number)
        if person is None:
            person = _new(row, catalog, today)
            session.add(person)
            existing[row.number] = person
            created += 1
            continue
        found = _update(person, row, catalog, today)
        changes.extend(found)
        updated += bool(found)
        unchanged += not found
    session.flush()
    summary = ImportSummary(
        created, updated, unchanged, tuple(catalog.created), dry_run, tuple(changes)
    )
    if dry_run:
        uow.rollback()
    else:
        uow.commit()
    return summary


def _hours(row: StaffImportRow, employment: Employment) -> int:
    hours = row.weekly_hours or DEFAULT_HOURS[employment]
    return round(hours * 60)


def _new(row: StaffImportRow, catalog: _Catalog, today: date) -> Staff:
    employment = row.employment or Employment.FULL_TIME
    position = catalog.position(row.position)
    active = row.active
    if active is None:
        active = row.leave_date is None or row.leave_date >= today
    return Staff(
        employee_no=row.number,
        name=row.name.strip(),
        position_id=position.id if position else None,
        employment=employment,
        contract_minutes_per_week=_hours(row, employment),
        hire_date=row.hire_date,
        first_work_date=row.first_work_date,
        leave_date=row.leave_date,
        active=active,
        deactivated_on=None if active else today,
        phone=row.phone.strip(),
        skills=[StaffSkill(skill_id=s.id) for s in _unique_skills(row, catalog)],
    )


def _unique_skills(row: StaffImportRow, catalog: _Catalog) -> list[Skill]:
    return list({id(s): s for s in (catalog.skill(name) for name in row.skills)}.values())


def _view(person: Staff) -> dict[str, object]:
    """What an update may change, as the values compared and shown old → new."""
    return {
        "name": person.name,
        "position": person.position.name if person.position else "",
        "employment": person.employment,
        "weekly_hours": person.contract_minutes_per_week / 60,
        "hire_date": person.hire_date,
        "first_work_date": person.first_work_date,
        "leave_date": person.leave_date,
        "active": person.active,
        "skills": tuple(sorted(s.skill.name for s in person.skills if s.skill is not None)),
        "phone": person.phone,
    }


def _update(
    person: Staff, row: StaffImportRow, catalog: _Catalog, today: date
) -> list[FieldChange]:
    before = _view(person)
    person.name = row.name.strip()
    if row.given("position"):
        person.position = catalog.position(row.position)
    if row.given("employment"):
        person.employment = row.employment or Employment.FULL_TIME
    if row.given("weekly_hours"):
        person.contract_minutes_per_week = _hours(row, person.employment)
    if row.given("hire_date"):
        person.hire_date = row.hire_date
    if row.given("first_work_date"):
        person.first_work_date = row.first_work_date
    if row.given("leave_date"):
        person.leave_date = row.leave_date
    was_active = person.active is not False
    if row.active is not None:
        person.active = row.active
    elif row.given("leave_date"):
        person.active = row.leave_date is None or row.leave_date >= today
    # Active = No without a leaving date: the person cannot work from the day of the import.
    if person.active is False and (was_active or person.deactivated_on is None):
        person.deactivated_on = today
    elif person.active:
        person.deactivated_on = None
    if row.given("phone"):
        person.phone = row.phone.strip()
    if row.given("skills"):
        wanted = {s.id: s for s in _unique_skills(row, catalog)}
        held = {s.skill_id: s for s in person.skills}
        person.skills = [held.get(key) or StaffSkill(skill=skill) for key, skill in wanted.items()]
    after = _view(person)
    return [
        FieldChange(
            row.ref.row,
            person.employee_no,
            translate("Import", FIELD_LABELS[key]),
            _shown(before[key]),
            _shown(after[key]),
        )
        for key in before
        if before[key] != after[key]
    ]


def _shown(value: object) -> str:
    formats: dict[type, Callable[[Any], str]] = {
        bool: lambda v: translate("Import", "Yes") if v else translate("Import", "No"),
        float: lambda v: f"{v:g}",
        tuple: lambda v: "、".join(str(x) for x in v),
    }
    if value in (None, "", ()):
        return ""
    if isinstance(value, Employment):
        return translate("Import", EMPLOYMENT_LABELS[value])
    for kind, show in formats.items():
        if isinstance(value, kind):
            return show(value)
    return value.isoformat() if isinstance(value, date) else str(value)
