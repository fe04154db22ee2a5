"""Emergency plans: checks, versions like checklist templates, the built-in plans."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from branchops import clock
from branchops.core.errors import ValidationError
from branchops.core.risk.builtin import (
    builtin_plans,
    install_builtin_plans,
    install_starter_register,
    starter_register,
)
from branchops.core.risk.drill_service import plan_drill, record_drill
from branchops.core.risk.drill_view import load_drill
from branchops.core.risk.models import Drill, EmergencyPlan, PlanVersion, Risk
from branchops.core.risk.plan_input import StepInput
from branchops.core.risk.plan_queries import list_plans, load_plan_input
from branchops.core.risk.plan_service import save_plan
from tests.core.risk.conftest import drill_input, small_plan, version_of


def test_a_plan_with_no_steps_is_refused(db, manager):
    with db.unit_of_work(manager) as uow, pytest.raises(ValidationError) as raised:
        save_plan(uow, manager, replace(small_plan(), steps=[]))
    assert len(raised.value.for_field("steps")) == 1
    with db.session() as session:
        assert session.scalar(select(func.count(EmergencyPlan.id))) == 0


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": " "}, "name"),
        ({"frequency_months": 5}, "frequency"),
        ({"steps": [StepInput("报警", target_seconds=0)]}, "steps[0].target"),
        ({"steps": [StepInput("")]}, "steps[0].text"),
    ],
)
def test_bad_plans_name_the_field(db, manager, change, field):
    with db.unit_of_work(manager) as uow, pytest.raises(ValidationError) as raised:
        save_plan(uow, manager, replace(small_plan(), **change))
    assert raised.value.for_field(field)


def test_new_steps_get_keys_and_keep_them(db, manager, plan_id):
    with db.session() as session:
        data = load_plan_input(session, plan_id)
    assert [s.key for s in data.steps] == ["S1", "S2", "S3"]
    assert [o.key for o in data.objectives] == ["O1", "O2"]


def test_an_unused_plan_is_edited_in_place(db, manager, plan_id):
    with db.session() as session:
        data = load_plan_input(session, plan_id)
    data.steps[1].target_seconds = 150
    with db.unit_of_work(manager) as uow:
        save_plan(uow, manager, data, plan_id)
    with db.session() as session:
        assert session.scalar(select(func.count(PlanVersion.id))) == 1
    assert version_of(db, plan_id).steps[1].target_seconds == 150


def test_a_recorded_drill_keeps_its_version_and_a_planned_one_follows(
    db, manager, plan_id, staff, tmp_path
):
    with db.unit_of_work(manager) as uow:
        done_id = record_drill(uow, manager, drill_input(db, plan_id, staff), tmp_path)
    with db.unit_of_work(manager) as uow:
        planned_id = plan_drill(uow, manager, plan_id, clock.today() + timedelta(days=20))
    with db.session() as session:
        data = load_plan_input(session, plan_id)
    data.steps.insert(2, StepInput("检查卫生间", "Sweep restrooms", target_seconds=60))
    with db.unit_of_work(manager) as uow:
        save_plan(uow, manager, data, plan_id)
    with db.session() as session:
        done = load_drill(session, done_id, tmp_path)
        planned = load_drill(session, planned_id, tmp_path)
        rows = list_plans(session)
    assert done.version.number == 1 and len(done.version.steps) == 3
    assert planned.version.number == 2 and len(planned.version.steps) == 4
    assert [s.key for s in planned.version.steps] == ["S1", "S2", "S4", "S3"]
    assert rows[0].version == 2 and rows[0].step_count == 4


def test_saving_an_unchanged_plan_makes_no_version(db, manager, plan_id, staff, tmp_path):
    with db.unit_of_work(manager) as uow:
        record_drill(uow, manager, drill_input(db, plan_id, staff), tmp_path)
    with db.session() as session:
        data = load_plan_input(session, plan_id)
    data.frequency_months = 12  # the programme, not the content
    with db.unit_of_work(manager) as uow:
        save_plan(uow, manager, data, plan_id)
    with db.session() as session:
        assert session.scalar(select(func.count(PlanVersion.id))) == 1
        assert session.get(EmergencyPlan, plan_id).frequency_months == 12


def test_builtin_plans_and_starter_register_install_once(db, manager):
    plans = builtin_plans()
    assert len(plans) == 8 and all(p.steps and p.name_en for _k, p in plans)
    assert {k for k, _p in plans} >= {"fire_evacuation", "robbery", "flood", "data_breach"}
    with db.unit_of_work(manager) as uow:
        assert len(install_builtin_plans(uow, manager)) == 8
    with db.unit_of_work(manager) as uow:
        assert install_builtin_plans(uow, manager) == []
    with db.unit_of_work(manager) as uow:
        added = install_starter_register(uow, manager)
    assert len(added) == len(starter_register()) >= 20
    with db.unit_of_work(manager) as uow:
        assert install_starter_register(uow, manager) == []
    with db.session() as session:
        fire = session.scalar(select(Risk).where(Risk.builtin_key == "fire"))
        assert fire.plan_id is not None and fire.title == "营业厅或设备间发生火灾"
        assert session.scalar(select(func.count(Drill.id))) == 0


def test_the_starter_register_is_entered_in_english_when_english_is_chosen(db, manager):
    from branchops import i18n

    i18n.set_language("en")
    with db.unit_of_work(manager) as uow:
        install_starter_register(uow, manager)
    with db.session() as session:
        titles = set(session.scalars(select(Risk.title)))
    assert "Armed robbery during opening hours" in titles
