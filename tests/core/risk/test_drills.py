"""Recording drills: step times, ratings, issues, photos; bad input changes nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from branchops import clock
from branchops.core.actions.models import SourceKind
from branchops.core.errors import UserError, ValidationError
from branchops.core.listing import ListQuery
from branchops.core.risk.drill_input import IssueInput, PhotoInput
from branchops.core.risk.drill_queries import count_drills, list_drills
from branchops.core.risk.drill_service import delete_planned, plan_drill, record_drill
from branchops.core.risk.drill_view import load_drill
from branchops.core.risk.followup import proposed_for_issue, proposed_for_objective, raise_for_issue
from branchops.core.risk.models import Drill, DrillParticipant, DrillStatus, DrillStepTime, Rating
from branchops.core.risk.risk_input import Scores
from branchops.core.risk.service import create_risk
from tests.core.risk.conftest import drill_input, risk_input, version_of

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def _record(db, manager, data, photos, drill_id=None) -> int:
    with db.unit_of_work(manager) as uow:
        return record_drill(uow, manager, data, photos, drill_id)


def _rows(db) -> tuple[int, int, int]:
    with db.session() as session:
        return tuple(
            session.scalar(select(func.count(model.id)))
            for model in (Drill, DrillParticipant, DrillStepTime)
        )


def test_a_drill_is_recorded_with_its_step_times_and_ratings(db, manager, plan_id, staff, tmp_path):
    version = version_of(db, plan_id)
    data = drill_input(db, plan_id, staff)
    data.step_seconds = {version.steps[0].id: 25, version.steps[1].id: 200}
    data.ratings[0].rating = Rating.M
    drill_id = _record(db, manager, data, tmp_path)
    with db.session() as session:
        detail = load_drill(session, drill_id, tmp_path)
        row = list_drills(session, ListQuery())[0]
    assert detail.status is DrillStatus.DONE and detail.version.number == 1
    assert detail.met(version.steps[0].id, 30) is True
    assert detail.met(version.steps[1].id, 180) is False
    assert detail.steps_total == 225
    assert [p.present for p in detail.participants] == [True, True, True, False]
    assert row.targets_text == "1/2" and row.poor == 1 and row.absent == 1 and row.present == 3
    assert row.ratings_text == "P1 M1"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"held_on": None}, "held_on"),
        ({"duration_seconds": 30}, "duration"),
        ({"duration_seconds": -5}, "duration"),
        ({"lead_staff_id": 999}, "lead"),
        ({"risk_ids": [999]}, "risks"),
    ],
)
def test_bad_drills_name_the_field_and_save_nothing(
    db, manager, plan_id, staff, tmp_path, change, field
):
    data = drill_input(db, plan_id, staff, **change)
    with pytest.raises(ValidationError) as raised:
        _record(db, manager, data, tmp_path)
    assert raised.value.for_field(field)
    assert _rows(db) == (0, 0, 0)


def test_a_step_time_below_zero_is_named_by_its_step(db, manager, plan_id, staff, tmp_path):
    data = drill_input(db, plan_id, staff)
    second = version_of(db, plan_id).steps[1].id
    data.step_seconds[second] = -1
    with pytest.raises(ValidationError) as raised:
        _record(db, manager, data, tmp_path)
    assert [p.field for p in raised.value.problems] == ["steps[1]"]
    assert "2" in raised.value.problems[0].message
    assert _rows(db) == (0, 0, 0)


def test_a_drill_dated_in_the_future_is_not_recorded_as_done(
    db, manager, plan_id, staff, tmp_path, at_date
):
    data = drill_input(db, plan_id, staff, day=clock.today() + timedelta(days=1))
    with pytest.raises(ValidationError) as raised:
        _record(db, manager, data, tmp_path)
    assert raised.value.for_field("held_on")
    assert _rows(db) == (0, 0, 0)
    with db.unit_of_work(manager) as uow:
        planned = plan_drill(uow, manager, plan_id, clock.today() + timedelta(days=1))
    with db.session() as session:
        assert session.get(Drill, planned).status is DrillStatus.PLANNED


def test_a_planned_drill_is_recorded_then_cannot_be_deleted(db, manager, plan_id, staff, tmp_path):
    with db.unit_of_work(manager) as uow:
        drill_id = plan_drill(uow, manager, plan_id, clock.today())
    with pytest.raises(ValidationError), db.unit_of_work(manager) as uow:
        plan_drill(uow, manager, plan_id, clock.today() - timedelta(days=1))
    assert _record(db, manager, drill_input(db, plan_id, staff), tmp_path, drill_id) == drill_id
    with db.unit_of_work(manager) as uow, pytest.raises(UserError):
        delete_planned(uow, manager, drill_id)
    with db.session() as session:
        assert count_drills(session, ListQuery(filters={"status": "done"})) == 1


def test_issues_keep_their_ids_and_raise_actions_from_the_drill(
    db, manager, plan_id, staff, tmp_path
):
    data = drill_input(db, plan_id, staff, issues=[IssueInput("广播音量不足"), IssueInput(" ")])
    data.ratings[1].rating = Rating.U
    drill_id = _record(db, manager, data, tmp_path)
    with db.session() as session:
        issue = load_drill(session, drill_id, tmp_path).issues[0]
    data.issues = [IssueInput("新问题"), IssueInput("广播音量不足（后区）", issue.id)]
    _record(db, manager, data, tmp_path, drill_id)
    with db.unit_of_work(manager) as uow:
        raise_for_issue(uow, manager, drill_id, issue.id)
    version = version_of(db, plan_id)
    with db.session() as session:
        detail = load_drill(session, drill_id, tmp_path)
        proposal = proposed_for_objective(session, drill_id, version.objectives[1].id)
    assert [i.text for i in detail.issues] == ["新问题", "广播音量不足（后区）"]
    assert detail.issues[1].id == issue.id
    action = detail.actions[0]
    assert action.source_kind is SourceKind.DRILL and action.source_id == drill_id
    assert action.source_sub_id == issue.id and action.owner_id == staff[0]
    assert proposal.priority.value == "high" and "U" in proposal.link_text


def test_follow_up_needs_a_recorded_drill(db, manager, plan_id):
    with db.unit_of_work(manager) as uow:
        drill_id = plan_drill(uow, manager, plan_id, clock.today())
    with db.session() as session, pytest.raises(UserError):
        proposed_for_issue(session, drill_id, 1)


def test_photos_use_the_photo_store_and_a_bad_one_stops_the_save(
    db, manager, plan_id, staff, tmp_path
):
    good = tmp_path / "drill.png"
    good.write_bytes(PNG)
    bad = tmp_path / "notes.txt"
    bad.write_text("not a photo")
    photos = tmp_path / "photos"
    data = drill_input(db, plan_id, staff, photos=[PhotoInput(source=good), PhotoInput(source=bad)])
    with pytest.raises(ValidationError) as raised:
        _record(db, manager, data, photos)
    assert raised.value.for_field("photos")
    assert _rows(db) == (0, 0, 0) and not photos.exists()
    data.photos = [PhotoInput(source=good)]
    drill_id = _record(db, manager, data, photos)
    with db.session() as session:
        photo = load_drill(session, drill_id, photos).photos[0]
    assert not photo.missing and photo.path.read_bytes() == PNG
    assert photo.original_name == "drill.png"


def test_linked_risks_are_kept(db, manager, plan_id, staff, tmp_path):
    with db.unit_of_work(manager) as uow:
        risk_id = create_risk(uow, manager, risk_input(plan_id=plan_id, scores=Scores(3, 5, 2, 4)))
    drill_id = _record(db, manager, drill_input(db, plan_id, staff, risk_ids=[risk_id]), tmp_path)
    with db.session() as session:
        assert [r.id for r in load_drill(session, drill_id, tmp_path).risks] == [risk_id]
