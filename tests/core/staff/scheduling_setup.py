"""A small branch for the scheduling tests: skills, eight staff, two shifts and weekday needs."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time

from branchops.core.staff import catalog, needs, schedule_settings, service, shifts
from branchops.core.staff.models import Employment
from branchops.core.staff.service import SkillHolding, StaffInput
from branchops.core.users.permissions import CurrentUser
from branchops.db.lifecycle import Database


@dataclass
class SmallBranch:
    staff: list[int]
    cashier: int
    supervisor: int
    early: int
    late: int


def add_person(
    db: Database,
    user: CurrentUser,
    number: str,
    name: str,
    skills: list[int],
    hours: float = 40.0,
    part_time: bool = False,
) -> int:
    with db.unit_of_work(user) as uow:
        return service.create_staff(
            uow,
            user,
            StaffInput(
                employee_no=number,
                name=name,
                employment=Employment.PART_TIME if part_time else Employment.FULL_TIME,
                contract_hours_per_week=hours,
                hire_date=date(2020, 1, 1),
                skills=[SkillHolding(s) for s in skills],
            ),
        )


def small_branch(db: Database, user: CurrentUser, people: int = 8) -> SmallBranch:
    with db.unit_of_work(user) as uow:
        cashier = catalog.save_skill(uow, user, "cashier", "柜员上岗")
    with db.unit_of_work(user) as uow:
        supervisor = catalog.save_skill(uow, user, "supervisor", "现场主管")
    staff = []
    for index in range(people):
        held = [cashier] if index % 2 == 0 else []
        if index < 3:
            held.append(supervisor)
        staff.append(add_person(db, user, f"E{index + 1:03d}", f"员工{index + 1}", held))
    with db.unit_of_work(user) as uow:
        early = shifts.save_shift(
            uow,
            user,
            shifts.ShiftInput("E", "早班", time(8, 30), time(17, 0), False, 60, "#ffd27f"),
        )
    with db.unit_of_work(user) as uow:
        late = shifts.save_shift(
            uow,
            user,
            shifts.ShiftInput("L", "晚班", time(11, 30), time(20, 0), False, 60, "#9ecae1"),
        )
    for weekday in range(6):
        with db.unit_of_work(user) as uow:
            needs.save_weekday_needs(
                uow,
                user,
                weekday,
                [
                    needs.NeedInput(early, 2, None, {cashier: 1, supervisor: 1}),
                    needs.NeedInput(late, 1, 3, {cashier: 1}),
                ],
            )
    return SmallBranch(staff, cashier, supervisor, early, late)


def change_settings(db: Database, user: CurrentUser, **changes) -> None:
    """Save the scheduling settings with ``changes``."""
    with db.session() as session:
        data = schedule_settings.load_settings(session)
    with db.unit_of_work(user) as uow:
        schedule_settings.save_settings(uow, user, replace(data, **changes))
