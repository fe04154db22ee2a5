"""Staff directory: create, edit, duplicates, deactivate, list with search, filters and sort."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from branchops.core.errors import PermissionDenied, ValidationError
from branchops.core.listing import ListQuery
from branchops.core.staff import catalog, queries, service
from branchops.core.staff.models import Employment, Staff
from branchops.core.staff.service import SkillHolding, StaffInput
from branchops.core.users.models import Role
from branchops.core.users.permissions import CurrentUser


def _input(**changes) -> StaffInput:
    data = StaffInput(
        employee_no="E001", name="王芳", contract_hours_per_week=40, hire_date=date(2021, 3, 1)
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


@pytest.mark.postgres
def test_create_and_read_back(db, manager):
    with db.unit_of_work(manager) as uow:
        teller = catalog.save_position(uow, manager, "柜员")
    with db.unit_of_work(manager) as uow:
        cashier = catalog.save_skill(uow, manager, "Cashier", "柜员上岗")
    with db.unit_of_work(manager) as uow:
        staff_id = service.create_staff(
            uow,
            manager,
            _input(
                position_id=teller,
                phone="138 1234 5678",
                skills=[SkillHolding(cashier, date(2030, 1, 1))],
            ),
        )
    with db.session() as session:
        back = service.load_input(session, staff_id)
        rows = queries.list_staff(session, ListQuery())
    assert back.employee_no == "E001"
    assert back.contract_hours_per_week == 40
    assert back.skills == [SkillHolding(cashier, date(2030, 1, 1))]
    assert rows[0].position == "柜员" and rows[0].skills == "柜员上岗"


@pytest.mark.postgres
def test_duplicate_employee_no_is_refused_and_nothing_saved(db, manager):
    with db.unit_of_work(manager) as uow:
        service.create_staff(uow, manager, _input())
    with pytest.raises(ValidationError) as caught, db.unit_of_work(manager) as uow:
        service.create_staff(uow, manager, _input(name="李四"))
    assert "E001" in caught.value.for_field("employee_no")[0]
    with db.session() as session:
        assert session.scalar(select(func.count(Staff.id))) == 1


def test_every_bad_field_is_reported(db, manager):
    bad = _input(employee_no="E 1", name=" ", contract_hours_per_week=0, phone="call me")
    with pytest.raises(ValidationError) as caught, db.unit_of_work(manager) as uow:
        service.create_staff(uow, manager, bad)
    fields = {p.field for p in caught.value.problems}
    assert fields == {"employee_no", "name", "contract_hours_per_week", "phone"}


def test_contract_over_the_weekly_limit_is_refused(db, manager):
    with pytest.raises(ValidationError) as caught, db.unit_of_work(manager) as uow:
        service.create_staff(uow, manager, _input(contract_hours_per_week=48))
    assert "40" in caught.value.for_field("contract_hours_per_week")[0]  # the 40 h default


def test_deactivate_keeps_the_person_and_filters_work(db, manager):
    ids = []
    for number, name, part in (
        ("E001", "王芳", False),
        ("E002", "李强", True),
        ("E003", "张伟", False),
    ):
        employment = Employment.PART_TIME if part else Employment.FULL_TIME
        with db.unit_of_work(manager) as uow:
            ids.append(
                service.create_staff(
                    uow, manager, _input(employee_no=number, name=name, employment=employment)
                )
            )
    with db.unit_of_work(manager) as uow:
        service.deactivate_staff(uow, manager, ids[2], date(2026, 6, 30))
    with db.session() as session:
        active = queries.list_staff(session, ListQuery(filters={"active": True}))
        everyone = queries.list_staff(session, ListQuery(sort_key="name", descending=True))
        part_time = queries.count_staff(session, ListQuery(filters={"employment": "part_time"}))
        found = queries.list_staff(session, ListQuery(search="李"))
    assert [r.employee_no for r in active] == ["E001", "E002"]
    assert {r.employee_no: r.leave_date for r in everyone}["E003"] == date(2026, 6, 30)
    assert [r.name for r in everyone] == sorted((r.name for r in everyone), reverse=True)
    assert part_time == 1
    assert [r.name for r in found] == ["李强"]


def test_deactivate_before_hire_date_is_refused(db, manager):
    with db.unit_of_work(manager) as uow:
        staff_id = service.create_staff(uow, manager, _input())
    with pytest.raises(ValidationError), db.unit_of_work(manager) as uow:
        service.deactivate_staff(uow, manager, staff_id, date(2020, 1, 1))


def test_a_clerk_cannot_add_staff(db):
    clerk = CurrentUser(2, "clerk", "", Role.CLERK)
    with pytest.raises(PermissionDenied), db.unit_of_work(clerk) as uow:
        service.create_staff(uow, clerk, _input())


def test_positions_and_skills_are_editable_lists(db, manager):
    with db.unit_of_work(manager) as uow:
        position = catalog.save_position(uow, manager, "保安")
    with db.unit_of_work(manager) as uow:
        catalog.save_position(uow, manager, "安保员", position)
    with pytest.raises(ValidationError), db.unit_of_work(manager) as uow:
        catalog.save_skill(uow, manager, "fire warden!", "")
    with db.unit_of_work(manager) as uow:
        service.create_staff(uow, manager, _input(position_id=position))
    with pytest.raises(ValidationError), db.unit_of_work(manager) as uow:
        catalog.delete_position(uow, manager, position)
    with db.session() as session:
        rows = catalog.list_positions(session)
    assert [(r.name, r.staff_count) for r in rows] == [("安保员", 1)]


@pytest.mark.postgres
def test_a_percent_or_underscore_typed_in_the_search_matches_itself(db, manager):
    with db.unit_of_work(manager) as uow:
        service.create_staff(uow, manager, _input(employee_no="E_01", name="王芳"))
        service.create_staff(uow, manager, _input(employee_no="E002", name="李雷"))
        service.create_staff(uow, manager, _input(employee_no="E003", name="Zhang 100%"))
    with db.session() as session:

        def found(text: str) -> list[str]:
            rows = queries.list_staff(session, ListQuery(search=text))
            return sorted(r.employee_no for r in rows)

        assert found("_") == ["E_01"]
        assert found("%") == ["E003"]
        assert found("E_0") == ["E_01"]  # not E002: "_" is no wildcard
        assert found("\\") == []
        assert found("e0") == ["E002", "E003"]  # case still ignored
        assert found("ZHANG") == ["E003"]
